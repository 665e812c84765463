import { createRequire } from 'node:module';
import { c as builtinError, v as isNum, w as numToString, R as RSet, d as RObject, x as compare, e as equal, b as asString, a as asObject } from './rego-CkdsLX6W.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/rego/builtins/template.ts
var MISSING = /* @__PURE__ */ Symbol("missing");
function tokenize(src) {
  const out = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf("{{", i);
    if (open < 0) {
      out.push({ text: src.slice(i) });
      break;
    }
    let text = src.slice(i, open);
    let start = open + 2;
    if (src[start] === "-" && /\s/.test(src[start + 1] ?? "")) {
      text = text.replace(/\s+$/, "");
      start++;
    }
    const close = src.indexOf("}}", start);
    if (close < 0) throw builtinError("template: unclosed action");
    let end = close;
    let next = close + 2;
    if (src[close - 1] === "-" && /\s/.test(src[close - 2] ?? "")) {
      end--;
      while (next < src.length && /\s/.test(src[next])) next++;
    }
    out.push({ text }, { action: src.slice(start, end).trim() });
    i = next;
  }
  return out.filter((x) => !("text" in x) || x.text !== "");
}
function parse(tokens, pos, stop) {
  const nodes = [];
  while (pos.i < tokens.length) {
    const tok = tokens[pos.i++];
    if ("text" in tok) {
      nodes.push({ t: "text", s: tok.text });
      continue;
    }
    const a = tok.action;
    if (a.startsWith("/*")) continue;
    const word = a.split(/\s+/)[0];
    if (stop.includes(word)) return { nodes, end: a };
    if (word === "if" || word === "with") {
      nodes.push(parseIf(word, a.slice(word.length).trim(), tokens, pos));
    } else if (word === "range") {
      let pipe = a.slice(5).trim();
      let vars = [];
      const m = /^(\$\w*)\s*(?:,\s*(\$\w*))?\s*:=\s*(.*)$/.exec(pipe);
      if (m) {
        vars = m[2] ? [m[1], m[2]] : [m[1]];
        pipe = m[3];
      }
      const body = parse(tokens, pos, ["else", "end"]);
      const elseNodes = body.end === "else" ? parse(tokens, pos, ["end"]).nodes : [];
      nodes.push({ t: "range", pipe, vars, body: body.nodes, else: elseNodes });
    } else {
      const m = /^(\$\w*)\s*:?=\s*(.*)$/.exec(a);
      nodes.push(m ? { t: "action", pipe: m[2], decl: [m[1]] } : { t: "action", pipe: a });
    }
  }
  if (stop.length) throw builtinError("template: unexpected EOF");
  return { nodes, end: "" };
}
function parseIf(kind, pipe, tokens, pos) {
  const body = parse(tokens, pos, ["else", "end"]);
  let elseNodes = [];
  if (body.end.startsWith("else ")) {
    const rest = body.end.slice(5).trim();
    const w = rest.split(/\s+/)[0] === "with" ? "with" : "if";
    elseNodes = [parseIf(w, rest.slice(w.length).trim(), tokens, pos)];
  } else if (body.end === "else") elseNodes = parse(tokens, pos, ["end"]).nodes;
  return { t: kind, pipe, then: body.nodes, else: elseNodes };
}
function sprint(v) {
  if (v === MISSING) return "<undefined>";
  if (v === null) return "<nil>";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (isNum(v)) return numToString(v);
  if (Array.isArray(v)) return `[${v.map(sprint).join(" ")}]`;
  if (v instanceof RSet) return `[${v.sorted().map(sprint).join(" ")}]`;
  return `map[${v.sorted().map(([k, x]) => `${sprint(k)}:${sprint(x)}`).join(" ")}]`;
}
var truthy = (v) => {
  if (v === MISSING || v === null || v === false || v === "" || v === 0) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof RSet || v instanceof RObject) return v.sorted().length > 0;
  return true;
};
function splitArgs(s) {
  const out = [];
  let cur = "";
  let depth = 0;
  let quote = "";
  for (const ch of s) {
    if (quote) {
      cur += ch;
      if (ch === quote && !cur.endsWith("\\" + quote)) quote = "";
      continue;
    }
    if (ch === '"' || ch === "`") quote = ch;
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (cur) out.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}
function field(base, path) {
  let v = base;
  for (const p of path) {
    if (!(v instanceof RObject)) return MISSING;
    const next = v.get(p);
    v = next === void 0 ? MISSING : next;
  }
  return v;
}
function operand(s, scope) {
  if (s.startsWith("(") && s.endsWith(")")) return pipeline(s.slice(1, -1), scope);
  if (s === ".") return scope.dot;
  if (s.startsWith(".")) return field(scope.dot, s.slice(1).split("."));
  if (s.startsWith("$")) {
    const [name, ...path] = s.split(".");
    const v = scope.vars.get(name);
    if (v === void 0) throw builtinError(`template: undefined variable "${name}"`);
    return field(v, path);
  }
  if (s.startsWith('"')) return JSON.parse(s);
  if (s.startsWith("`")) return s.slice(1, -1);
  if (s === "true" || s === "false") return s === "true";
  if (s === "nil") return null;
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s)) return Number(s);
  throw builtinError(`template: function "${s}" not defined`);
}
var cmp = (a, b) => compare(a === MISSING ? null : a, b === MISSING ? null : b);
var FUNCS = {
  eq: ([a, ...bs]) => bs.some((b) => equal(a === MISSING ? null : a, b === MISSING ? null : b)),
  ne: ([a, b]) => cmp(a, b) !== 0,
  lt: ([a, b]) => cmp(a, b) < 0,
  le: ([a, b]) => cmp(a, b) <= 0,
  gt: ([a, b]) => cmp(a, b) > 0,
  ge: ([a, b]) => cmp(a, b) >= 0,
  not: ([a]) => !truthy(a),
  and: (args) => args.find((a) => !truthy(a)) ?? args[args.length - 1],
  or: (args) => args.find((a) => truthy(a)) ?? args[args.length - 1],
  len: ([a]) => typeof a === "string" ? Buffer.byteLength(a) : Array.isArray(a) ? a.length : a instanceof RSet || a instanceof RObject ? a.sorted().length : 0,
  index: ([a, ...keys]) => keys.reduce((v, k) => Array.isArray(v) && typeof k === "number" ? v[k] ?? MISSING : v instanceof RObject && k !== MISSING ? v.get(k) ?? MISSING : MISSING, a),
  print: (args) => args.map(sprint).join(""),
  println: (args) => args.map(sprint).join(" ") + "\n"
};
function command(cmd, scope, piped) {
  const parts = splitArgs(cmd);
  const fn = FUNCS[parts[0]];
  if (fn) {
    const args = parts.slice(1).map((p) => operand(p, scope));
    if (piped !== void 0) args.push(piped);
    return fn(args);
  }
  return operand(parts[0], scope);
}
function pipeline(s, scope) {
  let v;
  for (const cmd of s.split(/\|(?=(?:[^"`]*["`][^"`]*["`])*[^"`]*$)/)) v = command(cmd.trim(), scope, v);
  return v === void 0 ? MISSING : v;
}
function exec(nodes, scope, out) {
  for (const n of nodes) {
    if (n.t === "text") out.push(n.s);
    else if (n.t === "action") {
      const v = pipeline(n.pipe, scope);
      if (n.decl) scope.vars.set(n.decl[0], v);
      else out.push(sprint(v));
    } else if (n.t === "if" || n.t === "with") {
      const v = pipeline(n.pipe, scope);
      if (truthy(v)) exec(n.then, n.t === "with" ? { dot: v, vars: scope.vars } : scope, out);
      else exec(n.else, scope, out);
    } else if (n.t === "range") {
      const v = pipeline(n.pipe, scope);
      const items = Array.isArray(v) ? v.map((x, i) => [i, x]) : v instanceof RSet ? v.sorted().map((x, i) => [i, x]) : v instanceof RObject ? v.sorted() : [];
      if (items.length === 0) exec(n.else, scope, out);
      for (const [k, x] of items) {
        const vars = new Map(scope.vars);
        if (n.vars.length === 1) vars.set(n.vars[0], x);
        if (n.vars.length === 2) {
          vars.set(n.vars[0], k);
          vars.set(n.vars[1], x);
        }
        exec(n.body, { dot: x, vars }, out);
      }
    }
  }
}
function renderTemplate(template, vars) {
  const { nodes } = parse(tokenize(template), { i: 0 }, []);
  const out = [];
  exec(nodes, { dot: vars, vars: /* @__PURE__ */ new Map([["$", vars]]) }, out);
  return out.join("");
}
var builtins = {
  "strings.render_template": ([t, v]) => renderTemplate(asString(t, 1), asObject(v, 2))
};

export { builtins as b, renderTemplate as r };
