import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  JSONSyntaxError,
  parseJSONValue
} from "./chunk-EITW5YD4.js";
import {
  quoteString
} from "./chunk-526PL4AG.js";
import {
  DepthError,
  RObject,
  RSet,
  asArray,
  asObject,
  asString,
  builtinError,
  equal,
  foldValue,
  numToString,
  oneOfError,
  operandError,
  strCompare,
  toRegoText,
  typeName
} from "./chunk-KKPUH464.js";
import {
  UserError
} from "./chunk-PH75XFP6.js";

// src/rego/builtins/yaml-text.ts
var YAML_LIB_DEPTH = 500;
function yamlNesting(text) {
  let depth = 0;
  let max = 0;
  let quote = "";
  let indent = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (lineStart) {
      if (c === " ") {
        indent++;
        continue;
      }
      max = Math.max(max, indent >> 1);
      lineStart = false;
    }
    if (c === "\n") {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (quote) {
      if (c === quote) quote = "";
      else if (c === "\\" && quote === '"') i++;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") max = Math.max(max, ++depth);
    else if (c === "]" || c === "}") depth--;
  }
  return max;
}
function readYaml(text, parse) {
  if (yamlNesting(text) <= YAML_LIB_DEPTH) return parse(text);
  try {
    return parseJSONValue(text);
  } catch (e) {
    if (e instanceof JSONSyntaxError && e.message.includes("exceeded max depth")) throw new UserError(`yaml: ${new DepthError().message}`);
  }
  throw new UserError(`yaml: exceeded max depth of the YAML reader (${YAML_LIB_DEPTH} levels of nesting)`, {
    hint: "write such a deeply nested document as JSON"
  });
}

// src/rego/builtins/json/paths.ts
function parsePath(p, pos = 2) {
  if (typeof p === "string") {
    if (p === "") return [];
    return p.replace(/^\/+/, "").split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
  }
  if (Array.isArray(p)) return p;
  throw operandError(pos, `must be one of {set, array} containing string paths or array of path segments but got ${typeName(p)}`);
}
function pathsOperand(v, pos = 2) {
  if (Array.isArray(v)) return v.map((p) => parsePath(p, pos));
  if (v instanceof RSet) return v.sorted().map((p) => parsePath(p, pos));
  throw oneOfError(pos, ["set", "array"], v);
}
function pathsToObject(paths) {
  const root = new RObject();
  for (const path of paths) {
    if (path.length === 0) continue;
    let node = root;
    let done = false;
    for (let i = 0; i < path.length - 1 && !done; i++) {
      const child2 = node.get(path[i]);
      if (child2 === void 0) {
        const o = new RObject();
        node.set(path[i], o);
        node = o;
      } else if (child2 === null) done = true;
      else node = child2;
    }
    if (!done) node.set(path[path.length - 1], null);
  }
  return root;
}
function filterValue(v, filter) {
  if (filter === null) return v;
  const f = filter;
  if (Array.isArray(v)) {
    const out = [];
    v.forEach((x, i) => {
      const sub = f.get(String(i));
      if (sub !== void 0) out.push(filterValue(x, sub));
    });
    return out;
  }
  if (v instanceof RSet) {
    const out = new RSet();
    for (const x of v.sorted()) {
      const sub = f.get(x);
      if (sub !== void 0) out.add(filterValue(x, sub));
    }
    return out;
  }
  if (v instanceof RObject) {
    const out = new RObject();
    for (const [k, x] of v.sorted()) {
      const sub = f.get(k);
      if (sub !== void 0) out.set(k, filterValue(x, sub));
    }
    return out;
  }
  return v;
}
function removeValue(v, tree) {
  if (tree === void 0) return v;
  if (tree === null) return void 0;
  const t = tree;
  if (v instanceof RObject) {
    const out = new RObject();
    for (const [k, x] of v.sorted()) {
      const r = removeValue(x, t.get(k));
      if (r !== void 0) out.set(k, r);
    }
    return out;
  }
  if (v instanceof RSet) {
    const out = new RSet();
    for (const x of v.sorted()) {
      const r = removeValue(x, t.get(x));
      if (r !== void 0) out.add(r);
    }
    return out;
  }
  if (Array.isArray(v)) {
    const out = [];
    v.forEach((x, i) => {
      const r = removeValue(x, t.get(String(i)));
      if (r !== void 0) out.push(r);
    });
    return out;
  }
  return v;
}

// src/rego/builtins/json/patch.ts
var fail = (msg) => builtinError(msg);
function arrayIndex(seg, len, allowEnd) {
  if (allowEnd && seg === "-") return len;
  let n;
  if (typeof seg === "number" && Number.isInteger(seg)) n = seg;
  else if (typeof seg === "string" && /^(0|[1-9]\d*)$/.test(seg)) n = Number(seg);
  if (n === void 0 || n < 0 || n > (allowEnd ? len : len - 1)) throw fail(`invalid patch path segment ${toRegoText(seg)}`);
  return n;
}
function child(doc, seg) {
  if (doc instanceof RObject) {
    const v = doc.get(seg);
    if (v === void 0) throw fail(`path segment ${toRegoText(seg)} does not exist`);
    return v;
  }
  if (Array.isArray(doc)) return doc[arrayIndex(seg, doc.length, false)];
  if (doc instanceof RSet) {
    if (!doc.has(seg)) throw fail(`path segment ${toRegoText(seg)} does not exist`);
    return doc.get(seg);
  }
  throw fail("path does not exist");
}
function getAt(doc, path) {
  let cur = doc;
  for (const seg of path) cur = child(cur, seg);
  return cur;
}
function atParent(doc, path, op) {
  if (path.length === 1) return op(doc, path[0]);
  const seg = path[0];
  const sub = atParent(child(doc, seg), path.slice(1), op);
  if (doc instanceof RObject) return new RObject([...doc.entries()]).set(seg, sub);
  if (Array.isArray(doc)) {
    const out = doc.slice();
    out[arrayIndex(seg, doc.length, false)] = sub;
    return out;
  }
  const s = new RSet([...doc.values()].filter((x) => !equal(x, seg)));
  return s.add(sub);
}
function addAt(doc, path, value) {
  if (path.length === 0) return value;
  return atParent(doc, path, (parent, last) => {
    if (parent instanceof RObject) return new RObject([...parent.entries()]).set(last, value);
    if (Array.isArray(parent)) {
      const out = parent.slice();
      out.splice(arrayIndex(last, parent.length, true), 0, value);
      return out;
    }
    if (parent instanceof RSet) {
      if (!equal(last, value)) throw fail(`set element ${toRegoText(last)} does not match value ${toRegoText(value)}`);
      return new RSet(parent.values()).add(value);
    }
    throw fail("path does not exist");
  });
}
function removeAt(doc, path) {
  if (path.length === 0) throw fail("cannot remove the document root");
  return atParent(doc, path, (parent, last) => {
    if (parent instanceof RObject) {
      if (!parent.has(last)) throw fail(`path segment ${toRegoText(last)} does not exist`);
      const out = new RObject([...parent.entries()]);
      out.delete(last);
      return out;
    }
    if (Array.isArray(parent)) {
      const out = parent.slice();
      out.splice(arrayIndex(last, parent.length, false), 1);
      return out;
    }
    if (parent instanceof RSet) {
      if (!parent.has(last)) throw fail(`path segment ${toRegoText(last)} does not exist`);
      return new RSet([...parent.values()].filter((x) => !equal(x, last)));
    }
    throw fail("path does not exist");
  });
}
function isPrefix(a, b) {
  return a.length < b.length && a.every((x, i) => equal(x, b[i]));
}
function applyPatch(target, ops) {
  let doc = target;
  for (const item of asArray(ops, 2)) {
    if (!(item instanceof RObject)) throw fail("must be an array of JSON-Patch objects, but at least one element is not an object");
    const attr = (name) => {
      const v = item.get(name);
      if (v === void 0) throw fail(`missing '${name}' attribute`);
      return v;
    };
    const op = attr("op");
    if (typeof op !== "string") throw fail("attribute 'op' must be a string");
    const path = parsePath(attr("path"));
    switch (op) {
      case "add":
        doc = addAt(doc, path, attr("value"));
        break;
      case "remove":
        doc = removeAt(doc, path);
        break;
      case "replace": {
        const value = attr("value");
        if (path.length === 0) {
          doc = value;
          break;
        }
        getAt(doc, path);
        doc = addAt(removeAt(doc, path), path, value);
        break;
      }
      case "move": {
        const from = parsePath(attr("from"));
        if (isPrefix(from, path)) throw fail("a location cannot be moved into one of its children");
        const value = getAt(doc, from);
        doc = addAt(removeAt(doc, from), path, value);
        break;
      }
      case "copy":
        doc = addAt(doc, path, getAt(doc, parsePath(attr("from"))));
        break;
      case "test": {
        if (!equal(getAt(doc, path), attr("value"))) throw fail("test failed");
        break;
      }
      default:
        throw fail(`unrecognized op '${op}'`);
    }
  }
  return doc;
}

// src/rego/builtins/json.ts
function goQuote(s) {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}
function scalarText(v) {
  switch (typeof v) {
    case "string":
      return goQuote(v);
    case "boolean":
      return String(v);
    case "number":
    case "bigint":
      return numToString(v);
  }
  return v === null ? "null" : v.text;
}
function marshal(v, prefix, indent) {
  const nl = (d) => indent !== void 0 ? "\n" + (prefix ?? "") + indent.repeat(d) : "";
  return foldValue(v, scalarText, (x, kids, depth) => {
    if (kids.length === 0) return x instanceof RObject ? "{}" : "[]";
    if (!(x instanceof RObject)) return "[" + kids.map((k) => nl(depth + 1) + k).join(",") + nl(depth) + "]";
    const keys = x.keys();
    const entries = [];
    for (let i = 0; i < kids.length; i += 2) entries.push([typeof keys[i / 2] === "string" ? keys[i / 2] : kids[i], kids[i + 1]]);
    entries.sort((a, b) => strCompare(a[0], b[0]));
    const sep = indent !== void 0 ? ": " : ":";
    return "{" + entries.map(([k, val]) => nl(depth + 1) + goQuote(k) + sep + val).join(",") + nl(depth) + "}";
  });
}
function marshalWithOptions(v, o) {
  const opts = asObject(o, 2);
  let pretty;
  let prefix = "";
  let indent = "	";
  let styled = false;
  const quoted = (k) => typeof k === "string" ? quoteString(k) : marshal(k);
  for (const [k, x] of opts.sorted()) {
    switch (k) {
      case "pretty":
        if (typeof x !== "boolean") throw operandError(2, `key ${quoted(k)} failed cast to bool`);
        pretty = x;
        break;
      case "prefix":
      case "indent":
        if (typeof x !== "string") throw operandError(2, `key ${quoted(k)} failed cast to string: operand 1 must be string but got ${typeName(x)}`);
        if (k === "prefix") prefix = x;
        else indent = x;
        styled = true;
        break;
      default:
        throw operandError(2, `object contained unknown key ${quoted(k)}`);
    }
  }
  if (!(pretty ?? styled)) return marshal(v);
  return prefix + marshal(v, prefix, indent);
}
function unmarshal(text) {
  try {
    return parseJSONValue(text, { decoder: true });
  } catch (e) {
    throw builtinError(e.message);
  }
}
var builtins = {
  "json.marshal": ([v]) => marshal(v),
  "json.marshal_with_options": ([v, o]) => marshalWithOptions(v, o),
  "json.unmarshal": ([s]) => unmarshal(asString(s, 1)),
  "json.is_valid": ([s]) => {
    if (typeof s !== "string") return false;
    try {
      parseJSONValue(s);
      return true;
    } catch {
      return false;
    }
  },
  "json.filter": ([o, p]) => filterValue(asObject(o, 1), pathsToObject(pathsOperand(p))),
  "json.remove": ([o, p]) => {
    const obj = asObject(o, 1);
    return removeValue(obj, pathsToObject(pathsOperand(p)));
  },
  "json.patch": ([doc, ops]) => {
    asArray(ops, 2);
    try {
      return applyPatch(doc, ops);
    } catch {
      return void 0;
    }
  }
};

// src/rego/yaml-lib.ts
var lib;
function setYamlLib(y) {
  lib = y;
}
async function loadYamlLib() {
  if (!lib) await import("./yaml-7RVYYE4Q.js");
}
function yamlLib() {
  if (!lib) throw new Error("internal error: YAML read before the yaml library was loaded: await loadBuiltinsFor(<the texts>) first");
  return lib;
}

export {
  readYaml,
  filterValue,
  marshal,
  builtins,
  setYamlLib,
  loadYamlLib,
  yamlLib
};
