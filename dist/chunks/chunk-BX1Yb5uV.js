import { createRequire } from 'node:module';
import { g as goOrderKey, a as pipName, p as parseLockText } from './chunk-B9Pf2tyX.js';
import { l as lockFormatOf } from './chunk-BtqEFqmD.js';
import { D as DEFAULT_READ_LIMIT } from './chunk-CE2JlTQc.js';
import { U as UserError } from './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/locks/pep440.ts
var VERSION = new RegExp(
  "^\\s*v?(?:([0-9]+)!)?([0-9]+(?:\\.[0-9]+)*)(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?([0-9]+)?)?(?:-([0-9]+)|[-_.]?(post|rev|r)[-_.]?([0-9]+)?)?(?:[-_.]?(dev)[-_.]?([0-9]+)?)?(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\\s*$",
  "i"
);
var PRE_LABEL = { alpha: "a", a: "a", beta: "b", b: "b", preview: "rc", pre: "rc", c: "rc", rc: "rc" };
var RELEASE = /^[0-9]+(?:\.[0-9]+)*$/;
var NORMAL = /^(?:([0-9]+)!)?([0-9]+(?:\.[0-9]+)*)(?:(a|b|rc)([0-9]+))?(?:\.post([0-9]+))?(?:\.dev([0-9]+))?(?:\+([a-z0-9]+(?:\.[a-z0-9]+)*))?$/;
function parsePep440(text) {
  if (RELEASE.test(text)) return { epoch: 0n, release: text.split(".").map(BigInt), pre: null, post: null, dev: null, local: null };
  const n = NORMAL.exec(text);
  if (n) return version(n[1], n[2], n[3], n[4], n[5], n[6], n[7]);
  const m = VERSION.exec(text);
  if (!m) return null;
  const [, epoch, release, preL, preN, postN1, postL, postN2, devL, devN, local] = m;
  return version(epoch, release, preL, preN, postN1 ?? (postL ? postN2 ?? "0" : void 0), devL ? devN ?? "0" : void 0, local);
}
function version(epoch, release, preL, preN, post, dev, local) {
  return {
    epoch: BigInt(epoch ?? 0),
    release: release.split(".").map(BigInt),
    pre: preL ? { label: PRE_LABEL[preL.toLowerCase()], n: BigInt(preN ?? 0) } : null,
    post: post !== void 0 ? BigInt(post) : null,
    dev: dev !== void 0 ? BigInt(dev) : null,
    local: local ? local.toLowerCase().split(/[-_.]/).map((s) => /^[0-9]+$/.test(s) ? BigInt(s) : s) : null
  };
}
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function cmpRelease(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = cmp(a[i] ?? 0n, b[i] ?? 0n);
    if (c) return c;
  }
  return 0;
}
var PRE_RANK = { a: 0, b: 1, rc: 2 };
function preKey(v) {
  if (v.pre) return [0, PRE_RANK[v.pre.label], v.pre.n];
  if (v.post === null && v.dev !== null) return [-1, 0, 0n];
  return [1, 0, 0n];
}
function cmpLocal(a, b) {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i], y = b[i];
    const c = typeof x === typeof y ? cmp(x, y) : typeof x === "bigint" ? 1 : -1;
    if (c) return c;
  }
  return Math.sign(a.length - b.length);
}
function comparePep440Parsed(a, b) {
  const pa = preKey(a), pb = preKey(b);
  return cmp(a.epoch, b.epoch) || cmpRelease(a.release, b.release) || pa[0] - pb[0] || pa[1] - pb[1] || cmp(pa[2], pb[2]) || // no post-release sorts before any post-release; no dev release sorts after any dev release
  (a.post === b.post ? 0 : a.post === null ? -1 : b.post === null ? 1 : cmp(a.post, b.post)) || (a.dev === b.dev ? 0 : a.dev === null ? 1 : b.dev === null ? -1 : cmp(a.dev, b.dev)) || cmpLocal(a.local, b.local);
}
function comparePlainReleases(a, b) {
  if (!RELEASE.test(a) || !RELEASE.test(b)) return null;
  const x = a.split("."), y = b.split(".");
  for (let i = 0; i < x.length || i < y.length; i++) {
    const p = x[i] ?? "0", q = y[i] ?? "0";
    const c = p.length < 16 && q.length < 16 ? Math.sign(Number(p) - Number(q)) : cmp(BigInt(p), BigInt(q));
    if (c) return c;
  }
  return 0;
}

