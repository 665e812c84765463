import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  goResolver
} from "./chunk-WRAI3FW3.js";
import {
  stepOf
} from "./chunk-2JQPZKBK.js";
import {
  DEFAULT_BINFMT_ROOT,
  QEMU_PLATFORMS,
  binaryFileName,
  checkBinaryName,
  crossCompiler,
  entryFor,
  findPlatform,
  nameFromModule,
  nativePlatforms,
  plannedTargets,
  readBinfmt,
  strategyMatrix
} from "./chunk-J772CW2D.js";
import {
  onPath,
  spawnRunner
} from "./chunk-2WR53RW4.js";
import {
  readBoundedText
} from "./chunk-M4F5CEJX.js";
import {
  UserError
} from "./chunk-AD2JC2XU.js";
import {
  logSafe,
  quoted
} from "./chunk-GDFLD4U5.js";

// src/pipeline/matrix.ts
import { join as join4, relative as relative3 } from "node:path";

// src/emulation/emulator.ts
function runVia(goarch, lookup, sysroot) {
  const p = findPlatform(goarch);
  if (nativePlatforms(lookup.hostArch).includes(goarch)) return { via: "native", prefix: [], env: {} };
  if (!p) return { reason: `no QEMU user-mode emulator is known for ${goarch}` };
  const qemu = lookup.qemuStatic[p.qemuArch];
  if (sysroot && qemu) return { via: "qemu", prefix: [qemu, "-L", sysroot], env: {}, interpreter: qemu };
  const entry = entryFor(lookup.entries, p);
  if (entry) return { via: "binfmt", prefix: [], env: sysroot ? { QEMU_LD_PREFIX: sysroot } : {}, interpreter: entry.interpreter };
  if (qemu) return { via: "qemu", prefix: [qemu], env: {}, interpreter: qemu };
  return { reason: `nothing runs ${goarch} binaries here: no binfmt_misc entry and no qemu-${p.qemuArch}-static on PATH (Debian/Ubuntu package qemu-user-static)` };
}
async function emulatorLookup(env, root = DEFAULT_BINFMT_ROOT) {
  const state = await readBinfmt(root).catch(() => ({ entries: [] }));
  const qemuStatic = {};
  for (const p of QEMU_PLATFORMS) {
    const path = await onPath(`qemu-${p.qemuArch}-static`, env);
    if (path) qemuStatic[p.qemuArch] = path;
  }
  return { entries: state.entries, qemuStatic };
}
async function hostExecPlanner(env) {
  const lookup = await emulatorLookup(env);
  return (goarch, sysroot) => runVia(goarch, lookup, sysroot);
}

