// Downloads one release archive, hashing while it streams, and refuses it unless its size and SHA-256 are the ones
// the release list gives. Extraction uses the system tar (zip on Windows through @actions/tool-cache).
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { spawn } from 'node:child_process';
import { UserError } from '../errors.ts';
import { authHeaders, causeOf } from './release-list.ts';
import type { ReleaseFile } from './types.ts';

export interface DownloadOptions {
  token: string;
  serverUrl?: string;
  /** No byte for this long aborts the download. */
  stallMs?: number;
}

/** Streams `url` into `dest`; throws a UserError on HTTP errors, cut-off transfers, size or checksum mismatches. */
export async function downloadVerified(url: string, file: ReleaseFile, dest: string, opts: DownloadOptions): Promise<void> {
  const hint = 'nothing was installed; check the mirror (go-download-base-url / GO_DOWNLOAD_BASE_URL)';
  const stall = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const poke = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stall.abort(new Error(`no data for ${Math.round((opts.stallMs ?? 60_000) / 1000)}s`)), opts.stallMs ?? 60_000);
  };
  poke();
  try {
    let res: Response;
    try {
      res = await fetch(url, { headers: authHeaders(url, opts.token, opts.serverUrl), signal: stall.signal });
    } catch (e) {
      throw new UserError(`could not download ${url}: ${causeOf(e)}`, { code: 'download_failed', hint });
    }
    if (!res.ok || !res.body) {
      await res.body?.cancel();
      throw new UserError(`could not download ${url}: HTTP ${res.status} ${res.statusText}`.trimEnd(), { code: 'download_http', hint });
    }
    const hash = createHash('sha256');
    let bytes = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        bytes += chunk.length;
        hash.update(chunk);
        poke();
        cb(null, chunk);
      },
    });
    try {
      await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>), meter, createWriteStream(dest));
    } catch (e) {
      throw new UserError(`the download of ${file.filename} was cut off after ${bytes} bytes: ${causeOf(e)}`, { code: 'download_truncated', hint });
    }
    if (file.size > 0 && bytes !== file.size) {
      const what = bytes < file.size ? 'is truncated' : 'is too long';
      throw new UserError(`the download of ${file.filename} ${what}: ${bytes} of ${file.size} bytes`, { code: 'download_truncated', hint });
    }
    const got = hash.digest('hex');
    if (got !== file.sha256.toLowerCase()) {
      throw new UserError(`SHA-256 mismatch for ${file.filename}: the release list says ${file.sha256}, the download is ${got}`, { code: 'checksum_mismatch', hint });
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Unpacks an archive into `dir` (which must exist). */
export async function extractArchive(archive: string, dir: string, filename: string): Promise<void> {
  if (filename.endsWith('.zip')) {
    const tc = await import('@actions/tool-cache');
    await tc.extractZip(archive, dir).catch((e: unknown) => { throw extractError(filename, causeOf(e)); });
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const p = spawn('tar', ['-xzf', archive, '-C', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    p.on('error', (e) => reject(extractError(filename, e.message)));
    p.on('close', (code) => (code === 0 ? resolve() : reject(extractError(filename, err.trim().split('\n')[0] || `tar exited with ${code}`))));
  });
}

const extractError = (filename: string, why: string) =>
  new UserError(`could not extract ${filename}: ${why}`, { code: 'extract_failed', hint: 'nothing was installed; the archive is damaged or not a Go distribution' });
