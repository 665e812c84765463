// The reusable and starter workflows: third-party actions pinned by commit SHA, our action called only with inputs
// that action.yml declares, reusable workflows callable, starters calling reusable workflows that exist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { strategyMatrix } from '../src/matrix/plan-config.ts';
import type { Target } from '../src/matrix/types.ts';

const OWN_ACTION = 'org/go-xenv-action@v1';
const OWN_REUSABLE = /^org\/go-xenv-action\/(\.github\/workflows\/[^@]+)@v1$/;

const actionInputs = new Set(Object.keys(parse(readFileSync('action.yml', 'utf8')).inputs));
const load = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yml')).map((f) => ({ file: join(dir, f), doc: parse(readFileSync(join(dir, f), 'utf8')) }));
const workflows = [...load('.github/workflows'), ...load('workflows')];

type Step = { uses?: string; with?: Record<string, unknown> };
type Job = { steps?: Step[]; uses?: string };

for (const { file, doc } of workflows) {
  test(`${file}: actions pinned, inputs declared`, () => {
    for (const [name, job] of Object.entries(doc.jobs as Record<string, Job>)) {
      if (job.uses) {
        const m = OWN_REUSABLE.exec(job.uses);
        assert.ok(m, `${file} job ${name}: reusable workflow ${job.uses} is not ours`);
        assert.ok(existsSync(m[1]), `${file} job ${name}: ${m[1]} does not exist`);
        continue;
      }
      for (const step of job.steps ?? []) {
        if (!step.uses) continue;
        if (step.uses === OWN_ACTION) {
          for (const input of Object.keys(step.with ?? {})) assert.ok(actionInputs.has(input), `${file}: input "${input}" is not in action.yml`);
        } else {
          assert.match(step.uses, /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/, `${file} job ${name}: ${step.uses} is not pinned by commit SHA`);
        }
      }
    }
  });
}

test('the cross-build fan-out uses only fields that a plan entry has', () => {
  const text = readFileSync('.github/workflows/go-xenv-cross-build.yml', 'utf8');
  const entry = strategyMatrix([{ goos: 'linux', goarch: 'arm64', cgo: false } as Target], 'hello').include[0];
  for (const [, field] of text.matchAll(/matrix\.(\w+)/g)) assert.ok(field in entry, `matrix.${field} is not in a plan entry`);
});

test('the reusable workflows are callable', () => {
  for (const { file, doc } of workflows.filter((w) => w.file.includes('go-xenv-'))) {
    assert.ok(doc.on && 'workflow_call' in doc.on, `${file} lacks on: workflow_call`);
  }
});