// src/matrix/build.ts
import { mkdir, utimes } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
function buildEnv(job, base) {
  const t = job.target;
  const env = { ...base, GOOS: t.goos, GOARCH: t.goarch, CGO_ENABLED: t.cgo ? "1" : "0" };
  for (const v of ["GOARM", "GOAMD64", "GOARM64", "GO386"]) delete env[v];
  if (t.variant) env[t.variant.env] = t.variant.value;
  if (t.cgo && job.cc) env.CC = job.cc;
  if (job.gocache) env.GOCACHE = job.gocache;
  return env;
}
var buildArgs = (job) => ["build", "-trimpath", ...job.ldflags ? ["-ldflags", job.ldflags] : [], "-o", job.outFile, "--", job.pkg];
function checkBuildPackage(pkg) {
  if (!pkg.trim() || pkg.startsWith("-")) {
    throw new UserError(
      `build-package ${quoted(pkg)} is not a package path${pkg.startsWith("-") ? ': it starts with "-", which go would read as a flag' : ""}`,
      {
        where: { file: "input build-package" },
        code: "bad_build_package",
        hint: "give a package path relative to the working directory, such as . or ./cmd/tool"
      }
    );
  }
  return pkg;
}
function compilerError(stderr, moduleDir) {
  const m = /^(?:#[^\n]*\n)?((?:\.{0,2}\/)?[^\s:]+\.(?:go|c|h|s)):(\d+)(?::(\d+))?: (.*)$/m.exec(stderr);
  if (!m) return { message: stderr.trim().split("\n").slice(0, 5).join("\n") || "go build failed" };
  const file = relative(moduleDir, join(moduleDir, m[1])) || m[1];
  return { message: `${file}:${m[2]}${m[3] ? `:${m[3]}` : ""}: ${m[4]}`, where: { file, line: Number(m[2]), col: m[3] ? Number(m[3]) : void 0 } };
}
async function buildTarget(job, go, run) {
  await mkdir(dirname(job.outFile), { recursive: true });
  const r = await run(go.go, buildArgs(job), { cwd: job.moduleDir, env: buildEnv(job, go.env), timeoutMs: 9e5 });
  if (r.code !== 0) {
    if (r.spawnError) return { ok: false, message: `cannot run ${go.go}: ${r.spawnError}`, durationMs: r.durationMs };
    if (r.timedOut) return { ok: false, message: "go build timed out after 15 minutes", durationMs: r.durationMs };
    return { ok: false, ...compilerError(r.stderr, job.moduleDir), durationMs: r.durationMs };
  }
  if (job.mtime) await utimes(job.outFile, job.mtime, job.mtime);
  return { ok: true, durationMs: r.durationMs };
}

// src/matrix/run-matrix.ts
import { availableParallelism, tmpdir } from "node:os";
import { existsSync as existsSync2 } from "node:fs";
import { mkdir as mkdir2, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { basename, dirname as dirname2, isAbsolute, join as join3, relative as relative2, sep } from "node:path";

// src/matrix/check-binary.ts
var ELF_ARCH = {
  "386": { machine: "i386", bits: 32, endian: "little" },
  amd64: { machine: "x86-64", bits: 64, endian: "little" },
  arm: { machine: "arm", bits: 32, endian: "little" },
  arm64: { machine: "aarch64", bits: 64, endian: "little" },
  riscv64: { machine: "riscv", bits: 64, endian: "little" },
  ppc64: { machine: "ppc64", bits: 64, endian: "big" },
  ppc64le: { machine: "ppc64", bits: 64, endian: "little" },
  s390x: { machine: "s390", bits: 64, endian: "big" },
  mips: { machine: "mips", bits: 32, endian: "big" },
  mipsle: { machine: "mips", bits: 32, endian: "little" },
  mips64: { machine: "mips", bits: 64, endian: "big" },
  mips64le: { machine: "mips", bits: 64, endian: "little" },
  loong64: { machine: "loongarch", bits: 64, endian: "little" },
  sparc64: { machine: "sparcv9", bits: 64, endian: "big" }
};
var LINUX_INTERPRETERS = {
  "386": "/lib/ld-linux.so.2",
  amd64: "/lib64/ld-linux-x86-64.so.2",
  arm: "/lib/ld-linux-armhf.so.3",
  arm64: "/lib/ld-linux-aarch64.so.1",
  riscv64: "/lib/ld-linux-riscv64-lp64d.so.1",
  ppc64le: "/lib64/ld64.so.2",
  s390x: "/lib/ld64.so.1"
};
var MACHO_ARCH = { amd64: "x86_64", arm64: "arm64" };
var PE_ARCH = {
  "386": { machine: "i386", bits: 32 },
  amd64: { machine: "amd64", bits: 64 },
  arm64: { machine: "arm64", bits: 64 },
  arm: { machine: "arm", bits: 32 }
};
function expectedFormat(goos) {
  if (goos === "darwin" || goos === "ios") return "macho";
  if (goos === "windows") return "pe";
  if (goos === "js" || goos === "wasip1") return "wasm";
  if (goos === "aix") return "xcoff";
  if (goos === "plan9") return "plan9";
  return "elf";
}
function checkBinary(info, t, opts = {}) {
  const want = expectedFormat(t.goos);
  if (info.format !== want) return [`is ${info.format === "unknown" ? "not a known executable format" : `a ${info.format} file`}, ${t.id} needs ${want}`];
  const problems = [];
  const differ = (what, got, expected) => {
    if (got !== expected) problems.push(`${what} is ${String(got)}, ${t.id} needs ${String(expected)}`);
  };
  if (info.format === "elf") {
    const e = ELF_ARCH[t.goarch];
    if (e) {
      differ("machine", info.machineName, e.machine);
      differ("class", `ELF${info.bits}`, `ELF${e.bits}`);
      differ("byte order", info.endian, e.endian);
    }
    if ((t.goos === "linux" || t.goos === "android") && info.osAbi !== 0 && info.osAbi !== 3) problems.push(`OS ABI is ${info.osAbi}, ${t.id} needs SYSV (0) or GNU/Linux (3)`);
    if (t.goos === "freebsd") differ("OS ABI", info.osAbi, 9);
    if (t.goos === "linux") {
      if (!t.cgo && info.dynamic) problems.push(`is dynamically linked${info.interpreter ? ` (interpreter ${info.interpreter})` : ""}, a CGO_ENABLED=0 build of ${t.id} must be static`);
      if (t.cgo) {
        const interp = LINUX_INTERPRETERS[t.goarch];
        if (!info.interpreter) problems.push(`has no interpreter, a cgo build of ${t.id} is dynamically linked against glibc`);
        else if (interp && info.interpreter !== interp) differ("interpreter", info.interpreter, interp);
        if (t.goarch === "arm" && info.armFloatAbi === "soft") problems.push(`uses the soft-float ABI, ${t.id} with cgo (arm-linux-gnueabihf) needs hard-float`);
      }
    }
  } else if (info.format === "macho") {
    const arch = MACHO_ARCH[t.goarch];
    if (arch && !info.slices.some((s) => s.arch === arch)) problems.push(`CPU type is ${info.slices.map((s) => s.arch).join("+")}, ${t.id} needs ${arch}`);
    const bad = info.slices.filter((s) => s.fileType !== void 0 && s.fileType !== 2);
    if (bad.length) problems.push(`Mach-O file type is ${bad[0].fileType}, an executable (2) was expected`);
  } else if (info.format === "pe") {
    const p = PE_ARCH[t.goarch];
    if (p) {
      differ("machine", info.machineName, p.machine);
      differ("class", `PE${info.bits === 64 ? "32+" : "32"}`, `PE${p.bits === 64 ? "32+" : "32"}`);
    }
    differ("subsystem", info.subsystemName, opts.windowsGui ? "gui" : "console");
  } else if (info.format === "plan9" && info.arch && info.arch !== t.goarch) {
    differ("architecture", info.arch, t.goarch);
  }
  return problems;
}

// src/matrix/checksums.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
function sha256File(path) {
  return new Promise((resolveHash, reject) => {
    const h = createHash("sha256");
    createReadStream(path).on("data", (d) => h.update(d)).on("error", reject).on("end", () => resolveHash(h.digest("hex")));
  });
}
var sha256sums = (files) => [...files].sort((a, b) => a.name.localeCompare(b.name)).map((f) => `${f.sha256}  ${f.name}
`).join("");

// src/matrix/inspect/elf.ts
var MACHINES = {
  3: "i386",
  8: "mips",
  20: "ppc",
  21: "ppc64",
  22: "s390",
  40: "arm",
  43: "sparcv9",
  62: "x86-64",
  183: "aarch64",
  243: "riscv",
  258: "loongarch"
};
var SHT_ARM_ATTRIBUTES = 1879048195;
var PT_DYNAMIC = 2;
var PT_INTERP = 3;
var EF_ARM_ABI_FLOAT_SOFT = 512;
var EF_ARM_ABI_FLOAT_HARD = 1024;
var isElf = (b) => b.length >= 4 && b[0] === 127 && b[1] === 69 && b[2] === 76 && b[3] === 70;
var PH_ENTRY = { 32: 32, 64: 56 };
var SH_ENTRY = { 32: 40, 64: 64 };
function readElf(b) {
  try {
    return parseElf(b);
  } catch (e) {
    if (e instanceof RangeError) throw new Error("truncated ELF: a header field points past the end of the file");
    throw e;
  }
}
function parseElf(b) {
  if (!isElf(b) || b.length < 52) throw new Error("not an ELF file");
  const bits = b[4] === 2 ? 64 : b[4] === 1 ? 32 : void 0;
  const endian = b[5] === 1 ? "little" : b[5] === 2 ? "big" : void 0;
  if (!bits || !endian) throw new Error(`bad ELF class ${b[4]} or data encoding ${b[5]}`);
  const le = endian === "little";
  const u16 = (o) => le ? b.readUInt16LE(o) : b.readUInt16BE(o);
  const u32 = (o) => le ? b.readUInt32LE(o) : b.readUInt32BE(o);
  const addr = (o) => bits === 64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(o);
  const need = (end, what) => {
    if (end > b.length) throw new Error(`truncated ELF: ${what} past the end of the file`);
  };
  if (bits === 64) need(64, "header");
  const machine = u16(18);
  const info = {
    format: "elf",
    bits,
    endian,
    osAbi: b[7],
    type: u16(16),
    machine,
    machineName: MACHINES[machine] ?? `machine ${machine}`,
    flags: u32(bits === 64 ? 48 : 36),
    dynamic: false
  };
  const phoff = addr(bits === 64 ? 32 : 28);
  const phentsize = u16(bits === 64 ? 54 : 42);
  const phnum = u16(bits === 64 ? 56 : 44);
  if (phnum && phentsize < PH_ENTRY[bits]) throw new Error(`program header entry size ${phentsize}, ELF${bits} needs at least ${PH_ENTRY[bits]}`);
  need(phoff + phentsize * phnum, "program headers");
  for (let i = 0; i < phnum; i++) {
    const ph = phoff + i * phentsize;
    const type = u32(ph);
    if (type === PT_DYNAMIC) info.dynamic = true;
    if (type === PT_INTERP) {
      const off = addr(bits === 64 ? ph + 8 : ph + 4);
      const size = addr(bits === 64 ? ph + 32 : ph + 16);
      need(off + size, "interpreter");
      info.interpreter = b.subarray(off, off + size).toString("latin1").replace(/\0.*$/s, "");
      info.dynamic = true;
    }
  }
  if (machine === 40) readArm(b, info, { u16, u32, addr, need, bits });
  return info;
}
function readArm(b, info, r) {
  info.armFloatAbi = info.flags & EF_ARM_ABI_FLOAT_HARD ? "hard" : info.flags & EF_ARM_ABI_FLOAT_SOFT ? "soft" : "unspecified";
  const shoff = r.addr(r.bits === 64 ? 40 : 32);
  const shentsize = r.u16(r.bits === 64 ? 58 : 46);
  const shnum = r.u16(r.bits === 64 ? 60 : 48);
  if (!shoff || !shnum) return;
  if (shentsize < SH_ENTRY[r.bits]) throw new Error(`section header entry size ${shentsize}, ELF${r.bits} needs at least ${SH_ENTRY[r.bits]}`);
  r.need(shoff + shentsize * shnum, "section headers");
  for (let i = 0; i < shnum; i++) {
    const sh = shoff + i * shentsize;
    if (r.u32(sh + 4) !== SHT_ARM_ATTRIBUTES) continue;
    const off = r.addr(r.bits === 64 ? sh + 24 : sh + 16);
    const size = r.addr(r.bits === 64 ? sh + 32 : sh + 20);
    r.need(off + size, ".ARM.attributes");
    const attrs = parseArmAttributes(b.subarray(off, off + size), info.endian === "little");
    if (attrs.vfpArgs !== void 0) info.armFloatAbi = attrs.vfpArgs === 1 ? "hard" : "soft";
    if (attrs.cpuArch !== void 0) info.armCpuArch = attrs.cpuArch;
  }
}
function parseArmAttributes(s, le = true) {
  const out = {};
  if (s[0] !== 65) return out;
  const u32 = (o) => le ? s.readUInt32LE(o) : s.readUInt32BE(o);
  let p = 1;
  while (p + 4 <= s.length) {
    const len = u32(p);
    const end = Math.min(p + len, s.length);
    const nul = s.indexOf(0, p + 4);
    if (len < 5 || nul < 0 || nul >= end) break;
    const vendor = s.subarray(p + 4, nul).toString("latin1");
    let q = nul + 1;
    while (vendor === "aeabi" && q + 5 <= end) {
      const tag = s[q];
      const subEnd = Math.min(q + u32(q + 1), end);
      if (tag === 1) readFileAttributes(s, q + 5, subEnd, out);
      if (subEnd <= q) break;
      q = subEnd;
    }
    p = end;
  }
  return out;
}
function readFileAttributes(s, start, end, out) {
  let p = start;
  const uleb = () => {
    let v = 0;
    let shift = 0;
    while (p < end) {
      const byte = s[p++];
      v += (byte & 127) * 2 ** shift;
      shift += 7;
      if (!(byte & 128)) break;
    }
    return v;
  };
  const ntbs = () => {
    const z = s.indexOf(0, p);
    p = z < 0 || z >= end ? end : z + 1;
  };
  while (p < end) {
    const tag = uleb();
    if (tag === 4 || tag === 5 || tag === 67 || tag > 32 && tag % 2 === 1) ntbs();
    else if (tag === 32) {
      uleb();
      ntbs();
    } else {
      const v = uleb();
      if (tag === 6) out.cpuArch = v;
      if (tag === 28) out.vfpArgs = v;
    }
  }
}

// src/matrix/inspect/macho.ts
var CPU_ARCH_ABI64 = 16777216;
var CPU_NAMES = { 7: "i386", [7 | CPU_ARCH_ABI64]: "x86_64", 12: "arm", [12 | CPU_ARCH_ABI64]: "arm64", 18: "ppc", [18 | CPU_ARCH_ABI64]: "ppc64" };
var MH_MAGIC = 4277009102;
var MH_MAGIC_64 = 4277009103;
var FAT_MAGIC = 3405691582;
var FAT_MAGIC_64 = 3405691583;
var cpuName = (cpuType) => CPU_NAMES[cpuType] ?? `cpu ${cpuType}`;
function isMacho(b) {
  if (b.length < 8) return false;
  const be = b.readUInt32BE(0);
  const le = b.readUInt32LE(0);
  if (be === FAT_MAGIC || be === FAT_MAGIC_64) return b.readUInt32BE(4) > 0 && b.readUInt32BE(4) < 64;
  return [MH_MAGIC, MH_MAGIC_64].includes(be) || [MH_MAGIC, MH_MAGIC_64].includes(le);
}
function thin(b, at) {
  if (at + 28 > b.length) throw new Error("truncated Mach-O header");
  const le = [MH_MAGIC, MH_MAGIC_64].includes(b.readUInt32LE(at));
  const u32 = (o) => le ? b.readUInt32LE(at + o) : b.readUInt32BE(at + o);
  const magic = u32(0);
  if (magic !== MH_MAGIC && magic !== MH_MAGIC_64) throw new Error(`bad Mach-O magic 0x${magic.toString(16)} at offset ${at}`);
  const cpuType = u32(4);
  return { cpuType, cpuSubtype: u32(8) & 16777215, arch: cpuName(cpuType), bits: magic === MH_MAGIC_64 ? 64 : 32, fileType: u32(12) };
}
function readMacho(b) {
  if (!isMacho(b)) throw new Error("not a Mach-O file");
  const magic = b.readUInt32BE(0);
  if (magic !== FAT_MAGIC && magic !== FAT_MAGIC_64) return { format: "macho", fat: false, slices: [thin(b, 0)] };
  const n = b.readUInt32BE(4);
  const entry = magic === FAT_MAGIC_64 ? 32 : 20;
  if (8 + n * entry > b.length) throw new Error("truncated universal Mach-O header");
  const slices = [];
  for (let i = 0; i < n; i++) {
    const e = 8 + i * entry;
    const cpuType = b.readUInt32BE(e);
    const cpuSubtype = b.readUInt32BE(e + 4) & 16777215;
    const offset = magic === FAT_MAGIC_64 ? Number(b.readBigUInt64BE(e + 8)) : b.readUInt32BE(e + 8);
    const inner = offset + 28 <= b.length ? thin(b, offset) : void 0;
    if (inner && inner.cpuType !== cpuType) throw new Error(`universal Mach-O slice ${i} says ${cpuName(cpuType)} but its header says ${inner.arch}`);
    slices.push({ cpuType, cpuSubtype, arch: cpuName(cpuType), bits: cpuType & CPU_ARCH_ABI64 ? 64 : 32, fileType: inner?.fileType });
  }
  return { format: "macho", fat: true, slices };
}

// src/matrix/inspect/pe.ts
var MACHINES2 = { 332: "i386", 34404: "amd64", 43620: "arm64", 452: "arm" };
var isPe = (b) => b.length >= 64 && b[0] === 77 && b[1] === 90;
function readPe(b) {
  if (!isPe(b)) throw new Error("not a PE file (no MZ header)");
  const pe = b.readUInt32LE(60);
  if (pe + 24 + 70 > b.length) throw new Error("truncated PE header");
  if (b.readUInt32LE(pe) !== 17744) throw new Error("missing PE signature");
  const machine = b.readUInt16LE(pe + 4);
  const opt = pe + 24;
  const magic = b.readUInt16LE(opt);
  if (magic !== 267 && magic !== 523) throw new Error(`bad optional header magic 0x${magic.toString(16)}`);
  const subsystem = b.readUInt16LE(opt + 68);
  return {
    format: "pe",
    machine,
    machineName: MACHINES2[machine] ?? `machine 0x${machine.toString(16)}`,
    bits: magic === 523 ? 64 : 32,
    subsystem,
    subsystemName: subsystem === 2 ? "gui" : subsystem === 3 ? "console" : "other"
  };
}

// src/matrix/inspect/index.ts
var PLAN9 = { 491: "386", 35479: "amd64", 1607: "arm" };
function inspectBinary(b) {
  if (isElf(b)) return readAs("ELF", readElf, b);
  if (isMacho(b)) return readAs("Mach-O", readMacho, b);
  if (isPe(b)) return readAs("PE", readPe, b);
  if (b.length >= 4 && b.readUInt32BE(0) === 6386541) return { format: "wasm", bits: 32 };
  if (b.length >= 2 && (b.readUInt16BE(0) === 503 || b.readUInt16BE(0) === 479)) return { format: "xcoff", bits: b.readUInt16BE(0) === 503 ? 64 : 32 };
  if (b.length >= 4 && PLAN9[b.readUInt32BE(0)]) return { format: "plan9", arch: PLAN9[b.readUInt32BE(0)] };
  return { format: "unknown" };
}
function readAs(format, read, b) {
  try {
    return read(b);
  } catch (e) {
    throw new Error(`not a valid ${format} file: ${e instanceof RangeError ? "a header field points past the end of the file" : e.message}`);
  }
}

// src/matrix/ldflags.ts
function renderLdflags(template, info) {
  return template.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, field) => {
    const name = field.replace(/^\./, "");
    if (!field.startsWith(".") || !(name in info)) {
      throw new UserError(`unknown template field "{{${field}}}"`, { where: { file: "input ldflags" }, hint: "use {{.Version}}, {{.Commit}} or {{.CommitDate}}" });
    }
    return info[name];
  });
}
var asksWindowsGui = (ldflags) => /-H[= ]windowsgui\b/.test(ldflags);

