import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  COMBINED,
  evaluatePolicies,
  loadPolicies,
  walkInputs
} from "./chunk-BXTL5JDL.js";
import "./chunk-ZMVUTHSH.js";
import "./chunk-SY6LEZYK.js";
import {
  escapeCell
} from "./chunk-X5Y2LEUS.js";
import {
  logSafe,
  quoted
} from "./chunk-GDFLD4U5.js";
import "./chunk-M4F5CEJX.js";
import {
  UserError
} from "./chunk-AD2JC2XU.js";
import "./chunk-7LQLP6SQ.js";

// src/report/policy-json.ts
var GoStruct = class {
  constructor(fields) {
    this.fields = fields;
  }
  fields;
};
var message = (m) => new GoStruct({ msg: m.msg, ...m.metadata ? { metadata: m.metadata } : {} });
var checkResult = (r) => new GoStruct({
  filename: r.filename,
  namespace: r.namespace,
  successes: r.successes,
  ...r.warnings.length ? { warnings: r.warnings.map(message) } : {},
  ...r.failures.length ? { failures: r.failures.map(message) } : {},
  ...r.exceptions.length ? { exceptions: r.exceptions.map(message) } : {}
});
var renderPolicyJson = (result) => goJson(result.results.map(checkResult), "");
var policyJsonDocument = (result) => JSON.parse(renderPolicyJson(result));
function goJson(v, level) {
  if (v === null || v === void 0) return "null";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "null";
  if (typeof v === "boolean") return String(v);
  if (typeof v === "string") return goString(v);
  const inner = `${level}	`;
  if (Array.isArray(v)) return v.length ? `[
${v.map((x) => inner + goJson(x, inner)).join(",\n")}
${level}]` : "[]";
  const o = v instanceof GoStruct ? v.fields : v;
  const keys = v instanceof GoStruct ? Object.keys(o) : Object.keys(o).sort();
  return keys.length ? `{
${keys.map((k) => `${inner}${goString(k)}: ${goJson(o[k], inner)}`).join(",\n")}
${level}}` : "{}";
}
var goString = (s) => JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

// src/report/policy-markdown.ts
function renderPolicyMarkdown(result) {
  const t = result.totals;
  const head = `${t.tests} tests, ${t.passed} passed, ${t.warnings} warnings, ${t.failures} failures, ${t.exceptions} exceptions`;
  if (!result.findings.length) return head;
  const rows = result.findings.map(
    (f) => `| ${f.severity} | ${escapeCell(f.file ?? "")}${f.line ? `:${f.line}` : ""} | ${escapeCell(f.rule ?? "")} | ${escapeCell(f.message)} |`
  );
  return [head, "", "| | where | rule | message |", "|---|---|---|---|", ...rows].join("\n");
}

// src/report/policy-sarif.ts
var SARIF_SCHEMA = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json";
var LEVEL = { failure: "error", warning: "warning", exception: "note" };
var DESCRIPTION = { failure: "Policy violation", warning: "Policy warning", exception: "Policy exception" };
var uriOf = (file) => file.split(/[\\/]/).map(encodeURIComponent).join("/");
function policySarifLog(result) {
  const rules = [];
  const index = /* @__PURE__ */ new Map();
  const results = [];
  const add = (r, kind, m) => {
    const query = typeof m.metadata?.query === "string" ? m.metadata.query : void 0;
    const id = `${r.namespace}/${kind === "exception" ? "exception" : query?.split(".").pop() ?? kind}`;
    if (!index.has(id)) {
      index.set(id, rules.length);
      rules.push({ id, shortDescription: { text: DESCRIPTION[kind] }, ...query ? { properties: { query } } : {} });
    }
    const location = { physicalLocation: { artifactLocation: { uri: uriOf(r.filename) }, region: { startLine: m.line ?? 1 } } };
    results.push({
      ruleId: id,
      ruleIndex: index.get(id),
      level: LEVEL[kind],
      message: { text: m.msg },
      ...r.filename === COMBINED ? {} : { locations: [location] }
    });
  };
  for (const r of result.results) {
    for (const m of r.failures) add(r, "failure", m);
    for (const m of r.warnings) add(r, "warning", m);
    for (const m of r.exceptions) add(r, "exception", m);
  }
  return {
    version: "2.1.0",
    $schema: SARIF_SCHEMA,
    runs: [
      {
        tool: { driver: { name: "go-xenv", informationUri: "https://github.com/go-xenv/go-xenv-action", rules } },
        invocations: [
          {
            executionSuccessful: true,
            exitCode: result.exitCode,
            exitCodeDescription: result.totals.failures ? "Policy violations found" : result.totals.warnings ? "Policy warnings found" : "No policy violations found"
          }
        ],
        results
      }
    ]
  };
}
var renderPolicySarif = (result) => JSON.stringify(policySarifLog(result), null, 2);

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

