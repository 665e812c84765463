// What a policy run yields, as conftest counts it: per file (or `Combined`) and namespace, the successes and the
// failures, warnings and exceptions with their messages and metadata; plus one Finding per failure and warning at the
// file and line it names. report/ renders these as conftest's outputs; nothing here is text for people.
import type { Finding } from '../core/finding.ts';

export interface PolicyMessage {
  msg: string;
  /** Every key of an object result but `msg`, and `query` (the rule's data path), as conftest's JSON carries them. */
  metadata?: Record<string, unknown>;
  /** The line the message is reported at: the key its metadata names, else the document's first line. */
  line?: number;
}

export interface CheckResult {
  filename: string;
  namespace: string;
  successes: number;
  warnings: PolicyMessage[];
  failures: PolicyMessage[];
  exceptions: PolicyMessage[];
}

export interface PolicyResult {
  results: CheckResult[];
  findings: Finding[];
  totals: { tests: number; passed: number; warnings: number; failures: number; exceptions: number };
  /** conftest's exit code for these results and the `--fail-on-warn` / `--no-fail` options. */
  exitCode: number;
}

export interface ExitOptions {
  failOnWarn?: boolean;
  noFail?: boolean;
}

export function totalsOf(results: readonly CheckResult[]): PolicyResult['totals'] {
  const t = { tests: 0, passed: 0, warnings: 0, failures: 0, exceptions: 0 };
  for (const r of results) {
    t.passed += r.successes;
    t.warnings += r.warnings.length;
    t.failures += r.failures.length;
    t.exceptions += r.exceptions.length;
  }
  t.tests = t.passed + t.warnings + t.failures + t.exceptions;
  return t;
}

/** conftest's exit codes: 1 on failures; with --fail-on-warn 2 on failures and 1 on warnings; --no-fail always 0. */
export function exitCodeOf(totals: PolicyResult['totals'], opts: ExitOptions): number {
  if (opts.noFail) return 0;
  if (opts.failOnWarn) return totals.failures ? 2 : totals.warnings ? 1 : 0;
  return totals.failures ? 1 : 0;
}
