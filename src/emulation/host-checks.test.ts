// The host checks, each case read through the real reader from a fake root tree with the files the kernel writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { hostFindings, wslVersion } from './host-checks.ts';
import { hostFactsReader, mountOf, type HostQuery } from './host-facts.ts';

const DEBIAN = { 'proc/sys/kernel/osrelease': '6.1.0-28-amd64\n', 'proc/version': 'Linux version 6.1.0-28-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0) #1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1\n' };
const WSL1 = { 'proc/sys/kernel/osrelease': '4.4.0-19041-Microsoft\n', 'proc/version': 'Linux version 4.4.0-19041-Microsoft (Microsoft@Microsoft.com) (gcc version 5.4.0 (GCC) ) #1237-Microsoft Sat Sep 11 14:32:00 PST 2021\n' };
const WSL2 = { 'proc/sys/kernel/osrelease': '5.15.153.1-microsoft-standard-WSL2\n', 'proc/version': 'Linux version 5.15.153.1-microsoft-standard-WSL2 (root@941d701f84f1) (gcc (GCC) 11.2.0, GNU ld (GNU Binutils) 2.37) #1 SMP Fri Mar 29 23:14:13 UTC 2024\n' };
const BINFMT = 'proc/sys/fs/binfmt_misc';
// Entries exactly as the kernel prints them.
const ARM64_F = 'enabled\ninterpreter /usr/bin/qemu-aarch64-static\nflags: F\noffset 0\nmagic 7f454c460201010000000000000000000200b700\nmask ffffffffffffff00fffffffffffffffffeffffff\n';
const ARM64_P = ARM64_F.replace('flags: F', 'flags: P').replace('-static', '');
const PYTHON = 'enabled\ninterpreter /usr/bin/python3.11\nflags: \noffset 0\nmagic a70d0d0a\n';
const mounted = (entries: Record<string, string> = {}, status = 'enabled') => ({
  [`${BINFMT}/register`]: '', [`${BINFMT}/status`]: `${status}\n`, ...Object.fromEntries(Object.entries(entries).map(([n, t]) => [`${BINFMT}/${n}`, t])),
});
const FILESYSTEMS = { 'proc/filesystems': 'nodev\tsysfs\nnodev\tproc\nnodev\tbinfmt_misc\n\text4\n' };
const mountinfo = (lines: string[]) => ({ 'proc/self/mountinfo': ['27 1 254:0 / / rw,relatime - ext4 /dev/vda rw', ...lines].join('\n') + '\n' });
const selinux = (enforce: string, booleans: Record<string, string>) => ({
  'sys/fs/selinux/enforce': enforce, ...Object.fromEntries(Object.entries(booleans).map(([n, v]) => [`sys/fs/selinux/booleans/${n}`, v])),
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'host-root-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

/** A PATH holding only the given executables (the cross compilers that are "installed"). */
function pathWith(names: string[]): string {
  const bin = mkdtempSync(join(tmpdir(), 'host-bin-'));
  for (const n of names) {
    writeFileSync(join(bin, n), '#!/bin/sh\n');
    chmodSync(join(bin, n), 0o755);
  }
  return bin;
}

const OUT = '/work/ws/.go-xenv/out';
const TMP = '/var/tmp/build';
const query = (env: NodeJS.ProcessEnv = { PATH: pathWith([]) }, compilers: HostQuery['compilers'] = []): HostQuery => ({
  dirs: [{ role: 'out-dir', label: 'out-dir', path: OUT }, { role: 'temp', label: 'TMPDIR', path: TMP }], compilers, env,
});
const ARM64_CC = { target: 'linux/arm64', cc: 'aarch64-linux-gnu-gcc', package: 'gcc-aarch64-linux-gnu' };

const healthy = { ...DEBIAN, ...FILESYSTEMS, ...mounted({ 'qemu-aarch64': ARM64_F, python: PYTHON }), ...mountinfo(['30 27 0:40 / /work rw,nosuid,relatime - ext4 /dev/vdb rw']) };
/** The healthy tree without binfmt_misc mounted (no files under its mount point). */
const unmounted = Object.fromEntries(Object.entries(healthy).filter(([p]) => !p.startsWith(BINFMT)));

async function findings(files: Record<string, string>, q: HostQuery = query(), emulation = true) {
  return hostFindings(await hostFactsReader(tree(files)).read(q), { emulation });
}
const rules = async (files: Record<string, string>, q?: HostQuery) => (await findings(files, q)).map((f) => `${f.severity}:${f.rule}`);

test('each host problem is found from the files the kernel writes', async () => {
  const table: [string, Record<string, string>, string[], HostQuery?][] = [
    ['healthy Debian host', healthy, []],
    ['WSL1: no binfmt_misc (its absence is not reported twice)', { ...unmounted, ...WSL1 }, ['warning:host/wsl1']],
    ['WSL2', { ...healthy, ...WSL2 }, ['notice:host/wsl2']],
    ['binfmt_misc not mounted', unmounted, ['warning:binfmt/not-mounted']],
    ['binfmt_misc not in the kernel', { ...unmounted, 'proc/filesystems': 'nodev\tproc\n\text4\n' }, ['warning:binfmt/unsupported']],
    ['binfmt_misc disabled', { ...healthy, [`${BINFMT}/status`]: 'disabled\n' }, ['warning:binfmt/disabled']],
    ['qemu entry without F (a python entry without F is no concern)', { ...healthy, [`${BINFMT}/qemu-aarch64`]: ARM64_P }, ['warning:binfmt/no-fix-binary']],
    ['a disabled entry without F is no concern', { ...healthy, [`${BINFMT}/qemu-aarch64`]: ARM64_P.replace('enabled', 'disabled') }, []],
    ['SELinux enforcing, deny_execmem on', { ...healthy, ...selinux('1', { deny_execmem: '1 1', selinuxuser_execmem: '1 1' }) }, ['error:selinux/deny-execmem']],
    ['SELinux enforcing, deny_execmem off', { ...healthy, ...selinux('1', { deny_execmem: '0 0', selinuxuser_execmem: '1 1' }) }, []],
    ['SELinux enforcing, selinuxuser_execmem off', { ...healthy, ...selinux('1', { deny_execmem: '0 0', selinuxuser_execmem: '0 0' }) }, ['warning:selinux/selinuxuser-execmem']],
    ['SELinux permissive: booleans do not matter', { ...healthy, ...selinux('0', { deny_execmem: '1 1', selinuxuser_execmem: '0 0' }) }, []],
    ['noexec out-dir', { ...healthy, ...mountinfo(['30 27 0:40 / /work rw,nosuid,noexec,relatime - ext4 /dev/vdb rw']) }, ['error:noexec/out-dir']],
    ['noexec temp', { ...healthy, ...mountinfo(['30 27 0:40 / /work rw - ext4 /dev/vdb rw', '31 27 0:41 / /var/tmp rw,nosuid,nodev,noexec - tmpfs tmpfs rw']) }, ['error:noexec/temp']],
    ['a later exec mount over the same point shadows a noexec one', { ...healthy, ...mountinfo(['30 27 0:40 / /work rw,noexec - ext4 /dev/vdb rw', '32 27 0:42 / /work rw - ext4 /dev/vdc rw']) }, []],
    ['noexec from /proc/mounts when there is no mountinfo', { ...healthy, 'proc/self/mountinfo': '', 'proc/mounts': '/dev/vda / ext4 rw 0 0\ntmpfs /var/tmp tmpfs rw,nosuid,noexec 0 0\n' }, ['error:noexec/temp']],
    ['cgo compiler missing', healthy, ['error:cgo/missing-compiler'], query(undefined, [ARM64_CC])],
    ['cgo compiler on PATH', healthy, [], query({ PATH: pathWith(['aarch64-linux-gnu-gcc']) }, [ARM64_CC])],
    ['cgo for a target without a known compiler', healthy, ['error:cgo/unknown-compiler'], query(undefined, [{ target: 'freebsd/arm64' }])],
  ];
  for (const [name, files, want, q] of table) {
    // An empty mountinfo means the file is missing: the reader then falls back to /proc/mounts.
    const f = Object.fromEntries(Object.entries(files).filter(([p, t]) => !(p === 'proc/self/mountinfo' && t === '')));
    assert.deepEqual(await rules(f, q), want, name);
  }
});

test('each finding says the command that fixes it', async () => {
  const [wsl1] = await findings({ ...unmounted, ...WSL1 }, query({ PATH: '', WSL_DISTRO_NAME: 'Ubuntu-22.04' }));
  assert.match(wsl1.message, /^WSL1 \(kernel 4\.4\.0-19041-Microsoft\): WSL1 has no binfmt_misc/);
  assert.equal(wsl1.help, 'convert the distribution to WSL2 from Windows: `wsl --set-version Ubuntu-22.04 2` (`wsl -l -v` lists them), or run foreign binaries with qemu-user-static directly: `qemu-aarch64-static ./bin`');
  const root = tree(unmounted);
  const [notMounted] = hostFindings(await hostFactsReader(root).read(query()), { emulation: true });
  assert.equal(notMounted.help, `\`sudo mount binfmt_misc -t binfmt_misc ${join(root, BINFMT)}\` (\`sudo go-xenv emulation register\` mounts it too)`);
  const disabledRoot = tree({ ...healthy, [`${BINFMT}/status`]: 'disabled\n' });
  const [disabled] = hostFindings(await hostFactsReader(disabledRoot).read(query()), { emulation: true });
  assert.equal(disabled.help, `\`echo 1 | sudo tee ${join(disabledRoot, BINFMT)}/status\``);
  const [noF] = await findings({ ...healthy, [`${BINFMT}/qemu-aarch64`]: ARM64_P });
  assert.equal(noF.message, 'binfmt_misc entry qemu-aarch64 (/usr/bin/qemu-aarch64, flags "P") has no F flag: inside containers and chroots the kernel looks for /usr/bin/qemu-aarch64 there and arm64 binaries fail');
  assert.match(noF.help, /^re-register it with F: `sudo go-xenv emulation register --qemu-method direct --qemu-platforms arm64`/);
  const [deny] = await findings({ ...healthy, ...selinux('1', { deny_execmem: '1 1' }) });
  assert.match(deny.message, /getenforce.*Enforcing.*\/sys\/fs\/selinux\/enforce/);
  assert.equal(deny.help, '`sudo setsebool -P deny_execmem off`');
  const [user] = await findings({ ...healthy, ...selinux('1', { selinuxuser_execmem: '0 0' }) });
  assert.equal(user.help, '`sudo setsebool -P selinuxuser_execmem on`');
  const [out] = await findings({ ...healthy, ...mountinfo(['30 27 0:40 / /work rw,noexec - ext4 /dev/vdb rw']) });
  assert.equal(out.message, `out-dir ${OUT} is on /work, mounted noexec: smoke runs cannot execute the built binaries`);
  assert.equal(out.help, '`sudo mount -o remount,exec /work`, or use --out-dir on another file system');
  const [tmp] = await findings({ ...healthy, ...mountinfo(['31 27 0:41 / /var/tmp rw,noexec - tmpfs tmpfs rw']) });
  assert.equal(tmp.message, `TMPDIR ${TMP} is on /var/tmp, mounted noexec: the emulation probe and \`go run\`/\`go test\` cannot execute what they build`);
  assert.equal(tmp.help, '`sudo mount -o remount,exec /var/tmp`, or use TMPDIR=$HOME/.cache/tmp (mkdir it first)');
  const [cc] = await findings(healthy, query(undefined, [ARM64_CC]));
  assert.equal(cc.message, 'cgo is asked for linux/arm64, which needs the C cross compiler aarch64-linux-gnu-gcc: not on PATH');
  assert.equal(cc.help, '`sudo apt-get install -y gcc-aarch64-linux-gnu`');
});

test('without foreign binaries to run, WSL, binfmt_misc and SELinux are no concern; noexec and cgo still are', async () => {
  const files = { ...unmounted, ...WSL1, ...selinux('1', { deny_execmem: '1 1' }), ...mountinfo(['31 27 0:41 / /var/tmp rw,noexec - tmpfs tmpfs rw']) };
  const all = await findings(files, query(undefined, [ARM64_CC]));
  assert.deepEqual(all.map((f) => f.rule), ['host/wsl1', 'selinux/deny-execmem', 'noexec/temp', 'cgo/missing-compiler']);
  const project = await findings(files, query(undefined, [ARM64_CC]), false);
  assert.deepEqual(project.map((f) => f.rule), ['noexec/temp', 'cgo/missing-compiler']);
});

test('WSL is told apart by the kernel strings; mount points are unescaped and matched by whole components', () => {
  assert.equal(wslVersion({ osrelease: WSL1['proc/sys/kernel/osrelease'] }), 1);
  assert.equal(wslVersion({ procVersion: WSL1['proc/version'] }), 1);
  assert.equal(wslVersion({ osrelease: WSL2['proc/sys/kernel/osrelease'] }), 2);
  assert.equal(wslVersion({ osrelease: DEBIAN['proc/sys/kernel/osrelease'], procVersion: DEBIAN['proc/version'] }), undefined);
  const mounts = [{ point: '/', fstype: 'ext4', options: ['rw'] }, { point: '/mnt/my disk', fstype: 'vfat', options: ['noexec'] }, { point: '/w', fstype: 'tmpfs', options: ['noexec'] }];
  assert.equal(mountOf(mounts, '/mnt/my disk/out')?.point, '/mnt/my disk');
  assert.equal(mountOf(mounts, '/work/out')?.point, '/');
});

test('the reader unescapes mountinfo and reads os-release and SELinux booleans', async () => {
  const root = tree({ ...healthy, 'etc/os-release': 'NAME="Fedora Linux"\nPRETTY_NAME="Fedora Linux 41 (Workstation Edition)"\n', ...selinux('1', { deny_execmem: '0 1' }),
    ...mountinfo(['33 27 0:43 / /mnt/my\\040disk rw,noexec - vfat /dev/sdb1 rw']) });
  const facts = await hostFactsReader(root).read({ ...query(), dirs: [{ role: 'out-dir', label: 'out-dir', path: '/mnt/my disk/out' }] });
  assert.equal(facts.os, 'Fedora Linux 41 (Workstation Edition)');
  assert.deepEqual(facts.selinux, { enforcing: true, booleans: { deny_execmem: false } });
  assert.deepEqual(facts.dirs[0].mount, { point: '/mnt/my disk', fstype: 'vfat', options: ['rw', 'noexec'] });
  assert.equal(facts.binfmtSupported, true);
  assert.deepEqual(facts.binfmt.entries.map((e) => [e.name, e.flags]), [['python', ''], ['qemu-aarch64', 'F']]);
});
