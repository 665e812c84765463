// Our parsers against the real conftest: each fixture in testdata/oracle/ must parse to the very value
// `conftest parse` printed for it (recorded by scripts/conftest-oracle.mjs), so policies see the same `input`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parserFor } from './registry.ts';

const dir = new URL('../testdata/', import.meta.url).pathname;
const fixtures = readdirSync(join(dir, 'oracle')).sort();

test('every fixture has a recorded conftest parse', () => {
  assert.deepEqual(readdirSync(join(dir, 'conftest-parse')).sort(), fixtures.map((f) => `${f}.json`));
});

for (const name of fixtures) {
  test(`${name} parses as conftest parses it`, () => {
    const recorded = JSON.parse(readFileSync(join(dir, 'conftest-parse', `${name}.json`), 'utf8'));
    const parser = parserFor(name);
    assert.ok(parser, `no parser for ${name}`);
    const text = readFileSync(join(dir, 'oracle', name), 'utf8');
    assert.equal(recorded.error, undefined, `conftest refused ${name}: ${recorded.error}`);
    assert.deepEqual(parser.parse(text, name).value, recorded.value);
  });
}
