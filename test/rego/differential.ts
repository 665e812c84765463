// Differential testing against OPA: one case run by our engine, and the comparison with OPA's outcome for it
// (recorded by scripts/opa-differential.ts). Rows compare as a set, like OPA's own test runner; errors compare by
// code and, except for parse errors (OPA adds the source line and a caret), by message.
// Every builtin, registered up front: the cases call any of them synchronously.
import '../../src/rego/builtins/index.ts';
import { compile } from '../../src/rego/index.ts';
import { RegoError } from '../../src/rego/errors.ts';
import { type Value, RObject, RSet, fromJSON, toJSONText, equal } from '../../src/rego/value/value.ts';
import { parseJSONValue } from '../../src/rego/builtins/json/text.ts';

export interface DiffCase {
  name: string;
  modules: Record<string, string>;
  query: string;
  input?: unknown;
  data?: Record<string, unknown>;
  v0?: boolean;
  /** Builtin errors make the expression undefined instead of failing the query (OPA's default). */
  lax?: boolean;
}

export interface Outcome { rows?: Value; error?: string }

export function runOurs(c: DiffCase): Outcome {
  try {
    const p = compile(Object.entries(c.modules).map(([file, source]) => ({ file, source })), c.data ?? {}, { v0: !!c.v0 });
    const r = p.query(c.query, { input: c.input === undefined ? undefined : fromJSON(c.input), strict: !c.lax });
    if (r.error) return { error: r.error.message };
    // as JSON text, the way OPA's results come out (sets as arrays, non-string keys as text, numbers' exact texts)
    return { rows: r.rows.map((row) => parseJSONValue(toJSONText(new RObject([...row.bindings])))) };
  } catch (e) {
    return { error: e instanceof RegoError ? e.message : `crash: ${(e as Error).message}` };
  }
}

const CODE = /\b(rego|eval)_[a-z_]+_error\b/;

/** OPA's outcome as recorded: the error text, or the rows as JSON text (parsed exactly: numbers beyond 2^53). */
export interface Recorded { rows?: string; error?: string }

export function opaOutcome(o: Recorded): Outcome {
  return o.error !== undefined ? { error: o.error } : { rows: parseJSONValue(o.rows ?? '[]') };
}

/** The recorded form of the differential program's output (a JSON array of {rows} / {error}). */
export function recordOutput(text: string): Recorded[] {
  const all = parseJSONValue(text);
  if (!Array.isArray(all)) throw new Error('expected an array of outcomes');
  return all.map((o) => {
    const obj = o as RObject;
    const err = obj.getStr('error');
    return typeof err === 'string' ? { error: err } : { rows: toJSONText(obj.getStr('rows') ?? []) };
  });
}

/** Undefined when the outcomes agree, else what differs. */
export function difference(ours: Outcome, opa: Outcome): string | undefined {
  if (opa.error !== undefined || ours.error !== undefined) {
    if (opa.error === undefined || ours.error === undefined) return `ours ${ours.error ?? 'ok'}; OPA ${opa.error ?? 'ok'}`;
    const [oc, tc] = [CODE.exec(ours.error)?.[0], CODE.exec(opa.error)?.[0]];
    if (oc !== tc) return `error code ${oc}, OPA ${tc}: ${opa.error}`;
    const detail = ours.error.slice(ours.error.indexOf(oc!) + oc!.length + 2).split('\n')[0];
    if (oc !== 'rego_parse_error' && !opa.error.includes(detail)) return `error ${JSON.stringify(ours.error)}, OPA ${JSON.stringify(opa.error)}`;
    return undefined;
  }
  const a = new RSet(ours.rows as Value[]);
  const b = new RSet(opa.rows as Value[]);
  return equal(a, b) ? undefined : 'results differ';
}
