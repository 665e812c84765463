// glob.match and glob.quote_meta (gobwas/glob semantics, see glob-pattern.ts).
import { type BuiltinContext, type BuiltinFn, asString, builtinError, oneOfError } from './types.ts';
import { elementError } from './operands.ts';
import { compileGlob, quoteGlobMeta } from './glob/pattern.ts';
import type { RE2JS } from 're2js';

function delimiters(v: Parameters<BuiltinFn>[0][number]): string[] {
  // OPA: null means no delimiters; an empty array means the default ".".
  if (v === null) return [];
  if (!Array.isArray(v)) throw oneOfError(2, ['array', 'null'], v);
  const out = v.map((d) => {
    if (typeof d !== 'string') throw elementError(2, v, d, ['string']);
    if (Array.from(d).length !== 1) throw elementError(2, v, d, ['rune']);
    return d;
  });
  return out.length === 0 ? ['.'] : out;
}

function compiled(pattern: string, delims: string[], ctx: BuiltinContext): RE2JS {
  const key = 'glob\u0000' + pattern + '\u0000' + delims.join('');
  let re = ctx.cache.get(key) as RE2JS | undefined;
  if (!re) {
    try {
      re = compileGlob(pattern, delims);
    } catch (e) {
      throw builtinError((e as Error).message);
    }
    ctx.cache.set(key, re);
  }
  return re;
}

export const builtins: Record<string, BuiltinFn> = {
  'glob.match': ([p, d, m], ctx) => {
    const pattern = asString(p, 1);
    const delims = delimiters(d);
    const subject = asString(m, 3);
    return compiled(pattern, delims, ctx).test(subject);
  },
  'glob.quote_meta': ([p]) => quoteGlobMeta(asString(p, 1)),
};
