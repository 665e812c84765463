// print(): as OPA, each argument's values form a set (`<undefined>` when it has none), strings print bare and other
// values as Rego text, and every combination of the arguments' values is a line.
import { type RSet, toRegoText } from '../value/value.ts';

export function printLines(args: RSet[]): string[] {
  const texts = args.map((vals) => (vals.size === 0 ? ['<undefined>'] : vals.sorted().map((v) => (typeof v === 'string' ? v : toRegoText(v)))));
  const lines: string[] = [];
  const line = (i: number, parts: string[]) => {
    if (i === texts.length) { lines.push(parts.join(' ')); return; }
    for (const x of texts[i]) line(i + 1, [...parts, x]);
  };
  line(0, []);
  return lines;
}
