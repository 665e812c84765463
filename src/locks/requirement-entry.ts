// What both requirements readers (the general one, requirements.ts, and the one for the layout pip-compile and uv
// write, requirements-written.ts) make alike: a `# via` comment's names, and a requirement's entry.
import type { Requirement } from './document.ts';
import type { ParsedRequirement } from './pep508.ts';

/**
 * A comment's text (after `#` and one space) as pip-compile's `# via` annotation: the names it gives (`via a, b`), or
 * none and `open` (a bare `via`, whose names follow on comment lines of their own); null for any other comment.
 */
export function viaComment(c: string): { names: string[]; open: boolean } | null {
  const via = /^\s*via(?:\s+(.*))?$/.exec(c);
  if (!via) return null;
  const names = via[1];
  if (!names) return { names: [], open: true };
  // One name, most annotations: it starts with no space (the pattern's \s+ took them all).
  if (!names.includes(',')) return { names: [names.trim()], open: false };
  return {
    names: names
      .split(/,\s*/)
      .map((s) => s.trim())
      .filter(Boolean),
    open: false,
  };
}

/** The entry of a requirement: direct unless pip-compile says only other packages want it. */
export function requirementEntry(
  r: ParsedRequirement,
  text: string,
  hashes: string[],
  line: number,
  via: string[],
  editable: boolean,
  file?: string,
): Requirement {
  // pip-compile names an input file as `-r file` and the project itself as `name (pyproject.toml)`.
  const direct = !via.length || via.some((v) => v.startsWith('-r ') || v.startsWith('-c ') || v.endsWith(')'));
  const entry: Requirement = {
    name: r.name,
    version: r.pinned,
    direct,
    hashes,
    source: r.url,
    markers: r.markers,
    line,
    text,
    extras: r.extras,
    specifier: r.specifier,
    url: r.url,
    editable,
    via,
  };
  // Set after, not spread in: a spread per entry cost about as much as the rest of it (measured, cold).
  if (file) entry.file = file;
  return entry;
}
