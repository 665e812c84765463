// Runs the unit tests of policies as `opa test` and `conftest verify` do: every rule named `test_*` in any package and
// module (not only `_test.rego` files) is a test that passes when its value is `true`; `todo_test_*` rules are skipped;
// a rule defined several times is one test per definition, named `test_x`, `test_x#01`, ... as OPA names them. An
// evaluation error (a conflict, or with `strict` a builtin error) is the test's error, with the engine's location; a
// builtin error without `strict` makes the expression undefined, so the test fails, as in OPA.
import { UserError } from '../errors.ts';
import { loadData, readPolicyModules, registerPolicyBuiltins, type BuiltinHost, type PolicyModule } from './load.ts';

interface Loc {
  file: string;
  row: number;
  col: number;
}

/** What verify needs of the Rego engine (src/rego/index.ts fits it); the pipeline passes it in. */
export interface VerifyEngine extends BuiltinHost {
  compile(modules: { file: string; source: string }[], data: unknown, opts: { v0?: boolean }): VerifyPolicy;
}

interface VerifyPolicy {
  readonly modules: readonly {
    file: string;
    package: string[];
    rules: { head: { ref: { t: string; name?: string }[]; args?: unknown[] }; default: boolean; loc: Loc }[];
  }[];
  evaluate(path: string, opts: { strict?: boolean }): { value?: unknown; error?: { regoCode: string; detail: string; loc?: Loc } };
}

export type VerifyStatus = 'pass' | 'fail' | 'error' | 'skip';

export interface VerifyTest {
  /** The package as a data path, as OPA prints it: `data.main`. */
  package: string;
  /** The rule name; the second and later definitions of one name get `#01`, `#02`, ... */
  name: string;
  /** Where the test's definition starts. */
  location: Loc;
  status: VerifyStatus;
  error?: { code: string; message: string; location?: Loc };
  durationNs: number;
}

export interface VerifyResult {
  tests: VerifyTest[];
  totals: { tests: number; passed: number; failed: number; errors: number; skipped: number };
  /** conftest verify's: 1 when a test failed or erred, else 0. */
  exitCode: number;
}

export interface VerifyOptions {
  engine: VerifyEngine;
  cwd: string;
  policyPaths: readonly string[];
  /** The modules of policyPaths when the caller has read them already (readPolicyModules): each file is read once. */
  modules?: PolicyModule[];
  dataPaths?: readonly string[];
  /** conftest's `--namespace` globs (`*` matches dots too); empty: every package. */
  namespaces?: readonly string[];
  /** Builtin errors are test errors (conftest's `--show-builtin-errors`, OPA's strict builtin errors). */
  strict?: boolean;
  regoVersion?: 'v0' | 'v1';
}

const TEST = /^test_/;
const TODO = /^todo_test_/;
/** The Rego name a later definition of a test is given while it runs on its own (not a valid name in any policy text). */
const RENAMED = (name: string, n: number) => `${name}__go_xenv_definition_${n}`;
const shownName = (name: string, n: number) => (n ? `${name}#${String(n).padStart(2, '0')}` : name);

export function verifyPolicies(opts: VerifyOptions): VerifyResult {
  const sources = opts.modules ?? readPolicyModules(opts.policyPaths, opts.cwd);
  const data = loadData(opts.dataPaths ?? [], opts.cwd);
  const v0 = opts.regoVersion === 'v0';
  // as conftest verify: tests may call parse_config and the other conftest builtins
  const refusals = registerPolicyBuiltins(opts.engine, opts.cwd, opts.policyPaths);
  let policy = opts.engine.compile(sources, data, { v0 });
  const found = discover(policy, opts.namespaces ?? []);
  // Later definitions of one test name are renamed in the text (same line, same column) so each runs on its own.
  const renames = found.filter((t) => t.definition > 0 && t.status !== 'skip');
  if (renames.length) {
    const edited = sources.map((s) => ({ ...s, source: rename(s, renames) }));
    policy = opts.engine.compile(edited, data, { v0 });
  }
  const tests = found.map((t) => run(policy, t, opts));
  if (refusals.length) throw refusals[0];
  tests.sort((a, b) => cmp(a.location.file, b.location.file) || a.location.row - b.location.row || a.location.col - b.location.col);
  const totals = { tests: tests.length, passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const t of tests) {
    if (t.status === 'pass') totals.passed++;
    else if (t.status === 'fail') totals.failed++;
    else if (t.status === 'error') totals.errors++;
    else totals.skipped++;
  }
  return { tests, totals, exitCode: totals.failed || totals.errors ? 1 : 0 };
}

