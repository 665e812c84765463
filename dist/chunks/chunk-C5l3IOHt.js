import { createRequire } from 'node:module';
import { e as existsSync, U as UserError, I as INPUTS, l as didYouMean, s as statSync, r as realpathSync } from './chunk-gJGdoriE.js';
import { r as readCanaryFile } from './chunk-CqYyG2xV.js';
import { b as readYamlDocuments, c as DocumentExpansionError, l as lineNear, a as readYaml } from './chunk-Dn6_G6dh.js';
import { r as resolveInside } from './chunk-Dhnp4LvZ.js';
import { r as readBoundedText } from './chunk-CE2JlTQc.js';
import { q as quoted } from './chunk-DjFb5CTR.js';
import { join, resolve, relative, isAbsolute, sep } from 'node:path';
import { tmpdir, homedir } from 'node:os';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/config/split-args.ts
function splitArgs(s) {
  const out = [];
  for (const m of s.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

// src/config/file-rules.ts
var FILE_LDFLAGS = /* @__PURE__ */ new Map([
  ["s", "bool"],
  ["w", "bool"],
  ["compressdwarf", "bool"],
  ["X", "value"],
  ["B", "value"],
  ["buildid", "value"]
]);
function ldflagsRefusal(value) {
  const words = splitArgs(value);
  for (let i = 0; i < words.length; i++) {
    const m = /^--?([^=]+)(=.*)?$/.exec(words[i]);
    const kind = m && FILE_LDFLAGS.get(m[1]);
    if (!kind) {
      return `may not carry ${JSON.stringify(words[i])}: from the config file ldflags take only -s, -w, -X, -B and -buildid, since other link flags choose a linker (-extld, -extldflags, -linkmode), an interpreter (-I) or a file to write (-o)`;
    }
    if (kind === "value" && m[2] === void 0) i++;
  }
  return void 0;
}
var FILE_QEMU_METHODS = ["direct", "none"];
function fileValueRefusal(name, value) {
  if (name === "qemu-method" && !FILE_QEMU_METHODS.includes(String(value))) {
    return `may only be ${FILE_QEMU_METHODS.join(" or ")} in the config file: ${String(value)} may start a privileged container`;
  }
  if (name === "ldflags" && typeof value === "string") return ldflagsRefusal(value);
  if (name === "policy-no-fail" && value !== false && String(value) !== "false") {
    return "may only be false in the config file: true would let a pull request turn its own policy failures into a passing check (set it on the step)";
  }
  return void 0;
}

// src/config/file.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
var MAX_NODES = MAX_CONFIG_BYTES;
var SCHEMA_HINT = "see the inputs in the README (schema/go-xenv.schema.json)";
function readConfigFile(path, displayPath = path, required = false) {
  if (!existsSync(path)) {
    if (!required) return /* @__PURE__ */ new Map();
    throw new UserError(`config file "${displayPath}" does not exist`, { where: { file: "input config-file" }, hint: "give the path of the YAML file relative to the workspace, or leave config-file out to use .github/go-xenv.yml when it exists" });
  }
  const text2 = readBoundedText(path, { label: "config file", maxBytes: MAX_CONFIG_BYTES, where: { file: displayPath } });
  const fail = (message, line, hint = SCHEMA_HINT) => new UserError(message, { where: { file: displayPath, line }, hint });
  const numbers = /* @__PURE__ */ new Map();
  const scalar = (n) => {
    const v = n.toJSON();
    if (typeof v === "number" && n.range && n.source !== void 0) numbers.set(n.range[0], n.source);
    return v;
  };
  let docs;
  try {
    docs = readYamlDocuments(text2, { file: displayPath, maxNodes: MAX_NODES, scalar });
  } catch (e) {
    if (!(e instanceof DocumentExpansionError)) throw e;
    throw fail(`the config file expands too far through YAML aliases (more than ${MAX_NODES} values)`, firstContentLine(text2), "write the values out instead of nesting aliases");
  }
  if (docs.length > 1) {
    throw new UserError("invalid YAML: the config file holds more than one YAML document", { where: { file: displayPath, line: docs[1].lineOf([]) }, hint: "fix the YAML syntax" });
  }
  const doc = docs[0];
  if (doc === void 0 || doc.value === null) return /* @__PURE__ */ new Map();
  const data = doc.value;
  if (typeof data !== "object" || Array.isArray(data)) {
    throw fail(`the config file must be a mapping of input names to values (like \`targets: linux/amd64\`), not ${Array.isArray(data) ? "a list" : "a single value"}`, lineNear(doc, []));
  }
  const specs = new Map(INPUTS.map((s) => [s.name, s]));
  const fileKeys = INPUTS.filter((s) => !s.stepOnly).map((s) => s.name);
  const values = data;
  const out = /* @__PURE__ */ new Map();
  for (const key of Object.keys(values)) {
    const line = lineNear(doc, [key]);
    const spec = specs.get(key);
    if (!spec) throw fail(`unknown key ${quoted(key)}`, line, didYouMean(key, fileKeys) ?? SCHEMA_HINT);
    if (spec.stepOnly) throw fail(`"${key}" is a step input only: ${spec.stepOnly}`, line, `give it in the workflow step's \`with:\`, not in ${displayPath}`);
    out.set(key, { value: values[key], line, lineNear: (p) => lineNear(doc, [key, ...p]) });
  }
  for (const [key, f] of out) {
    const spec = specs.get(key);
    if (!fitsType(spec, f.value)) throw fail(`"${key}" ${expected(spec)}, not ${shown(f.value)}`, f.line, quoteHint(key, f.value, doc, text2, numbers));
    const refusal = fileValueRefusal(key, f.value);
    if (refusal) throw fail(`"${key}" ${refusal}`, f.line, `give it in the workflow step's \`with:\` if it is meant, not in ${displayPath}`);
  }
  return out;
}
function firstContentLine(text2) {
  const i = text2.split("\n").findIndex((l) => !/^\s*(?:#.*|---\s*)?$/.test(l));
  return i === -1 ? 1 : i + 1;
}
function fitsType(spec, v) {
  switch (spec.type) {
    case "boolean":
      return typeof v === "boolean" || v === "true" || v === "false";
    case "integer": {
      const n = typeof v === "number" ? v : typeof v === "string" && /^[0-9]+$/.test(v) ? Number(v) : NaN;
      return Number.isInteger(n) && (!spec.range || n >= spec.range[0] && n <= spec.range[1]);
    }
    case "list":
      return typeof v === "string" || Array.isArray(v) && v.every((x) => typeof x === "string");
    case "enum":
      return spec.values.includes(v) || typeof v === "boolean" && spec.values.includes(String(v));
    case "yaml":
      return typeof v === "string" || typeof v === "object" && v !== null && !Array.isArray(v);
    case "string":
      return typeof v === "string";
  }
}
function expected(spec) {
  switch (spec.type) {
    case "boolean":
      return "must be true or false";
    case "integer":
      return `must be a whole number${spec.range ? ` from ${spec.range[0]} to ${spec.range[1]}` : ""}`;
    case "list":
      return "must be a string or a list of strings";
    case "enum":
      return `must be one of: ${spec.values.join(", ")}`;
    case "yaml":
      return "must be a mapping, or a string (the path of a YAML file, or the YAML itself)";
    case "string":
      return "must be a string";
  }
}
var shown = (v) => v === null ? "empty" : Array.isArray(v) ? "a list" : typeof v === "object" ? "a mapping" : quoted(String(v));
function quoteHint(key, value, doc, text2, numbers) {
  const path = Array.isArray(value) ? [key, value.findIndex((v) => typeof v === "number")] : [key];
  const first = Array.isArray(value) ? value[path[1]] : value;
  if (typeof first !== "number") return SCHEMA_HINT;
  const source = numberSourceOnLine(text2, doc.lineOf(path) ?? 0, numbers);
  if (source === void 0) return SCHEMA_HINT;
  return `quote it: ${key}: "${source}" (unquoted, YAML reads ${source} as the number ${String(first)})`;
}
function numberSourceOnLine(text2, line, numbers) {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const newline = text2.indexOf("\n", start);
    if (newline === -1) return void 0;
    start = newline + 1;
  }
  const end = text2.indexOf("\n", start) === -1 ? text2.length : text2.indexOf("\n", start);
  let first;
  for (const o of numbers.keys()) if (o >= start && o < end && (first === void 0 || o < first)) first = o;
  return first === void 0 ? void 0 : numbers.get(first);
}
var EVENT_LIMIT = 32 * 1024 * 1024;
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
function readRuntimeFacts(env, opts = {}) {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const repository = REPO.test(env.GITHUB_REPOSITORY ?? "") ? env.GITHUB_REPOSITORY : "";
  const serverUrl = httpUrl(env.GITHUB_SERVER_URL) ?? "https://github.com";
  const runId = /^\d+$/.test(env.GITHUB_RUN_ID ?? "") ? env.GITHUB_RUN_ID : "";
  const ref = env.GITHUB_REF ?? "";
  return {
    onActions: !opts.cli && env.GITHUB_ACTIONS === "true",
    runner: {
      os: env.RUNNER_OS || process.platform,
      arch: env.RUNNER_ARCH || process.arch,
      toolCache: env.RUNNER_TOOL_CACHE || join(tmpdir(), "go-xenv-tool-cache"),
      temp: env.RUNNER_TEMP || tmpdir()
    },
    cacheDir: env.XDG_CACHE_HOME || join(env.HOME || homedir(), ".cache"),
    tempDirs: [
      env.TMPDIR ? { label: "TMPDIR", path: env.TMPDIR } : { label: "temp directory", path: tmpdir() },
      ...env.RUNNER_TEMP && env.RUNNER_TEMP !== env.TMPDIR ? [{ label: "RUNNER_TEMP", path: env.RUNNER_TEMP }] : []
    ],
    eventName: env.GITHUB_EVENT_NAME ?? "",
    repository,
    ref,
    sha: SHA.test(env.GITHUB_SHA ?? "") ? env.GITHUB_SHA : "",
    branch: ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0,
    defaultBranch: text(field(event, "repository", "default_branch")),
    pullRequest: pullRequestOf(event, repository),
    serverUrl,
    apiUrl: httpUrl(env.GITHUB_API_URL) ?? "https://api.github.com",
    runId,
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : ""
  };
}
function readEvent(path) {
  if (!path || !existsSync(path)) return void 0;
  try {
    return JSON.parse(readBoundedText(path, { label: "the event payload", maxBytes: EVENT_LIMIT }));
  } catch {
    return void 0;
  }
}
function pullRequestOf(event, repository) {
  const pr = field(event, "pull_request");
  const number = field(pr, "number");
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number <= 0) return void 0;
  const sha = (v) => typeof v === "string" && SHA.test(v) ? v : "";
  const headRepo = text(field(pr, "head", "repo", "full_name"));
  return {
    number,
    baseRef: text(field(pr, "base", "ref")) ?? "",
    baseSha: sha(field(pr, "base", "sha")),
    headRef: text(field(pr, "head", "ref")) ?? "",
    headSha: sha(field(pr, "head", "sha")),
    // A deleted head repository (null) is a fork that went away: treat it as foreign too.
    fromFork: headRepo === void 0 ? true : headRepo.toLowerCase() !== repository.toLowerCase()
  };
}
function field(v, ...keys) {
  let cur = v;
  for (const k of keys) {
    if (cur === null || typeof cur !== "object" || !Object.hasOwn(cur, k)) return void 0;
    cur = cur[k];
  }
  return cur;
}
var text = (v) => typeof v === "string" && v.length <= 1024 ? v : void 0;
function httpUrl(v) {
  if (!v) return void 0;
  try {
    const u = new URL(v);
    return u.protocol === "https:" || u.protocol === "http:" ? v.replace(/\/+$/, "") : void 0;
  } catch {
    return void 0;
  }
}

// src/config/load.ts
function inputsFromEnv(env) {
  const out = {};
  for (const spec of INPUTS) {
    const v = env[`INPUT_${spec.name.replace(/ /g, "_").toUpperCase()}`];
    if (v !== void 0 && v.trim() !== "") out[spec.name] = v.trim();
  }
  return out;
}
function loadConfig(opts) {
  const env = opts.env ?? process.env;
  if (!existsSync(opts.workspace) || !statSync(opts.workspace).isDirectory()) {
    throw new UserError(`the workspace ${quoted(opts.workspace)} does not exist or is no directory`, { hint: "give an existing directory (GITHUB_WORKSPACE, or the CLI's --cwd)" });
  }
  const workspace = realpathSync(opts.workspace);
  const spec = new Map(INPUTS.map((s) => [s.name, s]));
  const configFileRel = opts.given["config-file"] ?? spec.get("config-file").default;
  const configPath = resolve(workspace, configFileRel);
  const fromFile = readConfigFile(configPath, relative(workspace, configPath) || configPath, opts.given["config-file"] !== void 0);
  const values = /* @__PURE__ */ new Map();
  const origins = /* @__PURE__ */ new Map();
  for (const s of INPUTS) {
    let origin;
    let raw;
    if (opts.given[s.name] !== void 0) {
      [origin, raw] = [{ label: `input "${s.name}"`, fromFile: false }, opts.given[s.name]];
    } else if (fromFile.has(s.name)) {
      const f = fromFile.get(s.name);
      [origin, raw] = [{ label: `"${s.name}"`, where: { file: configFileRel, line: f.line }, fromFile: true }, f.value];
    } else {
      [origin, raw] = [{ label: `default of "${s.name}"`, fromFile: false }, s.default.startsWith("${{") ? "" : s.default];
    }
    origins.set(s.name, origin);
    values.set(s.name, convert(s, raw, origin.label, origin.where));
  }
  const str = (n) => values.get(n);
  const list = (n) => values.get(n);
  const bool = (n) => values.get(n);
  const inside = (n, p, base) => resolveInside(workspace, p, { label: origins.get(n).label, where: origins.get(n).where, base });
  const workingDirectory = inside("working-directory", str("working-directory"));
  if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
    throw new UserError(`working-directory "${str("working-directory")}" does not exist or is no directory`, { where: origins.get("working-directory").where, hint: "give a directory inside the workspace" });
  }
  return {
    command: str("command"),
    workspace,
    workingDirectory,
    configFile: fromFile.size ? configPath : void 0,
    toolchain: {
      goVersions: list("go-version"),
      goVersionFile: versionFile(str("go-version-file"), workspace, workingDirectory, inside),
      checkLatest: bool("check-latest"),
      downloadBaseUrl: str("go-download-base-url") || env.GO_DOWNLOAD_BASE_URL || "",
      token: checkedToken(opts.given.token ?? env.GITHUB_TOKEN ?? "", opts.given.token !== void 0 ? 'input "token"' : "GITHUB_TOKEN"),
      cache: str("cache"),
      cacheDependencyPath: list("cache-dependency-path").map((p) => dependencyPattern(p, origins.get("cache-dependency-path"), (q) => inside("cache-dependency-path", q))),
      cacheSaveBranches: list("cache-save-branches")
    },
    emulation: {
      platforms: list("qemu-platforms"),
      method: str("qemu-method"),
      image: str("qemu-image"),
      install: bool("qemu-install")
    },
    matrix: {
      targets: list("targets"),
      exclude: list("exclude"),
      variants: list("variants"),
      cgo: list("cgo"),
      buildPackage: str("build-package"),
      binaryName: bareName(str("binary-name"), origins.get("binary-name")),
      ldflags: str("ldflags"),
      // The step or a terminal user may write anywhere (e.g. $RUNNER_TEMP); the config file only inside the workspace.
      outDir: origins.get("out-dir").fromFile ? inside("out-dir", str("out-dir"), workingDirectory) : resolve(workingDirectory, str("out-dir")),
      smokeArgs: splitArgs(str("smoke-args")),
      smokeTimeoutSeconds: values.get("smoke-timeout"),
      reproducible: bool("reproducible")
    },
    canary: loadCanary(values.get("canary"), origins.get("canary"), fromFile.get("canary"), (p, label) => resolveInside(workspace, p, { label, where: origins.get("canary").where }), bool("fail-on-hold")),
    report: { comment: str("comment"), commentId: str("comment-id") },
    baseline: { file: inside("baseline-file", str("baseline-file")), configs: list("baseline-configs") },
    policy: policyConfig(values, (n) => opts.given[n] !== void 0 || fromFile.has(n), origins, inside),
    runtime: readRuntimeFacts(env, { cli: opts.cli })
  };
}
function policyConfig(values, isSet, origins, inside) {
  const set = (n) => isSet(n) ? values.get(n) : void 0;
  const paths = (n) => {
    const ps = set(n);
    for (const p of ps ?? []) if (!(n === "policy" && p === "builtin")) inside(n, p);
    return ps;
  };
  const globs = (n) => values.get(n).map((p) => dependencyPattern(p, origins.get(n), (q) => inside(n, q)));
  return {
    paths: paths("policy"),
    namespaces: set("policy-namespace"),
    allNamespaces: set("policy-all-namespaces"),
    data: paths("policy-data"),
    files: globs("policy-files"),
    exclude: globs("policy-exclude"),
    scope: values.get("policy-scope"),
    combine: set("policy-combine"),
    failOnWarn: set("policy-fail-on-warn"),
    noFail: set("policy-no-fail"),
    regoVersion: set("policy-rego-version"),
    verify: String(values.get("policy-verify"))
  };
}
function versionFile(given, workspace, workingDirectory, inside) {
  if (!given) return "";
  const candidates = [resolve(workspace, given), resolve(workingDirectory, given)];
  const found = candidates.find((p) => existsSync(p));
  const real = inside("go-version-file", given, found === candidates[1] ? workingDirectory : workspace);
  return found ? real : given;
}
var GLOB = /[*?[\]{}()!]/;
function dependencyPattern(pattern, origin, inside) {
  const body = pattern.replace(/^!/, "");
  const segments = body.split(/[\\/]+/);
  if (isAbsolute(body) || body.startsWith("~") || segments.includes("..")) {
    throw new UserError(`${origin.label}: entry ${quoted(pattern)} must be a path or glob relative to the workspace, without ..`, { where: origin.where, hint: "e.g. go.sum or **/go.sum" });
  }
  const firstGlob = segments.findIndex((s) => GLOB.test(s));
  const fixed = firstGlob === -1 ? segments : segments.slice(0, firstGlob);
  if (fixed.length) inside(fixed.join(sep));
  return pattern;
}
function bareName(name, origin) {
  if (name && (/[/\\\u0000-\u001f]/.test(name) || name === "." || name === "..")) {
    throw new UserError(`${origin.label}: ${quoted(name)} must be a bare file name (no /, \\ or control characters, not . or ..)`, { where: origin.where, hint: "binaries are written into out-dir under this name" });
  }
  return name;
}
function checkedToken(token, label) {
  if (/[^\x21-\x7e]/.test(token)) {
    throw new UserError(`${label} holds a character that cannot go in an HTTP header (a newline, a space, a control or non-ASCII character); its value is not shown`, { hint: "pass the token itself, e.g. ${{ secrets.GITHUB_TOKEN }}" });
  }
  return token;
}
function loadCanary(value, origin, inFile, inside, failOnHold) {
  const noLines = (file) => () => ({ file });
  if (value === "" || value === void 0) return { document: void 0, source: "", locate: noLines(""), trusted: false, failOnHold };
  const configFile = origin.where?.file ?? "";
  const inConfigFile = (document) => ({
    document,
    source: configFile,
    locate: (p) => ({ file: configFile, line: inFile.lineNear(typeof value === "string" ? [] : p) }),
    trusted: false,
    failOnHold
  });
  if (typeof value !== "string") return inConfigFile(value);
  if (!value.includes("\n")) {
    const path = inside(value, "canary config file");
    if (existsSync(path)) return { ...readCanaryFile(path, value), source: value, trusted: false, failOnHold };
    if (/\.ya?ml$/.test(value)) {
      throw new UserError(`canary config file "${value}" does not exist`, { where: origin.where, hint: "give a path relative to the workspace, or the YAML itself" });
    }
  }
  if (origin.fromFile) return inConfigFile(readYaml(value, { file: "canary (config file)" })?.value ?? null);
  return { document: readYaml(value, { file: "input canary" })?.value ?? null, source: "input canary", locate: noLines("input canary"), trusted: true, failOnHold };
}
function convert(spec, raw, label, where) {
  const fail = (what) => new UserError(`${label}: ${what}`, { where, hint: spec.values ? `use one of: ${spec.values.join(", ")}` : void 0 });
  switch (spec.type) {
    case "string": {
      const v = String(raw);
      if (spec.pattern && !new RegExp(spec.pattern.source).test(v)) throw new UserError(`${label}: ${quoted(v)} is not allowed`, { where, hint: spec.pattern.hint });
      return v;
    }
    case "yaml":
      return raw;
    case "list":
      return (Array.isArray(raw) ? raw.map(String) : String(raw).split(/[\n,]/)).map((x) => x.trim()).filter((x) => x && !x.startsWith("#"));
    case "boolean": {
      const v = String(raw).toLowerCase();
      if (v === "true" || v === "false") return v === "true";
      throw fail(`${quoted(String(raw))} is not a boolean (true or false)`);
    }
    case "integer": {
      const v = String(raw);
      const range = spec.range ? ` from ${spec.range[0]} to ${spec.range[1]}` : "";
      if (!/^[0-9]+$/.test(v)) throw fail(`${quoted(v)} is not a whole number${range}`);
      const n = Number(v);
      if (spec.range && (n < spec.range[0] || n > spec.range[1])) throw fail(`${v} is out of range: give a whole number${range}`);
      return n;
    }
    case "enum": {
      const v = String(raw);
      if (!spec.values.includes(v)) throw fail(`${quoted(v)} is not allowed`);
      return v;
    }
  }
}

export { inputsFromEnv as i, loadConfig as l, splitArgs as s };
