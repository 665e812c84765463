// Builtins OPA deprecated (`any`, `all`, `set_diff`, `cast_*`): still available to Rego v0 modules, which is what
// most conftest policies in the wild are; a v1 module calling them is rejected at compile time, as OPA does.
import { RSet, RObject } from '../value/value.ts';
import { type BuiltinFn, asCollection, asSet, typeError } from './types.ts';

export const DEPRECATED = new Set(['any', 'all', 're_match', 'set_diff', 'net.cidr_overlap', 'cast_array', 'cast_set',
  'cast_string', 'cast_boolean', 'cast_null', 'cast_object']);

export const builtins: Record<string, BuiltinFn> = {
  any: ([c]) => asCollection(c, 1).some((x) => x === true),
  all: ([c]) => asCollection(c, 1).every((x) => x === true),
  set_diff: ([a, b]) => {
    const s = asSet(a, 1);
    const t = asSet(b, 2);
    return new RSet(s.sorted().filter((x) => !t.has(x)));
  },
  cast_array: ([c]) => asCollection(c, 1),
  cast_set: ([c]) => new RSet(asCollection(c, 1)),
  cast_string: ([v]) => { if (typeof v !== 'string') throw typeError(1, 'string', v); return v; },
  cast_boolean: ([v]) => { if (typeof v !== 'boolean') throw typeError(1, 'boolean', v); return v; },
  cast_null: ([v]) => { if (v !== null) throw typeError(1, 'null', v); return v; },
  cast_object: ([v]) => { if (!(v instanceof RObject)) throw typeError(1, 'object', v); return v; },
};
