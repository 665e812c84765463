import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffLocks, type LockDiff } from './diff.ts';
import type { LockDocument } from './document.ts';
import { parseLockText } from './parse.ts';
import { fixture } from './testdata.ts';

const summary = (d: LockDiff) =>
  Object.fromEntries(
    (['added', 'removed', 'upgraded', 'downgraded', 'changed', 'madeDirect', 'madeIndirect', 'rehashed'] as const).map((k) => [
      k,
      d[k].map((c) =>
        'from' in c ? `${c.name} ${c.from} -> ${c.to}` : 'version' in c ? `${c.name} ${c.version}` : `${c.name} ${(c.head ?? c.base)!.versions.join(',')}`,
      ),
    ]),
  );

function doc(file: string, text: string): LockDocument {
  const r = parseLockText(text, file);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.document;
}

test('Go diff of two go mod tidy revisions: pseudo-version upgrade, +incompatible addition, downgrade, removal', () => {
  const d = diffLocks(fixture('go/base/go.mod'), fixture('go/head/go.mod'));
  assert.deepEqual(summary(d), {
    added: ['github.com/golang-jwt/jwt v3.2.2+incompatible'],
    removed: ['gopkg.in/yaml.v3 v3.0.1'],
    upgraded: ['golang.org/x/exp v0.0.0-20240506185415-9bf2ced13842 -> v0.0.0-20241009180824-f66d83c29e7c', 'golang.org/x/text v0.14.0 -> v0.21.0'],
    downgraded: ['github.com/google/uuid v1.6.0 -> v1.5.0'],
    changed: [],
    madeDirect: [],
    madeIndirect: [],
    rehashed: [],
  });
  assert.deepEqual([d.upgraded[1].base.line, d.upgraded[1].head.line, d.upgraded[1].head.file], [13, 14, 'go/head/go.mod']);
  const sum = diffLocks(fixture('go/base/go.sum'), fixture('go/head/go.sum'));
  assert.deepEqual(summary(sum).removed, ['gopkg.in/check.v1 v0.0.0-20161208181325-20d25e280405', 'gopkg.in/yaml.v3 v3.0.1']);
  assert.deepEqual(summary(sum).downgraded, ['github.com/google/uuid v1.6.0 -> v1.5.0']);
});

test('pip diff of two pip-compile revisions and of two uv lock revisions (PEP 440 order, direct changes)', () => {
  assert.deepEqual(summary(diffLocks(fixture('pip/base/requirements.txt'), fixture('pip/head/requirements.txt'))), {
    added: ['packaging 24.1'],
    removed: ['six 1.16.0'],
    upgraded: ['requests 2.31.0 -> 2.32.3'],
    downgraded: ['click 8.1.7 -> 8.1.3'],
    changed: [],
    madeDirect: [],
    madeIndirect: [],
    rehashed: [],
  });
  assert.deepEqual(summary(diffLocks(fixture('pip/base/uv.lock'), fixture('pip/head/uv.lock'))), {
    added: ['tomli 2.0.1'],
    removed: ['six 1.16.0'],
    upgraded: ['requests 2.31.0 -> 2.32.3'],
    downgraded: ['click 8.1.7 -> 8.1.3', 'packaging 25.0 -> 24.1'],
    changed: [],
    madeDirect: ['packaging 25.0 -> 24.1'],
    madeIndirect: [],
    rehashed: [],
  });
});

test('diff: PEP 503 names match, rehashes, unpinned changes, indirect changes, several versions of one module', () => {
  const h = (c: string) => `--hash=sha256:${c.repeat(64)}`;
  const base = doc('requirements.txt', `Foo_Bar==1.0 ${h('a')}\nbaz==2.0 ${h('b')}\nqux>=1\nzed==1.0rc1\n`);
  const head = doc('requirements.txt', `foo-bar==1.0 ${h('c')}\nbaz==2.0 ${h('b')} ${h('d')}\nqux>=2\nzed==1.0\n`);
  assert.deepEqual(summary(diffLocks(base, head)), {
    added: [],
    removed: [],
    upgraded: ['zed 1.0rc1 -> 1.0'],
    downgraded: [],
    changed: ['qux >=1 -> >=2'],
    madeDirect: [],
    madeIndirect: [],
    rehashed: ['foo-bar 1.0', 'baz 2.0'].sort(),
  });
  const rehash = diffLocks(base, head).rehashed.find((r) => r.name === 'foo-bar')!;
  assert.deepEqual([rehash.removedHashes, rehash.addedHashes], [[`sha256:${'a'.repeat(64)}`], [`sha256:${'c'.repeat(64)}`]]);

  const mod = (req: string) => doc('go.mod', `module m\n\nrequire (\n${req}\n)\n`);
  assert.deepEqual(summary(diffLocks(mod('\ta v1.0.0\n\tb v1.0.0 // indirect'), mod('\ta v1.0.0 // indirect\n\tb v1.0.0'))).madeIndirect, [
    'a v1.0.0 -> v1.0.0',
  ]);
  assert.deepEqual(summary(diffLocks(mod('\ta v1.0.0\n\tb v1.0.0 // indirect'), mod('\ta v1.0.0 // indirect\n\tb v1.0.0'))).madeDirect, ['b v1.0.0 -> v1.0.0']);

  const H = 'h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=';
  const sum = (lines: string[]) => doc('go.sum', lines.map((l) => `${l} ${H}`).join('\n'));
  assert.deepEqual(summary(diffLocks(sum(['x v1.2.0/go.mod']), sum(['x v1.1.0/go.mod', 'x v1.2.0/go.mod']))).changed, ['x v1.2.0 -> v1.2.0']);
  assert.deepEqual(summary(diffLocks(sum(['x v1.2.0/go.mod']), sum(['x v1.2.1-0.20240101000000-abcdef123456/go.mod']))).upgraded, [
    'x v1.2.0 -> v1.2.1-0.20240101000000-abcdef123456',
  ]);
  assert.deepEqual(summary(diffLocks(sum(['x v2.0.0+incompatible']), sum(['x v1.9.0']))).downgraded, ['x v2.0.0+incompatible -> v1.9.0']);
  // A side's versions lowest first, whatever the file's order; a module the same on both sides is not in the diff.
  const unordered = diffLocks(sum(['x v1.2.0/go.mod', 'y v1.0.0']), sum(['x v1.10.0/go.mod', 'x v1.9.0/go.mod', 'y v1.0.0', 'z v2.0.0', 'z v1.0.0-rc.1']));
  assert.deepEqual(summary(unordered), { ...summary(diffLocks(sum([]), sum([]))), upgraded: ['x v1.2.0 -> v1.10.0'], added: ['z v1.0.0-rc.1,v2.0.0'] });
  assert.deepEqual(unordered.upgraded[0].head.versions, ['v1.9.0', 'v1.10.0']);
});

test('diff: a large real uv.lock at two dates, and locks of two ecosystems refused', () => {
  const d = diffLocks(fixture('large/base/uv.lock'), fixture('large/head/uv.lock'));
  assert.ok(d.upgraded.length > 100, `${d.upgraded.length} upgraded`);
  assert.ok(d.upgraded.every((c) => c.from !== c.to));
  assert.throws(() => diffLocks(fixture('go/base/go.mod'), fixture('pip/base/uv.lock')), /go.*pip/);
});
