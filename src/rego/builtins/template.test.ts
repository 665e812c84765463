import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtins } from './template.ts';
import { call } from '../../../test/rego/test-call.ts';
import { fromJSON } from '../value/value.ts';

test('render_template: Go text/template subset', () => {
  const table: [string, unknown, string][] = [
    ['{{.test}}', { test: 'hello world' }, 'hello world'],
    ['{{.test}}', { test: 2023 }, '2023'],
    ['{{range $i, $name := .names}}{{if $i}},{{end}}hello {{$name}}{{end}}', { names: ['rohan', 'john doe'] }, 'hello rohan,hello john doe'],
    ['test {{.foo}} {{.bar}} {{.baz}}', { baz: 1 }, 'test <undefined> <undefined> 1'],
    ['{{if eq .n 1}}one{{else if eq .n 2}}two{{else}}many{{end}}', { n: 2 }, 'two'],
    ['{{with .a}}{{.b}}{{end}}|{{len .xs}}|{{index .xs 1}}', { a: { b: 'x' }, xs: [1, 2] }, 'x|2|2'],
    ['  {{- .a -}}  !', { a: 'v' }, 'v!'],
    ['{{range .xs}}{{.}};{{else}}none{{end}}', { xs: [] }, 'none'],
  ];
  for (const [t, vars, want] of table) assert.equal(call(builtins, 'strings.render_template', t, fromJSON(vars)), want, t);
  assert.equal(call(builtins, 'strings.render_template', '{{.a', fromJSON({})), 'error: eval_builtin_error: strings.render_template: template: unclosed action');
  assert.equal(call(builtins, 'strings.render_template', 1, fromJSON({})), 'error: eval_type_error: strings.render_template: operand 1 must be string but got number');
});
