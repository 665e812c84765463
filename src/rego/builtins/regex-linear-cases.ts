// The generator of patterns and subjects that regex-linear.test.ts and scripts/record-regex-linear.ts share: the
// constructs of the linear subset and its edges (case folding's third forms, astral code points, newlines, the
// vertical tab RE2's \s leaves out), and some outside it.

/** A small deterministic generator (mulberry32), so a failure is the same on every run. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PATTERN_PARTS = [
  'a',
  'b',
  'k',
  's',
  'S',
  'K',
  '\u212a',
  '\u017f',
  'é',
  '😀',
  '.',
  '*',
  '+',
  '?',
  '*?',
  '|',
  '(',
  ')',
  '(?:',
  '(?P<n>',
  '[',
  '[^',
  ']',
  '-',
  '^',
  '$',
  '{2}',
  '{1,3}',
  '{2,}',
  '{',
  '}',
  ',',
  '2',
  '\\d',
  '\\w',
  '\\s',
  '\\D',
  '\\W',
  '\\S',
  '\\b',
  '\\B',
  '\\A',
  '\\z',
  '\\.',
  '\\-',
  '\\n',
  '\\v',
  '\\x41',
  '\\x{1F600}',
  '\\pL',
  '[:alpha:]',
  ' ',
];
const SUBJECT_PARTS = ['a', 'b', 'k', 'K', 's', 'S', '\u212a', '\u017f', 'é', 'É', '😀', '\n', '\v', '\f', ' ', '.', '-', '_', '2', 'A', ']'];

const pick = <T>(next: () => number, xs: T[]) => xs[Math.floor(next() * xs.length)];

export const generatedPattern = (next: () => number): string =>
  pick(next, ['', '', '(?i)', '(?s)', '(?is)']) + Array.from({ length: 1 + Math.floor(next() * 7) }, () => pick(next, PATTERN_PARTS)).join('');

export const generatedSubject = (next: () => number): string => Array.from({ length: Math.floor(next() * 6) }, () => pick(next, SUBJECT_PARTS)).join('');
