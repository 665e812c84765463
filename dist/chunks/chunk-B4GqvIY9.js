import { createRequire } from 'node:module';
import { l as lineNear, D as DocumentSyntaxError } from './chunk-Dn6_G6dh.js';
import { r as resolveInside } from './chunk-Dhnp4LvZ.js';
import { D as DEFAULT_READ_LIMIT, a as readBounded, r as readBoundedText, P as POLICY_READ_LIMIT } from './chunk-CE2JlTQc.js';
import { U as UserError, i as isUserError, s as statSync, t as readdirSync, e as existsSync, r as realpathSync, u as lstatSync } from './chunk-gJGdoriE.js';
import { basename, dirname, extname, resolve, join, isAbsolute, relative, sep } from 'node:path';

let __goxenvRequire$1; const __goxenvReq$1 = () => (__goxenvRequire$1 ??= createRequire(import.meta.url)); const require$2 = Object.assign((id) => __goxenvReq$1()(id), { resolve: (id, options) => __goxenvReq$1().resolve(id, options) });

// src/policy/parsers/parser.ts
function fromDocument(doc) {
  if (Array.isArray(doc.value)) {
    return { value: doc.value, documents: doc.value, lineOf: (i, path) => doc.lineOf([i, ...path]) };
  }
  return { value: doc.value, documents: [doc.value], lineOf: (_i, path) => doc.lineOf(path) };
}
var lineFor = (parsed, docIndex, path) => lineNear({ value: parsed.documents[docIndex], lineOf: (p) => parsed.lineOf(docIndex, p) }, path);

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
var COMPOSE = /^(docker-)?compose(\.[\w.-]+)?\.ya?ml$/;
var yaml = async () => (await import('./yaml-Cbyx5ACe.js')).yamlParser;
var FORMATS = [
  {
    name: "dockerfile",
    extensions: ["dockerfile"],
    fileName: (base) => base === "dockerfile" || base.startsWith("dockerfile."),
    load: async () => (await import('./dockerfile-vm8CWtB0.js')).dockerfileParser
  },
  { name: "docker-compose", extensions: [], fileName: (base) => COMPOSE.test(base), load: yaml },
  { name: "yaml", extensions: ["yaml", "yml"], load: yaml },
  { name: "hcl2", extensions: ["hcl", "tf", "tfvars"], load: async () => (await import('./hcl2-B0bq_WZr.js')).hcl2Parser },
  {
    name: "dotenv",
    extensions: ["env"],
    fileName: (base) => base === ".env" || base.startsWith(".env."),
    load: async () => (await import('./dotenv-D6jhpCAt.js')).dotenvParser
  },
  { name: "json", extensions: ["json"], load: async () => (await import('./json-BY2c4ihq.js')).jsonParser },
  { name: "jsonc", extensions: ["jsonc"], load: async () => (await import('./jsonc-B0oW3Y5w.js')).jsoncParser },
  { name: "toml", extensions: ["toml"], load: async () => (await import('./toml-C4QCz88s.js')).tomlParser },
  { name: "ini", extensions: ["ini"], load: async () => (await import('./ini-CQZ30l3b.js')).iniParser },
  { name: "properties", extensions: ["properties"], load: async () => (await import('./properties-VDydUCXp.js')).propertiesParser },
  { name: "xml", extensions: ["xml"], load: async () => (await import('./xml-BTGrERtn.js')).xmlParser },
  {
    name: "sshd_config",
    extensions: [],
    ownFormat: true,
    fileName: (base) => base === "sshd_config" || base.startsWith("sshd_config.") && !base.endsWith(".d"),
    load: async () => (await import('./sshd-config-BSNCfxaR.js')).sshdConfigParser
  },
  {
    name: "logrotate",
    extensions: [],
    ownFormat: true,
    fileName: (base) => base === "logrotate.conf",
    load: async () => (await import('./logrotate-BPBFy9eb.js')).logrotateParser
  },
  {
    name: "nginx",
    extensions: ["nginx"],
    fileName: (base) => base === "nginx.conf",
    load: async () => (await import('./nginx-BqxooPH0.js')).nginxParser
  }
];
function registered(format) {
  const { load, ...names } = format;
  let impl;
  let loading;
  return {
    ...names,
    parse(text, file) {
      if (!impl) {
        throw new Error(
          `internal error: the ${format.name} parser was used before it was loaded: await loadParsersFor(<the files>, <the --parser name>) or loadAllParsers() before parsing`
        );
      }
      return impl.parse(text, file);
    },
    load: () => loading ??= load().then((i) => {
      impl = i;
    }),
    loaded: () => impl !== void 0
  };
}
var PARSERS = FORMATS.map(registered);
function registerParsers(first) {
  PARSERS.unshift(...first.filter((p) => !PARSERS.some((q) => q.name === p.name)).map(registered));
}
var parserNames = () => PARSERS.map((p) => p.name);
var named = (name) => PARSERS.find((x) => x.name === name.toLowerCase());
function parserNamed(name) {
  const p = named(name);
  if (!p) throw new UserError(`unknown parser ${JSON.stringify(name)}`, { hint: `use one of: ${parserNames().join(", ")}`, code: "unknown_parser" });
  return p;
}
function registeredFor(path) {
  const base = basename(path).toLowerCase();
  if (basename(dirname(path)).toLowerCase() === "logrotate.d") return named("logrotate");
  const ext = extname(base).slice(1);
  return PARSERS.find((p) => p.fileName?.(base) || ext && (p.extensions.includes(ext) || p.name === ext));
}
var parserFor = (path) => registeredFor(path);
async function loadParsersFor(files, forced) {
  const wanted = /* @__PURE__ */ new Set();
  if (forced) {
    const p = named(forced);
    if (p) wanted.add(p);
  } else {
    for (const f of files) {
      const p = registeredFor(f);
      if (p && !p.loaded()) wanted.add(p);
    }
  }
  await Promise.all([...wanted].map((p) => p.load()));
}
async function loadAllParsers() {
  await Promise.all(PARSERS.map((p) => p.load()));
}
var unloadedParsers = () => PARSERS.filter((p) => !p.loaded()).map((p) => p.name);

