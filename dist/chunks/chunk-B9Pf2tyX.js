import { createRequire } from 'node:module';
import { l as lockFormatOf } from './chunk-BtqEFqmD.js';
import { a as TomlDate, p as parse, T as TomlError } from './chunk-F7-_xG6A.js';
import { r as resolveInside } from './chunk-Dhnp4LvZ.js';
import { r as readBoundedText } from './chunk-CE2JlTQc.js';
import { i as isUserError } from './chunk-gJGdoriE.js';
import { relative, resolve, dirname, basename } from 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/locks/bom.ts
var withoutBom = (text) => text.charCodeAt(0) === 65279 ? text.slice(1) : text;

// src/locks/go-version.ts
var NUM = "(?:0|[1-9][0-9]*)";
var PRE_IDENT = "(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)";
var versionSource = (part) => `v${part(NUM)}\\.${part(NUM)}\\.${part(NUM)}(?:-${part(`${PRE_IDENT}(?:\\.${PRE_IDENT})*`)})?(?:\\+incompatible)?`;
var GO_VERSION_SOURCE = versionSource((s) => s);
var CANONICAL = new RegExp(`^${versionSource((s) => `(${s})`)}$`);
var isGoVersion = (v) => CANONICAL.test(v);
var isNum = (s) => /^[0-9]+$/.test(s);
var numKey = (digits) => String.fromCharCode(digits.length >>> 16, digits.length & 65535) + digits;
function goOrderKey(v) {
  const m = CANONICAL.exec(v);
  if (!m) return null;
  const release = numKey(m[1]) + numKey(m[2]) + numKey(m[3]);
  if (m[4] === void 0) return `${release}`;
  let key = `${release}`;
  for (const id of m[4].split(".")) key += isNum(id) ? `${numKey(id)}` : `${id}`;
  return key;
}
var PSEUDO = /^v[0-9]+\.[0-9]+\.[0-9]+-(?:[0-9A-Za-z-]+\.)*(?:0\.)?([0-9]{14})-([0-9a-f]{12})(?:\+incompatible)?$/;
var isPseudoVersion = (v) => PSEUDO.test(v) && isGoVersion(v);

// src/locks/lock-error.ts
var LockSyntaxError = class extends Error {
  constructor(error) {
    super(`${error.file}:${error.line}: ${error.message}`);
    this.error = error;
    this.name = "LockSyntaxError";
  }
  error;
};
var malformed = (file, line, message, column) => new LockSyntaxError({ code: "malformed", file, line, message, ...column ? { column } : {} });
function catchLockError(file, parse2) {
  try {
    return { ok: true, document: parse2() };
  } catch (e) {
    if (e instanceof LockSyntaxError) return { ok: false, error: e.error };
    if (isUserError(e)) return { ok: false, error: unreadable(e, file) };
    throw e;
  }
}
var unreadable = (e, file) => ({
  code: "unreadable",
  file: e.where.file ?? file,
  line: e.where.line ?? 1,
  message: e.message
});

// src/locks/go-modfile-syntax.ts
var TOKEN = /[ \t\r]+|(\/\/[^]*)|([()[\],]|=>)|("(?:[^"\\]|\\[^])*"|`[^`]*`)|((?:[^\s()[\],"`/=]|\/(?!\/)|=(?!>))+)/y;
function tokenize(text, file, line) {
  const tokens = [];
  for (let i = 0; i < text.length; i = TOKEN.lastIndex) {
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) {
      const c = text[i];
      if (c === '"' || c === "`") throw malformed(file, line, "unterminated quoted string", i + 1);
      throw malformed(file, line, `unexpected input character ${JSON.stringify(c)}`, i + 1);
    }
    if (m[1] !== void 0) return { tokens, comment: m[1].slice(2).trim() };
    if (m[2] !== void 0 || m[4] !== void 0) tokens.push(m[0]);
    else if (m[3] !== void 0) {
      try {
        tokens.push(m[3][0] === "`" ? m[3].slice(1, -1) : JSON.parse(m[3]));
      } catch {
        throw malformed(file, line, `invalid quoted string ${m[3]}`, i + 1);
      }
    }
  }
  return { tokens, comment: null };
}
var WORD = '((?:[^\\s()[\\],"`/=]|\\/(?!\\/)|=(?!>))+|[()]|=>)';
var PLAIN_LINE = new RegExp(`[ \\t\\r]*(?:${WORD}(?:[ \\t\\r]+${WORD}(?:[ \\t\\r]+${WORD})?)?)?[ \\t\\r]*(?:\\/\\/([^\\n]*))?(\\n|$)`, "y");
function lineAt(text, p, file, line) {
  PLAIN_LINE.lastIndex = p;
  const m = PLAIN_LINE.exec(text);
  if (m) {
    const tokens2 = m[1] === void 0 ? [] : m[2] === void 0 ? [m[1]] : m[3] === void 0 ? [m[1], m[2]] : [m[1], m[2], m[3]];
    return { tokens: tokens2, comment: m[4] === void 0 ? null : m[4].trim(), next: m[5] === "" ? -1 : PLAIN_LINE.lastIndex };
  }
  const nl = text.indexOf("\n", p);
  const { tokens, comment } = tokenize(nl < 0 ? text.slice(p) : text.slice(p, nl), file, line);
  return { tokens, comment, next: nl < 0 ? -1 : nl + 1 };
}
function statements(text, file) {
  const out = [];
  let block = null;
  let comments = [];
  for (let p = 0, line = 1; p >= 0; line++) {
    const { tokens, comment, next } = lineAt(text, p, file, line);
    p = next;
    if (!tokens.length) {
      if (comment !== null) comments.push(comment);
      else comments = [];
      continue;
    }
    const before = comments;
    comments = [];
    if (block) {
      if (tokens.length === 1 && tokens[0] === ")") {
        block = null;
        continue;
      }
      if (tokens.includes("(") || tokens.includes(")")) throw malformed(file, line, `unexpected parenthesis inside the ${block.verb} block`);
      out.push({ verb: block.verb, args: tokens, line, trailing: comment, before: before.length ? before : block.before });
      continue;
    }
    if (tokens[0] === ")") throw malformed(file, line, 'unexpected ")" outside a block');
    if (tokens.length === 2 && tokens[1] === "(") {
      block = { verb: tokens[0], line, before };
      continue;
    }
    if (tokens.includes("(") || tokens.includes(")")) throw malformed(file, line, "a block starts with `verb (` alone on its line");
    out.push({ verb: tokens[0], args: tokens.slice(1), line, trailing: comment, before });
  }
  if (block) throw malformed(file, block.line, `the ${block.verb} block is never closed with ")"`);
  return out;
}

