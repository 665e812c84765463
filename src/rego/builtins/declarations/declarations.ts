// What the compiler knows of a builtin before any is loaded: one declaration each (capabilities.ts, OPA's own), and
// what follows from it: the arity, the signature and result as OPA prints them in type errors
// (`collection: any<string, array[any], object[any: any], set[any]>`, `n: number`), and the operand types that the
// compile-time check of literal arguments unifies with.
import { DECLARATIONS } from './capabilities.ts';
import type { DeclType, NamedType } from './types.ts';

/** Number of operands of each fixed-arity builtin. A call with one more argument binds the result to that argument
 * (`count(xs, n)`). */
export const ARITY: Record<string, number> = Object.fromEntries(
  Object.entries(DECLARATIONS).filter(([, d]) => !d.variadic).map(([name, d]) => [name, d.args?.length ?? 0]),
);

export const argTypes = (name: string): DeclType[] | undefined => DECLARATIONS[name]?.args;

/** The operands as OPA prints them (`x: string, y: number`); undefined for a name that is no builtin. */
export function signature(name: string): string | undefined {
  const d = DECLARATIONS[name];
  return d && !d.variadic ? (d.args ?? []).map(named).join(', ') : undefined;
}

/** The result as OPA prints it (`y: string`). */
export function result(name: string): string | undefined {
  const r = DECLARATIONS[name]?.result;
  return r && named(r);
}

const named = (t: NamedType) => (t.name ? `${t.name}: ${typeText(t)}` : typeText(t));

/** OPA's text of a type: `any<a, b>`, `array[t]`, `array<a, b>`, `set[t]`, `object[k: v]`, `object<k: v, ...>[k: v]`. */
function typeText(t: DeclType): string {
  switch (t.type) {
    case 'any': return t.of ? `any<${(t.of as DeclType[]).map(typeText).join(', ')}>` : 'any';
    case 'array': {
      const fixed = t.static ? `array<${(t.static as DeclType[]).map(typeText).join(', ')}>` : '';
      const rest = t.dynamic ? `[${typeText(t.dynamic as DeclType)}]` : '';
      return fixed ? fixed + rest : `array${rest || '[any]'}`;
    }
    case 'set': return `set[${t.of ? typeText(t.of as DeclType) : 'any'}]`;
    case 'object': {
      const fixed = t.static ? `object<${(t.static as { key: unknown; value: DeclType }[]).map((p) => `${p.key}: ${typeText(p.value)}`).join(', ')}>` : '';
      const dyn = t.dynamic as { key: DeclType; value: DeclType } | undefined;
      const rest = dyn ? `[${typeText(dyn.key)}: ${typeText(dyn.value)}]` : '';
      return fixed ? fixed + rest : `object${rest || '[any: any]'}`;
    }
    default: return t.type;
  }
}
