import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  COMMAND_TABLE,
  INPUTS,
  findCommand,
  isActionCommand,
  loadConfig,
  renderText
} from "./chunks/chunk-ULHM5SPC.js";
import "./chunks/chunk-BIFISILY.js";
import "./chunks/chunk-77ODOZJM.js";
import {
  UserError,
  describeError,
  isUserError
} from "./chunks/chunk-ESTE6WNA.js";
import "./chunks/chunk-7LQLP6SQ.js";

// src/cli/run.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";

// src/terminal-host.ts
import { delimiter } from "node:path";
function terminalHost(opts = {}) {
  const env = opts.env ?? process.env;
  const write = opts.write ?? ((l) => process.stderr.write(`${l}
`));
  const at = (w) => w?.file ? `${w.file}${w.line ? `:${w.line}` : ""}${w.col ? `:${w.col}` : ""}: ` : "";
  const state = /* @__PURE__ */ new Map();
  const outputs = {};
  const summary = [];
  return {
    kind: "terminal",
    env,
    outputs,
    summary,
    info: (m) => write(m),
    debug: (m) => {
      if (opts.verbose) write(`debug: ${m}`);
    },
    warning: (m, w) => write(`warning: ${at(w)}${m}`),
    error: (m, w) => write(`error: ${at(w)}${m}`),
    setOutput: (n, v) => {
      outputs[n] = v;
    },
    exportVariable: (n, v) => {
      env[n] = v;
    },
    addPath: (d) => {
      env.PATH = `${d}${delimiter}${env.PATH ?? ""}`;
    },
    saveState: (n, v) => {
      state.set(n, v);
    },
    getState: (n) => state.get(n) ?? "",
    appendSummary: (md) => {
      summary.push(md);
    },
    group: async (_name, fn) => fn()
  };
}

// src/cli/args.ts
var GLOBAL_BOOLEAN = /* @__PURE__ */ new Set(["json", "help", "verbose"]);
var ALIASES = { out: "out-dir", config: "config-file" };
function parseArgs(argv, findCommand2) {
  const out = { given: {}, flags: {}, positional: [], json: false, help: false, verbose: false };
  const inputNames = new Set(INPUTS.map((s) => s.name));
  const booleanInputs = new Set(INPUTS.filter((s) => s.type === "boolean").map((s) => s.name));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-h") {
      out.help = true;
      continue;
    }
    if (!a.startsWith("--")) {
      if (out.command === void 0) out.command = a;
      else out.positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const rawName = a.slice(2, eq === -1 ? void 0 : eq);
    const declared = out.command ? findCommand2(out.command)?.flags?.find((f) => f.name === rawName) : void 0;
    const name = declared ? rawName : ALIASES[rawName] ?? rawName;
    const inline = eq === -1 ? void 0 : a.slice(eq + 1);
    const cmdFlag = declared ?? (out.command ? findCommand2(out.command)?.flags?.find((f) => f.name === name) : void 0);
    const isBool = GLOBAL_BOOLEAN.has(name) || booleanInputs.has(name) || cmdFlag?.boolean;
    let value;
    if (inline !== void 0) value = inline;
    else if (isBool) value = "true";
    else {
      if (i + 1 >= argv.length) throw new UserError(`flag --${rawName} needs a value`, { hint: "see go-xenv --help" });
      value = argv[++i];
    }
    if (name === "json" || name === "help" || name === "verbose") out[name] = value === "true";
    else if (name === "cwd") out.cwd = value;
    else if (cmdFlag) out.flags[name] = cmdFlag.boolean ? value === "true" : value;
    else if (inputNames.has(name)) out.given[name] = value;
    else throw new UserError(`unknown flag --${rawName}`, { hint: "see go-xenv --help for the flags" });
  }
  return out;
}

// src/cli/run.ts
var defaultIo = () => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd()
});
async function runCli(argv, io = defaultIo()) {
  try {
    const args = parseArgs(argv, findCommand);
    if (!args.command || args.help && !args.command) {
      io.stdout(usage());
      return args.command || args.help ? 0 : 3;
    }
    const command = findCommand(args.command);
    if (!command) {
      io.stderr(`go-xenv: unknown command "${args.command}"

${usage()}`);
      return 3;
    }
    if (args.help) {
      io.stdout(commandHelp(command.name));
      return 0;
    }
    const workspace = resolve(io.cwd, args.cwd ?? ".");
    const given = { ...args.given, ...isActionCommand(command.name) ? { command: command.name } : {} };
    if (!given["working-directory"] && workspace === resolve(io.cwd) && !args.cwd) given["working-directory"] = defaultTarget(workspace);
    const config = loadConfig({ given, workspace, env: io.env });
    const host = terminalHost({ env: io.env, write: (l) => io.stderr(`${l}
`), verbose: args.verbose });
    const results = await command.run({ config, host, args: args.positional, flags: args.flags });
    io.stdout(args.json ? `${JSON.stringify(command.json ? command.json(results) : toJson(command.name, results), null, 2)}
` : `${command.text ? command.text(results) : renderText(results)}
`);
    return exitCode(results);
  } catch (e) {
    io.stderr(`go-xenv: ${isUserError(e) ? e.format() : describeError(e)}
`);
    return 3;
  }
}
function defaultTarget(workspace) {
  return existsSync(resolve(workspace, "examples", "go.mod")) && !existsSync(resolve(workspace, "go.mod")) ? "examples" : ".";
}
function exitCode(results) {
  const explicit = results.map((r) => r.exitCode).filter((c) => c !== void 0 && c !== 0);
  if (explicit.length) return explicit[0];
  return results.some((r) => r.status === "failed") ? 1 : 0;
}
function toJson(command, results) {
  return {
    command,
    ok: !results.some((r) => r.status === "failed"),
    steps: results.map(({ details: _d, ...rest }) => rest)
  };
}
function usage() {
  const width = Math.max(...COMMAND_TABLE.map((c) => c.name.length));
  return [
    "usage: go-xenv <command> [flags]",
    "",
    "commands:",
    ...COMMAND_TABLE.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "global flags:",
    "  --json          machine-readable output on stdout",
    "  --cwd DIR       workspace directory (default: the current directory)",
    "  --config FILE   repository config file (default .github/go-xenv.yml)",
    "  --verbose       debug messages",
    "  --help          this text, or a command's flags with `go-xenv <command> --help`",
    "",
    "Every action input is also a flag: `go-xenv <command> --help` lists them.",
    ""
  ].join("\n");
}
function commandHelp(name) {
  const c = findCommand(name);
  const flags = [
    ...(c.flags ?? []).map((f) => `  --${f.name}${f.boolean ? "" : " VALUE"}
      ${f.description}`),
    ...INPUTS.filter((s) => s.name !== "command").map((s) => `  --${s.name}${s.type === "boolean" ? "" : " VALUE"}  (default: ${helpDefault(s.default)})
      ${s.description}`)
  ];
  return [`usage: go-xenv ${c.usage ?? `${c.name} [flags]`}`, "", c.summary, "", "flags:", ...flags, ""].join("\n");
}
var helpDefault = (d) => d.startsWith("${{") ? "$GITHUB_TOKEN" : d || "none";

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2));