// src/locks/go-mod.ts
var GO_LINE_VERSION = "[1-9][0-9]*\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?(?:[a-z]+[0-9]+)?";
var TOOLCHAIN_NAME = "default|go1(?:\\.[0-9a-z.+-]*)?(?:-[0-9A-Za-z.+-]+)?";
var GO_VERSION = new RegExp(`^${GO_LINE_VERSION}$`);
var TOOLCHAIN = new RegExp(`^(?:${TOOLCHAIN_NAME})$`);
var isLocalPath = (p) => /^(\.\.?([/\\]|$)|[/\\]|[A-Za-z]:[/\\])/.test(p);
function want(s, file, n, usage) {
  if (s.args.length !== n) throw malformed(file, s.line, `usage: ${usage}`);
}
function version(s, file, path, v) {
  if (!isGoVersion(v)) throw malformed(file, s.line, `${path}: invalid version "${v}": must be of the form v1.2.3`);
  return v;
}
function once(prev, s, file) {
  if (prev) throw malformed(file, s.line, `repeated ${s.verb} directive`);
}
function goLine(s, file) {
  want(s, file, 1, "go 1.23");
  if (!GO_VERSION.test(s.args[0])) throw malformed(file, s.line, `invalid go version "${s.args[0]}": must match 1.23, 1.23.4 or 1.24rc1`);
  return { version: s.args[0], line: s.line };
}
function toolchainLine(s, file) {
  want(s, file, 1, "toolchain go1.23.4");
  if (!TOOLCHAIN.test(s.args[0])) throw malformed(file, s.line, `invalid toolchain "${s.args[0]}": must be of the form go1.23.4 or default`);
  return { name: s.args[0], line: s.line };
}
function godebugLine(s, file) {
  want(s, file, 1, "godebug key=value");
  const eq = s.args[0].indexOf("=");
  if (eq <= 0 || /\s|,/.test(s.args[0])) throw malformed(file, s.line, `invalid godebug "${s.args[0]}": must be key=value`);
  return { key: s.args[0].slice(0, eq), value: s.args[0].slice(eq + 1), line: s.line };
}
function replaceLine(s, file) {
  const arrow = s.args.indexOf("=>");
  if (arrow < 1 || arrow > 2 || s.args.length - arrow - 1 < 1 || s.args.length - arrow - 1 > 2)
    throw malformed(file, s.line, "usage: replace module/path [v1.2.3] => other/module v1.4.5 | ../local/dir");
  const [oldPath, oldVersion] = s.args.slice(0, arrow);
  const [newPath, newVersion] = s.args.slice(arrow + 1);
  const local = isLocalPath(newPath);
  if (local && newVersion) throw malformed(file, s.line, `replacement directory ${newPath} takes no version`);
  if (!local && !newVersion) throw malformed(file, s.line, `replacement module ${newPath} needs a version (or give a directory as ./dir)`);
  return {
    old: { path: oldPath, ...oldVersion ? { version: version(s, file, oldPath, oldVersion) } : {} },
    new: { path: newPath, ...newVersion ? { version: version(s, file, newPath, newVersion) } : {} },
    local,
    line: s.line
  };
}
function retractLine(s, file) {
  const a = s.args;
  const rationale = [...s.before, ...s.trailing ? [s.trailing] : []].join("\n");
  if (a.length === 1) return { low: version(s, file, "retract", a[0]), high: a[0], rationale, line: s.line };
  if (a.length === 5 && a[0] === "[" && a[2] === "," && a[4] === "]")
    return { low: version(s, file, "retract", a[1]), high: version(s, file, "retract", a[3]), rationale, line: s.line };
  throw malformed(file, s.line, "usage: retract v1.2.3 | retract [v1.2.0, v1.2.9]");
}
var deprecation = (comments) => {
  if (!comments.length) return null;
  const text = comments.join("\n");
  const m = /(?:^|\n\n)Deprecated: ([\s\S]*?)(?:\n\n|$)/.exec(text);
  return m ? m[1].replace(/\n/g, " ").trim() : null;
};
function sharedDirective(doc, s, file) {
  switch (s.verb) {
    case "go":
      once(doc.go, s, file);
      doc.go = goLine(s, file);
      return true;
    case "toolchain":
      once(doc.toolchain, s, file);
      doc.toolchain = toolchainLine(s, file);
      return true;
    case "godebug":
      doc.godebug.push(godebugLine(s, file));
      return true;
    case "replace":
      doc.replace.push(replaceLine(s, file));
      return true;
    default:
      return false;
  }
}
var isIndirect = (c) => c !== null && (c === "indirect" || c.startsWith("indirect;"));
var NO_HASHES = Object.freeze([]);
var requirement = (name, version2, indirect, line) => ({
  name,
  version: version2,
  direct: !indirect,
  indirect,
  pseudo: version2.includes("-") && isPseudoVersion(version2),
  hashes: NO_HASHES,
  source: null,
  markers: null,
  line
});
var emptyGoMod = (file) => ({
  ecosystem: "go",
  format: "go.mod",
  file,
  module: null,
  go: null,
  toolchain: null,
  godebug: [],
  packages: [],
  replace: [],
  exclude: [],
  retract: [],
  tool: [],
  ignore: []
});
function parseGoModStatements(text, file) {
  const doc = emptyGoMod(file);
  for (const s of statements(text, file)) {
    if (sharedDirective(doc, s, file)) continue;
    switch (s.verb) {
      case "module":
        once(doc.module, s, file);
        want(s, file, 1, "module module/path");
        doc.module = { path: s.args[0], deprecated: deprecation([...s.before, ...s.trailing ? [s.trailing] : []]), line: s.line };
        break;
      case "require": {
        want(s, file, 2, "require module/path v1.2.3");
        const name = s.args[0];
        doc.packages.push(requirement(name, version(s, file, name, s.args[1]), isIndirect(s.trailing), s.line));
        break;
      }
      case "exclude":
        want(s, file, 2, "exclude module/path v1.2.3");
        doc.exclude.push({ path: s.args[0], version: version(s, file, s.args[0], s.args[1]), line: s.line });
        break;
      case "retract":
        doc.retract.push(retractLine(s, file));
        break;
      case "tool":
      case "ignore":
        want(s, file, 1, `${s.verb} path`);
        doc[s.verb].push({ path: s.args[0], line: s.line });
        break;
      default:
        throw malformed(file, s.line, `unknown directive: ${s.verb}`);
    }
  }
  if (!doc.module) throw malformed(file, 1, "no module directive: a go.mod starts with `module path`");
  if (!doc.replace.length) return doc;
  const replaced = new Map(doc.replace.map((r) => [r.old.version ? `${r.old.path}@${r.old.version}` : r.old.path, r]));
  for (const p of doc.packages) {
    const r = replaced.get(`${p.name}@${p.version}`) ?? replaced.get(p.name);
    if (r) p.source = r.new.version ? `${r.new.path}@${r.new.version}` : r.new.path;
  }
  return doc;
}
var PATH = "((?:[A-Za-z0-9._~+-]|/(?!/))+)";
var TIDY_LINE = new RegExp(
  `(?:(\\t|require )${PATH} (${GO_VERSION_SOURCE})( // indirect)?|module ${PATH}|go (${GO_LINE_VERSION})|toolchain (${TOOLCHAIN_NAME})|(require \\()|(\\)))?(\\n|$)`,
  "y"
);
function readTidyGoMod(text, file) {
  const doc = emptyGoMod(file);
  let inBlock = false;
  for (let p = 0, line = 1; ; line++) {
    TIDY_LINE.lastIndex = p;
    const m = TIDY_LINE.exec(text);
    if (!m) return null;
    p = TIDY_LINE.lastIndex;
    if (m[1] !== void 0) {
      if (m[1] === "	" !== inBlock) return null;
      doc.packages.push(requirement(m[2], m[3], m[4] !== void 0, line));
    } else if (m[5] !== void 0) {
      if (inBlock || doc.module) return null;
      doc.module = { path: m[5], deprecated: null, line };
    } else if (m[6] !== void 0) {
      if (inBlock || doc.go) return null;
      doc.go = { version: m[6], line };
    } else if (m[7] !== void 0) {
      if (inBlock || doc.toolchain) return null;
      doc.toolchain = { name: m[7], line };
    } else if (m[8] !== void 0 || m[9] !== void 0) {
      if (m[8] !== void 0 === inBlock) return null;
      inBlock = !inBlock;
    }
    if (m[10] === "") return inBlock || !doc.module ? null : doc;
  }
}
var parseGoModText = (text, file) => readTidyGoMod(text, file) ?? parseGoModStatements(text, file);
function parseGoWorkText(text, file) {
  const doc = { ecosystem: "go", format: "go.work", file, go: null, toolchain: null, godebug: [], use: [], replace: [], packages: [] };
  for (const s of statements(text, file)) {
    if (sharedDirective(doc, s, file)) continue;
    switch (s.verb) {
      case "use":
        want(s, file, 1, "use ./dir");
        doc.use.push({ path: s.args[0], line: s.line });
        break;
      default:
        throw malformed(file, s.line, `unknown directive: ${s.verb}`);
    }
  }
  return doc;
}
var parseGoMod = (text, file) => catchLockError(file, () => parseGoModText(text, file));
var parseGoWork = (text, file) => catchLockError(file, () => parseGoWorkText(text, file));

// src/locks/go-sum.ts
var H1 = /^h1:[A-Za-z0-9+/]{43}=$/;
var WRITTEN = /^(\S+) (\S+?)(\/go\.mod)? (h1:[A-Za-z0-9+/]{43}=)\r?$/;
function fields(raw, file, line, isVersion) {
  const m = WRITTEN.exec(raw);
  if (m && isVersion(m[2])) return [m[1], m[2], m[3] !== void 0, m[4]];
  const f = raw.trim().split(/\s+/).filter(Boolean);
  if (!f.length) return null;
  if (f.length !== 3) throw malformed(file, line, `malformed go.sum line: ${f.length} fields, want "module version h1:hash"`);
  const [name, v, hash] = f;
  const goMod = v.endsWith("/go.mod");
  const version2 = goMod ? v.slice(0, -"/go.mod".length) : v;
  if (!isVersion(version2)) throw malformed(file, line, `${name}: invalid version "${version2}"`);
  if (!/^h[0-9]+:/.test(hash) || hash.startsWith("h1:") && !H1.test(hash))
    throw malformed(file, line, `${name}@${version2}: malformed hash "${hash}", want h1: and a base64 SHA-256`);
  return [name, version2, goMod, hash];
}
var sumPackage = (name, version2, line) => ({
  name,
  version: version2,
  direct: null,
  hashes: [],
  source: null,
  markers: null,
  line,
  goModHash: null,
  goModOnly: true
});
function parseGoSumLines(text, file) {
  const byKey = /* @__PURE__ */ new Map();
  const checked = /* @__PURE__ */ new Map();
  const isVersion = (v) => checked.get(v) ?? (checked.set(v, isGoVersion(v)), checked.get(v));
  const lines = text.split("\n");
  for (let idx = 0; idx < lines.length; idx++) {
    const line = idx + 1;
    const f = fields(lines[idx], file, line, isVersion);
    if (!f) continue;
    const [name, version2, goMod, hash] = f;
    const key = `${name}@${version2}`;
    let p = byKey.get(key);
    if (!p) {
      p = sumPackage(name, version2, line);
      byKey.set(key, p);
    }
    if (goMod) p.goModHash ??= hash;
    else {
      if (!p.hashes.includes(hash)) p.hashes.push(hash);
      p.goModOnly = false;
    }
  }
  return { ecosystem: "go", format: "go.sum", file, packages: [...byKey.values()] };
}
var WRITTEN_FILE = new RegExp(`^(?:[!-~]+ ${GO_VERSION_SOURCE}(?:/go\\.mod)? h1:[A-Za-z0-9+/]+=\\n)*$`);
var H1_LENGTH = "h1:".length + 44;
function readWrittenGoSum(text, file) {
  if (!WRITTEN_FILE.test(text)) return null;
  const f = text.split(/[ \n]/);
  const byKey = /* @__PURE__ */ new Map();
  const packages = [];
  let p;
  for (let i = 0, line = 1; i + 2 < f.length; i += 3, line++) {
    const name = f[i];
    let version2 = f[i + 1];
    const hash = f[i + 2];
    if (hash.length !== H1_LENGTH) return null;
    const goMod = version2.endsWith("/go.mod");
    if (goMod) version2 = version2.slice(0, -7);
    if (!p || p.version !== version2 || p.name !== name) {
      const key = `${name}@${version2}`;
      p = byKey.get(key);
      if (!p) {
        p = sumPackage(name, version2, line);
        byKey.set(key, p);
        packages.push(p);
      }
    }
    if (goMod) p.goModHash ??= hash;
    else {
      if (!p.hashes.includes(hash)) p.hashes.push(hash);
      p.goModOnly = false;
    }
  }
  return { ecosystem: "go", format: "go.sum", file, packages };
}
var parseGoSumText = (text, file) => readWrittenGoSum(text, file) ?? parseGoSumLines(text, file);
var parseGoSum = (text, file) => catchLockError(file, () => parseGoSumText(text, file));

