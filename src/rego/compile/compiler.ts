// Name resolution and safety, rule by rule and for queries: resolves names (imports, rules of the package, builtins),
// renames declared locals so every variable of a rule has one name, and reorders bodies so each variable is bound
// before it is needed. compile/stages.ts runs it between building the module tree and the rule tree.
import type { Term, Expr, Rule, Module, VarTerm } from '../syntax/ast.ts';
import { RegoError, type Loc } from '../errors.ts';
import { isBuiltin } from '../builtins/registry.ts';
import { ARITY } from '../builtins/declarations/declarations.ts';
import { dottedName, forEachOperand } from '../syntax/module-terms.ts';
import { hoistInClosures, hoistNegated } from './negation.ts';
import type { Compiled } from './rule-tree.ts';

let counter = 0;
const fresh = (base = 'local') => `__${base}${counter++}__`;

/** Resolves names in every rule of `m` and orders its bodies for safety (see Resolver); throws on the first mistake. */
export function resolveRules(m: Module, packageRules: Set<string>, userArity: Map<string, number>): void {
  const resolver = new Resolver(m, packageRules, userArity);
  for (const r of m.rules) resolver.resolveRule(r);
}

// ---------------------------------------------------------------------------------------------------------------
// name resolution and renaming

class Resolver {
  private scopes: Map<string, string>[] = [];
  private imports = new Map<string, Term>();
  /** Names used while no declaration of them was in scope. */
  private free = new Set<string>();
  /** Whether the terms resolved since the last reset held a comprehension: without one, the later walks that only
   * look for comprehensions (ordering their bodies, hoisting in them) are skipped. */
  private closures = false;
  /** `import future.keywords.not`: OPA then keeps the operands of a negated expression inside it. */
  private futureNot: boolean;

  constructor(private m: Module, private ruleNames: Set<string>, private userArity: Map<string, number>,
    private keepTopNames = false) {
    for (const im of m.imports) {
      const ref = im.path as Extract<Term, { t: 'ref' }>;
      const head = (ref.head as VarTerm).name;
      if (head === 'future' || head === 'rego') continue;
      const last = ref.path.length ? String((ref.path[ref.path.length - 1] as { value: unknown }).value) : head;
      this.imports.set(im.alias ?? last, ref.path.length ? ref : ref.head);
    }
    this.futureNot = m.imports.some((im) => dottedName(im.path) === 'future.keywords.not');
  }

  resolveRule(r: Rule) {
    let cur: Rule | undefined = r;
    while (cur) {
      this.scopes = [new Map()];
      this.closures = false;
      const h = cur.head;
      if (h.args) for (const a of h.args) this.declarePlain(a);
      cur.body = this.body(cur.body);
      if (h.args) h.args = h.args.map((a) => this.term(a));
      if (h.key) h.key = this.term(h.key);
      if (h.value) h.value = this.term(h.value);
      h.ref = h.ref.map((t, i) => (i === 0 ? t : this.term(t)));
      const bound = new Set<string>();
      if (h.args) for (const a of h.args) varsOf(a, bound);
      cur.body = reorder(cur.body, bound, cur.loc, new Set(), this.userArity, this.closures);
      checkHeadSafe(cur, bound);
      if (!this.futureNot) {
        cur.body = hoistNegated(cur.body, fresh, false, this.closures);
        if (this.closures && h.key) h.key = hoistInClosures(h.key, fresh, false);
        if (this.closures && h.value) h.value = hoistInClosures(h.value, fresh, false);
      }
      cur = cur.else;
    }
  }

  resolveQuery(body: Expr[]): Expr[] {
    this.scopes = [new Map()];
    return this.body(body);
  }

  private declarePlain(t: Term) {
    const s = this.scopes[this.scopes.length - 1];
    walkVars(t, (v) => { if (v.name !== '_') s.set(v.name, v.name); });
  }

