// `go-xenv rego eval --data <paths> --input <file> [--v0] [--strict] <query>`: prints the result set as JSON, shaped
// like `opa eval -f json`, for people and for differential testing against OPA.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Command, CommandContext, StepResult } from '../pipeline/types.ts';
import { UserError } from '../errors.ts';
import { compile, type SourceModule } from './index.ts';
import { parseQuery } from './parser.ts';
import { RObject, fromJSON, toJSONText, type Value } from './value.ts';
import type { Expr } from './ast.ts';
import { ARITY } from './arity.ts';

function files(path: string): string[] {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) throw new UserError(`no such file or directory: ${path}`, { hint: 'check the --data paths' });
  if (!st.isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((n) => files(join(path, n)));
}

function readDoc(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return extname(file) === '.json' ? JSON.parse(text) : parseYaml(text, { intAsBigInt: true });
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

export interface EvalRequest { dataPaths: string[]; inputFile?: string; query: string; v0?: boolean; strict?: boolean }

/** The `opa eval -f json`-shaped result of a query. */
export function evalCommand(req: EvalRequest): unknown {
  const modules: SourceModule[] = [];
  let data: Value = new RObject();
  for (const p of req.dataPaths) {
    for (const f of files(p)) {
      const ext = extname(f);
      if (ext === '.rego') modules.push({ file: f, source: readFileSync(f, 'utf8') });
      else if (['.json', '.yaml', '.yml'].includes(ext)) data = merge(data, fromJSON(readDoc(f)));
    }
  }
  const policy = compile(modules, data, { v0: req.v0 });
  const input = req.inputFile ? fromJSON(readDoc(req.inputFile)) : undefined;
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

export const regoCommand: Command = {
  name: 'rego',
  summary: 'Evaluate a Rego query with the built-in engine and print the result set as JSON (like `opa eval -f json`)',
  usage: 'rego eval --data <paths> [--input <file>] [--v0] [--strict] <query>',
  flags: [
    { name: 'data', description: 'comma-separated .rego/.json/.yaml files or directories' },
    { name: 'input', description: 'the input document (JSON or YAML)' },
    { name: 'v0', description: 'parse modules as Rego v0 (like opa --v0-compatible)', boolean: true },
    { name: 'strict', description: 'strict builtin errors', boolean: true },
  ],
  async run(ctx: CommandContext): Promise<StepResult[]> {
    const [sub, ...rest] = ctx.args;
    if (sub !== 'eval' || rest.length !== 1) throw new UserError('usage: go-xenv rego eval --data <paths> [--input <file>] <query>');
    const dataPaths = typeof ctx.flags.data === 'string' ? ctx.flags.data.split(',').filter(Boolean) : [];
    const out = evalCommand({
      dataPaths, inputFile: typeof ctx.flags.input === 'string' ? ctx.flags.input : undefined, query: rest[0],
      v0: ctx.flags.v0 === true, strict: ctx.flags.strict === true,
    });
    const text = toJSONText(out as Value, '  ');
    return [{ step: 'rego', status: 'ok', title: 'rego eval', details: text, data: JSON.parse(text) }];
  },
};
