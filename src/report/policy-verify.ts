// conftest verify's outputs for a run of policy unit tests: each test is one result of the file it is in, with an empty
// namespace and the test's data path (`data.main.test_x`) as its message, as conftest prints them. stdout: a FAIL line
// per failed test and the summary with `N skipped`; json: one result per test (`successes`, `failures`, `skipped`);
// tap and junit as for `conftest test`. A test that erred (conftest stops the whole run there) is a failure here whose
// message carries the error, so the other tests are still reported; the exit code is conftest's 1 either way.
import { logSafe } from '../log-text.ts';
import type { VerifyResult, VerifyTest } from '../policy/index.ts';
import { escapeCell } from './escape.ts';
import { xmlText } from './policy-junit.ts';
import { policySummary } from './policy-stdout.ts';

const COLOUR = { red: 31, green: 32 } as const;

const message = (t: VerifyTest) => `${t.package}.${t.name}`;
const errorText = (t: VerifyTest) => {
  const e = t.error!;
  const at = e.location ? `${e.location.file}:${e.location.row}: ` : '';
  return `${message(t)}: ${at}${e.code}: ${e.message}`;
};
const failed = (t: VerifyTest) => t.status === 'fail' || t.status === 'error';
const failureText = (t: VerifyTest) => (t.status === 'error' ? errorText(t) : message(t));

/** conftest's summary line for verify: the `conftest test` one and `, N skipped`. */
export function verifySummary(r: VerifyResult): string {
  const t = r.totals;
  const failures = t.failed + t.errors;
  return `${policySummary({ tests: t.tests, passed: t.passed, warnings: 0, failures, exceptions: 0 })}, ${t.skipped} skipped`;
}

export function renderVerifyStdout(r: VerifyResult, opts: { color?: boolean } = {}): string {
  const paint = (text: string, c: keyof typeof COLOUR) => (opts.color === false ? text : `\u001b[${COLOUR[c]}m${text}\u001b[0m`);
  const lines = r.tests.filter(failed).map((t) => `${paint('FAIL', 'red')} - ${logSafe(t.location.file)} -  - ${logSafe(failureText(t))}`);
  lines.push('', paint(verifySummary(r), r.exitCode ? 'red' : 'green'));
  return lines.join('\n');
}

/** The json document as a value: per test `{filename, namespace, successes, failures?|skipped?}`. */
export function verifyJsonDocument(r: VerifyResult): unknown[] {
  return r.tests.map((t) => ({
    filename: t.location.file,
    namespace: '',
    successes: t.status === 'pass' ? 1 : 0,
    ...(t.status === 'skip' ? { skipped: [{ msg: message(t) }] } : {}),
    ...(failed(t) ? { failures: [{ msg: failureText(t) }] } : {}),
  }));
}

/** As Go's encoding/json writes it: tab-indented, `<`, `>`, `&`, U+2028/2029 as \u escapes (they occur only in strings). */
export const renderVerifyJson = (r: VerifyResult): string =>
  JSON.stringify(verifyJsonDocument(r), null, '\t').replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function renderVerifyTap(r: VerifyResult): string {
  const lines = [`1..${r.tests.length}`];
  r.tests.forEach((t, i) => {
    const line = (ok: boolean, msg: string) => `${ok ? 'ok' : 'not ok'} ${i + 1} - ${logSafe(t.location.file)} -  - ${logSafe(msg)}`;
    if (failed(t)) lines.push(line(false, failureText(t)));
    else if (t.status === 'skip') lines.push('# skip', line(true, message(t)));
    else lines.push('# successes', line(true, 'SUCCESS'));
  });
  return lines.join('\n');
}

export function renderVerifyJunit(r: VerifyResult): string {
  const cls = 'conftest.';
  const cases = r.tests.flatMap((t) => {
    const file = t.location.file;
    if (failed(t)) {
      const msg = failureText(t);
      return [
        `\t\t<testcase classname="${cls}" name="${xmlText(`${file} - ${msg.split('\n')[0]}`)}" time="0.000">`,
        `\t\t\t<failure message="Failed" type="">${xmlText(msg)}</failure>`,
        '\t\t</testcase>',
      ];
    }
    if (t.status === 'skip') {
      return [
        `\t\t<testcase classname="${cls}" name="${xmlText(`${file} - ${message(t)}`)}" time="0.000">`,
        `\t\t\t<skipped message="${xmlText(message(t))}"></skipped>`,
        '\t\t</testcase>',
      ];
    }
    return [`\t\t<testcase classname="${cls}" name="${xmlText(file)}" time="0.000"></testcase>`];
  });
  const failures = r.tests.filter(failed).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<testsuites>',
    `\t<testsuite tests="${r.tests.length}" failures="${failures}" time="0.000" name="${cls}">`,
    ...cases,
    '\t</testsuite>',
    '</testsuites>',
  ].join('\n');
}

/** The job-summary section: the summary line and a table of the tests that failed or erred, at their file and line. */
export function renderVerifyMarkdown(r: VerifyResult): string {
  const head = verifySummary(r);
  const bad = r.tests.filter(failed);
  if (!bad.length) return head;
  const rows = bad.map((t) => {
    const e = t.error ? `${t.error.code}: ${t.error.message}${t.error.location ? ` (${t.error.location.file}:${t.error.location.row})` : ''}` : '';
    return `| ${t.status} | ${escapeCell(`${t.location.file}:${t.location.row}`)} | ${escapeCell(message(t))} | ${escapeCell(e)} |`;
  });
  return [head, '', '| | where | test | error |', '|---|---|---|---|', ...rows].join('\n');
}
