import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diff, type DependencyFileChange, type Snapshot } from '../baseline/index.ts';
import { baselineSection, renderBaselineMarkdown } from './baseline.ts';
import { renderAuditMarkdown } from './baseline-audit.ts';
import { auditOf } from '../baseline/index.ts';

const sha = (c: string) => c.repeat(64);
const empty: Snapshot = { schema: 1, configs: [], verdicts: [], dependencies: [], toolchain: { version: '1.26.8', source: 'manifest' }, binaries: [] };
const none = { added: [], removed: [], upgraded: [], downgraded: [], changed: [], madeDirect: [], madeIndirect: [], rehashed: [] };
const source = { file: '.github/go-xenv-baseline.json', rev: 'main', commit: 'f'.repeat(40) };

const HOSTILE = '<img src=x onerror=alert(1)> @octocat | [link](https://evil.example) `tick` **bold**\n# heading';

test('a clean diff is one line and status ok', () => {
  const s = baselineSection(diff(empty, { ...empty, binaries: [] }, []), source);
  assert.deepEqual([s.id, s.title, s.status, s.summary], ['baseline', 'Baseline diff', 'ok', 'no change from the baseline']);
  assert.match(s.body, /^Compared with the baseline \.github\/go-xenv-baseline\.json at main \(ffffffffffff\)\.$/);
});

test('every part: configs by key path old -> new, violations, dependencies, binary deltas with %, toolchain', () => {
  const base: Snapshot = {
    ...empty,
    configs: [{ path: 'deploy/app.yaml', format: 'yaml', sha256: sha('a'), content: { spec: { replicas: 2 } } }],
    verdicts: [{ rule: 'main/deny', level: 'warning', message: 'old warning', file: 'deploy/app.yaml', line: 2 }],
    binaries: [{ target: 'linux/amd64', file: 'app', size: 2_000_000, sha256: sha('a') }],
  };
  const head = {
    ...base,
    configs: [{ path: 'deploy/app.yaml', format: 'yaml', sha256: sha('b'), content: { spec: { replicas: 3 } } }],
    verdicts: [{ rule: 'main/deny', level: 'failure' as const, message: 'replicas < 5', file: 'deploy/app.yaml', line: 2 }],
    toolchain: { version: '1.27.0', source: 'manifest' as const },
    binaries: [{ target: 'linux/amd64', file: 'app', size: 2_100_000, sha256: sha('b') }],
  };
  const deps: DependencyFileChange[] = [{ file: 'go.mod', status: 'changed', diff: { ...none, upgraded: [{ name: 'golang.org/x/text', base: { versions: ['v0.14.0'] }, head: { versions: ['v0.21.0'] }, from: 'v0.14.0', to: 'v0.21.0' }] } }];
  const s = baselineSection(diff(base, head, deps), source);
  assert.equal(s.status, 'failed', 'a new failure fails the section');
  assert.equal(s.summary, '1 config file changed, 1 new violation, 1 fixed, 1 dependency change, 1 binary changed, Go 1.26.8 → 1.27.0');
  for (const line of [
    '| deploy/app.yaml | spec.replicas | 2 | 3 |',
    '| failure | main/deny | deploy/app.yaml:2 | replicas &lt; 5 |',
    '| warning | main/deny | deploy/app.yaml:2 | old warning |',
    '| go.mod | upgraded | golang.org/x/text | v0.14.0 | v0.21.0 |',
    '| linux/amd64 | 1.9 MiB | 2.0 MiB | +97.7 KiB | +5.00% |',
    '**Toolchain**: Go 1.26.8 → 1.27.0',
  ]) assert.ok(s.body.split('\n').includes(line), `missing ${line}\n${s.body}`);
  assert.match(renderBaselineMarkdown(diff(base, head, deps), source), /^### Baseline diff\n\n1 config file changed/);
});

test('foreign text is escaped everywhere: file names, keys, values, messages, package names, targets, the revision', () => {
  const base: Snapshot = { ...empty, configs: [{ path: `${HOSTILE}.yaml`, format: 'yaml', sha256: sha('a'), content: { [HOSTILE]: HOSTILE } }], binaries: [{ target: HOSTILE, file: 'x', size: 1, sha256: sha('a') }] };
  const head: Snapshot = {
    ...base,
    configs: [{ ...base.configs[0], sha256: sha('b'), content: { [HOSTILE]: `${HOSTILE}!` } }],
    verdicts: [{ rule: HOSTILE, level: 'failure', message: HOSTILE, file: HOSTILE, line: 1 }],
    binaries: [{ target: HOSTILE, file: 'x', size: 2, sha256: sha('b') }],
    toolchain: { version: HOSTILE, source: 'manifest' },
  };
  const deps: DependencyFileChange[] = [{ file: HOSTILE, status: 'added', diff: { ...none, added: [{ name: HOSTILE, base: null, head: { versions: [HOSTILE] } }] } }];
  const md = renderBaselineMarkdown(diff(base, head, deps), { file: HOSTILE, rev: HOSTILE });
  assert.ok(!md.includes('<img'), 'no raw HTML');
  assert.ok(!/@octocat/.test(md), 'no @mention');
  assert.ok(!md.includes('](https'), 'no link');
  assert.ok(!md.includes('\n# heading'), 'no heading from a newline');
  for (const row of md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))) {
    const cells = row.replace(/\\\|/g, '').split('|').length - 2;
    assert.ok(cells === 4 || cells === 5, `a row keeps its columns: ${row}`);
  }
});

test('long lists fold into <details> with a plain summary', () => {
  const many = (n: number, v: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, v]));
  const base: Snapshot = { ...empty, configs: [{ path: 'a.json', format: 'json', sha256: sha('a'), content: many(11, 1) }] };
  const head: Snapshot = { ...base, configs: [{ path: 'a.json', format: 'json', sha256: sha('b'), content: many(11, 2) }] };
  const body = baselineSection(diff(base, head, []), source).body;
  assert.match(body, /<details><summary><b>Config files<\/b>: 1 file of 1 tracked differ from the baseline<\/summary>\n\n\| File \| Key path/);
  assert.match(body, /<\/details>$/);
  const short: Snapshot = { ...head, configs: [{ path: 'a.json', format: 'json', sha256: sha('b'), content: { ...many(11, 1), k0: 2 } }] };
  assert.doesNotMatch(baselineSection(diff(base, short, []), source).body, /<details>/, 'a short list stays inline');
});

test('the audit report: verdict, figures, failures, then the drift', () => {
  const head: Snapshot = { ...empty, verdicts: [{ rule: 'main/deny', level: 'failure', message: 'bad', file: 'a.yaml', line: 3 }] };
  const a = auditOf(diff(empty, head, []), head.verdicts, { repository: 'o/r', branch: 'main' });
  const md = renderAuditMarkdown(a, { file: 'b.json' });
  assert.match(md, /^### go-xenv audit of o\/r @ main: 1 policy failure\n/);
  assert.match(md, /\| Policy failures \| 1 \|/);
  assert.match(md, /\| Config drift \| 0 \/ 0 \(0\.00%\) \|/);
  assert.match(md, /\| failure \| main\/deny \| a\.yaml:3 \| bad \|/);
  const clean = auditOf(diff(empty, empty, []), [], { repository: 'o/r', branch: 'main' });
  assert.match(renderAuditMarkdown(clean, { file: 'b.json' }), /^### go-xenv audit of o\/r @ main: clean: no policy failure, no drift from the baseline/);
});