// src/locks/json-source.ts
var STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var SPACE = /[ \t\n\r]*/y;
function parseJsonWithLines(text, file) {
  const lines = /* @__PURE__ */ new Map();
  let i = 0;
  let counted = 0, line = 1;
  const lineAt2 = (pos) => {
    for (let k = text.indexOf("\n", counted); k >= 0 && k < pos; k = text.indexOf("\n", k + 1)) {
      line++;
      counted = k + 1;
    }
    return line;
  };
  const fail = (what) => {
    throw malformed(file, lineAt2(i), `invalid JSON: ${what}`, i - text.lastIndexOf("\n", i - 1));
  };
  const space = () => {
    SPACE.lastIndex = i;
    SPACE.exec(text);
    i = SPACE.lastIndex;
  };
  const token = (re) => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) return null;
    i = re.lastIndex;
    return m[0];
  };
  const str = () => {
    const t = token(STRING);
    return t === null ? fail("expected a string (double-quoted, control characters escaped)") : JSON.parse(t);
  };
  const expect = (c) => text[i] === c ? i++ : fail(`expected "${c}" but found ${text[i] === void 0 ? "the end" : `"${text[i]}"`}`);
  function value(path) {
    space();
    const c = text[i];
    if (c === "{") {
      i++;
      const obj = {};
      space();
      if (text[i] === "}") return i++, obj;
      for (; ; ) {
        space();
        const at = i;
        const key = str();
        lines.set(JSON.stringify([...path, key]), lineAt2(at));
        space();
        expect(":");
        obj[key] = value([...path, key]);
        space();
        if (text[i] === ",") i++;
        else return expect("}"), obj;
      }
    }
    if (c === "[") {
      i++;
      const arr = [];
      space();
      if (text[i] === "]") return i++, arr;
      for (; ; ) {
        arr.push(value([...path, String(arr.length)]));
        space();
        if (text[i] === ",") i++;
        else return expect("]"), arr;
      }
    }
    if (c === '"') return str();
    for (const [word, v2] of [
      ["true", true],
      ["false", false],
      ["null", null]
    ])
      if (text.startsWith(word, i)) return i += word.length, v2;
    const n = token(NUMBER);
    return n === null ? fail(c === void 0 ? "unexpected end" : `unexpected "${c}"`) : Number(n);
  }
  const v = value([]);
  space();
  if (i < text.length) fail(`unexpected "${text[i]}" after the document`);
  return { value: v, keyLine: (path) => lines.get(JSON.stringify(path)) ?? 1 };
}

// src/locks/pipfile-lock.ts
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function parsePipfileLockText(text, file) {
  const { value, keyLine } = parseJsonWithLines(text, file);
  if (!isObj(value) || !isObj(value._meta)) throw malformed(file, 1, 'Pipfile.lock must be an object with "_meta"');
  const meta = value._meta;
  const sources = (Array.isArray(meta.sources) ? meta.sources : []).map((s, i) => {
    if (!isObj(s) || typeof s.name !== "string" || typeof s.url !== "string")
      throw malformed(file, keyLine(["_meta", "sources"]), `_meta.sources[${i}] needs a "name" and a "url"`);
    return { name: s.name, url: s.url, verifySsl: s.verify_ssl !== false };
  });
  const indexUrl = new Map(sources.map((s) => [s.name, s.url]));
  const requires = isObj(meta.requires) ? Object.fromEntries(Object.entries(meta.requires).map(([k, v]) => [k, String(v)])) : {};
  const packages = [];
  for (const section of ["default", "develop"]) {
    const entries2 = value[section] ?? {};
    if (!isObj(entries2)) throw malformed(file, keyLine([section]), `"${section}" must be an object of packages`);
    for (const [name, e] of Object.entries(entries2)) {
      const line = keyLine([section, name]);
      if (!isObj(e)) throw malformed(file, line, `${section}.${name} must be an object`);
      const str = (k) => {
        if (e[k] === void 0) return null;
        if (typeof e[k] !== "string") throw malformed(file, keyLine([section, name, k]), `${section}.${name}.${k} must be a string`);
        return e[k];
      };
      const hashes = e.hashes ?? [];
      if (!Array.isArray(hashes) || hashes.some((h) => typeof h !== "string"))
        throw malformed(file, keyLine([section, name, "hashes"]), `${section}.${name}.hashes must be a list of strings`);
      const version2 = str("version");
      const index = str("index");
      const vcs = ["git", "hg", "svn", "bzr"].find((k) => e[k] !== void 0);
      const ref = str("ref");
      const source = vcs ? `${vcs}+${str(vcs)}${ref ? `@${ref}` : ""}` : str("path") ?? str("file") ?? (index ? indexUrl.get(index) ?? index : null);
      packages.push({
        name,
        version: version2?.startsWith("==") ? version2.replace(/^={2,3}/, "") : version2,
        direct: null,
        hashes,
        source,
        markers: str("markers"),
        line,
        section,
        editable: e.editable === true
      });
    }
  }
  const sha = isObj(meta.hash) && typeof meta.hash.sha256 === "string" ? meta.hash.sha256 : null;
  return {
    ecosystem: "pip",
    format: "Pipfile.lock",
    file,
    pipfileSha256: sha,
    pipfileSpec: typeof meta["pipfile-spec"] === "number" ? meta["pipfile-spec"] : null,
    requires,
    sources,
    packages
  };
}
var parsePipfileLock = (text, file) => catchLockError(file, () => parsePipfileLockText(text, file));

