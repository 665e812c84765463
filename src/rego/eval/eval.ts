// The evaluator: top-down, continuation-passing, with backtracking. Every `eval*` function calls its continuation
// once per solution; a continuation returns true to stop the search (used by `not`, every and first-solution cases),
// and that `true` propagates back out. Around it, by concern: context.ts (what `with` replaces), document-cache.ts,
// with.ts, documents.ts (reading documents, walk), unification.ts, calls.ts (builtins and functions), terms.ts (what
// unification asks of terms), print.ts, metadata.ts.
import type { Term, Expr, Rule } from '../syntax/ast.ts';
import { type Compiled, TreeNode } from '../compile/rule-tree.ts';
import { RegoError, type Loc } from '../errors.ts';
import { type Value, RSet, RObject, equal, toRegoText } from '../value/value.ts';
import type { BuiltinContext } from '../builtins/types.ts';
import { type Ctx, type Frame, type K, type KV } from './context.ts';
import { DocumentCache } from './document-cache.ts';
import { withContext, isPrefix, sameArr, setIn } from './with.ts';
import { forEachChild, index, baseIndex, childObj } from './documents.ts';
import { isGround, objectInsertOrder, isConstTerm } from './terms.ts';
import { Calls, TRUE_TERM } from './calls.ts';


export interface EvalOptions {
  strict?: boolean;
  print?: (line: string) => void;
  /** Evaluation steps before the query fails with eval_budget_error. */
  maxSteps?: number;
  /** Milliseconds before the query fails with eval_cancel_error. */
  timeoutMs?: number;
  nowNs?: bigint;
  random?: () => number;
  allowNet?: boolean;
  env?: Record<string, string>;
}

export class Evaluator extends Calls {
  protected ctx: Ctx;
  private steps = 0;
  private readonly maxSteps: number;
  private readonly deadline: number;
  readonly errors: RegoError[] = [];
  protected readonly bctx: BuiltinContext;
  protected ruleStack: Rule[] = [];

  constructor(protected compiled: Compiled, data: Value, input: Value | undefined, protected opts: EvalOptions = {}) {
    super();
    this.ctx = { input, data, overrides: [], fnOverrides: new Map(), cache: new DocumentCache() };
    this.maxSteps = opts.maxSteps ?? 50_000_000;
    this.deadline = Date.now() + (opts.timeoutMs ?? 60_000);
    const now = opts.nowNs ?? BigInt(Date.now()) * 1_000_000n;
    this.bctx = {
      strict: !!opts.strict, print: opts.print ?? (() => {}), nowNs: () => now, random: opts.random ?? Math.random,
      allowNet: !!opts.allowNet, env: opts.env, cache: new Map(),
    };
  }

  // -- bodies and expressions -------------------------------------------------------------------------------------
  evalBody(body: Expr[], i: number, f: Frame, k: K): boolean {
    if (i === body.length) return k();
    if (++this.steps % 10000 === 0) this.checkBudget(body[i].loc);
    return this.evalExpr(body[i], f, () => this.evalBody(body, i + 1, f, k));
  }

  private checkBudget(loc: Loc) {
    if (this.steps > this.maxSteps) throw new RegoError('eval_budget_error', `evaluation exceeded ${this.maxSteps} steps`, loc);
    if (Date.now() > this.deadline) throw new RegoError('eval_cancel_error', 'evaluation exceeded its time budget', loc);
  }

  private evalExpr(e: Expr, f: Frame, k: K): boolean {
    if (e.with.length) return this.evalWith(e, f, k);
    if (e.negated) {
      let found = false;
      this.evalExprPlain(e, f, () => (found = true));
      return found ? false : k();
    }
    return this.evalExprPlain(e, f, k);
  }

