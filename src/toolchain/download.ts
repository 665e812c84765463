// Downloads one release archive and unpacks it into a staging directory in a single stream:
//   HTTP body -> listed-size bound + SHA-256 -> gunzip -> TarGuard -> `tar -x` on its stdin.
// Only the members tar extracts touch the disk, and only inside the staging dir; tar reads a pipe from this process,
// so if the action dies tar sees end-of-file and exits with it. The size and SHA-256 the release list gives are checked
// when the body ends; on any error the caller removes the staging dir. Zip archives (Windows) are downloaded to a file,
// verified, then unpacked through @actions/tool-cache.
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { UserError } from '../errors.ts';
import { spawnRunner, type CommandRunner, type RunResult } from '../process.ts';
import { causeOf, HttpStatusError, httpGet } from './http-get.ts';
import { TarGuard } from './tar-guard.ts';
import type { ReleaseFile } from './types.ts';
import { checkZip } from './zip-guard.ts';

export interface DownloadOptions {
  token: string;
  serverUrl?: string;
  /** No byte for this long aborts the download. */
  idleMs?: number;
  /** Where a zip archive is kept while it is verified. */
  temp: string;
  /** The environment tar runs with, and the runner that starts it. */
  env: NodeJS.ProcessEnv;
  run?: CommandRunner;
}

const HINT = 'nothing was installed; check the mirror (go-download-base-url / GO_DOWNLOAD_BASE_URL)';
const EXTRACT_HINT = 'nothing was installed; the archive is damaged or not a Go distribution';

/** The bound on an archive's expanded bytes: a Go distribution expands to about 4 times its size; small ones get a floor. */
export const expandedLimit = (size: number): number => Math.max(size * 10, 16 << 20);

/** Counts and hashes the body as it passes, and stops it the moment it outgrows the listed size. */
class Meter extends Transform {
  bytes = 0;
  head = Buffer.alloc(0);
  private readonly hash = createHash('sha256');

  constructor(private readonly file: ReleaseFile) {
    super({ highWaterMark: 1 << 20 });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.file.size) return cb(tooLong(this.file));
    if (this.head.length < 2) this.head = Buffer.concat([this.head, chunk.subarray(0, 2)]);
    this.hash.update(chunk);
    cb(null, chunk);
  }

  /** The size and SHA-256 the release list gives, once the body has ended. */
  verify(): void {
    const { filename, size, sha256 } = this.file;
    if (this.bytes !== size) {
      throw new UserError(`the download of ${filename} is truncated: ${this.bytes} of ${size} bytes`, { code: 'download_truncated', hint: HINT });
    }
    const got = this.hash.digest('hex');
    if (got !== sha256.toLowerCase()) {
      throw new UserError(`SHA-256 mismatch for ${filename}: the release list says ${sha256}, the download is ${got}`, { code: 'checksum_mismatch', hint: HINT });
    }
  }
}

const tooLong = (file: ReleaseFile) =>
  new UserError(`the download of ${file.filename} is larger than the ${file.size} bytes the release list gives`, { code: 'download_too_long', hint: HINT });

const extractError = (filename: string, why: string) =>
  new UserError(`could not extract ${filename}: ${why}`, { code: 'extract_failed', hint: EXTRACT_HINT });

