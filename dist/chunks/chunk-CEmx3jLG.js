import { createRequire } from 'node:module';
import { l as logSafe } from './chunk-DjFb5CTR.js';
import { relative, isAbsolute } from 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
var fromCapabilityFinding = (f) => ({
  id: f.rule ?? f.capability,
  severity: f.severity === "notice" ? "info" : f.severity,
  message: f.message,
  fix: f.help ?? ""
});
var VALID_MOD = /* @__PURE__ */ new Set(["readonly", "vendor", "mod"]);
function diagnose(f) {
  const out = [];
  const add = (id, severity, message, fix) => out.push({ id, severity, message, fix });
  const usedRoot = f.installed?.goroot ?? f.pathGo?.goroot;
  if (!f.pathGo && !f.installed) {
    add("no-go", "error", "no `go` on PATH", "run `go-xenv setup` (or the action with `command: setup`) to install the requested Go");
  }
  if (f.installed && f.pathGo && f.pathGo.realpath !== f.installedRealpath && f.pathGo.goroot !== f.installed.goroot) {
    add(
      "path-shadow",
      "warning",
      `\`go\` on PATH is ${f.pathGo.path} (go${f.pathGo.version ?? "?"}, GOROOT ${f.pathGo.goroot ?? "?"}), not the installed go${f.installed.version} (${f.installed.goBin})`,
      `put ${f.installed.goroot}/bin first on PATH, or remove the other Go from PATH`
    );
  }
  if (!f.installed && f.requested && f.pathGo && f.requested.satisfiedByPath === false) {
    add(
      "path-version",
      "warning",
      `\`go\` on PATH is go${f.pathGo.version ?? "?"} but ${f.requested.source} asks for ${f.requested.spec}`,
      "run `go-xenv setup` (or the action with `command: setup`) to install it"
    );
  }
  if (f.env.GOROOT && usedRoot && trimSlash(f.env.GOROOT) !== trimSlash(usedRoot)) {
    add(
      "goroot",
      "error",
      `GOROOT is set to ${f.env.GOROOT}, another tree than the go in use (${usedRoot})`,
      "unset GOROOT: the go command finds its own root, and a foreign GOROOT mixes standard libraries and tools"
    );
  }
  if (f.env.GO111MODULE?.toLowerCase() === "off") {
    add(
      "go111module",
      "error",
      "GO111MODULE=off: go.mod is ignored and builds use GOPATH mode",
      "unset GO111MODULE (or set it to on)"
    );
  }
  const goSaid = f.goRun?.error;
  if (goSaid && !(/GOROOT/.test(goSaid) && out.some((x) => x.id === "goroot"))) {
    add("go-fails", "error", `every go command fails here: \`${f.goRun.command}\` in ${f.workingDirectory} says: ${logSafe(goSaid)}`, fixFor(goSaid, f.env));
  }
  const goJudgedFlags = f.goRun && (!goSaid || /GOFLAGS|vendor/.test(goSaid));
  for (const flag of goJudgedFlags ? [] : (f.env.GOFLAGS ?? "").split(/\s+/).filter(Boolean)) {
    if (!flag.startsWith("-")) {
      add("goflags", "error", `GOFLAGS holds "${flag}", which is not a flag: every go command fails`, "GOFLAGS takes space-separated flags such as -mod=readonly; fix or unset it");
      continue;
    }
    const mod = /^--?mod=(.*)$/.exec(flag)?.[1];
    if (mod !== void 0 && !VALID_MOD.has(mod)) {
      add("goflags", "error", `GOFLAGS has ${flag}: -mod must be readonly, vendor or mod`, "fix or unset GOFLAGS");
    } else if (mod === "vendor" && !f.hasVendor) {
      add(
        "goflags",
        "error",
        `GOFLAGS has ${flag} but ${f.workingDirectory} has no vendor/ directory: builds fail`,
        "run `go mod vendor` and commit vendor/, or remove -mod=vendor from GOFLAGS"
      );
    }
  }
  if (f.gotoolchainRun?.error) {
    add(
      "gotoolchain",
      "error",
      `GOTOOLCHAIN=${logSafe(f.gotoolchain ?? "")}: go refuses it: ${logSafe(f.gotoolchainRun.error)}`,
      "set GOTOOLCHAIN to local (setup exports it), auto, path, or a toolchain name such as go1.26.8"
    );
  } else if (f.gotoolchain && f.gotoolchain !== "local") {
    add(
      "gotoolchain",
      "warning",
      `GOTOOLCHAIN=${f.gotoolchain}: go may download and run another toolchain than the one installed`,
      "set GOTOOLCHAIN=local (setup exports it for later steps)"
    );
  }
  if (!f.hasGoMod && !f.hasGoWork) {
    add(
      "no-go-mod",
      "warning",
      `${f.workingDirectory} has no go.mod: builds run outside module mode and the cache key has no dependencies`,
      "run `go mod init <module path>` there, or point working-directory at the module"
    );
  }
  if (f.locations) {
    for (const name of ["GOMODCACHE", "GOCACHE"]) {
      const p = f.locations[name];
      if (p && inside(p, f.workspaceAbs)) {
        add(
          "cache-in-repo",
          "warning",
          `${name} (${p}) is inside the workspace: it gets scanned, linted and maybe committed`,
          `set ${name} outside the repository (the default under $HOME is fine)`
        );
      }
    }
  }
  return out;
}
function fixFor(said, env) {
  if (/GOFLAGS/.test(said)) return `fix or unset GOFLAGS (now "${logSafe(env.GOFLAGS ?? "")}"): it takes space-separated flags that go knows, such as -mod=readonly`;
  if (/GO111MODULE/.test(said)) return "unset GO111MODULE, or set it to on";
  if (/vendor/.test(said)) return "run `go mod vendor` and commit vendor/, or remove -mod=vendor from GOFLAGS";
  if (/GOROOT/.test(said)) return "unset GOROOT: the go command finds its own root";
  if (/go\.(mod|work|sum)/.test(said)) return "fix the file and line the message names";
  return "fix the setting the message names, then run doctor again";
}
var trimSlash = (p) => p.replace(/\/+$/, "");
var inside = (p, dir) => {
  const r = relative(dir, p);
  return r === "" || !r.startsWith("..") && !isAbsolute(r);
};

export { diagnose as d, fromCapabilityFinding as f };
