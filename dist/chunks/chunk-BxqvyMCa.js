import { createRequire } from 'node:module';
import { a as escapeCell, e as escapeMarkdown } from './chunk-CLWDYslJ.js';
import { r as require_ajv } from './chunk-DAsxaX7j.js';
import { r as require_dist } from './chunk-BfG_CG07.js';
import { k as __toESM, U as UserError } from './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/baseline/stable-json.ts
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === "object") {
    const out = /* @__PURE__ */ Object.create(null);
    for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]);
    return out;
  }
  return v;
}
var stableStringify = (value2) => `${JSON.stringify(sortKeys(value2), null, 2)}
`;

// src/baseline/snapshot.ts
var SNAPSHOT_SCHEMA = 1;
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var cmpNullable = (a, b) => a === b ? 0 : a === null ? -1 : b === null ? 1 : typeof a === "number" && typeof b === "number" ? a - b : cmp(String(a), String(b));
var compareVerdicts = (a, b) => cmpNullable(a.file, b.file) || cmpNullable(a.line, b.line) || cmp(a.rule, b.rule) || cmp(a.level, b.level) || cmp(a.message, b.message);
var sortDependencies = (sets) => sets.map((s) => ({
  ...s,
  packages: s.packages.map((p) => ({ ...p, hashes: [...p.hashes].sort(cmp) })).sort((a, b) => cmp(a.name, b.name) || cmpNullable(a.version, b.version) || cmpNullable(a.markers, b.markers))
})).sort((a, b) => cmp(a.file, b.file));
function buildSnapshot(state, previous) {
  return {
    schema: SNAPSHOT_SCHEMA,
    configs: [...state.configs].sort((a, b) => cmp(a.path, b.path)),
    verdicts: [...state.verdicts].sort(compareVerdicts),
    dependencies: sortDependencies(state.dependencies),
    toolchain: state.toolchain,
    binaries: [...state.binaries ?? previous?.binaries ?? []].sort((a, b) => cmp(a.target, b.target))
  };
}
function toJson(value2) {
  const text2 = JSON.stringify(value2, (_k, v) => typeof v === "bigint" ? Number(v) : v);
  return text2 === void 0 ? null : JSON.parse(text2);
}
var snapshotText = (s) => stableStringify(s);

// src/baseline/read.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);
var MAX_SNAPSHOT_BYTES = 16 * 1024 * 1024;
var MAX_DEPTH = 200;
var nullable = (type) => ({ type: [type, "null"] });
var text = { type: "string", maxLength: 1e6 };
var sha256 = { type: "string", pattern: "^[0-9a-f]{64}$" };
var SCHEMA = {
  type: "object",
  required: ["schema", "configs", "verdicts", "dependencies", "toolchain", "binaries"],
  additionalProperties: false,
  properties: {
    schema: { const: SNAPSHOT_SCHEMA },
    configs: {
      type: "array",
      items: {
        type: "object",
        required: ["path", "format", "sha256", "content"],
        additionalProperties: false,
        properties: { path: text, format: text, sha256, content: {} }
      }
    },
    verdicts: {
      type: "array",
      items: {
        type: "object",
        required: ["rule", "level", "message", "file", "line"],
        additionalProperties: false,
        properties: { rule: text, level: { enum: ["failure", "warning"] }, message: text, file: nullable("string"), line: { type: ["integer", "null"], minimum: 1 } }
      }
    },
    dependencies: {
      type: "array",
      items: {
        type: "object",
        required: ["file", "format", "ecosystem", "packages"],
        additionalProperties: false,
        properties: {
          file: text,
          format: text,
          ecosystem: { enum: ["go", "pip"] },
          packages: {
            type: "array",
            items: {
              type: "object",
              required: ["name", "version", "direct", "hashes", "source", "markers"],
              additionalProperties: false,
              properties: { name: text, version: nullable("string"), direct: nullable("boolean"), hashes: { type: "array", items: text }, source: nullable("string"), markers: nullable("string") }
            }
          }
        }
      }
    },
    toolchain: {
      type: "object",
      required: ["version", "source"],
      additionalProperties: false,
      properties: { version: nullable("string"), source: { enum: ["manifest", "go-version", "go.mod", "none"] } }
    },
    binaries: {
      type: "array",
      items: {
        type: "object",
        required: ["target", "file", "size", "sha256"],
        additionalProperties: false,
        properties: { target: text, file: text, size: { type: "integer", minimum: 0 }, sha256 }
      }
    }
  }
};
var validator;
var REWRITE = "write it again with `go-xenv baseline update` (or the action's command: baseline-update) and commit it";
function deeperThan(value2, limit) {
  const stack = [[value2, 1]];
  while (stack.length) {
    const [v, d] = stack.pop();
    if (d > limit) return true;
    if (v !== null && typeof v === "object") for (const c of Object.values(v)) stack.push([c, d + 1]);
  }
  return false;
}
function positionOfError(text2) {
  const pos = (0, import_yaml.parseDocument)(text2, { prettyErrors: true }).errors[0]?.linePos?.[0];
  return pos ? { line: pos.line, col: pos.col } : {};
}
function parseSnapshot(text2, source) {
  const shown = source.rev ? `${source.file} at ${source.rev}` : source.file;
  const fail = (what, at2 = {}) => new UserError(`the baseline ${shown} ${what}`, { where: { file: source.file, ...at2 }, hint: REWRITE, code: "bad_baseline" });
  if (Buffer.byteLength(text2) > MAX_SNAPSHOT_BYTES) throw fail(`is larger than ${MAX_SNAPSHOT_BYTES} bytes`);
  let value2;
  try {
    value2 = JSON.parse(text2);
  } catch {
    throw fail("is not JSON", positionOfError(text2));
  }
  if (deeperThan(value2, MAX_DEPTH)) throw fail(`nests deeper than ${MAX_DEPTH} levels`);
  validator ??= new import_ajv.Ajv({ strict: false, allErrors: false }).compile(SCHEMA);
  if (!validator(value2)) {
    const err = validator.errors?.[0];
    const schemaOf = value2?.schema;
    if (err?.instancePath === "/schema" && typeof schemaOf === "number") throw fail(`has schema version ${schemaOf}; this go-xenv reads version ${SNAPSHOT_SCHEMA}`);
    throw fail(`is not a baseline snapshot: ${err?.instancePath || "/"} ${err?.message ?? "has the wrong shape"}`);
  }
  return value2;
}

