// "did you mean": the closest known name to a misspelt one (a key of the config file, a flag), by edit distance.

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/** The candidate nearest to `word`, when it is near enough to be the likely intent (about a third of its letters). */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/** ` — did you mean "x"?`-style hint text, or undefined when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>, render = (c: string) => `"${c}"`): string | undefined {
  const c = closest(word, candidates);
  return c === undefined ? undefined : `did you mean ${render(c)}?`;
}
