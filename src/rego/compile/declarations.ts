// Compile-time checks of declared variables, as OPA's rewriting of local declarations reports them:
// `x := ...` twice in one scope, `:=` on a `some` variable or a function argument, `input`/`data` shadowed, and
// declared variables never used (`some x` alone, `every k, v` with k or v unused in the body). Closures
// (comprehensions, every bodies, logic-operator groups) open a scope of their own, where shadowing is allowed.
import type { Term, Expr, Rule, Module } from '../syntax/ast.ts';
import { RegoError, type Loc } from '../errors.ts';
import { forEachOperand } from '../syntax/module-terms.ts';
import { callTerms } from './call-terms.ts';
import { DEPRECATED } from '../builtins/deprecated.ts';
import { isBuiltin } from '../builtins/registry.ts';
import { ARITY } from '../builtins/declarations/declarations.ts';

type Kind = 'arg' | 'some' | 'assigned';

class Scopes {
  private stack: Map<string, Kind>[] = [new Map()];
  /** Per scope, the names used by its earlier expressions (outside closures): `x := ...` after them is an error. */
  private used: Set<string>[] = [new Set()];
  push() { this.stack.push(new Map()); this.used.push(new Set()); }
  pop() { this.stack.pop(); this.used.pop(); }
  get top() { return this.stack[this.stack.length - 1]; }
  get topUsed() { return this.used[this.used.length - 1]; }
}

const fail = (msg: string, loc: Loc): never => { throw new RegoError('rego_compile_error', msg, loc); };

/** Variables a pattern (the left of `:=`, a `some ... in` key or value) declares. */
function patternVars(t: Term, out: { name: string; loc: Loc }[] = []) {
  if (t.t === 'var') out.push({ name: t.name, loc: t.loc });
  else if (t.t === 'array' || t.t === 'set') t.items.forEach((x) => patternVars(x, out));
  else if (t.t === 'object') t.items.forEach(([, v]) => patternVars(v, out));
  return out;
}

/** Every variable name occurring in a term or body, closures included. */
function termUses(t: Term | undefined, out: Set<string>) {
  if (!t) return;
  switch (t.t) {
    case 'var': out.add(t.name); break;
    case 'arraycompr': case 'setcompr': termUses(t.term, out); bodyUses(t.body, out); break;
    case 'objectcompr': termUses(t.key, out); termUses(t.value, out); bodyUses(t.body, out); break;
    default: forEachOperand(t, termUses, out, undefined); break;
  }
}

function exprUses(e: Expr, out: Set<string>) {
  for (const w of e.with) { termUses(w.target, out); termUses(w.value, out); }
  switch (e.e) {
    case 'term': termUses(e.term, out); break;
    case 'some': break;
    case 'somein': termUses(e.key, out); termUses(e.value, out); termUses(e.domain, out); break;
    case 'every': termUses(e.key, out); termUses(e.value, out); termUses(e.domain, out); bodyUses(e.body, out); break;
    case 'or': for (const b of e.branches) bodyUses(b, out); break;
  }
}

function bodyUses(body: Expr[], out: Set<string>) { for (const e of body) exprUses(e, out); }

class Checker {
  private scopes = new Scopes();

  query(body: Expr[]) {
    const plainSome = this.body(body);
    if (!plainSome.length) return;
    const uses = new Set<string>();
    bodyUses(body, uses);
    for (const s of plainSome) if (!uses.has(s.name)) fail(`declared var ${s.name} unused`, s.loc);
  }

  rule(r: Rule) {
    for (let cur: Rule | undefined = r; cur; cur = cur.else) {
      this.scopes = new Scopes();
      for (const a of cur.head.args ?? []) for (const v of patternVars(a)) if (v.name !== '_') this.scopes.top.set(v.name, 'arg');
      const plainSome = this.body(cur.body);
      this.term(cur.head.key);
      this.term(cur.head.value);
      // the uses are only needed to find a plain `some x` never used (no walk for the many rules without one)
      if (!plainSome.length) continue;
      const uses = new Set<string>();
      bodyUses(cur.body, uses);
      termUses(cur.head.key, uses);
      termUses(cur.head.value, uses);
      for (let i = 1; i < cur.head.ref.length; i++) termUses(cur.head.ref[i], uses);
      for (const s of plainSome) if (!uses.has(s.name)) fail(`declared var ${s.name} unused`, s.loc);
    }
  }