  private evalExprPlain(e: Expr, f: Frame, k: K): boolean {
    switch (e.e) {
      case 'some': return k();
      case 'somein':
        return this.evalTerm(e.domain, f, (coll) => forEachChild(coll, (key, val) =>
          e.key ? this.unifyVal(e.key, key, f, () => this.unifyVal(e.value, val, f, k)) : this.unifyVal(e.value, val, f, k)));
      case 'every': {
        let ok = true;
        let defined = false;
        this.evalTerm(e.domain, f, (coll) => {
          defined = Array.isArray(coll) || coll instanceof RObject || coll instanceof RSet;
          if (!defined) return true;
          forEachChild(coll, (key, val) => {
            let found = false;
            const run = () => this.evalBody(e.body, 0, f, () => (found = true));
            if (e.key) this.unifyVal(e.key, key, f, () => this.unifyVal(e.value, val, f, run));
            else this.unifyVal(e.value, val, f, run);
            if (!found) { ok = false; return true; }
            return false;
          });
          return true;
        });
        return ok && defined ? k() : false;
      }
      case 'or': {
        for (const b of e.branches) {
          let found = false;
          this.evalBody(b, 0, f, () => (found = true));
          if (found) return k();
        }
        return false;
      }
      case 'term': {
        const t = e.term;
        if (t.t === 'call' && (t.op === 'eq' || t.op === 'assign')) return this.unify(t.args[0], t.args[1], f, k);
        return this.evalTerm(t, f, (v) => (v === false ? false : k()));
      }
    }
  }

  // -- with -------------------------------------------------------------------------------------------------------
  private evalWith(e: Expr, f: Frame, k: K): boolean {
    const vals: Value[] = [];
    const collect = (i: number): boolean => {
      if (i === e.with.length) return this.applyWith(e, vals, f, k);
      const w = e.with[i];
      if (w.value.t === 'call' && w.value.fnRef) {
        vals.push({ fn: w.value.op } as unknown as Value); const r = collect(i + 1); vals.pop(); return r;
      }
      return this.evalTerm(w.value, f, (v) => { vals.push(v); const r = collect(i + 1); vals.pop(); return r; });
    };
    return collect(0);
  }

  private applyWith(e: Expr, vals: Value[], f: Frame, k: K): boolean {
    const old = this.ctx;
    const next = withContext(old, e, vals);
    const withOld = () => { this.ctx = old; try { return k(); } finally { this.ctx = next; } };
    this.ctx = next;
    try {
      const inner: Expr = { ...e, with: [] };
      return this.evalExpr(inner, f, withOld);
    } finally {
      this.ctx = old;
    }
  }

  // -- terms --------------------------------------------------------------------------------------------------------
  evalTerm(t: Term, f: Frame, k: KV): boolean {
    switch (t.t) {
      case 'scalar': return k(t.value);
      case 'var': {
        const v = f.get(t.name);
        if (v !== undefined) return k(v);
        if (t.name === 'input') return this.ctx.input === undefined ? false : k(this.ctx.input);
        if (t.name === 'data') return this.walkData(this.compiled.root, this.ctx.data, [], 0, f, k);
        throw new RegoError('rego_unsafe_var_error', `var ${t.name} is unsafe`, t.loc);
      }
      case 'ref': return this.evalRef(t, f, k);
      case 'array': return this.evalArgs(t.items, f, (vs) => k(vs));
      case 'set': return this.evalArgs(t.items, f, (vs) => k(new RSet(vs)));
      case 'object': {
        const flat: Term[] = [];
        for (const [a, b] of t.items) flat.push(a, b);
        const order = objectInsertOrder(t);
        return this.evalArgs(flat, f, (vs) => {
          // as OPA: a repeated key keeps the value inserted last, in OPA's order of the key terms
          const o = new RObject();
          for (const i of order) o.set(vs[2 * i], vs[2 * i + 1]);
          return k(o);
        });
      }
      case 'arraycompr': {
        const out: Value[] = [];
        this.evalBody(t.body, 0, f, () => this.evalTerm(t.term, f, (v) => { out.push(v); return false; }));
        return k(out);
      }
      case 'setcompr': {
        const out = new RSet();
        this.evalBody(t.body, 0, f, () => this.evalTerm(t.term, f, (v) => { out.add(v); return false; }));
        return k(out);
      }
      case 'objectcompr': {
        const out = new RObject();
        this.evalBody(t.body, 0, f, () => this.evalTerm(t.key, f, (kv) => this.evalTerm(t.value, f, (vv) => {
          const prev = out.get(kv);
          if (prev !== undefined && !equal(prev, vv)) throw new RegoError('eval_conflict_error', 'object keys must be unique', t.loc);
          out.set(kv, vv);
          return false;
        })));
        return k(out);
      }
      case 'call': return this.evalCall(t, f, k);
      case 'template': {
        let s = '';
        for (const p of t.parts) {
          if (typeof p === 'string') { s += p; continue; }
          let vals: Value[] = [];
          this.evalTerm(p, f, (v) => { vals.push(v); return false; });
          if (p.t === 'setcompr' && p.template && vals[0] instanceof RSet) vals = vals[0].sorted();
          if (vals.length === 0) s += '<undefined>';
          else {
            const uniq = new RSet(vals);
            if (uniq.size > 1) throw new RegoError('eval_conflict_error', 'template expression produced multiple outputs', p.loc);
            s += typeof vals[0] === 'string' ? vals[0] : toRegoText(vals[0]);
          }
        }
        return k(s);
      }
    }
  }

