import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { UserError } from '../errors.ts';
import { tarOf, type TarEntry } from '../../test/integration/toolchain-tar.ts';
import { TarGuard } from './tar-guard.ts';

const guard = (maxBytes = 1 << 20) => new TarGuard({ label: 'go1.26.8.linux-amd64.tar.gz', root: 'go', maxBytes });

/** The stream through the guard in small chunks (headers split across chunks), or the guard's error. */
async function pass(entries: TarEntry[] | Buffer, maxBytes?: number): Promise<Buffer | UserError> {
  const tar = Buffer.isBuffer(entries) ? entries : tarOf(entries);
  const chunks = Array.from({ length: Math.ceil(tar.length / 300) }, (_, i) => tar.subarray(i * 300, (i + 1) * 300));
  try {
    return Buffer.concat(((await Readable.from(chunks).pipe(guard(maxBytes)).toArray()) as Buffer[][]).flat());
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
}

const modeOf = (tar: Buffer, block: number) => parseInt(tar.toString('latin1', block * 512 + 100, block * 512 + 107), 8);

test('a well-formed Go archive passes unchanged, with group/other write bits and the sticky bit dropped', async () => {
  const entries: TarEntry[] = [
    { name: 'go/', type: '5' },
    { name: 'go/bin/go', mode: 0o755, body: 'binary' },
    { name: 'go/misc/open', mode: 0o1777, type: '5' },
    { name: 'go/misc/shared', mode: 0o666, body: 'x'.repeat(700) },
    { name: 'go/lib/link', type: '2', linkname: 'sub/target' },
    { name: 'go/lib/hard', type: '1', linkname: 'go/bin/go' },
    { name: `go/${'d/'.repeat(60)}long`, pax: { path: `go/${'d/'.repeat(60)}long` }, body: 'deep' },
  ];
  const out = await pass(entries);
  assert.ok(Buffer.isBuffer(out));
  const want = tarOf(entries);
  assert.equal(out.length, want.length);
  assert.equal(modeOf(out, 1), 0o755);
  assert.equal(modeOf(out, 3), 0o755, 'sticky and world-write dropped');
  assert.equal(modeOf(out, 4), 0o644, 'world-write dropped');
  for (const b of [0, 1, 2, 7, 8]) assert.deepEqual(out.subarray(b * 512, b * 512 + 512), want.subarray(b * 512, b * 512 + 512));
});

test('hostile members are refused with one clear message each', async () => {
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
    const got = await pass(entries);
    assert.ok(got instanceof UserError, `${entries[0].name}: passed`);
    assert.match(got.message, /^refused go1\.26\.8\.linux-amd64\.tar\.gz: the archive has a /);
    assert.match(got.message, message);
    assert.doesNotMatch(got.message, /\n/);
  }
});

test('a damaged header, a truncated member and a gzip-bomb-sized stream are refused', async () => {
  const tar = tarOf([{ name: 'go/x', body: 'hello' }]);
  const damaged = Buffer.from(tar);
  damaged[10] ^= 1;
  assert.match(((await pass(damaged)) as UserError).message, /damaged header \(bad checksum\)/);
  assert.match(((await pass(tar.subarray(0, 600))) as UserError).message, /ends in the middle of a member/);
  const big = tarOf([{ name: 'go/zeros', body: Buffer.alloc(100_000) }]);
  assert.match(((await pass(big, 50_000)) as UserError).message, /expands to more than 50000 bytes/);
  // Declared sizes count before the bytes arrive: a header announcing more than the bound stops at the header.
  const header = tarOf([{ name: 'go/zeros', body: Buffer.alloc(100_000) }]).subarray(0, 512);
  assert.match(((await pass(Buffer.concat([header, Buffer.alloc(1024)]), 50_000)) as UserError).message, /expands to more than 50000 bytes/);
});

test('nothing after the end-of-archive marker reaches tar', async () => {
  const tar = tarOf([{ name: 'go/x', body: 'hello' }]);
  const out = await pass(Buffer.concat([tar, tarOf([{ name: '/etc/passwd', body: 'x' }])]));
  assert.ok(Buffer.isBuffer(out));
  assert.equal(out.length, tar.length);
});
