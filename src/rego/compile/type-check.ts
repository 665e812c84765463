// OPA's type checker (ast/check.go) on resolved bodies: the types of terms are inferred (literals, variables bound by
// `:=`/`=`/`some .. in`/iteration, refs into arrays, objects and sets of known shape, builtin results from their
// declared result types, comprehensions, the values of rules and functions of `data`) and every builtin call is checked
// against its declaration, every ref against the shape of what it selects from, and the two sides of a unification
// against each other. What cannot be known (input and base data without a JSON Schema, a variable bound by a pattern) is
// `any`, which unifies with everything, so only what OPA rejects is rejected. With schemas (schema-scope.ts), `input`
// and annotated paths of `data` have the types their schemas give.
import type { Term, Expr, Rule, RefTerm } from '../syntax/ast.ts';
import { RegoError } from '../errors.ts';
import { DECLARATIONS } from '../builtins/declarations/capabilities.ts';
import { signature, result } from '../builtins/declarations/declarations.ts';
import { RFloat, toRegoText, type Value } from '../value/value.ts';
import { forEachOperand } from '../syntax/module-terms.ts';
import { ANY, BOOLEAN, NULL, NUMBER, STRING, fromDecl, or, selectIndex, selectKey, unifies, type T } from './type-unify.ts';
import type { TreeNode } from './rule-tree.ts';
import { displayName } from './compiler.ts';
import type { SchemaScopes, RuleSchemas } from './schema-scope.ts';

type Env = Map<string, T>;
type Obj = Extract<T, { k: 'object' }>;

const ORDER = ['any', 'null', 'boolean', 'number', 'string', 'array', 'object', 'set'];

/** A type as OPA prints it (`array<number>`, `set[string]`, `object<a: number>`, `any<number, string>`). */
export function typeText(t: T): string {
  switch (t.k) {
    case 'any': return t.of.length ? `any<${[...t.of].sort((a, b) => ORDER.indexOf(a.k) - ORDER.indexOf(b.k)).map(typeText).join(', ')}>` : 'any';
    case 'array': {
      const s = t.static.length ? `<${t.static.map(typeText).join(', ')}>` : '';
      return `array${s}${t.dynamic ? `[${typeText(t.dynamic)}]` : s ? '' : '[any]'}`;
    }
    case 'set': return `set[${typeText(t.of)}]`;
    case 'object': {
      const s = t.static.size ? `<${[...t.static].map(([k, v]) => `${keyText(k)}: ${typeText(v)}`).join(', ')}>` : '';
      return `object${s}${t.dynamic ? `[${typeText(t.dynamic.key)}: ${typeText(t.dynamic.value)}]` : ''}`;
    }
    default: return t.k;
  }
}

const keyJSON = (v: Value) => (typeof v === 'bigint' ? String(v) : JSON.stringify(v));
const keyText = (json: string) => { const v = JSON.parse(json) as unknown; return typeof v === 'string' ? v : json; };

const scalarType = (v: Value): T => {
  switch (typeof v) {
    case 'string': return STRING;
    case 'number': case 'bigint': return NUMBER;
    case 'boolean': return BOOLEAN;
    default: return v === null ? NULL : v instanceof RFloat ? NUMBER : ANY;
  }
};

/** The element type an iteration over `t` binds (`x := t[_]`, `some x in t`) and the key type. */
function elements(t: T): { key: T; value: T } {
  switch (t.k) {
    case 'array': return { key: NUMBER, value: or([...t.static, ...(t.dynamic ? [t.dynamic] : [])].filter(Boolean)) };
    case 'set': return { key: t.of, value: t.of };
    case 'object': {
      const keys = [...t.static.keys()].map((k) => scalarType(JSON.parse(k) as Value));
      const values = [...t.static.values()];
      if (t.dynamic) { keys.push(t.dynamic.key); values.push(t.dynamic.value); }
      return { key: keys.length ? or(keys) : ANY, value: values.length ? or(values) : ANY };
    }
    default: return { key: ANY, value: ANY };
  }
}

