import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse, TomlDate } from 'smol-toml';
import { TESTDATA, fixtureText } from './testdata.ts';
import { readRegularToml } from './toml-regular.ts';
import { arrayTableLines } from './toml-source.ts';

/** Values as data, prototypes aside (smol-toml's tables have none), key order kept, a TomlDate by what it holds. */
function plain(v: unknown): unknown {
  if (v instanceof TomlDate) return { date: v.toISOString(), kind: [v.isDate(), v.isTime(), v.isLocal()] };
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object') return Object.entries(v).map(([k, x]) => [k, plain(x)]);
  return v;
}

function smol(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: plain(parse(text)) };
  } catch {
    return { ok: false };
  }
}

/** What the reader gives is smol-toml's document exactly; true when the reader took the text (did not hand it on). */
function same(text: string, label: string): boolean {
  const ours = readRegularToml(text);
  if (ours === null) return false;
  const theirs = smol(text);
  assert.ok(theirs.ok, `${label}: the reader took a text smol-toml rejects:\n${text}`);
  assert.ok(isDeepStrictEqual(plain(ours), theirs.value), `${label}: documents differ:\n${text}`);
  return true;
}

const tomlFixtures = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? tomlFixtures(p) : /\.(lock|toml)$/.test(n) && n !== 'Pipfile.lock' ? [relative(TESTDATA, p)] : [];
  });

test('every TOML lock the real tools wrote is read by the regular reader, as smol-toml reads it, with LF or CRLF', () => {
  const files = tomlFixtures(TESTDATA);
  assert.ok(files.length >= 8, files.join(' '));
  for (const rel of files) {
    const text = fixtureText(rel);
    assert.ok(same(text, rel), `${rel} was handed to smol-toml`);
    assert.ok(same(text.replace(/\n/g, '\r\n'), `${rel} (CRLF)`), `${rel} (CRLF) was handed to smol-toml`);
  }
});

test('the line of every [[package]] entry of the real locks is the line of its header, with LF or CRLF', () => {
  for (const rel of tomlFixtures(TESTDATA)) {
    const name = rel.includes('pylock') ? 'packages' : 'package';
    for (const text of [fixtureText(rel), fixtureText(rel).replace(/\n/g, '\r\n')]) {
      const headers = text.split('\n').flatMap((l, i) => (l.replace(/\r$/, '') === `[[${name}]]` ? [i + 1] : []));
      assert.ok(headers.length > 0, rel);
      assert.deepEqual(arrayTableLines(text, name), headers, rel);
    }
  }
});

// Texts inside the subset: read here, and exactly as smol-toml reads them.
const INSIDE = [
  'src = { registry = "r" } # c\r\nsd = { url = "u", hash = "h", size = 3, upload-time = "t" }\n[t]\nx = { a = 1, b = "2" }',
  'w = [{ url = "u", hash = "h", size = 1, upload-time = "t" }, { url = 1, hash = 2, size = "s", upload-time = "t" }]\n',
  'w = { url = "u", hash = "h", size = 1, upload-time = 2 }\n',
  'a = "x"\nb = \'lit \\ eral\'\nc = 0\nd = -17\ne = 123456789012345\nf = true\ng = false\n',
  's = "tab\there, \\"quoted\\", back\\\\slash, \\b\\f\\n\\r\\t"\n',
  'u = "ünïcödé ✓ 𝄞 日本"\n"ключ" = 1\n\'lit key\' = 2\n"" = 3\n',
  '# comment only\n\n  # indented comment\na = 1 # trailing ✓\nb = "#not a comment" #c\n',
  'a = []\nb = [ ]\nc = [1, 2, 3,]\nd = [\n  1, # one\n  # between\n  2,\n]\ne = [[1, 2], ["a"], [], [{}]]\n',
  'a = {}\nb = { x = 1, "y z" = "w", n = { m = [1, { k = false }] } }\nc = {x=1,y=2}\n',
  '[[package]]\nname = "a"\n[package.deps]\nx = 1\n[[package.wheels]]\nurl = "u"\n[[package.wheels]]\nurl = "v"\n[[package]]\nname = "b"\n',
  '[a.b.c]\nx = 1\n[a.b.d]\ny = 2\n[ a . "quoted.part" ]\nz = 3\n[[ x . y ]]\n',
  'top = 1\n[t]\n[u]  # comment after a header\nk = "v"\n[[arr]]  \n[[arr]]\n',
  'when = 2024-11-30T04:30:14Z\nfrac = 2025-06-18T09:00:10.843Z\nlist = [2024-01-01T00:00:00Z]\n',
  'constructor_like = 1\nlength = 2\n',
  'a = 1\r\nb = [\r\n  1,\r\n]\r\n# c\r\n[t]\r\nx = "y"\r\n',
  'no_newline_at_end = 1',
  '',
  '\n\n\n',
  '\ta\t=\t1\t\n',
  'n = 0\n',
];

