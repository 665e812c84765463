// The Rego AST. Every node carries its source location. Operators are calls (`a + b` is plus(a, b), `x := y` is
// assign(x, y), `x = y` is eq(x, y)) as in OPA.
import type { Value } from '../value/value.ts';
import type { Loc } from '../errors.ts';

export type Term =
  | { t: 'scalar'; value: Value; loc: Loc }
  | { t: 'var'; name: string; loc: Loc }
  | { t: 'ref'; head: Term; path: Term[]; loc: Loc }
  | { t: 'array'; items: Term[]; loc: Loc }
  | { t: 'set'; items: Term[]; loc: Loc }
  | { t: 'object'; items: [Term, Term][]; loc: Loc }
  | { t: 'arraycompr'; term: Term; body: Expr[]; loc: Loc }
  | { t: 'setcompr'; term: Term; body: Expr[]; loc: Loc; /** A template expression's values (see templatePart). */ template?: boolean }
  | { t: 'objectcompr'; key: Term; value: Term; body: Expr[]; loc: Loc }
  | { t: 'call'; op: string; args: Term[]; loc: Loc; /** `with f as g`: g names a function, not a call. */ fnRef?: boolean }
  | { t: 'template'; parts: (string | Term)[]; loc: Loc };

export type VarTerm = Extract<Term, { t: 'var' }>;
export type RefTerm = Extract<Term, { t: 'ref' }>;
export type CallTerm = Extract<Term, { t: 'call' }>;

export interface With { target: Term; value: Term; loc: Loc }

export type Expr =
  | { e: 'term'; term: Term; negated: boolean; with: With[]; loc: Loc }
  | { e: 'some'; vars: VarTerm[]; negated: false; with: With[]; loc: Loc }
  | { e: 'somein'; key?: Term; value: Term; domain: Term; negated: boolean; with: With[]; loc: Loc }
  | { e: 'every'; key?: Term; value: Term; domain: Term; body: Expr[]; negated: boolean; with: With[]; loc: Loc }
  /** `a or b`, `a and b`, `{ body }` groups (experimental logic operators, `not { ... }`): each operand body has its
   * own scope and the whole expression succeeds at most once. */
  | { e: 'or'; branches: Expr[][]; negated: boolean; with: With[]; loc: Loc; group?: boolean };

export interface RuleHead {
  /** The rule's reference: `p`, `a.b[c]` (first element a var, then string scalars / terms). */
  ref: Term[];
  args?: Term[];
  /** Partial set element (`contains`). */
  key?: Term;
  value?: Term;
  assign: boolean;
  loc: Loc;
}

export interface Rule {
  head: RuleHead;
  body: Expr[];
  /** `else` chain: each with its own value (defaults to true) and body. */
  else?: Rule;
  default: boolean;
  loc: Loc;
  module: Module;
  annotations?: Annotation[];
}

export interface Import { path: Term; alias?: string; loc: Loc }

export interface Annotation {
  scope: string;
  data: Record<string, unknown>;
  loc: Loc;
}

export interface Module {
  file: string;
  package: string[];
  packageLoc: Loc;
  imports: Import[];
  rules: Rule[];
  annotations: Annotation[];
  /** The source's comments (the text after `#`), for the module's AST JSON. */
  comments?: { text: string; loc: Loc }[];
  /** Keywords enabled by imports (future.keywords.*, rego.v1) — v1 has them all. */
  v0: boolean;
}

export const scalar = (value: Value, loc: Loc): Term => ({ t: 'scalar', value, loc });
export const varTerm = (name: string, loc: Loc): VarTerm => ({ t: 'var', name, loc });
