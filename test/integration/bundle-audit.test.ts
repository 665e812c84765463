// The bundled action's nightly audit as the runner starts it (node24: INPUT_*, GITHUB_* files, the schedule event),
// against the OpenAPI-checked GitHub fake, in a git checkout with a committed baseline and a policy: a drift opens one
// issue labelled go-xenv-audit carrying the report, a second dirty night updates it (no second issue), a clean night
// closes it with a comment; every night writes the OpenMetrics file and names it in GITHUB_OUTPUT.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildBundle, runnerFiles, startAction } from '../kit/bundle-runner.ts';
import { scheduleEvent } from '../kit/github-fake-events.ts';
import { startGitHubFake, type GitHubFake } from '../kit/github-fake.ts';

let dist = '';
let fake: GitHubFake;

before(async () => {
  dist = buildBundle('go-xenv-bundle-audit-');
  fake = await startGitHubFake();
});
after(() => fake.close());

const POLICY = 'package main\n\ndeny contains msg if {\n  input.image == "latest"\n  msg := "image must not be latest"\n}\n';
const REPOSITORY = 'octo-org/octo-repo';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, the value's lines, the delimiter. */
function outputsOf(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const end = lines.indexOf(m[2], i + 1);
    out[m[1]] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return out;
}

function runner() {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-runner-audit-'));
  const ws = join(dir, 'ws');
  mkdirSync(join(ws, 'policy'), { recursive: true });
  writeFileSync(join(ws, 'policy', 'p.rego'), POLICY);
  writeFileSync(join(ws, 'app.json'), '{"image": "nginx:1.27", "replicas": 2}\n');
  writeFileSync(join(ws, 'settings.yaml'), 'log:\n  level: info\n');
  writeFileSync(join(ws, '.gitignore'), '/dist/\n');
  writeFileSync(join(dir, 'event.json'), JSON.stringify(scheduleEvent()));
  const files = runnerFiles(dir);
  const env = (command: string): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_SHA: git(ws, 'rev-parse', 'HEAD'),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: '88',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.url,
    RUNNER_TEMP: join(dir, 'tmp'),
    INPUT_COMMAND: command,
    INPUT_TOKEN: fake.token,
    ...files,
  });
  git(ws, 'init', '-q', '-b', 'main');
  git(ws, 'add', '-A');
  git(ws, 'commit', '-q', '-m', 'app');
  const start = async (command: string) => {
    for (const f of Object.values(files)) writeFileSync(f, '');
    const r = await startAction(dist, env(command));
    return { ...r, outputs: outputsOf(files.GITHUB_OUTPUT) };
  };
  return { ws, files, start };
}

const auditIssues = () => fake.issues.filter((i) => i.labels.includes('go-xenv-audit'));

test('the nightly audit: a drift opens one labelled issue, a second night updates it, a clean night closes it; metrics every night', { timeout: 300_000 }, async () => {
  const r = runner();
  const written = await r.start('baseline-update');
  assert.equal(written.status, 0, written.stdout);
  const baseline = join(r.ws, '.github', 'go-xenv-baseline.json');
  assert.ok(existsSync(baseline), written.stdout);
  assert.equal(written.outputs['baseline-file'], baseline);
  git(r.ws, 'add', '-A');
  git(r.ws, 'commit', '-q', '-m', 'baseline');
  assert.equal(fake.issues.length, 0, 'baseline-update opens no issue');

  // Night 1: a tracked config drifted and now breaks the policy.
  writeFileSync(join(r.ws, 'app.json'), '{"image": "latest", "replicas": 2}\n');
  const first = await r.start('audit');
  assert.equal(first.status, 1, first.stdout);
  assert.equal(first.outputs['audit-clean'], 'false');
  assert.equal(first.outputs['audit-failures'], '1');
  assert.equal(first.outputs['audit-drift-ratio'], '0.5');
  const metrics = first.outputs['audit-metrics'];
  assert.ok(metrics && existsSync(metrics), `audit-metrics names a file: ${metrics}`);
  const om = readFileSync(metrics, 'utf8');
  assert.match(om, new RegExp(`^go_xenv_baseline_check_failures\\{repository="${REPOSITORY}",branch="main"\\} 1$`, 'm'));
  assert.match(om, new RegExp(`^go_xenv_config_drift_ratio\\{repository="${REPOSITORY}",branch="main"\\} 0\\.5$`, 'm'));
  assert.match(om, /^# EOF$/m);
  assert.equal(auditIssues().length, 1, 'one audit issue');
  const [issue] = auditIssues();
  assert.equal(issue.state, 'open');
  assert.match(issue.body, /go-xenv audit of octo-org\/octo-repo @ main: 1 policy failure, drift from the baseline/);
  assert.match(issue.body, /\| failure \| main\/deny \| app\.json:1 \| image must not be latest \|/);
  assert.match(issue.body, /\| app\.json \| image \| "nginx:1\.27" \| "latest" \|/);

  // Night 2: still dirty, and another file drifted: the same issue is updated, no second one.
  writeFileSync(join(r.ws, 'settings.yaml'), 'log:\n  level: debug\n');
  const second = await r.start('audit');
  assert.equal(second.status, 1, second.stdout);
  assert.equal(second.outputs['audit-drift-ratio'], '1');
  assert.equal(auditIssues().length, 1, 'still one audit issue');
  assert.equal(fake.issues.length, 1);
  assert.equal(auditIssues()[0].number, issue.number);
  assert.match(auditIssues()[0].body, /settings\.yaml/);
  assert.match(auditIssues()[0].body, /debug/);
  assert.ok(fake.count('issues/update') >= 1, 'the issue was updated');
  assert.equal(fake.count('issues/create'), 1);

  // Night 3: the files are back to the baseline: the issue is closed with a comment.
  git(r.ws, 'checkout', '--', 'app.json', 'settings.yaml');
  const clean = await r.start('audit');
  assert.equal(clean.status, 0, clean.stdout);
  assert.equal(clean.outputs['audit-clean'], 'true');
  assert.equal(clean.outputs['audit-failures'], '0');
  assert.equal(clean.outputs['audit-drift-ratio'], '0');
  assert.match(readFileSync(clean.outputs['audit-metrics'], 'utf8'), /^go_xenv_baseline_check_failures\{[^}]*\} 0$/m);
  assert.equal(fake.issues.length, 1);
  assert.equal(fake.issues[0].state, 'closed');
  const comments = fake.commentsOn(issue.number);
  assert.equal(comments.length, 1, 'one closing comment');
  assert.match(comments[0].body, /clean again .*Closing\.$/);
  assert.ok(readFileSync(r.files.GITHUB_STEP_SUMMARY, 'utf8').length > 0, 'the report is in the job summary');
});