// src/baseline/key-paths.ts
var DEEPEST = 200;
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function equal(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
function diffKeyPaths(base, head, limit = 500) {
  const out = { changes: [], omitted: 0 };
  const push = (c) => out.changes.length < limit ? out.changes.push(c) : out.omitted++;
  const walk = (a, b, path) => {
    if (a === b) return;
    if (path.length < DEEPEST && isObject(a) && isObject(b)) {
      const keys = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      for (const k of keys) {
        const inA = Object.hasOwn(a, k);
        const inB = Object.hasOwn(b, k);
        if (!inB) push({ path: [...path, k], kind: "removed", old: a[k] });
        else if (!inA) push({ path: [...path, k], kind: "added", new: b[k] });
        else walk(a[k], b[k], [...path, k]);
      }
      return;
    }
    if (path.length < DEEPEST && Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (i >= b.length) push({ path: [...path, i], kind: "removed", old: a[i] });
        else if (i >= a.length) push({ path: [...path, i], kind: "added", new: b[i] });
        else walk(a[i], b[i], [...path, i]);
      }
      return;
    }
    if (!equal(a, b)) push({ path, kind: "changed", old: a, new: b });
  };
  walk(base, head, []);
  return out;
}
function formatKeyPath(path) {
  if (!path.length) return "(whole document)";
  return path.map((k, i) => typeof k === "number" ? `[${k}]` : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? `${i ? "." : ""}${k}` : `[${JSON.stringify(k)}]`).join("");
}

// src/baseline/semantic-view.ts
var pick = (o, keys) => {
  if (o === null || typeof o !== "object" || Array.isArray(o)) return o;
  const out = {};
  for (const k of keys) if (Object.hasOwn(o, k)) out[k] = o[k];
  return out;
};
var each = (v, keys) => Array.isArray(v) ? v.map((x) => pick(x, keys)) : v;
var VIEWS = {
  sshd_config: (d) => ({ settings: d.settings ?? null, match: each(d.match ?? [], ["criteria", "settings"]) }),
  logrotate: (d) => ({ settings: d.settings ?? null, includes: each(d.includes ?? [], ["path"]), stanzas: each(d.stanzas ?? [], ["paths", "settings", "scripts"]) })
};
function semanticView(format, content) {
  const view = Object.hasOwn(VIEWS, format) ? VIEWS[format] : void 0;
  return view && content !== null && typeof content === "object" && !Array.isArray(content) ? view(content) : content;
}

