import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '../errors.ts';
import { tarOf, type TarEntry } from '../../test/integration/toolchain-tar.ts';
import { TarGuard } from './tar-guard.ts';

const guard = (maxBytes = 1 << 20) => new TarGuard({ label: 'go1.26.8.linux-amd64.tar.gz', root: 'go', maxBytes });

/** The stream through the guard in small chunks (headers split across chunks): the guard, or its error. */
function pass(entries: TarEntry[] | Buffer, maxBytes?: number): TarGuard | UserError {
  const tar = Buffer.isBuffer(entries) ? entries : tarOf(entries);
  const g = guard(maxBytes);
  try {
    for (let i = 0; i < tar.length; i += 300) g.check(tar.subarray(i, i + 300));
    g.finish();
    return g;
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
}

test('a well-formed Go archive passes; files and directories with group/other write or sticky bits are noted', () => {
  const entries: TarEntry[] = [
    { name: 'go/', type: '5' },
    { name: 'go/bin/go', mode: 0o755, body: 'binary' },
    { name: 'go/misc/open', mode: 0o1777, type: '5' },
    { name: 'go/misc/shared', mode: 0o666, body: 'x'.repeat(700) },
    { name: 'go/lib/link', type: '2', linkname: 'sub/target', mode: 0o777 },
    { name: 'go/lib/hard', type: '1', linkname: 'go/bin/go' },
    { name: `go/${'d/'.repeat(60)}long`, pax: { path: `go/${'d/'.repeat(60)}long` }, body: 'deep', mode: 0o664 },
  ];
  const got = pass(entries);
  assert.ok(got instanceof TarGuard, String(got));
  assert.deepEqual(got.looseModes, ['go/misc/open', 'go/misc/shared', `go/${'d/'.repeat(60)}long`]);
  assert.ok(got.ended);
});

test('hostile members are refused with one clear message each', () => {
  const table: [entries: TarEntry[], message: RegExp][] = [
    [[{ name: '/etc/cron.d/x', body: 'x' }], /member "\/etc\/cron.d\/x" with an absolute or empty path/],
    [[{ name: 'go/../../x', body: 'x' }], /member "go\/..\/..\/x" with a "\.\." component/],
    [[{ name: 'elsewhere/x', body: 'x' }], /member "elsewhere\/x" outside go\//],
    [[{ name: 'go/x', pax: { path: '../x' }, body: 'x' }], /member "\.\.\/x" with a "\.\." component/],
    [[{ name: 'go/link', type: '2', linkname: '/tmp' }], /symlink member "go\/link" -> "\/tmp" that could point outside/],
    [[{ name: 'go/link', type: '2', linkname: 'a/../../..' }], /symlink member "go\/link" -> "a\/..\/..\/.." that could point outside/],
    [[{ name: 'go/hard', type: '1', linkname: '/etc/passwd' }], /hard link member "go\/hard" -> "\/etc\/passwd"/],
    [[{ name: 'go/bin/go', mode: 0o4755, body: 'x' }], /member "go\/bin\/go" with the setuid or setgid bit \(mode 4755\)/],
    [[{ name: 'go/bin/go', mode: 0o2755, body: 'x' }], /setuid or setgid bit \(mode 2755\)/],
    [[{ name: 'go/dev', type: '3' }], /member "go\/dev" of type character device/],
    [[{ name: 'go/x', pax: { 'SCHILY.xattr.security.capability': 'x' }, body: 'x' }], /pax record "SCHILY.xattr.security.capability"/],
    [[{ name: 'go/x\n::warning::pwned', body: 'x' }], /member "go\/x\\n::warning::pwned" with a control character/],
  ];
  for (const [entries, message] of table) {
    const got = pass(entries);
    assert.ok(got instanceof UserError, `${entries[0].name}: passed`);
    assert.match(got.message, /^refused go1\.26\.8\.linux-amd64\.tar\.gz: the archive has a /);
    assert.match(got.message, message);
    assert.doesNotMatch(got.message, /\n/);
  }
});

test('a damaged header, a truncated member and a gzip-bomb-sized stream are refused', () => {
  const tar = tarOf([{ name: 'go/x', body: 'hello' }]);
  const damaged = Buffer.from(tar);
  damaged[10] ^= 1;
  assert.match(((pass(damaged)) as UserError).message, /damaged header \(bad checksum\)/);
  assert.match(((pass(tar.subarray(0, 600))) as UserError).message, /ends in the middle of a member/);
  const big = tarOf([{ name: 'go/zeros', body: Buffer.alloc(100_000) }]);
  assert.match(((pass(big, 50_000)) as UserError).message, /expands to more than 50000 bytes/);
  // Declared sizes count before the bytes arrive: a header announcing more than the bound stops at the header.
  const header = tarOf([{ name: 'go/zeros', body: Buffer.alloc(100_000) }]).subarray(0, 512);
  assert.match(((pass(Buffer.concat([header, Buffer.alloc(1024)]), 50_000)) as UserError).message, /expands to more than 50000 bytes/);
});

test('after the end-of-archive marker only zero padding may follow: tar would not read a second archive, nor do we', () => {
  const tar = tarOf([{ name: 'go/x', body: 'hello' }]);
  assert.ok(pass(Buffer.concat([tar, Buffer.alloc(9 * 1024)])) instanceof TarGuard);
  const second = pass(Buffer.concat([tar, tarOf([{ name: '/etc/passwd', body: 'x' }])]));
  assert.ok(second instanceof UserError);
  assert.match(second.message, /^refused go1\.26\.8\.linux-amd64\.tar\.gz: the archive has data after its end-of-archive marker$/);
});
