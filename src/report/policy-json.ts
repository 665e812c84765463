// conftest's `--output json` document for a policy run, byte for byte as Go's encoding/json writes it: tab-indented,
// empty lists left out, map keys sorted, and `<`, `>`, `&`, U+2028/2029 escaped as \u sequences.
import type { CheckResult, PolicyMessage, PolicyResult } from '../policy/index.ts';

/** A Go struct: its fields written in declaration order (a map's keys are written sorted). */
class GoStruct {
  constructor(readonly fields: Record<string, unknown>) {}
}

const message = (m: PolicyMessage) => new GoStruct({ msg: m.msg, ...(m.metadata ? { metadata: m.metadata } : {}) });
const checkResult = (r: CheckResult) =>
  new GoStruct({
    filename: r.filename,
    namespace: r.namespace,
    successes: r.successes,
    ...(r.warnings.length ? { warnings: r.warnings.map(message) } : {}),
    ...(r.failures.length ? { failures: r.failures.map(message) } : {}),
    ...(r.exceptions.length ? { exceptions: r.exceptions.map(message) } : {}),
  });

export const renderPolicyJson = (result: PolicyResult): string => goJson(result.results.map(checkResult), '');

/** The same document as a plain value (for `--json`). */
export const policyJsonDocument = (result: PolicyResult): unknown => JSON.parse(renderPolicyJson(result));

function goJson(v: unknown, level: string): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return goString(v);
  const inner = `${level}\t`;
  if (Array.isArray(v)) return v.length ? `[\n${v.map((x) => inner + goJson(x, inner)).join(',\n')}\n${level}]` : '[]';
  const o = v instanceof GoStruct ? v.fields : (v as Record<string, unknown>);
  const keys = v instanceof GoStruct ? Object.keys(o) : Object.keys(o).sort();
  return keys.length ? `{\n${keys.map((k) => `${inner}${goString(k)}: ${goJson(o[k], inner)}`).join(',\n')}\n${level}}` : '{}';
}

const goString = (s: string) => JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
