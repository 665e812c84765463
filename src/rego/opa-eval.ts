// What `go-xenv rego eval` computes: a query over .rego/.json/.yaml files and an input, as the result set shaped like
// `opa eval -f json`, for people and for differential testing against OPA.
import { parseJSONExact } from './builtins/crypto-util.ts';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.ts';
import { compile, type SourceModule } from './index.ts';
import { parseQuery } from './parser.ts';
import { RObject, fromJSON, type Value } from './value.ts';
import type { Expr } from './ast.ts';
import { ARITY } from './arity.ts';

/** Files under `path` as the user wrote them (so messages name them that way), read relative to `cwd`. */
function files(path: string, cwd: string): string[] {
  const st = statSync(resolve(cwd, path), { throwIfNoEntry: false });
  if (!st) throw new UserError(`no such file or directory: ${path}`, { hint: 'check the --data paths' });
  if (!st.isDirectory()) return [path];
  return readdirSync(resolve(cwd, path)).sort().flatMap((n) => files(join(path, n), cwd));
}

function readDoc(file: string, cwd: string): unknown {
  const text = readFileSync(resolve(cwd, file), 'utf8');
  try {
    return extname(file) === '.json' ? parseJSONExact(text) : parseYaml(text, { intAsBigInt: true });
  } catch (e) {
    throw new UserError(`cannot parse ${file}: ${(e as Error).message}`);
  }
}

function merge(a: Value, b: Value): Value {
  if (!(a instanceof RObject) || !(b instanceof RObject)) return b;
  const out = new RObject(a.entries());
  for (const [k, v] of b.entries()) { const p = out.get(k); out.set(k, p === undefined ? v : merge(p, v)); }
  return out;
}

export interface EvalRequest { dataPaths: string[]; inputFile?: string; query: string; v0?: boolean; strict?: boolean; cwd?: string }

/** The `opa eval -f json`-shaped result of a query. */
export function evalCommand(req: EvalRequest): unknown {
  const modules: SourceModule[] = [];
  let data: Value = new RObject();
  const cwd = req.cwd ?? process.cwd();
  for (const p of req.dataPaths) {
    for (const f of files(p, cwd)) {
      const ext = extname(f);
      if (ext === '.rego') modules.push({ file: f, source: readFileSync(resolve(cwd, f), 'utf8') });
      else if (['.json', '.yaml', '.yml'].includes(ext)) data = merge(data, fromJSON(readDoc(f, cwd)));
    }
  }
  const policy = compile(modules, data, { v0: req.v0 });
  const input = req.inputFile ? fromJSON(readDoc(req.inputFile, cwd)) : undefined;
  const body = parseQuery(req.query);
  // Plain term expressions report their value, as opa eval does; others report true.
  // A call given its output argument (`uuid.parse(s, x)`) is a relation: true, like `x = y`.
  const relation = (t: Expr & { e: 'term' }) => t.term.t === 'call'
    && (['eq', 'assign'].includes(t.term.op) || (ARITY[t.term.op] !== undefined && t.term.args.length === ARITY[t.term.op] + 1));
  const wrapped: Expr[] = body.map((e, i) => (e.e === 'term' && !e.negated && !relation(e)
    ? { ...e, term: { t: 'call', op: 'eq', args: [{ t: 'var', name: `__expr${i}__`, loc: e.loc }, e.term], loc: e.loc } }
    : e));
  const r = policy.queryBody(wrapped, { input, strict: req.strict });
  if (r.error) throw r.error;
  const result = r.rows.map(({ bindings }) => {
    const b = new RObject();
    for (const [k, v] of bindings) if (!/^__expr\d+__$/.test(k)) b.set(k, v);
    const expressions = body.map((e, i) => new RObject([
      ['value', bindings.get(`__expr${i}__`) ?? true],
      ['location', new RObject([['row', e.loc.row], ['col', e.loc.col]])],
    ]));
    const row = new RObject([['expressions', expressions]]);
    if (b.size) row.set('bindings', b);
    return row;
  });
  return result.length ? new RObject([['result', result]]) : new RObject();
}
