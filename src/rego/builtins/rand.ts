// rand.intn: a random integer in [0, n), the same for the same (string, n) within one query, as OPA caches it.
import { type BuiltinFn, asString, asInt } from './types.ts';

export const builtins: Record<string, BuiltinFn> = {
  'rand.intn': ([s, n], ctx) => {
    const key = asString(s, 1);
    let max = asInt(n, 2);
    if (max === 0) return 0;
    if (max < 0) max = -max;
    const cacheKey = `rand.intn\u0000${key}\u0000${max}`;
    const hit = ctx.cache.get(cacheKey);
    if (typeof hit === 'number') return hit;
    const r = Math.floor(ctx.random() * max);
    ctx.cache.set(cacheKey, r);
    return r;
  },
};
