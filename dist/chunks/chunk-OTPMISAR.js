import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  QEMU_PLATFORMS,
  crossCompiler,
  entryServes,
  nativePlatforms,
  plannedTargets,
  readBinfmt
} from "./chunk-6NESDUN7.js";
import {
  onPath,
  spawnRunner
} from "./chunk-IOMGH2NF.js";
import {
  escapeCell
} from "./chunk-X5Y2LEUS.js";
import {
  realpathAllowMissing
} from "./chunk-YZBW7M6D.js";
import {
  logSafe
} from "./chunk-GDFLD4U5.js";

// src/pipeline/host-check.ts
import { tmpdir } from "node:os";

// src/emulation/host-checks.ts
function wslVersion(f) {
  const said = `${f.osrelease ?? ""} ${f.procVersion ?? ""}`;
  if (/microsoft-standard-WSL2|\bWSL2\b/i.test(said)) return 2;
  if (/microsoft/i.test(said)) return 1;
  return void 0;
}
function hostFindings(f, needs) {
  const out = [];
  const add = (rule, severity, message, help) => out.push({ capability: "emulation", rule, severity, message, help });
  if (needs.emulation) emulationFindings(f, add);
  for (const d of f.dirs) {
    if (!d.mount?.options.includes("noexec")) continue;
    const what = d.role === "out-dir" ? "smoke runs cannot execute the built binaries" : "the emulation probe and `go run`/`go test` cannot execute what they build";
    const elsewhere = d.role === "out-dir" ? "--out-dir on another file system" : `${d.label === "RUNNER_TEMP" ? "TMPDIR" : d.label}=$HOME/.cache/tmp (mkdir it first)`;
    add(
      `noexec/${d.role}`,
      "error",
      `${d.label} ${d.path} is on ${d.mount.point}, mounted noexec: ${what}`,
      `\`sudo mount -o remount,exec ${d.mount.point}\`, or use ${elsewhere}`
    );
  }
  for (const c of f.compilers) {
    if (!c.cc) {
      add(
        "cgo/unknown-compiler",
        "error",
        `cgo is asked for ${c.target}, but no C cross compiler is known for it`,
        `build ${c.target} with CGO_ENABLED=0 (remove it from cgo)`
      );
    } else if (!c.path) {
      add(
        "cgo/missing-compiler",
        "error",
        `cgo is asked for ${c.target}, which needs the C cross compiler ${c.cc}: not on PATH`,
        `\`sudo apt-get install -y ${c.package}\``
      );
    }
  }
  return out;
}
function emulationFindings(f, add) {
  const wsl = wslVersion(f);
  const distro = f.wslDistro ?? "<distro>";
  if (wsl === 1) {
    add(
      "host/wsl1",
      "warning",
      `WSL1 (kernel ${f.osrelease ?? "?"}): WSL1 has no binfmt_misc, so no emulator can be registered (and Docker does not run)`,
      `convert the distribution to WSL2 from Windows: \`wsl --set-version ${distro} 2\` (\`wsl -l -v\` lists them), or run foreign binaries with qemu-user-static directly: \`qemu-aarch64-static ./bin\``
    );
  } else if (wsl === 2) {
    add(
      "host/wsl2",
      "notice",
      `WSL2 (kernel ${f.osrelease ?? "?"}): binfmt_misc works, but registrations are lost when WSL restarts`,
      "after `wsl --shutdown` or a reboot run `sudo go-xenv emulation register` again"
    );
  }
  const b = f.binfmt;
  if (!b.mounted && wsl !== 1) {
    if (f.binfmtSupported === false) {
      add(
        "binfmt/unsupported",
        "warning",
        "the kernel has no binfmt_misc file system (not in /proc/filesystems): no emulator can be registered",
        "load the module: `sudo modprobe binfmt_misc`, or run foreign binaries with qemu-user-static directly: `qemu-aarch64-static ./bin`"
      );
    } else {
      add(
        "binfmt/not-mounted",
        "warning",
        `binfmt_misc is not mounted at ${b.root}: foreign binaries cannot run through the kernel`,
        `\`sudo mount binfmt_misc -t binfmt_misc ${b.root}\` (\`sudo go-xenv emulation register\` mounts it too)`
      );
    }
  } else if (b.mounted && !b.enabled) {
    add(
      "binfmt/disabled",
      "warning",
      `binfmt_misc at ${b.root} is disabled: no registered emulator runs anything`,
      `\`echo 1 | sudo tee ${b.root}/status\``
    );
  }
  for (const e of b.entries) {
    const platform = QEMU_PLATFORMS.find((p) => entryServes(e, p));
    if (!platform || !e.enabled || e.flags.includes("F")) continue;
    add(
      "binfmt/no-fix-binary",
      "warning",
      `binfmt_misc entry ${e.name} (${e.interpreter}, flags "${e.flags}") has no F flag: inside containers and chroots the kernel looks for ${e.interpreter} there and ${platform.name} binaries fail`,
      `re-register it with F: \`sudo go-xenv emulation register --qemu-method direct --qemu-platforms ${platform.name}\`, or the docker route \`docker run --rm --privileged tonistiigi/binfmt --install ${platform.name}\``
    );
  }
  if (f.selinux?.enforcing) {
    const bools = f.selinux.booleans;
    if (bools.deny_execmem === true) {
      add(
        "selinux/deny-execmem",
        "error",
        "SELinux is enforcing (`getenforce`: Enforcing, /sys/fs/selinux/enforce is 1) and deny_execmem is on: emulated binaries (QEMU maps executable memory) are killed",
        "`sudo setsebool -P deny_execmem off`"
      );
    }
    if (bools.selinuxuser_execmem === false) {
      add(
        "selinux/selinuxuser-execmem",
        "warning",
        "SELinux is enforcing (`getenforce`: Enforcing) and selinuxuser_execmem is off: programs a confined user runs cannot map executable memory, so QEMU cannot run emulated binaries",
        "`sudo setsebool -P selinuxuser_execmem on`"
      );
    }
  }
}

