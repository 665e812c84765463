import { createRequire } from 'node:module';
import { I as INPUTS, U as UserError, l as didYouMean, n as writeSync, p as isActionCommand, q as inputDescription, e as existsSync, s as statSync, r as realpathSync, i as isUserError, j as describeError } from './chunk-gJGdoriE.js';
import { resolve } from 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/cli/args.ts
var GLOBAL_FLAGS = ["json", "help", "verbose", "cwd"];
var GLOBAL_BOOLEAN = /* @__PURE__ */ new Set(["json", "help", "verbose"]);
var ALIASES = { out: "out-dir", config: "config-file" };
function commandWord(argv) {
  const booleanInputs = new Set(INPUTS.filter((s) => s.type === "boolean").map((s) => s.name));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("-")) return a;
    if (!a.startsWith("--") || a.includes("=")) continue;
    const name = ALIASES[a.slice(2)] ?? a.slice(2);
    if (!GLOBAL_BOOLEAN.has(name) && !booleanInputs.has(name)) i++;
  }
  return void 0;
}
function parseArgs(argv, findCommand) {
  const out = { given: {}, flags: {}, positional: [], json: false, help: false, verbose: false };
  const inputNames = new Set(INPUTS.map((s) => s.name));
  const booleanInputs = new Set(INPUTS.filter((s) => s.type === "boolean").map((s) => s.name));
  const commandFlags = () => out.command ? findCommand(out.command)?.flags ?? [] : [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-h") {
      out.help = true;
      continue;
    }
    const short = /^-([^-])(?:=(.*))?$/.exec(a);
    if (!a.startsWith("--") && !short) {
      if (out.command === void 0) out.command = a;
      else out.positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    let rawName;
    let cmdFlag;
    let name;
    if (short) {
      cmdFlag = commandFlags().find((f) => f.short === short[1]);
      if (!cmdFlag) throw new UserError(`unknown flag ${a.slice(0, 2)}`, { hint: flagHint(out.command) });
      [rawName, name] = [a.slice(1, 2), cmdFlag.name];
    } else {
      rawName = a.slice(2, eq === -1 ? void 0 : eq);
      const declared = commandFlags().find((f) => f.name === rawName);
      name = declared ? rawName : ALIASES[rawName] ?? rawName;
      cmdFlag = declared ?? commandFlags().find((f) => f.name === name);
    }
    const shown = short ? `-${rawName}` : `--${rawName}`;
    const inline = short ? short[2] : eq === -1 ? void 0 : a.slice(eq + 1);
    const isBool = GLOBAL_BOOLEAN.has(name) || booleanInputs.has(name) || cmdFlag?.boolean;
    let value;
    if (inline !== void 0) value = inline;
    else if (isBool) value = "true";
    else {
      if (i + 1 >= argv.length) throw new UserError(`flag ${shown} needs a value`, { hint: flagHint(out.command) });
      value = argv[++i];
    }
    if (name === "json" || name === "help" || name === "verbose") out[name] = value === "true";
    else if (name === "cwd") out.cwd = value;
    else if (cmdFlag) out.flags[name] = cmdFlag.boolean ? value === "true" : cmdFlag.repeatable && typeof out.flags[name] === "string" ? `${out.flags[name]},${value}` : value;
    else if (inputNames.has(name)) out.given[name] = value;
    else {
      const known = [...GLOBAL_FLAGS, ...Object.keys(ALIASES), ...inputNames, ...commandFlags().map((f) => f.name)];
      const suggestion = didYouMean(rawName, known, (c) => `--${c}`);
      throw new UserError(`unknown flag ${shown}`, { hint: suggestion ? `${suggestion} (${flagHint(out.command)})` : `${flagHint(out.command)} for the flags` });
    }
  }
  return out;
}
var flagHint = (command) => `see go-xenv ${command ? `${command} ` : ""}--help`;

