import { createRequire } from 'node:module';
import { a as stepOf } from './chunk-tQh32aOw.js';
import { U as UserError } from './chunk-gJGdoriE.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/pipeline/rego.ts
var regoCommand = {
  name: "rego",
  summary: "Evaluate a Rego query with the built-in engine and print the result set as JSON (like `opa eval -f json`)",
  usage: "rego eval --data <paths> [--input <file>] [--schema <file-or-dir>] [--v0] [--strict] <query>",
  flags: [
    { name: "data", short: "d", description: "comma-separated .rego/.json/.yaml files or directories" },
    { name: "input", short: "i", description: "the input document (JSON or YAML)" },
    { name: "schema", short: "s", description: "a JSON Schema file for the input, or a directory of schemas for `schemas:` annotations (like opa eval --schema)" },
    { name: "v0", description: "parse modules as Rego v0 (like opa --v0-compatible)", boolean: true },
    { name: "strict", description: "strict builtin errors", boolean: true }
  ],
  run: (ctx) => evalStep({ workspace: ctx.config.workspace, args: ctx.args, flags: ctx.flags }),
  // It reads only its own flags: the CLI starts it without the config file, the host and the report.
  standalone: (ctx) => evalStep(ctx),
  // Like `opa eval -f json`: the result set is the output, with or without --json (written by our own JSON writer,
  // which goes to OPA's nesting depth).
  jsonText: (results) => stepOf(results, "rego")?.data?.resultSetJson ?? "",
  text: (results) => stepOf(results, "rego")?.data?.resultSetJson ?? ""
};
async function evalStep(ctx) {
  const [sub, ...rest] = ctx.args;
  if (sub !== "eval" || rest.length !== 1) throw new UserError("usage: go-xenv rego eval --data <paths> [--input <file>] <query>");
  const { evalCommand, toJSONText } = await import('./rego-CkdsLX6W.js').then(function (n) { return n.I; });
  const dataPaths = typeof ctx.flags.data === "string" ? ctx.flags.data.split(",").filter(Boolean) : [];
  const out = await evalCommand({
    dataPaths,
    inputFile: typeof ctx.flags.input === "string" ? ctx.flags.input : void 0,
    query: rest[0],
    v0: ctx.flags.v0 === true,
    strict: ctx.flags.strict === true,
    cwd: ctx.workspace,
    schemaPath: typeof ctx.flags.schema === "string" ? ctx.flags.schema : void 0
  });
  const text = toJSONText(out, "  ");
  return [{ step: "rego", status: "ok", title: "rego eval", findings: [], data: { resultSetJson: text } }];
}

export { regoCommand };
