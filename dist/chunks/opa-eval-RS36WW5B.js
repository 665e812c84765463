import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  ARITY,
  compile,
  loadBuiltinsNamedIn,
  parseQuery,
  readYaml
} from "./chunk-ANNY7VMD.js";
import {
  parseJSONValue
} from "./chunk-QO4HS5SA.js";
import "./chunk-62JAVFHL.js";
import "./chunk-SAORNRC7.js";
import "./chunk-G2RUZJ3W.js";
import {
  DepthError,
  RObject,
  fromJSON,
  toJSONText
} from "./chunk-BXMQLTV6.js";
import {
  require_dist
} from "./chunk-SY6LEZYK.js";
import {
  POLICY_READ_LIMIT,
  readBoundedText
} from "./chunk-7YD3D4TT.js";
import {
  UserError
} from "./chunk-AD2JC2XU.js";
import {
  __toESM
} from "./chunk-7LQLP6SQ.js";

// src/rego/opa-eval.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
var import_yaml2 = __toESM(require_dist(), 1);
import { extname, join, resolve } from "node:path";
function files(path, cwd, ancestors = []) {
  const abs = resolve(cwd, path);
  let st;
  try {
    st = statSync(abs, { throwIfNoEntry: false });
  } catch (e) {
    const code = e.code;
    if (code === "ELOOP") throw new UserError(`--data ${path}: a symbolic link loop`, { hint: "remove the looping link or name another path" });
    throw new UserError(`--data ${path} cannot be read (${code ?? e.message})`);
  }
  if (!st) throw new UserError(`no such file or directory: ${path}`, { hint: "check the --data paths" });
  if (!st.isDirectory()) return [path];
  const real = realpathSync(abs);
  if (ancestors.includes(real)) {
    throw new UserError(`--data ${path}: a symbolic link loop (it is the directory ${real} again)`, { hint: "remove the looping link or name another path" });
  }
  return readdirSync(abs).sort().flatMap((n) => files(join(path, n), cwd, [...ancestors, real]));
}
function readDoc(file, cwd, label) {
  const text = readBoundedText(resolve(cwd, file), { label, maxBytes: POLICY_READ_LIMIT, where: { file } });
  try {
    if (extname(file) === ".json") return parseJSONValue(text);
    return readYaml(text, (t) => (0, import_yaml2.parse)(t, { intAsBigInt: true }));
  } catch (e) {
    const msg = e.message.endsWith("exceeded max depth") ? new DepthError().message : e.message;
    throw new UserError(`cannot parse ${file}: ${msg}`);
  }
}
function merge(a, b) {
  if (!(a instanceof RObject) || !(b instanceof RObject)) return b;
  const out = new RObject(a.entries());
  for (const [k, v] of b.entries()) {
    const p = out.get(k);
    out.set(k, p === void 0 ? v : merge(p, v));
  }
  return out;
}
async function evalCommand(req) {
  const modules = [];
  let data = new RObject();
  const cwd = req.cwd ?? process.cwd();
  for (const p of req.dataPaths) {
    for (const f of files(p, cwd)) {
      const ext = extname(f);
      if (ext === ".rego") modules.push({ file: f, source: readBoundedText(resolve(cwd, f), { label: "policy", maxBytes: POLICY_READ_LIMIT, where: { file: f } }) });
      else if ([".json", ".yaml", ".yml"].includes(ext)) data = merge(data, fromJSON(readDoc(f, cwd, "data file")));
    }
  }
  await loadBuiltinsNamedIn([...modules.map((m) => m.source), req.query]);
  const policy = compile(modules, data, { v0: req.v0 });
  const input = req.inputFile ? fromJSON(readDoc(req.inputFile, cwd, "--input")) : void 0;
  const body = parseQuery(req.query);
  const relation = (t) => t.term.t === "call" && (["eq", "assign"].includes(t.term.op) || ARITY[t.term.op] !== void 0 && t.term.args.length === ARITY[t.term.op] + 1);
  const wrapped = body.flatMap((e, i) => {
    if (e.e !== "term" || e.negated || relation(e)) return [e];
    const v = { t: "var", name: `__expr${i}__`, loc: e.loc };
    return [
      { ...e, term: { t: "call", op: "eq", args: [v, e.term], loc: e.loc } },
      { e: "term", negated: false, with: [], loc: e.loc, term: { t: "call", op: "neq", args: [v, { t: "scalar", value: false, loc: e.loc }], loc: e.loc } }
    ];
  });
  const r = policy.queryBody(wrapped, { input, strict: req.strict });
  if (r.error) throw r.error;
  const result = r.rows.map(({ bindings }) => {
    const b = new RObject();
    for (const [k, v] of bindings) if (!/^__expr\d+__$/.test(k)) b.set(k, v);
    const expressions = body.map((e, i) => new RObject([
      ["value", bindings.get(`__expr${i}__`) ?? true],
      ["location", new RObject([["row", e.loc.row], ["col", e.loc.col]])]
    ]));
    const row = new RObject([["expressions", expressions]]);
    if (b.size) row.set("bindings", b);
    return row;
  });
  return result.length ? new RObject([["result", result]]) : new RObject();
}
export {
  evalCommand,
  toJSONText
};
