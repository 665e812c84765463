// Reads of files that the repository names: regular files only, never more than a bound, so `/dev/zero`, a FIFO
// or a 3 GB file gives one clear error instead of an endless read or an exhausted heap.
import { createReadStream, openSync, fstatSync, readSync, closeSync, constants } from 'node:fs';
import { UserError, type Where } from './errors.ts';

export const DEFAULT_READ_LIMIT = 4 * 1024 * 1024;
/** Policies and their data documents can be large (bundled data sets), so their bound is well above a config file's. */
export const POLICY_READ_LIMIT = 256 * 1024 * 1024;

export interface BoundedReadOptions {
  /** What the file is, for the message: `go-version-file`, `canary config`. */
  label: string;
  maxBytes?: number;
  where?: Where;
}

const notRegular = (path: string, o: BoundedReadOptions) =>
  new UserError(`${o.label} "${path}" is not a regular file`, { where: o.where ?? { file: path }, hint: 'name a regular file inside the workspace' });

function openForRead(path: string, opts: BoundedReadOptions): number {
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer before fstat can refuse it.
    return openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${opts.label} "${path}" cannot be read (${code ?? (e as Error).message})`, { where: opts.where ?? { file: path } });
  }
}

/** The file's bytes; UserError when it is missing, not a regular file, or larger than the bound. */
export function readBounded(path: string, opts: BoundedReadOptions): Buffer {
  const max = opts.maxBytes ?? DEFAULT_READ_LIMIT;
  const fd = openForRead(path, opts);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw notRegular(path, opts);
    if (st.size > max) throw tooLarge(path, st.size, max, opts);
    // Read one byte past the bound: a file that grows while we read is still refused.
    const buf = Buffer.alloc(Math.min(st.size, max) + 1);
    let got = 0;
    for (;;) {
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (got > max) throw tooLarge(path, got, max, opts);
    }
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

export const readBoundedText = (path: string, opts: BoundedReadOptions): string => readBounded(path, opts).toString('utf8');

const tooLarge = (path: string, _size: number, max: number, o: BoundedReadOptions) =>
  new UserError(`${o.label} "${path}" is larger than ${max} bytes`, {
    where: o.where ?? { file: path },
    hint: `such a file is at most ${max} bytes; name the right file`,
    code: 'file_too_large',
  });

/** SHA-256 of a regular file, streamed (any size; FIFOs and devices refused). */
export async function hashRegularFile(path: string, opts: BoundedReadOptions): Promise<string> {
  const fd = openForRead(path, opts);
  const st = fstatSync(fd);
  if (!st.isFile()) { closeSync(fd); throw notRegular(path, opts); }
  // node:crypto loads on first use: importing it costs every CLI start ~5 ms, and most commands never hash.
  const h = (await import('node:crypto')).createHash('sha256');
  for await (const chunk of createReadStream('', { fd })) h.update(chunk as Buffer);
  return h.digest('hex');
}