  private declare(t: Term): Term {
    const s = this.scopes[this.scopes.length - 1];
    // a query's variable keeps its name, unless a closure before its declaration used that name: that use is
    // another (free) variable, as in OPA, which renames every declared local
    const top = this.keepTopNames && this.scopes.length === 1;
    return mapVars(t, (v) => {
      if (v.name === '_') return { t: 'var', name: fresh('wild'), loc: v.loc };
      // the original name stays as a suffix, for error messages (displayName)
      const n = top && !this.free.has(v.name) ? v.name : `${fresh()}${v.name}`;
      s.set(v.name, n);
      return { t: 'var', name: n, loc: v.loc };
    });
  }

  private lookup(name: string): string | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const n = this.scopes[i].get(name);
      if (n !== undefined) return n;
    }
    return undefined;
  }

  private body(body: Expr[]): Expr[] {
    const out: Expr[] = [];
    for (const e of body) out.push(this.expr(e));
    return out;
  }

  /** The terms resolved; `ts` itself when none changed (most refs into input, scalars), so nothing is copied. */
  private terms(ts: Term[]): Term[] {
    let out: Term[] | undefined;
    for (let i = 0; i < ts.length; i++) {
      const x = ts[i].t === 'scalar' ? ts[i] : this.term(ts[i]);
      if (!out && x !== ts[i]) out = ts.slice(0, i);
      if (out) out.push(x);
    }
    return out ?? ts;
  }

  private nested<T>(f: () => T): T {
    this.scopes.push(new Map());
    try { return f(); } finally { this.scopes.pop(); }
  }

  private expr(e: Expr): Expr {
    const withs = e.with.length ? e.with.map((w) => ({ ...w, target: this.withTarget(w.target), value: this.withValue(w.value) })) : e.with;
    switch (e.e) {
      case 'some': {
        for (const v of e.vars) this.declare(v);
        return { ...e, with: withs };
      }
      case 'somein': {
        const domain = this.term(e.domain);
        const key = e.key ? this.declare(e.key) : undefined;
        const value = this.declare(e.value);
        return { ...e, domain, key, value, with: withs };
      }
      case 'every': {
        const domain = this.term(e.domain);
        return this.nested(() => {
          const key = e.key ? this.declare(e.key) : undefined;
          const value = this.declare(e.value);
          const body = this.body(e.body);
          return { ...e, domain, key, value, body, with: withs };
        });
      }
      case 'or': {
        const branches = e.branches.map((b) => this.nested(() => this.body(b)));
        return { ...e, branches, with: withs };
      }
      case 'term': {
        const t = e.term;
        if (t.t === 'call' && t.op === 'assign') {
          const rhs = this.term(t.args[1]);
          const lhs = this.declare(t.args[0]);
          return { ...e, term: { ...t, args: [lhs, rhs] }, with: withs };
        }
        // an expression whose names all stay is kept as it is (no copy)
        const term = this.term(t);
        return term === t && withs === e.with ? e : { ...e, term, with: withs };
      }
    }
  }

  private withTarget(t: Term): Term {
    if (t.t === 'var' || (t.t === 'ref' && t.head.t === 'var')) {
      const name = t.t === 'var' ? t.name : (t.head as VarTerm).name;
      if (name === 'input' || name === 'data') return t;
      const dotted = dottedName(t);
      if (dotted !== undefined) {
        const resolved = this.resolveFunctionName(dotted);
        if (resolved) return { t: 'call', op: resolved, args: [], loc: t.loc };
      }
      return this.term(t);
    }
    return this.term(t);
  }

  /** A `with` value naming a function becomes a function reference. */
  private withValue(t: Term): Term {
    const dotted = dottedName(t);
    if (dotted !== undefined && this.lookup(dotted.split('.')[0]) === undefined) {
      const resolved = this.resolveFunctionName(dotted);
      if (resolved && (this.userArity.has(resolved) || isBuiltin(resolved))) return { t: 'call', op: resolved, args: [], loc: t.loc, fnRef: true };
    }
    return this.term(t);
  }

  /** `f`, `pkg.f`, `strings.upper` -> `data.pkg.f` or the builtin name. */
  resolveFunctionName(op: string): string | undefined {
    const parts = op.split('.');
    const first = parts[0];
    if (first === 'data') return op;
    const imp = this.imports.get(first);
    if (imp && this.lookup(first) === undefined) {
      const base = dottedName(imp);
      if (base) return [base, ...parts.slice(1)].join('.');
    }
    if (this.ruleNames.has(first) && this.lookup(first) === undefined) return ['data', ...this.m.package, ...parts].join('.');
    if (isBuiltin(op) || op in ARITY || CORE_CALLS.has(op)) return op;
    return undefined;
  }

  term(t: Term): Term {
    switch (t.t) {
      case 'scalar': return t;
      case 'var': {
        if (t.name === '_') return { t: 'var', name: fresh('wild'), loc: t.loc };
        const local = this.lookup(t.name);
        if (local !== undefined) return local === t.name ? t : { t: 'var', name: local, loc: t.loc };
        if (t.name === 'data' || t.name === 'input') return t;
        const imp = this.imports.get(t.name);
        if (imp) return relocate(imp, t.loc);
        if (this.ruleNames.has(t.name)) {
          return { t: 'ref', head: { t: 'var', name: 'data', loc: t.loc }, path: [...this.m.package, t.name].map((p) => ({ t: 'scalar', value: p, loc: t.loc })), loc: t.loc };
        }
        this.free.add(t.name);
        return t;
      }
      case 'ref': {
        const head = this.term(t.head);
        const path = this.terms(t.path);
        if (head.t === 'ref') return { t: 'ref', head: head.head, path: [...head.path, ...path], loc: t.loc };
        return head === t.head && path === t.path ? t : { t: 'ref', head, path, loc: t.loc };
      }
      case 'array': case 'set': { const items = this.terms(t.items); return items === t.items ? t : { ...t, items }; }
      case 'object': return { ...t, items: t.items.map(([k, v]) => [this.term(k), this.term(v)] as [Term, Term]) };
      case 'template': return { ...t, parts: t.parts.map((p) => (typeof p === 'string' ? p : this.term(p))) };
      case 'arraycompr': case 'setcompr':
        this.closures = true;
        return this.nested(() => { const body = this.body(t.body); return { ...t, body, term: this.term(t.term) }; });
      case 'objectcompr':
        this.closures = true;
        return this.nested(() => { const body = this.body(t.body); return { ...t, body, key: this.term(t.key), value: this.term(t.value) }; });
      case 'call': {
        const args = this.terms(t.args);
        const op = this.resolveFunctionName(t.op);
        if (op === undefined) throw new RegoError('rego_type_error', `undefined function ${t.op}`, t.loc);
        // A rule of the package named like the builtin (`minus := 1` and `3 - 1`) takes the call, as in OPA
        if (op.startsWith('data.') && !this.userArity.has(op) && this.ruleNames.has(t.op.split('.')[0]) && this.lookup(t.op.split('.')[0]) === undefined) {
          throw new RegoError('rego_type_error', `function ${op} has arity 0, got ${t.args.length} argument${t.args.length === 1 ? '' : 's'}`, t.loc);
        }
        const n = this.userArity.get(op);
        if (n !== undefined && !t.fnRef && t.args.length !== n && t.args.length !== n + 1) {
          throw new RegoError('rego_type_error', `function ${op} has arity ${n}, got ${t.args.length} argument${t.args.length === 1 ? '' : 's'}`, t.loc);
        }
        return op === t.op && args === t.args ? t : { ...t, op, args };
      }
    }
  }
}

