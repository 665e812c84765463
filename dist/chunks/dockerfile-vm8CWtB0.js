import { createRequire } from 'node:module';
import { D as DocumentSyntaxError } from './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/policy/parsers/dockerfile.ts
var WS = /[\t\v\f\r ]+/;
var isSpace = (c) => /\s/.test(c);
var FLAGS = {
  add: ["chown", "chmod", "link", "keep-git-dir", "checksum", "unpack", "exclude"],
  copy: ["chown", "from", "chmod", "link", "exclude", "parents"],
  from: ["platform"],
  run: ["mount", "network", "security", "device"],
  healthcheck: ["interval", "timeout", "start-period", "start-interval", "retries"]
};
var KNOWN = [
  "add",
  "arg",
  "cmd",
  "copy",
  "entrypoint",
  "env",
  "expose",
  "from",
  "healthcheck",
  "label",
  "maintainer",
  "onbuild",
  "run",
  "shell",
  "stopsignal",
  "user",
  "volume",
  "workdir"
];
function scanWords(text, esc, flags) {
  const chars = [...text];
  const words2 = [];
  const rest = (pos) => ({ words: words2, rest: chars.slice(pos).join("") });
  let word = "";
  let phase = "spaces";
  let quote = "";
  let blankOK = false;
  for (let pos = 0; pos <= chars.length; pos++) {
    let ch = chars[pos] ?? "";
    if (phase === "spaces") {
      if (pos === chars.length) break;
      if (isSpace(ch)) continue;
      if (flags && !(ch === "-" && chars[pos + 1] === "-")) return rest(pos);
      phase = "word";
    }
    if (pos === chars.length) {
      if (!(flags && word === "--") && (blankOK || word)) words2.push(word);
      break;
    }
    if (phase === "word") {
      if (isSpace(ch)) {
        phase = "spaces";
        if (flags && word === "--") return rest(pos);
        if (blankOK || word) words2.push(word);
        word = "";
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = "quote";
        if (flags) continue;
      }
      if (ch === esc) {
        if (pos + 1 === chars.length) continue;
        if (!flags) word += ch;
        ch = chars[++pos];
      }
      word += ch;
      continue;
    }
    if (ch === quote) {
      phase = "word";
      if (flags) continue;
    }
    if (ch === esc && (flags || quote !== "'")) {
      if (pos + 1 === chars.length) {
        phase = "word";
        continue;
      }
      if (!flags) word += ch;
      ch = chars[++pos];
    }
    word += ch;
  }
  return { words: words2, rest: "" };
}
var builderFlags = (line, esc) => {
  const { words: words2, rest } = scanWords(line, esc, true);
  return { rest, flags: words2 };
};
var words = (rest, esc) => scanWords(rest, esc, false).words;
function maybeJson(rest, toList) {
  const t = rest.trimStart();
  if (t.startsWith("[")) {
    let list;
    try {
      list = JSON.parse(t);
    } catch {
      list = void 0;
    }
    if (Array.isArray(list)) {
      if (list.some((s) => typeof s !== "string")) throw new Error("when using JSON array syntax, arrays must be comprised of strings only");
      return { value: list.length ? list : null, json: true };
    }
  }
  if (!rest) return { value: null, json: false };
  return { value: toList ? rest.split(WS) : [rest], json: false };
}
function nameVal(rest, key, esc) {
  const list = words(rest, esc);
  if (!list.length) return null;
  if (!list[0].includes("=")) {
    const parts = rest.split(WS);
    if (parts.length < 2) throw new Error(`${key} must have two arguments`);
    return [parts[0], rest.slice(rest.search(WS)).replace(WS, ""), ""];
  }
  return list.flatMap((w) => {
    if (!w.includes("=")) throw new Error(`Syntax error - can't find = in ${JSON.stringify(w)}. Must be of the form: name=value`);
    const at = w.indexOf("=");
    return [w.slice(0, at), w.slice(at + 1), "="];
  });
}
function dispatch(cmd, rest, esc) {
  switch (cmd) {
    case "add":
    case "copy":
    case "volume":
      return maybeJson(rest, true);
    case "cmd":
    case "entrypoint":
    case "run":
    case "shell":
      return maybeJson(rest, false);
    case "arg": {
      const w = words(rest, esc);
      return { value: w.length ? w : null, json: false };
    }
    case "env":
    case "label":
      return { value: nameVal(rest, cmd === "env" ? "ENV" : "LABEL", esc), json: false };
    case "expose":
    case "from":
      return { value: rest ? rest.split(WS) : null, json: false };
    case "maintainer":
    case "stopsignal":
    case "user":
    case "workdir":
      return { value: rest ? [rest] : null, json: false };
    case "healthcheck": {
      const sep = rest.search(/\s/) < 0 ? rest.length : rest.search(/\s/);
      if (sep === 0) return { value: null, json: false };
      const inner = maybeJson(rest.slice(sep).trimStart(), false);
      return { value: [rest.slice(0, sep), ...inner.value ?? []], json: inner.json };
    }
    default:
      return { value: null, json: false };
  }
}
function validate(cmd, flags, value, upper) {
  if (!KNOWN.includes(cmd)) throw new Error(`unknown instruction: ${upper}`);
  const allowed = FLAGS[cmd] ?? [];
  for (const f of flags) {
    const name = f.replace(/^--/, "").split("=")[0];
    if (!allowed.includes(name)) throw new Error(`unknown flag: --${name}`);
  }
  const n = value?.length ?? 0;
  const need = {
    add: () => n < 2 ? "ADD requires at least two arguments, but only one was provided. Destination could not be determined" : void 0,
    copy: () => n < 2 ? "COPY requires at least two arguments, but only one was provided. Destination could not be determined" : void 0,
    from: () => n !== 1 && !(n === 3 && value[1].toLowerCase() === "as") ? "FROM requires either one or three arguments" : void 0,
    arg: () => n < 1 ? "ARG requires at least one argument" : void 0,
    env: () => n < 1 ? "ENV requires at least one argument" : void 0,
    label: () => n < 1 ? "LABEL requires at least one argument" : void 0,
    expose: () => n < 1 ? "EXPOSE requires at least one argument" : void 0,
    volume: () => n < 1 ? "VOLUME requires at least one argument" : void 0,
    shell: () => n < 1 ? "SHELL requires at least one argument" : void 0,
    healthcheck: () => n < 1 ? "HEALTHCHECK requires at least one argument" : void 0,
    onbuild: () => n < 1 ? "ONBUILD requires at least one argument" : void 0,
    maintainer: () => n !== 1 ? "MAINTAINER requires exactly one argument" : void 0,
    workdir: () => n !== 1 ? "WORKDIR requires exactly one argument" : void 0,
    user: () => n !== 1 ? "USER requires exactly one argument" : void 0,
    stopsignal: () => n !== 1 ? "STOPSIGNAL requires exactly one argument" : void 0
  };
  const problem = need[cmd]?.();
  if (problem) throw new Error(problem);
}
var HEREDOC = /(?:^|\s)\d*<<(-?)(["']?)([^\s"'<]+)\2/g;
var dockerfileParser = {
  parse(text, file) {
    const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    if (lines.length && lines[lines.length - 1] === "") lines.pop();
    let esc = "\\";
    let continuation = /([^\\])\\[ \t]*$|^\\[ \t]*$/;
    let directivesDone = false;
    const seen = /* @__PURE__ */ new Set();
    const commands = [];
    const cmdLines = [];
    let stage = -1;
    let comments = [];
    const fail = (message, line) => new DocumentSyntaxError(file, message, line, void 0, "Dockerfile");
    const isComment = (l) => l.trimStart().startsWith("#");
    const directive = (l, lineNo) => {
      if (directivesDone) return false;
      const m = l.startsWith("#") ? /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/.exec(l.slice(1).trimStart()) : null;
      const name = m?.[1].toLowerCase();
      if (!m || !name || !["syntax", "escape", "check"].includes(name)) {
        directivesDone = true;
        return false;
      }
      if (seen.has(name)) throw fail(`only one ${name} parser directive can be used`, lineNo);
      seen.add(name);
      if (name === "escape") {
        if (m[2] !== "`" && m[2] !== "\\") throw fail(`invalid escape token '${m[2]}' does not match \` or \\`, lineNo);
        esc = m[2];
        const e = esc === "\\" ? "\\\\" : "`";
        continuation = new RegExp(`([^${e}])${e}[ \\t]*$|^${e}[ \\t]*$`);
      }
      return true;
    };
    for (let n = 0; n < lines.length; n++) {
      const startLine = n + 1;
      const raw = lines[n].replace(/\r$/, "");
      const first = raw.trimStart();
      if (isComment(first)) {
        const c = first.slice(1).trim();
        comments = c ? [...comments, { text: c, line: startLine }] : [];
      }
      if (directive(first, startLine)) {
        comments = comments.slice(0, -1);
        continue;
      }
      let piece = isComment(first) ? "" : first;
      let ended = !continuation.test(piece);
      if (!ended) piece = piece.replace(continuation, "$1");
      if (ended && !piece) continue;
      let line = piece;
      while (!ended && n + 1 < lines.length) {
        const next = lines[++n].replace(/\r$/, "");
        directive(next, n + 1);
        if (isComment(next) || !next.trim()) continue;
        ended = !continuation.test(next);
        line += ended ? next : next.replace(continuation, "$1");
      }
      let cmd;
      try {
        const parts = line.trim().split(WS);
        const upper = parts[0];
        const argText = line.trim().slice(upper.length).replace(/^[\t\v\f\r ]+/, "");
        const { rest, flags } = parts.length > 1 ? builderFlags(argText, esc) : { rest: "", flags: null };
        const lower = upper.toLowerCase();
        let subCmd = "";
        let parsed;
        if (lower === "onbuild") {
          const sub = rest.trim().split(WS)[0];
          if (!rest.trim()) parsed = { value: null, json: false };
          else {
            if (sub.toLowerCase() === "onbuild") throw new Error("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
            if (["from", "maintainer"].includes(sub.toLowerCase())) throw new Error(`${sub.toUpperCase()} isn't allowed as an ONBUILD trigger`);
            const subArgs = rest.trim().slice(sub.length).replace(/^[\t\v\f\r ]+/, "");
            const subFlags = builderFlags(subArgs, esc);
            subCmd = sub;
            parsed = dispatch(sub.toLowerCase(), subFlags.rest.trim(), esc);
          }
          if (!rest.trim()) throw new Error("ONBUILD requires at least one argument");
        } else {
          parsed = dispatch(lower, rest.trim(), esc);
          validate(lower, flags ?? [], parsed.value, upper);
        }
        if (lower === "from") stage++;
        cmd = { Cmd: lower, SubCmd: subCmd, JSON: parsed.json, Flags: flags, Value: parsed.value, Stage: Math.max(0, stage) };
        if (["run", "copy", "add"].includes(lower) && !parsed.json && line.includes("<<")) {
          for (const h of line.matchAll(HEREDOC)) {
            const end = h[3];
            let closed = false;
            while (n + 1 < lines.length) {
              const body = lines[++n].replace(/\r$/, "");
              if ((h[1] ? body.replace(/^\t+/, "") : body) === end) {
                closed = true;
                break;
              }
            }
            if (!closed) throw new Error("unterminated heredoc");
          }
        }
      } catch (e) {
        throw fail(e.message, startLine);
      }
      for (const c of comments) {
        commands.push({ Cmd: "comment", SubCmd: "", JSON: false, Flags: null, Value: [c.text], Stage: Math.max(0, stage) });
        cmdLines.push(c.line);
      }
      commands.push(cmd);
      cmdLines.push(startLine);
      comments = [];
    }
    if (!commands.some((c) => c.Cmd !== "comment")) throw fail("file with no instructions", Math.max(1, lines.length));
    const value = [commands];
    return {
      value,
      documents: value,
      lineOf: (_i, path) => path.length ? cmdLines[Number(path[0])] : 1
    };
  }
};

export { dockerfileParser };
