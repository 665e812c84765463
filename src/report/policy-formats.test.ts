// conftest's TAP, JUnit, table and GitHub texts and our SARIF for one hostile policy result: foreign messages stay data
// (escaped by XML and JSON) and never become a workflow command on a log line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PolicyResult } from '../policy/index.ts';
import { renderPolicyGithub } from './policy-github.ts';
import { renderPolicyJunit } from './policy-junit.ts';
import { renderPolicySarif, SARIF_SCHEMA } from './policy-sarif.ts';
import { renderPolicyTable } from './policy-table.ts';
import { renderPolicyTap } from './policy-tap.ts';

const hostile = 'bad "q" \'s\' <b>&\n::error::injected\t%25 a,b';
const result: PolicyResult = {
  results: [
    {
      filename: 'a,b.yaml',
      namespace: 'main',
      successes: 1,
      exceptions: [{ msg: 'excused' }],
      warnings: [{ msg: 'w', metadata: { query: 'data.main.warn_tag' } }],
      failures: [{ msg: hostile, metadata: { query: 'data.main.deny' }, line: 3 }],
    },
    { filename: 'c.json', namespace: 'team.a', successes: 2, exceptions: [], warnings: [], failures: [] },
  ],
  findings: [],
  totals: { tests: 6, passed: 3, warnings: 1, failures: 1, exceptions: 1 },
  exitCode: 1,
};

/** No line of a log text starts a workflow command. */
const inert = (text: string) =>
  assert.ok(!text.split('\n').some((l) => /^\s*::/.test(l) && !/^::(group|endgroup|error file|warning file|notice file)/.test(l)), text);

test('tap: one plan, numbered across results, kinds after their comment, messages on one inert line', () => {
  const text = renderPolicyTap(result);
  assert.equal(
    text,
    [
      '1..6',
      'not ok 1 - a,b.yaml - main - bad "q" \'s\' <b>&\\n::error::injected\\t%25 a,b',
      '# warnings',
      'not ok 2 - a,b.yaml - main - w',
      '# exceptions',
      'ok 3 - a,b.yaml - main - excused',
      '# successes',
      'ok 4 - a,b.yaml - main - SUCCESS',
      '# successes',
      'ok 5 - c.json - team.a - SUCCESS',
      'ok 6 - c.json - team.a - SUCCESS',
    ].join('\n'),
  );
  inert(text);
});

test('junit: a suite per namespace, warnings and failures failed, messages escaped as Go escapes XML', () => {
  assert.equal(
    renderPolicyJunit(result),
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites>',
      '\t<testsuite tests="3" failures="2" time="0.000" name="conftest.main">',
      '\t\t<testcase classname="conftest.main" name="a,b.yaml - w" time="0.000">',
      '\t\t\t<failure message="Failed" type="">w</failure>',
      '\t\t</testcase>',
      '\t\t<testcase classname="conftest.main" name="a,b.yaml - bad &#34;q&#34; &#39;s&#39; &lt;b&gt;&amp;" time="0.000">',
      '\t\t\t<failure message="Failed" type="">bad &#34;q&#34; &#39;s&#39; &lt;b&gt;&amp;&#xA;::error::injected&#x9;%25 a,b</failure>',
      '\t\t</testcase>',
      '\t\t<testcase classname="conftest.main" name="a,b.yaml" time="0.000"></testcase>',
      '\t</testsuite>',
      '\t<testsuite tests="2" failures="0" time="0.000" name="conftest.team.a">',
      '\t\t<testcase classname="conftest.team.a" name="c.json" time="0.000"></testcase>',
      '\t\t<testcase classname="conftest.team.a" name="c.json" time="0.000"></testcase>',
      '\t</testsuite>',
      '</testsuites>',
    ].join('\n'),
  );
});

test('junit: characters XML cannot carry become U+FFFD', () => {
  const one = { ...result, results: [{ ...result.results[1], successes: 0, failures: [{ msg: 'a\u0001b\ud800c' }] }] };
  assert.match(renderPolicyJunit(one), /type="">a\ufffdb\ufffdc<\/failure>/);
});