/** Operators and builtins handled by the evaluator itself. */
export const CORE_CALLS = new Set(['eq', 'assign', 'internal.member_2', 'internal.member_3', 'print', 'internal.print',
  'walk', 'rego.metadata.chain', 'rego.metadata.rule', 'rego.parse_module', 'internal.template_string']);

function relocate(t: Term, loc: Loc): Term {
  if (t.t === 'ref') return { ...t, head: { ...t.head, loc } as Term, loc };
  return { ...t, loc } as Term;
}


// ---------------------------------------------------------------------------------------------------------------
// variables

export function walkVars(t: Term, f: (v: VarTerm) => void, intoClosures = false) {
  switch (t.t) {
    case 'var': f(t); break;
    case 'arraycompr': case 'setcompr': case 'objectcompr':
      if (intoClosures) for (const name of closureVars(t)) f({ t: 'var', name, loc: t.loc });
      break;
    default: forEachOperand(t, walkVars, f, intoClosures); break;
  }
}

function mapVars(t: Term, f: (v: VarTerm) => Term): Term {
  switch (t.t) {
    case 'var': return f(t);
    case 'array': return { ...t, items: t.items.map((x) => mapVars(x, f)) };
    case 'set': return { ...t, items: t.items.map((x) => mapVars(x, f)) };
    case 'object': return { ...t, items: t.items.map(([k, v]) => [k, mapVars(v, f)] as [Term, Term]) };
    default: return t;
  }
}