// src/policy/input-file.ts
var MAX_INPUT_BYTES = DEFAULT_READ_LIMIT;
var refused = (file, reason, message, help, line, column) => ({
  status: "refused",
  file,
  reason,
  finding: { capability: "policy", rule: `input/${reason}`, severity: "error", message, file, line, column, help }
});
function binaryReason(bytes) {
  if (bytes.includes(0)) return "it contains NUL bytes (a binary file)";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "it is not UTF-8 text";
  }
  return void 0;
}
function parseInput(text, file, parser) {
  try {
    return { status: "parsed", file, parser: parser.name, parsed: parser.parse(text, file) };
  } catch (e) {
    if (!(e instanceof DocumentSyntaxError)) throw e;
    return refused(file, "syntax", e.message, e.hint ?? "fix the file", e.where.line, e.where.col);
  }
}
function readInputFile(path, opts = {}) {
  const file = opts.display ?? path;
  const parser = opts.parser ? parserNamed(opts.parser) : parserFor(file);
  if (!parser) return refused(file, "no-parser", `no parser understands ${file}`, "name a parser with --parser, or leave the file out");
  const max = opts.maxBytes ?? MAX_INPUT_BYTES;
  let bytes;
  try {
    bytes = readBounded(path, { label: "policy input", maxBytes: max, where: { file } });
  } catch (e) {
    if (!isUserError(e)) throw e;
    if (e.code === "file_too_large")
      return refused(file, "too-large", `${file} is larger than ${max} bytes, the bound for a config file`, "leave files this large out of the policy inputs");
    return refused(file, "unreadable", e.message.split(path).join(file), e.hint ?? "name a regular file inside the workspace");
  }
  const binary = binaryReason(bytes);
  if (binary) return refused(file, "binary", `${file} is not read as ${parser.name}: ${binary}`, "leave binary files out of the policy inputs");
  return parseInput(bytes.toString("utf8"), file, parser);
}
function walk(paths, cwd, keep, label) {
  const out = [];
  const visit = (shown, named2) => {
    const st = statSync(resolve(cwd, shown), { throwIfNoEntry: false });
    if (!st) {
      throw new UserError(`${label ? `${label}: ` : ""}no such file or directory: ${shown}`, {
        hint: label ? `check the ${label} paths` : "name the config files or directories to test"
      });
    }
    if (st.isDirectory()) for (const name of readdirSync(resolve(cwd, shown)).sort()) visit(join(shown, name), false);
    else if (keep(shown, named2)) out.push(shown);
  };
  for (const p of paths) visit(p, true);
  return out;
}
var walkInputs = (paths, cwd, forcedParser) => walk(paths, cwd, (file, named2) => {
  if (named2 || forcedParser) return true;
  const p = parserFor(file);
  return !!p && !p.ownFormat;
});
var filesWithExtension = (paths, cwd, exts, label) => walk(paths, cwd, (file) => exts.some((e) => file.toLowerCase().endsWith(e)), label);

