import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createGunzip, gunzipSync, gzipSync } from 'node:zlib';
import { UserError } from '../errors.ts';
import { tarOf, type TarEntry } from '../../test/integration/toolchain-tar.ts';
import { checkedInput } from './download.ts';
import { TarGuard } from './tar-guard.ts';

/** The compressed archive in 16 KiB chunks through checkedInput into a stand-in for tar's stdin: what tar got, and the outcome. */
async function feed(entries: TarEntry[]): Promise<{ got: Buffer; error?: unknown; gz: Buffer }> {
  const gz = gzipSync(tarOf(entries), { level: 1 });
  const parts: Buffer[] = [];
  const stdin = new Writable({ highWaterMark: 64 << 10, write: (c: Buffer, _e, cb) => { parts.push(c); cb(); } });
  const guard = new TarGuard({ label: 'go.tar.gz', root: 'go', maxBytes: 64 << 20 });
  const chunks = Array.from({ length: Math.ceil(gz.length / 16384) }, (_, i) => gz.subarray(i * 16384, (i + 1) * 16384));
  const error = await pipeline(Readable.from(chunks), checkedInput(stdin, createGunzip(), guard)).then(() => undefined, (e: unknown) => e);
  return { got: Buffer.concat(parts), error, gz };
}

/** What tar's gzip makes of the bytes it got: as much as they decompress to. */
const expand = (gz: Buffer) => gunzipSync(gz, { finishFlush: constants.Z_SYNC_FLUSH });

test('tar gets the whole compressed archive once the guard has checked all of it', async () => {
  const entries: TarEntry[] = [{ name: 'go/', type: '5' }, { name: 'go/big', body: randomBytes(600_000) }, { name: 'go/VERSION', body: 'go1.26.8\n' }];
  const { got, error, gz } = await feed(entries);
  assert.equal(error, undefined);
  assert.deepEqual(got, gz);
});

test('tar never gets a byte the guard has not approved: a hostile member late in the archive never reaches it', async () => {
  // 600 kB of noise first, so the archive is many chunks long before the member that is refused.
  const entries: TarEntry[] = [{ name: 'go/', type: '5' }, { name: 'go/big', body: randomBytes(600_000) }, { name: 'go/link', type: '2', linkname: '/etc' }, { name: 'go/link/cron', body: 'pwned' }];
  const { got, error } = await feed(entries);
  assert.ok(error instanceof UserError, String(error));
  assert.match(error.message, /symlink member "go\/link" -> "\/etc"/);
  assert.ok(got.length > 16384, 'what came before was passed on');
  const seen = expand(got);
  assert.ok(seen.length < 600_000 + 1024, `tar could have read ${seen.length} bytes`);
  assert.equal(seen.indexOf('go/link'), -1, 'the refused header never reached tar');
});

test('data after the end marker is refused before tar gets it', async () => {
  const tail = Buffer.concat([tarOf([{ name: 'go/x', body: 'x' }]), tarOf([{ name: '/etc/passwd', body: 'pwned' }])]);
  const gz = gzipSync(tail);
  const parts: Buffer[] = [];
  const stdin = new Writable({ write: (c: Buffer, _e, cb) => { parts.push(c); cb(); } });
  const error = await pipeline(Readable.from([gz]), checkedInput(stdin, createGunzip(), new TarGuard({ label: 'go.tar.gz', root: 'go', maxBytes: 1 << 20 }))).then(() => undefined, (e: unknown) => e);
  assert.match((error as Error).message, /data after its end-of-archive marker/);
  assert.equal(parts.length, 0);
});
