import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  QEMU_PLATFORMS,
  crossCompiler,
  entryServes,
  nativePlatforms,
  plannedTargets,
  readBinfmt
} from "./chunk-J772CW2D.js";
import {
  onPath,
  spawnRunner
} from "./chunk-2WR53RW4.js";
import {
  realpathAllowMissing
} from "./chunk-YZBW7M6D.js";

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

export {
  HOST_ROOT_FLAG,
  hostCheck
};
