import { createRequire } from 'node:module';
import { r as require_dist } from './chunk-BfG_CG07.js';
import { k as __toESM, U as UserError } from './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/core/document.ts
var import_yaml = __toESM(require_dist(), 1);
function lineNear(doc, path) {
  for (let n = path.length; n >= 0; n--) {
    const line = doc.lineOf(path.slice(0, n));
    if (line !== void 0) return line;
  }
  return 1;
}
var DocumentSyntaxError = class extends UserError {
  constructor(file, message, line, col, format = "document") {
    super(`invalid ${format}: ${message}`, { where: { file, line, col }, hint: `fix the ${format} syntax`, code: "syntax_error" });
  }
};
var DocumentExpansionError = class extends DocumentSyntaxError {
};
var pathKey = (path) => path.join("\0");
var Lines = class {
  lines = /* @__PURE__ */ new Map();
  set(path, line) {
    this.lines.set(pathKey(path), line);
  }
  document() {
    return (path) => this.lines.get(pathKey(path));
  }
};
function readYamlDocuments(text, opts) {
  const counter = new import_yaml.LineCounter();
  const docs = (0, import_yaml.parseAllDocuments)(text, {
    lineCounter: counter,
    prettyErrors: false,
    schema: opts.schema ?? "core",
    uniqueKeys: opts.duplicateKeys !== "last",
    merge: false
  });
  const list = Array.isArray(docs) ? docs : [];
  for (const d of list) {
    const e = d.errors[0];
    if (e) {
      const pos = counter.linePos(e.pos[0]);
      throw new DocumentSyntaxError(opts.file, e.message.split("\n")[0], pos.line, pos.col, "YAML");
    }
  }
  const lineAt = (offset) => counter.linePos(offset).line;
  return list.map((d) => {
    const lines = new Lines();
    const start = d.contents?.range?.[0] ?? d.range[0];
    lines.set([], lineAt(start));
    const value = new Converter(d, opts, lines, lineAt, opts.maxNodes ?? Math.max(1e6, text.length)).value(d.contents, []);
    return { value, lineOf: lines.document() };
  });
}
var readYaml = (text, opts) => readYamlDocuments(text, opts)[0];
var Converter = class {
  constructor(doc, opts, lines, lineAt, maxNodes) {
    this.doc = doc;
    this.opts = opts;
    this.lines = lines;
    this.lineAt = lineAt;
    this.maxNodes = maxNodes;
  }
  doc;
  opts;
  lines;
  lineAt;
  maxNodes;
  visited = 0;
  active = /* @__PURE__ */ new Set();
  value(node, path) {
    if (!node) return null;
    if (++this.visited > this.maxNodes) {
      throw new DocumentExpansionError(this.opts.file, "the document expands too far through aliases", this.lineAt(node.range?.[0] ?? 0), void 0, "YAML");
    }
    if ((0, import_yaml.isAlias)(node)) {
      const target = node.resolve(this.doc);
      if (!target || this.active.has(target)) {
        throw new DocumentSyntaxError(
          this.opts.file,
          `alias *${node.source} refers to no anchor or to itself`,
          this.lineAt(node.range?.[0] ?? 0),
          void 0,
          "YAML"
        );
      }
      return this.value(target, path);
    }
    this.active.add(node);
    try {
      if ((0, import_yaml.isScalar)(node)) return this.opts.scalar ? this.opts.scalar(node) : node.toJSON();
      if ((0, import_yaml.isSeq)(node)) {
        return node.items.map((item, i) => {
          const n = item;
          if (n?.range) this.lines.set([...path, i], this.lineAt(n.range[0]));
          return this.value(n, [...path, i]);
        });
      }
      if ((0, import_yaml.isMap)(node)) return this.map(node.items, path);
      return null;
    } finally {
      this.active.delete(node);
    }
  }
  map(pairs, path) {
    const out = {};
    const merged = [];
    for (const p of pairs) {
      if (!(0, import_yaml.isPair)(p)) continue;
      const keyNode = p.key;
      if (this.opts.merge && (0, import_yaml.isScalar)(keyNode) && keyNode.source === "<<" && keyNode.type === "PLAIN") {
        merged.push(...this.mergeSources(p.value, path));
        continue;
      }
      const rawKey = keyNode ? (0, import_yaml.isScalar)(keyNode) ? this.opts.scalar ? this.opts.scalar(keyNode) : keyNode.toJSON() : this.value(keyNode, path) : null;
      const key = typeof rawKey === "string" ? rawKey : this.opts.key ? this.opts.key(rawKey) : String(rawKey);
      const line = this.lineAt(keyNode?.range?.[0] ?? p.value?.range?.[0] ?? 0);
      this.lines.set([...path, key], line);
      out[key] = this.value(p.value, [...path, key]);
    }
    if (!merged.length) return out;
    const result = {};
    for (const src of merged.reverse()) Object.assign(result, src);
    return Object.assign(result, out);
  }
  mergeSources(node, path) {
    const one = (n) => {
      const v = this.value(n, path);
      if (!v || typeof v !== "object" || Array.isArray(v)) {
        throw new DocumentSyntaxError(
          this.opts.file,
          "a merge key (<<) takes a mapping or a list of mappings",
          this.lineAt(n?.range?.[0] ?? 0),
          void 0,
          "YAML"
        );
      }
      return v;
    };
    if ((0, import_yaml.isSeq)(node)) return node.items.map((i) => one(i));
    return [one(node)];
  }
};
function readJson(text, file, format = "JSON") {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const { offset, message } = jsonSyntaxError(text) ?? { offset: 0, message: e.message };
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    throw new DocumentSyntaxError(file, message, line, offset - before.lastIndexOf("\n"), format);
  }
  let lines;
  return { value, lineOf: (path) => (lines ??= jsonLines(text))(path) };
}
function jsonSyntaxError(text) {
  let i = 0;
  const ws = () => {
    while (i < text.length && " 	\n\r".includes(text[i])) i++;
  };
  const found = () => i >= text.length ? "the end of the input" : JSON.stringify(text[i]);
  class Stop {
    constructor(message) {
      this.message = message;
    }
    message;
  }
  const fail = (expected) => {
    throw new Stop(`expected ${expected}, found ${found()}`);
  };
  const string = () => {
    const m = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(text.slice(i));
    if (!m) fail("a string in double quotes");
    i += m[0].length;
  };
  const value = () => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (; ; ) {
        ws();
        if (text[i] !== '"') fail("a key in double quotes");
        string();
        ws();
        if (text[i] !== ":") fail('":"');
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return void i++;
        else fail('"," or "}"');
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (; ; ) {
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return void i++;
        else fail('"," or "]"');
      }
    }
    if (c === '"') return string();
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!m) fail("a value");
    i += m[0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) fail("the end of the input");
    return void 0;
  } catch (e) {
    if (e instanceof Stop) return { offset: i, message: e.message };
    throw e;
  }
}
function jsonLines(text) {
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: counter, prettyErrors: false, schema: "json", uniqueKeys: false });
  const lines = new Lines();
  lines.set([], counter.linePos(firstContent(text)).line);
  if (!doc.errors.length) new Converter(doc, { file: "" }, lines, (o) => counter.linePos(o).line, Infinity).value(doc.contents, []);
  return lines.document();
}
var firstContent = (text) => Math.max(0, text.search(/\S/));

export { DocumentSyntaxError as D, readYaml as a, readYamlDocuments as b, DocumentExpansionError as c, lineNear as l, readJson as r };
