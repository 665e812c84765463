// Writes the README's inputs and outputs tables from action.yml, between marker comments, so the README cannot drift
// from what the runner reads. `--check` writes nothing and exits 1 naming the first differing line (a test runs it).
// Usage: npx tsx scripts/gen-readme.ts [--check] [--root DIR]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

interface ActionInput {
  description?: string;
  default?: string;
}

interface ActionDoc {
  inputs?: Record<string, ActionInput>;
  outputs?: Record<string, { description?: string }>;
}

export const BLOCKS = ['inputs', 'outputs'] as const;
type Block = (typeof BLOCKS)[number];

const startMarker = (b: Block) => `<!-- ${b}:start — generated from action.yml by \`npx tsx scripts/gen-readme.ts\`; edit src/config/inputs.ts -->`;
const endMarker = (b: Block) => `<!-- ${b}:end -->`;

// inputDescription (src/config/inputs.ts) appends these sentences; a description may also state its default in prose.
const STEP_ONLY = /\s*Step input only, not in the config file: (.*)\.$/s;
const DEFAULT = /(?:^|\s)Default:? (`[^`]*`|[^`]*?)\.(?=\s|$)/;
// A sentence limiting what the config file may give ("The config file may say only ...", "From the config file only ...").
const FILE_LIMIT = /\bconfig file\b[^.]*\bonly\b/i;

/** A table cell: one line, with `|` escaped (action.yml is our own text, so code spans and links stay). */
const cell = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');

/** Splits an input's description into what it does, its default and why it is a step input only. */
export function splitDescription(input: ActionInput): { text: string; default: string; stepOnly?: string } {
  let text = (input.description ?? '').trim();
  const step = STEP_ONLY.exec(text);
  if (step) text = text.slice(0, step.index);
  let dflt = input.default === undefined ? '' : `\`${input.default}\``;
  const d = DEFAULT.exec(text);
  if (d) {
    if (!dflt) dflt = d[1];
    text = `${text.slice(0, d.index)}${text.slice(d.index + d[0].length)}`;
  }
  return { text: text.trim(), default: dflt, stepOnly: step?.[1] };
}

function parseAction(actionYml: string): Required<ActionDoc> {
  const doc = parse(actionYml) as ActionDoc | null;
  if (!doc || typeof doc !== 'object' || !doc.inputs || !doc.outputs) {
    throw new Error('action.yml has no inputs or no outputs mapping: run `npm run build` to regenerate it from src/config/inputs.ts');
  }
  return { inputs: doc.inputs, outputs: doc.outputs };
}

/** The Markdown of each generated block, marker lines excluded. */
export function tables(actionYml: string): Record<Block, string> {
  const { inputs, outputs } = parseAction(actionYml);
  const inputRows = Object.entries(inputs).map(([name, spec]) => {
    const d = splitDescription(spec);
    const file = d.stepOnly ? `no: ${d.stepOnly}` : FILE_LIMIT.test(d.text) ? 'some values (see left)' : 'yes';
    return `| \`${name}\` | ${cell(d.text)} | ${cell(d.default) || '—'} | ${cell(file)} |`;
  });
  const outputRows = Object.entries(outputs).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description ?? '')} |`);
  return {
    inputs: ['| input | what it does | default | in the config file |', '|---|---|---|---|', ...inputRows].join('\n'),
    outputs: ['| output | what it holds |', '|---|---|', ...outputRows].join('\n'),
  };
}

/** `readme` with every generated block replaced by the tables of `actionYml`. */
export function renderReadme(readme: string, actionYml: string): string {
  const generated = tables(actionYml);
  let out = readme;
  for (const b of BLOCKS) {
    const [start, end] = [startMarker(b), endMarker(b)];
    const i = out.indexOf(start);
    const j = out.indexOf(end);
    if (i < 0 || j < 0 || j < i || out.indexOf(start, i + 1) >= 0 || out.indexOf(end, j + 1) >= 0) {
      throw new Error(`README.md needs exactly one line "${start}" followed later by one line "${end}"; put them where the ${b} table goes`);
    }
    // Blank lines around the table, so GitHub renders it as a table next to the comment lines.
    out = `${out.slice(0, i + start.length)}\n\n${generated[b]}\n\n${out.slice(j)}`;
  }
  return out;
}

/** The first line where `readme` differs from its regenerated form, or undefined when it is current. */
export function drift(readme: string, actionYml: string): string | undefined {
  const want = renderReadme(readme, actionYml).split('\n');
  const have = readme.split('\n');
  const n = want.findIndex((line, k) => line !== have[k]);
  if (n < 0) return want.length === have.length ? undefined : `README.md: line ${want.length + 1}: unexpected trailing lines`;
  return `README.md:${n + 1}: the tables differ from action.yml (expected ${JSON.stringify(want[n])}, found ${JSON.stringify(have[n] ?? '')}) — run \`npx tsx scripts/gen-readme.ts\``;
}

function main(argv: string[]): number {
  const rootAt = argv.indexOf('--root');
  const root = rootAt >= 0 ? argv[rootAt + 1] : '.';
  if (root === undefined) throw new Error('--root needs a directory');
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const actionYml = readFileSync(join(root, 'action.yml'), 'utf8');
  if (argv.includes('--check')) {
    const why = drift(readme, actionYml);
    if (why) console.error(why);
    return why ? 1 : 0;
  }
  const next = renderReadme(readme, actionYml);
  if (next !== readme) writeFileSync(readmePath, next);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(`gen-readme: ${(e as Error).message}`);
    process.exitCode = 3;
  }
}