// src/locks/toml-regular.ts
var OUTSIDE = /* @__PURE__ */ Symbol("outside the regular subset");
var BARE_KEY = /[A-Za-z0-9_-]+/y;
var BASIC = /"[^"\\\x00-\x08\x0a-\x1f\x7f]*(?:\\["\\bfnrt][^"\\\x00-\x08\x0a-\x1f\x7f]*)*"/y;
var LITERAL = /'[^'\x00-\x08\x0a-\x1f\x7f]*'/y;
var INTEGER = /(?:0|-?[1-9][0-9]{0,14})(?=[ \t\r\n,\]}#]|$)/y;
var UTC_DATE_TIME = /[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?Z(?=[ \t\r\n,\]}#]|$)/y;
var BOOLEAN = /(?:true|false)(?=[ \t\r\n,\]}#]|$)/y;
var BLANK = /[ \t]*/y;
var ARRAY_VOID = /(?:[ \t]|\r?\n|#[^\x00-\x08\x0a-\x1f\x7f]*(?=\r?\n))*/y;
var LINE_TAIL = "[ \\t]*(?:#[^\\x00-\\x08\\x0a-\\x1f\\x7f]*)?(?:\\r?\\n|$)";
var LINE_END = new RegExp(LINE_TAIL, "y");
var SIMPLE_PAIR = '([A-Za-z0-9_-]+)[ \\t]*=[ \\t]*(?:"([^"\\\\\\x00-\\x08\\x0a-\\x1f\\x7f]*)"(?!")|(0|-?[1-9][0-9]{0,14}))';
var SIMPLE_ENTRY = new RegExp(`${SIMPLE_PAIR}[ \\t]*([,}])[ \\t]*`, "y");
var SIMPLE_TABLE_SOURCE = `\\{[ \\t]*${SIMPLE_PAIR}(?:[ \\t]*,[ \\t]*${SIMPLE_PAIR}(?:[ \\t]*,[ \\t]*${SIMPLE_PAIR}(?:[ \\t]*,[ \\t]*${SIMPLE_PAIR})?)?)?[ \\t]*\\}`;
var SIMPLE_TABLE = new RegExp(SIMPLE_TABLE_SOURCE, "y");
var SIMPLE_ELEMENT = new RegExp(`(?:[ \\t]|\\r?\\n)*${SIMPLE_TABLE_SOURCE}[ \\t]*(,?)`, "y");
var TABLE_LINE = new RegExp(`([A-Za-z0-9_-]+)[ \\t]*=[ \\t]*${SIMPLE_TABLE_SOURCE}${LINE_TAIL}`, "y");
var SIMPLE_LINE = new RegExp(`${SIMPLE_PAIR}${LINE_TAIL}`, "y");
var ESCAPES = { '"': '"', "\\": "\\", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
var MAX_DEPTH = 64;
function simpleTable(m, at = 1) {
  if (m[at] === "url" && m[at + 3] === "hash" && m[at + 6] === "size" && m[at + 9] === "upload-time" && m[at + 8] !== void 0 && m[at + 10] !== void 0)
    return { url: m[at + 1] ?? Number(m[at + 2]), hash: m[at + 4] ?? Number(m[at + 5]), size: Number(m[at + 8]), "upload-time": m[at + 10] };
  const t = {};
  for (let i = at; i < at + 12 && m[i] !== void 0; i += 3) {
    if (t[m[i]] !== void 0 || m[i] === "__proto__") throw OUTSIDE;
    t[m[i]] = m[i + 1] ?? Number(m[i + 2]);
  }
  return t;
}
var Reader = class {
  constructor(s) {
    this.s = s;
  }
  s;
  p = 0;
  depth = 0;
  /** Tables a header defined (`[a]`, or an entry of `[[a]]`): keys may be added under them by later headers. */
  defined = /* @__PURE__ */ new Set();
  /** Tables a header's path made on the way (`a` of `[a.b]`); defining one later is left to smol-toml. */
  implicit = /* @__PURE__ */ new Set();
  /** Arrays made by `[[...]]` headers: a header walks into their last entry. */
  arrays = /* @__PURE__ */ new Set();
  sticky(re) {
    re.lastIndex = this.p;
    return re.test(this.s) ? re.lastIndex : -1;
  }
  skip(re) {
    re.lastIndex = this.p;
    re.test(this.s);
    this.p = re.lastIndex;
  }
  key() {
    const c = this.s.charCodeAt(this.p);
    if (c === 34 || c === 39) {
      const end2 = this.sticky(c === 34 ? BASIC : LITERAL);
      const k2 = this.s.slice(this.p + 1, end2 - 1);
      if (end2 < 0 || c === 34 && k2.includes("\\")) throw OUTSIDE;
      this.p = end2;
      return k2;
    }
    const end = this.sticky(BARE_KEY);
    if (end < 0) throw OUTSIDE;
    const k = this.s.slice(this.p, end);
    this.p = end;
    return k;
  }
  /** `key =` with blanks around the `=`; a dotted key is left to smol-toml. */
  keyAssign() {
    const k = this.key();
    if (k === "__proto__") throw OUTSIDE;
    this.skip(BLANK);
    if (this.s.charCodeAt(this.p) !== 61) throw OUTSIDE;
    this.p++;
    this.skip(BLANK);
    return k;
  }
  value() {
    const s = this.s;
    const c = s.charCodeAt(this.p);
    if (c === 34) {
      const end2 = this.sticky(BASIC);
      if (end2 < 0 || end2 === this.p + 2 && s.charCodeAt(end2) === 34) throw OUTSIDE;
      let v2 = s.slice(this.p + 1, end2 - 1);
      if (v2.includes("\\")) v2 = v2.replace(/\\(.)/g, (_, e) => ESCAPES[e]);
      this.p = end2;
      return v2;
    }
    if (c === 39) {
      const end2 = this.sticky(LITERAL);
      if (end2 < 0 || end2 === this.p + 2 && s.charCodeAt(end2) === 39) throw OUTSIDE;
      const v2 = s.slice(this.p + 1, end2 - 1);
      this.p = end2;
      return v2;
    }
    if (c === 123 || c === 91) {
      if (++this.depth > MAX_DEPTH) throw OUTSIDE;
      const v2 = c === 123 ? this.inlineTable() : this.array();
      this.depth--;
      return v2;
    }
    if (c === 116 || c === 102) {
      const end2 = this.sticky(BOOLEAN);
      if (end2 < 0) throw OUTSIDE;
      this.p = end2;
      return c === 116;
    }
    if (s.charCodeAt(this.p + 4) === 45) return this.dateTime();
    const end = this.sticky(INTEGER);
    if (end < 0) throw OUTSIDE;
    const v = Number(s.slice(this.p, end));
    this.p = end;
    return v;
  }
  /** A TomlDate as smol-toml makes it (its constructor also checks the fields' ranges). */
  dateTime() {
    const end = this.sticky(UTC_DATE_TIME);
    if (end < 0) throw OUTSIDE;
    const d = new TomlDate(this.s.slice(this.p, end));
    if (!d.isValid()) throw OUTSIDE;
    this.p = end;
    return d;
  }
  /** `{ k = v, ... }` on one line, no trailing comma (TOML 1.0). */
  inlineTable() {
    SIMPLE_TABLE.lastIndex = this.p;
    const m = SIMPLE_TABLE.exec(this.s);
    if (m) {
      this.p = SIMPLE_TABLE.lastIndex;
      return simpleTable(m);
    }
    const t = {};
    this.p++;
    this.skip(BLANK);
    if (this.s.charCodeAt(this.p) === 125) {
      this.p++;
      return t;
    }
    for (; ; ) {
      SIMPLE_ENTRY.lastIndex = this.p;
      const m2 = SIMPLE_ENTRY.exec(this.s);
      if (m2) {
        if (t[m2[1]] !== void 0 || m2[1] === "__proto__") throw OUTSIDE;
        t[m2[1]] = m2[2] ?? Number(m2[3]);
        this.p = SIMPLE_ENTRY.lastIndex;
        if (m2[4] === "}") return t;
        continue;
      }
      const k = this.keyAssign();
      if (t[k] !== void 0) throw OUTSIDE;
      t[k] = this.value();
      this.skip(BLANK);
      const c = this.s.charCodeAt(this.p++);
      if (c === 125) return t;
      if (c !== 44) throw OUTSIDE;
      this.skip(BLANK);
    }
  }
  /** `[ v, ... ]` over any lines, comments between values, a trailing comma allowed. */
  array() {
    const a = [];
    this.p++;
    for (; ; ) {
      SIMPLE_ELEMENT.lastIndex = this.p;
      const m = this.depth < MAX_DEPTH ? SIMPLE_ELEMENT.exec(this.s) : null;
      if (m) {
        a.push(simpleTable(m));
        this.p = SIMPLE_ELEMENT.lastIndex;
        if (m[13]) continue;
        this.skip(ARRAY_VOID);
        const c2 = this.s.charCodeAt(this.p++);
        if (c2 === 93) return a;
        if (c2 !== 44) throw OUTSIDE;
        continue;
      }
      this.skip(ARRAY_VOID);
      if (this.s.charCodeAt(this.p) === 93) {
        this.p++;
        return a;
      }
      a.push(this.value());
      this.skip(ARRAY_VOID);
      const c = this.s.charCodeAt(this.p++);
      if (c === 93) return a;
      if (c !== 44) throw OUTSIDE;
    }
  }
  lineEnd() {
    const end = this.sticky(LINE_END);
    if (end < 0) throw OUTSIDE;
    this.p = end;
  }
  /** The dotted path of a header, up to its closing bracket. */
  headerPath() {
    const path = [];
    for (; ; ) {
      this.skip(BLANK);
      const k = this.key();
      if (k === "__proto__") throw OUTSIDE;
      path.push(k);
      this.skip(BLANK);
      if (this.s.charCodeAt(this.p) !== 46) return path;
      this.p++;
    }
  }
  /** The table a header names, made as TOML makes it; any redefinition is left to smol-toml. */
  header(root, path, isArray) {
    let t = root;
    for (let i = 0; i < path.length - 1; i++) {
      const v2 = t[path[i]];
      if (v2 === void 0) {
        const made2 = {};
        this.implicit.add(made2);
        t = t[path[i]] = made2;
      } else if (this.arrays.has(v2)) t = v2[v2.length - 1];
      else if (this.defined.has(v2) || this.implicit.has(v2)) t = v2;
      else throw OUTSIDE;
    }
    const last = path[path.length - 1];
    const v = t[last];
    const made = {};
    this.defined.add(made);
    if (!isArray) {
      if (v !== void 0) throw OUTSIDE;
      t[last] = made;
    } else if (v === void 0) {
      const list = [made];
      this.arrays.add(list);
      t[last] = list;
    } else if (this.arrays.has(v)) v.push(made);
    else throw OUTSIDE;
    return made;
  }
  document() {
    const s = this.s;
    const root = {};
    let table = root;
    while (this.p < s.length) {
      this.skip(BLANK);
      const c = s.charCodeAt(this.p);
      if (c === 91) {
        const isArray = s.charCodeAt(this.p + 1) === 91;
        this.p += isArray ? 2 : 1;
        const path = this.headerPath();
        if (s.charCodeAt(this.p) !== 93 || isArray && s.charCodeAt(this.p + 1) !== 93) throw OUTSIDE;
        this.p += isArray ? 2 : 1;
        table = this.header(root, path, isArray);
      } else if (c !== 35 && c !== 10 && c !== 13 && this.p < s.length) {
        SIMPLE_LINE.lastIndex = this.p;
        const m = SIMPLE_LINE.exec(s);
        if (m) {
          if (table[m[1]] !== void 0 || m[1] === "__proto__") throw OUTSIDE;
          table[m[1]] = m[2] ?? Number(m[3]);
          this.p = SIMPLE_LINE.lastIndex;
          continue;
        }
        TABLE_LINE.lastIndex = this.p;
        const t = TABLE_LINE.exec(s);
        if (t) {
          if (table[t[1]] !== void 0 || t[1] === "__proto__") throw OUTSIDE;
          table[t[1]] = simpleTable(t, 2);
          this.p = TABLE_LINE.lastIndex;
          continue;
        }
        const k = this.keyAssign();
        if (table[k] !== void 0) throw OUTSIDE;
        table[k] = this.value();
      }
      this.lineEnd();
    }
    return root;
  }
};
function readRegularToml(text) {
  try {
    return new Reader(text).document();
  } catch (e) {
    if (e === OUTSIDE) return null;
    throw e;
  }
}

// src/locks/toml-source.ts
function parseToml(text, file) {
  const regular = readRegularToml(text);
  if (regular) return regular;
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof TomlError) throw malformed(file, e.line, `invalid TOML: ${e.message.split("\n")[0]}`, e.column);
    throw e;
  }
}
function arrayTableLines(text, name) {
  const header = new RegExp(`\\[\\[[ \\t]*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[ \\t]*\\]\\][ \\t]*(#.*)?$`, "my");
  const multiline = /"""|'''/g;
  const out = [];
  let open = null;
  let quote = text.includes('"""') || text.includes("'''") ? multiline.exec(text) : null;
  let line = 1;
  let counted = 0;
  for (let at = text.indexOf("[["); at >= 0; at = text.indexOf("[[", at + 2)) {
    let start = at;
    while (start > 0 && (text[start - 1] === " " || text[start - 1] === "	")) start--;
    if (start > 0 && text[start - 1] !== "\n" && text[start - 1] !== "\r") continue;
    header.lastIndex = at;
    if (!header.test(text)) continue;
    while (quote && quote.index < start) {
      open = open === null ? quote[0] : open === quote[0] ? null : open;
      quote = multiline.exec(text);
    }
    if (open) continue;
    line += text.slice(counted, start).split("\n").length - 1;
    counted = start;
    out.push(line);
  }
  return out;
}
var describe = (v) => Array.isArray(v) ? "an array" : typeof v === "object" ? "a table" : `a ${typeof v}`;
var Fields = class {
  constructor(file, line, where) {
    this.file = file;
    this.line = line;
    this.where = where;
  }
  file;
  line;
  where;
  fail(key, want2, v) {
    if (v === void 0) throw malformed(this.file, this.line, `${this.where}: "${key}" is missing (${want2})`);
    throw malformed(this.file, this.line, `${this.where}: "${key}" must be ${want2}, not ${describe(v)}`);
  }
  str(t, key) {
    const v = t[key];
    return typeof v === "string" ? v : this.fail(key, "a string", v);
  }
  optStr(t, key) {
    return t[key] === void 0 ? null : this.str(t, key);
  }
  table(t, key) {
    const v = t[key];
    if (v === void 0) return null;
    return v !== null && typeof v === "object" && !Array.isArray(v) ? v : this.fail(key, "a table", v);
  }
  tables(t, key) {
    const v = t[key];
    if (v === void 0) return [];
    if (!Array.isArray(v) || v.some((x) => x === null || typeof x !== "object" || Array.isArray(x))) this.fail(key, "an array of tables", v);
    return v;
  }
  strings(t, key) {
    const v = t[key];
    if (v === void 0) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) this.fail(key, "an array of strings", v);
    return v;
  }
};
function entries(doc, text, file, name) {
  const list = new Fields(file, 1, file).tables(doc, name);
  let lines = arrayTableLines(text, name);
  if (lines.length !== list.length) {
    const key = text.split("\n").findIndex((l) => new RegExp(`^\\s*"?${name}"?\\s*=`).test(l));
    lines = list.map(() => key + 1 || 1);
  }
  return list.map((entry, i) => ({ entry, line: lines[i] }));
}

