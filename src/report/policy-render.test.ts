// conftest's text and JSON for a policy result, and the job-summary section with every foreign message escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PolicyResult } from '../policy/index.ts';
import { renderPolicyJson } from './policy-json.ts';
import { renderPolicyMarkdown } from './policy-markdown.ts';
import { renderPolicyStdout } from './policy-stdout.ts';

const result: PolicyResult = {
  results: [
    {
      filename: 'a.yaml',
      namespace: 'main',
      successes: 1,
      exceptions: [],
      warnings: [{ msg: 'w <b>', metadata: { query: 'data.main.warn', z: 1n, a: { y: [1, 2], b: 'x' } } }],
      failures: [{ msg: 'bad [link](http://x) @team | pipe', metadata: { query: 'data.main.deny' }, line: 3 }],
    },
  ],
  findings: [{ capability: 'policy', rule: 'main/deny', severity: 'error', message: 'bad [link](http://x) @team | pipe', file: 'a.yaml', line: 3 }],
  totals: { tests: 3, passed: 1, warnings: 1, failures: 1, exceptions: 0 },
  exitCode: 1,
};

test('stdout: WARN/FAIL lines, a blank line and the summary, in colour unless asked not to', () => {
  assert.equal(
    renderPolicyStdout(result, { color: false }),
    [
      'WARN - a.yaml - main - w <b>',
      'FAIL - a.yaml - main - bad [link](http://x) @team | pipe',
      '',
      '3 tests, 1 passed, 1 warning, 1 failure, 0 exceptions',
    ].join('\n'),
  );
  assert.ok(renderPolicyStdout(result).startsWith('\u001b[33mWARN\u001b[0m - a.yaml'));
});

test("json: Go's encoding (tabs, sorted map keys, HTML characters as \\u escapes, big integers exact)", () => {
  const text = renderPolicyJson(result);
  assert.match(text, /"msg": "w \\u003cb\\u003e"/);
  assert.match(text, /"metadata": \{\n\t{5}"a": \{\n\t{6}"b": "x",\n\t{6}"y": \[/);
  assert.match(text, /"z": 1\n/);
  assert.doesNotMatch(text, /"exceptions"/);
  assert.equal(JSON.parse(text)[0].successes, 1);
});

test('markdown: the summary and each finding with its file:line, the message escaped', () => {
  const md = renderPolicyMarkdown(result);
  assert.match(md, /^3 tests, 1 passed, 1 warnings, 1 failures, 0 exceptions\n/);
  assert.match(md, /\| error \| a\.yaml:3 \| main\/deny \| bad \\\[link\\\]\\\(http\u200b:\/\/x\\\) @\u200dteam \\\| pipe \|/);
});
