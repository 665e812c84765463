// One shape for every output format, as conftest's output package has one Outputter: a name (what `--output` takes)
// and a function from a run's results to the whole text. The policy formats are the first set (formats/policy.ts);
// the report's own formats join them the same way.

export interface FormatOptions {
  /** ANSI colours, for the formats a terminal shows (conftest's stdout). */
  color?: boolean;
}

export interface Formatter<R> {
  name: string;
  render(results: R, opts?: FormatOptions): string;
}

/** The formatter of that name, or undefined. */
export const formatterNamed = <R>(formatters: readonly Formatter<R>[], name: string): Formatter<R> | undefined => formatters.find((f) => f.name === name);