// src/locks/poetry-lock.ts
function sourceOf(f, src) {
  if (!src) return null;
  const type = f.optStr(src, "type"), url = f.optStr(src, "url");
  if (type === "git") return `git+${url}@${f.optStr(src, "resolved_reference") ?? f.optStr(src, "reference") ?? ""}`;
  return url;
}
function markersOf(f, pkg) {
  if (pkg.markers === void 0) return null;
  if (typeof pkg.markers === "string") return pkg.markers;
  const byGroup = [...new Set(Object.keys(f.table(pkg, "markers")).map((g) => f.str(f.table(pkg, "markers"), g)))];
  return byGroup.length === 1 ? byGroup[0] : byGroup.map((m) => `(${m})`).join(" or ");
}
function parsePoetryLockText(text, file) {
  const doc = parseToml(text, file);
  const top = new Fields(file, 1, "poetry.lock");
  const meta = top.table(doc, "metadata") ?? {};
  const packages = entries(doc, text, file, "package").map(({ entry, line }) => {
    const f = new Fields(file, line, "package");
    return {
      name: f.str(entry, "name"),
      version: f.str(entry, "version"),
      direct: null,
      hashes: f.tables(entry, "files").map((x) => f.str(x, "hash")),
      source: sourceOf(f, f.table(entry, "source")),
      markers: markersOf(f, entry),
      line,
      groups: f.strings(entry, "groups"),
      optional: entry.optional === true,
      dependencies: Object.keys(f.table(entry, "dependencies") ?? {})
    };
  });
  const generated = /^# This file is automatically @generated by (.+?) and should not be changed by hand\./m.exec(text);
  return {
    ecosystem: "pip",
    format: "poetry.lock",
    file,
    generatedBy: generated?.[1] ?? null,
    lockVersion: top.optStr(meta, "lock-version"),
    pythonVersions: top.optStr(meta, "python-versions"),
    contentHash: top.optStr(meta, "content-hash"),
    packages
  };
}
var parsePoetryLock = (text, file) => catchLockError(file, () => parsePoetryLockText(text, file));

// src/locks/layout-scan.ts
var PLAIN_STRING = String.raw`[^"\\\x00-\x1f\x7f]*`;
var INT = "(?:0|[1-9][0-9]{0,14})";
var hexDigits = (end) => String.raw`(?=[0-f]+${end})[^:-\`g-\uffff]+`;
function newlines(s) {
  let n = 0;
  for (let at = s.indexOf("\n"); at >= 0; at = s.indexOf("\n", at + 1)) n++;
  return n;
}
function headerBlocks(text, header) {
  const parts = text.split(header);
  const blocks = [];
  let line = newlines(parts[0]) + 2;
  let at = parts[0].length + header.length;
  for (let i = 1; i < parts.length; i++) {
    blocks.push({ body: parts[i], at, line });
    line += newlines(parts[i]) + 2;
    at += parts[i].length + header.length;
  }
  return { top: parts[0], blocks };
}
function inTextBlock(body, header) {
  const re = new RegExp(`${body}\\n*(?=${header.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}|$)`, "y");
  return (text, at) => {
    re.lastIndex = at;
    return re.exec(text);
  };
}

// src/locks/pylock-scan.ts
var HEADER = "\n[[packages]]\n";
var S = PLAIN_STRING;
var DATE_TIME = String.raw`[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?Z`;
var HEX = hexDigits('"');
var FILE = String.raw`\{ (?:name = "${S}", )?url = "${S}"(?:, upload-time = ${DATE_TIME})?(?:, size = ${INT})?, hashes = \{ sha256 = "${HEX}" \} \}`;
var BLOCK = inTextBlock(
  String.raw`name = "(${S})"\n(?:version = "(${S})"\n)?(?:marker = "(${S})"\n)?(?:index = "(${S})"\n)?` + String.raw`(?:sdist = ${FILE}\n)?(?:wheels = \[${FILE}\]\n|wheels = \[\n(?: {4}${FILE},\n)+\]\n)?`,
  HEADER
);
var TOP = inTextBlock(
  String.raw`(?:#[^\x00-\x08\x0a-\x1f\x7f]*\n)*lock-version = "(${S})"\n(?:created-by = "(${S})"\n)?(?:requires-python = "(${S})"\n)?`,
  HEADER
);
var BEFORE_HASH = 'sha256 = "';
var HEX_LENGTH = 64;
function scanPylock(text, file) {
  const { blocks } = headerBlocks(text, HEADER);
  const top = TOP(text, 0);
  if (!top || !/^1(\.[0-9]+)?$/.test(top[1])) return null;
  const packages = [];
  for (const block of blocks) {
    const m = BLOCK(text, block.at);
    if (!m) return null;
    const parts = block.body.split(BEFORE_HASH);
    const hashes = [];
    for (let j = 1; j < parts.length; j++) {
      if (parts[j].charCodeAt(HEX_LENGTH) !== 34) return null;
      hashes.push(`sha256:${parts[j].slice(0, HEX_LENGTH)}`);
    }
    packages.push({ name: m[1], version: m[2] ?? null, direct: null, hashes, source: m[4] ?? null, markers: m[3] ?? null, line: block.line });
  }
  return {
    ecosystem: "pip",
    format: "pylock.toml",
    file,
    lockVersion: top[1],
    createdBy: top[2] ?? null,
    requiresPython: top[3] ?? null,
    environments: [],
    packages
  };
}

