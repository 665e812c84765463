import { createRequire } from 'node:module';
import { D as DocumentSyntaxError } from './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/policy/parsers/hcl2-syntax.ts
var HclError = class extends Error {
  constructor(message, at) {
    super(message);
    this.at = at;
  }
  at;
};
var IDENT_START = /[\p{L}_]/u;
var IDENT = /[\p{L}\p{N}_-]/u;
var BINARY = ["||", "&&", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%"];
var HclParser = class _HclParser {
  constructor(src) {
    this.src = src;
  }
  src;
  i = 0;
  fail(message, at = this.i) {
    throw new HclError(message, at);
  }
  /** Skips spaces and comments; newlines too when `nl` (inside brackets, where they do not end anything). */
  skip(nl) {
    const s = this.src;
    for (; ; ) {
      const c = s[this.i];
      if (c === " " || c === "	" || c === "\r" || nl && c === "\n") this.i++;
      else if (c === "#" || c === "/" && s[this.i + 1] === "/") {
        while (this.i < s.length && s[this.i] !== "\n") this.i++;
      } else if (c === "/" && s[this.i + 1] === "*") {
        const end = s.indexOf("*/", this.i + 2);
        if (end < 0) this.fail("Unterminated block comment");
        this.i = end + 2;
      } else return;
    }
  }
  peek(t) {
    return this.src.startsWith(t, this.i);
  }
  expect(t, nl) {
    this.skip(nl);
    if (!this.peek(t)) this.fail(`Missing "${t}"`);
    this.i += t.length;
  }
  ident() {
    const s = this.src;
    if (!IDENT_START.test(s[this.i] ?? "")) return void 0;
    const start = this.i;
    while (this.i < s.length && IDENT.test(s[this.i])) this.i++;
    return s.slice(start, this.i);
  }
  // ---- bodies
  items(closing) {
    const out = [];
    const names = /* @__PURE__ */ new Set();
    for (; ; ) {
      this.skip(true);
      if (this.i >= this.src.length) {
        if (closing) this.fail("Unclosed configuration block: there is no closing brace for this block");
        return out;
      }
      if (this.peek("}")) {
        if (!closing) this.fail("Argument or block definition required: an argument or block definition is required here");
        this.i++;
        return out;
      }
      const at = this.i;
      const name = this.ident();
      if (!name) this.fail("Argument or block definition required: an argument or block definition is required here");
      this.skip(false);
      if (this.peek("=") && !this.peek("==")) {
        this.i++;
        if (names.has(name)) this.fail(`Attribute redefined: the argument "${name}" was already set`, at);
        names.add(name);
        const expr = this.expr(false);
        this.skip(false);
        if (!(this.i >= this.src.length || this.peek("\n") || closing && this.peek("}"))) {
          this.fail("Missing newline after argument: an argument definition must end with a newline");
        }
        out.push({ kind: "attr", name, expr, at });
        continue;
      }
      const labels = [];
      for (; ; ) {
        this.skip(false);
        if (this.peek('"')) {
          const t = this.template('"');
          if (t.kind !== "template" || t.parts.some((p) => p.kind !== "lit")) this.fail("Invalid block label: templates are not allowed here", t.start);
          labels.push(t.parts.map((p) => p.text).join(""));
        } else if (this.peek("{")) break;
        else {
          const l = this.ident();
          if (!l) this.fail('Invalid block definition: either a quoted string block label or an opening brace ("{") is expected here');
          labels.push(l);
        }
      }
      this.i++;
      const body = this.items(true);
      out.push({ kind: "block", type: name, labels, body, at });
      this.skip(false);
      if (!(this.i >= this.src.length || this.peek("\n") || this.peek("}")))
        this.fail("Missing newline after block definition: a block definition must end with a newline");
    }
  }
  // ---- expressions
  expr(nl) {
    this.skip(nl);
    const start = this.i;
    const cond = this.binary(nl);
    this.skip(nl);
    if (this.peek("?")) {
      this.i++;
      const yes = this.expr(nl);
      this.expect(":", nl);
      const no = this.expr(nl);
      return { kind: "conditional", cond, yes, no, start, end: no.end };
    }
    return cond;
  }
  binary(nl) {
    const first = this.unary(nl);
    let end = first.end;
    let combined = false;
    for (; ; ) {
      const save = this.i;
      this.skip(nl);
      const op = BINARY.find((o) => this.peek(o) && !(o === "/" && (this.peek("//") || this.peek("/*"))));
      if (!op) {
        this.i = save;
        break;
      }
      this.i += op.length;
      end = this.unary(nl).end;
      combined = true;
    }
    return combined ? { kind: "other", start: first.start, end } : first;
  }
  unary(nl) {
    this.skip(nl);
    const start = this.i;
    if (this.peek("-") || this.peek("!")) {
      const op = this.src[this.i++];
      const operand = this.unary(nl);
      return { kind: "unary", op, operand, start, end: operand.end };
    }
    return this.postfix(this.primary(nl), nl);
  }
  postfix(e, nl) {
    let end = e.end;
    let changed = false;
    for (; ; ) {
      const save = this.i;
      this.skip(nl);
      if (this.peek(".") && !this.peek("..")) {
        this.i++;
        if (this.peek("*")) this.i++;
        else if (!this.ident() && !this.digits()) this.fail("Invalid attribute name: an attribute name is required after a dot");
      } else if (this.peek("[")) {
        this.i++;
        this.skip(true);
        if (this.peek("*")) this.i++;
        else this.expr(true);
        this.expect("]", true);
      } else {
        this.i = save;
        break;
      }
      end = this.i;
      changed = true;
    }
    return changed ? { kind: "other", start: e.start, end } : e;
  }
  digits() {
    const m = /^\d+/.exec(this.src.slice(this.i, this.i + 32));
    if (m) this.i += m[0].length;
    return !!m;
  }
  primary(nl) {
    this.skip(nl);
    const s = this.src;
    const start = this.i;
    const c = s[this.i];
    if (c === void 0) this.fail("Invalid expression: expected the start of an expression, but found the end of the file");
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(this.i, this.i + 400));
    if (num) {
      this.i += num[0].length;
      return { kind: "literal", value: Number(num[0]), start, end: this.i };
    }
    if (c === '"') return this.template('"');
    if (this.peek("<<")) return this.heredoc();
    if (c === "(") {
      this.i++;
      this.expr(true);
      this.expect(")", true);
      return { kind: "other", start, end: this.i };
    }
    if (c === "[") return this.tuple();
    if (c === "{") return this.object();
    const name = this.ident();
    if (!name) this.fail(`Invalid expression: expected the start of an expression, but found ${JSON.stringify(c)}`);
    if (name === "true" || name === "false") return { kind: "literal", value: name === "true", start, end: this.i };
    if (name === "null") return { kind: "literal", value: null, start, end: this.i };
    if (this.peek("(") || this.peek("::") && /^::[\p{L}_]/u.test(s.slice(this.i, this.i + 3))) {
      while (this.peek("::")) {
        this.i += 2;
        this.ident();
      }
      this.i++;
      this.skip(true);
      while (!this.peek(")")) {
        this.expr(true);
        this.skip(true);
        if (this.peek("...")) this.i += 3;
        this.skip(true);
        if (this.peek(",")) this.i++;
        else if (!this.peek(")")) this.fail("Missing argument separator: a comma is required between function arguments");
        this.skip(true);
      }
      this.i++;
    }
    return { kind: "other", start, end: this.i };
  }
  /** `x in coll` or `k, v in coll`, after a `for` keyword (of an expression or a template directive). */
  forHead() {
    this.skip(true);
    let key;
    let val = this.ident();
    this.skip(true);
    if (this.peek(",")) {
      this.i++;
      this.skip(true);
      key = val;
      val = this.ident();
    }
    if (!val) this.fail('Invalid "for" expression: a variable name is required');
    this.skip(true);
    if (!this.peek("in")) this.fail('Invalid "for" expression: the "in" keyword is required');
    this.i += 2;
    return { key, val, coll: this.expr(true) };
  }
  /** `for x in coll:` / `for k, v in coll:` after the opening bracket; the rest of the for expression up to `close`. */
  forExpr(start, close) {
    this.i += 3;
    const { key, val, coll } = this.forHead();
    this.expect(":", true);
    const body = this.expr(true);
    this.skip(true);
    if (this.peek("=>")) {
      this.i += 2;
      this.expr(true);
      this.skip(true);
      if (this.peek("...")) this.i += 3;
    }
    this.skip(true);
    if (this.peek("if")) {
      this.i += 2;
      this.expr(true);
    }
    this.expect(close, true);
    return { kind: "for", key, val, coll, body, start, end: this.i };
  }
  isFor() {
    return /^for[\s]/.test(this.src.slice(this.i, this.i + 4));
  }
  tuple() {
    const start = this.i++;
    this.skip(true);
    if (this.isFor()) return { kind: "other", start, end: this.forExpr(start, "]").end };
    const items = [];
    while (!this.peek("]")) {
      items.push(this.expr(true));
      this.skip(true);
      if (this.peek(",")) this.i++;
      else if (!this.peek("]")) this.fail("Missing item separator: expected a comma or a closing bracket");
      this.skip(true);
    }
    this.i++;
    return { kind: "tuple", items, start, end: this.i };
  }
  object() {
    const start = this.i++;
    this.skip(true);
    if (this.isFor()) return { kind: "other", start, end: this.forExpr(start, "}").end };
    const items = [];
    while (!this.peek("}")) {
      const keyStart = this.i;
      const key = this.expr(true);
      const bare = key.kind === "other" && IDENT_START.test(this.src[keyStart]) && /^[\p{L}\p{N}_.-]+$/u.test(this.src.slice(key.start, key.end));
      this.skip(true);
      if (this.peek("=") || this.peek(":")) this.i++;
      else this.fail('Missing key/value separator: expected an equals sign ("=") to mark the beginning of the attribute value');
      const value = this.expr(true);
      items.push({ key, bare, value, line: keyStart });
      this.skip(false);
      if (this.peek(",")) this.i++;
      this.skip(true);
    }
    this.i++;
    return { kind: "object", items, start, end: this.i };
  }
  /** A quoted template, from its opening quote to its closing one. */
  template(quote) {
    const start = this.i++;
    const parts = this.templateParts((at) => this.src[at] === quote, true);
    this.i++;
    return this.templateExpr(parts, start);
  }
  templateExpr(parts, start) {
    const solid = parts.filter((p) => p.kind !== "lit" || p.text);
    if (solid.length === 1 && solid[0].kind === "expr" && !solid[0].directive) {
      return { kind: "wrap", inner: solid[0].expr, start, end: this.i };
    }
    return { kind: "template", parts, start, end: this.i };
  }
  /**
   * Every token of the templates read so far, in source order, as HCL's template parser sees them: literals (a
   * heredoc's split at each newline) and markers for interpolations and directives. Strip markers (`~`) trim the
   * token beside them only; a flush heredoc's indentation is then taken off the literals that begin a line.
   */
  tokens = [];
  stripNext = false;
  pushLit(parts, text) {
    const part = { kind: "lit", text: this.stripNext ? text.replace(/^\s+/, "") : text };
    this.stripNext = false;
    parts.push(part);
    this.tokens.push(part);
  }
  pushMarker(stripBefore) {
    const last = this.tokens[this.tokens.length - 1];
    if (stripBefore && last?.kind === "lit") last.text = last.text.replace(/\s+$/, "");
    this.stripNext = false;
    this.tokens.push(null);
  }
  /** Template content up to `atEnd`, with `${}` interpolations and `%{}` directives; escapes only in quoted strings. */
  templateParts(atEnd, quoted, stopAt = []) {
    const s = this.src;
    const parts = [];
    let lit = "";
    const flush = () => {
      if (lit) this.pushLit(parts, lit);
      lit = "";
    };
    for (; ; ) {
      if (atEnd(this.i)) break;
      if (this.i >= s.length) this.fail("Unterminated template string: there is no closing marker for the string");
      const c = s[this.i];
      if (quoted && c === "\n") this.fail("Invalid multi-line string: quoted strings may not be split over multiple lines");
      if (quoted && c === "\\") {
        const e = s[this.i + 1];
        const simple = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
        if (e in simple) {
          lit += simple[e];
          this.i += 2;
        } else if (e === "u" || e === "U") {
          const len = e === "u" ? 4 : 8;
          const hex = s.slice(this.i + 2, this.i + 2 + len);
          if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) this.fail("Invalid escape sequence");
          lit += String.fromCodePoint(parseInt(hex, 16));
          this.i += 2 + len;
        } else this.fail(`Invalid escape sequence: the symbol ${JSON.stringify(e)} is not a valid escape sequence selector`);
        continue;
      }
      if (this.peek("$${") || this.peek("%%{")) {
        lit += s[this.i] + "{";
        this.i += 3;
        continue;
      }
      if (this.peek("${")) {
        this.i += 2;
        const stripBefore = this.peek("~");
        if (stripBefore) this.i++;
        flush();
        this.pushMarker(stripBefore);
        const expr = this.expr(true);
        this.skip(true);
        if (this.peek("~")) {
          this.i++;
          this.stripNext = true;
        }
        const strip = this.stripNext;
        this.expect("}", true);
        this.stripNext = strip;
        parts.push({ kind: "expr", expr });
        continue;
      }
      if (this.peek("%{")) {
        const word = /^%\{~?\s*(\w+)/.exec(s.slice(this.i, this.i + 40))?.[1];
        if (word && stopAt.includes(word)) break;
        flush();
        parts.push(this.directive(atEnd, quoted));
        continue;
      }
      lit += c;
      this.i++;
      if (c === "\n") flush();
    }
    flush();
    return parts;
  }
  /** `%{if}`/`%{for}` template directives, up to their `%{endif}`/`%{endfor}`. */
  directive(atEnd, quoted) {
    const start = this.i;
    const open = () => {
      this.i += 2;
      const stripBefore = this.peek("~");
      if (stripBefore) this.i++;
      this.pushMarker(stripBefore);
      this.skip(true);
      return this.ident();
    };
    const close = () => {
      this.skip(true);
      const strip = this.peek("~");
      if (strip) this.i++;
      this.expect("}", true);
      this.stripNext = strip;
    };
    const word = open();
    if (word === "if") {
      const cond = this.expr(true);
      close();
      const yesStart = this.i;
      const yes = this.templateParts(atEnd, quoted, ["else", "endif"]);
      const yesExpr = { kind: "template", parts: yes, start: yesStart, end: this.i };
      let noExpr = { kind: "template", parts: [], start: this.i, end: this.i };
      let tag = open();
      if (tag === "else") {
        close();
        const noStart = this.i;
        const no = this.templateParts(atEnd, quoted, ["endif"]);
        noExpr = { kind: "template", parts: no, start: noStart, end: this.i };
        tag = open();
      }
      if (tag !== "endif") this.fail("Unterminated template directive: expected %{endif}");
      close();
      return { kind: "expr", expr: { kind: "conditional", cond, yes: yesExpr, no: noExpr, start, end: this.i }, directive: true };
    }
    if (word === "for") {
      const { key, val, coll } = this.forHead();
      close();
      const bodyStart = this.i;
      const body = this.templateParts(atEnd, quoted, ["endfor"]);
      if (open() !== "endfor") this.fail("Unterminated template directive: expected %{endfor}");
      close();
      const bodyExpr = { kind: "template", parts: body, start: bodyStart, end: this.i };
      return { kind: "expr", expr: { kind: "for", key, val, coll, body: bodyExpr, start, end: this.i }, directive: true };
    }
    this.fail('Invalid template directive: expected "if" or "for"', start);
  }
  heredoc() {
    const s = this.src;
    const start = this.i;
    const m = /^<<(-?)([\p{L}_][\p{L}\p{N}_-]*)\r?\n/u.exec(s.slice(this.i, this.i + 200));
    if (!m) this.fail("Invalid heredoc: the heredoc marker must be followed by an identifier and a newline");
    this.i += m[0].length;
    const contentStart = this.i;
    const marker = new RegExp(`^[ \\t]*${m[2]}[ \\t]*\\r?$`);
    let end = -1;
    for (let at = contentStart; at <= s.length; ) {
      const nlAt2 = s.indexOf("\n", at);
      const lineEnd = nlAt2 < 0 ? s.length : nlAt2;
      if (marker.test(s.slice(at, lineEnd))) {
        end = at;
        break;
      }
      if (nlAt2 < 0) break;
      at = nlAt2 + 1;
    }
    if (end < 0) this.fail(`Unterminated template string: there is no closing marker ${m[2]} for this heredoc`, start);
    const body = s.slice(contentStart, end);
    const inner = new _HclParser(body);
    const parts = inner.templateParts((at) => at >= body.length, false);
    if (m[1]) flushIndent(inner.tokens);
    const nlAt = s.indexOf("\n", end);
    this.i = nlAt < 0 ? s.length : s[nlAt - 1] === "\r" ? nlAt - 1 : nlAt;
    return { kind: "template", parts: withSource(parts, body), start, end: this.i };
  }
};
function flushIndent(tokens) {
  let min = Infinity;
  let newline = true;
  const adjust = [];
  for (const t of tokens) {
    if (newline) {
      newline = false;
      if (t?.kind === "lit") {
        const trimmed = t.text.replace(/^\s+/, "");
        if (!(trimmed === "" && t.text.endsWith("\n"))) {
          min = Math.min(min, [...t.text.slice(0, t.text.length - trimmed.length)].length);
          adjust.push(t);
        }
      } else min = 0;
    }
    if (t?.kind === "lit" && t.text.endsWith("\n")) newline = true;
  }
  if (!Number.isFinite(min)) return;
  for (const t of adjust) t.text = [...t.text].slice(min).join("");
}
function withSource(parts, text) {
  const mark = (e) => {
    e.text = text;
    if (e.kind === "template") e.parts.forEach((p) => p.kind === "expr" && mark(p.expr));
    if (e.kind === "conditional") [e.cond, e.yes, e.no].forEach(mark);
    if (e.kind === "for") [e.coll, e.body].forEach(mark);
    if (e.kind === "wrap") mark(e.inner);
    if (e.kind === "unary") mark(e.operand);
    if (e.kind === "tuple") e.items.forEach(mark);
    if (e.kind === "object") e.items.forEach((i) => (mark(i.key), mark(i.value)));
  };
  parts.forEach((p) => p.kind === "expr" && mark(p.expr));
  return parts;
}

