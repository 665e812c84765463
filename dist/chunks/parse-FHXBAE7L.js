import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  loadParsersFor,
  parserNames,
  readInputFile
} from "./chunk-XYHSFKJV.js";
import "./chunk-6BLKP3UG.js";
import "./chunk-6PLJGYI7.js";
import "./chunk-X7X4UG2A.js";
import {
  readLock
} from "./chunk-3HWBFXYF.js";
import {
  lockFormatOf
} from "./chunk-ZYJSUGIU.js";
import "./chunk-HQQHABIC.js";
import "./chunk-CUPEGQLV.js";
import "./chunk-R5QX52YN.js";
import {
  resolveInside
} from "./chunk-VR37WL5S.js";
import "./chunk-JCTGLZSJ.js";
import "./chunk-S7VI56VC.js";
import {
  UserError
} from "./chunk-PH75XFP6.js";
import "./chunk-S42OCB4Q.js";

// src/pipeline/parse.ts
import { relative } from "node:path";
var LOCK_FORMATS = ["go.mod", "go.sum", "go.work", "requirements.txt", "poetry.lock", "Pipfile.lock", "uv.lock", "pylock.toml"];
async function parseOne(workspace, file, parser) {
  const abs = resolveInside(workspace, file, { label: "file to parse" });
  const shown = relative(workspace, abs) || file;
  const lockFormat = parser ? LOCK_FORMATS.find((f2) => f2.toLowerCase() === parser.toLowerCase()) : lockFormatOf(shown);
  if (lockFormat) {
    const r = readLock(workspace, shown, { format: lockFormat });
    if (r.ok) return r.document;
    throw new UserError(r.error.message, { where: { file: r.error.file, line: r.error.line, col: r.error.column }, hint: "fix the lock file, or regenerate it with its tool", code: `lock_${r.error.code}` });
  }
  await loadParsersFor([shown], parser);
  const input = readInputFile(abs, { display: shown, parser });
  if (input.status === "parsed") return input.parsed.value;
  const f = input.finding;
  throw new UserError(f.message, { where: { file: f.file, line: f.line, col: f.column }, hint: f.help, code: `parse_${input.reason}` });
}
var parseCommand = {
  name: "parse",
  findingsInText: true,
  summary: "Print the documents policies see for config and lock files, as JSON (like `conftest parse`)",
  usage: "parse <files...> [--parser NAME]",
  flags: [{ name: "parser", description: `read every file with this parser: ${[...parserNames(), ...LOCK_FORMATS].join(", ")}` }],
  async run(ctx) {
    if (!ctx.args.length) throw new UserError("usage: go-xenv parse <files...> [--parser NAME]", { hint: "name at least one file" });
    const parser = typeof ctx.flags.parser === "string" ? ctx.flags.parser : void 0;
    if (parser && !LOCK_FORMATS.some((f) => f.toLowerCase() === parser.toLowerCase()) && !parserNames().includes(parser.toLowerCase())) {
      throw new UserError(`unknown parser ${JSON.stringify(parser)}`, { hint: `use one of: ${[...parserNames(), ...LOCK_FORMATS].join(", ")}`, code: "unknown_parser" });
    }
    const workspace = resolveInside(ctx.config.workspace, ".", { label: "workspace" });
    const docs = {};
    for (const file of ctx.args) docs[file] = await parseOne(workspace, file, parser);
    const data = ctx.args.length === 1 ? docs[ctx.args[0]] : docs;
    return [{ step: "parse", status: "ok", title: `parse: ${ctx.args.length} file(s)`, findings: [], data }];
  },
  // The documents are the output, with or without --json.
  json: (results) => results[0]?.data,
  text: (results) => JSON.stringify(results[0]?.data, null, 2)
};
export {
  parseCommand
};