/** Downloads `url` (the archive `file`, already shape-checked) and unpacks it into `staging` (which exists). */
export async function downloadAndUnpack(url: string, file: ReleaseFile, staging: string, opts: DownloadOptions): Promise<void> {
  let res: IncomingMessage;
  try {
    res = await httpGet(url, { token: opts.token, serverUrl: opts.serverUrl, idleMs: opts.idleMs ?? 60_000 });
  } catch (e) {
    if (e instanceof HttpStatusError) throw new UserError(`could not download ${url}: ${e.message}`, { code: 'download_http', hint: HINT });
    throw new UserError(`could not download ${url}: ${causeOf(e)}`, { code: 'download_failed', hint: HINT });
  }
  if (Number(res.headers['content-length']) > file.size) {
    res.destroy();
    throw tooLong(file);
  }
  const body = { ended: false, error: undefined as Error | undefined };
  res.on('end', () => { body.ended = true; });
  res.on('error', (e) => { body.error ??= e; });
  const meter = new Meter(file);
  /** The error to report when the stream failed: the body's own fault first, then what the archive did. */
  const failure = (e: unknown, other: () => UserError): UserError => {
    if (e instanceof UserError) return e;
    if (body.error) return new UserError(`the download of ${file.filename} was cut off after ${meter.bytes} bytes: ${causeOf(body.error)}`, { code: 'download_truncated', hint: HINT });
    if (body.ended) meter.verify();
    return other();
  };
  if (file.filename.endsWith('.zip')) return unpackZip(res, meter, file, staging, opts.temp, failure);

  // Run as root, tar would otherwise keep the archive's owners and modes (setuid, world-writable) as they are.
  const guard = new TarGuard({ label: file.filename, root: 'go', maxBytes: expandedLimit(file.size) });
  const stop = new AbortController();
  let sink: Writable | undefined;
  // TAR_OPTIONS would add options of the environment's choosing (-P, --overwrite, ...) to ours.
  const env = Object.fromEntries(Object.entries(opts.env).filter(([k]) => k !== 'TAR_OPTIONS'));
  const exited = (opts.run ?? spawnRunner)('tar', ['-x', '-f', '-', '-C', staging, '--no-same-owner', '--no-same-permissions'], {
    env,
    signal: stop.signal,
    stdin: (stdin) => { sink = tarInput(stdin, guard); },
  });
  const tarWhy = (r: RunResult) => r.spawnError ?? (r.stderr.trim().split('\n')[0] || `tar exited with ${r.code ?? r.signal}`);
  try {
    await pipeline(res, meter, createGunzip({ chunkSize: 256 << 10 }), guard, sink!);
  } catch (e) {
    stop.abort();
    const r = await exited;
    throw failure(e, () => {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (code.startsWith('Z_')) return extractError(file.filename, meter.head[0] === 0x1f && meter.head[1] === 0x8b ? `damaged gzip data (${causeOf(e)})` : 'not in gzip format');
      return extractError(file.filename, r.code === 0 ? causeOf(e) : tarWhy(r));
    });
  }
  const r = await exited;
  meter.verify();
  if (r.code !== 0) throw extractError(file.filename, tarWhy(r));
}

/**
 * tar's stdin as the end of the pipeline. tar may exit as soon as it has read the end-of-archive marker, before its
 * stdin is ended, while the body still has to be read to its end (for the size and the checksum): after the marker,
 * tar going away is fine; before it, a write waiting for room fails (rather than waits forever) when tar goes away.
 */
function tarInput(stdin: Writable, guard: TarGuard): Writable {
  let stdinError: Error | undefined;
  let waiting: ((e?: Error) => void) | undefined;
  const release = (e?: Error) => {
    const cb = waiting;
    waiting = undefined;
    cb?.(e);
  };
  stdin.on('drain', () => release());
  stdin.on('error', (e: Error) => { stdinError ??= e; release(guard.ended ? undefined : e); });
  stdin.on('close', () => release(guard.ended ? undefined : (stdinError ?? new Error('tar stopped reading its input'))));
  return new Writable({
    objectMode: true,
    highWaterMark: 4,
    // One array of buffers from the guard per gunzip chunk: corked, so it goes to the pipe as one writev.
    write: (parts: Buffer[], _enc, cb) => {
      if (stdinError) return cb(guard.ended ? undefined : stdinError);
      stdin.cork();
      let room = true;
      for (const part of parts) room = stdin.write(part);
      stdin.uncork();
      if (room) cb();
      else waiting = cb;
    },
    final: (cb) => { stdin.end(); cb(); },
  });
}

async function unpackZip(res: IncomingMessage, meter: Meter, file: ReleaseFile, staging: string, temp: string, failure: (e: unknown, other: () => UserError) => UserError): Promise<void> {
  mkdirSync(temp, { recursive: true });
  const work = mkdtempSync(join(temp, 'go-xenv-'));
  try {
    const archive = join(work, file.filename);
    try {
      await pipeline(res, meter, createWriteStream(archive));
    } catch (e) {
      throw failure(e, () => new UserError(`could not save ${file.filename}: ${causeOf(e)}`, { code: 'download_failed', hint: HINT }));
    }
    meter.verify();
    checkZip(archive, { label: file.filename, root: 'go', maxBytes: expandedLimit(file.size) });
    const tc = await import('@actions/tool-cache');
    await tc.extractZip(archive, staging).catch((e: unknown) => { throw extractError(file.filename, causeOf(e)); });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
