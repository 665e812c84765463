import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '../index.ts';
import { parseModule } from '../syntax/parser.ts';
import { compileModules } from './stages.ts';
import { RuleIndex, indexableCondition } from './indexer.ts';
import { fromJSON, toJSON } from '../value/value.ts';
import type { Rule } from '../syntax/ast.ts';

const rulesOf = (src: string, name: string): Rule[] => {
  const c = compileModules([parseModule(src, 'p.rego', {})]);
  const n = c.root.find(['x', name])!;
  return [...n.complete, ...n.setRules];
};

test('indexable conditions: input refs with constant paths compared to scalars, either side, == or =', () => {
  const rules = rulesOf(`package x
d contains 1 if input.kind == "Deployment"
d contains 2 if "Pod" = input.kind
d contains 3 if input.spec.containers[0].name == "web"
d contains 4 if { not input.kind == "Job" }
d contains 5 if { input.kind == input.other }
d contains 6 if { input.kind != "Job" }
d contains 7 if { data.kind == "Job" }
`, 'd');
  const conds = rules.map((r) => indexableCondition(r.body[0]));
  assert.deepEqual(conds.map((c) => c && toJSON(c.path as never)), [['kind'], ['kind'], ['spec', 'containers', 0, 'name'], undefined, undefined, undefined, undefined]);
  assert.deepEqual(conds.slice(0, 3).map((c) => c!.value), ['Deployment', 'Pod', 'web']);
});

test('candidates: matching rules plus unindexed ones, in source order; nothing indexed matches an undefined input', () => {
  const rules = rulesOf(`package x
d contains 1 if input.kind == "A"
d contains 2 if { count(input) > 0 }
d contains 3 if input.kind == "B"
d contains 4 if { input.kind == "A"; input.n == 1 }
d contains 5 if input.n == 1
`, 'd');
  const idx = RuleIndex.build(rules, (r) => r)!;
  const heads = (input: unknown) => idx.candidates(input === undefined ? undefined : fromJSON(input)).map((r) => toJSON((r.head.key as unknown as { value: never }).value));
  assert.deepEqual(heads({ kind: 'A' }), [1, 2, 4]);
  assert.deepEqual(heads({ kind: 'B', n: 1 }), [2, 3, 5]);
  assert.deepEqual(heads({ kind: 'C' }), [2]);
  assert.deepEqual(heads(undefined), [2]);
  // numbers match whatever their spelling (1.0 == 1)
  assert.deepEqual(heads({ kind: 'Z', n: 1.0 }), [2, 5]);
  assert.equal(RuleIndex.build(rules.slice(0, 2), (r) => r), undefined);
});

test('evaluation with the index gives the same results, including else chains, defaults, with and object rules', () => {
  const src = `package x
deny contains "a" if input.kind == "A"
deny contains "b" if input.kind == "B"
deny contains "any" if input.kind
p := 1 if input.kind == "A"
else := 2 if input.kind == "B"
p := 1 if input.kind == "C"
default q := "none"
q := "a" if input.kind == "A"
q := "b" if input.kind == "B"
obj[input.kind] := 1 if input.kind == "A"
obj[input.kind] := 2 if input.kind == "B"
via_with := x if { x := deny with input as {"kind": "B"} }
`;
  const on = compile([{ file: 'p.rego', source: src }]);
  const off = compile([{ file: 'p.rego', source: src }], {}, { ruleIndex: false });
  for (const input of [{ kind: 'A' }, { kind: 'B' }, { kind: 'C' }, {}, undefined]) {
    for (const path of ['x.deny', 'x.p', 'x.q', 'x.obj', 'x.via_with']) {
      const opts = { input: input === undefined ? undefined : fromJSON(input) };
      const a = on.evaluate(path, opts).value;
      const b = off.evaluate(path, opts).value;
      assert.deepEqual(a === undefined ? undefined : toJSON(a), b === undefined ? undefined : toJSON(b), `${path} ${JSON.stringify(input)}`);
    }
  }
  assert.equal(toJSON(on.evaluate('x.p', { input: fromJSON({ kind: 'B' }) }).value!), 2);
  assert.deepEqual(toJSON(on.evaluate('x.via_with', { input: fromJSON({ kind: 'A' }) }).value!), ['any', 'b']);
});