// src/matrix/manifest.ts
function buildManifest(m) {
  return {
    schema: 1,
    module: m.module,
    goVersion: m.goVersion,
    version: m.version,
    commit: m.commit,
    commitDate: m.commitDate,
    ldflags: m.ldflags,
    binaries: m.binaries.map((b) => ({
      target: b.target.id,
      goos: b.target.goos,
      goarch: b.target.goarch,
      variant: b.target.variant,
      cgo: b.target.cgo,
      file: b.name,
      size: b.size,
      sha256: b.sha256,
      format: b.info.format,
      checks: { ok: b.problems.length === 0, problems: b.problems },
      header: b.info,
      smoke: b.smoke
    })),
    failures: m.failures.map((f) => ({ target: f.target.id, stage: f.stage, message: f.message })),
    reproducible: m.reproducible
  };
}

// src/matrix/pool.ts
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

// src/matrix/smoke.ts
async function smokeRun(job, planner, run, env) {
  const how = planner(job.goarch, job.sysroot);
  if ("reason" in how) return { via: "none", command: [], exitCode: null, timedOut: false, output: "", durationMs: 0, ok: false, reason: how.reason };
  const command = [...how.prefix, job.file, ...job.args];
  const r = await run(command[0], command.slice(1), { env: { ...env, ...how.env }, timeoutMs: job.timeoutMs });
  const output = `${r.stdout}${r.stderr}`.slice(0, 4096);
  const ok = r.code === 0 && !r.timedOut && !r.spawnError;
  const reason = ok ? void 0 : r.spawnError ?? (r.timedOut ? `timed out after ${job.timeoutMs / 1e3}s` : `exit code ${r.code ?? r.signal}`);
  return { via: how.via, command, exitCode: r.code, timedOut: r.timedOut, output, durationMs: Math.round(r.durationMs), ok, reason };
}

