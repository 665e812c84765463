// Evaluates loaded policies over input files as `conftest test` does: per document and namespace, each deny/violation/
// warn rule queried as `data.<namespace>.<rule>`; its string or `{msg, ...}` results are failures or warnings, unless
// `data.<namespace>.exception` names the rule (then one exception per match); a rule with no result is a success,
// padded to the number of its definitions. `combine` evaluates all inputs as one `[{path, contents}]` document.
import { resolve } from 'node:path';
import type { Finding } from '../core/finding.ts';
import type { KeyPath } from '../core/document.ts';
import { UserError } from '../errors.ts';
import { combinedDocument, type ParsedInput } from './combine.ts';
import { readInputFile, type InputFile } from './input-file.ts';
import { isFailureRule, type LoadedPolicies } from './load.ts';
import { lineFor, type ParsedFile } from './parsers/parser.ts';
import { exitCodeOf, totalsOf, type CheckResult, type ExitOptions, type PolicyMessage, type PolicyResult } from './results.ts';

export const COMBINED = 'Combined';

export interface EvaluateOptions extends ExitOptions {
  cwd: string;
  /** Input files as the user names them (already walked), read relative to cwd. */
  files: readonly string[];
  namespaces?: readonly string[];
  /** Tested whatever `namespaces` says: every namespace of the built-in pack when it is loaded. */
  alsoNamespaces?: readonly string[];
  allNamespaces?: boolean;
  combine?: boolean;
  parser?: string;
  /** Files picked by globs rather than named: one that is binary, too large or unreadable is skipped with a notice. */
  skipUnreadable?: boolean;
}

/** The namespaces a run tests: all, the named ones (each must be declared by some policy), or `main`. */
export function namespacesToTest(loaded: LoadedPolicies, opts: Pick<EvaluateOptions, 'namespaces' | 'allNamespaces' | 'alsoNamespaces'>): string[] {
  if (opts.allNamespaces) return loaded.namespaces;
  const also = opts.alsoNamespaces ?? [];
  const asked = !!opts.namespaces?.length;
  // With the built-in pack, the default `main` is tested only when some policy of the repository declares it.
  const wanted = asked ? [...opts.namespaces!] : also.length && !loaded.rules.has('main') ? [] : ['main'];
  const unknown = wanted.filter((n) => !loaded.rules.has(n));
  if (unknown.length) {
    throw new UserError(`no policy declares namespace ${unknown.map((n) => JSON.stringify(n)).join(', ')}`, {
      hint: `the policies declare: ${loaded.namespaces.join(', ')} (use --namespace or --all-namespaces)`,
      code: 'unknown_namespace',
    });
  }
  return [...wanted, ...also.filter((n) => !wanted.includes(n))];
}

export function evaluatePolicies(loaded: LoadedPolicies, opts: EvaluateOptions): PolicyResult {
  const namespaces = namespacesToTest(loaded, opts);
  const read = (f: string) => readInputFile(resolve(opts.cwd, f), { display: f, parser: opts.parser });
  // Results grouped by namespace as conftest orders them; each file is read, parsed and evaluated once and then
  // dropped, so memory holds one input at a time (all of them only with combine).
  const byNamespace: CheckResult[][] = namespaces.map(() => []);
  const findings: Finding[] = [];
  const notices: Finding[] = [];
  const refusals = new Map<CheckResult, Finding>();
  // A file that does not parse is one failure of that file (in the first namespace): never a pass, and the other files
  // are still checked. With skipUnreadable, a file that is no text (binary, too large, unreadable) is a notice instead.
  const refuse = (i: Extract<InputFile, { status: 'refused' }>) => {
    if (opts.skipUnreadable && i.reason !== 'syntax') {
      notices.push({ ...i.finding, severity: 'notice', message: `${i.file} is not tested: ${i.finding.message}` });
      return;
    }
    const r: CheckResult = {
      filename: i.file,
      namespace: namespaces[0],
      successes: 0,
      warnings: [],
      exceptions: [],
      failures: [{ msg: i.finding.message, line: i.finding.line }],
    };
    refusals.set(r, i.finding);
    byNamespace[0].push(r);
  };
  if (opts.combine) {
    const parsed: ParsedInput[] = [];
    for (const f of opts.files) {
      const i = read(f);
      if (i.status === 'parsed') parsed.push(i);
      else refuse(i);
    }
    const refused = byNamespace[0].splice(0);
    namespaces.forEach((ns, n) => {
      if (parsed.length) byNamespace[n].push(check(loaded, ns, COMBINED, [combinedDocument(parsed)]));
    });
    byNamespace[0].push(...refused);
  } else {
    for (const f of opts.files) {
      const i = read(f);
      if (i.status !== 'parsed') refuse(i);
      else namespaces.forEach((ns, n) => byNamespace[n].push(check(loaded, ns, i.file, i.parsed.documents, i.parsed)));
    }
  }
  if (loaded.refusals.length) throw loaded.refusals[0];
  const results = byNamespace.flat();
  for (const r of results) findings.push(...(refusals.has(r) ? [refusals.get(r)!] : findingsOf(r)));
  const totals = totalsOf(results);
  return { results, findings: [...findings, ...notices], totals, exitCode: exitCodeOf(totals, opts) };
}