interface Found {
  pkg: string[];
  rule: string;
  definition: number;
  location: Loc;
  status?: 'skip';
  fn: boolean;
}

function discover(policy: VerifyPolicy, namespaces: readonly string[]): Found[] {
  const globs = namespaces.map(globRegExp);
  const seen = new Map<string, number>();
  const out: Found[] = [];
  for (const m of policy.modules) {
    const ns = m.package.join('.');
    if (globs.length && !globs.some((g) => g.test(ns))) continue;
    for (const r of m.rules) {
      const head = r.head.ref;
      const rule = head.length === 1 && head[0].t === 'var' ? head[0].name : undefined;
      if (!rule || !(TEST.test(rule) || TODO.test(rule))) continue;
      const key = `${ns}\u0000${rule}`;
      const definition = seen.get(key) ?? 0;
      seen.set(key, definition + 1);
      out.push({ pkg: m.package, rule, definition, location: r.loc, status: TODO.test(rule) ? 'skip' : undefined, fn: !!r.head.args });
    }
  }
  return out;
}

function run(policy: VerifyPolicy, t: Found, opts: VerifyOptions): VerifyTest {
  const base = { package: `data.${t.pkg.join('.')}`, name: shownName(t.rule, t.definition), location: t.location };
  if (t.status === 'skip') return { ...base, status: 'skip', durationNs: 0 };
  const path = dataPath([...t.pkg, t.definition ? RENAMED(t.rule, t.definition) : t.rule]);
  if (t.fn) {
    return {
      ...base,
      status: 'error',
      error: { code: 'rego_type_error', message: `function ${base.package}.${base.name} used as reference, not called` },
      durationNs: 0,
    };
  }
  const t0 = process.hrtime.bigint();
  try {
    const r = policy.evaluate(path, { strict: opts.strict });
    const durationNs = Number(process.hrtime.bigint() - t0);
    if (r.error) return { ...base, status: 'error', error: { code: r.error.regoCode, message: r.error.detail, location: r.error.loc }, durationNs };
    const value = r.value === undefined ? undefined : opts.engine.toJSON(r.value as never);
    return { ...base, status: value === true ? 'pass' : 'fail', durationNs };
  } catch (e) {
    const durationNs = Number(process.hrtime.bigint() - t0);
    if (isRegoError(e)) return { ...base, status: 'error', error: { code: e.regoCode, message: e.detail, location: e.loc }, durationNs };
    throw e;
  }
}

const isRegoError = (e: unknown): e is { regoCode: string; detail: string; loc?: Loc } =>
  typeof e === 'object' && e !== null && typeof (e as { regoCode?: unknown }).regoCode === 'string';

/** `data.a.b` for identifier keys, `data.a["x-y"]` otherwise. */
const dataPath = (keys: readonly string[]) => `data${keys.map((k) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`)).join('')}`;

/** conftest's namespace glob: `*` any run of characters (dots included), `?` one, `[...]` a class. */
function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The source with the named later definitions renamed where their heads start. */
function rename(s: { file: string; source: string }, renames: readonly Found[]): string {
  const here = renames.filter((r) => r.location.file === s.file).sort((a, b) => b.location.row - a.location.row || b.location.col - a.location.col);
  if (!here.length) return s.source;
  const lines = s.source.split('\n');
  for (const r of here) {
    const line = lines[r.location.row - 1] ?? '';
    const at = r.location.col - 1;
    if (line.slice(at, at + r.rule.length) !== r.rule) {
      throw new UserError(`cannot run the definitions of ${r.rule} one by one: its head at ${s.file}:${r.location.row} does not start with its name`, {
        where: { file: s.file, line: r.location.row, col: r.location.col },
        hint: 'give each test rule its own name',
        code: 'verify_duplicate_test',
      });
    }
    lines[r.location.row - 1] = line.slice(0, at) + RENAMED(r.rule, r.definition) + line.slice(at + r.rule.length);
  }
  return lines.join('\n');
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