// src/policy/combine.ts
function combinedDocument(parsed) {
  const byPath = [...parsed].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return byPath.flatMap((p) => p.parsed.documents.map((contents) => ({ path: p.file, contents })));
}

// src/policy/conftest-builtins.ts
var NAMES = ["parse_config", "parse_config_file", "parse_combined_config_files"];
var namesConftestBuiltin = (texts) => texts.some((t) => NAMES.some((n) => t.includes(n)));
async function loadParsersNamedIn(texts) {
  if (namesConftestBuiltin(texts)) await loadAllParsers();
}
function checkParsersLoadedFor(texts) {
  const missing = namesConftestBuiltin(texts) ? unloadedParsers() : [];
  if (missing.length) {
    throw new Error(
      `internal error: the policies call conftest's parse_config builtins, but the ${missing.join(", ")} parser(s) are not loaded: await loadParsersNamedIn(<the module texts>) or loadAllParsers() before loading the policies`
    );
  }
}
var fail = (message) => {
  throw new Error(message);
};
var whereOf = (loc) => loc ? { file: loc.file, line: loc.row, col: loc.col } : void 0;
var unmarshalled = (p) => p.value;
function registerConftestBuiltins(engine, o) {
  if (!engine.registerBuiltin) return;
  const register = (name, arity, fn) => engine.registerBuiltin(name, arity, fn);
  const json = (v) => engine.toJSON(v);
  const str = (v, what) => {
    const s = json(v);
    return typeof s === "string" ? s : fail(`${what} must be a string`);
  };
  const pathFor = (p, loc) => {
    const abs = resolve(o.cwd, loc?.file ? dirname(loc.file) : ".", p);
    try {
      return resolveInside(o.workspace, abs, { label: `a policy's file path ${JSON.stringify(p)}`, alsoAllowed: o.alsoAllowed });
    } catch (e) {
      if (e instanceof UserError)
        o.refusals.push(
          new UserError(e.message, {
            where: whereOf(loc),
            hint: "policies read only files inside the workspace",
            code: e.code
          })
        );
      throw e;
    }
  };
  const parseFile = (p, loc) => {
    const i = readInputFile(pathFor(p, loc), { display: join(loc?.file ? dirname(loc.file) : ".", p), maxBytes: MAX_INPUT_BYTES });
    if (i.status === "parsed") return i;
    if (i.reason === "too-large" || i.reason === "binary") {
      o.refusals.push(
        new UserError(`a policy's file is refused: ${i.finding.message}`, {
          where: whereOf(loc),
          hint: "policies read config files of at most 4 MiB of text",
          code: "policy_file_refused"
        })
      );
    }
    return fail(i.finding.message);
  };
  register("parse_config", 2, (args) => {
    const name = str(args[0], "operand 1 (the parser name)");
    const text = str(args[1], "operand 2 (the configuration)");
    if (text.length > MAX_INPUT_BYTES) fail(`the configuration is larger than ${MAX_INPUT_BYTES} bytes`);
    let parser;
    try {
      parser = parserNamed(name);
    } catch (e) {
      return fail(`create config parser: ${e.message}`);
    }
    try {
      return engine.fromJSON(unmarshalled(parser.parse(text, "-")));
    } catch (e) {
      return fail(`unmarshal config: ${e.message}`);
    }
  });
  register("parse_config_file", 1, (args, _ctx, loc) => engine.fromJSON(unmarshalled(parseFile(str(args[0], "operand 1 (the path)"), loc).parsed)));
  register("parse_combined_config_files", 1, (args, _ctx, loc) => {
    const paths = json(args[0]);
    if (!Array.isArray(paths) || !paths.every((p) => typeof p === "string")) return fail("operand 1 must be an array of strings");
    return engine.fromJSON(combinedDocument(paths.map((p) => parseFile(p, loc))));
  });
}