function refText(r: RefTerm): string {
  const head = r.head.t === 'var' ? displayName(r.head.name) : '__localq__';
  return head + r.path.map((p) =>
    p.t === 'scalar' && typeof p.value === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(p.value) ? `.${p.value}`
      : `[${p.t === 'scalar' ? toRegoText(p.value) : p.t === 'var' ? displayName(p.name) : '...'}]`).join('');
}

/** A builtin's argument and result types, converted from its declaration once per process (types are never mutated). */
const declTypes = new Map<string, { want: T[]; res: T }>();
function builtinTypes(op: string, d: (typeof DECLARATIONS)[string]): { want: T[]; res: T } {
  let r = declTypes.get(op);
  if (!r) { r = { want: d.args!.map((a) => fromDecl(a)), res: d.result ? fromDecl(d.result) : ANY }; declTypes.set(op, r); }
  return r;
}

const checkers = new WeakMap<TreeNode, TypeChecker>();

/** The checker of a compiled rule tree: the types of its rules are inferred once, for every query compiled on it.
 * With `schemas` (given when the tree is first checked), refs into `input` and `data` are typed by JSON Schemas. */
export function typeCheckerOf(root: TreeNode, schemas?: SchemaScopes): TypeChecker {
  let c = checkers.get(root);
  if (!c) { c = new TypeChecker(root, schemas); checkers.set(root, c); }
  return c;
}

/** Whether `t` has a variable not bound yet (OPA's types.Nil of its type): such a side is matched, not compared. */
function unbound(t: Term, env: Env): boolean {
  switch (t.t) {
    case 'var': return !env.has(t.name) && t.name !== 'input' && t.name !== 'data';
    case 'array': case 'set': return t.items.some((x) => unbound(x, env));
    case 'object': return t.items.some(([k, v]) => unbound(k, env) || unbound(v, env));
    case 'ref': return t.head.t === 'var' && t.head.name !== 'input' && t.head.name !== 'data' && !env.has(t.head.name);
    default: return false;
  }
}

/** The variables of `t` outside closures that have no type yet become `any`. */
function bindAny(t: Term, env: Env): void {
  if (t.t === 'var') { if (!env.has(t.name)) env.set(t.name, ANY); }
  else if (t.t !== 'arraycompr' && t.t !== 'setcompr' && t.t !== 'objectcompr') forEachOperand(t, bindAny, env, undefined);
}

export class TypeChecker {
  private ruleTypes = new Map<TreeNode, T>();
  private inProgress = new Set<TreeNode>();
  /** A function's parameter types, as its bodies narrow them (a parameter passed to `count` is a collection). */
  private fnParams = new Map<TreeNode, T[]>();
  /** The schemas of the rule being checked (undefined: only the global input schema, if any). */
  private scope?: RuleSchemas;
  /** In a query `==` stays a comparison; OPA rewrites it into a unification only in modules (RewriteEquals). */
  private query = false;

  constructor(private root: TreeNode, private schemas?: SchemaScopes) {}

  /** Checks every rule under `node` (and their else chains). */
  checkTree(node: TreeNode = this.root) {
    if (node.hasRules || node.isFunction) this.nodeType(node);
    for (const c of node.children.values()) this.checkTree(c);
  }

  /** Checks a query (compiled): its refs into `input` see the global input schema, not a rule's annotations. */
  checkQuery(body: Expr[]): Env {
    this.query = true;
    try { return this.checkBody(body); } finally { this.query = false; }
  }

  /** Checks a body (compiled). */
  checkBody(body: Expr[], env: Env = new Map()): Env {
    for (const e of body) this.expr(e, env);
    return env;
  }

