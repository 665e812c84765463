import { createRequire } from 'node:module';
import { a as escapeCell } from './chunk-CLWDYslJ.js';
import { l as logSafe } from './chunk-DjFb5CTR.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/report/policy-stdout.ts
var COLOUR = { red: 31, green: 32, yellow: 33, cyan: 36 };
function renderPolicyStdout(result, opts = {}) {
  const paint = (text, c) => opts.color === false ? text : `\x1B[${COLOUR[c]}m${text}\x1B[0m`;
  const lines = [];
  for (const r of result.results) {
    const line = (word, c, msg) => lines.push(`${paint(word, c)} - ${logSafe(r.filename)} - ${logSafe(r.namespace)} - ${logSafe(msg)}`);
    for (const m of r.warnings) line("WARN", "yellow", m.msg);
    for (const m of r.failures) line("FAIL", "red", m.msg);
    for (const m of r.exceptions) line("EXCP", "cyan", m.msg);
  }
  const t = result.totals;
  lines.push("", paint(policySummary(t), t.failures ? "red" : t.warnings ? "yellow" : "green"));
  return lines.join("\n");
}
function policySummary(t) {
  const n = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `${n(t.tests, "test")}, ${t.passed} passed, ${n(t.warnings, "warning")}, ${n(t.failures, "failure")}, ${n(t.exceptions, "exception")}`;
}

// src/report/policy-junit.ts
var XML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;", "	": "&#x9;", "\n": "&#xA;", "\r": "&#xD;" };
var xmlText = (s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD").replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c] ?? c);
function renderPolicyJunit(result) {
  const suites = /* @__PURE__ */ new Map();
  for (const r of result.results) suites.set(r.namespace, [...suites.get(r.namespace) ?? [], r]);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<testsuites>"];
  for (const [namespace, results] of suites) {
    const cls = xmlText(`conftest.${namespace}`);
    const cases = [];
    let failures = 0;
    for (const r of results) {
      for (const m of [...r.warnings, ...r.failures]) {
        failures++;
        cases.push(
          `		<testcase classname="${cls}" name="${xmlText(`${r.filename} - ${m.msg.split("\n")[0]}`)}" time="0.000">`,
          `			<failure message="Failed" type="">${xmlText(m.msg)}</failure>`,
          "		</testcase>"
        );
      }
      for (let i = 0; i < r.successes; i++) cases.push(`		<testcase classname="${cls}" name="${xmlText(r.filename)}" time="0.000"></testcase>`);
    }
    const tests = results.reduce((n, r) => n + r.warnings.length + r.failures.length + r.successes, 0);
    lines.push(`	<testsuite tests="${tests}" failures="${failures}" time="0.000" name="${cls}">`, ...cases, "	</testsuite>");
  }
  lines.push("</testsuites>");
  return lines.join("\n");
}

// src/report/policy-verify.ts
var COLOUR2 = { red: 31, green: 32 };
var message = (t) => `${t.package}.${t.name}`;
var errorText = (t) => {
  const e = t.error;
  const at = e.location ? `${e.location.file}:${e.location.row}: ` : "";
  return `${message(t)}: ${at}${e.code}: ${e.message}`;
};
var failed = (t) => t.status === "fail" || t.status === "error";
var failureText = (t) => t.status === "error" ? errorText(t) : message(t);
function verifySummary(r) {
  const t = r.totals;
  const failures = t.failed + t.errors;
  return `${policySummary({ tests: t.tests, passed: t.passed, warnings: 0, failures, exceptions: 0 })}, ${t.skipped} skipped`;
}
function renderVerifyStdout(r, opts = {}) {
  const paint = (text, c) => opts.color === false ? text : `\x1B[${COLOUR2[c]}m${text}\x1B[0m`;
  const lines = r.tests.filter(failed).map((t) => `${paint("FAIL", "red")} - ${logSafe(t.location.file)} -  - ${logSafe(failureText(t))}`);
  lines.push("", paint(verifySummary(r), r.exitCode ? "red" : "green"));
  return lines.join("\n");
}
function verifyJsonDocument(r) {
  return r.tests.map((t) => ({
    filename: t.location.file,
    namespace: "",
    successes: t.status === "pass" ? 1 : 0,
    ...t.status === "skip" ? { skipped: [{ msg: message(t) }] } : {},
    ...failed(t) ? { failures: [{ msg: failureText(t) }] } : {}
  }));
}
var renderVerifyJson = (r) => JSON.stringify(verifyJsonDocument(r), null, "	").replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
function renderVerifyTap(r) {
  const lines = [`1..${r.tests.length}`];
  r.tests.forEach((t, i) => {
    const line = (ok, msg) => `${ok ? "ok" : "not ok"} ${i + 1} - ${logSafe(t.location.file)} -  - ${logSafe(msg)}`;
    if (failed(t)) lines.push(line(false, failureText(t)));
    else if (t.status === "skip") lines.push("# skip", line(true, message(t)));
    else lines.push("# successes", line(true, "SUCCESS"));
  });
  return lines.join("\n");
}
function renderVerifyJunit(r) {
  const cls = "conftest.";
  const cases = r.tests.flatMap((t) => {
    const file = t.location.file;
    if (failed(t)) {
      const msg = failureText(t);
      return [
        `		<testcase classname="${cls}" name="${xmlText(`${file} - ${msg.split("\n")[0]}`)}" time="0.000">`,
        `			<failure message="Failed" type="">${xmlText(msg)}</failure>`,
        "		</testcase>"
      ];
    }
    if (t.status === "skip") {
      return [
        `		<testcase classname="${cls}" name="${xmlText(`${file} - ${message(t)}`)}" time="0.000">`,
        `			<skipped message="${xmlText(message(t))}"></skipped>`,
        "		</testcase>"
      ];
    }
    return [`		<testcase classname="${cls}" name="${xmlText(file)}" time="0.000"></testcase>`];
  });
  const failures = r.tests.filter(failed).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<testsuites>",
    `	<testsuite tests="${r.tests.length}" failures="${failures}" time="0.000" name="${cls}">`,
    ...cases,
    "	</testsuite>",
    "</testsuites>"
  ].join("\n");
}
function renderVerifyMarkdown(r) {
  const head = verifySummary(r);
  const bad = r.tests.filter(failed);
  if (!bad.length) return head;
  const rows = bad.map((t) => {
    const e = t.error ? `${t.error.code}: ${t.error.message}${t.error.location ? ` (${t.error.location.file}:${t.error.location.row})` : ""}` : "";
    return `| ${t.status} | ${escapeCell(`${t.location.file}:${t.location.row}`)} | ${escapeCell(message(t))} | ${escapeCell(e)} |`;
  });
  return [head, "", "| | where | test | error |", "|---|---|---|---|", ...rows].join("\n");
}

export { renderVerifyJunit as a, renderVerifyTap as b, renderVerifyJson as c, renderVerifyStdout as d, verifyJsonDocument as e, renderPolicyJunit as f, renderPolicyStdout as g, policySummary as p, renderVerifyMarkdown as r, verifySummary as v };
