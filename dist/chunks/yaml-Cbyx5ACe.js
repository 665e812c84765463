import { createRequire } from 'node:module';
import { f as fromDocument } from './chunk-B4GqvIY9.js';
import { D as DocumentSyntaxError, b as readYamlDocuments } from './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-gJGdoriE.js';
import './chunk-Dhnp4LvZ.js';
import 'node:path';
import './chunk-CE2JlTQc.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/policy/parsers/yaml.ts
var PLAIN = {};
var words = (v, list) => list.split(" ").forEach((w) => PLAIN[w] = v);
words(true, "y Y yes Yes YES true True TRUE on On ON");
words(false, "n N no No NO false False FALSE off Off OFF");
words(null, "~ null Null NULL");
words(Infinity, ".inf .Inf .INF +.inf +.Inf +.INF");
words(-Infinity, "-.inf -.Inf -.INF");
words(NaN, ".nan .NaN .NAN");
var YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
var INT64_MAX = 2n ** 63n - 1n;
var UINT64_MAX = 2n ** 64n - 1n;
function goInt(s) {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return void 0;
  const body = m[2];
  const digits = /^0[oO]/.test(body) ? "0o" + body.slice(2) : /^0[0-7]+$/.test(body) ? "0o" + body.slice(1) : body;
  const n = BigInt(digits) * (m[1] === "-" ? -1n : 1n);
  if (n < -INT64_MAX - 1n || n > UINT64_MAX || m[1] === "-" && n < -INT64_MAX - 1n) return void 0;
  if (m[1] === "+" && n > INT64_MAX) return void 0;
  return Number(n);
}
function resolvePlain(text) {
  if (text === "") return null;
  if (Object.hasOwn(PLAIN, text)) return PLAIN[text];
  const c = text[0];
  if (c === ".") {
    return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(text) ? Number(text) : text;
  }
  if (!/[0-9+-]/.test(c)) return text;
  const plain = text.replaceAll("_", "");
  const int = goInt(plain);
  if (int !== void 0) return int;
  if (YAML_FLOAT.test(plain)) return Number(plain);
  return text;
}
var YAML_TAG = "tag:yaml.org,2002:";
function scalar(node) {
  const text = String(node.value ?? "");
  const tag = node.tag;
  if (tag === `${YAML_TAG}str` || tag === "!") return text;
  if (node.type !== "PLAIN" && !(tag && /^tag:yaml\.org,2002:(int|float|bool|null)$/.test(tag))) return text;
  if (tag && !tag.startsWith(YAML_TAG)) return text;
  return resolvePlain(text);
}
function goFloatKey(f) {
  if (f === Infinity) return ".inf";
  if (f === -Infinity) return "-.inf";
  if (Number.isNaN(f)) return ".nan";
  const single = Math.fround(f);
  let digits = 1;
  while (digits < 9 && Math.fround(Number(single.toPrecision(digits))) !== single) digits++;
  const [mant, exp] = single.toExponential(digits - 1).split("e");
  const e = Number(exp);
  if (e < -4 || e >= 6) return `${mant}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  return String(Number(single.toPrecision(digits)));
}
function keyString(file) {
  return (key) => {
    if (typeof key === "boolean") return String(key);
    if (typeof key === "number") return Number.isInteger(key) && Math.abs(key) < 2 ** 63 ? BigInt(key).toString() : goFloatKey(key);
    throw new DocumentSyntaxError(
      file,
      `a mapping key of type ${key === null ? "null" : Array.isArray(key) ? "list" : typeof key} has no JSON form`,
      1,
      void 0,
      "YAML"
    );
  };
}
function checkJsonable(v, file, doc, path = []) {
  if (typeof v === "number" && !Number.isFinite(v)) {
    throw new DocumentSyntaxError(file, `the value ${v} at ${path.join(".") || "the top"} has no JSON form`, doc.lineOf(path) ?? 1, void 0, "YAML");
  }
  if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) checkJsonable(x, file, doc, [...path, Array.isArray(v) ? Number(k) : k]);
}
function parseYamlAsConftest(text, file) {
  const docs = readYamlDocuments(text.replace(/^\uFEFF/, ""), {
    file,
    schema: "failsafe",
    scalar,
    key: keyString(file),
    merge: true,
    duplicateKeys: "last"
  });
  if (docs.length > 1 && /\n---[ \t]*$/.test(text) && docs[docs.length - 1].value === null) docs.pop();
  for (const d of docs) checkJsonable(d.value, file, d);
  if (docs.length === 0) return { value: null, documents: [null], lineOf: (_i, p) => p.length ? void 0 : 1 };
  if (docs.length === 1) return fromDocument(docs[0]);
  const values = docs.map((d) => d.value);
  return { value: values, documents: values, lineOf: (i, path) => docs[i]?.lineOf(path) };
}
var yamlParser = { parse: parseYamlAsConftest };

export { parseYamlAsConftest, resolvePlain, yamlParser };
