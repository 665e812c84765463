// regex.match and re_match, the regex builtins policies call most, with a pattern RE2 and V8's linear-time engine
// answer alike (regex-linear.ts): these need no RE2, whose library is most of what a small policy run loads. Any
// other pattern is RE2's, through regex.ts, which the registry loads whenever a policy may need it (usesRe2).
import { type BuiltinContext, type BuiltinFn, asString } from './types.ts';
import { linearRegExp, wellFormed } from './regex-linear.ts';

type Re2Match = (pattern: string, ctx: BuiltinContext) => (s: string) => boolean;

let re2: Re2Match | null = null;

/** regex.ts hands over its RE2 when it loads. */
export function useRe2(match: Re2Match): void {
  re2 = match;
}

function matcher(pattern: string, ctx: BuiltinContext): (s: string) => boolean {
  const key = 'linear\u0000' + pattern;
  let m = ctx.cache.get(key) as ((s: string) => boolean) | undefined;
  if (!m) {
    const re = linearRegExp(pattern);
    if (re) m = (s) => re.test(wellFormed(s));
    else if (re2) m = re2(pattern, ctx);
    else throw new Error(`internal error: the pattern ${JSON.stringify(pattern)} needs RE2 (builtins/regex.ts), which was not loaded`);
    ctx.cache.set(key, m);
  }
  return m;
}

// As OPA, the pattern is checked and compiled before the string operand is looked at.
const match: BuiltinFn = ([p, v], ctx) => matcher(asString(p, 1), ctx)(asString(v, 2));

export const builtins: Record<string, BuiltinFn> = { 'regex.match': match, re_match: match };

const MATCH_CALL = /(?:regex\.match|re_match)\s*\(\s*("(?:[^"\\\n]|\\.)*"|`[^`]*`)\s*,/y;

/** A string literal of Rego (JSON's escapes, or a raw string), or null. */
function literal(src: string): string | null {
  if (src[0] === '`') return src.slice(1, -1);
  try {
    return JSON.parse(src) as string;
  } catch {
    return null;
  }
}

/**
 * Whether a policy text may call regex.match or re_match with a pattern the linear subset does not take: a pattern not
 * written as a string literal in the call, or one outside the subset. (A name in a comment counts too: at most RE2
 * loads for nothing.)
 */
export function usesRe2(text: string): boolean {
  for (const name of ['regex.match', 're_match']) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      MATCH_CALL.lastIndex = at;
      const m = MATCH_CALL.exec(text);
      const pattern = m && literal(m[1]);
      if (pattern === null || linearRegExp(pattern) === null) return true;
    }
  }
  return false;
}