// src/policy/parsers/hcl2.ts
var escapeLiteral = (s) => s.replaceAll("${", () => "$${").replaceAll("%{", () => "%%{");
var Converter = class {
  constructor(src, lineAt, lines) {
    this.src = src;
    this.lineAt = lineAt;
    this.lines = lines;
  }
  src;
  lineAt;
  lines;
  /** hcl2json's rangeSource: the expression's text, and a `)` right after it. */
  source(e) {
    const src = e.text ?? this.src;
    const end = src[e.end] === ")" ? e.end + 1 : e.end;
    return src.slice(e.start, end);
  }
  wrap(e) {
    return "${" + this.source(e) + "}";
  }
  body(items, path) {
    const out = {};
    for (const item of items) if (item.kind === "block") this.block(item, out, path);
    for (const item of items) {
      if (item.kind !== "attr") continue;
      this.lines.set([...path, item.name].join("\0"), this.lineAt(item.at));
      out[item.name] = this.expression(item.expr, [...path, item.name]);
    }
    return out;
  }
  block(block, root, base) {
    let out = root;
    let key = block.type;
    const path = [...base];
    for (const label of block.labels) {
      path.push(key);
      if (!this.lines.has(path.join("\0"))) this.lines.set(path.join("\0"), this.lineAt(block.at));
      if (Object.hasOwn(out, key)) {
        const next = out[key];
        if (!next || typeof next !== "object" || Array.isArray(next)) {
          throw new HclError(`Unable to convert Block to JSON: ${block.type}.${block.labels.join(".")}`, block.at);
        }
        out = next;
      } else {
        out[key] = {};
        out = out[key];
      }
      key = label;
    }
    path.push(key);
    const list = Object.hasOwn(out, key) ? out[key] : void 0;
    if (list !== void 0 && !Array.isArray(list)) {
      throw new HclError(`invalid HCL detected for "${key}" block, cannot have blocks with and without labels`, block.at);
    }
    const index = list ? list.length : 0;
    if (!this.lines.has(path.join("\0"))) this.lines.set(path.join("\0"), this.lineAt(block.at));
    this.lines.set([...path, index].join("\0"), this.lineAt(block.at));
    const value = this.body(block.body, [...path, index]);
    if (list) list.push(value);
    else out[key] = [value];
  }
  expression(e, path) {
    switch (e.kind) {
      case "literal":
        return e.value;
      case "unary":
        if (e.operand.kind !== "literal") return this.wrap(e);
        if (e.op === "-" && typeof e.operand.value === "number") return -e.operand.value;
        if (e.op === "!" && typeof e.operand.value === "boolean") return !e.operand.value;
        throw new HclError(`Invalid operand: unsuitable value for the ${e.op} operator`, e.start);
      case "template":
        return this.template(e);
      case "wrap":
        return this.expression(e.inner, path);
      case "tuple":
        return e.items.map((x, i) => {
          this.lines.set([...path, i].join("\0"), this.lineAt(x.start));
          return this.expression(x, [...path, i]);
        });
      case "object": {
        const out = {};
        for (const item of e.items) {
          const key = item.bare ? this.source(item.key) : this.stringPart(item.key);
          this.lines.set([...path, key].join("\0"), this.lineAt(item.line));
          out[key] = this.expression(item.value, [...path, key]);
        }
        return out;
      }
      default:
        return this.wrap(e);
    }
  }
  template(e) {
    return e.parts.map((p) => p.kind === "lit" ? escapeLiteral(p.text) : this.stringPart(p.expr)).join("");
  }
  stringPart(e) {
    switch (e.kind) {
      case "literal":
        return e.value === null ? "null" : escapeLiteral(String(e.value));
      case "template":
        return this.template(e);
      case "wrap":
        return this.stringPart(e.inner);
      case "conditional": {
        const yes = this.stringPart(e.yes);
        const no = this.stringPart(e.no);
        return `%{if ${this.source(e.cond)}}${yes}${no ? `%{else}${no}` : ""}%{endif}`;
      }
      case "for":
        return `%{for ${e.key ? `${e.key}, ` : ""}${e.val} in ${this.source(e.coll)}}${this.stringPart(e.body)}%{endfor}`;
      default:
        return this.wrap(e);
    }
  }
};
var hcl2Parser = {
  parse(text, file) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
    const lineAt = (offset) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    };
    const lines = /* @__PURE__ */ new Map();
    try {
      const items = new HclParser(text).items(false);
      const value = new Converter(text, lineAt, lines).body(items, []);
      return { value, documents: [value], lineOf: (_i, path) => path.length ? lines.get(path.join("\0")) : 1 };
    } catch (e) {
      if (!(e instanceof HclError)) throw e;
      const line = lineAt(e.at);
      throw new DocumentSyntaxError(file, e.message, line, e.at - starts[line - 1] + 1, "HCL");
    }
  }
};

export { hcl2Parser };