export function varsOf(t: Term, out = new Set<string>()): Set<string> {
  collectVars(t, out, false);
  return out;
}
const GLOBAL = new Set(['data', 'input']);

/** walkVars adding the names other than `data` and `input` to `out` (no callback per variable). */
function collectVars(t: Term, out: Set<string>, intoClosures: boolean) {
  switch (t.t) {
    case 'var': if (!GLOBAL.has(t.name)) out.add(t.name); break;
    case 'arraycompr': case 'setcompr': case 'objectcompr':
      if (intoClosures) for (const name of closureVars(t)) if (!GLOBAL.has(name)) out.add(name);
      break;
    default: forEachOperand(t, collectVars, out, intoClosures); break;
  }
}

/** All variables used anywhere in a closure (comprehension / every body), minus nothing: callers intersect. */
function closureVars(t: Term): Set<string> {
  const out = new Set<string>();
  const addBody = (b: Expr[]) => b.forEach((e) => exprVars(e, out, true));
  if (t.t === 'arraycompr' || t.t === 'setcompr') { addBody(t.body); walkVars(t.term, (v) => out.add(v.name), true); }
  if (t.t === 'objectcompr') { addBody(t.body); walkVars(t.key, (v) => out.add(v.name), true); walkVars(t.value, (v) => out.add(v.name), true); }
  return out;
}

