// regex.globs_match: do two "regex globs" match at least one common string? The glob language is the one OPA
// documents for this builtin: `.` any character, `[...]` a set (with ranges a-z), `*`/`+` repeat the previous
// token, `\` escapes. Decided by a search over the product of the two patterns' automata.

type CharTest = { any: true } | { any: false; runes: Set<number> };
interface Token { test: CharTest; flag: '' | '*' | '+' }

export class RegexGlobError extends Error {}

function invalid(input: string, pos: number, msg: string): RegexGlobError {
  return new RegexGlobError(`input:${input}, pos:${pos}, ${msg}: the input provided is invalid`);
}

export function tokenizeRegexGlob(input: string): Token[] {
  const runes = [...input].map((c) => c.codePointAt(0)!);
  const tokens: Token[] = [];
  let i = 0;
  const next = (): { r: number; escaped: boolean } | undefined => {
    if (i >= runes.length) return undefined;
    if (runes[i] === 0x5c) {
      if (i === runes.length - 1) throw invalid(input, i, 'input ends with a \\ (escape) character');
      i += 2;
      return { r: runes[i - 1], escaped: true };
    }
    return { r: runes[i++], escaped: false };
  };
  for (let t = next(); t; t = next()) {
    const ch = String.fromCodePoint(t.r);
    if (!t.escaped && (ch === '*' || ch === '+')) {
      const prev = tokens[tokens.length - 1];
      if (!prev || prev.flag !== '') throw invalid(input, i, `flag '${ch}' must be preceded by a non-flag`);
      prev.flag = ch;
      continue;
    }
    if (!t.escaped && ch === ']') throw invalid(input, i, "set-close ']' with no preceding '['");
    if (!t.escaped && ch === '.') { tokens.push({ test: { any: true }, flag: '' }); continue; }
    if (!t.escaped && ch === '[') { tokens.push({ test: readSet(), flag: '' }); continue; }
    tokens.push({ test: { any: false, runes: new Set([t.r]) }, flag: '' });
  }
  return tokens;

  function readSet(): CharTest {
    const set = new Set<number>();
    let prev: number | undefined;
    for (let t = next(); t; t = next()) {
      if (!t.escaped && t.r === 0x5d) return { any: false, runes: set };
      if (!t.escaped && t.r === 0x2d) {
        if (prev === undefined) throw invalid(input, i, "range character '-' must be preceded by a Unicode character");
        if (i >= runes.length - 1) throw invalid(input, i, "range character '-' must be followed by a Unicode character");
        const hi = next()!;
        if (!hi.escaped && (hi.r === 0x5d || hi.r === 0x2d)) {
          throw invalid(input, i, "range character '-' cannot be followed by a special symbol");
        }
        if (hi.r < prev) {
          throw invalid(input, i, `range is out of order: '${String.fromCodePoint(hi.r)}' comes before '${String.fromCodePoint(prev)}' in Unicode`);
        }
        for (let x = prev; x <= hi.r; x++) set.add(x);
        prev = undefined;
        continue;
      }
      set.add(t.r);
      prev = t.r;
    }
    throw invalid(input, i, 'found [ without matching ]');
  }
}

function overlaps(a: CharTest, b: CharTest): boolean {
  if (a.any) return b.any || b.runes.size > 0;
  if (b.any) return a.runes.size > 0;
  const [small, big] = a.runes.size <= b.runes.size ? [a.runes, b.runes] : [b.runes, a.runes];
  for (const r of small) if (big.has(r)) return true;
  return false;
}

/**
 * Whether some non-empty string matches both (OPA's library decides "a non-empty set of non-empty strings").
 * States are positions 0..n in each token list plus whether a character was consumed; at position p a `*` token
 * may be skipped, and a `*`/`+` token may consume a character and stay (a `+` that consumed once then acts as `*`).
 */
export function regexGlobsIntersect(a: Token[], b: Token[]): boolean {
  if (a.length === 0 && b.length === 0) return true;
  type State = [number, boolean, number, boolean, boolean];
  const seen = new Set<string>();
  const stack: State[] = [[0, false, 0, false, false]];
  while (stack.length > 0) {
    const [i, ia, j, jb, used] = stack.pop()!;
    const k = `${i},${ia ? 1 : 0},${j},${jb ? 1 : 0},${used ? 1 : 0}`;
    if (seen.has(k)) continue;
    seen.add(k);
    if (i === a.length && j === b.length && used) return true;
    // epsilon moves: skip an optional token (a `*`, or a `+` that has already consumed)
    if (i < a.length && (a[i].flag === '*' || (a[i].flag === '+' && ia))) stack.push([i + 1, false, j, jb, used]);
    if (j < b.length && (b[j].flag === '*' || (b[j].flag === '+' && jb))) stack.push([i, ia, j + 1, false, used]);
    if (i < a.length && j < b.length && overlaps(a[i].test, b[j].test)) {
      const ai: [number, boolean][] = a[i].flag === '' ? [[i + 1, false]] : [[i, true], [i + 1, false]];
      const bj: [number, boolean][] = b[j].flag === '' ? [[j + 1, false]] : [[j, true], [j + 1, false]];
      for (const [ni, nia] of ai) for (const [nj, njb] of bj) stack.push([ni, nia, nj, njb, true]);
    }
  }
  return false;
}
