import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  require_semver
} from "./chunk-77ODOZJM.js";
import {
  scrubEnv,
  spawnRunner
} from "./chunk-2WR53RW4.js";
import {
  resolveInside
} from "./chunk-YZBW7M6D.js";
import {
  hashRegularFile,
  readBoundedText
} from "./chunk-M4F5CEJX.js";
import {
  UserError
} from "./chunk-AD2JC2XU.js";
import {
  logSafe,
  quoted
} from "./chunk-GDFLD4U5.js";
import {
  minimatch
} from "./chunk-YJJMQU7A.js";
import {
  globSync
} from "./chunk-UYW4PZCJ.js";
import {
  __toESM
} from "./chunk-7LQLP6SQ.js";

// src/emulation/platforms.ts
var ELF64_MASK = "ffffffffffffff00fffffffffffffffffeffffff";
var QEMU_PLATFORMS = [
  { name: "arm64", goarch: "arm64", qemuArch: "aarch64", magic: "7f454c460201010000000000000000000200b700", mask: ELF64_MASK },
  { name: "arm", goarch: "arm", qemuArch: "arm", magic: "7f454c4601010100000000000000000002002800", mask: ELF64_MASK },
  { name: "riscv64", goarch: "riscv64", qemuArch: "riscv64", magic: "7f454c460201010000000000000000000200f300", mask: ELF64_MASK },
  { name: "ppc64le", goarch: "ppc64le", qemuArch: "ppc64le", magic: "7f454c4602010100000000000000000002001500", mask: "fffffffffffffffcfffffffffffffffffeffff00" },
  { name: "s390x", goarch: "s390x", qemuArch: "s390x", magic: "7f454c4602020100000000000000000000020016", mask: "fffffffffffffffcfffffffffffffffffffeffff" },
  { name: "ppc64", goarch: "ppc64", qemuArch: "ppc64", magic: "7f454c4602020100000000000000000000020015", mask: "fffffffffffffffcfffffffffffffffffffeffff" },
  { name: "mips64le", goarch: "mips64le", qemuArch: "mips64el", magic: "7f454c4602010100000000000000000002000800", mask: "ffffffffffffff00fefffffffffffffffeffffff" },
  { name: "mips64", goarch: "mips64", qemuArch: "mips64", magic: "7f454c4602020100000000000000000000020008", mask: "ffffffffffffff00fefffffffffffffffffeffff" },
  { name: "loong64", goarch: "loong64", qemuArch: "loongarch64", magic: "7f454c4602010100000000000000000002000201", mask: "fffffffffffffffc00fffffffffffffffeffffff" },
  { name: "386", goarch: "386", qemuArch: "i386", magic: "7f454c4601010100000000000000000002000300", mask: ELF64_MASK },
  { name: "amd64", goarch: "amd64", qemuArch: "x86_64", magic: "7f454c4602010100000000000000000002003e00", mask: ELF64_MASK }
];
var ALIASES = { aarch64: "arm64", armhf: "arm", "arm/v7": "arm", "arm/v6": "arm", x86_64: "amd64", i386: "386", mips64el: "mips64le", loongarch64: "loong64" };
var NATIVE = { x64: ["amd64", "386"], arm64: ["arm64"], ia32: ["386"], ppc64: ["ppc64le"], s390x: ["s390x"], riscv64: ["riscv64"], loong64: ["loong64"] };
var nativePlatforms = (arch = process.arch) => NATIVE[arch] ?? [];
function findPlatform(name) {
  const n = name.trim().toLowerCase().replace(/^linux\//, "");
  const canonical = ALIASES[n] ?? n.replace(/\/.*$/, "");
  return QEMU_PLATFORMS.find((p) => p.name === canonical);
}
function resolvePlatforms(names, arch = process.arch) {
  const native = new Set(nativePlatforms(arch));
  const wanted = names.some((n) => n.trim() === "all") ? QEMU_PLATFORMS.map((p) => p.name) : names;
  const out = [];
  for (const n of wanted) {
    const p = findPlatform(n);
    if (!p) {
      throw new UserError(`unknown platform "${n}"`, {
        where: { file: "input qemu-platforms" },
        hint: `use one of: ${QEMU_PLATFORMS.map((x) => x.name).join(", ")}, or all`
      });
    }
    if (!native.has(p.name) && !out.includes(p)) out.push(p);
  }
  return out;
}

// src/emulation/binfmt-fs.ts
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/emulation/binfmt-parse.ts
function parseEntry(name, text) {
  const e = { name, enabled: false, interpreter: "", flags: "", offset: 0, magic: "", mask: "" };
  for (const line of text.split("\n").map((l) => l.trim()).filter(Boolean)) {
    if (line === "enabled" || line === "disabled") e.enabled = line === "enabled";
    else if (line.startsWith("interpreter ")) e.interpreter = line.slice("interpreter ".length);
    else if (line.startsWith("flags:")) e.flags = line.slice("flags:".length).trim();
    else if (line.startsWith("offset ")) e.offset = Number(line.slice("offset ".length));
    else if (line.startsWith("magic ")) e.magic = line.slice("magic ".length).toLowerCase();
    else if (line.startsWith("mask ")) e.mask = line.slice("mask ".length).toLowerCase();
    else if (line.startsWith("extension ")) e.extension = line.slice("extension ".length);
  }
  return e;
}
var parseStatus = (text) => text.trim() === "enabled";
var bytes = (hex) => (hex.match(/../g) ?? []).map((b) => parseInt(b, 16));
function entryServes(e, p) {
  if (!e.magic || e.offset !== 0) return false;
  const magic = bytes(e.magic);
  const mask = e.mask ? bytes(e.mask) : magic.map(() => 255);
  const header = bytes(p.magic);
  if (header.length < magic.length) return false;
  return magic.every((m, i) => (m & mask[i]) === (header[i] & mask[i]));
}
var entryFor = (entries, p) => entries.find((e) => e.enabled && entryServes(e, p));

// src/emulation/binfmt-fs.ts
var DEFAULT_BINFMT_ROOT = "/proc/sys/fs/binfmt_misc";
async function readBinfmt(root = DEFAULT_BINFMT_ROOT) {
  if (!existsSync(join(root, "register"))) return { root, mounted: false, enabled: false, entries: [] };
  const enabled = parseStatus(await readFile(join(root, "status"), "utf8").catch(() => "disabled"));
  const names = (await readdir(root)).filter((n) => n !== "register" && n !== "status").sort();
  const entries = await Promise.all(names.map(async (n) => parseEntry(n, await readFile(join(root, n), "utf8"))));
  return { root, mounted: true, enabled, entries };
}
async function ensureMounted(root, run) {
  if (existsSync(join(root, "register"))) return;
  const r = await run("mount", ["-t", "binfmt_misc", "binfmt_misc", root], { timeoutMs: 1e4 });
  if (r.code !== 0 || !existsSync(join(root, "register"))) {
    throw new UserError(`cannot mount binfmt_misc at ${root}: ${(r.stderr || r.spawnError || "").trim() || `mount exited ${r.code}`}`, {
      hint: "run as root on a kernel with CONFIG_BINFMT_MISC, or use qemu-method: docker"
    });
  }
}
var fsWriter = (run) => ({
  mount: (root) => ensureMounted(root, run),
  async register(root, name, line) {
    if (existsSync(join(root, name))) await writeFile(join(root, name), "-1");
    try {
      await writeFile(join(root, "register"), line);
    } catch (e) {
      throw refused(name, e.code ?? e.message);
    }
  }
});
var sudoWriter = (run) => {
  const sudo = (cmd, args, opts) => run("sudo", ["-n", cmd, ...args], opts);
  const write = (path, text) => sudo("sh", ["-c", 'printf %s "$1" > "$2"', "sh", text, path], { timeoutMs: 1e4 });
  return {
    mount: (root) => ensureMounted(root, sudo),
    async register(root, name, line) {
      if (existsSync(join(root, name))) await write(join(root, name), "-1");
      const r = await write(join(root, "register"), line);
      if (r.code !== 0) throw refused(name, (r.stderr || r.spawnError || `exit ${r.code}`).trim());
    }
  };
};
var refused = (name, why) => new UserError(`binfmt_misc refused the registration of ${name}: ${why}`, {
  hint: /EACCES|EPERM|denied|not permitted/i.test(why) ? "registering needs root" : "check that the interpreter exists and is executable"
});

// src/matrix/variants.ts
var SPECS = {
  GOARM: { goarch: "arm", values: /^[567]$/, example: "5, 6 or 7" },
  GOAMD64: { goarch: "amd64", values: /^v[1-4]$/, example: "v1, v2, v3 or v4" },
  GOARM64: { goarch: "arm64", values: /^v(8\.[0-9]|9\.[0-5])$/, example: "v8.0 ... v8.9, v9.0 ... v9.5" },
  GO386: { goarch: "386", values: /^(sse2|softfloat)$/, example: "sse2 or softfloat" }
};
var err = (msg, hint) => new UserError(msg, { where: { file: "input variants" }, hint });
function parseVariants(items) {
  const out = /* @__PURE__ */ new Map();
  let current;
  for (const raw of items.flatMap((i) => i.split(/\s+/)).filter(Boolean)) {
    let value = raw;
    const eq = raw.indexOf("=");
    if (eq >= 0) {
      current = raw.slice(0, eq).toUpperCase();
      value = raw.slice(eq + 1);
      if (!SPECS[current]) throw err(`unknown variable "${current}"`, `use ${Object.keys(SPECS).join(", ")}`);
    }
    if (!current) throw err(`"${raw}" has no variable`, "write it as GOARM=6,7");
    const spec = SPECS[current];
    const values = expandRange(value);
    for (const v of values) {
      if (!spec.values.test(v)) throw err(`${current}=${v} is not a valid value`, `${current} takes ${spec.example}`);
      const list = out.get(current) ?? [];
      if (!list.includes(v)) list.push(v);
      out.set(current, list);
    }
  }
  return out;
}
function expandRange(v) {
  const m = /^(v?)(\d+)\.\.v?(\d+)$/.exec(v);
  if (!m) return v ? [v] : [];
  const out = [];
  for (let i = Number(m[2]); i <= Number(m[3]); i++) out.push(`${m[1]}${i}`);
  return out;
}
function variantsFor(goarch, parsed) {
  const out = [];
  for (const [env, values] of parsed) if (SPECS[env].goarch === goarch) out.push(...values.map((value) => ({ env, value })));
  return out;
}
var variantSuffix = (v) => !v ? "" : /^v/.test(v.value) ? v.value : v.env === "GOARM" ? `v${v.value}` : v.value;

// src/matrix/naming.ts
function checkBinaryName(name, where = { file: "input binary-name" }) {
  if (!name || name === "." || name === ".." || name.startsWith("-") || /[/\\\u0000-\u001f\u007f]/.test(name)) {
    throw new UserError(`binary name ${quoted(name)} is not a file name`, {
      where,
      code: "bad_binary_name",
      hint: 'give a bare file name such as "hello" (no "/", "\\", ".." or leading "-"): binaries are written inside out-dir'
    });
  }
  return name;
}
function binaryFileName(name, t) {
  checkBinaryName(name);
  const ext = t.goos === "windows" ? ".exe" : t.goos === "js" || t.goos === "wasip1" ? ".wasm" : "";
  return `${name}_${t.goos}_${t.goarch}${variantSuffix(t.variant)}${ext}`;
}
function nameFromModule(modulePath) {
  const parts = modulePath.split("/").filter(Boolean);
  const last = parts.at(-1) ?? "app";
  return /^v\d+$/.test(last) && parts.length > 1 ? parts.at(-2) : last;
}

// src/matrix/plan.ts
var key = (d) => `${d.GOOS}/${d.GOARCH}`;
var isGlob = (s) => /[*?[{]/.test(s);
function valid(dist) {
  return dist.filter((d) => !d.Broken).map(key).join(", ");
}
function resolve(tokens, dist, input, within) {
  const out = /* @__PURE__ */ new Set();
  const usable = dist.filter((d) => !d.Broken && (!within || within.has(key(d))));
  for (const raw of tokens) {
    const t = raw.trim().toLowerCase();
    if (t === "all") usable.forEach((d) => out.add(key(d)));
    else if (t === "first-class") usable.filter((d) => d.FirstClass).forEach((d) => out.add(key(d)));
    else if (isGlob(t)) {
      const hits = usable.filter((d) => minimatch(key(d), t));
      if (!hits.length && input === "targets") {
        throw new UserError(`"${raw}" matches no port of the installed Go toolchain`, { where: { file: `input ${input}` }, hint: `valid targets: ${valid(dist)}` });
      }
      hits.forEach((d) => out.add(key(d)));
    } else {
      if (!/^[a-z0-9]+\/[a-z0-9]+$/.test(t)) {
        throw new UserError(`"${raw}" is not a GOOS/GOARCH pair`, { where: { file: `input ${input}` }, hint: "write targets as os/arch (linux/arm64), a glob (linux/*), first-class or all" });
      }
      const d = dist.find((x) => key(x) === t);
      if (!d) throw new UserError(`unknown target "${raw}"`, { where: { file: `input ${input}` }, hint: `valid targets: ${valid(dist)}` });
      if (d.Broken) throw new UserError(`the port ${t} is marked broken in the installed Go toolchain`, { where: { file: `input ${input}` }, hint: "remove it, or use a Go version where it works" });
      if (!within || within.has(t)) out.add(t);
    }
  }
  return out;
}
function planTargets(dist, spec) {
  const wanted = resolve(spec.targets, dist, "targets");
  const asked = [...wanted];
  for (const k of resolve(spec.exclude, dist, "exclude")) wanted.delete(k);
  if (asked.length && !wanted.size) {
    throw new UserError(`exclude removes every target (${asked.sort().join(", ")})`, { where: { file: "input exclude" }, hint: "narrow exclude, or add targets it does not match" });
  }
  const cgo = resolve(spec.cgo, dist, "cgo", wanted);
  const variants = parseVariants(spec.variants);
  const out = [];
  for (const k of [...wanted].sort()) {
    const d = dist.find((x) => key(x) === k);
    if (cgo.has(k) && !d.CgoSupported) {
      throw new UserError(`${k} does not support cgo in the installed Go toolchain`, { where: { file: "input cgo" }, hint: `remove ${k} from cgo` });
    }
    const vs = variantsFor(d.GOARCH, variants);
    for (const v of vs.length ? vs : [void 0]) {
      out.push({ goos: d.GOOS, goarch: d.GOARCH, variant: v, cgo: cgo.has(k), firstClass: d.FirstClass, id: `${k}${v ? ` ${v.env}=${v.value}` : ""}` });
    }
  }
  return out;
}
function parseDistList(json) {
  const v = JSON.parse(json);
  if (!Array.isArray(v) || !v.every((d) => typeof d?.GOOS === "string" && typeof d?.GOARCH === "string")) {
    throw new Error("unexpected output of go tool dist list -json");
  }
  return v;
}

// src/matrix/runner-label.ts
var NATIVE2 = {
  "linux/amd64": "ubuntu-latest",
  "linux/386": "ubuntu-latest",
  "linux/arm64": "ubuntu-24.04-arm",
  "windows/amd64": "windows-latest",
  "windows/386": "windows-latest",
  "windows/arm64": "windows-11-arm",
  "darwin/arm64": "macos-latest",
  "darwin/amd64": "macos-15-intel"
};
function suggestRunner(goos, goarch) {
  const native = NATIVE2[`${goos}/${goarch}`];
  return native ? { runner: native, native: true } : { runner: "ubuntu-latest", native: false };
}

// src/matrix/plan-config.ts
async function distList(go, run) {
  const r = await run(go.go, ["tool", "dist", "list", "-json", "-broken"], { env: go.env, timeoutMs: 6e4 });
  if (r.spawnError)
    throw new UserError(`cannot run ${go.go}: ${r.spawnError}`, { code: "no_go", hint: "set go-version or go-version-file so that go-xenv installs Go first" });
  if (r.code !== 0) throw new Error(`go tool dist list failed: ${(r.stderr || "").trim()}`);
  return parseDistList(r.stdout);
}
async function plannedTargets(m, go, run) {
  return planTargets(await distList(go, run), { targets: m.targets, exclude: m.exclude, variants: m.variants, cgo: m.cgo });
}
function strategyMatrix(targets, name) {
  return {
    include: targets.map((t) => {
      const r = suggestRunner(t.goos, t.goarch);
      return {
        target: `${t.goos}/${t.goarch}`,
        goos: t.goos,
        goarch: t.goarch,
        variants: t.variant ? `${t.variant.env}=${t.variant.value}` : "",
        cgo: t.cgo,
        runner: r.runner,
        emulated: t.goos === "linux" && !r.native,
        binary: binaryFileName(name, t)
      };
    })
  };
}

// src/toolchain/go-cache.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join2, relative } from "node:path";

// src/toolchain/cache-key.ts
import { createHash } from "node:crypto";
var sha256 = (s) => createHash("sha256").update(s).digest("hex");
var normalizeTargets = (targets) => [...new Set(targets.map((t) => t.trim().toLowerCase()).filter(Boolean))].sort();
function targetsPart(targets) {
  const t = normalizeTargets(targets);
  return t.length ? sha256(t.join(",")).slice(0, 12) : "host";
}
function cacheKey(i) {
  const prefix = `go-xenv-${i.os}-${i.arch}-go${i.goVersion}-targets-${targetsPart(i.targets)}-`.toLowerCase();
  return { key: `${prefix}${i.depHash ?? "nodeps"}`, restoreKeys: [prefix] };
}
function hashDependencyFiles(files) {
  if (!files.length) return void 0;
  const lines = [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0).map((f) => `${f.path}\0${f.sha256}
`);
  return sha256(lines.join("")).slice(0, 32);
}
function shouldSave(i) {
  if (i.mode === "false") return { save: false, reason: "cache is off" };
  if (i.mode === "restore-only") return { save: false, reason: "cache is restore-only" };
  if (i.matchedKey === i.key) return { save: false, reason: `the cache was restored from the exact key ${i.key}` };
  const allowed = i.saveBranches.length ? i.saveBranches : i.defaultBranch ? [i.defaultBranch] : [];
  if (!allowed.includes("*")) {
    if (!i.branch) return { save: false, reason: "this run is not on a branch (pull request or tag): caches are saved only by branch runs" };
    if (!allowed.length) return { save: false, reason: "the default branch is unknown: set cache-save-branches" };
    if (!allowed.includes(i.branch)) return { save: false, reason: `branch ${i.branch} does not save caches (cache-save-branches: ${allowed.join(", ")})` };
  }
  return { save: true, reason: `saving ${i.key}` };
}
var branchOf = (ref) => ref?.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;

// src/toolchain/http-get.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
function authHeaders(url, token, serverUrl = "https://github.com") {
  if (!token) return {};
  let u;
  let server;
  try {
    u = new URL(url);
    server = new URL(serverUrl || "https://github.com");
  } catch {
    return {};
  }
  if (u.protocol !== "https:") return {};
  const host = u.hostname.toLowerCase();
  const gh = server.hostname.toLowerCase();
  const githubHosts = host === gh || host === `api.${gh}` || host === "githubusercontent.com" || host.endsWith(".githubusercontent.com");
  return githubHosts ? { authorization: `Bearer ${token}` } : {};
}
var HttpStatusError = class extends Error {
  constructor(status, statusText) {
    super(`HTTP ${status} ${statusText}`.trimEnd());
    this.status = status;
    this.statusText = statusText;
  }
  status;
  statusText;
};
var hopAuth = (first, current, token, serverUrl) => current.origin === first.origin ? authHeaders(current.href, token, serverUrl) : {};
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS = 10;
async function httpGet(url, opts) {
  const first = new URL(url);
  let current = first;
  for (let hop = 0; ; hop++) {
    if (current.protocol !== "http:" && current.protocol !== "https:") throw new Error(`unsupported URL scheme ${current.protocol}`);
    const res = await requestOnce(current, { ...opts.headers, ...hopAuth(first, current, opts.token, opts.serverUrl) }, opts);
    const status = res.statusCode ?? 0;
    if (REDIRECTS.has(status) && res.headers.location) {
      res.resume();
      if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
      const next = new URL(res.headers.location, current);
      if (current.protocol === "https:" && next.protocol !== "https:") throw new Error(`refused a redirect from https to ${next.origin}`);
      current = next;
      continue;
    }
    if (status < 200 || status > 299) {
      res.resume();
      throw new HttpStatusError(status, res.statusMessage ?? "");
    }
    return res;
  }
}
function requestOnce(u, headers, opts) {
  return new Promise((resolve4, reject) => {
    let res;
    const send = u.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(u, { headers: { "user-agent": "go-xenv-action", ...headers }, agent: false, timeout: opts.idleMs, signal: opts.signal });
    req.on("timeout", () => {
      const err2 = new Error(`no data for ${Math.round(opts.idleMs / 1e3)}s`);
      if (res) res.destroy(err2);
      else req.destroy(err2);
    });
    req.on("response", (r) => {
      res = r;
      resolve4(r);
    });
    req.on("error", reject);
    req.end();
  });
}
async function readBody(res, maxBytes) {
  const declared = Number(res.headers["content-length"]);
  const tooLarge = () => new Error(`larger than ${maxBytes} bytes`);
  if (declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const parts = [];
  let got = 0;
  for await (const chunk of res) {
    got += chunk.length;
    if (got > maxBytes) {
      res.destroy();
      throw tooLarge();
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
function causeOf(e) {
  let cur = e;
  while (cur instanceof Error && cur.cause instanceof Error) cur = cur.cause;
  if (cur instanceof Error && (cur.name === "TimeoutError" || cur.name === "AbortError")) return "timed out";
  return cur instanceof Error ? cur.message : String(cur);
}

// src/toolchain/version-file.ts
import { basename } from "node:path";

// src/toolchain/go-mod-syntax.ts
var PUNCT = /* @__PURE__ */ new Set(["(", ")", "[", "]", "{", "}", ","]);
function lex(text, file) {
  const fail = (message, line, col, hint) => {
    throw new UserError(message, { where: { file, line, col }, code: "bad_version_file", hint: hint ?? "fix the syntax (`go mod edit -fmt` shows the expected form)" });
  };
  return text.split(/\r?\n/).map((src, i) => {
    const line = i + 1;
    const out = [];
    let j = 0;
    while (j < src.length) {
      const c = src[j];
      if (c === " " || c === "	" || c === "\r" || c === "\uFEFF") {
        j++;
        continue;
      }
      if (src.startsWith("//", j)) break;
      if (src.startsWith("/*", j)) fail("go.mod files use // comments, not /* */", line, j + 1, "write the comment with //");
      const col = j + 1;
      if (PUNCT.has(c)) {
        out.push({ text: c, line, col, quoted: false });
        j++;
        continue;
      }
      if (c === '"' || c === "`") {
        let k2 = j + 1;
        while (k2 < src.length && src[k2] !== c) k2 += c === '"' && src[k2] === "\\" ? 2 : 1;
        if (k2 >= src.length) fail(`unexpected newline in string (the ${c === '"' ? "quote" : "backquote"} at column ${col} is not closed)`, line, col, "close the string on the same line");
        out.push({ text: src.slice(j + 1, k2), line, col, quoted: true });
        j = k2 + 1;
        continue;
      }
      let k = j;
      while (k < src.length && !/[\s()[\]{},"`]/.test(src[k]) && !src.startsWith("//", k)) k++;
      out.push({ text: src.slice(j, k), line, col, quoted: false });
      j = k;
    }
    return out;
  });
}
function parseStatements(text, file) {
  const fail = (message, line, col, hint = "fix the syntax (`go mod edit -fmt` shows the expected form)") => {
    throw new UserError(message, { where: { file, line, col }, code: "bad_version_file", hint });
  };
  const out = [];
  let block;
  for (const tokens of lex(text, file)) {
    if (!tokens.length) continue;
    const [first] = tokens;
    const last = tokens[tokens.length - 1];
    if (block) {
      if (first.text === ")" && !first.quoted) {
        if (tokens.length > 1) fail(`unexpected ${quote(tokens[1].text)} after the ) that closes the ${block.verb} block`, tokens[1].line, tokens[1].col);
        block = void 0;
        continue;
      }
      if (last.text === "(" && !last.quoted) fail(`a block cannot start inside the ${block.verb} block opened at line ${block.line}`, last.line, last.col, `close the ${block.verb} block with ) first`);
      out.push(statement(block.verb, first.col, tokens));
      continue;
    }
    if (first.quoted || !/^[A-Za-z]/.test(first.text)) {
      fail(first.text === ")" ? "unexpected ) (no block is open)" : `unexpected ${quote(first.text)} where a directive (module, go, require, ...) belongs`, first.line, first.col);
    }
    if (last.text === "(" && !last.quoted) {
      if (tokens.length !== 2) fail(`a block starts with one word and (, as in \`${first.text} (\``, last.line, last.col);
      block = { verb: first.text, line: first.line, col: first.col };
      continue;
    }
    out.push(statement(first.text, first.col, tokens.slice(1), first.line));
  }
  if (block) {
    fail(`the ${block.verb} block opened here is never closed`, block.line, block.col, `end the block with a line holding only ), as in \`${block.verb} (\` ... \`)\``);
  }
  return out;
}
function statement(verb, col, args, line = args[0].line) {
  return { verb, col, line, args: args.map((t) => t.text), cols: args.map((t) => t.col) };
}
var quote = (s) => `\`${s}\``;

// src/toolchain/go-version.ts
var import_semver = __toESM(require_semver(), 1);
var GO_NAME = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(rc|beta)(\d+))?$/;
function goToSemver(name) {
  const m = GO_NAME.exec(name.trim());
  if (!m) return void 0;
  const [, major, minor = "0", patch = "0", pre, preNum] = m;
  const v = `${major}.${minor}.${patch}${pre ? `-${pre}.${preNum}` : ""}`;
  return import_semver.default.valid(v) ? v : void 0;
}
function semverToGo(v) {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:-(rc|beta)\.(\d+))?$/.exec(v);
  if (!m) return v;
  const [, major, minor, patch, pre, preNum] = m;
  if (pre) return `${major}.${minor}${pre}${preNum}`;
  return `${major}.${minor}.${patch}`;
}
var isGoName = (s) => GO_NAME.test(s.trim());

// src/toolchain/version-file.ts
function readVersionText(name, text, display) {
  const base = basename(name);
  if (base === ".tool-versions") return fromToolVersions(text, display);
  if (base.endsWith(".mod") || base.endsWith(".work")) return fromGoMod(text, display, base.endsWith(".work") ? "work" : "mod");
  return fromPlain(text, display);
}
var ARITY = {
  module: [1, 1, "module example.com/path"],
  go: [1, 1, "go 1.26"],
  toolchain: [1, 1, "toolchain go1.26.8"],
  godebug: [1, 1, "godebug key=value"],
  require: [2, 2, "require example.com/mod v1.2.3"],
  exclude: [2, 2, "exclude example.com/mod v1.2.3"],
  tool: [1, 1, "tool example.com/cmd"],
  ignore: [1, 1, "ignore ./dir"],
  use: [1, 1, "use ./dir"],
  retract: [1, 5, "retract v1.2.3 or retract [v1.0.0, v1.1.0]"]
};
function fromGoMod(text, file, kind) {
  const fail = (message, line, col, hint) => {
    throw new UserError(message, { where: { file, line, col }, code: "bad_version_file", hint });
  };
  let go;
  let toolchain;
  for (const st of parseStatements(text, file)) {
    const { verb, args, line } = st;
    if (kind === "work" && ["module", "require", "exclude", "retract", "tool", "ignore"].includes(verb)) {
      fail(`${verb} does not belong in go.work`, line, st.col, "go.work holds go, toolchain, godebug, use and replace");
    }
    if (kind === "mod" && verb === "use") fail("use belongs in go.work, not in go.mod", line, st.col, "list the module directories in go.work");
    if (verb === "replace") {
      const arrow = args.indexOf("=>");
      if (arrow < 1 || arrow > 2 || args.length - arrow - 1 < 1 || args.length - arrow - 1 > 2) {
        fail(`replace needs \`path [version] => path [version]\`, got \`replace ${args.join(" ")}\``, line, st.col, "write it as `replace example.com/a v1.2.3 => example.com/b v1.4.0` or `=> ../local/dir`");
      }
      continue;
    }
    const arity = ARITY[verb];
    if (!arity) continue;
    const [min, max, usage] = arity;
    if (args.length < min || args.length > max) {
      const n = (k) => k === 1 ? "one argument" : `${k} arguments`;
      const end = args.length ? st.cols[args.length - 1] + args[args.length - 1].length + 1 : st.col + verb.length + 1;
      const what = args.length > max ? `takes ${n(max)}, found ${args.length}: unexpected \`${args[max]}\`` : args.length ? `takes ${n(min)}, found ${args.length}` : "is missing its argument";
      const col = args.length > max ? st.cols[max] : end;
      fail(`the ${verb} directive ${what}`, line, col, `write it as \`${usage}\``);
    }
    const value = args[0];
    const where = { file, line, col: st.cols[0] };
    if (verb === "go") {
      if (go) fail(`a second go directive (the first is at line ${go.line})`, line, st.col, "keep one go line");
      if (!/^\d+(\.\d+){0,2}((rc|beta)\d+)?$/.test(value)) {
        throw new UserError(`invalid go version "${value}" in the go directive`, { where, code: "bad_version_file", hint: "write it as `go 1.26` or `go 1.26.8`" });
      }
      go = { spec: value, line, from: "go" };
    } else if (verb === "toolchain") {
      if (toolchain) fail(`a second toolchain directive (the first is at line ${toolchain.line})`, line, st.col, "keep one toolchain line");
      if (value === "default") continue;
      const name = value.replace(/[+-].*$/, "");
      if (!value.startsWith("go") || !isGoName(name)) {
        throw new UserError(`invalid toolchain "${value}"`, { where, code: "bad_version_file", hint: "write it as `toolchain go1.26.8`" });
      }
      toolchain = { spec: name.slice(2), line, from: "toolchain" };
    }
  }
  const found = toolchain ?? go;
  if (!found) throw new UserError("no go directive", { where: { file }, code: "bad_version_file", hint: "add a line like `go 1.26`, or give go-version" });
  return found;
}
function fromPlain(text, file) {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/#.*$/, "");
    const words = raw.trim().split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    if (words.length > 1) {
      const col = raw.indexOf(words[1], raw.indexOf(words[0]) + words[0].length) + 1;
      throw new UserError(`the version file holds more than one word: unexpected "${words[1]}"`, { where: { file, line: i + 1, col }, code: "bad_version_file", hint: "write one version, like 1.26.8, on the line" });
    }
    return { spec: words[0], line: i + 1, from: "version" };
  }
  throw new UserError("the version file is empty", { where: { file }, code: "bad_version_file", hint: "write a version like 1.26.8 on its first line" });
}
function fromToolVersions(text, file) {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const [key2, value] = lines[i].replace(/#.*$/, "").trim().split(/\s+/);
    if (key2 !== "golang" && key2 !== "go") continue;
    if (!value) throw new UserError(`the ${key2} entry has no version`, { where: { file, line: i + 1, col: lines[i].indexOf(key2) + key2.length + 1 }, code: "bad_version_file", hint: `write it as \`${key2} 1.26.8\`` });
    return { spec: value, line: i + 1, from: key2 };
  }
  throw new UserError("no golang or go entry", { where: { file }, code: "bad_version_file", hint: "add a line like `golang 1.26.8`" });
}
var goModHasRequire = (text) => /^\s*require\b/m.test(text.replace(/\/\/.*$/gm, ""));

// src/toolchain/go-cache.ts
var STATE = { key: "go-xenv-cache-key", matched: "go-xenv-cache-matched-key", paths: "go-xenv-cache-paths" };
var LABEL = 'input "cache-dependency-path"';
var WILDCARD = /[*?[\]{}()!+@]/;
var literalPrefix = (pattern) => {
  const parts = pattern.split("/");
  const i = parts.findIndex((s) => WILDCARD.test(s));
  return (i === -1 ? parts : parts.slice(0, i)).join("/") || ".";
};
async function dependencyFiles(config, host) {
  const rel = relative(config.workspace, config.workingDirectory);
  const given = config.toolchain.cacheDependencyPath;
  const patterns = given.length ? given : [rel ? `${rel}/go.sum` : "go.sum"];
  for (const p of patterns) resolveInside(config.workspace, literalPrefix(p), { label: LABEL });
  const plain = patterns.filter((p) => !WILDCARD.test(p) && existsSync2(join2(config.workspace, p))).map((p) => relative(config.workspace, join2(config.workspace, p)));
  const globs = patterns.filter((p) => WILDCARD.test(p));
  const matched = globs.length ? globSync(globs, { cwd: config.workspace, onlyFiles: true, dot: true, followSymbolicLinks: false }) : [];
  const paths = [.../* @__PURE__ */ new Set([...plain, ...matched])].sort();
  if (!paths.length) {
    const goMod = join2(config.workingDirectory, "go.mod");
    const noDeps = !given.length && existsSync2(goMod) && !goModHasRequire(readBoundedText(goMod, { label: "go.mod" }));
    if (!noDeps) host.warning(logSafe(`no file matches cache-dependency-path (${patterns.join(", ")}): the cache key has no dependency hash`));
  }
  const out = [];
  for (const p of paths) {
    const real = resolveInside(config.workspace, p, { label: LABEL });
    out.push({ path: p, sha256: await hashRegularFile(real, { label: `${LABEL} file` }) });
  }
  return out;
}
async function restoreGoCache(config, host, goVersion, dirs) {
  if (config.toolchain.cache === "false") return { hit: false, note: "module/build cache: off" };
  if (host.kind !== "actions") return { hit: false, note: "module/build cache: not used outside Actions (the local caches stay where they are)" };
  const { key: key2, restoreKeys } = cacheKey({
    os: host.env.RUNNER_OS ?? process.platform,
    arch: host.env.RUNNER_ARCH ?? process.arch,
    goVersion,
    targets: config.matrix.targets,
    depHash: hashDependencyFiles(await dependencyFiles(config, host))
  });
  const paths = [dirs.GOMODCACHE, dirs.GOCACHE].filter(Boolean);
  host.saveState(STATE.key, key2);
  host.saveState(STATE.paths, JSON.stringify(paths));
  const cache = await import("./cache-ITQQAJGB.js");
  if (!cache.isFeatureAvailable()) return { hit: false, note: `module/build cache: the cache service is not available here; not restored (key ${key2})` };
  try {
    const matched = await cache.restoreCache([...paths], key2, restoreKeys) ?? "";
    host.saveState(STATE.matched, matched);
    if (!matched) return { hit: false, note: `module/build cache: no entry for ${key2}` };
    return { hit: matched === key2, note: `module/build cache: restored ${matched}${matched === key2 ? "" : " (prefix match)"}` };
  } catch (e) {
    host.warning(`the module/build cache was not restored: ${causeOf(e)}`);
    return { hit: false, note: "module/build cache: restore failed" };
  }
}
async function saveGoCache(config, host) {
  const key2 = host.getState(STATE.key);
  if (!key2) return;
  const decision = shouldSave({
    mode: config.toolchain.cache,
    key: key2,
    matchedKey: host.getState(STATE.matched),
    branch: branchOf(host.env.GITHUB_REF),
    defaultBranch: defaultBranch(host.env.GITHUB_EVENT_PATH),
    saveBranches: config.toolchain.cacheSaveBranches
  });
  if (!decision.save) {
    host.info(`module/build cache not saved: ${decision.reason}`);
    return;
  }
  const cache = await import("./cache-ITQQAJGB.js");
  if (!cache.isFeatureAvailable()) {
    host.info(`module/build cache not saved: the cache service is not available here (key ${key2})`);
    return;
  }
  try {
    const paths = JSON.parse(host.getState(STATE.paths) || "[]");
    const existing = paths.filter((p) => existsSync2(p));
    if (!existing.length) {
      host.info("module/build cache not saved: neither GOMODCACHE nor GOCACHE exists");
      return;
    }
    const id = await cache.saveCache(existing, key2);
    host.info(id === -1 ? `module/build cache not saved (key ${key2})` : `module/build cache saved as ${key2}`);
  } catch (e) {
    host.warning(`the module/build cache was not saved: ${causeOf(e)}`);
  }
}
var EVENT_LIMIT = 32 * 1024 * 1024;
function defaultBranch(eventPath) {
  if (!eventPath || !existsSync2(eventPath)) return void 0;
  try {
    const event = JSON.parse(readBoundedText(eventPath, { label: "the event payload", maxBytes: EVENT_LIMIT }));
    return typeof event.repository?.default_branch === "string" ? event.repository.default_branch : void 0;
  } catch {
    return void 0;
  }
}

// src/toolchain/request.ts
import { existsSync as existsSync3 } from "node:fs";
import { join as join4, relative as relative2, resolve as resolve2 } from "node:path";

// src/toolchain/go-env.ts
import { spawnSync } from "node:child_process";
import { accessSync, constants, realpathSync } from "node:fs";
import { basename as basename2, delimiter, dirname, join as join3 } from "node:path";
var GoCommandError = class extends Error {
  constructor(message, stderr) {
    super(message);
    this.stderr = stderr;
  }
  stderr;
  name = "GoCommandError";
};
async function runGo(goBin, args, env, opts = {}) {
  const timeoutMs = opts.timeoutMs ?? 6e4;
  const r = await spawnRunner(goBin, args, { cwd: opts.cwd, env: { ...env, GOTOOLCHAIN: opts.gotoolchain ?? "local" }, timeoutMs });
  if (r.code === 0) return r.stdout;
  const why = r.spawnError ?? (r.stderr.trim() || (r.timedOut ? `timed out after ${timeoutMs / 1e3}s` : `exit status ${r.code ?? r.signal}`));
  throw new GoCommandError(`${goBin} ${args.join(" ")}: ${why}`, why);
}
async function goEnv(goBin, env, vars) {
  return JSON.parse(await runGo(goBin, ["env", "-json", ...vars], env));
}
function whichGo(pathEnv, platform = process.platform) {
  const exe = platform === "win32" ? "go.exe" : "go";
  for (const dir of (pathEnv ?? "").split(delimiter)) {
    if (!dir) continue;
    const p = join3(dir, exe);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
    }
  }
  return void 0;
}
var realpathOr = (p) => {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
};
function goSyntaxError(goBin, file, env) {
  const tool = file.endsWith(".work") ? "work" : "mod";
  const r = spawnSync(goBin, [tool, "edit", "-json", file], {
    cwd: dirname(file),
    encoding: "utf8",
    timeout: 1e4,
    maxBuffer: 8 << 20,
    env: scrubEnv({ ...env, GOTOOLCHAIN: "local", GOFLAGS: "", GOWORK: "off" })
  });
  if (r.status === 0 || typeof r.stderr !== "string") return void 0;
  for (const l of r.stderr.split("\n")) {
    const m = /^(.+?):(\d+)(?::(\d+))?: (.+)$/.exec(l.trim());
    if (m && basename2(m[1]) === basename2(file)) return { message: m[4], line: Number(m[2]), col: m[3] ? Number(m[3]) : void 0 };
  }
  return void 0;
}

// src/toolchain/version-spec.ts
var import_semver2 = __toESM(require_semver(), 1);
function parseVersionSpec(input, where = {}) {
  const raw = input.trim();
  const s = raw.replace(/^v(?=\d)/, "").replace(/^go(?=\d)/, "");
  const lower = s.toLowerCase();
  if (lower === "stable" || lower === "latest") return { kind: "stable", raw };
  if (lower === "oldstable") return { kind: "oldstable", raw };
  if (/^\d+\.\d+$/.test(s)) return { kind: "minor", raw, line: s };
  if (/^\d+\.\d+\.\d+$/.test(s) || /^\d+\.\d+(\.\d+)?(rc|beta)\d+$/.test(s)) return { kind: "exact", raw, semver: goToSemver(s) };
  const sv = import_semver2.default.valid(s);
  if (sv) return { kind: "exact", raw, semver: sv };
  if (/^\d+$/.test(s)) return { kind: "range", raw, range: `${s}.x` };
  if (s && import_semver2.default.validRange(s)) return { kind: "range", raw, range: s };
  throw new UserError(`"${raw}" is not a Go version`, {
    where,
    code: "bad_version",
    hint: "use an exact version (1.26.8), a minor (1.26), a range (^1.25, >=1.24 <1.26, 1.x), a prerelease (1.27rc1), stable or oldstable"
  });
}

// src/toolchain/request.ts
function requestedVersions(tc, workspace, workingDirectory, env) {
  if (tc.goVersions.length) {
    const specs = tc.goVersions.map((v) => parseVersionSpec(v, { file: "input go-version" }));
    const warning = tc.goVersionFile ? `both go-version and go-version-file are given; using go-version (${tc.goVersions.join(", ")})` : void 0;
    return { specs, source: "input go-version", warning };
  }
  if (tc.goVersionFile) {
    const path = [resolve2(workspace, tc.goVersionFile), resolve2(workingDirectory, tc.goVersionFile)].find((p) => existsSync3(p));
    if (!path) {
      throw new UserError(`go-version-file "${tc.goVersionFile}" does not exist`, {
        where: { file: "input go-version-file" },
        code: "missing_version_file",
        hint: "give a path relative to the workspace (go.mod, go.work, .go-version or .tool-versions)"
      });
    }
    return fromFile(path, workspace, "go-version-file", env);
  }
  const goMod = join4(workingDirectory, "go.mod");
  return existsSync3(goMod) ? fromFile(goMod, workspace, "go.mod", env) : void 0;
}
function fromFile(path, workspace, label, env) {
  const rel = relative2(workspace, path);
  const display = rel && !rel.startsWith("..") ? rel : path;
  const text = readBoundedText(path, { label, where: { file: display } });
  const v = versionOf(path, text, display, env);
  return { specs: [parseVersionSpec(v.spec, { file: display, line: v.line })], source: `${display}:${v.line}` };
}
function versionOf(path, text, display, env) {
  try {
    return readVersionText(path, text, display);
  } catch (e) {
    const goBin = e instanceof UserError && /\.(mod|work)$/.test(path) && env ? whichGo(env.PATH) : void 0;
    const go = goBin ? goSyntaxError(goBin, path, env) : void 0;
    if (!go) throw e;
    throw new UserError(go.message.replaceAll(path, display), { where: { file: display, line: go.line, col: go.col }, code: "bad_version_file", hint: `as \`go ${path.endsWith(".work") ? "work" : "mod"} edit -json\` reads it; fix that line` });
  }
}

// src/toolchain/setup.ts
import { homedir, tmpdir } from "node:os";
import { delimiter as delimiter2, join as join9 } from "node:path";

// src/toolchain/install.ts
import { existsSync as existsSync5, rmSync as rmSync3 } from "node:fs";
import { join as join7 } from "node:path";

// src/toolchain/download.ts
import { spawn } from "node:child_process";
import { createHash as createHash2 } from "node:crypto";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join as join5 } from "node:path";
import { Transform as Transform2, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";

// src/toolchain/tar-guard.ts
import { Transform } from "node:stream";
function memberNameProblem(name, root) {
  if (name === "" || /^([/\\]|[A-Za-z]:)/.test(name)) return "with an absolute or empty path";
  if (/[\u0000-\u001f\u007f]/.test(name)) return "with a control character in its name";
  const parts = name.split(/[/\\]/).filter((p) => p !== "" && p !== ".");
  if (parts.includes("..")) return 'with a ".." component';
  if (parts[0] !== root) return `outside ${root}/`;
  return void 0;
}
var BLOCK = 512;
var MAX_META = 1 << 20;
var padded = (n) => Math.ceil(n / BLOCK) * BLOCK;
function num(h, off, len) {
  if (h[off] & 128) {
    let v = h[off] & 127;
    for (let i = 1; i < len; i++) v = v * 256 + h[off + i];
    return v;
  }
  const s = h.toString("latin1", off, off + len).replace(/\0.*$/s, "").trim();
  return s === "" ? 0 : /^[0-7]+$/.test(s) ? parseInt(s, 8) : NaN;
}
var str = (h, off, len) => {
  const end = h.indexOf(0, off);
  return h.toString("utf8", off, end === -1 || end > off + len ? off + len : end);
};
function checksumOk(h) {
  const stored = num(h, 148, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 32 : h[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return stored === unsigned || stored === signed;
}
function writeChecksum(h) {
  h.fill(32, 148, 156);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += h[i];
  h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8, "latin1");
}
function paxRecords(buf) {
  const out = /* @__PURE__ */ new Map();
  let pos = 0;
  while (pos < buf.length) {
    const sp = buf.indexOf(32, pos);
    if (sp === -1) return buf.subarray(pos).every((b) => b === 0) ? out : void 0;
    const len = Number(buf.toString("latin1", pos, sp));
    if (!Number.isSafeInteger(len) || len <= sp - pos || pos + len > buf.length || buf[pos + len - 1] !== 10) return void 0;
    const rec = buf.toString("utf8", sp + 1, pos + len - 1);
    const eq = rec.indexOf("=");
    if (eq <= 0) return void 0;
    out.set(rec.slice(0, eq), rec.slice(eq + 1));
    pos += len;
  }
  return out;
}
var KIND = { "3": "character device", "4": "block device", "6": "FIFO", S: "GNU sparse file", M: "multi-volume continuation", V: "volume label", N: "GNU old long name" };
var REFUSED_PAX = /^(GNU\.sparse\.|SCHILY\.xattr\.|LIBARCHIVE\.xattr\.|SCHILY\.acl\.|RHT\.security\.)/;
var TarGuard = class extends Transform {
  constructor(opts) {
    super({ highWaterMark: 1 << 20 });
    this.opts = opts;
  }
  opts;
  block = Buffer.alloc(BLOCK);
  have = 0;
  /** Bytes (padded) of the current member's data still to pass. */
  left = 0;
  meta;
  next = {};
  expanded = 0;
  declared = 0;
  /** Whether the end-of-archive marker has passed: tar needs nothing more. */
  ended = false;
  _transform(chunk, _enc, cb) {
    try {
      this.expanded += chunk.length;
      if (this.expanded > this.opts.maxBytes) throw this.tooLarge();
      this.feed(chunk);
      cb();
    } catch (e) {
      cb(e);
    }
  }
  _flush(cb) {
    if (!this.ended && (this.left > 0 || this.have > 0 || this.meta)) cb(this.refuse("ends in the middle of a member"));
    else cb();
  }
  feed(chunk) {
    let off = 0;
    while (off < chunk.length && !this.ended) {
      if (this.left > 0) {
        const n2 = Math.min(this.left, chunk.length - off);
        const part = chunk.subarray(off, off + n2);
        this.meta?.parts.push(part);
        this.push(part);
        this.left -= n2;
        off += n2;
        if (this.left === 0 && this.meta) this.endMeta();
        continue;
      }
      const n = Math.min(BLOCK - this.have, chunk.length - off);
      chunk.copy(this.block, this.have, off, off + n);
      this.have += n;
      off += n;
      if (this.have === BLOCK) {
        this.have = 0;
        this.header(Buffer.from(this.block));
      }
    }
  }
  header(h) {
    if (h.every((b) => b === 0)) {
      this.ended = true;
      this.push(Buffer.alloc(2 * BLOCK));
      return;
    }
    if (!checksumOk(h)) throw this.refuse("has a damaged header (bad checksum)");
    const type = h[156] === 0 ? "0" : String.fromCharCode(h[156]);
    const ustar = h.toString("latin1", 257, 263) === "ustar\0";
    const rawName = str(h, 0, 100);
    const prefix = ustar ? str(h, 345, 155) : "";
    const name = this.next.path ?? (prefix ? `${prefix}/${rawName}` : rawName);
    const linkname = this.next.linkpath ?? str(h, 157, 100);
    const size = this.next.size ?? num(h, 124, 12);
    if (!Number.isSafeInteger(size) || size < 0) throw this.refuse(`has a member ${quoted(name)} with an invalid size`);
    if (type === "x" || type === "g" || type === "L" || type === "K") {
      if (size > MAX_META) throw this.refuse(`has a ${size}-byte metadata header`);
      this.push(h);
      this.meta = { type, size, parts: [] };
      this.left = padded(size);
      if (this.left === 0) this.endMeta();
      return;
    }
    this.next = {};
    const what = `member ${quoted(name)}`;
    this.checkName(name, what);
    const mode = num(h, 100, 8);
    if (!Number.isSafeInteger(mode)) throw this.refuse(`has a ${what} with an invalid mode`);
    if (mode & 3072) throw this.refuse(`has a ${what} with the setuid or setgid bit (mode ${mode.toString(8)})`);
    switch (type) {
      case "0":
      case "7":
        if (name.endsWith("/") && size > 0) throw this.refuse(`has a file ${what} named like a directory, with data`);
        this.declared += size;
        if (this.declared > this.opts.maxBytes) throw this.tooLarge();
        break;
      case "5":
        if (size !== 0) throw this.refuse(`has a directory ${what} with data`);
        break;
      case "2":
        if (size !== 0) throw this.refuse(`has a symlink ${what} with data`);
        this.checkSymlink(linkname, what);
        break;
      case "1":
        if (size !== 0) throw this.refuse(`has a hard link ${what} with data`);
        this.checkName(linkname, `hard link ${what} -> ${quoted(linkname)}`);
        break;
      default:
        throw this.refuse(`has a ${what} of type ${KIND[type] ?? quoted(type)}: a Go distribution has only files, directories and links`);
    }
    const safe = mode & 493;
    if (safe !== mode) {
      h.write(`${safe.toString(8).padStart(7, "0")}\0`, 100, 8, "latin1");
      writeChecksum(h);
    }
    this.push(h);
    this.left = padded(size);
  }
  endMeta() {
    const { type, size, parts } = this.meta;
    this.meta = void 0;
    const data = Buffer.concat(parts).subarray(0, size);
    if (type === "L" || type === "K") {
      const end = data.indexOf(0);
      const value = data.toString("utf8", 0, end === -1 ? data.length : end);
      if (type === "L") this.next.path = value;
      else this.next.linkpath = value;
      return;
    }
    const records = paxRecords(data);
    if (!records) throw this.refuse("has a malformed pax header");
    for (const [key2, value] of records) {
      if (REFUSED_PAX.test(key2)) throw this.refuse(`has a pax record ${quoted(key2)} (sparse files, extended attributes and ACLs are refused)`);
      if (key2 !== "path" && key2 !== "linkpath" && key2 !== "size") continue;
      if (type === "g") throw this.refuse(`has a global pax header setting ${key2}`);
      if (value.includes("\0")) throw this.refuse(`has a pax ${key2} with a NUL byte`);
      if (key2 === "size") {
        if (!/^\d+$/.test(value)) throw this.refuse(`has a pax size ${quoted(value)}`);
        this.next.size = Number(value);
      } else if (key2 === "path") this.next.path = value;
      else this.next.linkpath = value;
    }
  }
  checkName(name, what) {
    const problem = memberNameProblem(name, this.opts.root);
    if (problem) throw this.refuse(`has a ${what} ${problem}`);
  }
  /** A symlink's target: relative and without `..`, so it can only point below its own directory. */
  checkSymlink(target, what) {
    if (target === "" || target.startsWith("/") || target.split("/").includes("..")) {
      throw this.refuse(`has a symlink ${what} -> ${quoted(target)} that could point outside the archive`);
    }
  }
  refuse(why) {
    return new UserError(`refused ${this.opts.label}: the archive ${why}`, {
      code: "archive_refused",
      hint: "nothing was installed; the mirror serves an archive that is not a Go distribution"
    });
  }
  tooLarge() {
    return new UserError(`refused ${this.opts.label}: it expands to more than ${this.opts.maxBytes} bytes (a Go distribution expands to about 4 times its size)`, {
      code: "archive_too_large",
      hint: "nothing was installed; the mirror serves an archive that is not a Go distribution"
    });
  }
};

// src/toolchain/zip-guard.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var EOCD = 101010256;
var CENTRAL = 33639248;
var TAIL = 22 + 65535;
function checkZip(path, opts) {
  const refuse = (why) => new UserError(`refused ${opts.label}: the archive ${why}`, {
    code: "archive_refused",
    hint: "nothing was installed; the mirror serves an archive that is not a Go distribution"
  });
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const tailLen = Math.min(size, TAIL);
    const tail = Buffer.alloc(tailLen);
    readSync(fd, tail, 0, tailLen, size - tailLen);
    let end = -1;
    for (let i = tailLen - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
    if (end < 0) throw refuse("is not a zip file (no end of central directory)");
    const count = tail.readUInt16LE(end + 10);
    const dirSize = tail.readUInt32LE(end + 12);
    const dirOffset = tail.readUInt32LE(end + 16);
    if (count === 65535 || dirSize === 4294967295 || dirOffset === 4294967295) throw refuse("is a zip64 file (Go archives are not)");
    if (dirOffset + dirSize > size) throw refuse("has a central directory past its end");
    const dir = Buffer.alloc(dirSize);
    readSync(fd, dir, 0, dirSize, dirOffset);
    let pos = 0;
    let expanded = 0;
    for (let n = 0; n < count; n++) {
      if (pos + 46 > dir.length || dir.readUInt32LE(pos) !== CENTRAL) throw refuse("has a damaged central directory");
      const madeBy = dir[pos + 5];
      const uncompressed = dir.readUInt32LE(pos + 24);
      const nameLen = dir.readUInt16LE(pos + 28);
      const extraLen = dir.readUInt16LE(pos + 30);
      const commentLen = dir.readUInt16LE(pos + 32);
      const external = dir.readUInt32LE(pos + 38);
      if (pos + 46 + nameLen > dir.length) throw refuse("has a damaged central directory");
      const name = dir.toString("utf8", pos + 46, pos + 46 + nameLen);
      const problem = memberNameProblem(name, opts.root);
      if (problem) throw refuse(`has a member ${quoted(name)} ${problem}`);
      const mode = madeBy === 3 ? external >>> 16 : 0;
      if ((mode & 61440) === 40960) throw refuse(`has a symlink ${quoted(name)}`);
      if (mode & 3072) throw refuse(`has a setuid/setgid member ${quoted(name)}`);
      expanded += uncompressed;
      if (expanded > opts.maxBytes) {
        throw new UserError(`refused ${opts.label}: it expands to more than ${opts.maxBytes} bytes (a Go distribution expands to about 4 times its size)`, {
          code: "archive_too_large",
          hint: "nothing was installed; the mirror serves an archive that is not a Go distribution"
        });
      }
      pos += 46 + nameLen + extraLen + commentLen;
    }
    return { members: count, expandedBytes: expanded };
  } finally {
    closeSync(fd);
  }
}

// src/toolchain/download.ts
var HINT = "nothing was installed; check the mirror (go-download-base-url / GO_DOWNLOAD_BASE_URL)";
var EXTRACT_HINT = "nothing was installed; the archive is damaged or not a Go distribution";
var expandedLimit = (size) => Math.max(size * 10, 16 << 20);
var Meter = class extends Transform2 {
  constructor(file) {
    super({ highWaterMark: 1 << 20 });
    this.file = file;
  }
  file;
  bytes = 0;
  head = Buffer.alloc(0);
  hash = createHash2("sha256");
  _transform(chunk, _enc, cb) {
    this.bytes += chunk.length;
    if (this.bytes > this.file.size) return cb(tooLong(this.file));
    if (this.head.length < 2) this.head = Buffer.concat([this.head, chunk.subarray(0, 2)]);
    this.hash.update(chunk);
    cb(null, chunk);
  }
  /** The size and SHA-256 the release list gives, once the body has ended. */
  verify() {
    const { filename, size, sha256: sha2562 } = this.file;
    if (this.bytes !== size) {
      throw new UserError(`the download of ${filename} is truncated: ${this.bytes} of ${size} bytes`, { code: "download_truncated", hint: HINT });
    }
    const got = this.hash.digest("hex");
    if (got !== sha2562.toLowerCase()) {
      throw new UserError(`SHA-256 mismatch for ${filename}: the release list says ${sha2562}, the download is ${got}`, { code: "checksum_mismatch", hint: HINT });
    }
  }
};
var tooLong = (file) => new UserError(`the download of ${file.filename} is larger than the ${file.size} bytes the release list gives`, { code: "download_too_long", hint: HINT });
var extractError = (filename, why) => new UserError(`could not extract ${filename}: ${why}`, { code: "extract_failed", hint: EXTRACT_HINT });
async function downloadAndUnpack(url, file, staging, opts) {
  let res;
  try {
    res = await httpGet(url, { token: opts.token, serverUrl: opts.serverUrl, idleMs: opts.idleMs ?? 6e4 });
  } catch (e) {
    if (e instanceof HttpStatusError) throw new UserError(`could not download ${url}: ${e.message}`, { code: "download_http", hint: HINT });
    throw new UserError(`could not download ${url}: ${causeOf(e)}`, { code: "download_failed", hint: HINT });
  }
  if (Number(res.headers["content-length"]) > file.size) {
    res.destroy();
    throw tooLong(file);
  }
  const body = { ended: false, error: void 0 };
  res.on("end", () => {
    body.ended = true;
  });
  res.on("error", (e) => {
    body.error ??= e;
  });
  const meter = new Meter(file);
  const failure = (e, other) => {
    if (e instanceof UserError) return e;
    if (body.error) return new UserError(`the download of ${file.filename} was cut off after ${meter.bytes} bytes: ${causeOf(body.error)}`, { code: "download_truncated", hint: HINT });
    if (body.ended) meter.verify();
    return other();
  };
  if (file.filename.endsWith(".zip")) return unpackZip(res, meter, file, staging, opts.temp, failure);
  const tar = spawn("tar", ["-x", "-f", "-", "-C", staging, "--no-same-owner", "--no-same-permissions"], { stdio: ["pipe", "ignore", "pipe"], env: scrubEnv(process.env) });
  let stderr = "";
  tar.stderr.on("data", (d) => {
    if (stderr.length < 4096) stderr += d.toString();
  });
  const exited = new Promise((resolve4) => {
    tar.on("error", (error) => resolve4({ code: null, error }));
    tar.on("close", (code) => resolve4({ code }));
  });
  const tarWhy = (r2) => r2.error?.message ?? (stderr.trim().split("\n")[0] || `tar exited with ${r2.code}`);
  const guard = new TarGuard({ label: file.filename, root: "go", maxBytes: expandedLimit(file.size) });
  const sink = tarInput(tar.stdin, guard);
  try {
    await pipeline(res, meter, createGunzip({ chunkSize: 256 << 10 }), guard, sink);
  } catch (e) {
    tar.kill("SIGKILL");
    const r2 = await exited;
    throw failure(e, () => {
      const code = e.code ?? "";
      if (code.startsWith("Z_")) return extractError(file.filename, meter.head[0] === 31 && meter.head[1] === 139 ? `damaged gzip data (${causeOf(e)})` : "not in gzip format");
      return extractError(file.filename, r2.code === 0 ? causeOf(e) : tarWhy(r2));
    });
  }
  const r = await exited;
  meter.verify();
  if (r.code !== 0) throw extractError(file.filename, tarWhy(r));
}
function tarInput(stdin, guard) {
  let stdinError;
  let waiting;
  const release = (e) => {
    const cb = waiting;
    waiting = void 0;
    cb?.(e);
  };
  stdin.on("drain", () => release());
  stdin.on("error", (e) => {
    stdinError ??= e;
    release(guard.ended ? void 0 : e);
  });
  stdin.on("close", () => release(guard.ended ? void 0 : stdinError ?? new Error("tar stopped reading its input")));
  return new Writable({
    highWaterMark: 1 << 20,
    write: (chunk, _enc, cb) => {
      if (stdinError) return cb(guard.ended ? void 0 : stdinError);
      if (stdin.write(chunk)) cb();
      else waiting = cb;
    },
    final: (cb) => {
      stdin.end();
      cb();
    }
  });
}
async function unpackZip(res, meter, file, staging, temp, failure) {
  mkdirSync(temp, { recursive: true });
  const work = mkdtempSync(join5(temp, "go-xenv-"));
  try {
    const archive = join5(work, file.filename);
    try {
      await pipeline(res, meter, createWriteStream(archive));
    } catch (e) {
      throw failure(e, () => new UserError(`could not save ${file.filename}: ${causeOf(e)}`, { code: "download_failed", hint: HINT }));
    }
    meter.verify();
    checkZip(archive, { label: file.filename, root: "go", maxBytes: expandedLimit(file.size) });
    const tc = await import("./tool-cache-EOO6DJHE.js");
    await tc.extractZip(archive, staging).catch((e) => {
      throw extractError(file.filename, causeOf(e));
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// src/toolchain/release-shape.ts
var isObject = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
function releasesOf(data) {
  if (!Array.isArray(data)) return void 0;
  const out = [];
  for (const r of data) {
    if (!isObject(r) || typeof r.version !== "string" || !goToSemver(r.version) || !Array.isArray(r.files)) continue;
    out.push({ version: r.version, stable: r.stable === true, files: r.files.filter(isObject) });
  }
  return out;
}
var SHA256 = /^[0-9a-f]{64}$/i;
var PLATFORM_PART = /^[a-z0-9]+$/;
function checkArchive(file, release, source) {
  const bad = (what) => new UserError(`the release list of ${source} lists the ${quoted(release.version)} archive with ${what}`, {
    code: "mirror_bad_entry",
    hint: "nothing was downloaded; the mirror must list files as go.dev does (go-download-base-url / GO_DOWNLOAD_BASE_URL)"
  });
  const { filename, os, arch, version, sha256: sha2562, size } = file;
  if (typeof os !== "string" || typeof arch !== "string" || !PLATFORM_PART.test(os) || !PLATFORM_PART.test(arch)) {
    throw bad(`an invalid os/arch ${quoted(`${String(os)}/${String(arch)}`)}`);
  }
  const ext = typeof filename === "string" && filename.endsWith(".zip") ? "zip" : "tar.gz";
  const want = `${release.version}.${os}-${arch}.${ext}`;
  if (typeof filename !== "string" || filename !== want || version !== release.version) {
    throw bad(`the file name ${quoted(String(filename))}: only the bare go.dev name ${quoted(want)} is accepted`);
  }
  if (typeof sha2562 !== "string" || !SHA256.test(sha2562)) throw bad(`sha256 ${quoted(String(sha2562))}, not 64 hex digits`);
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size <= 0) throw bad(`size ${quoted(String(size))}, not a positive integer`);
  return file;
}

// src/toolchain/release-list.ts
var DEFAULT_BASE_URL = "https://go.dev/dl";
var MAX_LIST_BYTES = 32 * 1024 * 1024;
var baseUrlOf = (configured) => (configured || DEFAULT_BASE_URL).replace(/\/+$/, "");
function baseDir(base) {
  const u = new URL(base);
  u.pathname = u.pathname.replace(/\/*$/, "/");
  u.search = "";
  u.hash = "";
  return u;
}
var releaseListUrl = (base) => new URL("?mode=json&include=all", baseDir(base)).href;
function archiveUrl(base, filename) {
  const dir = baseDir(base);
  const u = new URL(encodeURIComponent(filename), dir);
  if (u.origin !== dir.origin || u.pathname !== `${dir.pathname}${encodeURIComponent(filename)}`) {
    throw new UserError(`the archive name ${quoted(filename)} does not stay below ${dir.href}`, { code: "mirror_bad_entry" });
  }
  return u.href;
}
async function fetchReleaseList(base, opts) {
  const hint = "check go-download-base-url / GO_DOWNLOAD_BASE_URL and the network";
  let url;
  try {
    url = releaseListUrl(base);
  } catch {
    throw new UserError(`the Go download base URL ${quoted(base)} is not a URL`, { code: "mirror_bad_url", hint: "set go-download-base-url / GO_DOWNLOAD_BASE_URL to an http(s) URL" });
  }
  const timeoutMs = opts.timeoutMs ?? 3e4;
  let body;
  try {
    const res = await httpGet(url, { token: opts.token, serverUrl: opts.serverUrl, headers: { accept: "application/json" }, idleMs: timeoutMs, signal: AbortSignal.timeout(timeoutMs) });
    try {
      body = await readBody(res, MAX_LIST_BYTES);
    } catch (e) {
      throw new UserError(`the Go release list from ${url} could not be read: ${causeOf(e)}`, { code: "mirror_bad_list", hint });
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (e instanceof HttpStatusError) throw new UserError(`could not fetch the Go release list from ${url}: ${e.message}`, { code: "mirror_http", hint });
    throw new UserError(`could not reach the Go release list at ${url}: ${causeOf(e)}`, { code: "mirror_unreachable", hint });
  }
  let data;
  try {
    data = JSON.parse(body.toString("utf8"));
  } catch (e) {
    throw new UserError(`the Go release list from ${url} is not JSON: ${causeOf(e)}`, { code: "mirror_bad_list", hint });
  }
  const releases = releasesOf(data);
  if (!releases) throw new UserError(`the Go release list from ${url} is not in go.dev's format ([{version, stable, files}])`, { code: "mirror_bad_list", hint });
  return releases;
}

// src/toolchain/resolve.ts
var import_semver3 = __toESM(require_semver(), 1);
var NODE_OS = { linux: "linux", darwin: "darwin", win32: "windows", freebsd: "freebsd", openbsd: "openbsd", aix: "aix" };
var NODE_ARCH = { x64: "amd64", arm64: "arm64", ia32: "386", arm: "armv6l", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64", loong64: "loong64" };
var goPlatform = (platform, arch) => ({ os: NODE_OS[platform] ?? platform, arch: NODE_ARCH[arch] ?? arch });
function candidates(releases) {
  const out = [];
  for (const release of releases) {
    const v = goToSemver(release.version);
    if (v) out.push({ semver: v, release });
  }
  return out.sort((a, b) => import_semver3.default.rcompare(a.semver, b.semver));
}
function pickRelease(spec, releases, source) {
  const all = candidates(releases);
  const stable = all.filter((c) => c.release.stable && !import_semver3.default.prerelease(c.semver));
  const newest = stable[0] ? semverToGo(stable[0].semver) : "none";
  const line = (v) => `${import_semver3.default.major(v)}.${import_semver3.default.minor(v)}`;
  let hit;
  switch (spec.kind) {
    case "exact":
      hit = all.find((c) => c.semver === spec.semver);
      if (!hit) {
        throw new UserError(`Go ${semverToGo(spec.semver)} is not in the release list of ${source}`, {
          code: "unknown_version",
          hint: `check the version (the newest stable release is ${newest})`
        });
      }
      return hit;
    case "minor": {
      hit = stable.find((c) => line(c.semver) === spec.line);
      if (hit) return hit;
      const pre = all.filter((c) => line(c.semver) === spec.line).map((c) => semverToGo(c.semver));
      throw new UserError(`no stable Go ${spec.line}.x release is in the release list of ${source}`, {
        code: "unknown_version",
        hint: pre.length ? `only prereleases exist (${pre.join(", ")}): ask for one by name` : `check the version (the newest stable release is ${newest})`
      });
    }
    case "range":
      hit = stable.find((c) => import_semver3.default.satisfies(c.semver, spec.range));
      if (hit) return hit;
      throw new UserError(`no Go release satisfies "${spec.raw}" in the release list of ${source}`, {
        code: "unsatisfiable_range",
        hint: `widen the range (the newest stable release is ${newest})`
      });
    case "stable":
      if (stable[0]) return stable[0];
      break;
    case "oldstable": {
      const first = stable[0];
      hit = first && stable.find((c) => line(c.semver) !== line(first.semver));
      if (hit) return hit;
      break;
    }
  }
  throw new UserError(`the release list of ${source} has no ${spec.kind} release`, { code: "unknown_version", hint: "check the mirror" });
}
function pickFile(release, platform, source) {
  const file = release.files.find((f) => f.kind === "archive" && f.os === platform.os && f.arch === platform.arch);
  if (file) return checkArchive(file, release, source);
  throw new UserError(`${release.version} has no archive for ${platform.os}/${platform.arch}`, {
    code: "no_archive",
    hint: "this platform is not built by the Go project for that release; choose another version or runner"
  });
}
function resolve3(spec, releases, platform, source) {
  const c = pickRelease(spec, releases, source);
  return { version: semverToGo(c.semver), semver: c.semver, release: c.release, file: pickFile(c.release, platform, source) };
}
function satisfiesOffline(version, spec) {
  switch (spec.kind) {
    case "exact":
      return import_semver3.default.eq(version, spec.semver);
    case "minor":
      return !import_semver3.default.prerelease(version) && `${import_semver3.default.major(version)}.${import_semver3.default.minor(version)}` === spec.line;
    case "range":
      return import_semver3.default.satisfies(version, spec.range);
    default:
      return void 0;
  }
}
function pickInstalled(installed, spec) {
  return [...installed].sort(import_semver3.default.rcompare).find((v) => satisfiesOffline(v, spec) === true);
}

// src/toolchain/tool-cache.ts
var import_semver4 = __toESM(require_semver(), 1);
import { createHash as createHash3, randomBytes } from "node:crypto";
import {
  closeSync as closeSync2,
  existsSync as existsSync4,
  mkdirSync as mkdirSync2,
  openSync as openSync2,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync as rmSync2,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync
} from "node:fs";
import { hostname } from "node:os";
import { join as join6 } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
var toolPath = (root, version, arch) => join6(root, "go", version, arch);
function cachedVersions(root, arch) {
  const dir = join6(root, "go");
  if (!existsSync4(dir)) return [];
  return readdirSync(dir).filter((v) => import_semver4.default.valid(v) && existsSync4(join6(dir, v, arch)) && existsSync4(join6(dir, v, `${arch}.complete`)));
}
function findCached(root, version, arch) {
  const p = toolPath(root, version, arch);
  return existsSync4(p) && existsSync4(`${p}.complete`) ? p : void 0;
}
var HOST = createHash3("sha256").update(hostname()).digest("hex").slice(0, 8);
var FOREIGN_STALE_MS = 24 * 36e5;
var alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
};
function stagingDir(root) {
  const dir = join6(root, "go", `.staging-${HOST}-${process.pid}-${randomBytes(4).toString("hex")}`);
  mkdirSync2(dir, { recursive: true });
  return dir;
}
function sweepStaging(root, now = Date.now()) {
  const dir = join6(root, "go");
  if (!existsSync4(dir)) return [];
  const removed = [];
  for (const name of readdirSync(dir)) {
    const m = /^\.(?:staging|trash)-([0-9a-f]{8})-(\d+)-[0-9a-f]+$/.exec(name);
    if (!m) continue;
    const p = join6(dir, name);
    const stale = m[1] === HOST ? !alive(Number(m[2])) : now - statSync(p).mtimeMs > FOREIGN_STALE_MS;
    if (stale) {
      rmSync2(p, { recursive: true, force: true });
      removed.push(p);
    }
  }
  return removed;
}
var LOCK_WAIT_MS = 10 * 6e4;
async function withLock(path, fn) {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (; ; ) {
    try {
      const fd = openSync2(path, "wx");
      writeSync(fd, `${HOST} ${process.pid}`);
      closeSync2(fd);
      break;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
    const [host, pid] = (() => {
      try {
        return readFileSync(path, "utf8").split(" ");
      } catch {
        return [];
      }
    })();
    if (host === HOST && pid && !alive(Number(pid))) {
      rmSync2(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new UserError(`the tool cache lock ${path} has been held for ${LOCK_WAIT_MS / 6e4} minutes`, {
        code: "tool_cache_locked",
        hint: "another install seems stuck; if none runs, delete the lock file"
      });
    }
    await sleep(50);
  }
  try {
    return await fn();
  } finally {
    try {
      unlinkSync(path);
    } catch {
    }
  }
}
async function commit(goroot, root, version, arch, works) {
  const target = toolPath(root, version, arch);
  mkdirSync2(join6(root, "go", version), { recursive: true });
  return withLock(`${target}.lock`, async () => {
    if (existsSync4(target)) {
      if (await works(target)) {
        writeFileSync(`${target}.complete`, "");
        return { path: target, adopted: true };
      }
      rmSync2(`${target}.complete`, { force: true });
      const trash = join6(root, "go", `.trash-${HOST}-${process.pid}-${randomBytes(4).toString("hex")}`);
      renameSync(target, trash);
      rmSync2(trash, { recursive: true, force: true });
    }
    renameSync(goroot, target);
    writeFileSync(`${target}.complete`, "");
    return { path: target, adopted: false };
  });
}

// src/toolchain/install.ts
function releaseListLoader(ctx) {
  let list;
  return () => list ??= fetchReleaseList(ctx.baseUrl, { token: ctx.token, serverUrl: ctx.serverUrl });
}
async function goVersionOf(goroot, ctx) {
  const exe = ctx.platform.os === "windows" ? "go.exe" : "go";
  const env = { ...scrubEnv(process.env), GOTOOLCHAIN: "local", GOENV: "off", GOFLAGS: "", GOROOT: "" };
  const r = await (ctx.run ?? spawnRunner)(join7(goroot, "bin", exe), ["version"], { env, timeoutMs: 6e4 });
  if (r.spawnError) return { ok: false, why: r.spawnError };
  if (r.code !== 0) return { ok: false, why: r.stderr.trim().split("\n")[0] || (r.timedOut ? "timed out" : `exit status ${r.code ?? r.signal}`) };
  const m = /^go version go(\S+) /.exec(r.stdout);
  return m ? { ok: true, version: m[1] } : { ok: false, why: `it printed ${JSON.stringify(r.stdout.slice(0, 80))}` };
}
var runsAs = async (goroot, version, ctx) => {
  const v = await goVersionOf(goroot, ctx);
  return v.ok && v.version === version;
};
async function install(spec, ctx, list) {
  for (const p of sweepStaging(ctx.toolCache)) ctx.log(`removed ${p}, left by an install that was killed`);
  if (!ctx.checkLatest) {
    const cached = pickInstalled(cachedVersions(ctx.toolCache, ctx.cacheArch), spec);
    const goroot = cached && toolPath(ctx.toolCache, cached, ctx.cacheArch);
    if (goroot && await runsAs(goroot, semverToGo(cached), ctx)) return { version: semverToGo(cached), goroot, source: "tool-cache" };
  }
  const r = resolve3(spec, await list(), ctx.platform, ctx.baseUrl);
  const hit = findCached(ctx.toolCache, r.semver, ctx.cacheArch);
  if (hit) {
    if (await runsAs(hit, r.version, ctx)) return { version: r.version, goroot: hit, source: "tool-cache" };
    ctx.log(`the cached Go ${r.version} in ${hit} does not run as go${r.version}: installing it again`);
  }
  const url = archiveUrl(ctx.baseUrl, r.file.filename);
  ctx.log(logSafe(`downloading ${url} (${(r.file.size / 1e6).toFixed(1)} MB, sha256 ${r.file.sha256})`));
  const staging = stagingDir(ctx.toolCache);
  try {
    await downloadAndUnpack(url, r.file, staging, { token: ctx.token, serverUrl: ctx.serverUrl, temp: ctx.temp });
    const goroot = join7(staging, "go");
    const exe = ctx.platform.os === "windows" ? "go.exe" : "go";
    if (!existsSync5(join7(goroot, "bin", exe))) {
      throw new UserError(`${r.file.filename} is not a Go distribution: it has no go/bin/${exe}`, { code: "extract_failed", hint: "nothing was installed; check the mirror" });
    }
    const v = await goVersionOf(goroot, ctx);
    if (!v.ok || v.version !== r.version) {
      const said = v.ok ? `reports go${v.version}, not go${r.version}` : `does not run (${v.why})`;
      throw new UserError(logSafe(`the go/bin/${exe} in ${r.file.filename} ${said}`), { code: "broken_download", hint: "nothing was installed; the mirror serves an archive that is not this Go release" });
    }
    const placed = await commit(goroot, ctx.toolCache, r.semver, ctx.cacheArch, (dir) => runsAs(dir, r.version, ctx));
    ctx.log(placed.adopted ? `Go ${r.version} (sha256 verified) was placed in ${placed.path} by a concurrent install: using that tree` : `installed Go ${r.version} (sha256 verified) in ${placed.path}`);
    return { version: r.version, goroot: placed.path, source: "download" };
  } finally {
    rmSync3(staging, { recursive: true, force: true });
  }
}

// src/toolchain/matcher.ts
import { mkdirSync as mkdirSync3, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join8 } from "node:path";

// src/toolchain/go-matcher.json
var go_matcher_default = {
  problemMatcher: [
    {
      owner: "go-xenv-go",
      pattern: [
        {
          regexp: "^\\s*(?:vet: )?((?:\\.{1,2}/)?[^\\s:]+\\.go):(\\d+)(?::(\\d+))?: (.*)$",
          file: 1,
          line: 2,
          column: 3,
          message: 4
        }
      ]
    }
  ]
};

// src/toolchain/matcher.ts
function registerMatcher(host, tempDir) {
  mkdirSync3(tempDir, { recursive: true });
  const file = join8(tempDir, "go-xenv-go-matcher.json");
  writeFileSync2(file, JSON.stringify(go_matcher_default));
  host.info(`::add-matcher::${file}`);
}

// src/toolchain/setup.ts
function installDirs(host) {
  const env = host.env;
  if (host.kind === "actions") {
    return { toolCache: env.RUNNER_TOOL_CACHE || join9(tmpdir(), "go-xenv-tool-cache"), temp: env.RUNNER_TEMP || tmpdir() };
  }
  const base = join9(env.XDG_CACHE_HOME || join9(env.HOME || homedir(), ".cache"), "go-xenv");
  return { toolCache: base, temp: join9(base, "tmp") };
}
async function setup(config, host, opts) {
  const request = requestedVersions(config.toolchain, config.workspace, config.workingDirectory, host.env);
  if (request?.warning) host.warning(request.warning);
  const dirs = installDirs(host);
  const ctx = {
    baseUrl: baseUrlOf(config.toolchain.downloadBaseUrl),
    token: config.toolchain.token,
    serverUrl: host.env.GITHUB_SERVER_URL,
    platform: goPlatform(process.platform, process.arch),
    cacheArch: process.arch,
    ...dirs,
    checkLatest: config.toolchain.checkLatest,
    log: (m) => host.info(m)
  };
  const list = releaseListLoader(ctx);
  const exe = process.platform === "win32" ? "go.exe" : "go";
  const local = host.kind === "terminal" ? await localGo(host) : void 0;
  const notes = [];
  const installed = [];
  if (!request) {
    if (!local) {
      throw new UserError("no Go version requested", {
        code: "no_version",
        hint: "set go-version or go-version-file, or add a go.mod (with a go line) to working-directory"
      });
    }
    installed.push(local);
    notes.push(`no version requested: using the go on PATH (${local.goBin})`);
  }
  for (const spec of request?.specs ?? []) {
    if (local && await localSatisfies(local, spec, list, ctx.baseUrl)) {
      installed.push(local);
      notes.push(`${spec.raw}: the go on PATH is go${local.version} (${local.goBin}); nothing to install`);
      continue;
    }
    const got = await install(spec, ctx, list);
    installed.push({ version: got.version, goroot: got.goroot, goBin: join9(got.goroot, "bin", exe), env: {}, source: got.source });
    notes.push(`${spec.raw}: go${got.version} ${got.source === "download" ? "downloaded, SHA-256 verified," : "found in the tool cache,"} in ${got.goroot}`);
  }
  const chosen = installed.at(-1);
  host.exportVariable("GOTOOLCHAIN", "local");
  const info = await goEnv(chosen.goBin, { ...host.env, GOTOOLCHAIN: "local" }, ["GOVERSION", "GOPATH", "GOMODCACHE", "GOCACHE"]).catch((e) => {
    throw new UserError(`the installed go does not run: ${e instanceof Error ? e.message : String(e)}`, { code: "broken_install", hint: "remove it from the tool cache and run again" });
  });
  if (info.GOVERSION !== `go${chosen.version}`) host.warning(logSafe(`${chosen.goBin} reports ${info.GOVERSION}, expected go${chosen.version}`));
  if (chosen.source !== "path") {
    if (info.GOPATH) host.addPath(join9(info.GOPATH.split(delimiter2)[0], "bin"));
    host.addPath(join9(chosen.goroot, "bin"));
  }
  if (host.kind === "actions") registerMatcher(host, dirs.temp);
  const env = { PATH: host.env.PATH ?? "", GOTOOLCHAIN: "local" };
  for (const t of installed) t.env = { ...env, PATH: `${join9(t.goroot, "bin")}${delimiter2}${env.PATH}` };
  const cache = opts.cache ? await restoreGoCache(config, host, chosen.version, { GOMODCACHE: info.GOMODCACHE, GOCACHE: info.GOCACHE }) : { hit: false, note: "" };
  if (cache.note) notes.push(cache.note);
  if (host.kind === "actions") for (const note of notes) host.info(logSafe(note));
  const data = { ...chosen, all: installed, cacheHit: cache.hit };
  const outputs = {
    "go-version": chosen.version,
    "go-root": chosen.goroot,
    "go-roots": JSON.stringify(Object.fromEntries(installed.map((t) => [t.version, t.goroot]))),
    "cache-hit": String(cache.hit)
  };
  return { data, request, outputs, notes };
}
async function localGo(host) {
  const goBin = whichGo(host.env.PATH);
  if (!goBin) return void 0;
  try {
    const e = await goEnv(goBin, host.env, ["GOVERSION", "GOROOT"]);
    const version = e.GOVERSION.replace(/^go/, "");
    if (!goToSemver(version)) return void 0;
    return { version, goroot: e.GOROOT, goBin, env: {}, source: "path" };
  } catch {
    return void 0;
  }
}
async function localSatisfies(local, spec, list, source) {
  const v = goToSemver(local.version);
  const offline = satisfiesOffline(v, spec);
  if (offline !== void 0) return offline;
  return semverToGo(pickRelease(spec, await list(), source).semver) === local.version;
}

// src/matrix/cgo.ts
var TABLE = {
  "linux/amd64": { cc: "x86_64-linux-gnu-gcc", package: "gcc-x86-64-linux-gnu", sysroot: "/usr/x86_64-linux-gnu" },
  "linux/386": { cc: "i686-linux-gnu-gcc", package: "gcc-i686-linux-gnu", sysroot: "/usr/i686-linux-gnu" },
  "linux/arm64": { cc: "aarch64-linux-gnu-gcc", package: "gcc-aarch64-linux-gnu", sysroot: "/usr/aarch64-linux-gnu" },
  "linux/arm": { cc: "arm-linux-gnueabihf-gcc", package: "gcc-arm-linux-gnueabihf", sysroot: "/usr/arm-linux-gnueabihf" },
  "linux/riscv64": { cc: "riscv64-linux-gnu-gcc", package: "gcc-riscv64-linux-gnu", sysroot: "/usr/riscv64-linux-gnu" },
  "linux/ppc64le": { cc: "powerpc64le-linux-gnu-gcc", package: "gcc-powerpc64le-linux-gnu", sysroot: "/usr/powerpc64le-linux-gnu" },
  "linux/s390x": { cc: "s390x-linux-gnu-gcc", package: "gcc-s390x-linux-gnu", sysroot: "/usr/s390x-linux-gnu" },
  "linux/mips64le": { cc: "mips64el-linux-gnuabi64-gcc", package: "gcc-mips64el-linux-gnuabi64", sysroot: "/usr/mips64el-linux-gnuabi64" },
  "linux/loong64": { cc: "loongarch64-linux-gnu-gcc", package: "gcc-loongarch64-linux-gnu", sysroot: "/usr/loongarch64-linux-gnu" },
  "windows/amd64": { cc: "x86_64-w64-mingw32-gcc", package: "gcc-mingw-w64-x86-64" },
  "windows/386": { cc: "i686-w64-mingw32-gcc", package: "gcc-mingw-w64-i686" }
};
var HOST_GOARCH = { x64: "amd64", arm64: "arm64", ia32: "386", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64" };
var hostGoarch = (arch = process.arch) => HOST_GOARCH[arch] ?? arch;
function crossCompiler(goos, goarch, hostArch = process.arch, hostOs = process.platform) {
  if (goos === "linux" && hostOs === "linux" && goarch === hostGoarch(hostArch)) return { cc: "gcc", package: "gcc" };
  return TABLE[`${goos}/${goarch}`];
}

export {
  QEMU_PLATFORMS,
  nativePlatforms,
  findPlatform,
  resolvePlatforms,
  entryServes,
  entryFor,
  DEFAULT_BINFMT_ROOT,
  readBinfmt,
  fsWriter,
  sudoWriter,
  crossCompiler,
  checkBinaryName,
  binaryFileName,
  nameFromModule,
  plannedTargets,
  strategyMatrix,
  GoCommandError,
  runGo,
  goEnv,
  whichGo,
  realpathOr,
  goToSemver,
  satisfiesOffline,
  saveGoCache,
  requestedVersions,
  setup
};