function exprVars(e: Expr, out: Set<string>, intoClosures: boolean) {
  for (const w of e.with) collectVars(w.value, out, intoClosures);
  switch (e.e) {
    case 'term': collectVars(e.term, out, intoClosures); break;
    case 'some': break;
    case 'somein': if (e.key) collectVars(e.key, out, intoClosures); collectVars(e.value, out, intoClosures); collectVars(e.domain, out, intoClosures); break;
    case 'every':
      collectVars(e.domain, out, intoClosures);
      if (intoClosures) {
        if (e.key) collectVars(e.key, out, true);
        collectVars(e.value, out, true);
        for (const x of e.body) exprVars(x, out, true);
      }
      break;
    case 'or': if (intoClosures) for (const b of e.branches) for (const x of b) exprVars(x, out, true); break;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// safety: order each body so every variable is bound before it is needed

/** What an expression needs bound first, what it binds, and all its variables outside closures. */
interface Need { needs: Set<string>; outputs: Set<string>; all: Set<string> }

function refOutputs(t: Term, safe: Set<string>, out: Set<string>) {
  switch (t.t) {
    case 'ref':
      refOutputs(t.head, safe, out);
      for (const p of t.path) {
        if (p.t === 'var') { if (!safe.has(p.name)) out.add(p.name); }
        else if (p.t === 'array' || p.t === 'object') varsOf(p, out);
        else refOutputs(p, safe, out);
      }
      break;
    case 'array': case 'set': for (const x of t.items) refOutputs(x, safe, out); break;
    case 'object': for (const [k, v] of t.items) { refOutputs(k, safe, out); refOutputs(v, safe, out); } break;
    case 'call': for (const x of t.args) refOutputs(x, safe, out); break;
    case 'template': for (const p of t.parts) if (typeof p !== 'string') refOutputs(p, safe, out); break;
    default: break;
  }
}

/** Variables a unification `a = b` can bind once the variables in `safe` are bound. */
function unifyOutputs(a: Term, b: Term, safe: Set<string>, out: Set<string>) {
  if (a.t === 'array' && b.t === 'array' && a.items.length === b.items.length) {
    // `[a, b] = [b, 1]`: an element pair may bind what an earlier pair needs, so repeat until nothing changes
    for (let before = -1; before !== out.size;) {
      before = out.size;
      for (let i = 0; i < a.items.length; i++) unifyOutputs(a.items[i], b.items[i], safe, out);
    }
    return;
  }
  if (a.t === 'object' && b.t === 'object' && a.items.length === b.items.length) {
    for (const [k, v] of a.items) {
      const w = b.items.find(([k2]) => sameKeyTerm(k, k2));
      if (w) unifyOutputs(v, w[1], safe, out);
    }
    return;
  }
  refOutputs(a, safe, out);
  refOutputs(b, safe, out);
  const varsA = varsOf(a);
  const varsB = varsOf(b);
  const known = (vs: Set<string>) => { for (const v of vs) if (!safe.has(v) && !out.has(v)) return false; return true; };
  for (let round = 0; round < 2; round++) {
    if (known(varsB)) unifyPatternVars(a, out);
    if (known(varsA)) unifyPatternVars(b, out);
  }
}

/** The variables a pattern binds when its other side is known. */
function unifyPatternVars(t: Term, into: Set<string>) {
  if (t.t === 'var') into.add(t.name);
  else if (t.t === 'array' || t.t === 'set') for (const x of t.items) unifyPatternVars(x, into);
  else if (t.t === 'object') for (const [, v] of t.items) unifyPatternVars(v, into);
}

/** Object pattern keys that denote the same key whatever the bindings: equal scalars or the same variable. */
function sameKeyTerm(a: Term, b: Term): boolean {
  if (a.t === 'scalar' && b.t === 'scalar') return a.value === b.value;
  return a.t === 'var' && b.t === 'var' && a.name === b.name;
}

function analyse(e: Expr, safe: Set<string>, closureNeeds: (t: Term) => Set<string>, userArity: ReadonlyMap<string, number>,
  closures: boolean): Need {
  const all = new Set<string>();
  exprVars(e, all, false);
  const outputs = new Set<string>();
  // without closures, what binds nothing new needs only its own variables: no look at what it could bind
  if (!closures && e.e !== 'or' && subsetOf(all, safe)) return { needs: all, outputs, all };
  const needsClosures = new Set<string>();
  const collectClosures = closures
    ? (t: Term) => { visitClosures(t, (c) => closureNeeds(c).forEach((v) => needsClosures.add(v))); }
    : () => {};
  for (const w of e.with) collectClosures(w.value);
  if (e.negated && e.e !== 'or') {
    if (e.e === 'term') collectClosures(e.term);
    if (e.e === 'every' || e.e === 'somein') collectClosures(e.domain);
    return { needs: needsClosures.size ? new Set([...all, ...needsClosures]) : all, outputs, all };
  }
  switch (e.e) {
    case 'term': {
      const t = e.term;
      collectClosures(t);
      if (t.t === 'call' && (t.op === 'eq' || t.op === 'assign')) unifyOutputs(t.args[0], t.args[1], safe, outputs);
      else if (t.t === 'call' && isOutputCall(t, userArity)) {
        t.args.slice(0, -1).forEach((a) => refOutputs(a, safe, outputs));
        varsOf(t.args[t.args.length - 1], outputs);
      } else refOutputs(t, safe, outputs);
      break;
    }
    case 'somein': {
      collectClosures(e.domain);
      refOutputs(e.domain, safe, outputs);
      if (e.key) varsOf(e.key, outputs);
      varsOf(e.value, outputs);
      break;
    }
    case 'every': collectClosures(e.domain); refOutputs(e.domain, safe, outputs); break;
    case 'or': {
      const inner = new Set<string>();
      exprVars(e, inner, true);
      for (const v of inner) if (scopeOf(closureNeeds).has(v)) needsClosures.add(v);
      return { needs: new Set([...needsClosures]), outputs, all };
    }
    default: break;
  }
  const needs = new Set<string>();
  for (const v of all) if (!outputs.has(v)) needs.add(v);
  for (const v of needsClosures) if (!outputs.has(v)) needs.add(v);
  return { needs, outputs, all };
}

const scopeOf = (f: unknown): Set<string> => (f as { scope?: Set<string> }).scope ?? new Set();

function isOutputCall(t: Extract<Term, { t: 'call' }>, userArity: ReadonlyMap<string, number>): boolean {
  if (t.fnRef) return false;
  const a = ARITY[t.op] ?? userArity.get(t.op);
  return a !== undefined && t.args.length === a + 1;
}

function visitClosures(t: Term, f: (c: Term) => void) {
  if (t.t === 'arraycompr' || t.t === 'setcompr' || t.t === 'objectcompr') f(t);
  else forEachOperand(t, visitClosures, f, undefined);
}

/**
 * Reorders `body` given the variables bound before it; recursively orders closures. Throws on unsafe variables.
 * `closures` false: the caller knows the body holds no comprehension.
 */
export function reorder(body: Expr[], outerSafe: Set<string>, loc: Loc, outerVars: Set<string> = new Set(),
  userArity: ReadonlyMap<string, number> = new Map(), closures = true): Expr[] {
  // variables of this scope: those appearing in the body outside closures, plus the enclosing scope's
  // (needed only by closures and by the nested bodies of `every` and `or`)
  const scopeVars = new Set(outerVars);
  if (closures || body.some((e) => e.e === 'every' || e.e === 'or')) {
    for (const e of body) exprVars(e, scopeVars, false);
    outerSafe.forEach((v) => scopeVars.add(v));
  }
  const closureNeeds = Object.assign((c: Term) => {
    const vs = closureVars(c);
    return new Set([...vs].filter((v) => scopeVars.has(v)));
  }, { scope: scopeVars });
  const safe = new Set(outerSafe);
  const remaining = [...body];
  const out: Expr[] = [];
  while (remaining.length) {
    let picked = -1;
    let need: Need | undefined;
    for (let i = 0; i < remaining.length; i++) {
      need = analyse(remaining[i], safe, closureNeeds, userArity, closures);
      if (subsetOf(need.needs, safe)) { picked = i; break; }
    }
    if (picked < 0) {
      const e = remaining[0];
      const { needs } = analyse(e, safe, closureNeeds, userArity, closures);
      // a variable unified with a collection written out (`x := {y: 1}`) is its output, for OPA's unify, even when
      // the collection is unsafe: OPA names the collection's variables, not that one
      const outputs = new Set<string>();
      if (e.e === 'term' && e.term.t === 'call' && (e.term.op === 'assign' || e.term.op === 'eq') && e.term.args.length === 2) {
        const [a, b] = e.term.args;
        const collection = (t: Term) => t.t === 'array' || t.t === 'object' || t.t === 'set';
        if (a.t === 'var' && collection(b)) outputs.add(a.name);
        if (b.t === 'var' && collection(a)) outputs.add(b.name);
      }
      const unsafe = [...needs].filter((v) => !safe.has(v)).sort();
      const bad = unsafe.find((v) => !outputs.has(v)) ?? unsafe[0];
      throw new RegoError('rego_unsafe_var_error', `var ${displayName(bad)} is unsafe`, e.loc);
    }
    const e = remaining.splice(picked, 1)[0];
    need!.outputs.forEach((v) => safe.add(v));
    if (!e.negated) need!.all.forEach((v) => safe.add(v));
    out.push(closures || e.e === 'every' || e.e === 'or' ? orderNested(e, safe, scopeVars, userArity, closures) : e);
  }
  outerSafe.clear();
  safe.forEach((v) => outerSafe.add(v));
  return out;
}

function subsetOf(a: Set<string>, b: Set<string>): boolean {
  for (const v of a) if (!b.has(v)) return false;
  return true;
}

function orderNested(e: Expr, safe: Set<string>, scopeVars: Set<string>, userArity: ReadonlyMap<string, number>, closures: boolean): Expr {
  // a term without closures is kept as it is (no copy)
  const fixAll = (ts: Term[]): Term[] => {
    let out: Term[] | undefined;
    for (let i = 0; i < ts.length; i++) {
      const x = fixTerm(ts[i]);
      if (!out && x !== ts[i]) out = ts.slice(0, i);
      if (out) out.push(x);
    }
    return out ?? ts;
  };
  const fixTerm = (t: Term): Term => {
    switch (t.t) {
      case 'arraycompr': case 'setcompr': {
        const s = new Set(safe);
        const body = reorder(t.body, s, t.loc, scopeVars, userArity, closures);
        return { ...t, body, term: fixTerm(t.term) };
      }
      case 'objectcompr': {
        const s = new Set(safe);
        const body = reorder(t.body, s, t.loc, scopeVars, userArity, closures);
        return { ...t, body, key: fixTerm(t.key), value: fixTerm(t.value) };
      }
      case 'ref': { const head = fixTerm(t.head); const path = fixAll(t.path); return head === t.head && path === t.path ? t : { ...t, head, path }; }
      case 'array': case 'set': { const items = fixAll(t.items); return items === t.items ? t : { ...t, items }; }
      case 'object': {
        let items: [Term, Term][] | undefined;
        for (let i = 0; i < t.items.length; i++) {
          const [k, v] = t.items[i];
          const k2 = fixTerm(k);
          const v2 = fixTerm(v);
          if (!items && (k2 !== k || v2 !== v)) items = t.items.slice(0, i);
          if (items) items.push([k2, v2]);
        }
        return items ? { ...t, items } : t;
      }
      case 'call': { const args = fixAll(t.args); return args === t.args ? t : { ...t, args }; }
      case 'template': {
        const terms = t.parts.filter((p): p is Term => typeof p !== 'string');
        const fixed = fixAll(terms);
        if (fixed === terms) return t;
        let j = 0;
        return { ...t, parts: t.parts.map((p) => (typeof p === 'string' ? p : fixed[j++])) };
      }
      default: return t;
    }
  };
  let withs = e.with;
  for (let i = 0; i < e.with.length; i++) {
    const value = fixTerm(e.with[i].value);
    if (value !== e.with[i].value) { if (withs === e.with) withs = [...e.with]; withs[i] = { ...e.with[i], value }; }
  }
  switch (e.e) {
    case 'term': { const term = fixTerm(e.term); return term === e.term && withs === e.with ? e : { ...e, term, with: withs }; }
    case 'somein': { const domain = fixTerm(e.domain); return domain === e.domain && withs === e.with ? e : { ...e, domain, with: withs }; }
    case 'every': {
      const s = new Set(safe);
      if (e.key) varsOf(e.key, s);
      varsOf(e.value, s);
      return { ...e, domain: fixTerm(e.domain), body: reorder(e.body, s, e.loc, scopeVars, userArity, closures), with: withs };
    }
    case 'or': return { ...e, branches: e.branches.map((b) => reorder(b, new Set(safe), e.loc, scopeVars, userArity, closures)), with: withs };
    default: return e;
  }
}

function checkHeadSafe(r: Rule, bound: Set<string>) {
  const check = (t: Term | undefined) => {
    if (!t) return;
    const outs = new Set<string>();
    refOutputs(t, bound, outs);
    for (const v of varsOf(t)) {
      if (outs.has(v)) continue;
      if (!bound.has(v)) throw new RegoError('rego_unsafe_var_error', `var ${displayName(v)} is unsafe`, r.loc);
    }
  };
  check(r.head.key);
  check(r.head.value);
  r.head.ref.slice(1).forEach(check);
}

/** A variable as it was written (renamed locals keep the name as a suffix; `_` is every wildcard). */
export const displayName = (v: string) => (v.startsWith('__wild') ? '_' : v.replace(/^__local\d+__(?=.)/, ''));

/** Resolves and orders a query against the compiled modules. Top-level `:=` variables keep their names. */
export function compileQuery(body: Expr[], compiled: Compiled, pkg: string[] = []): Expr[] {
  const mod: Module = { file: 'query', package: pkg, packageLoc: body[0].loc, imports: [], rules: [], annotations: [], v0: false };
  const r = new Resolver(mod, new Set(), compiled.arity, true);
  const resolved = r.resolveQuery(body);
  return hoistNegated(reorder(resolved, new Set(), body[0].loc, new Set(), compiled.arity), fresh, true);
}
