import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseModule, parseQuery, RegoParseErrors } from './parser.ts';
import { RegoError } from '../errors.ts';
import { loadYamlLib } from '../yaml-lib.ts';

// METADATA blocks are read with the yaml library, which the engine loads on demand
await loadYamlLib();

const mod = (src: string, v0 = false) => parseModule(src, 'p.rego', { v0 });

test('every construct of the issue parses (v1)', () => {
  const m = mod(`package a.b
import rego.v1
import data.lib.k8s as k
import input.review
import future.keywords.in

# METADATA
# title: No privileged pods
deny contains msg if {
  some c in input.spec.containers
  c.securityContext.privileged == true
  not exempt(c.name)
  msg := sprintf("%s is privileged", [c.name])
}
exempt(name) if name in {"a", "b"}
exempt(name) if startswith(name, "sys-")
default allow := false
allow if { count(deny) == 0 } else := true if { input.x }
q.r[s] contains x if { some s, x in {"k": 1} }
o[k] := v if { some k, v in {"a": 1} }
e if every x in [1, 2] { x > 0 }
cmp := {x | some x in [1, 2]} | {3} & {3} - set()
arr := [(x * 2 + 1 / 1 % 3) | x := [1][_]]
obj := {k: v | some k, v in {"a": 1}}
w if { allow with input as {"x": true} with data.a.b as 1 with count as 1 }
r := \`raw \\ string\`
n := 123456789012345678901234567890
u := x if { x = 1; x == 1; x != 2; x < 3; x <= 3; x > 0; x >= 0 }
t := $"hello {input.name}"
`);
  assert.deepEqual(m.package, ['a', 'b']);
  assert.equal(m.imports.length, 4);
  assert.equal(m.imports[1].alias, 'k');
  const names = m.rules.map((r) => r.head.ref.map((t) => (t.t === 'var' ? t.name : t.t === 'scalar' ? String(t.value) : '?')).join('.'));
  assert.deepEqual(names, ['deny', 'exempt', 'exempt', 'allow', 'allow', 'q.r.s', 'o.k', 'e', 'cmp', 'arr', 'obj', 'w', 'r', 'n', 'u', 't']);
  assert.ok(m.rules[0].head.key);
  assert.equal(m.rules[0].annotations?.[0].data.title, 'No privileged pods');
  assert.equal(m.rules[0].body[2].negated, true);
  assert.equal(m.rules[3].default, true);
  assert.ok(m.rules[4].else);
  assert.equal(m.rules[7].body[0].e, 'every');
  assert.equal(m.rules[11].body[0].with.length, 3);
  assert.deepEqual(m.rules[0].loc, { file: 'p.rego', row: 9, col: 1 });
});

test('v0 syntax: partial sets and objects without if/contains', () => {
  const m = mod(`package x
deny[msg] { input.a; msg := "no" }
labels[k] = v { v := input.l[k] }
allow { true }`, true);
  assert.ok(m.rules[0].head.key);
  assert.equal(m.rules[1].head.ref.length, 2);
  assert.equal(m.rules[2].body.length, 1);
});

test('syntax errors carry file:line:col and what was expected', () => {
  const cases: [string, string][] = [
    ['package x\np if {\n  x := \n}', 'p.rego:4:1: rego_parse_error: unexpected } token'],
    ['package x\np {\n true }', 'p.rego:2:1: rego_parse_error: `if` keyword is required before rule body'],
    ['package x\np := "abc', 'p.rego:2:6: rego_parse_error: non-terminated string'],
    ['x := 1', 'p.rego:1:1: rego_parse_error: package expected'],
    ['package x\nimport foo.bar', 'p.rego:2:1: rego_parse_error: unexpected import path, must begin with one of: {data, future, input, rego}, got: foo'],
  ];
  for (const [src, want] of cases) {
    assert.throws(() => mod(src), (e: unknown) => e instanceof RegoError && e.format() === want, want);
  }
});

