// Unification of terms with terms and with values, in the evaluator's continuation-passing style: each solution
// binds variables in the frame, calls the continuation, and unbinds them again. What it needs of the evaluator is how to
// evaluate a term and a list of terms (Evaluator extends this class).
import type { Term } from '../syntax/ast.ts';
import { type Value, RObject, equal } from '../value/value.ts';
import type { Frame, K, KV } from './context.ts';
import { isGlobal, isGround } from './terms.ts';

export abstract class Unifier {
  abstract evalTerm(t: Term, f: Frame, k: KV): boolean;
  abstract evalArgs(terms: Term[], f: Frame, k: (vs: Value[]) => boolean): boolean;

  unify(a: Term, b: Term, f: Frame, k: K): boolean {
    if (a.t === 'var' && !f.has(a.name) && !isGlobal(a.name)) return this.evalTerm(b, f, (v) => this.unifyVal(a, v, f, k));
    if (b.t === 'var' && !f.has(b.name) && !isGlobal(b.name)) return this.evalTerm(a, f, (v) => this.unifyVal(b, v, f, k));
    if (a.t === 'array' && b.t === 'array') {
      if (a.items.length !== b.items.length) return false;
      return this.unifyPairs(a.items.map((x, i) => [x, b.items[i]]), f, k);
    }
    if (a.t === 'object' && b.t === 'object') return this.unifyObjects(a, b, f, k);
    if (isGround(a, f)) return this.evalTerm(a, f, (v) => this.unifyVal(b, v, f, k));
    if (isGround(b, f)) return this.evalTerm(b, f, (v) => this.unifyVal(a, v, f, k));
    if (a.t === 'ref' || a.t === 'call') return this.evalTerm(a, f, (v) => this.unifyVal(b, v, f, k));
    return this.evalTerm(b, f, (v) => this.unifyVal(a, v, f, k));
  }

  /** Unifies pairs of terms, each time first a pair with a ground side, so `[a, b] = [b, 1]` binds b, then a. */
  private unifyPairs(pairs: [Term, Term][], f: Frame, k: K): boolean {
    if (!pairs.length) return k();
    let i = pairs.findIndex(([x, y]) => isGround(x, f) || isGround(y, f));
    if (i < 0) i = 0;
    const rest = pairs.filter((_, j) => j !== i);
    return this.unify(pairs[i][0], pairs[i][1], f, () => this.unifyPairs(rest, f, k));
  }

  /** `{k1: a, ...} = {k1: b, ...}`: keys are ground; values unify pairwise, so either side may bind variables. */
  private unifyObjects(a: Extract<Term, { t: 'object' }>, b: Extract<Term, { t: 'object' }>, f: Frame, k: K): boolean {
    if (a.items.length !== b.items.length) return false;
    if (isGround(a, f)) return this.evalTerm(a, f, (va) => this.unifyVal(b, va, f, k));
    if (isGround(b, f)) return this.evalTerm(b, f, (vb) => this.unifyVal(a, vb, f, k));
    const aKeys = a.items.map(([kt]) => kt);
    const bKeys = b.items.map(([kt]) => kt);
    return this.evalArgs(aKeys, f, (ka) => this.evalArgs(bKeys, f, (kb) => {
      const pairs: [Term, Term][] = [];
      for (let i = 0; i < ka.length; i++) {
        const j = kb.findIndex((x) => equal(x, ka[i]));
        if (j < 0) return false;
        pairs.push([a.items[i][1], b.items[j][1]]);
      }
      return this.unifyPairs(pairs, f, k);
    }));
  }

  /** Unifies a term (possibly with unbound variables) with a value. */
  unifyVal(t: Term, v: Value, f: Frame, k: K): boolean {
    switch (t.t) {
      case 'var': {
        const cur = f.get(t.name);
        if (cur !== undefined) return equal(cur, v) ? k() : false;
        if (isGlobal(t.name)) return this.evalTerm(t, f, (x) => (equal(x, v) ? k() : false));
        f.set(t.name, v);
        const r = k();
        f.delete(t.name);
        return r;
      }
      case 'scalar': return equal(t.value, v) ? k() : false;
      case 'array': {
        if (!Array.isArray(v) || v.length !== t.items.length) return false;
        const step = (i: number): boolean => (i === v.length ? k() : this.unifyVal(t.items[i], v[i], f, () => step(i + 1)));
        return step(0);
      }
      case 'object': {
        if (!(v instanceof RObject) || v.size !== t.items.length) return false;
        const step = (i: number): boolean => {
          if (i === t.items.length) return k();
          const [kt, vt] = t.items[i];
          return this.evalTerm(kt, f, (key) => {
            const x = v.get(key);
            return x === undefined ? false : this.unifyVal(vt, x, f, () => step(i + 1));
          });
        };
        return step(0);
      }
      default:
        return this.evalTerm(t, f, (x) => (equal(x, v) ? k() : false));
    }
  }
}
