// Pure checks over the host facts: what on this machine stops foreign or freshly built binaries from running, each
// with the command that fixes it. doctor and `emulation status` show the same findings.
import type { Finding } from '../core/finding.ts';
import { entryServes } from './binfmt-parse.ts';
import type { HostFacts } from './host-facts.ts';
import { QEMU_PLATFORMS } from './platforms.ts';

export type HostFinding = Finding & { rule: string; help: string };

/** The WSL generation from the kernel's own strings: WSL1 says "Microsoft", WSL2 "microsoft-standard-WSL2". */
export function wslVersion(f: Pick<HostFacts, 'osrelease' | 'procVersion'>): 1 | 2 | undefined {
  const said = `${f.osrelease ?? ''} ${f.procVersion ?? ''}`;
  if (/microsoft-standard-WSL2|\bWSL2\b/i.test(said)) return 2;
  if (/microsoft/i.test(said)) return 1;
  return undefined;
}

/**
 * `emulation`: whether foreign binaries must run here (emulation status, or a config with foreign linux targets or
 * qemu-platforms); without that, WSL, binfmt_misc and SELinux execmem are no concern of the project's.
 */
export function hostFindings(f: HostFacts, needs: { emulation: boolean }): HostFinding[] {
  const out: HostFinding[] = [];
  const add = (rule: string, severity: Finding['severity'], message: string, help: string) =>
    out.push({ capability: 'emulation', rule, severity, message, help });
  if (needs.emulation) emulationFindings(f, add);
  for (const d of f.dirs) {
    if (!d.mount?.options.includes('noexec')) continue;
    const what = d.role === 'out-dir' ? 'smoke runs cannot execute the built binaries' : 'the emulation probe and `go run`/`go test` cannot execute what they build';
    const elsewhere = d.role === 'out-dir' ? '--out-dir on another file system' : `${d.label === 'RUNNER_TEMP' ? 'TMPDIR' : d.label}=$HOME/.cache/tmp (mkdir it first)`;
    add(`noexec/${d.role}`, 'error', `${d.label} ${d.path} is on ${d.mount.point}, mounted noexec: ${what}`,
      `\`sudo mount -o remount,exec ${d.mount.point}\`, or use ${elsewhere}`);
  }
  for (const c of f.compilers) {
    if (!c.cc) {
      add('cgo/unknown-compiler', 'error', `cgo is asked for ${c.target}, but no C cross compiler is known for it`,
        `build ${c.target} with CGO_ENABLED=0 (remove it from cgo)`);
    } else if (!c.path) {
      add('cgo/missing-compiler', 'error', `cgo is asked for ${c.target}, which needs the C cross compiler ${c.cc}: not on PATH`,
        `\`sudo apt-get install -y ${c.package}\``);
    }
  }
  return out;
}

type Add = (rule: string, severity: Finding['severity'], message: string, help: string) => void;

function emulationFindings(f: HostFacts, add: Add): void {
  const wsl = wslVersion(f);
  const distro = f.wslDistro ?? '<distro>';

  if (wsl === 1) {
    add('host/wsl1', 'warning', `WSL1 (kernel ${f.osrelease ?? '?'}): WSL1 has no binfmt_misc, so no emulator can be registered (and Docker does not run)`,
      `convert the distribution to WSL2 from Windows: \`wsl --set-version ${distro} 2\` (\`wsl -l -v\` lists them), or run foreign binaries with qemu-user-static directly: \`qemu-aarch64-static ./bin\``);
  } else if (wsl === 2) {
    add('host/wsl2', 'notice', `WSL2 (kernel ${f.osrelease ?? '?'}): binfmt_misc works, but registrations are lost when WSL restarts`,
      'after `wsl --shutdown` or a reboot run `sudo go-xenv emulation register` again');
  }
  const b = f.binfmt;
  if (!b.mounted && wsl !== 1) {
    if (f.binfmtSupported === false) {
      add('binfmt/unsupported', 'warning', 'the kernel has no binfmt_misc file system (not in /proc/filesystems): no emulator can be registered',
        'load the module: `sudo modprobe binfmt_misc`, or run foreign binaries with qemu-user-static directly: `qemu-aarch64-static ./bin`');
    } else {
      add('binfmt/not-mounted', 'warning', `binfmt_misc is not mounted at ${b.root}: foreign binaries cannot run through the kernel`,
        `\`sudo mount binfmt_misc -t binfmt_misc ${b.root}\` (\`sudo go-xenv emulation register\` mounts it too)`);
    }
  } else if (b.mounted && !b.enabled) {
    add('binfmt/disabled', 'warning', `binfmt_misc at ${b.root} is disabled: no registered emulator runs anything`,
      `\`echo 1 | sudo tee ${b.root}/status\``);
  }
  for (const e of b.entries) {
    const platform = QEMU_PLATFORMS.find((p) => entryServes(e, p));
    if (!platform || !e.enabled || e.flags.includes('F')) continue;
    add('binfmt/no-fix-binary', 'warning',
      `binfmt_misc entry ${e.name} (${e.interpreter}, flags "${e.flags}") has no F flag: inside containers and chroots the kernel looks for ${e.interpreter} there and ${platform.name} binaries fail`,
      `re-register it with F: \`sudo go-xenv emulation register --qemu-method direct --qemu-platforms ${platform.name}\`, or the docker route \`docker run --rm --privileged tonistiigi/binfmt --install ${platform.name}\``);
  }
  if (f.selinux?.enforcing) {
    const bools = f.selinux.booleans;
    // QEMU translates the guest's code into memory it then executes: SELinux calls that execmem.
    if (bools.deny_execmem === true) {
      add('selinux/deny-execmem', 'error', 'SELinux is enforcing (`getenforce`: Enforcing, /sys/fs/selinux/enforce is 1) and deny_execmem is on: emulated binaries (QEMU maps executable memory) are killed',
        '`sudo setsebool -P deny_execmem off`');
    }
    if (bools.selinuxuser_execmem === false) {
      add('selinux/selinuxuser-execmem', 'warning', 'SELinux is enforcing (`getenforce`: Enforcing) and selinuxuser_execmem is off: programs a confined user runs cannot map executable memory, so QEMU cannot run emulated binaries',
        '`sudo setsebool -P selinuxuser_execmem on`');
    }
  }
}
