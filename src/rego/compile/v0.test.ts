import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '../index.ts';
import { toJSON, fromJSON } from '../value/value.ts';

const run = (sources: Record<string, string>, query: string, input?: unknown) => {
  const p = compile(Object.entries(sources).map(([file, source]) => ({ file, source })), {}, { v0: true });
  return p.query(query, { input: input === undefined ? undefined : fromJSON(input) }).rows
    .map((r) => Object.fromEntries([...r.bindings].map(([k, v]) => [k, toJSON(v)])));
};

test('conftest v0 policy over Kubernetes input with a library package', () => {
  const rows = run({
    'kubernetes.rego': 'package kubernetes\n\nis_deployment {\n  input.kind = "Deployment"\n}\n',
    'main.rego': `package main

import data.kubernetes

name = input.metadata.name

deny[msg] {
  kubernetes.is_deployment
  not input.spec.template.spec.securityContext.runAsNonRoot

  msg = sprintf("Containers must not run as root in Deployment %s", [name])
}

warn[msg] {
  image := input.spec.template.spec.containers[_].image
  endswith(image, ":latest")
  msg := sprintf("%s uses latest", [image])
}`,
  }, 'd := data.main.deny; w := data.main.warn', {
    kind: 'Deployment', metadata: { name: 'web' }, spec: { template: { spec: { containers: [{ image: 'nginx:latest' }, { image: 'x:1' }] } } },
  });
  assert.deepEqual(rows, [{ d: ['Containers must not run as root in Deployment web'], w: ['nginx:latest uses latest'] }]);
});

test('v0: contains is a function, p["x"] is a partial set, a.b a ref head, violation objects, else chains', () => {
  const rows = run({
    'p.rego': `package main
denylist = ["ubuntu"]
deny[msg] {
  input[i].Cmd == "from"
  val := input[i].Value
  contains(val[_], denylist[_])
  msg = sprintf("unallowed image found %s", [val])
}
q["x"] { true }
a.b = 1 { true }
violation[{"msg": msg, "details": {"i": i}}] { input[i].Cmd == "run"; msg := "run" }
default level = "low"
level = "high" { count(input) > 10 } else = "mid" { count(input) > 1 }`,
  }, 'd := data.main.deny; q := data.main.q; a := data.main.a; v := data.main.violation; l := data.main.level',
  [{ Cmd: 'from', Value: ['ubuntu:20.04'] }, { Cmd: 'run', Value: [] }]);
  assert.deepEqual(rows, [{
    d: ['unallowed image found ["ubuntu:20.04"]'], q: ['x'], a: { b: 1 }, v: [{ msg: 'run', details: { i: 1 } }], l: 'mid',
  }]);
});

test('v0 with future keywords, exceptions and tests using with', () => {
  const rows = run({
    'p.rego': `package main
import future.keywords.contains
import future.keywords.if
import future.keywords.in
deny contains msg if {
  some c in input.spec.containers
  not c.resources.limits
  msg := sprintf("%s has no limits", [c.name])
}
exception[rules] { input.metadata.name == "skip"; rules = ["limits"] }
test_deny { count(deny) == 1 with input as {"spec": {"containers": [{"name": "a"}]}} }`,
  }, 'd := data.main.deny; e := data.main.exception; t := data.main.test_deny', { metadata: { name: 'skip' }, spec: { containers: [{ name: 'a' }] } });
  assert.deepEqual(rows, [{ d: ['a has no limits'], e: [['limits']], t: true }]);
});
