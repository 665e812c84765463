// `go-xenv report`: what check runs, printed as the Markdown the PR comment would carry; `--json` the typed results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/run.ts';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-report-'));
  writeFileSync(join(dir, 'series.json'), JSON.stringify({ metrics: { errors: { canary: [0.001, 0.05], stable: [0.001, 0.002] } } }));
  return dir;
}

const CANARY = 'provider:\n  type: file\n  path: series.json\nmetrics:\n  - name: errors\n    judge: threshold\n    max: 0.01\n';

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), env: {}, cwd });
  return { code, stdout, stderr };
}

test('report prints the Markdown report of what check ran (the canary here), with the verdict first', async () => {
  const r = await cli(workspace(), 'report', '--canary', CANARY);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^## go-xenv check\n\n❌ \*\*1 step failed: canary\*\* · 0 passed · \d+ skipped · 1 warning\n/);
  assert.match(r.stdout, /\| ⏭️ \| toolchain \| toolchain: skipped \| no go-version or go-version-file, and no go\.mod in \. \|/);
  assert.match(r.stdout, /### ❌ Canary\n\n\*\*Decision: 🔴 rollback\*\*/);
  assert.match(r.stdout, /\| errors \| threshold \| [^|]+ \| [^|]+ \| max 0\.01 \\\(each, 0 may fail\\\) \|/);
  // The finding goes where the terminal's warnings go.
  assert.match(r.stderr, /^warning: input canary: canary metric "errors": High: 1 of 2 samples above max 0\.01/m);
});

test('report --json prints the typed results, findings included', async () => {
  const r = await cli(workspace(), 'report', '--canary', CANARY, '--json');
  assert.equal(r.code, 1, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.command, 'report');
  assert.equal(doc.ok, false);
  const canary = doc.steps.find((s: { step: string }) => s.step === 'canary');
  assert.equal(canary.data.decision, 'rollback');
  assert.deepEqual(
    canary.findings.map((f: { capability: string; severity: string }) => [f.capability, f.severity]),
    [['canary', 'warning']],
  );
  assert.deepEqual(doc.steps.find((s: { step: string }) => s.step === 'toolchain').findings, []);
});