// src/locks/pylock.ts
function hashesOf(f, artifact) {
  const h = artifact ? f.table(artifact, "hashes") : null;
  return h ? Object.keys(h).map((alg) => `${alg}:${f.str(h, alg)}`) : [];
}
function sourceOf2(f, pkg) {
  const vcs = f.table(pkg, "vcs");
  if (vcs) return `${f.optStr(vcs, "type") ?? "vcs"}+${f.optStr(vcs, "url") ?? f.optStr(vcs, "path")}@${f.optStr(vcs, "commit-id") ?? ""}`;
  const dir = f.table(pkg, "directory");
  if (dir) return f.str(dir, "path");
  const archive = f.table(pkg, "archive");
  if (archive) return f.optStr(archive, "url") ?? f.optStr(archive, "path");
  return f.optStr(pkg, "index");
}
function readPylockToml(text, file) {
  const doc = parseToml(text, file);
  const top = new Fields(file, 1, "pylock.toml");
  const lockVersion = top.optStr(doc, "lock-version");
  if (!lockVersion) throw malformed(file, 1, 'pylock.toml needs "lock-version" (PEP 751)');
  if (!/^1(\.[0-9]+)?$/.test(lockVersion)) throw malformed(file, 1, `lock-version "${lockVersion}" is not one this reader knows (1.x)`);
  const packages = entries(doc, text, file, "packages").map(({ entry, line }) => {
    const f = new Fields(file, line, "packages");
    return {
      name: f.str(entry, "name"),
      version: f.optStr(entry, "version"),
      direct: null,
      hashes: [...hashesOf(f, f.table(entry, "sdist")), ...f.tables(entry, "wheels").flatMap((w) => hashesOf(f, w)), ...hashesOf(f, f.table(entry, "archive"))],
      source: sourceOf2(f, entry),
      markers: f.optStr(entry, "marker"),
      line
    };
  });
  return {
    ecosystem: "pip",
    format: "pylock.toml",
    file,
    lockVersion,
    createdBy: top.optStr(doc, "created-by"),
    requiresPython: top.optStr(doc, "requires-python"),
    environments: top.strings(doc, "environments"),
    packages
  };
}
var parsePylockText = (text, file) => scanPylock(text, file) ?? readPylockToml(text, file);
var parsePylock = (text, file) => catchLockError(file, () => parsePylockText(text, file));

// src/locks/pep508.ts
var NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;
var EXTRAS = /^\[\s*([^\]]*)\]\s*/;
var SPEC = /^(~=|===|==|!=|<=|>=|<|>)\s*([A-Za-z0-9_.*+!-]+)$/;
var ARCHIVE = String.raw`\.(whl|zip|tar\.gz|tar\.bz2)`;
var URLISH = new RegExp(String.raw`^([a-z][a-z0-9+.-]*:\/\/|[a-z]+\+[a-z]+:|file:|\.|[^\s;@<>=!~[]*[/\\]|\S+${ARCHIVE}(\s|;|$))`, "i");
var EXTRA_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
var NORMAL_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var pipName = (name) => NORMAL_NAME.test(name) ? name : name.toLowerCase().replace(/[-_.]+/g, "-");
function nameFromUrl(url) {
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url);
  if (egg) return { name: egg[1], version: null };
  const file = url.split(/[?#]/)[0].split("/").pop() ?? "";
  const wheel = /^([A-Za-z0-9_.]+)-([^-]+)(-[^-]+)?-[^-]+-[^-]+-[^-]+\.whl$/.exec(file);
  if (wheel) return { name: wheel[1], version: wheel[2] };
  const sdist = /^([A-Za-z0-9_.-]+?)-([0-9][^-]*)\.(tar\.gz|zip|tar\.bz2)$/.exec(file);
  if (sdist) return { name: sdist[1], version: sdist[2] };
  return { name: null, version: null };
}
var PIN = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)==([A-Za-z0-9_.+!-]+)$/;
var ARCHIVE_END = new RegExp(`${ARCHIVE}$`, "i");
function parseRequirement(text) {
  const pin = PIN.exec(text);
  if (pin && !ARCHIVE_END.test(pin[2])) return { name: pin[1], extras: [], specifier: `==${pin[2]}`, pinned: pin[2], url: null, markers: null };
  const t = text.trim();
  if (URLISH.test(t)) {
    const [url, markers2] = t.split(/\s+;\s*/, 2);
    const { name, version: version2 } = nameFromUrl(url);
    return { name: name ?? url, extras: [], specifier: "", pinned: version2, url, markers: markers2?.trim() || null };
  }
  const n = NAME.exec(t);
  if (!n) return { error: `"${t}" is not a requirement: a project name comes first` };
  let rest = t.slice(n[0].length);
  let extras = [];
  const e = EXTRAS.exec(rest);
  if (e) {
    extras = e[1].split(",").map((x) => x.trim()).filter(Boolean);
    const bad = extras.find((x) => !EXTRA_NAME.test(x));
    if (bad) return { error: `invalid extra "${bad}" in ${n[1]}` };
    rest = rest.slice(e[0].length);
  } else if (rest.startsWith("[")) return { error: `unclosed "[" in the extras of ${n[1]}` };
  if (rest.startsWith("@")) {
    const m = /^@\s*(\S+)(?:\s+;\s*(.*))?$/.exec(rest);
    if (!m) return { error: `${n[1]}: "@" must be followed by a URL, then optionally " ; markers"` };
    return { name: n[1], extras, specifier: "", pinned: null, url: m[1], markers: m[2]?.trim() || null };
  }
  const semi = rest.indexOf(";");
  let spec = (semi < 0 ? rest : rest.slice(0, semi)).trim();
  const markers = semi < 0 ? null : rest.slice(semi + 1).trim();
  if (markers === "") return { error: `${n[1]}: ";" with no markers after it` };
  if (spec.startsWith("(") && spec.endsWith(")")) spec = spec.slice(1, -1).trim();
  const parts = spec ? spec.split(",").map((s) => s.trim()) : [];
  for (const p of parts) {
    const m = SPEC.exec(p);
    if (!m) return { error: `${n[1]}: invalid version specifier "${p}" (use ==, !=, <=, >=, <, >, ~= or ===, then a version)` };
    if (m[2].includes("*") && m[1] !== "==" && m[1] !== "!=") return { error: `${n[1]}: "${p}": a wildcard only goes with == or !=` };
  }
  const single = parts.length === 1 ? SPEC.exec(parts[0]) : null;
  const pinned = single && (single[1] === "===" || single[1] === "==" && !single[2].includes("*")) ? single[2] : null;
  return { name: n[1], extras, specifier: parts.join(","), pinned, url: null, markers };
}

// src/locks/requirement-entry.ts
function viaComment(c) {
  const via = /^\s*via(?:\s+(.*))?$/.exec(c);
  if (!via) return null;
  const names = via[1];
  if (!names) return { names: [], open: true };
  if (!names.includes(",")) return { names: [names.trim()], open: false };
  return {
    names: names.split(/,\s*/).map((s) => s.trim()).filter(Boolean),
    open: false
  };
}
function requirementEntry(r, text, hashes, line, via, editable, file) {
  const direct = !via.length || via.some((v) => v.startsWith("-r ") || v.startsWith("-c ") || v.endsWith(")"));
  const entry = {
    name: r.name,
    version: r.pinned,
    direct,
    hashes,
    source: r.url,
    markers: r.markers,
    line,
    text,
    extras: r.extras,
    specifier: r.specifier,
    url: r.url,
    editable,
    via
  };
  if (file) entry.file = file;
  return entry;
}

