// `go-xenv policy test` against the real conftest v0.71.1's recorded answers (scripts/conftest-policy-oracle.mjs wrote
// src/policy/testdata/policy-oracle/expected/): for every case the same stdout text (or JSON) and exit code, with no
// conftest installed. Cases marked `differs` are where we refuse what conftest lets pass or stop on; their own
// expectations are checked in policy-cli.test.ts. conftest orders files and namespaces by Go map iteration (the order
// varies between its own runs), so results are compared per file and namespace: in order within one, in any order
// across them; the summary line exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORACLE_DIR, policyCli } from './policy-kit.ts';

const DIR = ORACLE_DIR;

interface Case {
  name: string;
  args: string[];
  differs?: string;
}
interface Recorded {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The stdout text as its summary and, per `<file> - <namespace>`, its lines in order. */
function byResult(text: string) {
  const lines = text.split('\n');
  const groups = new Map<string, string[]>();
  for (const l of lines.slice(0, -3)) {
    const key = l.split(' - ').slice(1, 3).join(' - ');
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  return { summary: lines.slice(-3), groups: [...groups].sort(([a], [b]) => a.localeCompare(b)) };
}

const sorted = (groups: Map<string, string[]>) => [...groups].sort(([a], [b]) => a.localeCompare(b));
const add = (groups: Map<string, string[]>, key: string, ...lines: string[]) => groups.set(key, [...(groups.get(key) ?? []), ...lines]);

/** TAP: the plan, the numbers 1..N in order, and per `<file> - <namespace>` its lines (comments included) without numbers. */
function byTapResult(text: string) {
  const [plan, ...lines] = text.trimEnd().split('\n');
  const groups = new Map<string, string[]>();
  const numbers: number[] = [];
  let comments: string[] = [];
  for (const l of lines) {
    if (l.startsWith('#')) {
      comments.push(l);
      continue;
    }
    const m = /^(ok|not ok) (\d+) (.*)$/.exec(l);
    assert.ok(m, l);
    numbers.push(Number(m[2]));
    add(groups, m[3].split(' - ').slice(1, 3).join(' - '), ...comments, `${m[1]} ${m[3]}`);
    comments = [];
  }
  return { plan, numbered: numbers.every((n, i) => n === i + 1), groups: sorted(groups) };
}

/** JUnit: per testsuite (one a namespace) its opening tag and, per file, its testcases in order. conftest's
 * `go.version` property is the Go runtime conftest was built with, which we do not have: left out. */
function byJunitSuite(text: string) {
  const body = text.replace(/\t\t<properties>\n[^]*?\t\t<\/properties>\n/g, '');
  const suites = body
    .split('\t<testsuite ')
    .slice(1)
    .map((suite) => {
      const [open, ...cases] = suite.replace(/\t<\/testsuite>\n(<\/testsuites>\n?)?$/, '').split(/\n(?=\t\t<testcase )/);
      const files = new Map<string, string[]>();
      for (const c of cases) add(files, / name="(.*?)( - |")/.exec(c)?.[1] ?? '', c.trimEnd());
      return [open, sorted(files)] as const;
    });
  return { head: body.split('\t<testsuite ')[0], suites: suites.sort(([a], [b]) => a.localeCompare(b)) };
}

/** Table: the frame exactly, the rows per file and namespace in order. */
function byTableRow(text: string) {
  const lines = text.trimEnd().split('\n');
  const groups = new Map<string, string[]>();
  for (const l of lines.slice(3, -1)) add(groups, l.split('│').slice(2, 4).join('│'), l);
  return { frame: [...lines.slice(0, 3), lines.at(-1)], groups: sorted(groups) };
}

/** GitHub: every `::group::` block, in any order, and the summary line. conftest puts every annotation on line 1, we on
 * the finding's line (policy-formats.test.ts checks it): the line numbers are not compared. */
function byGithubGroup(text: string) {
  const lines = text
    .trimEnd()
    .replace(/,line=\d+::/g, ',line=_::')
    .split('\n');
  const blocks = lines
    .slice(0, -1)
    .join('\n')
    .split(/(?<=::endgroup::)\n/);
  return { blocks: blocks.sort(), summary: lines.at(-1) };
}

interface SarifLog {
  version: string;
  runs: {
    invocations: { exitCode: number }[];
    results: { level: string; message: { text: string }; locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  }[];
}

/** SARIF, in conftest's shape where ours follows it: one run, its exit code, and the findings (level, file, message) in
 * any order. conftest's rule ids name the rule kind (`main/deny`) and it lists successes as level `none`; ours name the
 * rule and leave successes out (policy-formats.test.ts checks ours). */
function bySarifFinding(text: string) {
  const log = JSON.parse(text) as SarifLog;
  const run = log.runs[0];
  const findings = (run?.results ?? [])
    .filter((r) => r.level !== 'none')
    .map((r) => `${r.level} ${r.locations?.[0]?.physicalLocation.artifactLocation.uri} ${r.message.text}`)
    .sort();
  return { version: log.version, runs: log.runs.length, exitCode: run?.invocations[0]?.exitCode, findings };
}

const COMPARE: Record<string, (text: string) => unknown> = {
  tap: byTapResult,
  junit: byJunitSuite,
  table: byTableRow,
  github: byGithubGroup,
  sarif: bySarifFinding,
};
const formatOf = (args: string[]) => args[args.indexOf('-o') + 1] ?? 'stdout';

const cases: Case[] = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8'));

for (const c of cases.filter((x) => !x.differs)) {
  test(`policy test agrees with conftest: ${c.name}`, async () => {
    const want: Recorded = JSON.parse(readFileSync(join(DIR, 'expected', `${c.name}.json`), 'utf8'));
    const got = await policyCli(c.args);
    assert.equal(got.stderr, '', got.stderr);
    assert.equal(got.code, want.exitCode);
    const args = c.args;
    if (args.includes('json')) {
      const key = (r: { filename: string; namespace: string }) => `${r.namespace} ${r.filename}`;
      const sort = (doc: { filename: string; namespace: string }[]) => doc.sort((a, b) => key(a).localeCompare(key(b)));
      assert.deepEqual(sort(JSON.parse(got.stdout)), sort(JSON.parse(want.stdout)));
      // The bytes too (Go's escaping, tabs, left-out empty lists), one result at a time.
      const blocks = (text: string) =>
        text
          .split(/\n\t\},?\n/)
          .map((b) => b.replace(/^\[?\n?\t\{?\n?/, ''))
          .sort();
      assert.deepEqual(blocks(got.stdout), blocks(want.stdout));
    } else {
      const compare = args.includes('-o') ? COMPARE[formatOf(args)] : byResult;
      assert.ok(compare, formatOf(args));
      assert.deepEqual(compare(got.stdout), compare(want.stdout));
    }
  });
}

test('every case that differs from conftest says why, and conftest did refuse or pass it', () => {
  for (const c of cases.filter((x) => x.differs)) {
    const want: Recorded = JSON.parse(readFileSync(join(DIR, 'expected', `${c.name}.json`), 'utf8'));
    assert.ok(want.stderr.startsWith('Error:') || want.exitCode === 0, c.name);
  }
});
