// The reusable and starter workflows, checked as GitHub reads them: parsed by GitHub's own workflow parser, clean
// under the real actionlint (recorded by scripts/actionlint.mjs), third-party actions pinned by SHA at releases that
// run on node24, every `with:` key declared and every required input given, and permissions exactly what the
// commands they run use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';
import { COMMAND_PERMISSIONS, type Permission } from '../src/github/permissions.ts';
import { strategyMatrix } from '../src/matrix/plan-config.ts';
import type { Target } from '../src/matrix/types.ts';
import type { CommandName } from '../src/config/inputs.ts';

const OWN_ACTION = 'org/go-xenv-action@v1';
const OWN_REUSABLE = /^org\/go-xenv-action\/(\.github\/workflows\/[^@]+)@v1$/;

/** The third-party actions we allow, each at a release whose runtime is node24. */
const PINS: Record<string, string> = {
  'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8': 'v5.0.0',
  'actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903': 'v6.0.0',
  'actions/upload-artifact@b7c566a772e6b6bfb58ed0dc250532a479d7789f': 'v6.0.0',
  'actions/download-artifact@018cc2cf5baa6db3ef3c5f8a56943fffe632ef53': 'v6.0.0',
};

type Input = { required?: boolean; default?: unknown };
type Step = { uses?: string; with?: Record<string, unknown> };
type Job = { steps?: Step[]; uses?: string; with?: Record<string, unknown>; permissions?: Record<string, string> };
type Workflow = { on: Record<string, { inputs?: Record<string, Input> } | null>; permissions?: Record<string, string>; jobs: Record<string, Job> };

const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, Input> };
const files = ['.github/workflows', 'workflows'].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.yml')).map((f) => join(d, f)));
const workflows = files.map((file) => ({ file, text: readFileSync(file, 'utf8'), doc: parse(readFileSync(file, 'utf8')) as Workflow }));
const reusable = (path: string) => workflows.find((w) => w.file === path)!;

/** `with:` keys must be declared, and every required input without a default given. */
function checkWith(where: string, given: Record<string, unknown> | undefined, inputs: Record<string, Input>) {
  for (const key of Object.keys(given ?? {})) assert.ok(key in inputs, `${where}: "${key}" is not an input`);
  for (const [name, spec] of Object.entries(inputs)) {
    if (spec.required && spec.default === undefined) assert.ok(given && name in given, `${where}: required input "${name}" is not given`);
  }
}

const asSet = (p: Record<string, string> | undefined) => new Set(Object.entries(p ?? {}).map(([k, v]) => `${k}: ${v}` as Permission));
/** The commands a workflow runs through our action (directly or through the reusable workflows it calls). */
function commandsOf(w: Workflow): CommandName[] {
  return Object.values(w.jobs).flatMap((job) => {
    if (job.uses) {
      const m = OWN_REUSABLE.exec(job.uses);
      return m ? commandsOf(reusable(m[1]).doc) : [];
    }
    return (job.steps ?? []).filter((s) => s.uses === OWN_ACTION || s.uses === './').map((s) => (s.with?.command as CommandName | undefined) ?? 'check');
  });
}

for (const { file, text, doc } of workflows) {
  test(`${file}: GitHub's workflow parser accepts it`, () => {
    const r = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
    assert.deepEqual(r.context.errors.getErrors().map((e) => e.message), []);
  });

  test(`${file}: actions pinned at node24 releases, inputs declared and required ones given`, () => {
    for (const [name, job] of Object.entries(doc.jobs)) {
      if (job.uses) {
        const m = OWN_REUSABLE.exec(job.uses);
        assert.ok(m, `${file} job ${name}: reusable workflow ${job.uses} is not ours`);
        assert.ok(existsSync(m[1]), `${file} job ${name}: ${m[1]} does not exist`);
        checkWith(`${file} job ${name}`, job.with, reusable(m[1]).doc.on.workflow_call?.inputs ?? {});
        continue;
      }
      for (const step of job.steps ?? []) {
        if (!step.uses) continue;
        if (step.uses === OWN_ACTION || step.uses === './') checkWith(`${file} job ${name}`, step.with, action.inputs);
        else assert.ok(step.uses in PINS, `${file} job ${name}: ${step.uses} is not one of the node24 releases pinned by SHA`);
        if (step.uses.startsWith('actions/checkout@')) assert.equal(step.with?.['persist-credentials'], false, `${file} job ${name}: checkout leaves the token in .git/config for the code the job builds`);
      }
    }
    for (const [pin, release] of Object.entries(PINS)) {
      for (const line of text.split('\n').filter((l) => l.includes(pin))) assert.ok(line.endsWith(`# ${release}`), `${file}: ${pin} should say "# ${release}"`);
    }
  });

  test(`${file}: permissions are exactly what its commands use`, () => {
    const used = new Set(commandsOf(doc).flatMap((c) => [...COMMAND_PERMISSIONS[c]]));
    if (file === '.github/workflows/ci.yml') used.add('contents: read');
    assert.deepEqual([...asSet(doc.permissions)].sort(), [...used].sort());
    for (const [name, job] of Object.entries(doc.jobs)) assert.equal(job.permissions, undefined, `${file} job ${name}: permissions belong at the workflow level`);
  });
}

test('the recorded actionlint verdict is current and clean (re-record: node scripts/actionlint.mjs)', () => {
  const record = JSON.parse(readFileSync('test/fixtures/actionlint.json', 'utf8')) as { actionlint: string; files: Record<string, { sha256: string; findings: string[] }> };
  assert.equal(record.actionlint, 'v1.7.12');
  assert.deepEqual(Object.keys(record.files).sort(), [...files].sort());
  for (const { file, text } of workflows) {
    assert.equal(record.files[file].sha256, createHash('sha256').update(text).digest('hex'), `${file} changed since actionlint last ran on it`);
    assert.deepEqual(record.files[file].findings, [], `${file}: actionlint findings`);
  }
});

test('the cross-build fan-out uses only fields that a plan entry has', () => {
  const text = readFileSync('.github/workflows/go-xenv-cross-build.yml', 'utf8');
  const entry = strategyMatrix([{ goos: 'linux', goarch: 'arm64', cgo: false } as Target], 'hello').include[0];
  for (const [, field] of text.matchAll(/matrix\.(\w+)/g)) assert.ok(field in entry, `matrix.${field} is not in a plan entry`);
});

test('the reusable workflows are callable; no workflow runs on pull_request_target', () => {
  for (const { file, doc } of workflows) {
    if (file.includes('go-xenv-')) assert.ok(doc.on && 'workflow_call' in doc.on, `${file} lacks on: workflow_call`);
    assert.ok(!('pull_request_target' in (doc.on ?? {})), `${file} runs on pull_request_target`);
  }
});