// src/locks/requirements-written.ts
var WORD2 = "[^\\s\\\\#-][^\\s\\\\#]*";
var HEADER2 = /(?:#[^\n]*\n|\n)*/y;
var BETWEEN = /(?:#(?:[ \t](?!via\s)\S[^\n]*)?\n|\n)*/y;
var HEX2 = hexDigits("[ \\n]");
var VIA_LINES = "(?: {4}# via\\n((?: {4}# {3}(?!via\\s)\\S(?:[^\\n]*\\S)?\\n)*)| {4}# (via [^\\n]*)\\n)";
var BLOCK2 = new RegExp(`(${WORD2}(?: ${WORD2})*)((?: \\\\\\n {4}--hash=sha256:${HEX2})*)\\n${VIA_LINES}?`, "y");
var BEFORE_NAME = "\n    #   ";
var BEFORE_HASH2 = " \\\n    --hash=";
var SHA256_LENGTH = "sha256:".length + 64;
function readWrittenRequirements(text, file) {
  if (text.includes("\r")) return null;
  const doc = { ecosystem: "pip", format: "requirements.txt", file, packages: [], constraints: [], includes: [], options: [] };
  let line = 1;
  let p = 0;
  const skipping = (skip) => {
    skip.lastIndex = p;
    skip.exec(text);
    if (skip.lastIndex > p) line += text.slice(p, skip.lastIndex).split("\n").length - 1;
    p = skip.lastIndex;
  };
  skipping(HEADER2);
  while (p < text.length) {
    BLOCK2.lastIndex = p;
    const m = BLOCK2.exec(text);
    if (!m) return null;
    p = BLOCK2.lastIndex;
    const r = parseRequirement(m[1]);
    if ("error" in r) return null;
    const hashes = m[2] ? m[2].slice(BEFORE_HASH2.length).split(BEFORE_HASH2) : [];
    for (let i = 0; i < hashes.length; i++) if (hashes[i].length !== SHA256_LENGTH) return null;
    const at = line;
    line += 1 + hashes.length;
    let via = [];
    if (m[3] !== void 0) {
      if (m[3]) via = m[3].slice(BEFORE_NAME.length - 1, -1).split(BEFORE_NAME);
      line += 1 + via.length;
    } else if (m[4] !== void 0) {
      via = viaComment(m[4]).names;
      line++;
    }
    doc.packages.push(requirementEntry(r, m[1], hashes, at, via, false));
    skipping(BETWEEN);
  }
  return doc;
}

// src/locks/requirements.ts
var VALUED = /* @__PURE__ */ new Map([
  ["-r", "requirement"],
  ["--requirement", "requirement"],
  ["-c", "constraint"],
  ["--constraint", "constraint"],
  ["-e", "editable"],
  ["--editable", "editable"],
  ["-i", "index-url"],
  ["--index-url", "index-url"],
  ["--extra-index-url", "extra-index-url"],
  ["-f", "find-links"],
  ["--find-links", "find-links"],
  ["--only-binary", "only-binary"],
  ["--no-binary", "no-binary"],
  ["--trusted-host", "trusted-host"],
  ["--use-feature", "use-feature"],
  ["--hash", "hash"],
  ["--global-option", "global-option"],
  ["-C", "config-settings"],
  ["--config-settings", "config-settings"]
]);
var FLAGS = /* @__PURE__ */ new Map([
  ["--no-index", "no-index"],
  ["--pre", "pre"],
  ["--prefer-binary", "prefer-binary"],
  ["--require-hashes", "require-hashes"]
]);
var PER_REQUIREMENT = /* @__PURE__ */ new Set(["hash", "global-option", "config-settings"]);
var MAX_FILES = 64;
var HASH = /^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128}|sha224:[0-9a-f]{56}|sha1:[0-9a-f]{40}|md5:[0-9a-f]{32})$/;
var COMMENT = /(^|\s+)#.*$/;
var URL_REF = /^[a-z][a-z0-9+.-]*:\/\//i;
function logicalLines(text) {
  const out = [];
  let parts = [];
  let first = 0;
  let inVia = false;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, idx) => {
    const n = idx + 1;
    const comment = /^\s*#\s?(.*)$/.exec(raw);
    if (comment && out.length && !parts.length) {
      const c = comment[1];
      const via = viaComment(c);
      if (via) {
        inVia = via.open;
        out[out.length - 1].via.push(...via.names);
        return;
      }
      if (inVia && /^\s{2,}\S/.test(c)) return void out[out.length - 1].via.push(c.trim());
    }
    inVia = false;
    if (raw.endsWith("\\") && !COMMENT.test(raw)) {
      if (!parts.length) first = n;
      parts.push(raw.slice(0, -1));
      return;
    }
    const joined = parts.length ? [...parts, raw].join("") : raw;
    const at = parts.length ? first : n;
    parts = [];
    const t = joined.replace(COMMENT, "").trim();
    if (t) out.push({ text: t, line: at, via: [] });
  });
  if (parts.length) {
    const t = parts.join("").replace(COMMENT, "").trim();
    if (t) out.push({ text: t, line: first, via: [] });
  }
  return out;
}
function options(tokens, file, line) {
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const eq = tok.startsWith("--") ? tok.indexOf("=") : -1;
    const flag = eq > 0 ? tok.slice(0, eq) : !tok.startsWith("--") && tok.length > 2 ? tok.slice(0, 2) : tok;
    const attached = eq > 0 ? tok.slice(eq + 1) : flag !== tok ? tok.slice(2) : null;
    if (FLAGS.has(flag)) {
      if (attached !== null) throw malformed(file, line, `option ${flag} takes no value`);
      out.push([FLAGS.get(flag), null]);
    } else if (VALUED.has(flag)) {
      const value = attached ?? tokens[++i];
      if (value === void 0 || value === "") throw malformed(file, line, `option ${flag} needs a value`);
      out.push([VALUED.get(flag), value]);
    } else if (tok.startsWith("-")) throw malformed(file, line, `unknown option ${tok}`);
    else throw malformed(file, line, `unexpected "${tok}" among the options`);
  }
  return out;
}
var Reader2 = class {
  constructor(file, opts) {
    this.opts = opts;
    this.doc = { ecosystem: "pip", format: "requirements.txt", file, packages: [], constraints: [], includes: [], options: [] };
  }
  opts;
  doc;
  files = 0;
  shown(abs) {
    const ws = this.opts.workspace;
    return ws ? relative(resolve(ws), abs) : abs;
  }
  read(text, file, chain, constraint) {
    const max = this.opts.maxFiles ?? MAX_FILES;
    if (++this.files > max) throw this.limit(file, `more than ${max} requirements files`);
    const own = file === this.doc.file ? void 0 : file;
    for (const l of logicalLines(text)) {
      const tokens = l.text.split(/\s+/);
      const firstOpt = tokens.findIndex((t) => t.startsWith("-"));
      const reqTokens = firstOpt < 0 ? tokens : tokens.slice(0, firstOpt);
      const opts = firstOpt < 0 ? [] : options(tokens.slice(firstOpt), file, l.line);
      const line = [];
      const hashes = [];
      let requirement2 = reqTokens.join(" ");
      let editable = false;
      for (const [name, value] of opts) {
        if (name === "hash") {
          if (!HASH.test(value)) throw malformed(file, l.line, `--hash=${value}: want algorithm:hexdigest, such as sha256:<64 hex digits>`);
          hashes.push(value);
        } else if (name === "editable") {
          if (requirement2) throw malformed(file, l.line, `-e takes the requirement itself, not "${requirement2}" before it`);
          requirement2 = value;
          editable = true;
        } else if (name === "requirement" || name === "constraint") this.include(name, value, file, l.line, chain, constraint || name === "constraint");
        else if (!PER_REQUIREMENT.has(name)) line.push({ name, value, file, line: l.line });
      }
      if (!requirement2) {
        if (hashes.length || opts.some(([n]) => n === "global-option" || n === "config-settings"))
          throw malformed(file, l.line, "--hash and per-requirement options go on a requirement line");
        this.doc.options.push(...line);
        continue;
      }
      if (line.length) throw malformed(file, l.line, `option --${line[0].name} goes on a line of its own, not after a requirement`);
      const r = parseRequirement(requirement2);
      if ("error" in r) throw malformed(file, l.line, r.error);
      if (editable && !r.url) r.url = requirement2;
      (constraint ? this.doc.constraints : this.doc.packages).push(requirementEntry(r, requirement2, hashes, l.line, l.via, editable, own));
    }
  }
  limit(file, what) {
    return new LockSyntaxError({ code: "include_limit", file, line: 1, message: `${what}: the includes are bounded` });
  }
  include(kind, ref, file, line, chain, constraint) {
    const entry = { kind, ref, resolved: null, file, line };
    this.doc.includes.push(entry);
    const ws = this.opts.workspace;
    if (URL_REF.test(ref) || !ws) return;
    const label = `${kind === "requirement" ? "-r" : "-c"} include`;
    const abs = resolveInside(ws, ref, { label, base: dirname(resolve(ws, file)), where: { file, line } });
    if (chain.includes(abs)) {
      throw new LockSyntaxError({
        code: "include_cycle",
        file,
        line,
        message: `-${kind[0]} ${ref} includes ${this.shown(abs)} again: the includes form a cycle`
      });
    }
    if (chain.length >= (this.opts.maxDepth ?? 16))
      throw new LockSyntaxError({ code: "include_limit", file, line, message: `includes nested deeper than ${this.opts.maxDepth ?? 16}` });
    const shown = this.shown(abs);
    entry.resolved = shown;
    const text = withoutBom(readBoundedText(abs, { label, where: { file, line } }));
    this.read(text, shown, [...chain, abs], constraint);
  }
};
var chainOf = (file, opts) => opts.workspace ? [resolveInside(opts.workspace, file, { label: "requirements file" })] : [];
function readLines(text, file, opts, chain) {
  const reader = new Reader2(file, opts);
  reader.read(text, file, chain, false);
  return reader.doc;
}
function parseRequirementsText(text, file, opts = {}) {
  const chain = chainOf(file, opts);
  return ((opts.maxFiles ?? MAX_FILES) >= 1 ? readWrittenRequirements(text, file) : null) ?? readLines(text, file, opts, chain);
}
var parseRequirements = (text, file, opts = {}) => catchLockError(file, () => parseRequirementsText(text, file, opts));

// src/locks/uv-entries.ts
function sourceOf3(kind, where) {
  if (typeof where !== "string") return { text: null, root: false };
  if (kind === "git") return { text: `git+${where}`, root: false };
  return { text: where, root: (kind === "virtual" || kind === "editable") && where === "." };
}
function uvTop(doc, file) {
  const top = new Fields(file, 1, "uv.lock");
  const manifest = top.table(doc, "manifest");
  const members = new Set((manifest ? top.strings(manifest, "members") : []).map(pipName));
  const out = {
    ecosystem: "pip",
    format: "uv.lock",
    file,
    version: typeof doc.version === "number" ? doc.version : null,
    revision: typeof doc.revision === "number" ? doc.revision : null,
    requiresPython: top.optStr(doc, "requires-python"),
    members: [],
    packages: []
  };
  if (out.version === null) throw malformed(file, 1, 'uv.lock has no "version" number at the top: not a uv lock');
  return { out, members };
}
function withEntries(out, members, list) {
  const roots = [];
  const keys = [];
  for (const e of list) {
    const key = pipName(e.name);
    if (members.has(key) || e.source.root) {
      out.members.push({ name: e.name, version: e.version(), line: e.line });
      roots.push(...e.deps);
      continue;
    }
    const { hashes, markers } = e.files();
    out.packages.push({
      name: e.name,
      version: e.version(),
      direct: false,
      hashes,
      source: e.source.text,
      markers: markers.length ? markers.map((m) => `(${m})`).join(" or ") : null,
      line: e.line,
      dependencies: e.deps
    });
    keys.push(key);
  }
  const direct = new Set(roots.map(pipName));
  for (let i = 0; i < out.packages.length; i++) out.packages[i].direct = direct.has(keys[i]);
  return out;
}
function pushNew(names, list) {
  for (let i = 0; i < list.length; i++) if (!names.includes(list[i])) names.push(list[i]);
}
function dependencyNames(f, pkg) {
  const names = [];
  const push = (list) => pushNew(
    names,
    list.map((t) => f.str(t, "name"))
  );
  push(f.tables(pkg, "dependencies"));
  for (const key of ["optional-dependencies", "dev-dependencies"]) {
    const groups = f.table(pkg, key);
    if (groups) for (const g of Object.keys(groups)) push(f.tables(groups, g));
  }
  return names;
}
function entryOf(entry, line, file) {
  const f = new Fields(file, line, "package");
  const name = f.str(entry, "name");
  const src = f.table(entry, "source");
  const [kind, where] = src ? Object.entries(src)[0] ?? [] : [];
  return {
    name,
    source: sourceOf3(kind, where),
    deps: dependencyNames(f, entry),
    version: () => f.optStr(entry, "version"),
    line,
    files: () => {
      const sdist = f.table(entry, "sdist");
      const hashes = sdist?.hash ? [f.str(sdist, "hash")] : [];
      const wheels = f.tables(entry, "wheels");
      for (let i = 0; i < wheels.length; i++) if (wheels[i].hash) hashes.push(f.str(wheels[i], "hash"));
      return { hashes, markers: f.strings(entry, "resolution-markers") };
    }
  };
}