  /** Checks a body in the current scope; returns its plain `some x` declarations (checked by the caller). */
  private body(body: Expr[]): { name: string; loc: Loc }[] {
    const plainSome: { name: string; loc: Loc }[] = [];
    for (const e of body) {
      // the names the expression uses outside closures, noted after its own declarations (`x := x` is not "referenced
      // above"); an expression that declares nothing in this scope notes them at once
      const t0 = e.e === 'term' ? e.term : undefined;
      const direct = t0 !== undefined && !(t0.t === 'call' && t0.op === 'assign');
      const uses = direct ? this.scopes.topUsed : new Set<string>();
      for (const w of e.with) this.term(w.value, uses);
      switch (e.e) {
        case 'some':
          for (const v of e.vars) { this.declare(v.name, v.loc, 'some'); if (v.name !== '_') plainSome.push({ name: v.name, loc: e.loc }); }
          break;
        case 'somein':
          this.term(e.domain, uses);
          for (const t of [e.key, e.value]) if (t) for (const v of patternVars(t)) this.declare(v.name, v.loc, 'assigned');
          break;
        case 'every': {
          this.term(e.domain, uses);
          this.scopes.push();
          const declared = [e.key, e.value].flatMap((t) => (t ? patternVars(t) : []));
          for (const v of declared) this.declare(v.name, v.loc, 'assigned');
          this.nestedBody(e.body);
          this.scopes.pop();
          const inBody = new Set<string>();
          bodyUses(e.body, inBody);
          for (const v of declared) if (v.name !== '_' && !inBody.has(v.name)) fail(`declared var ${v.name} unused`, e.loc);
          break;
        }
        case 'or':
          for (const b of e.branches) { this.scopes.push(); this.nestedBody(b); this.scopes.pop(); }
          break;
        case 'term': {
          const t = e.term;
          if (t.t === 'call' && t.op === 'assign') {
            if (t.args[0].t === 'ref') fail('cannot assign to ref', e.loc);
            this.term(t.args[1], uses);
            for (const v of patternVars(t.args[0])) this.declare(v.name, v.loc, 'assigned');
            for (const x of t.args[0].t === 'object' ? t.args[0].items.map(([k]) => k) : []) this.term(x);
          } else this.term(t, uses);
          break;
        }
      }
      if (!direct) { const used = this.scopes.topUsed; for (const u of uses) used.add(u); }
    }
    return plainSome;
  }

  private nestedBody(body: Expr[], head: Term[] = []) {
    const plainSome = this.body(body);
    if (!plainSome.length) return;
    const uses = new Set<string>();
    bodyUses(body, uses);
    head.forEach((t) => termUses(t, uses));
    for (const s of plainSome) if (!uses.has(s.name)) fail(`declared var ${s.name} unused`, s.loc);
  }

  private declare(name: string, loc: Loc, kind: Kind) {
    if (name === '_') return;
    if (name === 'input' || name === 'data') fail(`variables must not shadow ${name} (use a different variable name)`, loc);
    const prev = this.scopes.top.get(name);
    if (prev === undefined && this.scopes.topUsed.has(name)) fail(`var ${name} referenced above`, loc);
    if (prev === 'arg') fail(`arg ${name} redeclared`, loc);
    if (prev === 'some') { if (kind === 'some') return; fail(`var ${name} declared above`, loc); }
    if (prev === 'assigned') fail(`var ${name} assigned above`, loc);
    this.scopes.top.set(name, kind);
  }

