import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MATCHER } from './matcher.ts';

const re = new RegExp(MATCHER.problemMatcher[0].pattern[0].regexp);

test('the problem matcher picks file, line, column and message from go output', () => {
  const table: [line: string, want: [string, string, string | undefined, string] | null][] = [
    ['./main.go:12:3: undefined: x', ['./main.go', '12', '3', 'undefined: x']],
    ['cmd/app/main.go:7:2: "os" imported and not used', ['cmd/app/main.go', '7', '2', '"os" imported and not used']],
    ['vet: ./x.go:1:2: unreachable code', ['./x.go', '1', '2', 'unreachable code']],
    ['    foo_test.go:42: got 1, want 2', ['foo_test.go', '42', undefined, 'got 1, want 2']],
    ['../lib/a.go:3:1: syntax error: unexpected }', ['../lib/a.go', '3', '1', 'syntax error: unexpected }']],
    ['# example.com/hello', null],
    ['ok  \texample.com/hello\t0.003s', null],
    ['go: downloading golang.org/x/mod v0.20.0', null],
  ];
  for (const [line, want] of table) {
    const m = re.exec(line);
    assert.deepEqual(m ? [m[1], m[2], m[3], m[4]] : null, want, line);
  }
});