// src/cli/fd-write.ts
var pause = new Int32Array(new SharedArrayBuffer(4));
function writeAllSync(fd, text) {
  const bytes = Buffer.from(text);
  for (let off = 0; off < bytes.length; ) {
    try {
      off += writeSync(fd, bytes, off);
    } catch (e) {
      const code = e.code;
      if (code === "EPIPE") return;
      if (code !== "EAGAIN") throw e;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

// src/cli/command-list.ts
var COMMAND_LIST = [
  { name: "check", summary: "Run every configured capability in order (toolchain, emulation, matrix, policy, baseline, canary, report)" },
  { name: "setup", summary: "Install the requested Go (SHA-256 verified), put it on PATH, restore the module/build cache" },
  { name: "doctor", summary: "Check the Go environment: which go PATH runs, GOROOT, GO111MODULE, GOFLAGS, go.mod, cache locations" },
  { name: "emulation", summary: "QEMU emulation: `status` reports binfmt_misc per platform; `register` registers and verifies (needs root)" },
  { name: "plan", summary: "Plan the cross-compile matrix: JSON for strategy.matrix (one entry per target, with a runner suggestion)" },
  { name: "build", summary: "Build the matrix in parallel, check every binary against its target, smoke-run linux binaries, write SHA256SUMS and manifest.json" },
  { name: "policy", summary: "Test config files against Rego policies as conftest does (`policy test <files...>`, the same flags and output); `policy verify` runs their test_ rules (conftest verify)" },
  { name: "audit", summary: "Evaluate the whole repository against the policies and the committed baseline (nightly): drift, violations, OpenMetrics figures" },
  { name: "baseline-update", summary: "Write the baseline snapshot from the current state (configs, policy verdicts, dependency sets, toolchain, binaries)" },
  { name: "baseline", summary: "Write the baseline snapshot (`baseline update`), or diff the current state against the base branch's baseline (`baseline diff`)" },
  { name: "canary", summary: "Judge canary vs stable metrics (Prometheus or a JSON file) and decide: promote, hold or rollback" },
  { name: "rego", summary: "Evaluate a Rego query with the built-in engine and print the result set as JSON (like `opa eval -f json`)" },
  { name: "parse", summary: "Print the documents policies see for config and lock files, as JSON (like `conftest parse`)" },
  { name: "locks", summary: "Diff the dependency locks (Go and pip) between two revisions of the repository: Markdown, or JSON with --json" },
  { name: "report", summary: "Run what check runs and print the Markdown report the pull-request comment would carry (posts nothing)" }
];

// src/cli/help.ts
var GLOBAL_HELP = [
  "  --json          machine-readable output on stdout",
  "  --cwd DIR       workspace directory (default: the current directory)",
  "  --config FILE   repository config file (default .github/go-xenv.yml)",
  "  --verbose       debug messages"
];
function usage() {
  const width = Math.max(...COMMAND_LIST.map((c) => c.name.length));
  return [
    "usage: go-xenv <command> [flags]",
    "",
    "commands:",
    ...COMMAND_LIST.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "global flags:",
    ...GLOBAL_HELP,
    "  --help          this text, or a command's flags with `go-xenv <command> --help`",
    "",
    "Every action input is also a flag: `go-xenv <command> --help` lists those the command reads.",
    ""
  ].join("\n");
}
var inputsOf = (command) => INPUTS.filter((s) => s.name !== "command" && s.name !== "config-file" && isActionCommand(command) && (command === "check" || s.commands === "all" || s.commands.includes(command)));
function commandHelp(c) {
  const flags = (c.flags ?? []).map((f) => `  ${f.short ? `-${f.short}, ` : ""}--${f.name}${f.boolean ? "" : " VALUE"}
      ${f.description}`);
  const inputs = inputsOf(c.name).map((s) => `  --${s.name}${s.type === "boolean" ? "" : " VALUE"}  (default: ${helpDefault(s.default)})
      ${inputDescription({ ...s, default: "" })}`);
  return [
    `usage: go-xenv ${c.usage ?? `${c.name} [flags]`}`,
    "",
    c.summary,
    "",
    ...flags.length ? ["flags:", ...flags, ""] : [],
    ...inputs.length ? ["inputs (action inputs too; all but step-only ones are also keys of the config file):", ...inputs, ""] : [],
    // A command's own --config (canary's file) hides the global one.
    "global flags:",
    ...GLOBAL_HELP.filter((l) => !(l.startsWith("  --config ") && c.flags?.some((f) => f.name === "config"))),
    ""
  ].join("\n");
}
var helpDefault = (d) => d.startsWith("${{") ? "$GITHUB_TOKEN" : d || "none";

// src/cli/run.ts
var defaultIo = () => ({
  stdout: (s) => writeAllSync(1, s),
  stderr: (s) => writeAllSync(2, s),
  env: process.env,
  cwd: process.cwd()
});
async function runCli(argv, io = defaultIo()) {
  try {
    const word = commandWord(argv);
    const named = word === void 0 ? void 0 : await (await import('./registry-CSYgn_Sk.js')).loadCommand(word);
    const findCommand = (name) => name === word ? named : void 0;
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
      io.stdout(commandHelp(command));
      return 0;
    }
    const workspace = resolve(io.cwd, args.cwd ?? ".");
    if (args.cwd !== void 0 && (!existsSync(workspace) || !statSync(workspace).isDirectory())) {
      throw new UserError(`--cwd ${JSON.stringify(args.cwd)}: no such directory (${workspace})`, { hint: "give the workspace directory to work in" });
    }
    const results = command.standalone ? await command.standalone({ workspace: realpathSync(workspace), args: args.positional, flags: args.flags }) : await runWithConfig(command, args, workspace, io);
    const findings = command.findingsInText ? [] : results.flatMap((r) => r.findings);
    if (findings.length) {
      const { terminalLine } = await import('./annotations-D_lOfJw5.js');
      for (const f of findings) io.stderr(`${terminalLine(f)}
`);
    }
    const text = command.text ?? (await import('./render-DCS-sknd.js')).renderText;
    io.stdout(args.json ? `${command.jsonText ? command.jsonText(results) : JSON.stringify(command.json ? command.json(results) : toJson(command.name, results), null, 2)}
` : `${text(results)}
`);
    return exitCode(results);
  } catch (e) {
    io.stderr(`go-xenv: ${isUserError(e) ? e.format() : describeError(e)}
`);
    return 3;
  }
}
async function runWithConfig(command, args, workspace, io) {
  const given = { ...args.given, ...isActionCommand(command.name) ? { command: command.name } : {} };
  if (!given["working-directory"] && workspace === resolve(io.cwd) && !args.cwd) given["working-directory"] = defaultTarget(workspace);
  const [{ loadConfig }, { terminalHost }] = await Promise.all([import('./load-CE4hjwhY.js'), import('./terminal-host-D5vkD7Cv.js')]);
  const config = loadConfig({ given, workspace, env: io.env, cli: true });
  const host = terminalHost({ env: io.env, write: (l) => io.stderr(`${l}
`), verbose: args.verbose });
  return command.run({ config, host, args: args.positional, flags: args.flags });
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
    // Findings only where there are some: the document of a run without problems is as it was before they existed.
    steps: results.map(({ findings, ...rest }) => findings.length ? { ...rest, findings } : rest)
  };
}

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2));
