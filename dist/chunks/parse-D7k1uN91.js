import { createRequire } from 'node:module';
import { l as loadParsersFor, r as readInputFile, p as parserNames } from './chunk-B4GqvIY9.js';
import './chunk-BX1Yb5uV.js';
import { L as LOCK_FORMATS, l as lockFormatOf } from './chunk-BtqEFqmD.js';
import { r as readLock } from './chunk-B9Pf2tyX.js';
import './chunk-F7-_xG6A.js';
import './chunk-Dn6_G6dh.js';
import './chunk-BfG_CG07.js';
import { r as resolveInside } from './chunk-Dhnp4LvZ.js';
import './chunk-CE2JlTQc.js';
import { U as UserError } from './chunk-gJGdoriE.js';
import { relative } from 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
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

export { parseCommand };
