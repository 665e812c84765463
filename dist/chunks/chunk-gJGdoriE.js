import { createRequire } from 'node:module';

let __goxenvRequire$3; const __goxenvReq$3 = () => (__goxenvRequire$3 ??= createRequire(import.meta.url)); const require$4 = Object.assign((id) => __goxenvReq$3()(id), { resolve: (id, options) => __goxenvReq$3().resolve(id, options) });

// src/config/inputs.ts
var COMMANDS = [
  "check",
  "setup",
  "doctor",
  "plan",
  "build",
  "emulation",
  "policy",
  "audit",
  "baseline-update",
  "canary"
];
var isActionCommand = (name) => COMMANDS.includes(name);
var TOOLCHAIN = ["setup", "doctor", "plan", "build", "emulation"];
var CACHE = ["setup"];
var MATRIX_PLAN = ["setup", "doctor", "plan", "build", "emulation"];
var MATRIX_BUILD = ["build"];
var EMULATION = ["emulation"];
var CANARY = ["canary"];
var BASELINE = ["audit", "baseline-update"];
var POLICY = ["policy", "audit", "baseline-update"];
var INPUTS = [
  {
    name: "command",
    type: "enum",
    values: COMMANDS,
    default: "check",
    commands: "all",
    description: "The job to run: `check` runs every configured capability in order (the required PR check); the others run one capability (fan-out and nightly jobs)."
  },
  {
    name: "working-directory",
    type: "string",
    default: ".",
    commands: "all",
    description: "Directory of the Go module to work on, relative to the workspace."
  },
  {
    name: "config-file",
    type: "string",
    default: ".github/go-xenv.yml",
    commands: "all",
    stepOnly: "the config file cannot name its own location",
    description: "Repository config file (YAML) holding any of these inputs; inputs given to the step win over it, and it wins over the defaults. The default file missing is fine; a file named here must exist."
  },
  {
    name: "go-version",
    type: "list",
    default: "",
    commands: TOOLCHAIN,
    description: "Go version(s) to install: exact (1.26.8), minor (1.26), semver range (^1.25, >=1.24 <1.26, 1.x), prerelease (1.27rc1), stable or oldstable. Several (one a line or comma-separated) install each; the last is the default on PATH."
  },
  {
    name: "go-version-file",
    type: "string",
    default: "",
    commands: TOOLCHAIN,
    description: "File to read the version from: go.mod, go.work, .go-version or .tool-versions. Default: the go.mod of the working directory when go-version is empty."
  },
  {
    name: "check-latest",
    type: "boolean",
    default: "false",
    commands: TOOLCHAIN,
    description: "Re-resolve the version against the release list even when the tool cache already holds a match."
  },
  {
    name: "go-download-base-url",
    type: "string",
    default: "",
    commands: TOOLCHAIN,
    stepOnly: "the mirror serves the release list and its checksums, so it chooses the Go binary that runs",
    description: "Mirror serving the go.dev download layout and release list (also GO_DOWNLOAD_BASE_URL). Default https://go.dev/dl."
  },
  {
    name: "token",
    type: "string",
    default: "${{ github.token }}",
    commands: TOOLCHAIN,
    stepOnly: "a secret belongs in the workflow (secrets.*), never in a file of the repository",
    description: "GitHub token: used for the GitHub API (comments, checks) and sent only to download hosts that need it."
  },
  {
    name: "cache",
    type: "enum",
    values: ["true", "false", "restore-only"],
    default: "true",
    commands: CACHE,
    description: "Cache the Go module and build caches: true (restore, and save on a key miss), false, or restore-only."
  },
  {
    name: "cache-dependency-path",
    type: "list",
    default: "",
    commands: CACHE,
    description: "Files (globs allowed) hashed into the cache key. Default: go.sum of the working directory."
  },
  {
    name: "cache-save-branches",
    type: "list",
    default: "",
    commands: CACHE,
    description: "Branches whose runs save the cache (other runs only restore). Default: the repository default branch. `*` saves on every branch."
  },
  {
    name: "qemu-platforms",
    type: "list",
    default: "",
    commands: [...EMULATION, "doctor"],
    description: "Platforms to register with binfmt_misc (arm64, arm, riscv64, ppc64le, s390x, ... or all). Default: those the matrix needs that the runner cannot run natively."
  },
  {
    name: "qemu-method",
    type: "enum",
    values: ["auto", "docker", "direct", "none"],
    default: "auto",
    commands: EMULATION,
    description: "How to register: docker (tonistiigi/binfmt, as docker/setup-qemu-action), direct (qemu-user-static + binfmt_misc), auto (docker when an engine answers), none. The config file may say only direct or none (the others may start a privileged container)."
  },
  {
    name: "qemu-image",
    type: "string",
    default: "",
    commands: EMULATION,
    stepOnly: "the docker method runs this image as a privileged container",
    description: "binfmt installer image for the docker method. Default: tonistiigi/binfmt pinned by digest."
  },
  {
    name: "qemu-install",
    type: "boolean",
    default: "true",
    commands: EMULATION,
    description: "Allow installing qemu-user-static with the package manager when it is missing (direct method)."
  },
  {
    name: "targets",
    type: "list",
    default: "",
    commands: MATRIX_PLAN,
    description: "Cross-compile targets: os/arch pairs, globs (linux/*), first-class or all, resolved against `go tool dist list` of the installed toolchain. Empty: no matrix."
  },
  {
    name: "exclude",
    type: "list",
    default: "",
    commands: MATRIX_PLAN,
    description: "Targets (or globs) removed from the matrix."
  },
  {
    name: "variants",
    type: "list",
    default: "",
    commands: MATRIX_PLAN,
    description: "Extra variants: GOARM=6,7 GOAMD64=v1..v4 GOARM64=v8.0,... e.g. `GOARM=6,7`."
  },
  {
    name: "cgo",
    type: "list",
    default: "",
    commands: MATRIX_PLAN,
    description: "Targets built with CGO_ENABLED=1 (the cross C compiler comes from a table); empty builds all with CGO_ENABLED=0."
  },
  {
    name: "build-package",
    type: "string",
    default: ".",
    commands: MATRIX_BUILD,
    description: "Package to build, relative to the working directory."
  },
  {
    name: "binary-name",
    type: "string",
    default: "",
    commands: ["plan", "build"],
    description: "Base name of the binaries (a file name: no path separators). Default: the last element of the module path."
  },
  {
    name: "ldflags",
    type: "string",
    default: "-s -w -X main.version={{.Version}}",
    commands: MATRIX_BUILD,
    description: "ldflags template; {{.Version}}, {{.Commit}} and {{.CommitDate}} are filled in. From the config file only -s, -w, -X, -B and -buildid (flags that choose a linker, an interpreter or a file to write are step inputs only)."
  },
  {
    name: "out-dir",
    type: "string",
    default: ".go-xenv/out",
    commands: [...MATRIX_BUILD, "doctor", "emulation"],
    description: "Where binaries, SHA256SUMS and manifest.json are written."
  },
  {
    name: "smoke-args",
    type: "string",
    default: "-version",
    commands: MATRIX_BUILD,
    description: "Arguments for the smoke run of each linux binary (under QEMU when foreign). An empty value in the config file or on the command line disables smoke runs."
  },
  {
    name: "smoke-timeout",
    type: "integer",
    default: "30",
    range: [1, 3600],
    commands: MATRIX_BUILD,
    description: "Seconds a smoke run may take (1 to 3600)."
  },
  {
    name: "reproducible",
    type: "boolean",
    default: "false",
    commands: MATRIX_BUILD,
    description: "Build twice in separate directories and fail on any differing hash."
  },
  {
    name: "canary",
    type: "yaml",
    default: "",
    commands: CANARY,
    description: "Canary gating config (YAML: provider, window, metrics, thresholds), or a path to a YAML file holding it. Empty: no canary step."
  },
  {
    name: "fail-on-hold",
    type: "boolean",
    default: "false",
    commands: CANARY,
    description: "Fail the check when the canary decision is hold (rollback always fails)."
  },
  {
    name: "comment",
    type: "enum",
    values: ["auto", "always", "never"],
    default: "auto",
    commands: ["policy", "build", "canary", "audit"],
    description: "The sticky pull request comment carrying the report: auto (on pull requests, except from forks on `pull_request`, whose token is read-only), always (on every pull request, forks too: for repositories that give forks a write token), never. Without a comment the report is in the job summary and the report artifact."
  },
  {
    name: "comment-id",
    type: "string",
    default: "go-xenv",
    commands: ["policy", "build", "canary", "audit"],
    pattern: { source: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", hint: "letters, digits, ., _ and -, at most 64, starting with a letter or digit, e.g. go-xenv-linux" },
    description: "Names the sticky comment (kept in a hidden marker), so several jobs on one pull request each keep their own; a later run with the same id updates that comment."
  },
  {
    name: "baseline-file",
    type: "string",
    default: ".github/go-xenv-baseline.json",
    commands: BASELINE,
    description: "The committed baseline snapshot (JSON) that `baseline-update` writes and `audit` and the baseline diff compare against, relative to the workspace (it must stay inside it)."
  },
  {
    name: "baseline-configs",
    type: "list",
    default: "**/*",
    commands: BASELINE,
    description: "Globs (relative to the workspace) of the config files the baseline tracks; of the files they match, those a policy parser reads are tracked (lock files go to the dependency sets). .git, node_modules and out-dir are never tracked."
  },
  // The policy step (conftest's `test`); a conftest.toml in the workspace is read too: these inputs win over it.
  {
    name: "policy",
    type: "list",
    default: "policy",
    commands: POLICY,
    description: "Rego policy files or directories, relative to the workspace, as conftest's --policy; `builtin` names the policy pack shipped with the action. Empty in the inputs and in conftest.toml: `policy/`."
  },
  {
    name: "policy-namespace",
    type: "list",
    default: "main",
    commands: POLICY,
    description: "Namespaces (Rego packages) to test, as conftest's --namespace; several allowed."
  },
  {
    name: "policy-all-namespaces",
    type: "boolean",
    default: "false",
    commands: POLICY,
    description: "Test every namespace the policies declare (conftest's --all-namespaces)."
  },
  {
    name: "policy-data",
    type: "list",
    default: "",
    commands: POLICY,
    description: "Data files or directories (JSON/YAML) merged under `data`, as conftest's --data."
  },
  {
    name: "policy-files",
    type: "list",
    default: "",
    commands: POLICY,
    description: "Globs (relative to the workspace) of the config files to test. Default: every file a parser understands."
  },
  {
    name: "policy-exclude",
    type: "list",
    default: "",
    commands: POLICY,
    description: "Globs of files left out of the policy run (.git is always left out)."
  },
  {
    name: "policy-scope",
    type: "enum",
    values: ["auto", "changed", "all"],
    default: "auto",
    commands: POLICY,
    description: "`changed`: only the files a pull request changes; `all`: every matching file; `auto`: changed on pull_request, all on other events (push, schedule, workflow_dispatch)."
  },
  {
    name: "policy-combine",
    type: "boolean",
    default: "false",
    commands: POLICY,
    description: "Test all files as one document, conftest's --combine shape."
  },
  {
    name: "policy-fail-on-warn",
    type: "boolean",
    default: "false",
    commands: POLICY,
    description: "Fail on warnings too (conftest's --fail-on-warn)."
  },
  {
    name: "policy-no-fail",
    type: "boolean",
    default: "false",
    commands: POLICY,
    description: "Report policy failures without failing the step (conftest's --no-fail)."
  },
  {
    name: "policy-rego-version",
    type: "enum",
    values: ["v1", "v0"],
    default: "v1",
    commands: POLICY,
    description: "Rego syntax of the policies: v1, or v0 for older policies (conftest's --rego-version)."
  },
  {
    name: "policy-verify",
    type: "enum",
    values: ["auto", "true", "false"],
    default: "auto",
    commands: POLICY,
    description: "Also run the `test_` rules of the repository's policies (conftest's verify; the built-in pack's own tests are not run): a failing or erring test fails the step, whatever policy-no-fail says. `auto`: when the policy paths hold `test_` rules."
  }
];
var declaresDefault = (s) => s.default.startsWith("${{");
function inputDescription(s) {
  const parts = [s.description];
  if (s.default && !declaresDefault(s)) parts.push(`Default: \`${s.default}\`.`);
  if (s.stepOnly) parts.push(`Step input only, not in the config file: ${s.stepOnly}.`);
  return parts.join(" ");
}

// src/config/suggest.ts
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
function closest(word, candidates) {
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
function didYouMean(word, candidates, render = (c) => `"${c}"`) {
  const c = closest(word, candidates);
  return c === void 0 ? void 0 : `did you mean ${render(c)}?`;
}

let __goxenvRequire$2; const __goxenvReq$2 = () => (__goxenvRequire$2 ??= createRequire(import.meta.url)); const require$3 = Object.assign((id) => __goxenvReq$2()(id), { resolve: (id, options) => __goxenvReq$2().resolve(id, options) });
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require$3 !== "undefined" ? require$3 : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require$3 !== "undefined" ? require$3 : a)[b]
}) : x)(function(x) {
  if (typeof require$3 !== "undefined") return require$3.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

let __goxenvRequire$1; const __goxenvReq$1 = () => (__goxenvRequire$1 ??= createRequire(import.meta.url)); const require$2 = Object.assign((id) => __goxenvReq$1()(id), { resolve: (id, options) => __goxenvReq$1().resolve(id, options) });

// fs-named:node:fs
var fs = __require("node:fs");
var { closeSync, constants, createReadStream, createWriteStream, existsSync, fstatSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, readdirSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, writeSync } = fs;

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/errors.ts
var UserError = class extends Error {
  where;
  hint;
  code;
  constructor(message, opts = {}) {
    super(message);
    this.name = "UserError";
    this.where = opts.where ?? {};
    this.hint = opts.hint;
    this.code = opts.code ?? "user_error";
  }
  /** `file:line:col: message (hint)` — the single line shown to people and used for annotations. */
  format() {
    const { file, line, col } = this.where;
    const at = file ? `${file}${line ? `:${line}${col ? `:${col}` : ""}` : ""}: ` : "";
    return `${at}${this.message}${this.hint ? ` \u2014 ${this.hint}` : ""}`;
  }
};
var isUserError = (e) => e instanceof UserError;
function describeError(e) {
  if (isUserError(e)) return e.format();
  if (e instanceof Error) return e.stack ?? e.message;
  return String(e);
}

export { renameSync as A, __export as B, INPUTS as I, UserError as U, __commonJS as _, __require as a, readFileSync as b, constants as c, readSync as d, existsSync as e, fstatSync as f, closeSync as g, createReadStream as h, isUserError as i, describeError as j, __toESM as k, didYouMean as l, mkdirSync as m, writeSync as n, openSync as o, isActionCommand as p, inputDescription as q, realpathSync as r, statSync as s, readdirSync as t, lstatSync as u, mkdtempSync as v, writeFileSync as w, rmSync as x, createWriteStream as y, unlinkSync as z };
