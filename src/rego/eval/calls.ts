// Calls, in the evaluator's continuation-passing style: builtins (their errors undefined or kept, as strict asks),
// user functions with their else chains and defaults, function mocks of `with`, print and walk. What it needs of the
// evaluator (its state and how to evaluate bodies and terms) is declared here; Evaluator extends this class.
import type { Term, Expr, Rule } from '../syntax/ast.ts';
import type { Compiled, TreeNode } from '../compile/rule-tree.ts';
import { RegoError, type Loc } from '../errors.ts';
import { type Value, RSet, equal } from '../value/value.ts';
import { BUILTINS, isUnloadedBuiltin } from '../builtins/registry.ts';
import { BuiltinError, type BuiltinContext } from '../builtins/types.ts';
import { metadataChain, metadataRule } from './metadata.ts';
import type { Ctx, Frame, K, KV } from './context.ts';
import { DocumentCache } from './document-cache.ts';
import { walkPairs } from './documents.ts';
import { printLines } from './print.ts';
import { isGround, computedArgs } from './terms.ts';
import { ARITY } from '../builtins/declarations/declarations.ts';
import { Unifier } from './unification.ts';
import type { EvalOptions } from './eval.ts';

export const TRUE_TERM: Term = { t: 'scalar', value: true, loc: { file: '', row: 0, col: 0 } };

export abstract class Calls extends Unifier {
  protected abstract ctx: Ctx;
  protected abstract readonly compiled: Compiled;
  protected abstract readonly opts: EvalOptions;
  protected abstract readonly bctx: BuiltinContext;
  protected abstract ruleStack: Rule[];
  abstract readonly errors: RegoError[];
  abstract evalBody(body: Expr[], i: number, f: Frame, k: K): boolean;
  protected abstract earlyExit(rules: Rule[]): boolean;

  protected evalCall(t: Extract<Term, { t: 'call' }>, f: Frame, k: KV): boolean {
    const op = t.op;
    if (op === 'print' || op === 'internal.print') return this.evalPrint(t, f, k);
    if (op === 'walk') return this.evalWalk(t, f, k);
    const fnNode = this.compiled.functions.get(op);
    const arity = fnNode ? fnNode.functions[0].head.args!.length : ARITY[op];
    const hasOut = arity !== undefined && t.args.length === arity + 1;
    const inputs = hasOut ? t.args.slice(0, -1) : t.args;
    return this.evalArgs(inputs, f, (vals) => {
      const r = this.callFunction(op, vals, t.loc);
      if (r === undefined) return false;
      if (hasOut) return this.unifyVal(t.args[t.args.length - 1], r, f, () => k(true));
      return k(r);
    });
  }

  callFunction(op: string, vals: Value[], loc: Loc): Value | undefined {
    const ov = this.ctx.fnOverrides.get(op);
    if (ov) {
      if ('fn' in ov) {
        if (ov.fn !== op) {
          // As OPA: no function mock applies while a mock runs, so the mocked name means the original again and a
          // mock never calls another mock. Rule values computed meanwhile are cached apart from the mocked ones.
          const saved = this.ctx;
          this.ctx = this.unmocked(saved);
          try { return this.callFunctionNoOverride(ov.fn, vals, loc); } finally { this.ctx = saved; }
        }
      } else {
        let out: Value | undefined;
        this.evalTerm(ov, new Map(), (v) => { out = v; return true; });
        return out;
      }
    }
    return this.callFunctionNoOverride(op, vals, loc);
  }

  private readonly unmockedCtx = new WeakMap<Ctx, Ctx>();
  private unmocked(ctx: Ctx): Ctx {
    let u = this.unmockedCtx.get(ctx);
    if (!u) { u = { ...ctx, fnOverrides: new Map(), cache: new DocumentCache() }; this.unmockedCtx.set(ctx, u); }
    return u;
  }