  /** Evaluates terms left to right, calling k with each combination of values. */
  evalArgs(terms: Term[], f: Frame, k: (vs: Value[]) => boolean): boolean {
    const n = terms.length;
    const out = new Array<Value>(n);
    // fast path: scalars and bound variables
    let simple = true;
    for (let i = 0; i < n; i++) {
      const t = terms[i];
      if (t.t === 'scalar') out[i] = t.value;
      else if (t.t === 'var' && f.has(t.name)) out[i] = f.get(t.name)!;
      else { simple = false; break; }
    }
    if (simple) return k(out);
    const step = (i: number): boolean => {
      // Ground terms bind nothing and have at most one value: evaluated in a loop, so a long array literal of calls
      // or refs does not nest one continuation per element (which overflowed the stack at a few hundred).
      for (; i < n && isGround(terms[i], f); i++) {
        let got = 0;
        this.evalTerm(terms[i], f, (v) => { out[i] = v; return ++got > 1; });
        if (got === 0) return false;
        if (got > 1) break;
      }
      if (i === n) return k(out.slice());
      return this.evalTerm(terms[i], f, (v) => { out[i] = v; return step(i + 1); });
    };
    return step(0);
  }

  // -- references ---------------------------------------------------------------------------------------------------
  private evalRef(t: Extract<Term, { t: 'ref' }>, f: Frame, k: KV): boolean {
    const h = t.head;
    if (h.t === 'var') {
      if (h.name === 'data' && !f.has('data')) return this.walkData(this.compiled.root, this.ctx.data, t.path, 0, f, k);
      if (h.name === 'input' && !f.has('input')) return this.ctx.input === undefined ? false : this.walkValue(this.ctx.input, t.path, 0, f, k);
    }
    return this.evalTerm(h, f, (v) => this.walkValue(v, t.path, 0, f, k));
  }

  /** Follows `path` into a value; under `data`, base documents look keys up with `baseIndex` instead of `index`. */
  private walkValue(v: Value, path: Term[], i: number, f: Frame, k: KV, at: (v: Value, key: Value) => Value | undefined = index): boolean {
    if (i === path.length) return k(v);
    const p = path[i];
    if (isGround(p, f)) {
      return this.evalTerm(p, f, (key) => {
        const c = at(v, key);
        return c === undefined ? false : this.walkValue(c, path, i + 1, f, k, at);
      });
    }
    return forEachChild(v, (key, val) => this.unifyVal(p, key, f, () => this.walkValue(val, path, i + 1, f, k, at)));
  }