// Each message and place as `opa parse` 1.19.1 gives them (file:row:col; OPA's end of input is its last character)
test('parse errors name the first bad token, where OPA does', () => {
  const cases: [string, string][] = [
    // without a package, the statements are read first: their first error, else `package expected`
    ['%v %d', '1:1: unexpected rem token'],
    ['*.b', '1:1: unexpected mul token'],
    ['a: [1, 2]', '1:2: unexpected : token'],
    ['a , b', '1:3: unexpected , token'],
    ['a%20b', '1:2: unexpected rem token'],
    ['http://u:p@a.com:80/b c?x=1', '1:5: unexpected : token'],
    ['p if {', '1:6: unexpected eof token'],
    ['a % 2', '1:1: package expected'],
    ['p { true }', '1:1: package expected'],
    ['x = 1; y = 2', '1:1: package expected'],
    // the lexer's errors count only where the parser reaches them
    ['\u0000', '1:1: illegal null character'],
    ['a@b', '1:2: illegal token'],
    ['package x\np := 1 +', '2:8: unexpected eof token'],
    ['package x\np if {\n', '3:0: unexpected eof token'],
    ['package', '1:7: unexpected eof token'],
    ['package x\nx { true }', '2:1: `if` keyword is required before rule body'],
    ['package x\nx := [1 .5]', '2:9: unexpected . token: expected "," or "]"'],
    ['package x\nx := [1 [2]]', '2:9: unexpected [ token: expected "," or "]"'],
    ['package x\nx := a.0', '2:8: unexpected number token: expected identifier'],
    ['package x\nevery x in [1] { x > 0 }', '2:1: expression cannot be used for rule head'],
    ['package x\nnot x', '2:1: negated expressions cannot be used for rule head'],
    ['package x\nsome x in y', "2:1: 'some' declarations cannot be used for rule head"],
    ['package x\nx := -1.5e30103', '2:7: number too big'],
    ['package x\nf(x 1) := 1', '2:5: unexpected number token: expected "," or ")"'],
    ['package x\np if { every x in [1] }', '2:23: unexpected } token: missing body'],
    ['package x\np := (1 + 2 3)', '2:13: non-terminated expression'],
    ['package x\np := 1 else := 2 if true', '2:8: unexpected else keyword'],
    ['package x\np if { some 1 }', '2:13: unexpected number token: expected var'],
    ['package x\np if { x with input }', '2:21: unexpected } token: expected as keyword'],
    ['package x\nimport data.x as 1', '2:18: unexpected number token: expected var'],
    ['package x\nimport', '2:6: unexpected eof token'],
    ['package x\np := true.x', '2:6: illegal ref (head cannot be boolean)'],
    ['package x\np := `raw\nstring', '2:6: non-terminated string'],
    ['package x\np := "\\x41"', '2:6: illegal escape sequence'],
    ['package x\np if { 1 }; q', '2:11: unexpected ; token'],
  ];
  for (const [src, want] of cases) {
    assert.throws(() => mod(src), (e: unknown) => e instanceof RegoError && e.format() === `p.rego:${want.replace(': ', ': rego_parse_error: ')}`, want);
  }
});

test('a ref on a number is one error, and what is wrong after it another, as in OPA', () => {
  assert.throws(() => mod('1.0.0'), (e: unknown) => e instanceof RegoParseErrors
    && e.all.map((x) => x.format()).join('\n') === 'p.rego:1:1: rego_parse_error: illegal ref (head cannot be number)\np.rego:1:5: rego_parse_error: unexpected number token: expected identifier');
});

test('integer literals beyond the float range stay exact, as in OPA', () => {
  const m = mod('package x\ny := 1e400\nz := -2.5e401');
  assert.deepEqual(m.rules.map((r) => r.head.value?.t === 'scalar' && r.head.value.value), [10n ** 400n, -25n * 10n ** 400n]);
});

test('queries: several expressions, some, not, with', () => {
  const q = parseQuery('x := 1; some y in [1]; not y == 2\nz = x with input as 1');
  assert.deepEqual(q.map((e) => e.e), ['term', 'somein', 'term', 'term']);
  assert.equal(q[2].negated, true);
  assert.equal(q[3].with.length, 1);
});