// src/matrix/source-info.ts
import { existsSync } from "node:fs";
import { join as join2 } from "node:path";
var modulePathOf = (goMod) => /^module\s+("?)([^"\s]+)\1\s*$/m.exec(goMod)?.[2] ?? "";
var modulePathIn = (dir) => {
  const goMod = join2(dir, "go.mod");
  return existsSync(goMod) ? modulePathOf(readBoundedText(goMod, { label: "go.mod" })) : "";
};
async function sourceInfo(moduleDir, run, env) {
  const module = modulePathIn(moduleDir);
  const git = async (...args) => {
    const r = await run("git", args, { cwd: moduleDir, env, timeoutMs: 1e4 });
    return r.code === 0 ? r.stdout.trim() : "";
  };
  const commit = await git("rev-parse", "HEAD");
  if (!commit) return { module, Version: "dev", Commit: "", CommitDate: "" };
  const [describe, date, epoch] = await Promise.all([git("describe", "--tags", "--always", "--dirty"), git("log", "-1", "--format=%cI"), git("log", "-1", "--format=%ct")]);
  return { module, Version: describe.replace(/^v(?=\d)/, "") || "dev", Commit: commit, CommitDate: date, commitTime: epoch ? new Date(Number(epoch) * 1e3) : void 0 };
}