  private walkData(node: TreeNode, base: Value | undefined, path: Term[], i: number, f: Frame, k: KV): boolean {
    if (this.ctx.overrides.length) {
      const ov = this.ctx.overrides.find((o) => sameArr(o.path, node.path));
      if (ov) return this.walkValue(ov.value, path, i, f, k);
    }
    if (i === path.length || node.hasRules) {
      const v = this.nodeValue(node, base);
      if (v === undefined) return false;
      return this.walkValue(v, path, i, f, k);
    }
    const p = path[i];
    const step = (key: Value): boolean => {
      if (typeof key === 'string') {
        const child = node.children.get(key);
        if (child) return this.walkData(child, base instanceof RObject ? base.getStr(key) : undefined, path, i + 1, f, k);
      }
      if (this.ctx.overrides.length) {
        const ov = this.ctx.overrides.find((o) => o.path.length > node.path.length && isPrefix(node.path, o.path) && o.path[node.path.length] === key);
        if (ov) {
          const sub = [...node.path, String(key)];
          const exact = this.ctx.overrides.find((o) => sameArr(o.path, sub));
          if (exact) return this.walkValue(exact.value, path, i + 1, f, k);
          const b = base === undefined ? undefined : index(base, key);
          const c = b instanceof RObject ? new RObject(b.entries()) : new RObject();
          for (const o of this.ctx.overrides) if (o.path.length > sub.length && isPrefix(sub, o.path)) setIn(c, o.path.slice(sub.length), o.value);
          return this.walkValue(c, path, i + 1, f, k);
        }
      }
      const c = base === undefined ? undefined : baseIndex(base, key);
      return c === undefined ? false : this.walkValue(c, path, i + 1, f, k, baseIndex);
    };
    if (isGround(p, f)) return this.evalTerm(p, f, step);
    const keys = new RSet();
    for (const name of node.children.keys()) keys.add(name);
    if (base instanceof RObject) for (const [kk] of base.entries()) keys.add(kk);
    for (const o of this.ctx.overrides) if (o.path.length > node.path.length && isPrefix(node.path, o.path)) keys.add(o.path[node.path.length]);
    for (const key of keys.sorted()) {
      if (this.unifyVal(p, key, f, () => step(key))) return true;
    }
    return false;
  }

  /** The value of a data node: rules evaluated, children and base documents merged. Undefined when not defined. */
  private nodeValue(node: TreeNode, base: Value | undefined): Value | undefined {
    return this.ctx.cache.value(node, () => this.computeNode(node, base),
      () => new RegoError('rego_recursion_error', `rule data.${node.path.join('.')} is recursive`, this.ruleLoc(node)));
  }

  private ruleLoc(node: TreeNode): Loc | undefined {
    return (node.complete[0] ?? node.setRules[0] ?? node.dynamic[0]?.rule ?? node.defaults[0])?.loc;
  }

  private computeNode(node: TreeNode, base: Value | undefined): Value | undefined {
    if (node.complete.length || node.defaults.length) return this.evalComplete(node);
    if (node.setRules.length) return this.evalSet(node);
    if (node.isFunction && !node.children.size && !node.dynamic.length) return undefined;
    const o = new RObject();
    if (base instanceof RObject) for (const [kk, vv] of base.entries()) o.set(kk, vv);
    else if (base !== undefined && !node.children.size && !node.dynamic.length) return base;
    for (const [name, child] of node.children) {
      const cb = base instanceof RObject ? base.getStr(name) : undefined;
      const ov = this.ctx.overrides.find((x) => sameArr(x.path, child.path));
      const cv = ov ? ov.value : this.nodeValue(child, cb);
      if (cv !== undefined) o.set(name, cv);
    }
    for (const d of node.dynamicFor(this.ctx.input)) this.evalDynamic(d.rule, d.suffix, o);
    for (const ov of this.ctx.overrides) {
      if (ov.path.length > node.path.length && isPrefix(node.path, ov.path) && !node.children.has(ov.path[node.path.length])) {
        setIn(o, ov.path.slice(node.path.length), ov.value);
      }
    }
    return o;
  }