  private nodeType(node: TreeNode): T {
    const known = this.ruleTypes.get(node);
    if (known) return known;
    if (this.inProgress.has(node)) return ANY;
    this.inProgress.add(node);
    const types: T[] = [];
    for (const r of [...node.defaults, ...node.complete]) types.push(...this.ruleValues(r, (h, env) => (h.value ? this.type(h.value, env) : BOOLEAN)));
    const keys: T[] = [];
    for (const r of node.setRules) keys.push(...this.ruleValues(r, (h, env) => this.type(h.key!, env)));
    const dyn: { key: T; value: T }[] = [];
    for (const d of node.dynamic) {
      for (const v of this.ruleValues(d.rule, (h, env) => (h.key && !h.value ? this.type(h.key, env) : h.value ? this.type(h.value, env) : BOOLEAN))) {
        dyn.push({ key: d.suffix.length === 1 ? this.type(d.suffix[0], new Map()) : ANY, value: d.suffix.length === 1 ? v : ANY });
      }
    }
    const fnResults: T[] = [];
    const params: T[][] = [];
    for (const r of node.functions) {
      fnResults.push(...this.ruleValues(r, (h, env) => {
        const value: T = h.value ? this.type(h.value, env) : BOOLEAN;
        params.push((h.args ?? []).map((a) => this.type(a, env)));
        return value;
      }));
    }
    if (params.length) this.fnParams.set(node, params[0].map((_, i) => or(params.map((p) => p[i] ?? ANY))));
    this.inProgress.delete(node);
    let t: T;
    const kinds = [types.length, keys.length, dyn.length].filter((n) => n > 0).length;
    if (node.functions.length) t = fnResults.length ? or(fnResults) : ANY;
    else if (node.children.size || kinds !== 1) t = ANY;
    else if (types.length) t = or(types);
    else if (keys.length) t = { k: 'set', of: or(keys) };
    else t = { k: 'object', static: new Map(), dynamic: { key: or(dyn.map((d) => d.key)), value: or(dyn.map((d) => d.value)) } };
    this.ruleTypes.set(node, t);
    return t;
  }

  /** Checks a rule's body and each else's, and gives the type of each one's value. */
  private ruleValues(r: Rule, value: (h: Rule['head'], env: Env) => T): T[] {
    const out: T[] = [];
    const scope = this.scope;
    const query = this.query;
    this.query = false;
    try {
      for (let cur: Rule | undefined = r; cur; cur = cur.else) {
        // an else is a rule of its own to OPA: the annotations of the rule it follows are not its
        if (this.schemas) this.scope = this.schemas.forRule(cur);
        const env = this.checkBody(cur.body);
        out.push(value(cur.head, env));
      }
    } finally {
      this.scope = scope;
      this.query = query;
    }
    return out;
  }

  private expr(e: Expr, env: Env) {
    // as OPA's, the checker sees through `with`: a call is checked against the function it names, even mocked
    for (const w of e.with) this.type(w.value, env);
    switch (e.e) {
      case 'term': {
        const t = e.term;
        // `==` too in modules: OPA rewrites an equality there into a unification (RewriteEquals) before checking types
        if (t.t === 'call' && (t.op === 'assign' || t.op === 'eq' || (t.op === 'equal' && !this.query)) && t.args.length === 2) {
          const a = t.args[0];
          const b = t.args[1];
          const nilA = unbound(a, env);
          const nilB = unbound(b, env);
          const ta = this.type(a, env);
          const tb = this.type(b, env);
          // OPA's unify2: an unbound side takes the other's type, part by part; two bound sides must unify
          const ok = nilA && !nilB ? this.match(a, tb, env) : nilB && !nilA ? this.match(b, ta, env) : nilA || (unifies(ta, tb) && unifies(tb, ta));
          if (!ok) throw new RegoError('rego_type_error', `match error\n\tleft  : ${typeText(ta)}\n\tright : ${typeText(tb)}`, e.loc);
          // variables of a pattern on both sides (`[a, b] = [c, d]`) are bound, of a type not followed here
          bindAny(a, env);
          bindAny(b, env);
          return;
        }
        this.type(t, env);
        return;
      }
      case 'somein': {
        const d = elements(this.type(e.domain, env));
        if (e.key?.t === 'var' && !env.has(e.key.name)) env.set(e.key.name, d.key);
        if (e.value.t === 'var' && !env.has(e.value.name)) env.set(e.value.name, d.value);
        return;
      }
      case 'every': {
        // as OPA's checker: the key and value take no type from the domain, only from their uses in the body
        this.type(e.domain, env);
        const inner = new Map(env);
        if (e.key?.t === 'var') inner.delete(e.key.name);
        if (e.value.t === 'var') inner.delete(e.value.name);
        this.checkBody(e.body, inner);
        return;
      }
      case 'or': for (const b of e.branches) this.checkBody(b, new Map(env)); return;
      default: return;
    }
  }