// src/baseline/diff.ts
var DEPENDENCY_KINDS = ["added", "removed", "upgraded", "downgraded", "changed", "madeDirect", "madeIndirect", "rehashed"];
function diffConfigs(base, head) {
  const b = new Map(base.map((c) => [c.path, c]));
  const h = new Map(head.map((c) => [c.path, c]));
  const paths = [.../* @__PURE__ */ new Set([...b.keys(), ...h.keys()])].sort();
  const changed = [];
  for (const path of paths) {
    const x = b.get(path);
    const y = h.get(path);
    if (x && y && x.sha256 === y.sha256) continue;
    if (!x || !y) {
      const c = x ?? y;
      changed.push({ path, status: x ? "removed" : "added", format: c.format, changes: [], omitted: 0, unparsed: c.content === null });
      continue;
    }
    const unparsed = x.content === null || y.content === null;
    const formatChanged = x.format !== y.format;
    const d = unparsed ? { changes: [], omitted: 0 } : formatChanged ? { changes: [{ path: [], kind: "changed", old: x.content, new: y.content }], omitted: 0 } : diffKeyPaths(semanticView(x.format, x.content), semanticView(y.format, y.content));
    changed.push({ path, status: "changed", format: y.format, ...formatChanged ? { previousFormat: x.format } : {}, changes: d.changes, omitted: d.omitted, unparsed });
  }
  return { tracked: paths.length, changed, unchanged: paths.length - changed.length };
}
var verdictKey = (v) => JSON.stringify([v.level, v.rule, v.file, v.message]);
function diffVerdicts(base, head) {
  const remaining = /* @__PURE__ */ new Map();
  for (const v of base) remaining.set(verdictKey(v), (remaining.get(verdictKey(v)) ?? 0) + 1);
  const fresh = [];
  for (const v of head) {
    const n = remaining.get(verdictKey(v)) ?? 0;
    if (n) remaining.set(verdictKey(v), n - 1);
    else fresh.push(v);
  }
  const fixed = [];
  for (const v of base) {
    const n = remaining.get(verdictKey(v)) ?? 0;
    if (n) {
      remaining.set(verdictKey(v), n - 1);
      fixed.push(v);
    }
  }
  return { new: fresh, fixed, failures: head.filter((v) => v.level === "failure").length, warnings: head.filter((v) => v.level === "warning").length };
}
function diffDependencies(files) {
  const counts = Object.fromEntries(DEPENDENCY_KINDS.map((k) => [k, 0]));
  const kept = files.filter((f) => f.status !== "changed" || DEPENDENCY_KINDS.some((k) => f.diff[k].length));
  for (const f of kept) for (const k of DEPENDENCY_KINDS) counts[k] += f.diff[k].length;
  const sorted = [...kept].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { files: sorted, counts, total: DEPENDENCY_KINDS.reduce((n, k) => n + counts[k], 0) };
}
function diffBinaries(base, head) {
  if (head === null) return { measured: false, targets: [] };
  const b = new Map(base.map((x) => [x.target, x]));
  const h = new Map(head.map((x) => [x.target, x]));
  const targets = [.../* @__PURE__ */ new Set([...b.keys(), ...h.keys()])].sort().map((target) => {
    const x = b.get(target);
    const y = h.get(target);
    const oldSize = x?.size ?? null;
    const newSize = y?.size ?? null;
    const deltaBytes = oldSize !== null && newSize !== null ? newSize - oldSize : null;
    const sha256Changed = !!x && !!y && x.sha256 !== y.sha256;
    return {
      target,
      status: !x ? "added" : !y ? "removed" : deltaBytes || sha256Changed ? "changed" : "unchanged",
      oldSize,
      newSize,
      deltaBytes,
      deltaPercent: deltaBytes !== null && oldSize ? deltaBytes / oldSize * 100 : null,
      sha256Changed
    };
  });
  return { measured: true, targets };
}
function diff(base, head, dependencies) {
  const configs = diffConfigs(base.configs, head.configs);
  const verdicts = diffVerdicts(base.verdicts, head.verdicts);
  const deps = diffDependencies(dependencies);
  const binaries = diffBinaries(base.binaries, head.binaries);
  const toolchainChanged = base.toolchain.version !== head.toolchain.version;
  return {
    configs,
    verdicts,
    dependencies: deps,
    binaries,
    toolchain: { base: base.toolchain, head: head.toolchain, changed: toolchainChanged },
    clean: !configs.changed.length && !verdicts.new.length && !verdicts.fixed.length && !deps.files.length && !binaries.targets.some((t) => t.status !== "unchanged") && !toolchainChanged
  };
}

