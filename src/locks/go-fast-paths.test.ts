import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGoModStatements, readTidyGoMod } from './go-mod.ts';
import { lineAt, tokenize } from './go-modfile-syntax.ts';
import { parseGoSumLines, readWrittenGoSum } from './go-sum.ts';
import { agreeing, assertFastReads, variants } from './fast-path-check.ts';
import { fixtureText } from './testdata.ts';

const GO_SUMS = ['go/base/go.sum', 'go/head/go.sum', 'large/base/go.sum', 'large/head/go.sum'];
const GO_MODS = ['go/base/go.mod', 'go/head/go.mod', 'go/work/go.work', 'large/base/go.mod', 'large/head/go.mod'];

/** The result of `f`, or the error it throws, as a value. */
function outcome<T>(f: () => T): T | { threw: unknown } {
  try {
    return f();
  } catch (e) {
    return { threw: e };
  }
}

test('a go.sum as the go command writes it is read by the fast reader, into the document of the line reader', () => {
  assertFastReads(GO_SUMS, readWrittenGoSum, parseGoSumLines);
});

test('a go.sum the go command would not write is left to the line reader (or read alike by both)', () => {
  const edits = [
    (l: string) => `${l}\r`,
    (l: string) => l.replace(' ', '  '),
    (l: string) => l.replace(' ', '\t'),
    (l: string) => l.replace(' v', ' 1'),
    (l: string) => l.replace(/ v(\d+)/, ' v0$1'),
    (l: string) => l.replace(' h1:', ' h2:'),
    (l: string) => l.replace(/=$/, ''),
    (l: string) => `${l} extra`,
    (l: string) => `${l}\n`,
    (l: string) => l.replace('/go.mod', ''),
    (l: string) => l.replace(' h1:', '/go.mod h1:'),
    (l: string) => l.replace('golang', 'gölang'),
  ];
  let fast = 0;
  for (const rel of ['go/base/go.sum', 'large/base/go.sum']) {
    const text = fixtureText(rel);
    // A version listed again further down (the go command writes each once): one package, both lines' hashes.
    const again = `${text}${text.split('\n')[0]}\n`;
    fast += agreeing(rel, [again, ...variants(text, edits)], readWrittenGoSum, parseGoSumLines);
  }
  assert.ok(fast > 0, 'some variants stay in the written form (a duplicate, a cut after a newline)');
});

test('a go.mod line read in one match has the tokens and comment the tokenizer gives it', () => {
  const edits = [
    (l: string) => `${l} // c`,
    (l: string) => `${l}//c `,
    (l: string) => `${l} => ../x`,
    (l: string) => `${l} a b c`,
    (l: string) => `  ${l}\r`,
    (l: string) => l.replace(' ', ' \t '),
    (l: string) => l.replace(' ', '('),
    (l: string) => l.replace(' ', '=>'),
    (l: string) => l.replace(' ', ' "q" '),
    (l: string) => l.replace(' ', ' `r` '),
    (l: string) => l.replace(' ', ' [v1, v2] '),
    (l: string) => l.replace(' ', '\u00a0'),
    (l: string) => l.replace(' ', '\f'),
    (l: string) => `${l}/`,
    (l: string) => `${l}=`,
    (l: string) => l.replace('/', '//'),
  ];
  for (const rel of GO_MODS) {
    for (const [i, line] of fixtureText(rel).split('\n').entries()) {
      for (const raw of [line, ...edits.map((edit) => edit(line))]) {
        const want = outcome(() => tokenize(raw, rel, i + 1));
        const next = (end: number) => ('threw' in want ? want : { ...want, next: end });
        assert.deepEqual(
          outcome(() => lineAt(`${raw}\nnext`, 0, rel, i + 1)),
          next(raw.length + 1),
          JSON.stringify(raw),
        );
        assert.deepEqual(
          outcome(() => lineAt(`x\n${raw}`, 2, rel, i + 1)),
          next(-1),
          JSON.stringify(raw),
        );
      }
    }
  }
});

test('a go.mod as go mod tidy writes it is read by the fast reader, into the document of the statement reader', () => {
  assertFastReads(['large/base/go.mod', 'large/head/go.mod'], readTidyGoMod, parseGoModStatements);
});

test('a go.mod go mod tidy would not write is left to the statement reader (or read alike by both)', () => {
  const edits = [
    (l: string) => `${l} // c`,
    (l: string) => `${l} // indirect; why`,
    (l: string) => `${l}\r`,
    (l: string) => `  ${l}`,
    (l: string) => l.replace('\t', ''),
    (l: string) => l.replace(' ', '  '),
    (l: string) => l.replace(' v', ' 1'),
    (l: string) => l.replace(/ v(\d+)/, ' v0$1'),
    (l: string) => l.replace('/', '//'),
    (l: string) => l.replace('.', '"."'),
    (l: string) => l.replace('(', ''),
    (l: string) => l.replace(')', ''),
    (l: string) => `${l}\n${l}`,
    (l: string) => `// ${l}`,
    (l: string) => l.replace('require (', 'replace ('),
    (l: string) => l.replace('1.', '01.'),
    (l: string) => l.replace('go1', 'go2'),
    (l: string) => l.replace('module ', 'module\t'),
    (l: string) => `require ${l.trim()}`,
    (l: string) => `${l}\nreplace a => ../a`,
  ];
  let fast = 0;
  for (const rel of ['large/base/go.mod', 'go/base/go.mod']) fast += agreeing(rel, variants(fixtureText(rel), edits), readTidyGoMod, parseGoModStatements);
  assert.ok(fast > 0, 'some variants stay in the tidy form');
});