// src/locks/uv-scan.ts
var HEADER3 = "\n[[package]]\n";
var S2 = PLAIN_STRING;
var FILE2 = (hash) => String.raw`\{ url = "${S2}", hash = "${hash}", size = ${INT}(?:, upload-time = "${S2}")? \}`;
var DEP = String.raw`\{ name = "${S2}"(?:, version = "${S2}")?(?:, source = \{ [a-z]+ = "${S2}" \})?(?:, extra = \["${S2}"(?:, "${S2}")*\])?(?:, marker = "${S2}")? \}`;
var DEPS = String.raw`(?:    ${DEP},\n)+`;
var REQ = String.raw`\{ name = "${S2}"(?:, extras = \["${S2}"(?:, "${S2}")*\])?(?:, marker = "${S2}")?(?:, specifier = "${S2}")? \}`;
var KEY = "[A-Za-z0-9_-]+";
var BLOCK3 = inTextBlock(
  String.raw`name = "(${S2})"\n` + String.raw`(?:version = "(${S2})"\n)?` + String.raw`source = \{ ([a-z]+) = "(${S2})" \}\n` + String.raw`(?:resolution-markers = \[\n((?:    "${S2}",\n)+)\]\n)?` + String.raw`(?:dependencies = \[\n(${DEPS})\]\n)?` + String.raw`(?:sdist = ${FILE2(`(${S2})`)}\n)?` + String.raw`(?:wheels = \[\n((?:    ${FILE2(S2)},\n)+)\]\n)?` + String.raw`((?:\n\[package\.(?:optional|dev)-dependencies\]\n(?:${KEY} = \[\n${DEPS}\]\n)+)*)` + String.raw`(?:\n\[package\.metadata\]\n(?:requires-dist = \[\n(?:    ${REQ},\n)+\]\n)?(?:provides-extras = \["${S2}"(?:, "${S2}")*\]\n)?` + String.raw`(?:\n\[package\.metadata\.requires-dev\]\n((?:${KEY} = \[(?:${REQ}(?:, ${REQ})*)?\]\n|${KEY} = \[\n(?:    ${REQ},\n)+\]\n)+))?)?`,
  HEADER3
);
var TOP2 = inTextBlock(
  String.raw`version = (${INT})\n(?:revision = (${INT})\n)?(?:requires-python = "(${S2})"\n)?` + String.raw`(?:resolution-markers = \[\n(?:    "${S2}",\n)+\]\n)?` + String.raw`(?:\n\[options\]\n((?:${KEY} = "${S2}"\n)+))?` + String.raw`(?:\n\[manifest\]\nmembers = \[\n((?:    "${S2}",\n)+)\]\n)?`,
  HEADER3
);
var DEP_NAMES = /(?<=^ {4}\{ name = ")[^"]*/gm;
var BEFORE_HASH3 = '", hash = "';
var STRINGS = /(?<=^ {4}")[^"]*/gm;
var GROUP_KEYS = new RegExp(`^${KEY}(?= = \\[)`, "gm");
var OPTION_KEYS = new RegExp(`^${KEY}`, "gm");
var SECTION_LINE = new RegExp(String.raw`^\[package\.(optional|dev)-dependencies\]$|^(${KEY}) = \[$|^ {4}\{ name = "([^"]*)"`, "gm");
var distinct = (keys) => new Set(keys).size === keys.length;
function sectionNames(text) {
  const lists = { optional: [], dev: [] };
  let section = null;
  let keys = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(SECTION_LINE)) {
    if (m[1]) {
      if (lists[m[1]].length) return null;
      section = lists[m[1]];
      keys = /* @__PURE__ */ new Set();
    } else if (m[2]) {
      if (keys.has(m[2]) || /^[0-9]+$/.test(m[2]) || m[2] in Object.prototype) return null;
      keys.add(m[2]);
      section.push([]);
    } else section[section.length - 1].push(m[3]);
  }
  return [...lists.optional, ...lists.dev];
}
function layoutEntry(text, { at, line }) {
  const m = BLOCK3(text, at);
  if (!m) return null;
  const [, name, version2, kind, where, markers, deps, sdistHash, wheels, sections, devGroups] = m;
  if (devGroups && !distinct(devGroups.match(GROUP_KEYS))) return null;
  const names = [];
  if (deps) pushNew(names, deps.match(DEP_NAMES));
  if (sections) {
    const groups = sectionNames(sections);
    if (!groups) return null;
    for (const g of groups) pushNew(names, g);
  }
  return {
    name,
    version: () => version2 ?? null,
    source: sourceOf3(kind, where),
    deps: names,
    line,
    files: () => ({ hashes: (sdistHash ? [sdistHash] : []).concat(wheelHashes(wheels)), markers: markers ? markers.match(STRINGS) : [] })
  };
}
function wheelHashes(wheels) {
  if (!wheels) return [];
  const parts = wheels.split(BEFORE_HASH3);
  const list = [];
  for (let i = 1; i < parts.length; i++) {
    const end = parts[i].indexOf('"');
    if (end) list.push(parts[i].slice(0, end));
  }
  return list;
}
function topOf(text, prelude) {
  const m = TOP2(text, 0);
  if (!m) return readRegularToml(prelude);
  const [, version2, revision, python, options2, members] = m;
  if (options2 && !distinct(options2.match(OPTION_KEYS))) return null;
  return {
    version: Number(version2),
    ...revision && { revision: Number(revision) },
    ...python !== void 0 && { "requires-python": python },
    ...members && { manifest: { members: members.match(STRINGS) } }
  };
}
function tomlEntry(body, line, file) {
  const doc = readRegularToml(`[[package]]
${body}`);
  if (!doc || Object.keys(doc).length !== 1 || !Array.isArray(doc.package) || doc.package.length !== 1) return null;
  return entryOf(doc.package[0], line, file);
}
function scanUvLock(text, file) {
  const { top: prelude, blocks } = headerBlocks(text, HEADER3);
  const top = blocks.length ? topOf(text, prelude) : null;
  if (!top || "package" in top) return null;
  try {
    const { out, members } = uvTop(top, file);
    const list = [];
    for (const block of blocks) {
      const e = layoutEntry(text, block) ?? tomlEntry(block.body, block.line, file);
      if (!e) return null;
      list.push(e);
    }
    return withEntries(out, members, list);
  } catch (e) {
    if (e instanceof LockSyntaxError) return null;
    throw e;
  }
}

// src/locks/uv-lock.ts
function readUvLockToml(text, file) {
  const doc = parseToml(text, file);
  const { out, members } = uvTop(doc, file);
  function* read() {
    for (const { entry, line } of entries(doc, text, file, "package")) yield entryOf(entry, line, file);
  }
  return withEntries(out, members, read());
}
var parseUvLockText = (text, file) => scanUvLock(text, file) ?? readUvLockToml(text, file);
var parseUvLock = (text, file) => catchLockError(file, () => parseUvLockText(text, file));

// src/locks/parse.ts
var PARSERS = {
  "go.mod": parseGoMod,
  "go.sum": parseGoSum,
  "go.work": parseGoWork,
  "requirements.txt": parseRequirements,
  "poetry.lock": parsePoetryLock,
  "Pipfile.lock": parsePipfileLock,
  "uv.lock": parseUvLock,
  "pylock.toml": parsePylock
};
function parseLockText(raw, file, opts = {}) {
  const text = withoutBom(raw);
  const format = opts.format ?? lockFormatOf(file);
  const parser = format && PARSERS[format];
  if (!parser) {
    return {
      ok: false,
      error: {
        code: "unreadable",
        file,
        line: 1,
        message: `${basename(file)} is not a lock file this reader knows (go.mod, go.sum, go.work, requirements*.txt, poetry.lock, Pipfile.lock, uv.lock, pylock.toml)`
      }
    };
  }
  return parser(text, file, opts);
}
function readLock(workspace, file, opts = {}) {
  let text;
  let shown;
  try {
    const abs = resolveInside(workspace, file, { label: "lock file" });
    shown = relative(resolveInside(workspace, ".", { label: "workspace" }), abs) || file;
    text = readBoundedText(abs, { label: "lock file", maxBytes: opts.maxBytes, where: { file: shown } });
  } catch (e) {
    if (isUserError(e)) return { ok: false, error: unreadable(e, file) };
    throw e;
  }
  return parseLockText(text, shown, { ...opts, workspace });
}

export { pipName as a, goOrderKey as g, parseLockText as p, readLock as r };
