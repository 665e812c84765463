import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diff, type DependencyDiff, type DependencyFileChange } from './diff.ts';
import { diffKeyPaths, formatKeyPath } from './key-paths.ts';
import type { Json, TrackedConfig, Verdict } from './snapshot.ts';
import { SHA_A, SHA_B, SHA_C, snapshot, state } from './testdata.ts';

const cfg = (path: string, format: string, content: Json, sha256 = SHA_A): TrackedConfig => ({ path, format, sha256, content });
/** The changes of one file as `path: old -> new` lines. */
const lines = (base: TrackedConfig, head: TrackedConfig) => {
  const d = diff(snapshot({ configs: [base] }), state({ configs: [head] }), []);
  return d.configs.changed.flatMap((c) => c.changes.map((x) => `${x.kind} ${formatKeyPath(x.path)}: ${JSON.stringify(x.old)} -> ${JSON.stringify(x.new)}`));
};

const sshd = (permit: string, line: number) => ({
  settings: { permitrootlogin: permit, port: '22' },
  values: { permitrootlogin: [permit], port: ['22'] },
  directives: [{ keyword: 'PermitRootLogin', key: 'permitrootlogin', args: [permit], value: permit, line }],
  match: [],
});

const CONFIG_CASES: { name: string; base: TrackedConfig; head: TrackedConfig; want: string[] }[] = [
  {
    name: 'YAML: a nested value, a key added, a list item removed',
    base: cfg('k8s.yaml', 'yaml', { spec: { replicas: 2, ports: [80, 443] } }),
    head: cfg('k8s.yaml', 'yaml', { spec: { replicas: 3, ports: [80], paused: true } }, SHA_B),
    want: ['added spec.paused: undefined -> true', 'removed spec.ports[1]: 443 -> undefined', 'changed spec.replicas: 2 -> 3'],
  },
  {
    name: 'JSON: keys that are not identifiers are quoted',
    base: cfg('p.json', 'json', { labels: { 'app.kubernetes.io/name': 'a' } }),
    head: cfg('p.json', 'json', { labels: { 'app.kubernetes.io/name': 'b' } }, SHA_B),
    want: ['changed labels["app.kubernetes.io/name"]: "a" -> "b"'],
  },
  {
    name: 'TOML: a value changes type',
    base: cfg('a.toml', 'toml', { t: { k: 1 } }),
    head: cfg('a.toml', 'toml', { t: { k: '1' } }, SHA_B),
    want: ['changed t.k: 1 -> "1"'],
  },
  {
    name: 'INI: a section gone, one added',
    base: cfg('a.ini', 'ini', { old: { k: 'v' } }),
    head: cfg('a.ini', 'ini', { new: { k: 'v' } }, SHA_B),
    want: ['added new: undefined -> {"k":"v"}', 'removed old: {"k":"v"} -> undefined'],
  },
  {
    name: 'dotenv: per key, not per text line',
    base: cfg('.env', 'dotenv', { A: '1', B: 'two' }),
    head: cfg('.env', 'dotenv', { B: 'three', A: '1' }, SHA_B),
    want: ['changed B: "two" -> "three"'],
  },
  {
    name: 'properties: dotted keys are one key',
    base: cfg('app.properties', 'properties', { 'a.b': '1' }),
    head: cfg('app.properties', 'properties', { 'a.b': '2' }, SHA_B),
    want: ['changed ["a.b"]: "1" -> "2"'],
  },
  {
    name: 'sshd_config: the effective setting once, and a moved line is no change',
    base: cfg('sshd_config', 'sshd_config', sshd('no', 1)),
    head: cfg('sshd_config', 'sshd_config', sshd('yes', 7), SHA_B),
    want: ['changed settings.permitrootlogin: "no" -> "yes"'],
  },
  {
    name: 'logrotate: settings per stanza, directive lines left out',
    base: cfg('logrotate.d/app', 'logrotate', { settings: {}, directives: [], includes: [], stanzas: [{ paths: ['/a'], line: 1, settings: { rotate: '7' }, effective: { rotate: '7' }, directives: [{ name: 'rotate', args: ['7'], line: 2 }], scripts: {} }] }),
    head: cfg('logrotate.d/app', 'logrotate', { settings: {}, directives: [], includes: [], stanzas: [{ paths: ['/a'], line: 3, settings: { rotate: '4' }, effective: { rotate: '4' }, directives: [{ name: 'rotate', args: ['4'], line: 4 }], scripts: {} }] }, SHA_B),
    want: ['changed stanzas[0].settings.rotate: "7" -> "4"'],
  },
  {
    name: 'only comments or formatting changed: the bytes differ, no key does',
    base: cfg('a.yaml', 'yaml', { a: 1 }),
    head: cfg('a.yaml', 'yaml', { a: 1 }, SHA_B),
    want: [],
  },
  {
    name: 'read as another format: the whole document is one change',
    base: cfg('x.conf', 'nginx', { directives: [] }),
    head: cfg('x.conf', 'ini', { s: {} }, SHA_B),
    want: ['changed (whole document): {"directives":[]} -> {"s":{}}'],
  },
];