  /** Closures inside a term get their own scope; the variables outside them go to `uses`. */
  private term(t: Term | undefined, uses?: Set<string>) {
    if (!t) return;
    switch (t.t) {
      case 'var': uses?.add(t.name); break;
      case 'ref': this.term(t.head, uses); for (const p of t.path) if (p.t !== 'scalar') this.term(p, uses); break;
      case 'array': case 'set': for (const x of t.items) this.term(x, uses); break;
      case 'object': for (const [k, v] of t.items) { this.term(k, uses); this.term(v, uses); } break;
      case 'call': for (const x of t.args) this.term(x, uses); break;
      case 'template': for (const p of t.parts) if (typeof p !== 'string') this.term(p, uses); break;
      case 'arraycompr': case 'setcompr': case 'objectcompr':
        this.scopes.push();
        this.nestedBody(t.body, t.t === 'objectcompr' ? [t.key, t.value] : [t.term]);
        this.scopes.pop();
        break;
      default: break;
    }
  }
}

/** Rego v1 modules may not call the deprecated builtins (unless the package defines a rule of that name). */
function checkDeprecated(m: Module, terms: readonly Term[]) {
  const own = new Set(m.rules.map((r) => (r.head.ref[0].t === 'var' ? r.head.ref[0].name : '')));
  for (const t of terms) {
    if (t.t === 'call' && DEPRECATED.has(t.op) && !own.has(t.op)) {
      throw new RegoError('rego_type_error', `deprecated built-in function calls in expression: ${t.op}`, t.loc);
    }
  }
}

/** `with` targets must be input, data or a function (builtin, a function of the package in any of its modules, or through an import). */
function checkWithTargets(m: Module, modules: readonly Module[]) {
  const samePackage = modules.filter((o) => o.package.join('.') === m.package.join('.'));
  const fns = new Set(samePackage.flatMap((o) => o.rules).filter((r) => r.head.args).map((r) => (r.head.ref[0].t === 'var' ? r.head.ref[0].name : '')));
  const imports = new Set(m.imports.map((i) => i.alias ?? (i.path.t === 'ref' && i.path.path.length
    ? String((i.path.path[i.path.path.length - 1] as { value?: unknown }).value) : '')));
  const ok = (t: Term): boolean => {
    const head = t.t === 'var' ? t.name : t.t === 'ref' && t.head.t === 'var' ? t.head.name : undefined;
    if (head === undefined) return false;
    if (head === 'input' || head === 'data' || fns.has(head) || imports.has(head)) return true;
    const dotted = t.t === 'var' ? t.name : [head, ...(t as Extract<Term, { t: 'ref' }>).path.map((p) => (p.t === 'scalar' ? String(p.value) : '?'))].join('.');
    return isBuiltin(dotted) || dotted in ARITY || fns.has(dotted.split('.')[0]);
  };
  const visitBody = (body: Expr[]): void => body.forEach((e) => {
    for (const w of e.with) {
      if (!ok(w.target)) throw new RegoError('rego_type_error', 'with keyword target must reference existing input, data, or a function', w.loc);
    }
    if (e.e === 'every') visitBody(e.body);
    else if (e.e === 'or') e.branches.forEach(visitBody);
  });
  for (const r of m.rules) for (let cur: Rule | undefined = r; cur; cur = cur.else) visitBody(cur.body);
}

/** `terms`: the module's calls and array refs (callTerms), when the caller collected them already. */
export function checkDeclarations(m: Module, modules: readonly Module[] = [m], terms?: readonly Term[]) {
  if (!m.v0) checkDeprecated(m, terms ?? callTerms(m));
  checkWithTargets(m, modules);
  const checker = new Checker();
  for (const r of m.rules) {
    const name = r.head.ref[0];
    if (name.t === 'var' && (name.name === 'data' || name.name === 'input')) {
      fail(`rules must not shadow ${name.name} (use a different rule name)`, r.loc);
    }
    checker.rule(r);
  }
}

/** The same declaration checks on a query (OPA's query compiler rewrites its local variables as a rule body's). */
export function checkQueryDeclarations(body: Expr[]) {
  new Checker().query(body);
}
