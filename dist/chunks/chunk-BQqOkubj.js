import { createRequire } from 'node:module';
import { k as parseNumber, c as builtinError, d as RObject, q as quoteString, m as marshal, s as setYamlLib, l as readYaml, j as fromJSON, i as toJSON, u as goSprintf, b as asString } from './rego-CkdsLX6W.js';
import { r as require_dist } from './chunk-BfG_CG07.js';
import { k as __toESM } from './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/yaml.ts
var YAML = __toESM(require_dist(), 1);
var noTimestamp = (tags) => tags.filter((t) => t.tag !== "tag:yaml.org,2002:timestamp");
var octal12 = {
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  default: true,
  test: /^0o[0-7]+$/,
  identify: () => false,
  resolve: (str) => BigInt(str)
};
var PARSE = {
  version: "1.1",
  intAsBigInt: true,
  uniqueKeys: false,
  customTags: (tags) => [...noTimestamp(tags), octal12]
};
function goMessage(e, text) {
  const line = e.linePos?.[0]?.line ?? 1;
  const msg = e.message;
  if (/Flow (sequence|map)/.test(msg) && /[{[,]\s*$/.test(text)) return `yaml: line ${line}: did not find expected node content`;
  if (/Flow sequence/.test(msg)) return `yaml: line ${line}: did not find expected ',' or ']'`;
  if (/Flow map/.test(msg)) return `yaml: line ${line}: did not find expected ',' or '}'`;
  if (e.code === "TAB_AS_INDENT") return "yaml: found character that cannot start any token";
  if (e.code === "MISSING_CHAR" && /quote/i.test(msg)) return "yaml: found unexpected end of stream";
  if (/Nested mappings|Implicit keys/.test(msg)) return `yaml: line ${line}: mapping values are not allowed in this context`;
  return `yaml: line ${line}: ${msg.split(" at line ")[0]}`;
}
var INT64 = 1n << 63n;
var UINT64 = 1n << 64n;
function toJSONView(v) {
  if (typeof v === "bigint" && (v >= UINT64 || v < -INT64)) {
    const f = Number(v);
    return Number.isFinite(f) ? parseNumber(String(f)) ?? v : v;
  }
  if (typeof v === "number" && !Number.isFinite(v)) {
    throw builtinError(`json: unsupported value: ${Number.isNaN(v) ? "NaN" : v > 0 ? "+Inf" : "-Inf"}`);
  }
  if (Array.isArray(v)) return v.map(toJSONView);
  if (v instanceof RObject) {
    const out = new RObject();
    for (const [k, x] of v.entries()) {
      if (k === null) {
        const shown = typeof x === "string" ? quoteString(x) : marshal(x);
        throw builtinError(`unsupported map key of type: %!s(<nil>), key: <nil>, value: ${shown}`);
      }
      out.set(typeof k === "string" ? k : marshal(toJSONView(k)), toJSONView(x));
    }
    return out;
  }
  return v;
}
setYamlLib(YAML);
var parse = (text) => readYaml(text, parseShallow);
function checkPreamble(text) {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    const where = i === 0 ? "yaml: " : `yaml: line ${i + 1}: `;
    const lead = /^[ \t]*/.exec(line)[0];
    if (lead.includes("	")) throw builtinError(`${where}found character that cannot start any token`);
    const rest = line.slice(lead.length);
    if (rest === "" || rest.startsWith("#")) continue;
    const directive = /^%([0-9A-Za-z_-]+)/.exec(line);
    if (!directive) return;
    if (directive[1] !== "YAML" && directive[1] !== "TAG") throw builtinError(`${where}found unknown directive name`);
  }
}
function badAnchor(text) {
  let at = 0;
  let line = 0;
  let content = false;
  for (const tok of new YAML.Lexer().lex(text)) {
    if (tok.length === 1 && tok < " " && !"\n	\r".includes(tok)) continue;
    if ((tok === "---" || tok === "...") && content) return void 0;
    if (tok[0] === "&" || tok[0] === "*") {
      const name = /^[0-9A-Za-z_-]*/.exec(tok.slice(1))[0];
      const next = tok[1 + name.length];
      if (name === "" || next !== void 0 && !"?:,]}%@`".includes(next)) {
        return { at, message: `yaml: ${line ? `line ${line + 1}: ` : ""}did not find expected alphabetic or numeric character` };
      }
    }
    if (!/^\s*$/.test(tok) && tok[0] !== "#" && tok[0] !== "%") content = true;
    at += tok.length;
    line += tok.split("\n").length - 1;
  }
  return void 0;
}
var UNPRINTABLE = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
function parseShallow(text) {
  if (UNPRINTABLE.test(text)) throw builtinError("yaml: control characters are not allowed");
  checkPreamble(text);
  const docs = YAML.parseAllDocuments(text, PARSE);
  const doc = Array.isArray(docs) ? docs[0] : docs;
  if (!doc) return null;
  const anchor = badAnchor(text);
  const first = doc.errors[0];
  if (anchor && !(first && first.pos[0] < anchor.at)) throw builtinError(anchor.message);
  if (first) throw builtinError(goMessage(first, text));
  let js;
  try {
    js = doc.toJS({ mapAsMap: true, maxAliasCount: 1e3 });
  } catch (e) {
    const alias = /^Unresolved alias .*: (.*)$/.exec(e.message);
    if (alias) throw builtinError(`yaml: unknown anchor '${alias[1]}' referenced`);
    throw e;
  }
  return toJSONView(fromJSON(js));
}
var NON_STRING = [
  /^(~|null|Null|NULL)$/,
  /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^[-+]?(0|[1-9][0-9_]*)$/,
  /^[-+]?0b[01_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/,
  /^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(inf|Inf|INF)$/,
  /^\.(nan|NaN|NAN)$/,
  /^\d{4}-\d\d?-\d\d?(([Tt]|[ \t]+)\d\d?:\d\d:\d\d(\.\d*)?([ \t]*(Z|[-+]\d\d?(:\d\d)?))?)?$/
];
function resolvesNonString(s) {
  return s === "" || NON_STRING.some((re) => re.test(s));
}
function goYamlPrintable(cp) {
  return cp === 10 || cp >= 32 && cp <= 126 || cp >= 160 && cp <= 55295 || cp >= 57344 && cp <= 65533 && cp !== 65279 || cp === 133;
}
var YAML_ESCAPES = {
  0: "0",
  7: "a",
  8: "b",
  9: "t",
  10: "n",
  11: "v",
  12: "f",
  13: "r",
  27: "e",
  34: '"',
  92: "\\",
  133: "N",
  160: "_",
  8232: "L",
  8233: "P"
};
function goYamlDoubleQuoted(s) {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    const esc = YAML_ESCAPES[cp];
    const breakOrBom = cp === 10 || cp === 13 || cp === 133 || cp === 8232 || cp === 8233 || cp === 65279;
    if (esc !== void 0 && (cp === 34 || cp === 92 || !goYamlPrintable(cp) || breakOrBom)) out += `\\${esc}`;
    else if (!goYamlPrintable(cp) || breakOrBom) {
      out += cp <= 255 ? `\\x${cp.toString(16).toUpperCase().padStart(2, "0")}` : cp <= 65535 ? `\\u${cp.toString(16).toUpperCase().padStart(4, "0")}` : `\\U${cp.toString(16).toUpperCase().padStart(8, "0")}`;
    } else out += ch;
  }
  return out + '"';
}
function marshalYAML(v) {
  const json = toJSON(toJSONView(v));
  const doc = new YAML.Document(json, { version: "1.1" });
  const floats = [];
  const strings = [];
  YAML.visit(doc, {
    Scalar(_key, node) {
      const v2 = node.value;
      if (typeof v2 === "string" && [...v2].some((c) => !goYamlPrintable(c.codePointAt(0)))) {
        node.value = `__string${strings.length}__`;
        strings.push(goYamlDoubleQuoted(v2));
        return;
      }
      if (typeof v2 === "string" && !v2.includes("\n") && resolvesNonString(v2)) node.type = "QUOTE_DOUBLE";
      if (typeof v2 === "number" && !Number.isInteger(v2) || typeof v2 === "bigint" && (v2 >= UINT64 || v2 < -INT64)) {
        node.value = `__float${floats.length}__`;
        floats.push(goSprintf("%v", [{ kind: "float", v: Number(v2) }]));
      }
    }
  });
  return doc.toString({ singleQuote: true, indentSeq: false, lineWidth: 0 }).replace(/__float(\d+)__/g, (_m, i) => floats[Number(i)]).replace(/__string(\d+)__/g, (_m, i) => strings[Number(i)]);
}
var builtins = {
  "yaml.marshal": ([v]) => marshalYAML(v),
  "yaml.unmarshal": ([s]) => parse(asString(s, 1)),
  "yaml.is_valid": ([s]) => {
    if (typeof s !== "string") return false;
    try {
      parse(s);
      return true;
    } catch {
      return false;
    }
  }
};

export { builtins as b };