for (const c of CONFIG_CASES) test(`configs by key path — ${c.name}`, () => assert.deepEqual(lines(c.base, c.head), c.want));

test('configs: files added, removed, unchanged (same sha256), and one that does not parse any more', () => {
  const d = diff(
    snapshot({ configs: [cfg('gone.yaml', 'yaml', {}), cfg('same.yaml', 'yaml', { a: 1 }), cfg('broken.json', 'json', { a: 1 })] }),
    state({ configs: [cfg('new.env', 'dotenv', { A: '1' }), cfg('same.yaml', 'yaml', { a: 1 }), cfg('broken.json', 'json', null, SHA_C)] }),
    [],
  );
  assert.deepEqual(d.configs.changed.map((c) => [c.path, c.status, c.unparsed]), [['broken.json', 'changed', true], ['gone.yaml', 'removed', false], ['new.env', 'added', false]]);
  assert.equal(d.configs.tracked, 4);
  assert.equal(d.configs.unchanged, 1);
  assert.equal(d.clean, false);
});

test('a long list of key changes is bounded, the rest counted', () => {
  const big = (v: number) => Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, v]));
  const r = diffKeyPaths(big(1), big(2), 10);
  assert.equal(r.changes.length, 10);
  assert.equal(r.omitted, 20);
});

const v = (message: string, line: number | null = 1, level: Verdict['level'] = 'failure', file: string | null = 'a.yaml'): Verdict => ({ rule: 'main/deny', level, message, file, line });

const VERDICT_CASES: { name: string; base: Verdict[]; head: Verdict[]; fresh: string[]; fixed: string[] }[] = [
  { name: 'none before or after', base: [], head: [], fresh: [], fixed: [] },
  { name: 'a new failure', base: [], head: [v('x')], fresh: ['x'], fixed: [] },
  { name: 'a fixed one', base: [v('x')], head: [], fresh: [], fixed: ['x'] },
  { name: 'a moved line is the same violation', base: [v('x', 3)], head: [v('x', 9)], fresh: [], fixed: [] },
  { name: 'a second instance of the same message is new', base: [v('x')], head: [v('x'), v('x', 5)], fresh: ['x'], fixed: [] },
  { name: 'a warning that became a failure is new and fixed', base: [v('x', 1, 'warning')], head: [v('x')], fresh: ['x'], fixed: ['x'] },
  { name: 'the same message in another file is another violation', base: [v('x')], head: [v('x', 1, 'failure', 'b.yaml')], fresh: ['x'], fixed: ['x'] },
];

for (const c of VERDICT_CASES) {
  test(`verdicts — ${c.name}`, () => {
    const d = diff(snapshot({ verdicts: c.base }), state({ verdicts: c.head }), []);
    assert.deepEqual(d.verdicts.new.map((x) => x.message), c.fresh);
    assert.deepEqual(d.verdicts.fixed.map((x) => x.message), c.fixed);
    assert.equal(d.verdicts.failures, c.head.filter((x) => x.level === 'failure').length);
  });
}