test('table: a row per test, successes then exceptions, warnings, failures; a hostile message stays one inert row', () => {
  const text = renderPolicyTable(result);
  const rows = text.split('\n');
  assert.equal(rows.length, 3 + 6 + 1);
  assert.equal(rows[1], `│  RESULT   │   FILE   │ NAMESPACE │${' '.repeat(19)}MESSAGE${' '.repeat(20)}│`);
  assert.deepEqual(
    rows.slice(3, -1).map((r) => r.split('│')[1]?.trim()),
    ['success', 'exception', 'warning', 'failure', 'success', 'success'],
  );
  assert.equal(rows[6], '│ failure   │ a,b.yaml │ main      │ bad "q" \'s\' <b>&\\n::error::injected\\t%25 a,b │');
  assert.ok(rows.every((r) => [...r].length === [...(rows[0] ?? '')].length));
  inert(text);
});

test("github: a group per result, annotations at the finding's line, file and message unable to forge a command", () => {
  const text = renderPolicyGithub(result);
  assert.equal(
    text,
    [
      '::group::Testing "a,b.yaml" against 4 policies in namespace "main"',
      '::error file=a%2Cb.yaml,line=3::bad "q" \'s\' <b>&\\n::error::injected\\t%2525 a,b',
      '::warning file=a%2Cb.yaml,line=1::w',
      '::notice file=a%2Cb.yaml,line=1::excused',
      '::notice file=a%2Cb.yaml,line=1::Number of successful checks: 1',
      '::endgroup::',
      '::group::Testing "c.json" against 2 policies in namespace "team.a"',
      '::notice file=c.json,line=1::Number of successful checks: 2',
      '::endgroup::',
      '6 tests, 3 passed, 1 warning, 1 failure, 1 exception',
    ].join('\n'),
  );
  inert(text);
});

test('sarif: one go-xenv run, rules namespace/rule, failures error, warnings warning, exceptions note, at file and line', () => {
  const text = renderPolicySarif(result);
  const log = JSON.parse(text);
  assert.equal(log.version, '2.1.0');
  assert.equal(log.$schema, SARIF_SCHEMA);
  assert.equal(log.runs.length, 1);
  const [run] = log.runs;
  assert.equal(run.tool.driver.name, 'go-xenv');
  assert.deepEqual(run.tool.driver.rules, [
    { id: 'main/deny', shortDescription: { text: 'Policy violation' }, properties: { query: 'data.main.deny' } },
    { id: 'main/warn_tag', shortDescription: { text: 'Policy warning' }, properties: { query: 'data.main.warn_tag' } },
    { id: 'main/exception', shortDescription: { text: 'Policy exception' } },
  ]);
  assert.deepEqual(run.invocations, [{ executionSuccessful: true, exitCode: 1, exitCodeDescription: 'Policy violations found' }]);
  const at = (uri: string, startLine: number) => [{ physicalLocation: { artifactLocation: { uri }, region: { startLine } } }];
  assert.deepEqual(run.results, [
    { ruleId: 'main/deny', ruleIndex: 0, level: 'error', message: { text: hostile }, locations: at('a%2Cb.yaml', 3) },
    { ruleId: 'main/warn_tag', ruleIndex: 1, level: 'warning', message: { text: 'w' }, locations: at('a%2Cb.yaml', 1) },
    { ruleId: 'main/exception', ruleIndex: 2, level: 'note', message: { text: 'excused' }, locations: at('a%2Cb.yaml', 1) },
  ]);
  // The hostile message is one JSON string: its newline escaped, no line of the log text starting a command.
  inert(text);
});

test('sarif: a combined run has no file to point at, so its results carry no location; nothing found is an empty run', () => {
  const combined = { ...result, results: [{ ...result.results[0]!, filename: 'Combined', exceptions: [], warnings: [] }] };
  const [run] = JSON.parse(renderPolicySarif(combined)).runs;
  assert.deepEqual(
    run.results.map((r: { locations?: unknown }) => r.locations),
    [undefined],
  );
  const clean = { ...result, results: [result.results[1]!], totals: { tests: 2, passed: 2, warnings: 0, failures: 0, exceptions: 0 }, exitCode: 0 };
  const [empty] = JSON.parse(renderPolicySarif(clean)).runs;
  assert.deepEqual([empty.results, empty.tool.driver.rules, empty.invocations[0].exitCodeDescription], [[], [], 'No policy violations found']);
});
