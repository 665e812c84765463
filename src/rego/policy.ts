// The Rego engine itself: compile modules (+ data) once, evaluate queries or rule paths many times. It registers only
// the builtins that load cheaply (see builtins/registry.ts); `index.ts` is the public API with all of them.
import { parseModule, parseQuery, parseTerm } from './syntax/parser.ts';
import { compileQuery, walkVars } from './compile/compiler.ts';
import { checkQueryArity } from './compile/arity-check.ts';
import { STAGES, compileModules, runStages } from './compile/stages.ts';
import { typeCheckerOf } from './compile/type-check.ts';
import { checkQueryDeclarations } from './compile/declarations.ts';
import type { Compiled } from './compile/rule-tree.ts';
import type { SchemaOptions } from './compile/schema-scope.ts';
import { Evaluator, type EvalOptions } from './eval/eval.ts';
import { RegoError, type Loc } from './errors.ts';
import { type Value, RObject, fromJSON } from './value/value.ts';
import type { Module, Expr } from './syntax/ast.ts';

export { RegoError } from './errors.ts';
export type { Value } from './value/value.ts';
export { toJSON, fromJSON, toJSONText } from './value/value.ts';

export interface SourceModule { file: string; source: string }

export interface CompileOptions {
  /** Parse every module as Rego v0 (OPA's --v0-compatible). */
  v0?: boolean;
  /** Decide per module (e.g. by a marker in the file); overrides `v0`. */
  v0For?: (file: string, source: string) => boolean;
  /** Enable experimental keywords (`and`, `or` via future.keywords imports). */
  experimental?: boolean;
  /** Rule indexing on `input.x == "const"` conditions (default on; off only to measure it). */
  ruleIndex?: boolean;
  /** Type-check refs into `input`/`data` against JSON Schemas: a set (--schema) and the `schemas:` annotations, as
   * opa eval and opa check do (conftest does neither, so the policy runner leaves this out). */
  schemas?: SchemaOptions;
}

export interface QueryOptions extends EvalOptions {
  input?: Value;
}

export interface ResultRow {
  /** Variable bindings of the query. */
  bindings: Map<string, Value>;
}

export interface QueryResult {
  rows: ResultRow[];
  /** With strict builtin errors: the first builtin error (the rows produced meanwhile are still given). */
  error?: RegoError;
}

export class Policy {
  readonly data: Value;
  /** The modules as parsed, before compilation (callers that list packages and rules need not parse them again). */
  constructor(readonly compiled: Compiled, data: Value, readonly modules: readonly Module[] = []) { this.data = data; }

  /** Evaluates a query such as `data.pkg.deny[msg]` or `x := data.pkg.allow`. */
  private readonly prepared = new Map<string, { body: Expr[]; vars: string[] }>();

  /** Evaluates a query text; the parsed and compiled query is kept for the next evaluation. */
  query(query: string, opts: QueryOptions = {}): QueryResult {
    let p = this.prepared.get(query);
    if (!p) {
      const body = parseQuery(query, {}, 'query');
      checkQueryDeclarations(body);
      checkQueryArity(body);
      const compiled = compileQuery(body, this.compiled);
      typeCheckerOf(this.compiled.root).checkQuery(compiled);
      p = { body: compiled, vars: queryVars(body) };
      if (this.prepared.size < 1000) this.prepared.set(query, p);
    }
    return this.run(p.body, p.vars, opts);
  }

  queryBody(body: Expr[], opts: QueryOptions = {}): QueryResult {
    checkQueryDeclarations(body);
    checkQueryArity(body);
    const compiled = compileQuery(body, this.compiled);
    typeCheckerOf(this.compiled.root).checkQuery(compiled);
    return this.run(compiled, queryVars(body), opts);
  }

  private run(compiledBody: Expr[], vars: string[], opts: QueryOptions): QueryResult {
    const ev = new Evaluator(this.compiled, this.data, opts.input, opts);
    const rows = ev.query(compiledBody, vars).map((bindings) => ({ bindings }));
    return { rows, error: ev.errors[0] };
  }

  /** The value of a rule or document path (`data.pkg.deny` or `pkg.deny`), undefined when it is undefined. */
  evaluate(path: string, opts: QueryOptions = {}): { value?: Value; error?: RegoError } {
    const ref = path.startsWith('data') ? path : `data.${path}`;
    const r = this.query(`__result__ = ${ref}`, opts);
    return { value: r.rows[0]?.bindings.get('__result__'), error: r.error };
  }
}

/** Variables a query binds, in order of appearance (wildcards and compiler-generated names excluded). */
export function queryVars(body: Expr[]): string[] {
  const seen = new Set<string>();
  const add = (name: string) => {
    if (name === '_' || name === 'data' || name === 'input' || name.startsWith('__local') || name.startsWith('__wild')) return;
    seen.add(name);
  };
  const visitExpr = (e: Expr) => {
    switch (e.e) {
      case 'term': walkVars(e.term, (v) => add(v.name)); break;
      case 'some': e.vars.forEach((v) => add(v.name)); break;
      case 'somein': if (e.key) walkVars(e.key, (v) => add(v.name)); walkVars(e.value, (v) => add(v.name)); walkVars(e.domain, (v) => add(v.name)); break;
      case 'every': walkVars(e.domain, (v) => add(v.name)); break;
      case 'or': e.branches.forEach((b) => b.forEach(visitExpr)); break;
    }
  };
  body.forEach(visitExpr);
  return [...seen].filter((v) => !BUILTIN_NAMESPACES.has(v));
}
const BUILTIN_NAMESPACES = new Set<string>();

export function parseModules(modules: SourceModule[], opts: CompileOptions = {}): Module[] {
  return modules.map((m) => parseModule(m.source, m.file, {
    v0: opts.v0For ? opts.v0For(m.file, m.source) : opts.v0, experimental: opts.experimental,
  }));
}

/** Parses and compiles modules with base data (a JSON-like value). Throws RegoError (file:line:col) on mistakes. */
export function compile(modules: SourceModule[], data: unknown = {}, opts: CompileOptions = {}): Policy {
  const parsed = parseModules(modules, opts);
  const base = data instanceof RObject ? data : fromJSON(data ?? {});
  return new Policy(runStages(STAGES, parsed, { data: base, ruleIndex: opts.ruleIndex, schemas: opts.schemas }), base, parsed);
}

/** A Rego term written as text (e.g. an `input_term`), evaluated as a constant. */
export function evalTermText(text: string): Value {
  const term = parseTerm(text);
  const policy = new Policy(compileModules([]), new RObject());
  let out: Value | undefined;
  new Evaluator(policy.compiled, policy.data, undefined).evalTerm(term, new Map(), (v) => { out = v; return true; });
  if (out === undefined) throw new RegoError('rego_parse_error', 'term is undefined', undefined as unknown as Loc);
  return out;
}