// src/baseline/audit.ts
function auditOf(diff2, verdicts, facts) {
  const drifted = diff2.configs.changed.map((c) => c.path);
  const tracked = diff2.configs.tracked;
  const failures = verdicts.filter((v) => v.level === "failure");
  const any = drifted.length > 0 || diff2.dependencies.files.length > 0 || diff2.binaries.targets.some((t) => t.status !== "unchanged") || diff2.toolchain.changed;
  return {
    ...facts,
    diff: diff2,
    failures,
    warnings: verdicts.filter((v) => v.level === "warning"),
    drift: { tracked, drifted, ratio: tracked ? drifted.length / tracked : 0, any },
    clean: !failures.length && !any
  };
}

// src/report/baseline.ts
var FOLD_AT = 10;
var VALUE_CHARS = 120;
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function fold(label, detail, content, rows) {
  return rows > FOLD_AT ? `<details><summary><b>${label}</b>: ${detail}</summary>

${content}

</details>` : `**${label}**: ${detail}

${content}`;
}
function value(v) {
  if (v === void 0) return "\u2014";
  const text2 = JSON.stringify(v);
  return escapeCell(text2.length > VALUE_CHARS ? `${text2.slice(0, VALUE_CHARS)}\u2026` : text2);
}
var LABEL = {
  added: "added",
  removed: "removed",
  upgraded: "upgraded",
  downgraded: "downgraded",
  changed: "changed",
  madeDirect: "made direct",
  madeIndirect: "made indirect",
  rehashed: "rehashed"
};
var formatBytes = (n) => {
  const abs = Math.abs(n);
  const unit = abs >= 1 << 20 ? [1 << 20, "MiB"] : abs >= 1 << 10 ? [1 << 10, "KiB"] : [1, "B"];
  return unit[0] === 1 ? `${n} B` : `${(n / unit[0]).toFixed(1)} ${unit[1]}`;
};
var signed = (n, text2) => n > 0 ? `+${text2}` : text2;
var formatPercent = (p) => p === null ? "\u2014" : signed(p, `${p.toFixed(2)}%`);
function configsPart(d) {
  const c = d.configs;
  if (!c.changed.length) return void 0;
  const rows = [];
  for (const f of c.changed) {
    const file = escapeCell(f.path);
    if (f.status !== "changed") rows.push(`| ${file} | (file ${f.status}) | | |`);
    else if (f.unparsed) rows.push(`| ${file} | (does not parse on one side: its bytes changed) | | |`);
    else if (!f.changes.length) rows.push(`| ${file} | (comments or formatting only) | | |`);
    else {
      if (f.previousFormat) rows.push(`| ${file} | (read as ${escapeCell(f.format)}, was ${escapeCell(f.previousFormat)}) | | |`);
      for (const x of f.changes) rows.push(`| ${file} | ${escapeCell(formatKeyPath(x.path))} | ${value(x.old)} | ${value(x.new)} |`);
      if (f.omitted) rows.push(`| ${file} | (${f.omitted} more changes not listed) | | |`);
    }
  }
  const table = ["| File | Key path | Old | New |", "| --- | --- | --- | --- |", ...rows].join("\n");
  return fold("Config files", `${plural(c.changed.length, "file")} of ${c.tracked} tracked differ from the baseline`, table, rows.length);
}
var at = (v) => v.file ? escapeCell(`${v.file}${v.line ? `:${v.line}` : ""}`) : "";
var verdictTable = (vs) => ["| Level | Rule | Where | Message |", "| --- | --- | --- | --- |", ...vs.map((v) => `| ${v.level} | ${escapeCell(v.rule)} | ${at(v)} | ${escapeCell(v.message)} |`)].join("\n");
function verdictsPart(d) {
  const parts = [];
  if (d.verdicts.new.length) parts.push(fold("New policy violations", String(d.verdicts.new.length), verdictTable(d.verdicts.new), d.verdicts.new.length));
  if (d.verdicts.fixed.length) parts.push(fold("Fixed since the baseline", String(d.verdicts.fixed.length), verdictTable(d.verdicts.fixed), d.verdicts.fixed.length));
  return parts.length ? parts.join("\n\n") : void 0;
}
var versions = (s) => s ? s.versions.map((v) => v ?? "unpinned").join(", ") : "";
function dependenciesPart(d) {
  if (!d.dependencies.files.length) return void 0;
  const rows = [];
  for (const f of d.dependencies.files) {
    const file = escapeCell(f.file);
    if (f.status !== "changed") rows.push(`| ${file} | lock file ${f.status} | | | |`);
    for (const kind of DEPENDENCY_KINDS) {
      for (const c of f.diff[kind]) {
        const [from, to] = "from" in c ? [c.from ?? "unpinned", c.to ?? "unpinned"] : "version" in c ? [c.version ?? "unpinned", c.version ?? "unpinned"] : [versions(c.base), versions(c.head)];
        rows.push(`| ${file} | ${LABEL[kind]} | ${escapeCell(c.name)} | ${escapeCell(from)} | ${escapeCell(to)} |`);
      }
    }
  }
  const table = ["| Lock file | Change | Package | Base | Head |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
  const counts = DEPENDENCY_KINDS.filter((k) => d.dependencies.counts[k]).map((k) => `${d.dependencies.counts[k]} ${LABEL[k]}`).join(", ");
  return fold("Dependencies", `${plural(d.dependencies.total, "change")} in ${plural(d.dependencies.files.length, "lock file")} (${counts || "lock files added or removed"})`, table, rows.length);
}
function binariesPart(d) {
  if (!d.binaries.measured) return "**Binaries**: not compared (no build manifest at this state; run the build first)";
  const changed = d.binaries.targets.filter((t) => t.status !== "unchanged");
  if (!changed.length) return void 0;
  const size = (n) => n === null ? "\u2014" : formatBytes(n);
  const rows = changed.map((t) => {
    const delta = t.deltaBytes === null ? t.status : `${signed(t.deltaBytes, formatBytes(t.deltaBytes))}${t.sha256Changed && !t.deltaBytes ? " (same size, other bytes)" : ""}`;
    return `| ${escapeCell(t.target)} | ${size(t.oldSize)} | ${size(t.newSize)} | ${delta} | ${formatPercent(t.deltaPercent)} |`;
  });
  const table = ["| Target | Base | Head | \u0394 | \u0394 % |", "| --- | ---: | ---: | ---: | ---: |", ...rows].join("\n");
  return fold("Binaries", `${plural(changed.length, "target")} changed`, table, rows.length);
}
function toolchainPart(d) {
  if (!d.toolchain.changed) return void 0;
  return `**Toolchain**: Go ${escapeMarkdown(d.toolchain.base.version ?? "unknown")} \u2192 ${escapeMarkdown(d.toolchain.head.version ?? "unknown")}`;
}
function summaryOf(d) {
  if (d.clean) return "no change from the baseline";
  const parts = [];
  if (d.configs.changed.length) parts.push(`${plural(d.configs.changed.length, "config file")} changed`);
  if (d.verdicts.new.length) parts.push(`${plural(d.verdicts.new.length, "new violation")}`);
  if (d.verdicts.fixed.length) parts.push(`${d.verdicts.fixed.length} fixed`);
  if (d.dependencies.total || d.dependencies.files.length) parts.push(plural(d.dependencies.total, "dependency change"));
  const bins = d.binaries.targets.filter((t) => t.status !== "unchanged");
  if (bins.length) parts.push(`${plural(bins.length, "binary", "binaries")} changed`);
  if (d.toolchain.changed) parts.push(`Go ${d.toolchain.base.version ?? "unknown"} \u2192 ${d.toolchain.head.version ?? "unknown"}`);
  return parts.join(", ");
}
function sourceLine(s) {
  const where = s.rev ? ` at ${escapeMarkdown(s.rev)}${s.commit && s.commit !== s.rev ? ` (${s.commit.slice(0, 12)})` : ""}` : " (the committed file in the workspace)";
  return `Compared with the baseline ${escapeMarkdown(s.file)}${where}.`;
}
function baselineBody(d, source) {
  return [sourceLine(source), configsPart(d), verdictsPart(d), dependenciesPart(d), binariesPart(d), toolchainPart(d)].filter((p) => !!p).join("\n\n");
}
function baselineSection(d, source) {
  return {
    id: "baseline",
    title: "Baseline diff",
    status: d.verdicts.new.some((v) => v.level === "failure") ? "failed" : d.clean ? "ok" : "warning",
    // The summary is shown as one line of Markdown too.
    summary: escapeMarkdown(summaryOf(d)),
    body: baselineBody(d, source)
  };
}
function renderBaselineMarkdown(d, source) {
  const s = baselineSection(d, source);
  return `### ${s.title}

${s.summary}

${s.body}
`;
}

export { DEPENDENCY_KINDS as D, MAX_SNAPSHOT_BYTES as M, fold as a, baselineBody as b, auditOf as c, baselineSection as d, parseSnapshot as e, formatPercent as f, diff as g, buildSnapshot as h, plural as p, renderBaselineMarkdown as r, snapshotText as s, toJson as t, verdictTable as v };