  private evalComplete(node: TreeNode): Value | undefined {
    let result: Value | undefined;
    for (const rule of node.completeFor(this.ctx.input)) {
      for (let r: Rule | undefined = rule; r; r = r.else) {
        let got = false;
        const rr = r;
        const head = rr.head.value ?? TRUE_TERM;
        const constant = head.t === 'scalar';
        const frame: Frame = new Map();
        this.ruleStack.push(rr);
        try {
          this.evalBody(rr.body, 0, frame, () => this.evalTerm(head, frame, (v) => {
            got = true;
            if (result === undefined) result = v;
            else if (!equal(result, v)) throw new RegoError('eval_conflict_error', 'complete rules must not produce multiple outputs', rr.loc);
            return constant;
          }));
        } finally {
          this.ruleStack.pop();
        }
        if (got) break;
      }
      if (result !== undefined && this.earlyExit(node.complete)) break;
    }
    if (result === undefined && node.defaults.length) {
      const d = node.defaults[0];
      this.evalTerm(d.head.value!, new Map(), (v) => { result = v; return true; });
    }
    return result;
  }

  private readonly earlyExitCache = new WeakMap<Rule[], boolean>();
  /** As OPA: when every rule of a document (or function) has the same constant value and no else branch, the
   * first rule that succeeds decides, and the others are not evaluated (nor their errors raised). */
  protected earlyExit(rules: Rule[]): boolean {
    let ee = this.earlyExitCache.get(rules);
    if (ee === undefined) {
      const values: Value[] = [];
      ee = rules.every((r) => {
        if (r.default) return true;
        const t = r.head.value ?? TRUE_TERM;
        if (r.else || !isConstTerm(t)) return false;
        this.evalTerm(t, new Map(), (v) => { values.push(v); return true; });
        return true;
      }) && values.every((v) => equal(v, values[0]));
      this.earlyExitCache.set(rules, ee);
    }
    return ee;
  }

  private evalSet(node: TreeNode): Value {
    const out = new RSet();
    for (const r of node.setRulesFor(this.ctx.input)) {
      const frame: Frame = new Map();
      this.ruleStack.push(r);
      try {
        this.evalBody(r.body, 0, frame, () => this.evalTerm(r.head.key!, frame, (v) => { out.add(v); return false; }));
      } finally {
        this.ruleStack.pop();
      }
    }
    return out;
  }

  private evalDynamic(r: Rule, suffix: Term[], into: RObject) {
    this.ruleStack.push(r);
    try {
      this.evalDynamicRule(r, suffix, into);
    } finally {
      this.ruleStack.pop();
    }
  }

  private evalDynamicRule(r: Rule, suffix: Term[], into: RObject) {
    const frame: Frame = new Map();
    this.evalBody(r.body, 0, frame, () => this.evalArgs(suffix, frame, (keys) => {
      if (r.head.key) {
        return this.evalTerm(r.head.key, frame, (el) => {
          let o = into;
          for (let i = 0; i < keys.length - 1; i++) o = childObj(o, keys[i], r.loc);
          const last = keys[keys.length - 1];
          let s = o.get(last);
          if (s === undefined) { s = new RSet(); o.set(last, s); }
          if (!(s instanceof RSet)) throw new RegoError('eval_conflict_error', 'object keys must be unique', r.loc);
          s.add(el);
          return false;
        });
      }
      return this.evalTerm(r.head.value ?? TRUE_TERM, frame, (v) => {
        let o = into;
        for (let i = 0; i < keys.length - 1; i++) o = childObj(o, keys[i], r.loc);
        const last = keys[keys.length - 1];
        const prev = o.get(last);
        if (prev !== undefined && !equal(prev, v)) throw new RegoError('eval_conflict_error', 'object keys must be unique', r.loc);
        o.set(last, v);
        return false;
      });
    }));
  }

  // -- queries ------------------------------------------------------------------------------------------------------
  /** All solutions of a compiled query body: bindings of the named (non-generated) variables. */
  query(body: Expr[], vars: string[]): Map<string, Value>[] {
    const out: Map<string, Value>[] = [];
    const frame: Frame = new Map();
    this.evalBody(body, 0, frame, () => {
      const row = new Map<string, Value>();
      for (const v of vars) { const x = frame.get(v); if (x !== undefined) row.set(v, x); }
      out.push(row);
      return false;
    });
    return out;
  }
}

