// For the tests of a fast reader (one that takes the layout a tool writes, or hands the text on with null): it must
// give the general reader's document for every text it takes, damaged ones included.
import assert from 'node:assert/strict';
import { LockSyntaxError } from './lock-error.ts';
import { fixtureText } from './testdata.ts';

/** Damaged variants of a text: each line, in turn, with one of `edits` applied (and the text cut after each line). */
export function* variants(text: string, edits: ((line: string) => string)[]): Generator<string> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    for (const edit of edits) yield [...lines.slice(0, i), edit(lines[i]), ...lines.slice(i + 1)].join('\n');
    yield lines.slice(0, i + 1).join('\n');
  }
}

export type Reader = (text: string, file: string) => unknown;

/** Each fixture takes the fast reader, which gives it the document of the general one. */
export function assertFastReads(rels: string[], fast: Reader, general: Reader): void {
  for (const rel of rels) {
    const text = fixtureText(rel);
    const doc = fast(text, rel);
    assert.ok(doc, `${rel} takes the fast reader`);
    assert.deepEqual(doc, general(text, rel), rel);
  }
}

/** Each text the fast reader takes (null: left to the general one) gets the general reader's document; how many it took. */
export function agreeing(rel: string, texts: Iterable<string>, fast: Reader, general: Reader): number {
  let taken = 0;
  for (const v of texts) {
    const doc = fast(v, rel);
    if (!doc) continue;
    taken++;
    assert.deepEqual(doc, general(v, rel), JSON.stringify(v.slice(0, 200)));
  }
  return taken;
}

/** A small deterministic generator, so that a failure names a case that can be run again. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** A reader's answer: the document as JSON (key order kept: `go-xenv parse` prints it), or its error. */
export function answer(read: () => unknown): string {
  try {
    return JSON.stringify(read());
  } catch (e) {
    if (e instanceof LockSyntaxError) return `error ${e.message}`;
    throw e;
  }
}

/** The scan gives the reader's document or hands the text on (null); true when it took the text. */
export function scannedAlike(scan: (text: string) => unknown, read: (text: string) => unknown, text: string, label: string): boolean {
  const scanned = scan(text);
  if (scanned === null) return false;
  assert.equal(
    JSON.stringify(scanned),
    answer(() => read(text)),
    `${label}: the scan and the TOML reader differ`,
  );
  return true;
}

export type LineEdit = (line: string, pick: () => number) => string;

// Damage to a line of a TOML lock the way a hand edit or an attacker would: each kind either leaves the tool's layout
// (the scan must hand the text on) or keeps it (the scan must give the reader's document); an error must always come
// from the reader. Each lock's test adds the damage its own layout invites.
export const TOML_EDITS: LineEdit[] = [
  () => '',
  (l) => `${l}\n${l}`,
  (l) => `${l} # note`,
  (l) => `  ${l}`,
  (l) => l.replace(' = ', '\t=\t'),
  (l) => l.replace('"', '"\\t'),
  (l) => l.replace(/"[^"]*"/, '7'),
  (l) => l.replace(/"[^"]*"/, '""'),
  (l) => l.replace(/ \}/, ', name = "dup" }'),
  (l) => l.replace(/,$/, ''),
  (l) => `${l}\r`,
  (l, pick) => l.slice(0, Math.floor(pick() * l.length)),
  (l, pick) => {
    const at = Math.floor(pick() * l.length);
    return l.slice(0, at) + '"[]{},=\n#\''[Math.floor(pick() * 12)] + l.slice(at);
  },
];

/**
 * `count` damaged copies of each text (one line, picked at random, with one of `edits`), each given to `alike`; how
 * many it took and how many it handed on.
 */
export function damaged(texts: [string, string][], edits: LineEdit[], seed: number, count: number, alike: (text: string, label: string) => boolean) {
  const pick = lcg(seed);
  let taken = 0;
  let handed = 0;
  for (const [label, text] of texts) {
    const lines = text.split('\n');
    for (let i = 0; i < count; i++) {
      const at = Math.floor(pick() * lines.length);
      const edit = Math.floor(pick() * edits.length);
      const copy = [...lines.slice(0, at), edits[edit](lines[at], pick), ...lines.slice(at + 1)].join('\n');
      if (alike(copy, `${label}, line ${at + 1}, edit ${edit}`)) taken++;
      else handed++;
    }
  }
  return { taken, handed };
}
