// conftest's `--output junit` document for a policy run: one testsuite per namespace (in the order they first appear),
// per result its warnings and failures as failed testcases and its successes as passed ones (exceptions are not tests
// here, as in conftest), escaped as Go's encoding/xml escapes. conftest adds a `go.version` property naming the Go it
// was built with; we have no such thing and leave it out.
import type { CheckResult, PolicyResult } from '../policy/index.ts';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

/** Text as XML character data or an attribute value; characters XML cannot carry become U+FFFD, as in Go. */
export const xmlText = (s: string): string =>
  s
    // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c] ?? c);

export function renderPolicyJunit(result: PolicyResult): string {
  const suites = new Map<string, CheckResult[]>();
  for (const r of result.results) suites.set(r.namespace, [...(suites.get(r.namespace) ?? []), r]);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites>'];
  for (const [namespace, results] of suites) {
    const cls = xmlText(`conftest.${namespace}`);
    const cases: string[] = [];
    let failures = 0;
    for (const r of results) {
      for (const m of [...r.warnings, ...r.failures]) {
        failures++;
        cases.push(
          `\t\t<testcase classname="${cls}" name="${xmlText(`${r.filename} - ${m.msg.split('\n')[0]}`)}" time="0.000">`,
          `\t\t\t<failure message="Failed" type="">${xmlText(m.msg)}</failure>`,
          '\t\t</testcase>',
        );
      }
      for (let i = 0; i < r.successes; i++) cases.push(`\t\t<testcase classname="${cls}" name="${xmlText(r.filename)}" time="0.000"></testcase>`);
    }
    const tests = results.reduce((n, r) => n + r.warnings.length + r.failures.length + r.successes, 0);
    lines.push(`\t<testsuite tests="${tests}" failures="${failures}" time="0.000" name="${cls}">`, ...cases, '\t</testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n');
}