  private callFunctionNoOverride(op: string, vals: Value[], loc: Loc): Value | undefined {
    const node = this.compiled.functions.get(op);
    if (node) return this.callUser(node, vals);
    if (op === 'rego.metadata.chain') return metadataChain(this.ruleStack, this.compiled);
    if (op === 'rego.metadata.rule') return metadataRule(this.ruleStack);
    const fn = BUILTINS[op];
    // a loader that missed a called builtin is our bug, not the policy's
    if (isUnloadedBuiltin(op)) throw new Error(`internal error: builtin ${op} called before its namespace was loaded`);
    if (!fn) {
      // a data reference used as a function: undefined
      throw new RegoError('rego_type_error', `undefined function ${op}`, loc);
    }
    try {
      return fn(vals, this.bctx, loc);
    } catch (e) {
      if (e instanceof RegoError) throw e;
      const code = e instanceof BuiltinError ? e.code : 'eval_builtin_error';
      const err = new RegoError(code, `${op}: ${(e as Error).message}`, loc);
      if (this.opts.strict) this.errors.push(err);
      return undefined;
    }
  }

  private callUser(node: TreeNode, vals: Value[]): Value | undefined {
    let result: Value | undefined;
    const ee = this.earlyExit(node.functions);
    for (const rule of node.functions) {
      if (result !== undefined && ee) break;
      if (rule.default) continue;
      for (let r: Rule | undefined = rule; r; r = r.else) {
        const frame: Frame = new Map();
        const args = r.head.args!;
        if (args.length !== vals.length) break;
        let got = false;
        const head = r.head.value ?? TRUE_TERM;
        const constant = head.t === 'scalar';
        const rr = r;
        this.ruleStack.push(rr);
        try {
          // Arguments that compute a value (`f($"{x}")`, `f(a + 1)`) are compared after the body bound their variables.
          const later = computedArgs(rr).slice();
          const checkLater = (i: number): boolean => (i === args.length
            ? this.evalTerm(head, frame, (v) => {
              got = true;
              if (result === undefined) result = v;
              else if (!equal(result, v)) throw new RegoError('eval_conflict_error', 'functions must not produce multiple outputs for same inputs', rr.loc);
              return constant;
            })
            : later[i] ? this.unifyVal(args[i], vals[i], frame, () => checkLater(i + 1)) : checkLater(i + 1));
          const checkNow = (i: number): boolean => {
            if (i === args.length) return this.evalBody(rr.body, 0, frame, () => checkLater(0));
            if (!later[i] || !isGround(args[i], frame)) return checkNow(i + 1);
            later[i] = false;
            return this.unifyVal(args[i], vals[i], frame, () => checkNow(i + 1));
          };
          const bindArgs = (i: number): boolean => (i === args.length
            ? checkNow(0)
            : later[i] ? bindArgs(i + 1) : this.unifyVal(args[i], vals[i], frame, () => bindArgs(i + 1)));
          bindArgs(0);
        } finally {
          this.ruleStack.pop();
        }
        if (got) break;
      }
    }
    if (result === undefined) {
      const d = node.functions.find((r) => r.default);
      if (d) this.evalTerm(d.head.value!, new Map(), (v) => { result = v; return true; });
    }
    return result;
  }

  /** print(): the lines are print.ts's; they go to the print hook, and the call is true. */
  private evalPrint(t: Extract<Term, { t: 'call' }>, f: Frame, k: KV): boolean {
    const values = t.args.map((a) => {
      const vals = new RSet();
      this.evalTerm(a, f, (v) => { vals.add(v); return false; });
      return vals;
    });
    for (const line of printLines(values)) this.bctx.print(line);
    return k(true);
  }

  private evalWalk(t: Extract<Term, { t: 'call' }>, f: Frame, k: KV): boolean {
    return this.evalTerm(t.args[0], f, (root) => {
      const pairs = walkPairs(root, t.loc);
      // `x := walk(v)`: the call's value is each [path, value] pair
      if (t.args.length < 2) { for (const pair of pairs) if (k(pair)) return true; return false; }
      for (const pair of pairs) if (this.unifyVal(t.args[1], pair, f, () => k(true))) return true;
      return false;
    });
  }
}