// src/locks/diff.ts
function parsedBy(parse) {
  const parsed = /* @__PURE__ */ new Map();
  return (v) => {
    if (v === null) return null;
    let p = parsed.get(v);
    if (p === void 0) parsed.set(v, p = parse(v));
    return p;
  };
}
function orderFor(eco) {
  if (eco === "go") {
    const key = parsedBy(goOrderKey);
    return (a, b) => {
      const x = key(a), y = key(b);
      return x !== null && y !== null ? x < y ? -1 : x > y ? 1 : 0 : null;
    };
  }
  const parse = parsedBy(parsePep440);
  return (a, b) => {
    const plain = a !== null && b !== null ? comparePlainReleases(a, b) : null;
    if (plain !== null) return plain;
    const x = parse(a), y = parse(b);
    return x && y ? Math.sign(comparePep440Parsed(x, y)) : null;
  };
}
var sortKey = (order) => (a, b) => order(a, b) ?? (a === b ? 0 : a === null || b !== null && a < b ? -1 : 1);
var versionOf = (p) => p.version ?? ("specifier" in p && typeof p.specifier === "string" && p.specifier ? p.specifier : "url" in p && typeof p.url === "string" ? p.url : null);
function group(doc) {
  const pip = doc.ecosystem === "pip";
  const out = /* @__PURE__ */ new Map();
  const packages = doc.packages;
  for (let i = 0; i < packages.length; i++) {
    const p = packages[i];
    const k = pip ? pipName(p.name) : p.name;
    const g = out.get(k);
    if (!g) {
      out.set(k, {
        key: k,
        side: { name: p.name, versions: [p.version ?? versionOf(p)], direct: p.direct, line: p.line, file: p.file ?? doc.file },
        packages: [p]
      });
      continue;
    }
    g.packages.push(p);
    const v = p.version ?? versionOf(p);
    if (!g.side.versions.includes(v)) g.side.versions.push(v);
    if (p.direct !== null) g.side.direct = (g.side.direct ?? false) || p.direct;
  }
  return out;
}
var highest = (s) => s.versions[s.versions.length - 1];
function sameList(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function rehash(name, base, head) {
  for (const b of base.packages) {
    if (!b.hashes.length) continue;
    const h = head.packages.find((p) => p.version === b.version && p.markers === b.markers);
    if (!h || !h.hashes.length || sameList(b.hashes, h.hashes)) continue;
    const inBase = new Set(b.hashes), inHead = new Set(h.hashes);
    const removed = b.hashes.filter((x) => !inHead.has(x));
    const added = h.hashes.filter((x) => !inBase.has(x));
    if (removed.length || added.length) return { name, base: base.side, head: head.side, version: b.version, addedHashes: added, removedHashes: removed };
  }
  return null;
}
function diffLocks(base, head) {
  if (base.ecosystem !== head.ecosystem) throw new Error(`diffLocks: ${base.file} is ${base.ecosystem}, ${head.file} is ${head.ecosystem}`);
  const eco = base.ecosystem;
  const diff = {
    ecosystem: eco,
    base: { file: base.file, format: base.format },
    head: { file: head.file, format: head.format },
    added: [],
    removed: [],
    upgraded: [],
    downgraded: [],
    changed: [],
    madeDirect: [],
    madeIndirect: [],
    rehashed: []
  };
  const order = orderFor(eco);
  const byVersion = sortKey(order);
  const sorted = (s) => {
    if (s.versions.length > 1) s.versions.sort(byVersion);
    return s;
  };
  const b = group(base), h = group(head);
  for (const g of b.values()) if (!h.has(g.key)) diff.removed.push({ name: g.side.name, base: sorted(g.side), head: null });
  for (const hg of h.values()) {
    const bg = b.get(hg.key);
    if (!bg) {
      diff.added.push({ name: hg.side.name, base: null, head: sorted(hg.side) });
      continue;
    }
    const bs = bg.side, hs = hg.side;
    const sameSet = bs.versions.length === hs.versions.length && (bs.versions.length === 1 ? bs.versions[0] === hs.versions[0] : bs.versions.every((v) => hs.versions.includes(v)));
    const flipped = bs.direct !== null && hs.direct !== null && bs.direct !== hs.direct;
    const b1 = sameSet && bg.packages.length === 1 && hg.packages.length === 1 ? bg.packages[0].hashes : null;
    const r = !sameSet || b1 && (!b1.length || sameList(b1, hg.packages[0].hashes)) ? null : rehash(hs.name, bg, hg);
    if (sameSet && !r && !flipped) continue;
    sorted(bs);
    sorted(hs);
    if (r) diff.rehashed.push(r);
    if (sameSet && !flipped) continue;
    const change = { name: hs.name, base: bs, head: hs, from: highest(bs), to: highest(hs) };
    if (!sameSet) {
      const c = order(change.from, change.to);
      (c === null || c === 0 ? diff.changed : c < 0 ? diff.upgraded : diff.downgraded).push(change);
    }
    if (flipped) (hs.direct ? diff.madeDirect : diff.madeIndirect).push(change);
  }
  const byName = (x, y) => x.name < y.name ? -1 : x.name > y.name ? 1 : 0;
  for (const list of [diff.added, diff.removed, diff.upgraded, diff.downgraded, diff.changed, diff.madeDirect, diff.madeIndirect, diff.rehashed])
    list.sort(byName);
  return diff;
}

// src/locks/revisions.ts
function checkRevision(rev, label) {
  if (!rev || rev.startsWith("-") || new RegExp("\\p{Cc}", "u").test(rev)) {
    throw new UserError(`${label} revision ${JSON.stringify(rev)} is not a revision`, {
      hint: 'give a branch, tag or commit (it may not be empty, start with "-" or hold control characters)',
      code: "bad_revision"
    });
  }
}
async function git(opts, args, what) {
  const r = await opts.run("git", args, { cwd: opts.cwd, env: opts.env, timeoutMs: opts.timeoutMs ?? 6e4 });
  if (r.spawnError) throw new UserError(`git could not be started: ${r.spawnError}`, { hint: "install git and put it on PATH", code: "git_missing" });
  if (r.code !== 0) {
    const msg = (r.stderr.trim().split("\n")[0] ?? "") || (r.timedOut ? "timed out" : `exit ${r.code}`);
    throw new UserError(`${what}: ${msg}`, {
      hint: "run it inside a git repository that has both revisions (fetch-depth: 0 in actions/checkout)",
      code: "git_failed"
    });
  }
  return r;
}
async function resolveCommit(opts, rev, label) {
  checkRevision(rev, label);
  const r = await git(opts, ["rev-parse", "--verify", "--end-of-options", `${rev}^{commit}`], `${label} revision ${JSON.stringify(rev)} is not a commit here`);
  const sha = r.stdout.trim();
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
    throw new UserError(`${label} revision ${JSON.stringify(rev)}: git answered ${JSON.stringify(sha.slice(0, 80))}`, { code: "git_failed" });
  return sha;
}
async function lockFiles(opts, commit) {
  const r = await git(opts, ["ls-tree", "-r", "-l", "-z", "--full-tree", commit], `listing the files of ${commit}`);
  const out = /* @__PURE__ */ new Map();
  for (const rec of r.stdout.split("\0")) {
    const m = /^\d+ blob ([0-9a-f]+) +(\d+)\t([^]+)$/.exec(rec);
    if (m && lockFormatOf(m[3])) out.set(m[3], { blob: m[1], size: Number(m[2]) });
  }
  return out;
}
async function readLockAt(opts, side, path, entry) {
  const where = `${path} at ${side.rev}`;
  const max = opts.maxBytes ?? DEFAULT_READ_LIMIT;
  const tooLarge = () => new UserError(`${where} is ${entry.size} bytes, more than the ${max} read of a lock`, {
    where: { file: path },
    hint: "leave generated files that large out of the lock diff",
    code: "file_too_large"
  });
  if (entry.size > max) throw tooLarge();
  const r = await git(opts, ["show", "--no-textconv", `${side.commit}:${path}`], `reading ${where}`);
  const read = Buffer.byteLength(r.stdout);
  if (read !== entry.size) {
    throw new UserError(`${where} was not read whole: ${read} of its ${entry.size} bytes came through`, {
      where: { file: path },
      hint: "a lock this large is beyond what the diff reads through git; leave it out or split it",
      code: "file_too_large"
    });
  }
  const parsed = parseLockText(r.stdout, path);
  if (!parsed.ok) {
    const e = parsed.error;
    throw new UserError(`${e.message} (at ${side.rev})`, {
      where: { file: e.file, line: e.line, col: e.column },
      hint: "fix the lock at that revision, or regenerate it with its tool",
      code: `lock_${e.code}`
    });
  }
  return parsed.document;
}
var empty = (doc) => ({ ...doc, packages: [] });
async function diffRevisions(baseRev, headRev, opts) {
  const base = { rev: baseRev, commit: await resolveCommit(opts, baseRev, "base") };
  const head = { rev: headRev, commit: await resolveCommit(opts, headRev, "head") };
  const [baseFiles, headFiles] = await Promise.all([lockFiles(opts, base.commit), lockFiles(opts, head.commit)]);
  const paths = [.../* @__PURE__ */ new Set([...baseFiles.keys(), ...headFiles.keys()])].sort();
  const result = { base, head, files: [], unchanged: [] };
  for (const path of paths) {
    const b = baseFiles.get(path);
    const h = headFiles.get(path);
    if (b && h && b.blob === h.blob) {
      result.unchanged.push(path);
      continue;
    }
    const bd = b && await readLockAt(opts, base, path, b);
    const hd = h && await readLockAt(opts, head, path, h);
    const status = !bd ? "added" : !hd ? "removed" : "changed";
    result.files.push({ file: path, status, diff: diffLocks(bd ?? empty(hd), hd ?? empty(bd)) });
  }
  return result;
}

export { diffLocks as a, checkRevision as c, diffRevisions as d };
