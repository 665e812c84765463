// Our parsers against the real conftest: each fixture in testdata/oracle/ must parse to the very value
// `conftest parse` printed for it (recorded by scripts/conftest-oracle.mjs), so policies see the same `input`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAllParsers, parserFor } from './registry.ts';

// These tests parse directly: every parser loaded first, as a run first loads the ones it reads with.
await loadAllParsers();

const dir = new URL('../testdata/', import.meta.url).pathname;

/**
 * Where we knowingly differ from conftest: fixture, key path, our value, and why. Every other value is the same.
 */
const KEPT: [string, (string | number)[], unknown, string][] = [
  ['edge.toml', ['mixed', 'time_frac'], '0000-01-01T07:32:00.123Z', 'smol-toml dates are JavaScript Dates: fractions of a second past milliseconds are cut'],
];

const setPath = (root: unknown, path: (string | number)[], value: unknown) => {
  let node = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
};
const fixtures = readdirSync(join(dir, 'oracle')).sort();

test('every fixture has a recorded conftest parse', () => {
  assert.deepEqual(
    readdirSync(join(dir, 'conftest-parse')).sort(),
    fixtures.map((f) => `${f}.json`),
  );
});

for (const name of fixtures) {
  test(`${name} parses as conftest parses it`, () => {
    const recorded = JSON.parse(readFileSync(join(dir, 'conftest-parse', `${name}.json`), 'utf8'));
    const parser = parserFor(name);
    assert.ok(parser, `no parser for ${name}`);
    const text = readFileSync(join(dir, 'oracle', name), 'utf8');
    assert.equal(recorded.error, undefined, `conftest refused ${name}: ${recorded.error}`);
    const expected = recorded.value;
    for (const [file, path, ours] of KEPT) if (file === name) setPath(expected, path, ours);
    // Through JSON as the recording went: conftest's -0 is recorded as 0.
    assert.deepEqual(JSON.parse(JSON.stringify(parser.parse(text, name).value)), expected);
  });
}