// src/emulation/host-facts.ts
import { readdir, readFile } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
var DEFAULT_HOST_ROOT = "/";
var text = (path) => readFile(path, "utf8").then((t) => t.trim(), () => void 0);
function hostFactsReader(root = DEFAULT_HOST_ROOT, binfmtRoot) {
  const at = (p) => join(root, p);
  return {
    root,
    async read(q) {
      const [osrelease, procVersion, osRelease, filesystems, binfmt, selinux, mounts] = await Promise.all([
        text(at("proc/sys/kernel/osrelease")),
        text(at("proc/version")),
        text(at("etc/os-release")).then((t) => t ?? text(at("usr/lib/os-release"))),
        text(at("proc/filesystems")),
        readBinfmt(binfmtRoot ?? at("proc/sys/fs/binfmt_misc")),
        readSelinux(at("sys/fs/selinux")),
        readMounts(at("proc/self/mountinfo"), at("proc/mounts"))
      ]);
      return {
        root,
        osrelease,
        procVersion,
        os: osRelease && /^PRETTY_NAME=("?)(.*)\1$/m.exec(osRelease)?.[2],
        wslDistro: q.env.WSL_DISTRO_NAME || void 0,
        binfmt,
        binfmtSupported: filesystems === void 0 ? void 0 : /\sbinfmt_misc$/m.test(filesystems),
        selinux,
        dirs: q.dirs.map((d) => ({ ...d, mount: mountOf(mounts, realpathAllowMissing(d.path)) })),
        compilers: await Promise.all(q.compilers.map(async (c) => ({ ...c, path: c.cc ? await onPath(c.cc, q.env) : void 0 })))
      };
    }
  };
}
async function readSelinux(dir) {
  const enforce = await text(join(dir, "enforce"));
  if (enforce === void 0) return void 0;
  const names = await readdir(join(dir, "booleans")).catch(() => []);
  const values = await Promise.all(names.map(async (n) => [n, (await text(join(dir, "booleans", n)))?.split(/\s+/)[0] === "1"]));
  return { enforcing: enforce === "1", booleans: Object.fromEntries(values) };
}
var unescape = (s) => s.replace(/\\([0-7]{3})/g, (_m, o) => String.fromCharCode(parseInt(o, 8)));
async function readMounts(mountinfo, procMounts) {
  const info = await text(mountinfo);
  if (info !== void 0) {
    return info.split("\n").map((l) => l.split(" ")).filter((f) => f.length >= 10).map((f) => {
      const sep = f.indexOf("-", 6);
      return { point: unescape(f[4]), options: f[5].split(","), fstype: f[sep + 1] ?? "" };
    });
  }
  return (await text(procMounts) ?? "").split("\n").map((l) => l.split(" ")).filter((f) => f.length >= 4).map((f) => ({ point: unescape(f[1]), fstype: f[2], options: f[3].split(",") }));
}
function mountOf(mounts, path) {
  let best;
  for (const m of mounts) {
    const r = relative(m.point, path);
    const under = r === "" || !r.startsWith("..") && !isAbsolute(r);
    if (under && (!best || m.point.length >= best.point.length)) best = m;
  }
  return best;
}

// src/pipeline/host-check.ts
var HOST_ROOT_FLAG = {
  name: "host-root",
  description: `read /proc, /sys and /etc under this directory instead of ${DEFAULT_HOST_ROOT} (a chroot, or a test's fake tree)`
};
async function hostCheck(ctx, opts = {}) {
  const root = typeof ctx.flags["host-root"] === "string" ? ctx.flags["host-root"] : DEFAULT_HOST_ROOT;
  const env = ctx.host.env;
  const targets = await configTargets(ctx, opts.emulation === void 0 || ctx.config.matrix.cgo.length > 0);
  const native = nativePlatforms();
  const emulation = opts.emulation ?? (ctx.config.emulation.platforms.length > 0 || targets.all.some((t) => t.startsWith("linux/") && !native.includes(t.slice("linux/".length))));
  const facts = await hostFactsReader(root, opts.binfmtRoot).read({ dirs: execDirs(ctx), compilers: targets.cgo.map(compilerFor), env });
  return { facts, findings: hostFindings(facts, { emulation }) };
}
function execDirs(ctx) {
  const env = ctx.host.env;
  const dirs = [{ role: "out-dir", label: "out-dir", path: ctx.config.matrix.outDir }];
  dirs.push(env.TMPDIR ? { role: "temp", label: "TMPDIR", path: env.TMPDIR } : { role: "temp", label: "temp directory", path: tmpdir() });
  if (env.RUNNER_TEMP && env.RUNNER_TEMP !== env.TMPDIR) dirs.push({ role: "temp", label: "RUNNER_TEMP", path: env.RUNNER_TEMP });
  return dirs;
}
var PAIR = /^[a-z0-9]+\/[a-z0-9]+$/;
async function configTargets(ctx, plan) {
  const m = ctx.config.matrix;
  const pairs = (list) => list.map((t) => t.trim().toLowerCase()).filter((t) => PAIR.test(t));
  const go = plan && m.targets.length ? await onPath("go", ctx.host.env) : void 0;
  const planned = go ? await plannedTargets(m, { go, env: ctx.host.env }, spawnRunner).catch(() => void 0) : void 0;
  if (!planned) return { all: pairs(m.targets), cgo: pairs(m.cgo) };
  const key = (t) => `${t.goos}/${t.goarch}`;
  return { all: [...new Set(planned.map(key))], cgo: [...new Set(planned.filter((t) => t.cgo).map(key))] };
}
function compilerFor(target) {
  const [goos, goarch] = target.split("/");
  const cc = crossCompiler(goos, goarch);
  return { target, cc: cc?.cc, package: cc?.package };
}

// src/toolchain/doctor.ts
import { isAbsolute as isAbsolute2, relative as relative2 } from "node:path";
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
  const r = relative2(dir, p);
  return r === "" || !r.startsWith("..") && !isAbsolute2(r);
};
var ICON = { error: "\u274C error", warning: "\u26A0\uFE0F warning", info: "\u2139\uFE0F info" };
var findingsTable = (findings) => ["| | finding | fix |", "|---|---|---|", ...findings.map((x) => `| ${ICON[x.severity]} | ${escapeCell(x.message)} | ${escapeCell(x.fix)} |`)];
function renderDoctor(f, findings) {
  const esc = escapeCell;
  const lines = findings.length ? findingsTable(findings) : ["No problems found in the Go environment."];
  const rows = [
    ["go on PATH", f.pathGo ? `${f.pathGo.path} (go${f.pathGo.version ?? "?"})` : "none"],
    ["installed", f.installed ? `go${f.installed.version} in ${f.installed.goroot}` : void 0],
    ["GOPATH", f.locations?.GOPATH],
    ["GOCACHE", f.locations?.GOCACHE],
    ["GOMODCACHE", f.locations?.GOMODCACHE]
  ];
  lines.push("", "| where | path |", "|---|---|", ...rows.filter((r) => r[1] !== void 0).map(([k, v]) => `| ${k} | ${esc(v)} |`));
  return lines.join("\n");
}

export {
  HOST_ROOT_FLAG,
  hostCheck,
  fromCapabilityFinding,
  diagnose,
  findingsTable,
  renderDoctor
};