  /** OPA's unify1: a term with unbound variables against a type; the variables take the parts' types. */
  private match(term: Term, t: T, env: Env): boolean {
    if (t.k === 'any' && t.of.length && (term.t === 'array' || term.t === 'object')) return t.of.some((alt) => this.match(term, alt, new Map(env)));
    switch (term.t) {
      case 'var': if (!env.has(term.name)) env.set(term.name, t); return true;
      case 'array':
        if (t.k === 'any') return true;
        if (t.k !== 'array' || (term.items.length !== t.static.length && !t.dynamic)) return false;
        return term.items.every((x, i) => this.match(x, selectIndex(t, i) ?? ANY, env));
      case 'object':
        if (t.k === 'any') return true;
        if (t.k !== 'object' || (term.items.length !== t.static.size && !t.dynamic)) return false;
        return term.items.every(([k, v]) => {
          if (k.t !== 'scalar') return this.match(v, ANY, env);
          const child = selectKey(t as Obj, keyJSON(k.value));
          return child !== undefined && this.match(v, child, env);
        });
      default: return unbound(term, env) || unifies(this.type(term, env), t);
    }
  }

  /** The type of a term, checking the calls and refs in it. */
  type(t: Term, env: Env): T {
    switch (t.t) {
      case 'scalar': return scalarType(t.value);
      case 'var': return env.get(t.name) ?? (t.name === 'input' && this.schemas ? this.inputType() : undefined) ?? ANY;
      case 'template': for (const p of t.parts) if (typeof p !== 'string') this.type(p, env); return STRING;
      case 'array': return { k: 'array', static: t.items.map((x) => this.type(x, env)) };
      case 'set': return { k: 'set', of: t.items.length ? or(t.items.map((x) => this.type(x, env))) : ANY };
      case 'object': {
        const stat = new Map<string, T>();
        const dyn: { key: T; value: T }[] = [];
        for (const [k, v] of t.items) {
          if (k.t === 'scalar') stat.set(keyJSON(k.value), this.type(v, env));
          else dyn.push({ key: this.type(k, env), value: this.type(v, env) });
        }
        return { k: 'object', static: stat, dynamic: dyn.length ? { key: or(dyn.map((d) => d.key)), value: or(dyn.map((d) => d.value)) } : undefined };
      }
      case 'arraycompr': { const inner = this.checkBody(t.body, new Map(env)); return { k: 'array', static: [], dynamic: this.type(t.term, inner) }; }
      case 'setcompr': { const inner = this.checkBody(t.body, new Map(env)); return { k: 'set', of: this.type(t.term, inner) }; }
      case 'objectcompr': {
        const inner = this.checkBody(t.body, new Map(env));
        return { k: 'object', static: new Map(), dynamic: { key: this.type(t.key, inner), value: this.type(t.value, inner) } };
      }
      case 'ref': return this.ref(t, env);
      case 'call': return this.call(t, env);
    }
  }

