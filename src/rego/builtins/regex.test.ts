import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtins as regex } from './regex.ts';
import { builtins as regexMatch, usesRe2 } from './regex-match.ts';
import { builtins as glob } from './glob.ts';
import { call } from '../../../test/rego/test-call.ts';
import type { Value } from '../value/value.ts';

const table = { ...regexMatch, ...regex, ...glob };
const cases: [string, Value[], Value | undefined | string][] = [
  ['regex.match', ['^a+$', 'aaa'], true],
  ['regex.match', ['(?i)^A\\z', 'a'], true],
  ['regex.match', ['a(', 'a'], 'error: eval_builtin_error: regex.match: error parsing regexp: missing closing ): `a(`'],
  ['regex.is_valid', ['a('], false],
  ['regex.is_valid', [1], false],
  ['regex.split', ['a', 'banana'], ['b', 'n', 'n', '']],
  ['regex.split', ['x*', 'axbc'], ['a', 'b', 'c']],
  ['regex.split', ['a', ''], ['']],
  ['regex.find_n', ['a.', 'banana', -1], ['an', 'an']],
  ['regex.find_n', ['a.', 'banana', 1], ['an']],
  ['regex.find_all_string_submatch_n', ['a(x*)(y)?b', '-ab-axxb-', -1], [['ab', '', ''], ['axxb', 'xx', '']]],
  ['regex.replace', ['-wy-wxxy-', 'w(x*)y', '0'], '-0-0-'],
  ['regex.replace', ['foo', '(foo)', '$1$1'], 'foofoo'],
  ['regex.replace', ['foo', '(?P<n>f)', '${n}x$1y$$'], 'fx$oo'], // `$1y` names a group "1y": empty
  ['regex.replace', ['foo bar', '[a-z]', '_'], '___ ___'],
  ['regex.replace', ['abc', 'x*', '-'], '-a-b-c-'],
  ['regex.template_match', ['urn:foo:{.*}', 'urn:foo:bar:baz', '{', '}'], true],
  ['regex.template_match', ['urn:foo:{.*', 'urn:foo:bar', '{', '}'], 'error: eval_builtin_error: regex.template_match: unbalanced braces in "urn:foo:{.*"'],
  ['regex.globs_match', ['a.a.[0-9]+z', '.b.b2359825792*594823z'], true],
  ['regex.globs_match', ['[a-z]+', '[0-9]*'], false],
  ['regex.globs_match', ['pqrs]', '[a-b]+'], "error: eval_builtin_error: regex.globs_match: input:pqrs], pos:5, set-close ']' with no preceding '[': the input provided is invalid"],
  ['regex.globs_match', ['[a-z]+\\[[0-9]+\\]', 'foo\\[1\\]'], true],
  ['glob.match', ['*.github.com', ['.'], 'api.github.com'], true],
  ['glob.match', ['api.**.com', ['.'], 'api.cdn.github.com'], true],
  ['glob.match', ['*', [], 'foo.bar'], false],
  ['glob.match', ['*', null, 'foo.bar'], true],
  ['glob.match', ['?at', ['f'], 'fat'], false],
  ['glob.match', ['[!a-c]at', [], 'fat'], true],
  ['glob.match', ['{cat,bat,[fr]at}', [], 'rat'], true],
  ['glob.match', ['\\*x', [], '*x'], true],
  ['glob.match', ['*', 'x', 'y'], 'error: eval_type_error: glob.match: operand 2 must be one of {array, null} but got string'],
  ['glob.quote_meta', ['*.github.com'], '\\*.github.com'],
];

test('regex and glob builtins (table)', () => {
  for (const [name, args, want] of cases) assert.deepEqual(call(table, name, ...args), want, `${name}(${JSON.stringify(args)})`);
});

test('regex.match needs RE2 only for a pattern that is no literal of the linear subset', () => {
  assert.equal(usesRe2('deny if regex.match("(?i)(password|secret)", k)'), false);
  assert.equal(usesRe2('deny if re_match(`^[a-z]+\\.txt$`,\n\t k)'), false);
  assert.equal(usesRe2('deny if regex.match(p, k)'), true);
  assert.equal(usesRe2('deny if regex.match("a" + b, k)'), true);
  assert.equal(usesRe2('deny if regex.match("(?m)^a", k)'), true);
  assert.equal(usesRe2('deny if regex.match("\\\\pL", k)'), true);
  assert.equal(usesRe2('# regex.match'), true);
  assert.equal(call(table, 'regex.match', '(?i)^k$', '\u212a'), true);
  assert.equal(call(table, 'regex.match', '^\\pL$', 'é'), true);
});
