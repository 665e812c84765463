// Reading a snapshot back. On a pull request the head's file is written by the PR's author and the base's comes out of
// git: both are foreign text, so the text is bounded, parsed as JSON, shape-checked against the schema and its depth
// bounded before anything walks it; every fault is one UserError naming the file and what to do.
import { Ajv } from 'ajv';
import { parseDocument } from 'yaml';
import { UserError } from '../errors.ts';
import { SNAPSHOT_SCHEMA, type Snapshot } from './snapshot.ts';

/** A snapshot larger than this is not one this action wrote for a repository. */
export const MAX_SNAPSHOT_BYTES = 16 * 1024 * 1024;
/** Nesting beyond this is refused before it is walked (the diff and the writer recurse). */
export const MAX_DEPTH = 200;

const nullable = (type: string) => ({ type: [type, 'null'] });
const text = { type: 'string', maxLength: 1_000_000 };
const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' };

const SCHEMA = {
  type: 'object',
  required: ['schema', 'configs', 'verdicts', 'dependencies', 'toolchain', 'binaries'],
  additionalProperties: false,
  properties: {
    schema: { const: SNAPSHOT_SCHEMA },
    configs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'format', 'sha256', 'content'],
        additionalProperties: false,
        properties: { path: text, format: text, sha256, content: {} },
      },
    },
    verdicts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['rule', 'level', 'message', 'file', 'line'],
        additionalProperties: false,
        properties: { rule: text, level: { enum: ['failure', 'warning'] }, message: text, file: nullable('string'), line: { type: ['integer', 'null'], minimum: 1 } },
      },
    },
    dependencies: {
      type: 'array',
      items: {
        type: 'object',
        required: ['file', 'format', 'ecosystem', 'packages'],
        additionalProperties: false,
        properties: {
          file: text,
          format: text,
          ecosystem: { enum: ['go', 'pip'] },
          packages: {
            type: 'array',
            items: {
              type: 'object',
              required: ['name', 'version', 'direct', 'hashes', 'source', 'markers'],
              additionalProperties: false,
              properties: { name: text, version: nullable('string'), direct: nullable('boolean'), hashes: { type: 'array', items: text }, source: nullable('string'), markers: nullable('string') },
            },
          },
        },
      },
    },
    toolchain: {
      type: 'object',
      required: ['version', 'source'],
      additionalProperties: false,
      properties: { version: nullable('string'), source: { enum: ['manifest', 'go-version', 'go.mod', 'none'] } },
    },
    binaries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['target', 'file', 'size', 'sha256'],
        additionalProperties: false,
        properties: { target: text, file: text, size: { type: 'integer', minimum: 0 }, sha256 },
      },
    },
  },
} as const;

let validator: ReturnType<Ajv['compile']> | undefined;

export interface SnapshotSource {
  /** The file as shown in messages (relative to the workspace). */
  file: string;
  /** The revision it was read at, when it came out of git. */
  rev?: string;
}

const REWRITE = 'write it again with `go-xenv baseline update` (or the action\'s command: baseline-update) and commit it';

/** Depth of a parsed JSON value, walked without recursion; stops counting once past `limit`. */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > limit) return true;
    if (v !== null && typeof v === 'object') for (const c of Object.values(v)) stack.push([c, d + 1]);
  }
  return false;
}

/** Where JSON that JSON.parse refused goes wrong: the YAML parser (JSON is YAML) keeps the position JSON.parse drops. */
function positionOfError(text: string): { line?: number; col?: number } {
  const pos = parseDocument(text, { prettyErrors: true }).errors[0]?.linePos?.[0];
  return pos ? { line: pos.line, col: pos.col } : {};
}

export function parseSnapshot(text: string, source: SnapshotSource): Snapshot {
  const shown = source.rev ? `${source.file} at ${source.rev}` : source.file;
  const fail = (what: string, at: { line?: number; col?: number } = {}) =>
    new UserError(`the baseline ${shown} ${what}`, { where: { file: source.file, ...at }, hint: REWRITE, code: 'bad_baseline' });
  if (Buffer.byteLength(text) > MAX_SNAPSHOT_BYTES) throw fail(`is larger than ${MAX_SNAPSHOT_BYTES} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text around the fault: the position says where, without echoing foreign text.
    throw fail('is not JSON', positionOfError(text));
  }
  if (deeperThan(value, MAX_DEPTH)) throw fail(`nests deeper than ${MAX_DEPTH} levels`);
  validator ??= new Ajv({ strict: false, allErrors: false }).compile(SCHEMA);
  if (!validator(value)) {
    const err = validator.errors?.[0];
    const schemaOf = (value as { schema?: unknown } | null)?.schema;
    if (err?.instancePath === '/schema' && typeof schemaOf === 'number') throw fail(`has schema version ${schemaOf}; this go-xenv reads version ${SNAPSHOT_SCHEMA}`);
    throw fail(`is not a baseline snapshot: ${err?.instancePath || '/'} ${err?.message ?? 'has the wrong shape'}`);
  }
  return value as Snapshot;
}