// src/report/policy-github.ts
var property = (s) => s.replace(/[%\r\n:,]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
var data = (s) => logSafe(s).replace(/%/g, "%25");
function renderPolicyGithub(result) {
  const lines = [];
  for (const r of result.results) {
    const total = r.successes + r.failures.length + r.warnings.length + r.exceptions.length;
    const command = (name, msg, m) => lines.push(`::${name} file=${property(r.filename)},line=${m?.line ?? 1}::${data(msg)}`);
    lines.push(`::group::Testing ${quoted(r.filename)} against ${total} policies in namespace ${quoted(r.namespace)}`);
    for (const m of r.failures) command("error", m.msg, m);
    for (const m of r.warnings) command("warning", m.msg, m);
    for (const m of r.exceptions) command("notice", m.msg, m);
    command("notice", `Number of successful checks: ${r.successes}`);
    lines.push("::endgroup::");
  }
  lines.push(policySummary(result.totals));
  return lines.join("\n");
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

// src/report/policy-table.ts
var HEADER = ["RESULT", "FILE", "NAMESPACE", "MESSAGE"];
function renderPolicyTable(result) {
  const rows = [];
  for (const r of result.results) {
    const row = (kind, msg) => rows.push([kind, logSafe(r.filename), logSafe(r.namespace), logSafe(msg)]);
    for (let i = 0; i < r.successes; i++) row("success", "SUCCESS");
    for (const m of r.exceptions) row("exception", m.msg);
    for (const m of r.warnings) row("warning", m.msg);
    for (const m of r.failures) row("failure", m.msg);
  }
  const len = (s) => [...s].length;
  const widths = HEADER.map((h, i) => Math.max(len(h), ...rows.map((r) => len(r[i] ?? ""))));
  const rule = (left, mid, right) => left + widths.map((w) => "\u2500".repeat(w + 2)).join(mid) + right;
  const centre = (s, w) => " ".repeat(Math.floor((w - len(s)) / 2)) + s + " ".repeat(Math.ceil((w - len(s)) / 2));
  const line = (cells, pad) => `\u2502 ${cells.map((c, i) => pad(c, widths[i] ?? 0)).join(" \u2502 ")} \u2502`;
  return [
    rule("\u250C", "\u252C", "\u2510"),
    line(HEADER, centre),
    rule("\u251C", "\u253C", "\u2524"),
    ...rows.map((r) => line(r, (s, w) => s + " ".repeat(w - len(s)))),
    rule("\u2514", "\u2534", "\u2518")
  ].join("\n");
}

// src/report/policy-tap.ts
function renderPolicyTap(result) {
  const lines = [`1..${result.totals.tests}`];
  let n = 0;
  for (const r of result.results) {
    const line = (ok, msg) => lines.push(`${ok ? "ok" : "not ok"} ${++n} - ${logSafe(r.filename)} - ${logSafe(r.namespace)} - ${logSafe(msg)}`);
    for (const m of r.failures) line(false, m.msg);
    const section = (name, ok, msgs) => {
      if (!msgs.length) return;
      lines.push(`# ${name}`);
      for (const msg of msgs) line(ok, msg);
    };
    section(
      "warnings",
      false,
      r.warnings.map((m) => m.msg)
    );
    section(
      "exceptions",
      true,
      r.exceptions.map((m) => m.msg)
    );
    section("successes", true, Array(r.successes).fill("SUCCESS"));
  }
  return lines.join("\n");
}

// src/pipeline/policy.ts
var RENDER = {
  stdout: (d) => renderPolicyStdout(d.result, { color: d.color }),
  json: (d) => renderPolicyJson(d.result),
  tap: (d) => renderPolicyTap(d.result),
  junit: (d) => renderPolicyJunit(d.result),
  table: (d) => renderPolicyTable(d.result),
  github: (d) => renderPolicyGithub(d.result),
  sarif: (d) => renderPolicySarif(d.result)
};
var OUTPUTS = Object.keys(RENDER);
var list = (v) => typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : [];
var policyCommand = {
  name: "policy",
  summary: "Test config files against Rego policies as conftest does (`policy test <files...>`, the same flags and output)",
  usage: "policy test [-p <paths>] [-n <namespaces> | --all-namespaces] [-d <paths>] [--combine] [-o stdout|json|tap|junit|table|github|sarif] <files...>",
  flags: [
    { name: "policy", short: "p", description: "comma-separated policy files or directories (default: policy)" },
    { name: "namespace", short: "n", description: "comma-separated namespaces to test (default: main)" },
    { name: "all-namespaces", description: "test every namespace the policies declare", boolean: true },
    { name: "combine", description: "test all inputs as one document, [{path, contents}]", boolean: true },
    { name: "data", short: "d", description: "comma-separated data files or directories (JSON/YAML), merged under data" },
    { name: "parser", description: "read every input with this parser" },
    { name: "output", short: "o", description: `output format: ${OUTPUTS.join(", ")}` },
    { name: "fail-on-warn", description: "exit 1 on warnings, 2 on failures", boolean: true },
    { name: "no-fail", description: "exit 0 whatever the results", boolean: true },
    { name: "no-color", description: "no ANSI colours in the stdout output", boolean: true },
    { name: "rego-version", description: "v1 (default) or v0" }
  ],
  async run(ctx) {
    const [sub, ...files] = ctx.args;
    if (sub === void 0 && ctx.host.kind === "actions") {
      return [
        {
          step: "policy",
          status: "skipped",
          title: "policy: not available in the action yet",
          reason: "the action has no policy inputs in this version; run `go-xenv policy test <files>` in a run: step"
        }
      ];
    }
    if (sub !== "test") throw new UserError("usage: go-xenv policy test [flags] <files...>", { hint: "see go-xenv policy --help" });
    if (!files.length)
      throw new UserError("policy test needs at least one file or directory to test", {
        hint: "name the config files, e.g. go-xenv policy test deployment.yaml"
      });
    const f = ctx.flags;
    const output = typeof f.output === "string" ? f.output : "stdout";
    if (!OUTPUTS.includes(output)) throw new UserError(`unknown --output ${JSON.stringify(f.output)}`, { hint: `use one of: ${OUTPUTS.join(", ")}` });
    const regoVersion = typeof f["rego-version"] === "string" ? f["rego-version"] : "v1";
    if (regoVersion !== "v0" && regoVersion !== "v1") throw new UserError(`unknown --rego-version ${JSON.stringify(regoVersion)}`, { hint: "use v0 or v1" });
    const cwd = ctx.config.workspace;
    const parser = typeof f.parser === "string" ? f.parser : void 0;
    const engine = await import("./rego-ONUGVJ3M.js");
    const loaded = loadPolicies({ engine, cwd, policyPaths: list(f.policy), dataPaths: list(f.data), regoVersion });
    const result = evaluatePolicies(loaded, {
      cwd,
      files: walkInputs(files, cwd, parser),
      parser,
      namespaces: list(f.namespace),
      allNamespaces: f["all-namespaces"] === true,
      combine: f.combine === true,
      failOnWarn: f["fail-on-warn"] === true,
      noFail: f["no-fail"] === true
    });
    const t = result.totals;
    const data2 = { result, output, color: f["no-color"] !== true };
    return [
      {
        step: "policy",
        status: result.exitCode ? "failed" : "ok",
        title: `policy: ${t.tests} tests, ${t.passed} passed, ${t.warnings} warnings, ${t.failures} failures, ${t.exceptions} exceptions`,
        details: renderPolicyMarkdown(result),
        data: data2,
        exitCode: result.exitCode
      }
    ];
  },
  json: (results) => {
    const d = results[0]?.data;
    return d ? policyJsonDocument(d.result) : [];
  },
  text: (results) => {
    const d = results[0]?.data;
    if (!d) return "";
    return RENDER[d.output](d);
  }
};
export {
  policyCommand
};
