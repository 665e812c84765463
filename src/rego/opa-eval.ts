// What `go-xenv rego eval` computes: a query over .rego/.json/.yaml files and an input, as the result set shaped like
// `opa eval -f json`, for people and for differential testing against OPA.
import { parseJSONValue } from './builtins/json/text.ts';
import { readYaml } from './builtins/yaml-text.ts';
import { POLICY_READ_LIMIT, readBoundedText } from '../bounded-read.ts';
import { extname, resolve } from 'node:path';
import { loadYamlLib, yamlLib } from './yaml-lib.ts';
import { UserError } from '../errors.ts';
import { compile, type SourceModule } from './policy.ts';
import { loadBuiltinsNamedIn } from './builtins/registry.ts';
import { parseQuery } from './syntax/parser.ts';
import { RObject, DepthError, fromJSON, type Value } from './value/value.ts';
import type { Expr, Term } from './syntax/ast.ts';
import { ARITY } from './builtins/declarations/declarations.ts';
import { loadSchemaSet } from './schema-files.ts';
import { walkFiles } from './walk-files.ts';

// The CLI prints the result set with the engine's own JSON writer (it goes to OPA's nesting depth).
export { toJSONText } from './value/value.ts';

function readDoc(file: string, cwd: string, label: string): unknown {
  const text = readBoundedText(resolve(cwd, file), { label, maxBytes: POLICY_READ_LIMIT, where: { file } });
  try {
    if (extname(file) === '.json') return parseJSONValue(text);
    return readYaml(text, (t) => yamlLib().parse(t, { intAsBigInt: true }) as unknown);
  } catch (e) {
    // Go's JSON wording names no limit; say which one, as the YAML reader does
    const msg = (e as Error).message.endsWith('exceeded max depth') ? new DepthError().message : (e as Error).message;
    throw new UserError(`cannot parse ${file}: ${msg}`);
  }
}

function merge(a: Value, b: Value): Value {
  if (!(a instanceof RObject) || !(b instanceof RObject)) return b;
  const out = new RObject(a.entries());
  for (const [k, v] of b.entries()) { const p = out.get(k); out.set(k, p === undefined ? v : merge(p, v)); }
  return out;
}

export interface EvalRequest {
  dataPaths: string[]; inputFile?: string; query: string; v0?: boolean; strict?: boolean; cwd?: string;
  /** `--schema`: a JSON Schema file for `input`, or a directory of schemas for `schemas:` annotations. */
  schemaPath?: string;
}

/** The `opa eval -f json`-shaped result of a query; loads only the builtin namespaces the policy and query name. */
export async function evalCommand(req: EvalRequest): Promise<unknown> {
  const modules: SourceModule[] = [];
  let data: Value = new RObject();
  const cwd = req.cwd ?? process.cwd();
  const dataFiles = req.dataPaths.flatMap((p) => walkFiles(p, cwd, '--data'));
  // a JSON-only run (the common one) never loads the yaml library
  const yaml = (f: string) => ['.yaml', '.yml'].includes(extname(f));
  if (req.schemaPath || dataFiles.some(yaml) || (req.inputFile && extname(req.inputFile) !== '.json')) await loadYamlLib();
  for (const f of dataFiles) {
    const ext = extname(f);
    if (ext === '.rego') modules.push({ file: f, source: readBoundedText(resolve(cwd, f), { label: 'policy', maxBytes: POLICY_READ_LIMIT, where: { file: f } }) });
    else if (ext === '.json' || yaml(f)) data = merge(data, fromJSON(readDoc(f, cwd, 'data file')));
  }
  await loadBuiltinsNamedIn([...modules.map((m) => m.source), req.query]);
  // as opa eval: `schemas:` annotations always apply; --schema adds the set they name (and a file types input)
  const policy = compile(modules, data, { v0: req.v0, schemas: { set: req.schemaPath ? loadSchemaSet(req.schemaPath, cwd) : undefined } });
  const input = req.inputFile ? fromJSON(readDoc(req.inputFile, cwd, '--input')) : undefined;
  const body = parseQuery(req.query);
  // Plain term expressions report their value, as opa eval does; others report true.
  // A call given its output argument (`uuid.parse(s, x)`) is a relation: true, like `x = y`.
  const relation = (t: Expr & { e: 'term' }) => t.term.t === 'call'
    && (['eq', 'assign'].includes(t.term.op) || (ARITY[t.term.op] !== undefined && t.term.args.length === ARITY[t.term.op] + 1));
  // As OPA: a query of one expression without iteration reports its value even when false (`1 == 2` is a row of
  // false); otherwise a value of false fails the expression and drops the row (`x := [1,2,3][_]; x > 1` has two).
  const check = body.length > 1 || body.some(iterates);
  const wrapped: Expr[] = body.flatMap((e, i): Expr[] => {
    if (e.e !== 'term' || e.negated || relation(e)) return [e];
    const v = { t: 'var' as const, name: `__expr${i}__`, loc: e.loc };
    const captured: Expr = { ...e, term: { t: 'call', op: 'eq', args: [v, e.term], loc: e.loc } };
    if (!check) return [captured];
    return [captured, { e: 'term', negated: false, with: [], loc: e.loc, term: { t: 'call', op: 'neq', args: [v, { t: 'scalar', value: false, loc: e.loc }], loc: e.loc } }];
  });
  const texts = expressionTexts(req.query, body);
  const r = policy.queryBody(wrapped, { input, strict: req.strict });
  if (r.error) throw r.error;
  const result = r.rows.map(({ bindings }) => {
    const b = new RObject();
    for (const [k, v] of bindings) if (!/^__expr\d+__$/.test(k)) b.set(k, v);
    const expressions = body.map((e, i) => new RObject([
      ['value', bindings.get(`__expr${i}__`) ?? true],
      ['text', texts[i]],
      ['location', new RObject([['row', e.loc.row], ['col', e.loc.col]])],
    ]));
    const row = new RObject([['expressions', expressions]]);
    if (b.size) row.set('bindings', b);
    return row;
  });
  return result.length ? new RObject([['result', result]]) : new RObject();
}

/**
 * OPA's test for iteration in a query: a ref with a variable after its head (`xs[_]`, `input[k]`) or the relation
 * builtin `walk`, outside comprehensions.
 */
function iterates(e: Expr): boolean {
  const term = (t: Term): boolean => {
    switch (t.t) {
      case 'ref': return t.path.some((p) => p.t === 'var') || term(t.head) || t.path.some(term);
      case 'call': return t.op === 'walk' || t.args.some(term);
      case 'array': case 'set': return t.items.some(term);
      case 'object': return t.items.some(([k, v]) => term(k) || term(v));
      case 'template': return t.parts.some((p) => typeof p !== 'string' && term(p));
      default: return false;
    }
  };
  return e.e === 'term' && (term(e.term) || e.with.some((w) => term(w.value)));
}

/** Each expression's source text, as opa eval prints it: from its start to the next one's, without separators. */
function expressionTexts(query: string, body: Expr[]): string[] {
  const lineStarts = [0];
  for (let i = 0; i < query.length; i++) if (query[i] === '\n') lineStarts.push(i + 1);
  const offset = (e: Expr) => (lineStarts[e.loc.row - 1] ?? 0) + e.loc.col - 1;
  return body.map((e, i) => query.slice(offset(e), i + 1 < body.length ? offset(body[i + 1]) : query.length).replace(/[\s;]+$/, ''));
}