// Valid TOML outside the subset: handed to smol-toml (which reads it).
const OUTSIDE_VALID = [
  'a.b = 1\n',
  'a = """multi\nline"""\n',
  "a = '''multi\nline'''\n",
  'a = 1.5\n',
  'a = 1e3\n',
  'a = 1_000\n',
  'a = 0x1f\n',
  'a = +1\n',
  'a = -0\n',
  'a = inf\n',
  'a = 1979-05-27\n',
  'a = 1979-05-27T07:32:00\n',
  'a = 1979-05-27T07:32:00-07:00\n',
  'a = 1979-05-27 07:32:00Z\n',
  'a = 07:32:00\n',
  'a = "\\u00e9"\n',
  'a = "\\U0001D11E"\n',
  '"\\u0061" = 1\n',
  '[a.b]\n[a]\nx = 1\n',
  '__proto__ = 1\n',
  'a = { __proto__ = 1 }\n',
  'a = { b = "x", __proto__ = 1 }\n',
  '__proto__ = { a = 1 }\n',
  'a = { b = 1, c = 2, d = 3, valueOf = 4 }\n',
  '[__proto__]\n',
  'a = 1234567890123456\n',
  // A name plain objects inherit: the reader cannot tell it from a key already set.
  'valueOf = 3\n',
  // Nested deeper than any lock: smol-toml bounds the depth.
  `a = ${'['.repeat(100)}${']'.repeat(100)}\n`,
];

