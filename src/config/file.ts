// Reads the repository config file: YAML with source positions, validated against the schema, so an unknown key, a
// step-only key or a wrong type is reported at its line. On a pull request this file is the PR author's: it is read
// bounded, aliases are capped, and keys or values that would choose an executable are refused (file-rules.ts).
import { existsSync } from 'node:fs';
import type { Scalar } from 'yaml';
import { readBoundedText } from '../bounded-read.ts';
import { DocumentExpansionError, lineNear, readYamlDocuments, type KeyPath, type PositionedDocument } from '../core/document.ts';
import { UserError } from '../errors.ts';
import { quoted } from '../log-text.ts';
import { fileValueRefusal } from './file-rules.ts';
import { INPUTS, type InputSpec } from './inputs.ts';
import { didYouMean } from './suggest.ts';

export interface FileValue {
  value: unknown;
  line: number;
  /** The line nearest a key path inside the value (the canary mapping's keys), for messages. */
  lineNear(path: KeyPath): number;
}

/** A config file is a handful of keys; anything near this is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Values visited while converting, aliases included: a file this size never reaches it without aliases. */
const MAX_NODES = MAX_CONFIG_BYTES;

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
  const fail = (message: string, line: number, hint = SCHEMA_HINT) => new UserError(message, { where: { file: displayPath, line }, hint });
  // Where each number scalar starts, for the "quote it" hint: `1.20` is shown as written, not as the 1.2 YAML made of it.
  const numbers = new Map<number, string>();
  const scalar = (n: Scalar) => {
    const v = n.toJSON() as unknown;
    if (typeof v === 'number' && n.range && n.source !== undefined) numbers.set(n.range[0], n.source);
    return v;
  };
  let docs: PositionedDocument[];
  try {
    docs = readYamlDocuments(text, { file: displayPath, maxNodes: MAX_NODES, scalar });
  } catch (e) {
    if (!(e instanceof DocumentExpansionError)) throw e;
    throw fail(`the config file expands too far through YAML aliases (more than ${MAX_NODES} values)`, firstContentLine(text), 'write the values out instead of nesting aliases');
  }
  if (docs.length > 1) {
    throw new UserError('invalid YAML: the config file holds more than one YAML document', { where: { file: displayPath, line: docs[1].lineOf([]) }, hint: 'fix the YAML syntax' });
  }
  const doc = docs[0];
  if (doc === undefined || doc.value === null) return new Map();
  const data = doc.value;
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw fail(`the config file must be a mapping of input names to values (like \`targets: linux/amd64\`), not ${Array.isArray(data) ? 'a list' : 'a single value'}`, lineNear(doc, []));
  }

  const specs = new Map(INPUTS.map((s) => [s.name, s]));
  const fileKeys = INPUTS.filter((s) => !s.stepOnly).map((s) => s.name);
  const values = data as Record<string, unknown>;
  const out = new Map<string, FileValue>();
  for (const key of Object.keys(values)) {
    const line = lineNear(doc, [key]);
    const spec = specs.get(key);
    if (!spec) throw fail(`unknown key ${quoted(key)}`, line, didYouMean(key, fileKeys) ?? SCHEMA_HINT);
    if (spec.stepOnly) throw fail(`"${key}" is a step input only: ${spec.stepOnly}`, line, `give it in the workflow step's \`with:\`, not in ${displayPath}`);
    out.set(key, { value: values[key], line, lineNear: (p) => lineNear(doc, [key, ...p]) });
  }
  for (const [key, f] of out) {
    const spec = specs.get(key)!;
    if (!fitsType(spec, f.value)) throw fail(`"${key}" ${expected(spec)}, not ${shown(f.value)}`, f.line, quoteHint(key, f.value, doc, text, numbers));
    const refusal = fileValueRefusal(key, f.value);
    if (refusal) throw fail(`"${key}" ${refusal}`, f.line, `give it in the workflow step's \`with:\` if it is meant, not in ${displayPath}`);
  }
  return out;
}

/** The line of the first thing in the text that is not a comment or a document marker. */
function firstContentLine(text: string): number {
  const i = text.split('\n').findIndex((l) => !/^\s*(?:#.*|---\s*)?$/.test(l));
  return i === -1 ? 1 : i + 1;
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
function quoteHint(key: string, value: unknown, doc: PositionedDocument, text: string, numbers: Map<number, string>): string {
  const path = Array.isArray(value) ? [key, value.findIndex((v) => typeof v === 'number')] : [key];
  const first = Array.isArray(value) ? value[path[1] as number] : value;
  if (typeof first !== 'number') return SCHEMA_HINT;
  const source = numberSourceOnLine(text, doc.lineOf(path) ?? 0, numbers);
  if (source === undefined) return SCHEMA_HINT;
  return `quote it: ${key}: "${source}" (unquoted, YAML reads ${source} as the number ${String(first)})`;
}

/** The source of the first number scalar that starts on `line`. */
function numberSourceOnLine(text: string, line: number, numbers: Map<number, string>): string | undefined {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const newline = text.indexOf('\n', start);
    if (newline === -1) return undefined;
    start = newline + 1;
  }
  const end = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
  let first: number | undefined;
  for (const o of numbers.keys()) if (o >= start && o < end && (first === undefined || o < first)) first = o;
  return first === undefined ? undefined : numbers.get(first);
}