const noDeps = (): DependencyDiff => ({ added: [], removed: [], upgraded: [], downgraded: [], changed: [], madeDirect: [], madeIndirect: [], rehashed: [] });
const side = (...versions: string[]) => ({ versions });

test('dependency changes are the lock diff, counted by kind; a file whose diff is empty is left out', () => {
  const files: DependencyFileChange[] = [
    { file: 'go.mod', status: 'changed', diff: { ...noDeps(), upgraded: [{ name: 'golang.org/x/text', base: side('v0.14.0'), head: side('v0.15.0'), from: 'v0.14.0', to: 'v0.15.0' }] } },
    { file: 'go.sum', status: 'changed', diff: noDeps() },
    { file: 'requirements.txt', status: 'added', diff: { ...noDeps(), added: [{ name: 'requests', base: null, head: side('2.31.0') }, { name: 'idna', base: null, head: side('3.6') }] } },
  ];
  const d = diff(snapshot(), state(), files);
  assert.deepEqual(d.dependencies.files.map((f) => f.file), ['go.mod', 'requirements.txt']);
  assert.equal(d.dependencies.counts.upgraded, 1);
  assert.equal(d.dependencies.counts.added, 2);
  assert.equal(d.dependencies.total, 3);
  assert.equal(d.clean, false);
});

const bin = (target: string, size: number, sha256 = SHA_A) => ({ target, file: `app-${target.replace('/', '-')}`, size, sha256 });

const BINARY_CASES: { name: string; base: ReturnType<typeof bin>[]; head: ReturnType<typeof bin>[] | null; want: unknown[] }[] = [
  { name: 'grown by 10%', base: [bin('linux/amd64', 1000)], head: [bin('linux/amd64', 1100, SHA_B)], want: [['linux/amd64', 'changed', 100, 10]] },
  { name: 'shrunk', base: [bin('linux/amd64', 2000)], head: [bin('linux/amd64', 1500, SHA_B)], want: [['linux/amd64', 'changed', -500, -25]] },
  { name: 'same size, other bytes', base: [bin('linux/amd64', 10)], head: [bin('linux/amd64', 10, SHA_B)], want: [['linux/amd64', 'changed', 0, 0]] },
  { name: 'unchanged', base: [bin('linux/amd64', 10)], head: [bin('linux/amd64', 10)], want: [['linux/amd64', 'unchanged', 0, 0]] },
  { name: 'a target added and one removed', base: [bin('linux/386', 10)], head: [bin('linux/arm64', 10)], want: [['linux/386', 'removed', null, null], ['linux/arm64', 'added', null, null]] },
  { name: 'from an empty file: no percentage', base: [bin('js/wasm', 0)], head: [bin('js/wasm', 5, SHA_B)], want: [['js/wasm', 'changed', 5, null]] },
  { name: 'no build at head: not measured', base: [bin('linux/amd64', 10)], head: null, want: [] },
];

for (const c of BINARY_CASES) {
  test(`binary sizes — ${c.name}`, () => {
    const d = diff(snapshot({ binaries: c.base }), state({ binaries: c.head }), []);
    assert.equal(d.binaries.measured, c.head !== null);
    assert.deepEqual(d.binaries.targets.map((t) => [t.target, t.status, t.deltaBytes, t.deltaPercent]), c.want);
  });
}

test('toolchain: a change of version, and nothing else makes the diff clean', () => {
  const changed = diff(snapshot(), state({ toolchain: { version: '1.27.0', source: 'manifest' } }), []);
  assert.deepEqual([changed.toolchain.changed, changed.toolchain.base.version, changed.toolchain.head.version], [true, '1.26.8', '1.27.0']);
  assert.equal(changed.clean, false);
  const same = diff(snapshot({ configs: [cfg('a.yaml', 'yaml', { a: 1 })] }), state({ configs: [cfg('a.yaml', 'yaml', { a: 1 })], binaries: null }), []);
  assert.equal(same.clean, true);
});