  private call(t: Extract<Term, { t: 'call' }>, env: Env): T {
    const args: T[] = [];
    for (let i = 0; i < t.args.length; i++) args.push(this.type(t.args[i], env));
    if (t.fnRef) return ANY;
    if (t.op.startsWith('data.')) {
      const node = this.root.find(t.op.split('.').slice(1));
      if (!node?.isFunction) return ANY;
      const res = this.nodeType(node);
      const want = this.fnParams.get(node);
      if (want) this.checkArgs(t, args, want, () => [...want, res].map(typeText).join(', '));
      return res;
    }
    const d = DECLARATIONS[t.op];
    if (!d || d.variadic || !d.args) return ANY;
    const { want, res } = builtinTypes(t.op, d);
    this.checkArgs(t, args, want, () => [signature(t.op), result(t.op)].filter(Boolean).join(', '));
    // a variable of no type yet (a function's parameter) gets the type the builtin accepts, as in OPA's checker
    for (let i = 0; i < want.length; i++) {
      const a = t.args[i];
      if (a.t === 'var' && !env.has(a.name)) env.set(a.name, want[i]);
    }
    // the output operand of a call written as a relation (`count(x, n)`) gets the result's type
    const out = t.args[want.length];
    if (out?.t === 'var' && !env.has(out.name)) env.set(out.name, res);
    return res;
  }

  /** The arguments' types `args` (those beyond `want` are outputs, not checked) against the declared ones. */
  private checkArgs(t: Extract<Term, { t: 'call' }>, args: T[], want: T[], sig: () => string) {
    const n = Math.min(args.length, want.length);
    let ok = true;
    for (let i = 0; ok && i < n; i++) ok = unifies(args[i], want[i]) && this.fits(t.args[i], want[i], args[i]);
    if (ok) return;
    const have = [...args.slice(0, n).map(typeText), '???'].join(', ');
    throw new RegoError('rego_type_error', `${t.op}: invalid argument(s)\n\thave: (${have})\n\twant: (${sig()})`, t.loc);
  }

  /** A collection written out fits a declared type element by element (OPA's unify1), not as the union of its
   * elements: `{[1], {"x": 1}}` is no set of paths although one of its elements is. */
  private fits(term: Term, want: T, type: T): boolean {
    if (term.t !== 'set' && term.t !== 'array' && term.t !== 'object') return true;
    const candidates = want.k === 'any' ? want.of : [want];
    if (!candidates.length) return true;
    return candidates.some((c) => {
      if (!unifies(type, c)) return false;
      const items = (term.t === 'object' ? term.items.map(([, v]) => v) : term.items);
      const itemTypes = type.k === 'set' || type.k === 'array' || type.k === 'object' ? items.map((x) => this.type(x, new Map())) : [];
      if (term.t === 'set' && c.k === 'set') return items.every((x, i) => unifies(itemTypes[i], c.of) && this.fits(x, c.of, itemTypes[i]));
      return true;
    });
  }

  private ref(r: RefTerm, env: Env): T {
    let cur: T;
    let start = 0;
    if (r.head.t === 'var' && r.head.name === 'data') {
      // the longest prefix of static keys that names rules; base data and what lies beside rules are `any`
      let node: TreeNode | undefined = this.root;
      let i = 0;
      for (; i < r.path.length; i++) {
        const p = r.path[i];
        if (p.t !== 'scalar' || typeof p.value !== 'string') break;
        const next: TreeNode | undefined = node.children.get(p.value);
        if (!next) break;
        node = next;
        if (node.hasRules && !node.children.size) { i++; break; }
      }
      for (const p of r.path) if (p.t !== 'scalar') this.type(p, env);
      const annotated = this.scope?.data.length && !(node.hasRules || node.isFunction) ? this.dataSchema(r) : undefined;
      if (annotated) [cur, start] = annotated;
      else if (!node.hasRules || node.children.size || node.isFunction) return ANY;
      else { cur = this.nodeType(node); start = i; }
    } else if (r.head.t === 'var' && r.head.name === 'input' && this.inputType()) {
      cur = this.inputType()!;
    } else if (r.head.t === 'var' && (r.head.name === 'input' || !env.has(r.head.name))) {
      // a scalar key's type is known without a look
      for (const p of r.path) if (p.t !== 'scalar') this.type(p, env);
      return ANY;
    } else {
      cur = this.type(r.head, env);
    }
    for (let i = start; i < r.path.length; i++) {
      const p = r.path[i];
      const key = p.t === 'var' && !env.has(p.name) ? undefined : this.type(p, env);
      if (cur.k === 'any' && !cur.of.length) {
        for (const q of r.path.slice(i + 1)) if (!(q.t === 'var' && !env.has(q.name))) this.type(q, env);
        return ANY;
      }
      cur = this.select(r, i, cur, p, key, env);
    }
    return cur;
  }

