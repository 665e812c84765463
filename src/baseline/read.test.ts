import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '../errors.ts';
import { MAX_SNAPSHOT_BYTES, parseSnapshot } from './read.ts';
import { buildSnapshot, snapshotText } from './snapshot.ts';
import { SHA_A, state } from './testdata.ts';

const good = JSON.parse(snapshotText(buildSnapshot(state({ configs: [{ path: 'a.yaml', format: 'yaml', sha256: SHA_A, content: { a: 1 } }] }))));

function refused(text: string, pattern: RegExp, rev?: string): UserError {
  let err: UserError | undefined;
  assert.throws(() => parseSnapshot(text, { file: '.github/go-xenv-baseline.json', rev }), (e: unknown) => {
    assert.ok(e instanceof UserError, String(e));
    err = e;
    return true;
  });
  assert.match(err!.format(), pattern);
  assert.match(err!.format(), /go-xenv baseline update/, 'says what to do');
  assert.equal(err!.code, 'bad_baseline');
  return err!;
}

const CASES: [string, string, RegExp][] = [
  ['not JSON', '{"schema": 1,\n  "configs": [}', /^\.github\/go-xenv-baseline\.json:2:\d+: the baseline \S+ is not JSON/],
  ['empty', '', /is not JSON/],
  ['a list', '[]', /is not a baseline snapshot: \/ must be object/],
  ['another schema version', JSON.stringify({ ...good, schema: 2 }), /has schema version 2; this go-xenv reads version 1/],
  ['a key too many', JSON.stringify({ ...good, extra: 1 }), /must NOT have additional properties/],
  ['a bad sha256', JSON.stringify({ ...good, configs: [{ ...good.configs[0], sha256: 'xyz' }] }), /\/configs\/0\/sha256 must match pattern/],
  ['a bad level', JSON.stringify({ ...good, verdicts: [{ rule: 'r', level: 'fatal', message: 'm', file: null, line: null }] }), /\/verdicts\/0\/level must be equal to one of the allowed values/],
  ['a negative size', JSON.stringify({ ...good, binaries: [{ target: 't', file: 'f', size: -1, sha256: SHA_A }] }), /\/binaries\/0\/size must be >= 0/],
  ['a missing list', JSON.stringify({ ...good, dependencies: undefined }), /must have required property 'dependencies'/],
  ['too deep', JSON.stringify({ ...good, configs: [{ ...good.configs[0], content: JSON.parse('['.repeat(300) + ']'.repeat(300)) }] }), /nests deeper than 200 levels/],
];

for (const [name, text, pattern] of CASES) test(`a malformed baseline is one clear error: ${name}`, () => void refused(text, pattern));

test('the revision it was read at is named', () => {
  refused('nope', /the baseline \.github\/go-xenv-baseline\.json at main is not JSON/, 'main');
});

test('a baseline over the bound is refused before it is parsed', () => {
  refused(`"${'x'.repeat(MAX_SNAPSHOT_BYTES)}"`, /is larger than 16777216 bytes/);
});

test('a well-formed snapshot reads back as it was written', () => {
  assert.deepEqual(parseSnapshot(JSON.stringify(good), { file: 'b.json' }), good);
});
