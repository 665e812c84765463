// Differential cases for JSON Schema type checking: each case is written out as files (policy/, input.json, a schema
// file or a schema directory) and run the way a person runs it, `go-xenv rego eval --schema ...` here and
// `opa eval -f json --schema ...` for the record (scripts/opa-differential-schema.ts). Outcomes agree when both give
// the same result set, or the same first error: code, file, row, column and message (OPA's one-line message).
import '../../src/rego/builtins/index.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { evalCommand, toJSONText } from '../../src/rego/index.ts';
import { RegoError } from '../../src/rego/errors.ts';

export interface SchemaCase {
  name: string;
  /** Policy files by name, written under policy/. */
  modules: Record<string, string>;
  query: string;
  input?: unknown;
  /** One schema file, given as `--schema schema.json` (the input schema of every rule). */
  schema?: unknown;
  /** A schema directory by relative file name, given as `--schema schemas`. */
  schemas?: Record<string, unknown>;
}

export interface SchemaError { code: string; message: string; file?: string; row?: number; col?: number }
/** An outcome: the result set as JSON text (`opa eval -f json` without the expressions' text), or the first error. */
export interface SchemaOutcome { result?: string; error?: SchemaError; errors?: number }

/** Writes the case's files into a new directory and returns it with the eval arguments for it. */
export function writeCase(c: SchemaCase): { dir: string; args: { data: string; input?: string; schema?: string } } {
  const dir = mkdtempSync(join(tmpdir(), 'schema-case-'));
  const put = (rel: string, text: string) => { mkdirSync(dirname(join(dir, rel)), { recursive: true }); writeFileSync(join(dir, rel), text); };
  for (const [f, src] of Object.entries(c.modules)) put(join('policy', f), src);
  if (c.input !== undefined) put('input.json', JSON.stringify(c.input));
  if (c.schema !== undefined) put('schema.json', JSON.stringify(c.schema));
  for (const [f, s] of Object.entries(c.schemas ?? {})) put(join('schemas', f), typeof s === 'string' ? s : JSON.stringify(s));
  return {
    dir,
    args: {
      data: 'policy', input: c.input !== undefined ? 'input.json' : undefined,
      schema: c.schema !== undefined ? 'schema.json' : c.schemas ? 'schemas' : undefined,
    },
  };
}

/** The result set in the recorded form: OPA's JSON without each expression's `text`. */
export function resultText(out: unknown): string {
  const strip = (v: unknown): unknown => (Array.isArray(v) ? v.map(strip) : v && typeof v === 'object'
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([k]) => k !== 'text').map(([k, x]) => [k, strip(x)])) : v);
  // keys sorted: the two CLIs write them in different orders
  const sorted = (v: unknown): unknown => (Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object'
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sorted(x)])) : v);
  return JSON.stringify(sorted(strip(out)));
}

export async function runOursSchema(c: SchemaCase): Promise<SchemaOutcome> {
  const { dir, args } = writeCase(c);
  try {
    const out = await evalCommand({ dataPaths: [args.data], inputFile: args.input, schemaPath: args.schema, query: c.query, cwd: dir });
    return { result: resultText(JSON.parse(toJSONText(out as never))) };
  } catch (e) {
    if (!(e instanceof RegoError)) return { error: { code: 'crash', message: (e as Error).message } };
    return { error: { code: e.regoCode, message: e.detail.split('\n')[0], ...(e.loc ? { file: e.loc.file === 'query' ? undefined : e.loc.file || undefined, row: e.loc.row, col: e.loc.col } : {}) } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Undefined when the outcomes agree, else what differs. */
export function schemaDifference(ours: SchemaOutcome, opa: SchemaOutcome): string | undefined {
  if (!ours.error && !opa.error) return ours.result === opa.result ? undefined : `results differ: ours ${ours.result}, OPA ${opa.result}`;
  if (!ours.error || !opa.error) return `ours ${ours.error ? JSON.stringify(ours.error) : 'ok'}; OPA ${opa.error ? JSON.stringify(opa.error) : 'ok'}`;
  const [a, b] = [ours.error, opa.error];
  const diffs = (['code', 'message', 'file', 'row', 'col'] as const).filter((k) => a[k] !== b[k]);
  return diffs.length ? `error ${diffs.join(', ')} differ: ours ${JSON.stringify(a)}, OPA ${JSON.stringify(b)}` : undefined;
}