/**
 * One query per document for a namespace: every rule's value (as a one-item list, empty when undefined) and the rule
 * names its `exception` rules list. One evaluation shares the work of the helper rules and of `exception` between the
 * rules, where a query per rule (as conftest makes) would compute them again for each.
 */
function namespaceQuery(ns: string, rules: readonly string[]): string {
  return [...rules.map((r, i) => `__r${i} := [v | v := data.${ns}.${r}]`), `__ex := [e | e := data.${ns}.exception[_][_]]`].join('; ');
}

function check(loaded: LoadedPolicies, ns: string, filename: string, documents: readonly unknown[], parsed?: ParsedFile): CheckResult {
  const out: CheckResult = { filename, namespace: ns, successes: 0, warnings: [], failures: [], exceptions: [] };
  const rules = [...(loaded.rules.get(ns) ?? new Map<string, number>())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (!rules.length) return out;
  const q = namespaceQuery(
    ns,
    rules.map(([r]) => r),
  );
  const json = (v: unknown) => loaded.engine.toJSON(v as never);
  documents.forEach((doc, docIndex) => {
    const input = loaded.engine.fromJSON(doc) as never;
    const row = (loaded.policy.query(q, { input }).rows[0] as { bindings: Map<string, unknown> } | undefined)?.bindings;
    const listed = row ? (json(row.get('__ex')) as unknown[]) : [];
    rules.forEach(([rule, count], i) => {
      const name = rule.replace(/^(deny|violation)_/, '');
      const exceptionQuery = `data.${ns}.exception[_][_] == ${JSON.stringify(name)}`;
      const excepted = listed.filter((e) => e === name).length;
      for (let k = 0; k < excepted; k++) out.exceptions.push({ msg: exceptionQuery });
      const query = `data.${ns}.${rule}`;
      const value = row ? (json(row.get(`__r${i}`)) as unknown[])[0] : undefined;
      const messages = messagesOf(value, query);
      const successes = messages.length ? 0 : 1;
      if (!excepted) {
        for (const m of messages) {
          const path = pathOf(m.metadata?.path);
          m.line = parsed ? lineFor(parsed, docIndex, path ?? []) : undefined;
          (isFailureRule(rule) ? out.failures : out.warnings).push(m);
        }
      }
      // conftest counts every definition of a rule as a test: the ones without a result are successes.
      out.successes += successes + Math.max(0, count - (successes + (excepted ? 0 : messages.length) + excepted));
    });
  });
  return out;
}

/** A rule's value as messages: strings, or objects with a string `msg` (the other keys kept as metadata). */
function messagesOf(value: unknown, query: string): PolicyMessage[] {
  if (!Array.isArray(value)) return [];
  const out: PolicyMessage[] = [];
  for (const v of value) {
    if (typeof v === 'string') out.push({ msg: v, metadata: { query } });
    else if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const { msg, ...rest } = v as Record<string, unknown>;
      if (typeof msg !== 'string') {
        throw new UserError(`${query}: a result object has ${msg === undefined ? 'no "msg" key' : 'a "msg" that is not a string'}`, {
          hint: 'return a string or an object with a string "msg" from deny/violation/warn rules',
          code: 'bad_policy_result',
        });
      }
      out.push({ msg, metadata: { ...rest, query } });
    }
  }
  return out;
}

/** A key path named by a result's metadata: a list of keys, or a dotted string. */
function pathOf(p: unknown): KeyPath | undefined {
  if (Array.isArray(p) && p.every((k) => typeof k === 'string' || typeof k === 'number' || typeof k === 'bigint')) {
    return p.map((k) => (typeof k === 'bigint' ? Number(k) : k));
  }
  if (typeof p === 'string' && p) return p.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  return undefined;
}

function findingsOf(r: CheckResult): Finding[] {
  const file = r.filename === COMBINED ? undefined : r.filename;
  const one = (m: PolicyMessage, severity: Finding['severity']): Finding => ({
    capability: 'policy',
    rule: `${r.namespace}/${String(m.metadata?.query ?? '')
      .split('.')
      .pop()}`,
    severity,
    message: m.msg,
    file,
    line: file ? (m.line ?? 1) : undefined,
  });
  return [...r.failures.map((m) => one(m, 'error')), ...r.warnings.map((m) => one(m, 'warning'))];
}
