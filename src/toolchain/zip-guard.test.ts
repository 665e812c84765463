import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUserError } from '../errors.ts';
import { checkZip } from './zip-guard.ts';

interface Entry { name: string; data?: string; mode?: number; declared?: number }

/** A stored (uncompressed) zip, made on "Unix" so the modes count; `declared` lies about a member's expanded size. */
function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const data = Buffer.from(e.data ?? '');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(e.declared ?? data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c[5] = 3;
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(e.declared ?? data.length, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(((e.mode ?? 0o100644) << 16) >>> 0, 38);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const dir = mkdtempSync(join(tmpdir(), 'go-xenv-zip-'));
const check = (entries: Entry[] | Buffer, maxBytes = 1 << 20) => {
  const file = join(dir, `a-${Math.random().toString(36).slice(2)}.zip`);
  writeFileSync(file, Array.isArray(entries) ? zip(entries) : entries);
  return checkZip(file, { label: 'go1.26.8.windows-amd64.zip', root: 'go', maxBytes });
};
const refused = (entries: Entry[] | Buffer, re: RegExp, maxBytes?: number) =>
  assert.throws(() => check(entries, maxBytes), (e: unknown) => isUserError(e) && re.test(e.format()) && !/\n/.test(e.format()));

test('a Go-shaped zip passes, with its members and declared size counted', () => {
  assert.deepEqual(check([{ name: 'go/' }, { name: 'go/bin/go.exe', data: 'MZ' }, { name: 'go/VERSION', data: 'go1.26.8' }]), { members: 3, expandedBytes: 10 });
});

test('the real zip tool agrees with the reader: a zip made by python zipfile passes', () => {
  const file = join(dir, 'py.zip');
  execFileSync('python3', ['-c', 'import sys,zipfile\nwith zipfile.ZipFile(sys.argv[1],"w",zipfile.ZIP_DEFLATED) as z:\n  z.writestr("go/VERSION","go1.26.8")\n  z.writestr("go/bin/go.exe","MZ"*1000)', file]);
  assert.deepEqual(checkZip(file, { label: 'x.zip', root: 'go', maxBytes: 1 << 20 }), { members: 2, expandedBytes: 2008 });
});

test('hostile members are refused before extraction, each with one message', () => {
  refused([{ name: '../evil' }], /refused go1\.26\.8\.windows-amd64\.zip: the archive has a member "\.\.\/evil" with a "\.\." component/);
  refused([{ name: 'go\\..\\..\\evil.exe' }], /with a "\.\." component/);
  refused([{ name: '/etc/passwd' }], /with an absolute or empty path/);
  refused([{ name: 'C:\\Windows\\evil.exe' }], /with an absolute or empty path/);
  refused([{ name: 'other/x' }], /outside go\//);
  refused([{ name: 'go/x\n::warning::pwned' }], /control character/);
  refused([{ name: 'go/link', mode: 0o120777, data: '/etc' }], /has a symlink "go\/link"/);
  refused([{ name: 'go/bin/go', mode: 0o104755 }], /setuid\/setgid member/);
});

test('a declared expansion past the bound is refused (a zip bomb never starts extracting)', () => {
  refused([{ name: 'go/a', declared: 600_000 }, { name: 'go/b', declared: 600_000 }], /expands to more than 1048576 bytes/);
});

test('what is not a plain zip is refused: no end record, zip64, a damaged directory', () => {
  refused(Buffer.from('not a zip at all'), /is not a zip file/);
  const z64 = zip([{ name: 'go/a' }]);
  z64.writeUInt16LE(0xffff, z64.length - 12);
  refused(z64, /zip64/);
  const cut = zip([{ name: 'go/a' }]);
  cut.writeUInt32LE(0, cut.length - 22 - 50);
  refused(cut, /damaged central directory/);
});
