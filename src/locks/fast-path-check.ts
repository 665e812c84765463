// For the tests of a fast reader (one that takes the layout a tool writes, or hands the text on with null): it must
// give the general reader's document for every text it takes, damaged ones included.
import assert from 'node:assert/strict';
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
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
