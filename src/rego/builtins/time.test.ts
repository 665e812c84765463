import { test } from 'node:test';
import { existsSync } from 'node:fs';
import assert from 'node:assert/strict';
import { builtins as time } from './time.ts';
import { builtins as semver } from './semver.ts';
import { call } from '../../../test/rego/test-call.ts';
import type { Value } from '../value/value.ts';

const table = { ...time, ...semver };
const cases: [string, Value[], Value | undefined | string][] = [
  ['time.parse_rfc3339_ns', ['2017-06-02T19:00:00-07:00'], 1496455200000000000n],
  ['time.parse_rfc3339_ns', ['1970-01-01T00:00:00.123456789Z'], 123456789],
  ['time.parse_rfc3339_ns', ['2017-06-02'], 'error: eval_builtin_error: time.parse_rfc3339_ns: parsing time "2017-06-02" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"'],
  ['time.parse_ns', ['2006-01-02', '2017-06-02'], 1496361600000000000n],
  ['time.parse_ns', ['Mon Jan _2 15:04:05 MST 2006', 'Fri Jun  2 19:00:00 UTC 2017'], 1496430000000000000n],
  ['time.parse_ns', ['02 Jan 06 15:04 -0700', '02 Jun 17 19:00 +0100'], 1496426400000000000n],
  ['time.parse_ns', ['3:04PM', '7:00PM'], 'error: eval_builtin_error: time.parse_ns: time outside of valid range'],
  ['time.parse_ns', ['2006-01-02', '2017-02-30'], 'error: eval_builtin_error: time.parse_ns: parsing time "2017-02-30": day out of range'],
  ['time.parse_ns', ['2006-01-02', '2017-06-02x'], 'error: eval_builtin_error: time.parse_ns: parsing time "2017-06-02x": extra text: "x"'],
  // Go's time.quote (other than printable ASCII as \xNN bytes), and what is left of the value where a literal stops matching
  ['time.parse_ns', ['a', 'h\u00e9'], 'error: eval_builtin_error: time.parse_ns: parsing time "h\\xc3\\xa9" as "a": cannot parse "h\\xc3\\xa9" as "a"'],
  ['time.parse_ns', ['\t', 'x'], 'error: eval_builtin_error: time.parse_ns: parsing time "x" as "\\x09": cannot parse "x" as "\\x09"'],
  ['time.parse_ns', ['a: [1, 2]', 'a%20b'], 'error: eval_builtin_error: time.parse_ns: parsing time "a%20b" as "a: [1, 2]": cannot parse "%20b" as "a: ["'],
  ['time.parse_ns', ['2006  Jan 2', '2017 Feb   3'], 1486080000000000000n],
  ['time.parse_ns', ['2006 Jan', '2017Feb'], 'error: eval_builtin_error: time.parse_ns: parsing time "2017Feb" as "2006 Jan": cannot parse "Feb" as " "'],
  ['time.parse_duration_ns', ['1h2m3.5s'], 3723500000000],
  ['time.parse_duration_ns', ['-1.5µs'], -1500],
  ['time.parse_duration_ns', ['1'], 'error: eval_builtin_error: time.parse_duration_ns: time: missing unit in duration "1"'],
  ['time.parse_duration_ns', ['1d'], 86400000000000], ['time.parse_duration_ns', ['2w'], 1209600000000000], ['time.parse_duration_ns', ['1y'], 31536000000000000n],
  ['time.parse_duration_ns', ['1q'], 'error: eval_builtin_error: time.parse_duration_ns: time: unknown unit "q" in duration "1q"'],
  ['time.parse_duration_ns', ['x'], 'error: eval_builtin_error: time.parse_duration_ns: time: invalid duration "x"'],
  ['time.date', [1496455200000000000n], [2017, 6, 3]],
  ['time.date', [[1496455200000000000n, 'America/Los_Angeles']], [2017, 6, 2]],
  ['time.date', [[0, 'Nowhere/City']], 'error: eval_builtin_error: time.date: unknown time zone Nowhere/City'],
  ['time.clock', [[1496455200000000000n, 'Europe/Paris']], [4, 0, 0]],
  ['time.weekday', [1496455200000000000n], 'Saturday'],
  ['time.date', [1.5], 'error: eval_builtin_error: time.date: timestamp too big'],
  ['time.add_date', [1496455200000000000n, 1, 1, 1], 1530669600000000000n],
  ['time.add_date', [0, 0, 1, 30], 5270400000000000],
  ['time.diff', [1496455200000000000n, 1400000000000000000n], [3, 0, 20, 9, 6, 40]],
  ['time.format', [1496455200123000000n], '2017-06-03T02:00:00.123Z'],
  ['time.format', [[1496455200000000000n, 'America/New_York', 'RFC1123']], 'Fri, 02 Jun 2017 22:00:00 EDT'],
  ['time.format', [[1496455200000000000n, 'UTC', 'Monday January _2 2006 3:04:05 pm -07:00 .000']], 'Saturday June  3 2017 2:00:00 am +00:00 .000'],
  ['time.now_ns', [], 1700000000123456789n],
  ['semver.is_valid', ['1.2.3-rc.1+build.5'], true],
  ['semver.is_valid', ['v1.2.3'], true],
  ['semver.is_valid', ['1.2'], false],
  ['semver.is_valid', ['1.2.3-a..b'], false],
  ['semver.is_valid', [1], false],
  ['semver.compare', ['1.2.3', '1.2.3-alpha'], 1],
  ['semver.compare', ['1.0.0-alpha.1', '1.0.0-alpha.beta'], -1],
  ['semver.compare', ['1.0.0-rc.10', '1.0.0-rc.9'], 1],
  ['semver.compare', ['1.0.0+a', '1.0.0+b'], 0],
  ['semver.compare', ['x', '1.0.0'], 'error: eval_builtin_error: semver.compare: operand 1: string "x" is not a valid SemVer'],
];

test('time and semver builtins (table)', () => {
  for (const [name, args, want] of cases) assert.deepEqual(call(table, name, ...args), want, `${name}(${String(args)})`);
});

test('zone abbreviations and offsets come from the zone database as in Go', { skip: existsSync('/usr/share/zoneinfo/Europe/Berlin') ? false : 'no zone database in /usr/share/zoneinfo (apt-get install tzdata)' }, () => {
  const fmt = (ns: bigint, tz: string) => call(table, 'time.format', [ns as unknown as number, tz, '2006-01-02T15:04:05Z07:00 MST']);
  assert.equal(fmt(1496455200000000000n, 'Europe/Berlin'), '2017-06-03T04:00:00+02:00 CEST');
  assert.equal(fmt(0n, 'Asia/Kolkata'), '1970-01-01T05:30:00+05:30 IST');
  assert.equal(fmt(-5000000000000000000n, 'America/New_York'), '1811-07-23T10:10:38-04:56 LMT');
  assert.equal(fmt(9223372036854775807n, 'Africa/Casablanca'), '2262-04-12T00:47:16+01:00 +01');
});