// src/matrix/run-matrix.ts
async function checkCrossCompilers(targets, env) {
  const out = /* @__PURE__ */ new Map();
  for (const t of targets.filter((x) => x.cgo)) {
    const cc = crossCompiler(t.goos, t.goarch);
    if (!cc) {
      throw new UserError(`no C cross compiler is known for ${t.goos}/${t.goarch}`, {
        where: { file: "input cgo" },
        hint: t.goos === "darwin" || t.goos === "ios" ? "cgo for Apple targets needs the macOS SDK: build them on a macOS runner" : `build ${t.goos}/${t.goarch} with CGO_ENABLED=0 (remove it from cgo)`
      });
    }
    if (!await onPath(cc.cc, env)) {
      throw new UserError(`cgo build of ${t.goos}/${t.goarch} needs the C cross compiler ${cc.cc}, which is not on PATH`, {
        where: { file: "input cgo" },
        hint: `install the Debian/Ubuntu package ${cc.package}`
      });
    }
    out.set(`${t.goos}/${t.goarch}`, cc);
  }
  return out;
}
var since = (t0) => performance.now() - t0;
var IGNORE_ALL = "# Written by go-xenv: build outputs never change the module's git state (vcs.modified, --reproducible).\n*\n";
async function ignoreOutputs(outDir, moduleDir) {
  const rel = relative2(outDir, moduleDir);
  const holdsModule = rel === "" || !(rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel));
  if (holdsModule || existsSync2(join3(outDir, ".gitignore"))) return;
  await writeFile(join3(outDir, ".gitignore"), IGNORE_ALL);
}
async function runMatrix(o) {
  const timings = { setupMs: 0, buildMs: 0, inspectMs: 0, checksumMs: 0, smokeMs: 0, reproducibleMs: 0, writeMs: 0 };
  let t0 = performance.now();
  const log = o.log ?? (() => void 0);
  checkBuildPackage(o.pkg);
  if (o.name) checkBinaryName(o.name);
  const compilers = await checkCrossCompilers(o.targets, o.go.env);
  const [src, goVersion] = await Promise.all([
    sourceInfo(o.moduleDir, o.run, o.go.env),
    o.run(o.go.go, ["env", "GOVERSION"], { env: o.go.env, timeoutMs: 3e4 }).then((r) => r.stdout.trim())
  ]);
  const ldflags = renderLdflags(o.ldflagsTemplate, src);
  const name = o.name || checkBinaryName(nameFromModule(src.module), { file: "go.mod" });
  const concurrency = o.concurrency ?? availableParallelism();
  await mkdir2(o.outDir, { recursive: true });
  await ignoreOutputs(o.outDir, o.moduleDir);
  timings.setupMs = since(t0);
  const failures = [];
  const buildAll = (outDir, gocache) => mapLimit(o.targets, concurrency, async (target) => {
    const file = join3(outDir, binaryFileName(name, target));
    if (dirname2(file) !== outDir) throw new Error(`${file} is not directly inside ${outDir}`);
    const cc = compilers.get(`${target.goos}/${target.goarch}`)?.cc;
    const r = await buildTarget({ target, outFile: file, moduleDir: o.moduleDir, pkg: o.pkg, ldflags, cc, gocache, mtime: src.commitTime }, o.go, o.run);
    return { target, file, r };
  });
  t0 = performance.now();
  const built = await buildAll(o.outDir, o.gocache);
  timings.buildMs = since(t0);
  for (const { target, file, r } of built) log(r.ok ? `built ${target.id}: ${basename(file)} in ${Math.round(r.durationMs)} ms` : `build of ${target.id} failed: ${r.message}`);
  const binaries = [];
  for (const { target, file, r } of built) {
    if (!r.ok) {
      failures.push({ target, stage: "build", message: r.message, where: r.where });
      continue;
    }
    let t1 = performance.now();
    const bytes = await readFile(file);
    let info;
    try {
      info = inspectBinary(bytes);
    } catch (e) {
      failures.push({ target, stage: "inspect", message: `${binaryFileName(name, target)}: ${e.message}` });
      log(`inspected ${binaryFileName(name, target)}: ${e.message}`);
      continue;
    }
    const problems = checkBinary(info, target, { windowsGui: asksWindowsGui(ldflags) });
    timings.inspectMs += since(t1);
    t1 = performance.now();
    const sha256 = await sha256File(file);
    timings.checksumMs += since(t1);
    const fileName = binaryFileName(name, target);
    if (problems.length) failures.push({ target, stage: "inspect", message: `${fileName} does not match ${target.id}: ${problems.join("; ")}` });
    log(`inspected ${fileName}: ${describeHeader(info)}, ${problems.length ? `does not match ${target.id}: ${problems.join("; ")}` : `matches ${target.id}`}, sha256 ${sha256}`);
    binaries.push({ target, file, name: fileName, size: bytes.length, sha256, info, problems, buildMs: Math.round(r.durationMs) });
  }
  t0 = performance.now();
  if (o.smokeArgs.length) {
    const linux = binaries.filter((b) => b.target.goos === "linux" && b.problems.length === 0);
    await mapLimit(linux, concurrency, async (b) => {
      const sysroot = b.target.cgo ? compilers.get(`${b.target.goos}/${b.target.goarch}`)?.sysroot : void 0;
      b.smoke = await smokeRun({ file: b.file, goarch: b.target.goarch, args: o.smokeArgs, timeoutMs: o.smokeTimeoutMs, sysroot }, o.execPlanner, o.run, o.go.env);
      const firstLine = b.smoke.output.trim().split("\n")[0];
      if (!b.smoke.ok && b.smoke.via !== "none") {
        failures.push({ target: b.target, stage: "smoke", message: `${b.name} ${o.smokeArgs.join(" ")}: ${b.smoke.reason}${firstLine ? `: ${firstLine}` : ""}` });
      }
      log(`smoke run ${b.name} ${o.smokeArgs.join(" ")}: ${b.smoke.ok ? `ok (${b.smoke.via}, ${b.smoke.durationMs} ms)` : b.smoke.via === "none" ? `not run: ${b.smoke.reason}` : `FAILED (${b.smoke.via}): ${b.smoke.reason}`}${firstLine ? `: ${firstLine}` : ""}`);
    });
  }
  timings.smokeMs = since(t0);
  let reproducible;
  if (o.reproducible) {
    t0 = performance.now();
    const again = await mkdtemp(join3(tmpdir(), "go-xenv-repro-"));
    try {
      const second = await buildAll(join3(again, "out"), join3(again, "gocache"));
      const differing = [];
      for (const s of second) {
        const first = binaries.find((b) => b.target === s.target);
        if (!first) continue;
        const hash = s.r.ok ? await sha256File(s.file) : `build failed: ${s.r.message}`;
        if (hash !== first.sha256) {
          differing.push(first.name);
          failures.push({ target: s.target, stage: "reproducible", message: `${first.name} differs between two builds: ${first.sha256} then ${hash}` });
        }
      }
      reproducible = { checked: true, differing };
      log(`reproducible: ${differing.length ? `${differing.join(", ")} differ between two builds` : `${second.length} binaries identical in a second build`}`);
    } finally {
      await rm(again, { recursive: true, force: true, maxRetries: 3 });
    }
    timings.reproducibleMs = since(t0);
  }
  t0 = performance.now();
  const manifest = buildManifest({ module: src.module, goVersion, version: src.Version, commit: src.Commit, commitDate: src.CommitDate, ldflags, binaries, failures, reproducible });
  const manifestPath = join3(o.outDir, "manifest.json");
  const sumsPath = join3(o.outDir, "SHA256SUMS");
  await writeFile(sumsPath, sha256sums(binaries));
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}
`);
  timings.writeMs = since(t0);
  return { outDir: o.outDir, manifestPath, sumsPath, manifest, binaries, failures, timings };
}
function describeHeader(info) {
  if (info.format === "elf") return `ELF${info.bits} ${info.machineName} ${info.dynamic ? `dynamic${info.interpreter ? ` (${info.interpreter})` : ""}` : "static"}`;
  if (info.format === "macho") return `Mach-O ${info.slices.map((x) => x.arch).join("+")}`;
  if (info.format === "pe") return `PE ${info.machineName} ${info.subsystemName}`;
  return info.format;
}

// src/pipeline/matrix.ts
var noTargets = () => new UserError("no targets to build", { where: { file: "input targets" }, hint: "set targets, e.g. --targets first-class or targets: linux/amd64,linux/arm64" });
async function binaryName(ctx) {
  if (ctx.config.matrix.binaryName) return checkBinaryName(ctx.config.matrix.binaryName);
  const name = nameFromModule(modulePathIn(ctx.config.workingDirectory));
  return checkBinaryName(name, { file: relative3(ctx.config.workspace, join4(ctx.config.workingDirectory, "go.mod")) });
}
async function planResult(ctx, go, name) {
  if (!ctx.config.matrix.targets.length) throw noTargets();
  const targets = await plannedTargets(ctx.config.matrix, await go(), spawnRunner);
  return { targets, result: planStep(targets, name) };
}
function planStep(targets, name) {
  const matrix = strategyMatrix(targets, name);
  return {
    step: "matrix",
    status: "ok",
    title: `matrix: ${targets.length} target${targets.length === 1 ? "" : "s"} planned`,
    outputs: { matrix: JSON.stringify(matrix) },
    findings: [],
    data: matrix
  };
}
function renderBuild(ctx, r) {
  const ok = r.binaries.filter((b) => b.problems.length === 0).length;
  const failed = r.failures.length > 0;
  return {
    step: "matrix",
    status: failed ? "failed" : "ok",
    title: `matrix: ${ok}/${r.manifest.binaries.length + r.failures.filter((f) => f.stage === "build").length} binaries built and checked${failed ? `, ${r.failures.length} failure${r.failures.length === 1 ? "" : "s"}` : ""}`,
    reason: failed ? r.failures.map((f) => `${f.target.id}: ${f.message}`).join("\n") : void 0,
    outputs: { artifacts: r.manifestPath },
    findings: r.failures.map((f) => failureFinding(ctx, f)),
    data: { outDir: r.outDir, manifest: r.manifestPath, sums: r.sumsPath, binaries: r.manifest.binaries, failures: r.manifest.failures, reproducible: r.manifest.reproducible, timings: r.timings }
  };
}
function failureFinding(ctx, f) {
  const file = f.where?.file ? relative3(ctx.config.workspace, join4(ctx.config.workingDirectory, f.where.file)) : void 0;
  const message = `${f.target.id}: ${file ? f.message.replace(/^\S+?:\d+(:\d+)?: /, "") : f.message}`;
  return { capability: "matrix", rule: `matrix/${f.stage}`, severity: "error", message, ...file ? { file, line: f.where?.line, column: f.where?.col } : {} };
}
async function build(ctx, resolveGo) {
  const m = ctx.config.matrix;
  const name = await binaryName(ctx);
  checkBuildPackage(m.buildPackage);
  const { result: planned, targets } = await planResult(ctx, resolveGo, name);
  const go = await resolveGo();
  const r = await runMatrix({
    targets,
    moduleDir: ctx.config.workingDirectory,
    pkg: m.buildPackage,
    name,
    ldflagsTemplate: m.ldflags,
    outDir: m.outDir,
    smokeArgs: m.smokeArgs,
    smokeTimeoutMs: m.smokeTimeoutSeconds * 1e3,
    reproducible: m.reproducible,
    go,
    run: spawnRunner,
    execPlanner: await hostExecPlanner(go.env),
    log: (line) => ctx.host.info(logSafe(line))
  });
  const built = renderBuild(ctx, r);
  return [{ ...built, outputs: { ...planned.outputs, ...built.outputs } }];
}
var planCommand = {
  name: "plan",
  summary: "Plan the cross-compile matrix: JSON for strategy.matrix (one entry per target, with a runner suggestion)",
  async run(ctx) {
    return [(await planResult(ctx, goResolver(ctx), await binaryName(ctx))).result];
  },
  // `go-xenv plan --json` is the strategy.matrix document itself, ready for a fan-out.
  json: (results) => stepOf(results, "matrix")?.data
};
var buildCommand = {
  name: "build",
  summary: "Build the matrix in parallel, check every binary against its target, smoke-run linux binaries, write SHA256SUMS and manifest.json",
  run: (ctx) => build(ctx, goResolver(ctx))
};
var matrixStep = {
  step: "matrix",
  skipReason: (ctx) => ctx.config.matrix.targets.length ? void 0 : "no targets configured",
  run: (ctx, earlier) => build(ctx, goResolver(ctx, earlier))
};

export {
  planStep,
  renderBuild,
  planCommand,
  buildCommand,
  matrixStep
};