// Not TOML: handed to smol-toml (which gives the error).
const INVALID = [
  'a = 1\na = 2\n',
  'a = { x = 1, x = 2 }\n',
  'a = { x = 1 }\na = { y = 2 }\n',
  'a = { x = 1, y = "a", z = 2, y = "b" }\n',
  'a = { x = 1, y = "a", z = 2, w = 3, y = "b" }\n',
  'a = { x = "", y = """ }\n',
  '[t]\n[t]\n',
  '[t]\nx = 1\n[t.x]\n',
  'a = { x = 1 }\n[a.y]\n',
  'a = [{ x = 1 }]\n[[a]]\n',
  '[[a]]\n[a]\n',
  '[a]\n[[a]]\n',
  'a = "\\q"\n',
  'a = "unterminated\n',
  "a = 'unterminated\n",
  'a = "ctrl \u0001 char"\n',
  'a = 1 # ctrl \u0001 in comment\n',
  'a = 1\rb = 2\n',
  'a = { x = 1, }\n',
  'a = { x = 1,\n y = 2 }\n',
  'a = [1 2]\n',
  'a = [,]\n',
  'a = 01\n',
  'a = 1 2\n',
  'a = tru\n',
  'a = truex\n',
  'a =\n1\n',
  '= 1\n',
  'a b = 1\n',
  '[ [a]]\n',
  '[[a] ]\n',
  '[a]]\n',
  '[]\n',
  'a = 9999-99-99T99:99:99Z\n',
  'a = 2024-13-01T00:00:00Z\n',
  'a = 2024-01-01T24:00:00Z\n',
  'a = [\n',
  'a = {\n',
  'a = "x"y\n',
  `a = ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
  `a = ${'{ b = '.repeat(5000)}1${' }'.repeat(5000)}\n`,
];

test('hand-written TOML: the subset is read as smol-toml reads it; the rest, valid or not, is handed to smol-toml', () => {
  for (const text of INSIDE) assert.ok(same(text, 'inside'), `handed on: ${JSON.stringify(text)}`);
  for (const text of OUTSIDE_VALID) {
    assert.ok(smol(text).ok, `smol-toml rejects ${JSON.stringify(text)}`);
    assert.equal(readRegularToml(text), null, `read: ${JSON.stringify(text)}`);
  }
  for (const text of INVALID) assert.equal(readRegularToml(text), null, `read: ${JSON.stringify(text)}`);
});

/** A small deterministic generator of TOML documents over the subset's constructs and a few beyond it. */
function generated(seed: number): string {
  let s = seed;
  const rand = (n: number) => ((s = (s * 1103515245 + 12345) % 2147483648), s % n);
  const pick = <T>(xs: T[]) => xs[rand(xs.length)];
  const keys = ['name', 'version', 'a-b', 'c_d', '9', '"quoted key"', '"ü"', "'lit'", '""', 'x.y', 'name'];
  const strings = ['"plain"', '"esc \\" \\\\ \\t"', "'lit\\'", '"ünï ✓"', '""', '"a#b"', '"\\u0041"', '"""ml"""'];
  const scalar = () => pick([...strings, '0', '42', '-7', 'true', 'false', '1.5', '2024-01-02T03:04:05Z', '2024-01-02', '1_0']);
  const value = (depth: number): string => {
    const r = rand(depth > 2 ? 1 : 4);
    if (r === 1) return `[${Array.from({ length: rand(4) }, () => value(depth + 1)).join(pick([', ', ',', ',\n  ', ' ,# c\n ']))}${pick(['', ',', ' '])}]`;
    if (r === 2) return `{${Array.from({ length: rand(4) }, () => `${pick(keys)} = ${value(depth + 1)}`).join(pick([', ', ',']))}${pick([' }', '}', ', }'])}`;
    return scalar();
  };
  const headers = ['[[package]]', '[[package]]', '[package.deps]', '[[package.wheels]]', '[t]', '[t.u]', '[ t . "v" ]', '[[package]] # c'];
  const lines: string[] = [];
  for (let i = rand(30); i > 0; i--) {
    const r = rand(10);
    lines.push(
      r < 2 ? pick(headers) : r === 2 ? pick(['', '# comment ✓', '   ']) : `${pick(keys)}${pick([' = ', '=', '\t=\t'])}${value(0)}${pick(['', ' # c', '  '])}`,
    );
  }
  return lines.join(pick(['\n', '\r\n']));
}

test('generated TOML documents and damaged real locks: whatever the reader takes, smol-toml reads the same', () => {
  let taken = 0;
  for (let seed = 1; seed <= 3000; seed++) if (same(generated(seed), `generated #${seed}`)) taken++;
  // The generator mixes constructs: many documents fall inside the subset, many outside.
  assert.ok(taken > 300 && taken < 2700, `taken ${taken}`);
  let seed = 777;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const junk = ['"', "'", '[', ']', '{', '}', '\\', '\n', '\r', '=', ',', '#', '.', ' ', '\u0000', '"""', '1', 'x', '[['];
  for (const rel of ['pip/base/uv.lock', 'pip/base/poetry.lock', 'pip/base/pylock.toml']) {
    const text = fixtureText(rel);
    for (let i = 0; i < 150; i++) {
      const at = rand(text.length);
      const damaged = i % 2 ? text.slice(0, at) : text.slice(0, at) + junk[rand(junk.length)] + text.slice(at + 1);
      same(damaged, `${rel} damaged at ${at}`);
    }
  }
});