  private inputType(): T | undefined {
    return this.schemas && !this.query && this.scope ? this.scope.input : this.schemas?.input;
  }

  /** The type an annotation gives the longest annotated prefix of a ref into `data`, and the prefix's length. */
  private dataSchema(r: RefTerm): [T, number] | undefined {
    let best: { path: string[]; type: T } | undefined;
    for (const d of this.scope!.data) {
      if (d.path.length > r.path.length || (best && best.path.length >= d.path.length)) continue;
      if (d.path.every((k, i) => { const p = r.path[i]; return p.t === 'scalar' && p.value === k; })) best = d;
    }
    return best && [best.type, best.path.length];
  }

  /** The type selected from `cur` by the ref's i-th key, or OPA's "undefined ref" error. */
  private select(r: RefTerm, i: number, cur: T, p: Term, key: T | undefined, env: Env): T {
    // OPA places the error at the ref (its head), whichever key fails
    const fail = (detail: string): never => {
      const text = refText(r);
      throw new RegoError('rego_type_error', `undefined ref: ${text}\n\t${text}\n\t${detail}`, r.loc);
    };
    if (cur.k === 'null' || cur.k === 'boolean' || cur.k === 'number' || cur.k === 'string') return fail(`have: ${typeText(cur)}`);
    if (cur.k === 'any') {
      if (!cur.of.length) return ANY;
      // a union: what the key selects from any of its alternatives (OPA's types.Select), an error if from none
      const hits: T[] = [];
      for (const alt of cur.of) {
        try { hits.push(this.select(r, i, alt, p, key, env)); } catch (e) { if (!(e instanceof RegoError)) throw e; }
      }
      return hits.length ? or(hits) : fail(`have: ${typeText(cur)}`);
    }
    // the union of all elements is built only where a key selects no one element
    const all = () => elements(cur);
    if (key === undefined) {
      const e = all();
      if (p.t === 'var') env.set(p.name, e.key);
      return e.value;
    }
    if (cur.k === 'array') {
      if (p.t === 'scalar') {
        if (typeof p.value === 'bigint') return all().value;
        if (typeof p.value !== 'number' || !Number.isInteger(p.value)) return fail(`have: ${toRegoText(p.value)}\n\twant (type): number`);
        if (!cur.dynamic && (p.value < 0 || p.value >= cur.static.length)) return fail(`have: ${p.value}\n\twant (type): number`);
        return selectIndex(cur, p.value) ?? all().value;
      }
      if (!unifies(key, NUMBER)) return fail(`have (type): ${typeText(key)}\n\twant (type): number`);
      return all().value;
    }
    if (cur.k === 'object') {
      if (p.t === 'scalar') {
        const hit = selectKey(cur as Obj, keyJSON(p.value));
        if (hit) return hit;
        if (!cur.dynamic) return fail(`have: ${toRegoText(p.value)}\n\twant (one of): [${[...cur.static.keys()].map(keyText).map((k) => JSON.stringify(k)).join(' ')}]`);
      }
      return all().value;
    }
    return all().value;
  }
}
