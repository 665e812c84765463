// Runs one compliance case the way OPA's topdown test runner does and says whether it passed and why not.
// Every builtin, registered up front: the cases call any of them synchronously.
import '../../../src/rego/builtins/index.ts';
import { compile, evalTermText, type Policy } from '../../../src/rego/index.ts';
import { parseQuery } from '../../../src/rego/syntax/parser.ts';
import { RegoError } from '../../../src/rego/errors.ts';
import { type Value, RObject, RSet, fromJSON, toJSON, toJSONText, compare, equal } from '../../../src/rego/value/value.ts';
import type { Case } from './cases.ts';

export type Outcome = { status: 'pass' } | { status: 'fail'; reason: string } | { status: 'skip'; reason: string };

const NETWORK_DISABLED = 'network access is disabled';

/** Runs a case; one that fails only because it needs the network (a network builtin refused: the engine's
 * documented default) is counted as skipped with that reason. */
export function runCase(c: Case, timeoutMs = 10_000): Outcome {
  const out = runOnce(c, timeoutMs, !!c.strict_error);
  const text = [...(c.modules ?? []), c.query].join('\n');
  if (out.status !== 'fail' || !/\b(http\.send|net\.lookup_ip_addr)\b/.test(text)) return out;
  const strict = out.reason.includes(NETWORK_DISABLED) ? out : runOnce(c, timeoutMs, true);
  if (strict.status === 'fail' && strict.reason.includes(NETWORK_DISABLED)) {
    return { status: 'skip', reason: `needs the network: ${strict.reason}` };
  }
  return out;
}

function runOnce(c: Case, timeoutMs: number, strictErrors: boolean): Outcome {
  let policy: Policy;
  try {
    policy = compile((c.modules ?? []).map((source, i) => ({ file: `test-${i}.rego`, source })), c.data ?? {},
      { experimental: !!c.experimental_keywords });
  } catch (e) {
    // A case may expect the compile (or parse) error itself, by code and message substring.
    if (e instanceof RegoError && expectsError(c)) return checkError(c, e, 0);
    return { status: 'fail', reason: `compile: ${errText(e)}` };
  }
  let input: Value | undefined;
  try {
    if (c.input_term !== undefined) input = evalTermText(c.input_term);
    else if (c.input !== undefined) input = fromJSON(c.input);
  } catch (e) {
    return { status: 'fail', reason: `input_term: ${errText(e)}` };
  }
  let rows: Map<string, Value>[] = [];
  let error: RegoError | undefined;
  try {
    const body = parseQuery(c.query, { experimental: !!c.experimental_keywords });
    const r = policy.queryBody(body, { input, strict: strictErrors, timeoutMs, env: c.env, nowNs: BigInt(Date.now()) * 1_000_000n });
    rows = r.rows.map((x) => x.bindings);
    error = r.error;
  } catch (e) {
    if (e instanceof RegoError) error = e;
    else return { status: 'fail', reason: `crash: ${errText(e)}` };
  }
  if (expectsError(c)) {
    const out = checkError(c, error, rows.length);
    if (out.status !== 'pass' || c.want_result === undefined) return out;
  } else if (error) {
    return { status: 'fail', reason: `unexpected error: ${error.message}` };
  }
  if (c.want_result === undefined) return { status: 'fail', reason: 'case has no expectation' };
  const actual = new RSet(rows.map((row) => {
    const o = new RObject();
    for (const [k, v] of row) {
      if (c.ignore_generated_vars && k.startsWith('__localq')) continue;
      let j = fromJSON(toJSON(v));
      if (c.sort_bindings && Array.isArray(j)) j = [...j].sort(compare);
      o.set(k, j);
    }
    return o;
  }));
  const want = new RSet(c.want_result.map((r) => fromJSON(r)));
  if (equal(actual, want)) return { status: 'pass' };
  return { status: 'fail', reason: `got ${short(toJSONText(actual))}, want ${short(toJSONText(want))}` };
}

const expectsError = (c: Case) => c.want_error !== undefined || c.want_error_code !== undefined;

function checkError(c: Case, error: RegoError | undefined, results: number): Outcome {
  if (!error) return { status: 'fail', reason: `expected error ${c.want_error_code ?? ''} ${c.want_error ?? ''}, got ${results} result(s)` };
  if (c.want_error_code !== undefined && error.regoCode !== c.want_error_code) {
    return { status: 'fail', reason: `error code ${error.regoCode}, want ${c.want_error_code}: ${error.message}` };
  }
  if (c.want_error !== undefined && !error.message.includes(c.want_error)) {
    return { status: 'fail', reason: `error ${JSON.stringify(error.message)} does not contain ${JSON.stringify(c.want_error)}` };
  }
  return { status: 'pass' };
}

const short = (s: string) => (s.length > 300 ? s.slice(0, 300) + '…' : s);
const errText = (e: unknown) => (e instanceof RegoError ? e.message : e instanceof Error ? `${e.message}` : String(e));