// src/policy/load.ts
var DEFAULT_POLICY_PATH = "policy";
var isFailureRule = (name) => /^(deny|violation)(_[a-zA-Z0-9]+)*$/.test(name);
var isWarningRule = (name) => /^warn(_[a-zA-Z0-9]+)*$/.test(name);
function registerPolicyBuiltins(engine, cwd, policyPaths) {
  const refusals = [];
  const paths = policyPaths.length ? policyPaths : [DEFAULT_POLICY_PATH];
  const alsoAllowed = paths.filter((p) => isAbsolute(p)).map((p) => resolve(p));
  registerConftestBuiltins(engine, { cwd, workspace: cwd, alsoAllowed, refusals });
  return refusals;
}
function loadPolicies(opts) {
  const modules = opts.modules ?? readPolicyModules(opts.policyPaths, opts.cwd);
  checkParsersLoadedFor(modules.map((m) => m.source));
  const v0 = opts.regoVersion === "v0";
  const data = loadData(opts.dataPaths ?? [], opts.cwd);
  const refusals = registerPolicyBuiltins(opts.engine, opts.cwd, opts.policyPaths);
  const policy = opts.engine.compile(modules, data, { v0 });
  const namespaces = [];
  const rules = /* @__PURE__ */ new Map();
  for (const m of policy.modules) {
    const ns = m.package.join(".");
    if (!rules.has(ns)) {
      namespaces.push(ns);
      rules.set(ns, /* @__PURE__ */ new Map());
    }
    const counts = rules.get(ns);
    for (const r of m.rules) {
      const head = r.head.ref;
      const name = head.length === 1 && head[0].t === "var" ? head[0].name : void 0;
      if (name && (isFailureRule(name) || isWarningRule(name))) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return { engine: opts.engine, policy, namespaces, rules, refusals };
}
function readPolicyModules(policyPaths, cwd) {
  const paths = policyPaths.length ? policyPaths : [DEFAULT_POLICY_PATH];
  const files = filesWithExtension(paths, cwd, [".rego"], "policy");
  if (!files.length) {
    throw new UserError(`no policies found in ${paths.join(", ")}`, {
      hint: "name a directory or file holding .rego policies with --policy",
      code: "no_policies"
    });
  }
  return files.map((file) => ({
    file,
    source: readBoundedText(resolve(cwd, file), { label: "policy", maxBytes: POLICY_READ_LIMIT, where: { file } })
  }));
}
async function loadPolicyParsers(o) {
  await Promise.all([loadParsersFor(dataFiles(o.dataPaths ?? [], o.cwd).map((d) => d.file)), loadParsersNamedIn(o.modules.map((m) => m.source))]);
}
var dataFiles = (paths, cwd) => paths.flatMap(
  (root) => filesWithExtension([root], cwd, [".json", ".yaml", ".yml"], "data").map((file) => ({
    file,
    prefix: file === root ? [] : relative(root, dirname(file)).split(sep).filter(Boolean)
  }))
);
function loadData(paths, cwd) {
  let data = {};
  for (const { file, prefix } of dataFiles(paths, cwd)) {
    const parsed = parseInput(
      readBoundedText(resolve(cwd, file), { label: "data file", maxBytes: POLICY_READ_LIMIT, where: { file } }),
      file,
      parserFor(file)
    );
    if (parsed.status === "refused") {
      const f = parsed.finding;
      throw new UserError(`cannot load data: ${f.message}`, {
        where: { file, line: f.line, col: f.column },
        hint: "fix the data document or leave it out of --data",
        code: "bad_data"
      });
    }
    for (const doc of parsed.parsed.documents)
      data = merge(
        data,
        prefix.reduceRight((v, k) => ({ [k]: v }), doc)
      );
  }
  return data;
}
function merge(a, b) {
  if (!isObject(b)) return a;
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isObject(out[k]) && isObject(v) ? merge(out[k], v) : v;
  return out;
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

// src/policy/results.ts
function totalsOf(results) {
  const t = { tests: 0, passed: 0, warnings: 0, failures: 0, exceptions: 0 };
  for (const r of results) {
    t.passed += r.successes;
    t.warnings += r.warnings.length;
    t.failures += r.failures.length;
    t.exceptions += r.exceptions.length;
  }
  t.tests = t.passed + t.warnings + t.failures + t.exceptions;
  return t;
}
function exitCodeOf(totals, opts) {
  if (opts.noFail) return 0;
  if (opts.failOnWarn) return totals.failures ? 2 : totals.warnings ? 1 : 0;
  return totals.failures ? 1 : 0;
}

// src/policy/evaluate.ts
var COMBINED = "Combined";
function namespacesToTest(loaded, opts) {
  if (opts.allNamespaces) return loaded.namespaces;
  const also = opts.alsoNamespaces ?? [];
  const asked = !!opts.namespaces?.length;
  const wanted = asked ? [...opts.namespaces] : also.length && !loaded.rules.has("main") ? [] : ["main"];
  const unknown = wanted.filter((n) => !loaded.rules.has(n));
  if (unknown.length) {
    throw new UserError(`no policy declares namespace ${unknown.map((n) => JSON.stringify(n)).join(", ")}`, {
      hint: `the policies declare: ${loaded.namespaces.join(", ")} (use --namespace or --all-namespaces)`,
      code: "unknown_namespace"
    });
  }
  return [...wanted, ...also.filter((n) => !wanted.includes(n))];
}
function evaluatePolicies(loaded, opts) {
  const namespaces = namespacesToTest(loaded, opts);
  const read = (f) => readInputFile(resolve(opts.cwd, f), { display: f, parser: opts.parser });
  const byNamespace = namespaces.map(() => []);
  const findings = [];
  const notices = [];
  const refusals = /* @__PURE__ */ new Map();
  const refuse = (i) => {
    if (opts.skipUnreadable && i.reason !== "syntax") {
      notices.push({ ...i.finding, severity: "notice", message: `${i.file} is not tested: ${i.finding.message}` });
      return;
    }
    const r = {
      filename: i.file,
      namespace: namespaces[0],
      successes: 0,
      warnings: [],
      exceptions: [],
      failures: [{ msg: i.finding.message, line: i.finding.line }]
    };
    refusals.set(r, i.finding);
    byNamespace[0].push(r);
  };
  if (opts.combine) {
    const parsed = [];
    for (const f of opts.files) {
      const i = read(f);
      if (i.status === "parsed") parsed.push(i);
      else refuse(i);
    }
    const refused2 = byNamespace[0].splice(0);
    namespaces.forEach((ns, n) => {
      if (parsed.length) byNamespace[n].push(check(loaded, ns, COMBINED, [combinedDocument(parsed)]));
    });
    byNamespace[0].push(...refused2);
  } else {
    for (const f of opts.files) {
      const i = read(f);
      if (i.status !== "parsed") refuse(i);
      else namespaces.forEach((ns, n) => byNamespace[n].push(check(loaded, ns, i.file, i.parsed.documents, i.parsed)));
    }
  }
  if (loaded.refusals.length) throw loaded.refusals[0];
  const results = byNamespace.flat();
  for (const r of results) findings.push(...refusals.has(r) ? [refusals.get(r)] : findingsOf(r));
  const totals = totalsOf(results);
  return { results, findings: [...findings, ...notices], totals, exitCode: exitCodeOf(totals, opts) };
}
function namespaceQuery(ns, rules) {
  return [...rules.map((r, i) => `__r${i} := [v | v := data.${ns}.${r}]`), `__ex := [e | e := data.${ns}.exception[_][_]]`].join("; ");
}
function check(loaded, ns, filename, documents, parsed) {
  const out = { filename, namespace: ns, successes: 0, warnings: [], failures: [], exceptions: [] };
  const rules = [...loaded.rules.get(ns) ?? /* @__PURE__ */ new Map()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  if (!rules.length) return out;
  const q = namespaceQuery(
    ns,
    rules.map(([r]) => r)
  );
  const json = (v) => loaded.engine.toJSON(v);
  documents.forEach((doc, docIndex) => {
    const input = loaded.engine.fromJSON(doc);
    const row = loaded.policy.query(q, { input }).rows[0]?.bindings;
    const listed = row ? json(row.get("__ex")) : [];
    rules.forEach(([rule, count], i) => {
      const name = rule.replace(/^(deny|violation)_/, "");
      const exceptionQuery = `data.${ns}.exception[_][_] == ${JSON.stringify(name)}`;
      const excepted = listed.filter((e) => e === name).length;
      for (let k = 0; k < excepted; k++) out.exceptions.push({ msg: exceptionQuery });
      const query = `data.${ns}.${rule}`;
      const value = row ? json(row.get(`__r${i}`))[0] : void 0;
      const messages = messagesOf(value, query);
      const successes = messages.length ? 0 : 1;
      if (!excepted) {
        for (const m of messages) {
          const path = pathOf(m.metadata?.path);
          m.line = parsed ? lineFor(parsed, docIndex, path ?? []) : void 0;
          (isFailureRule(rule) ? out.failures : out.warnings).push(m);
        }
      }
      out.successes += successes + Math.max(0, count - (successes + (excepted ? 0 : messages.length) + excepted));
    });
  });
  return out;
}
function messagesOf(value, query) {
  if (!Array.isArray(value)) return [];
  const out = [];
  for (const v of value) {
    if (typeof v === "string") out.push({ msg: v, metadata: { query } });
    else if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      const { msg, ...rest } = v;
      if (typeof msg !== "string") {
        throw new UserError(`${query}: a result object has ${msg === void 0 ? 'no "msg" key' : 'a "msg" that is not a string'}`, {
          hint: 'return a string or an object with a string "msg" from deny/violation/warn rules',
          code: "bad_policy_result"
        });
      }
      out.push({ msg, metadata: { ...rest, query } });
    }
  }
  return out;
}
function pathOf(p) {
  if (Array.isArray(p) && p.every((k) => typeof k === "string" || typeof k === "number" || typeof k === "bigint")) {
    return p.map((k) => typeof k === "bigint" ? Number(k) : k);
  }
  if (typeof p === "string" && p) return p.split(".").map((k) => /^\d+$/.test(k) ? Number(k) : k);
  return void 0;
}
function findingsOf(r) {
  const file = r.filename === COMBINED ? void 0 : r.filename;
  const one = (m, severity) => ({
    capability: "policy",
    rule: `${r.namespace}/${String(m.metadata?.query ?? "").split(".").pop()}`,
    severity,
    message: m.msg,
    file,
    line: file ? m.line ?? 1 : void 0
  });
  return [...r.failures.map((m) => one(m, "error")), ...r.warnings.map((m) => one(m, "warning"))];
}
var BUILTIN_PACK = "builtin";
function actionRootAbove(dir) {
  for (let d = dir, i = 0; i < 6; i++, d = dirname(d)) {
    if (existsSync(join(d, "action.yml"))) return d;
    if (dirname(d) === d) break;
  }
  return void 0;
}
function builtinPackDir(root) {
  const dir = root ? join(root, "policies") : void 0;
  if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(`the built-in policy pack is not there${dir ? ` (${dir})` : ""}`, {
      hint: "this go-xenv build has no policies/ directory beside action.yml; name your own policy directory instead of builtin",
      code: "no_builtin_pack"
    });
  }
  return dir;
}
function policyPathsFor(paths, opts) {
  return paths.map((p) => {
    if (p === BUILTIN_PACK) return builtinPackDir(opts.actionRoot);
    resolveInside(opts.workspace, p, { label: opts.label });
    return p;
  });
}
function hasRegoFiles(dir, maxEntries = 1e4) {
  const queue = [dir];
  let seen = 0;
  while (queue.length && seen < maxEntries) {
    const d = queue.shift();
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (++seen > maxEntries) break;
      if (e.isFile() && e.name.endsWith(".rego")) return true;
      if (e.isDirectory()) queue.push(join(d, e.name));
    }
  }
  return false;
}

// src/policy/changed-files.ts
var CAPTURE_LIMIT = 1 << 20;
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
async function changedFiles(o) {
  let problem;
  if (SHA.test(o.baseSha) && SHA.test(o.headSha)) {
    const r = await o.git(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", `${o.baseSha}...${o.headSha}`, "--"]);
    if (r.code === 0) {
      const whole = r.stdout === "" || r.stdout.endsWith("\0") && r.stdout.length < CAPTURE_LIMIT;
      return { files: whole ? r.stdout.split("\0").filter(Boolean) : void 0, source: "git" };
    }
    problem = r.stderr.trim().split("\n")[0] || `git diff exited with ${r.code}`;
  } else {
    problem = "the event has no base and head commit of a pull request";
  }
  if (!o.listPullRequestFiles) {
    throw new UserError(`cannot list the files the pull request changes: ${problem}`, {
      hint: "check out with history (actions/checkout with fetch-depth: 0), or set policy-scope: all",
      code: "changed_files"
    });
  }
  return { files: await o.listPullRequestFiles(), source: "api", gitProblem: problem };
}
var ALWAYS_EXCLUDED = ["**/.git/**", ".git/**"];
var MATCH = { dot: true };
async function selectInputs(o) {
  const [{ minimatch }, { glob }] = await Promise.all([import('./esm-tSeYJBtY.js'), import('./dist-DMAJNNOM.js')]);
  const exclude = [...ALWAYS_EXCLUDED, ...o.exclude];
  const wanted = (f) => !!parserFor(f) && (!o.files.length || o.files.some((g) => minimatch(f, g, MATCH))) && !exclude.some((g) => minimatch(f, g, MATCH));
  const candidates = o.candidates ? o.candidates.map((f) => f.split(sep).join("/")) : await glob(o.files.length ? [...o.files] : ["**"], { cwd: o.workspace, dot: true, onlyFiles: true, ignore: exclude, followSymbolicLinks: false });
  const files = [];
  const skipped = [];
  const realWorkspace = realpathSync(o.workspace);
  for (const f of [...new Set(candidates)].sort()) {
    if (!wanted(f)) continue;
    const why = unusable(resolve(o.workspace, f), realWorkspace);
    if (why === "gone") continue;
    if (why) skipped.push({ capability: "policy", rule: "input/skipped", severity: "notice", message: `${f} is not tested: ${why}`, file: f });
    else files.push(f);
  }
  return { files, skipped };
}
function unusable(abs, workspace) {
  const st = lstatSync(abs, { throwIfNoEntry: false });
  if (!st) return "gone";
  let real;
  try {
    real = realpathSync(abs);
  } catch {
    return "it is a dangling symbolic link";
  }
  const rel = relative(workspace, real);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return "it resolves to outside the workspace";
  return statSync(real).isFile() ? void 0 : "it is no regular file";
}
var CONFTEST_TOML = "conftest.toml";
var LISTS = ["policy", "namespace", "data"];
var STRINGS = ["parser", "output", "rego-version"];
var BOOLEANS = ["all-namespaces", "combine", "fail-on-warn", "no-fail", "no-color"];
var MAX_BYTES = 1024 * 1024;
async function readConftestToml(dir) {
  const path = join(dir, CONFTEST_TOML);
  if (!existsSync(path)) return {};
  const { parse, TomlError } = await import('./dist-Cm7-wVnh.js');
  const text = readBoundedText(path, { label: "conftest config", maxBytes: MAX_BYTES, where: { file: CONFTEST_TOML } });
  let doc;
  try {
    doc = parse(text);
  } catch (e) {
    if (!(e instanceof TomlError)) throw e;
    throw new UserError(`invalid TOML: ${e.message.split("\n")[0]}`, {
      where: { file: CONFTEST_TOML, line: e.line, col: e.column },
      hint: "fix the TOML syntax of conftest.toml",
      code: "bad_conftest_toml"
    });
  }
  const lineOf = (key) => {
    const i = text.split("\n").findIndex((l) => new RegExp(`^\\s*["']?${key}["']?\\s*=`).test(l));
    return i === -1 ? void 0 : i + 1;
  };
  const wrong = (key, what) => new UserError(`conftest.toml: "${key}" must be ${what}`, {
    where: { file: CONFTEST_TOML, line: lineOf(key) },
    hint: "see conftest's flags of the same names",
    code: "bad_conftest_toml"
  });
  const out = {};
  for (const k of LISTS) {
    const v = doc[k];
    if (v === void 0) continue;
    if (typeof v === "string") out[k] = [v];
    else if (Array.isArray(v) && v.every((x) => typeof x === "string")) out[k] = v;
    else throw wrong(k, "a string or an array of strings");
  }
  for (const k of STRINGS) {
    const v = doc[k];
    if (v === void 0) continue;
    if (typeof v !== "string") throw wrong(k, "a string");
    out[k] = v;
  }
  for (const k of BOOLEANS) {
    const v = doc[k];
    if (v === void 0) continue;
    if (typeof v === "boolean") out[k] = v;
    else if (v === "true" || v === "false") out[k] = v === "true";
    else throw wrong(k, "true or false");
  }
  return out;
}

// src/policy/verify.ts
var TEST = /^test_/;
var TODO = /^todo_test_/;
var RENAMED = (name, n) => `${name}__go_xenv_definition_${n}`;
var shownName = (name, n) => n ? `${name}#${String(n).padStart(2, "0")}` : name;
function verifyPolicies(opts) {
  const sources = opts.modules ?? readPolicyModules(opts.policyPaths, opts.cwd);
  const data = loadData(opts.dataPaths ?? [], opts.cwd);
  const v0 = opts.regoVersion === "v0";
  const refusals = registerPolicyBuiltins(opts.engine, opts.cwd, opts.policyPaths);
  let policy = opts.engine.compile(sources, data, { v0 });
  const found = discover(policy, opts.namespaces ?? []);
  const renames = found.filter((t) => t.definition > 0 && t.status !== "skip");
  if (renames.length) {
    const edited = sources.map((s) => ({ ...s, source: rename(s, renames) }));
    policy = opts.engine.compile(edited, data, { v0 });
  }
  const tests = found.map((t) => run(policy, t, opts));
  if (refusals.length) throw refusals[0];
  tests.sort((a, b) => cmp(a.location.file, b.location.file) || a.location.row - b.location.row || a.location.col - b.location.col);
  const totals = { tests: tests.length, passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const t of tests) {
    if (t.status === "pass") totals.passed++;
    else if (t.status === "fail") totals.failed++;
    else if (t.status === "error") totals.errors++;
    else totals.skipped++;
  }
  return { tests, totals, exitCode: totals.failed || totals.errors ? 1 : 0 };
}
function discover(policy, namespaces) {
  const globs = namespaces.map(globRegExp);
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  for (const m of policy.modules) {
    const ns = m.package.join(".");
    if (globs.length && !globs.some((g) => g.test(ns))) continue;
    for (const r of m.rules) {
      const head = r.head.ref;
      const rule = head.length === 1 && head[0].t === "var" ? head[0].name : void 0;
      if (!rule || !(TEST.test(rule) || TODO.test(rule))) continue;
      const key = `${ns}\0${rule}`;
      const definition = seen.get(key) ?? 0;
      seen.set(key, definition + 1);
      out.push({ pkg: m.package, rule, definition, location: r.loc, status: TODO.test(rule) ? "skip" : void 0, fn: !!r.head.args });
    }
  }
  return out;
}
function run(policy, t, opts) {
  const base = { package: `data.${t.pkg.join(".")}`, name: shownName(t.rule, t.definition), location: t.location };
  if (t.status === "skip") return { ...base, status: "skip", durationNs: 0 };
  const path = dataPath([...t.pkg, t.definition ? RENAMED(t.rule, t.definition) : t.rule]);
  if (t.fn) {
    return {
      ...base,
      status: "error",
      error: { code: "rego_type_error", message: `function ${base.package}.${base.name} used as reference, not called` },
      durationNs: 0
    };
  }
  const t0 = process.hrtime.bigint();
  try {
    const r = policy.evaluate(path, { strict: opts.strict });
    const durationNs = Number(process.hrtime.bigint() - t0);
    if (r.error) return { ...base, status: "error", error: { code: r.error.regoCode, message: r.error.detail, location: r.error.loc }, durationNs };
    const value = r.value === void 0 ? void 0 : opts.engine.toJSON(r.value);
    return { ...base, status: value === true ? "pass" : "fail", durationNs };
  } catch (e) {
    const durationNs = Number(process.hrtime.bigint() - t0);
    if (isRegoError(e)) return { ...base, status: "error", error: { code: e.regoCode, message: e.detail, location: e.loc }, durationNs };
    throw e;
  }
}
var isRegoError = (e) => typeof e === "object" && e !== null && typeof e.regoCode === "string";
var dataPath = (keys) => `data${keys.map((k) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`).join("")}`;
function globRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) re += "\\[";
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
function rename(s, renames) {
  const here = renames.filter((r) => r.location.file === s.file).sort((a, b) => b.location.row - a.location.row || b.location.col - a.location.col);
  if (!here.length) return s.source;
  const lines = s.source.split("\n");
  for (const r of here) {
    const line = lines[r.location.row - 1] ?? "";
    const at = r.location.col - 1;
    if (line.slice(at, at + r.rule.length) !== r.rule) {
      throw new UserError(`cannot run the definitions of ${r.rule} one by one: its head at ${s.file}:${r.location.row} does not start with its name`, {
        where: { file: s.file, line: r.location.row, col: r.location.col },
        hint: "give each test rule its own name",
        code: "verify_duplicate_test"
      });
    }
    lines[r.location.row - 1] = line.slice(0, at) + RENAMED(r.rule, r.definition) + line.slice(at + r.rule.length);
  }
  return lines.join("\n");
}
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;

export { BUILTIN_PACK as B, COMBINED as C, DEFAULT_POLICY_PATH as D, parserFor as a, readPolicyModules as b, loadPolicyParsers as c, registerParsers as d, loadPolicies as e, fromDocument as f, evaluatePolicies as g, readConftestToml as h, actionRootAbove as i, CONFTEST_TOML as j, policyPathsFor as k, loadParsersFor as l, changedFiles as m, hasRegoFiles as n, parserNames as p, readInputFile as r, selectInputs as s, verifyPolicies as v, walkInputs as w };
