// Reads the repository config file: YAML with source positions, validated against the schema, so an unknown key, a
// step-only key or a wrong type is reported at its line. On a pull request this file is the PR author's: it is read
// bounded, aliases are capped, and keys or values that would choose an executable are refused (file-rules.ts).
import { existsSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { readBoundedText } from '../bounded-read.ts';
import { UserError } from '../errors.ts';
import { quoted } from '../log-text.ts';
import { fileValueRefusal } from './file-rules.ts';
import { INPUTS, type InputSpec } from './inputs.ts';
import { didYouMean } from './suggest.ts';

export interface FileValue {
  value: unknown;
  line: number;
}

/** A config file is a handful of keys; anything near this is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Aliases resolved while converting the document: enough for any real config, far too few for a "billion laughs". */
const MAX_ALIASES = 100;

const SCHEMA_HINT = 'see the inputs in the README (schema/go-xenv.schema.json)';

/**
 * The file's keys and values. A missing file is an empty map, unless `required` (the user named it): then an error.
 */
export function readConfigFile(path: string, displayPath = path, required = false): Map<string, FileValue> {
  if (!existsSync(path)) {
    if (!required) return new Map();
    throw new UserError(`config file "${displayPath}" does not exist`, { where: { file: 'input config-file' }, hint: 'give the path of the YAML file relative to the workspace, or leave config-file out to use .github/go-xenv.yml when it exists' });
  }
  const text = readBoundedText(path, { label: 'config file', maxBytes: MAX_CONFIG_BYTES, where: { file: displayPath } });
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = lines.linePos(e.pos[0]);
    throw new UserError(`invalid YAML: ${e.message.split('\n')[0]}`, { where: { file: displayPath, line: pos.line, col: pos.col }, hint: 'fix the YAML syntax' });
  }
  const lineOf = (node: unknown) => ((node as Node | null)?.range ? lines.linePos((node as Node).range![0]).line : 1);
  const fail = (message: string, node: unknown, hint = SCHEMA_HINT) => new UserError(message, { where: { file: displayPath, line: lineOf(node) }, hint });
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return new Map();
  if (!isMap(doc.contents)) {
    throw fail(`the config file must be a mapping of input names to values (like \`targets: linux/amd64\`), not ${isSeq(doc.contents) ? 'a list' : 'a single value'}`, doc.contents);
  }

  const specs = new Map(INPUTS.map((s) => [s.name, s]));
  const fileKeys = INPUTS.filter((s) => !s.stepOnly).map((s) => s.name);
  const pairs = new Map<string, Pair>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const spec = specs.get(key);
    if (!spec) throw fail(`unknown key ${quoted(key)}`, pair.key, didYouMean(key, fileKeys) ?? SCHEMA_HINT);
    if (spec.stepOnly) throw fail(`"${key}" is a step input only: ${spec.stepOnly}`, pair.key, `give it in the workflow step's \`with:\`, not in ${displayPath}`);
    pairs.set(key, pair);
  }

  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown>;
  } catch (e) {
    throw fail(`the config file expands too far through YAML aliases (${(e as Error).message})`, doc.contents, 'write the values out instead of nesting aliases');
  }
  const out = new Map<string, FileValue>();
  for (const [key, pair] of pairs) {
    const spec = specs.get(key)!;
    if (!fitsType(spec, data[key])) throw fail(`"${key}" ${expected(spec)}, not ${shown(data[key])}`, pair.key, quoteHint(key, pair.value, text));
    const refusal = fileValueRefusal(key, data[key]);
    if (refusal) throw fail(`"${key}" ${refusal}`, pair.key, `give it in the workflow step's \`with:\` if it is meant, not in ${displayPath}`);
    out.set(key, { value: data[key], line: lineOf(pair.key) });
  }
  return out;
}

/** The same rules as the published schema (schema.ts), checked here without a schema engine: it loads fast. */
function fitsType(spec: InputSpec, v: unknown): boolean {
  switch (spec.type) {
    case 'boolean': return typeof v === 'boolean' || v === 'true' || v === 'false';
    case 'integer': {
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^[0-9]+$/.test(v) ? Number(v) : NaN;
      return Number.isInteger(n) && (!spec.range || (n >= spec.range[0] && n <= spec.range[1]));
    }
    case 'list': return typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
    case 'enum': return spec.values!.includes(v as string) || (typeof v === 'boolean' && spec.values!.includes(String(v)));
    case 'yaml': return typeof v === 'string' || (typeof v === 'object' && v !== null && !Array.isArray(v));
    case 'string': return typeof v === 'string';
  }
}

/** What a key's value must be, in words. */
function expected(spec: InputSpec): string {
  switch (spec.type) {
    case 'boolean': return 'must be true or false';
    case 'integer': return `must be a whole number${spec.range ? ` from ${spec.range[0]} to ${spec.range[1]}` : ''}`;
    case 'list': return 'must be a string or a list of strings';
    case 'enum': return `must be one of: ${spec.values!.join(', ')}`;
    case 'yaml': return 'must be a mapping, or a string (the path of a YAML file, or the YAML itself)';
    case 'string': return 'must be a string';
  }
}

const shown = (v: unknown) => (v === null ? 'empty' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : quoted(String(v)));

/** A number where text is wanted is usually a version written without quotes: `1.20` is read as 1.2. */
function quoteHint(key: string, node: unknown, text: string): string {
  const numbers = (isSeq(node) ? node.items : [node]).filter((n): n is Node => isScalar(n) && typeof n.value === 'number');
  if (!numbers.length || !numbers[0].range) return SCHEMA_HINT;
  const source = text.slice(numbers[0].range[0], numbers[0].range[1]);
  return `quote it: ${key}: "${source}" (unquoted, YAML reads ${source} as the number ${String((numbers[0] as { value: number }).value)})`;
}
