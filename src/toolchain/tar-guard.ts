// The uncompressed tar stream of a Go archive passes through this guard on its way to `tar -x`: every header is
// parsed as tar parses it (ustar prefix, GNU long names, pax path/linkpath/size) and checked before tar sees it.
// A member that would land outside `go/`, a link that could point out of it, a device, setuid/setgid bits, or more
// expanded bytes than the bound stop the stream with one clear error; write bits for group and others are dropped.
import { Transform, type TransformCallback } from 'node:stream';
import { UserError } from '../errors.ts';
import { quoted } from '../log-text.ts';

export interface GuardOptions {
  /** The archive's name, for messages. */
  label: string;
  /** The top directory every member must be in (`go`). */
  root: string;
  /** Bound on the uncompressed stream, in bytes. */
  maxBytes: number;
}

/**
 * What is wrong with an archive member's name, or undefined: it must be relative, free of `..` and control
 * characters, and inside the root directory (tar and zip members alike; a backslash counts as a separator, as
 * Windows extractors read it).
 */
export function memberNameProblem(name: string, root: string): string | undefined {
  if (name === '' || /^([/\\]|[A-Za-z]:)/.test(name)) return 'with an absolute or empty path';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'with a control character in its name';
  const parts = name.split(/[/\\]/).filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) return 'with a ".." component';
  if (parts[0] !== root) return `outside ${root}/`;
  return undefined;
}

const BLOCK = 512;
const MAX_META = 1 << 20;
const padded = (n: number) => Math.ceil(n / BLOCK) * BLOCK;

/** An octal field, or GNU's base-256 form (high bit of the first byte set). */
function num(h: Buffer, off: number, len: number): number {
  if (h[off] & 0x80) {
    let v = h[off] & 0x7f;
    for (let i = 1; i < len; i++) v = v * 256 + h[off + i];
    return v;
  }
  const s = h.toString('latin1', off, off + len).replace(/\0.*$/s, '').trim();
  return s === '' ? 0 : /^[0-7]+$/.test(s) ? parseInt(s, 8) : NaN;
}

const str = (h: Buffer, off: number, len: number) => {
  const end = h.indexOf(0, off);
  return h.toString('utf8', off, end === -1 || end > off + len ? off + len : end);
};

function checksumOk(h: Buffer): boolean {
  const stored = num(h, 148, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : h[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return stored === unsigned || stored === signed;
}

function writeChecksum(h: Buffer): void {
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += h[i];
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
}

/** pax records `<len> <key>=<value>\n`; undefined when malformed. */
function paxRecords(buf: Buffer): Map<string, string> | undefined {
  const out = new Map<string, string>();
  let pos = 0;
  while (pos < buf.length) {
    const sp = buf.indexOf(0x20, pos);
    if (sp === -1) return buf.subarray(pos).every((b) => b === 0) ? out : undefined;
    const len = Number(buf.toString('latin1', pos, sp));
    if (!Number.isSafeInteger(len) || len <= sp - pos || pos + len > buf.length || buf[pos + len - 1] !== 0x0a) return undefined;
    const rec = buf.toString('utf8', sp + 1, pos + len - 1);
    const eq = rec.indexOf('=');
    if (eq <= 0) return undefined;
    out.set(rec.slice(0, eq), rec.slice(eq + 1));
    pos += len;
  }
  return out;
}

const KIND: Record<string, string> = { '3': 'character device', '4': 'block device', '6': 'FIFO', S: 'GNU sparse file', M: 'multi-volume continuation', V: 'volume label', N: 'GNU old long name' };
const REFUSED_PAX = /^(GNU\.sparse\.|SCHILY\.xattr\.|LIBARCHIVE\.xattr\.|SCHILY\.acl\.|RHT\.security\.)/;

export class TarGuard extends Transform {
  private readonly block = Buffer.alloc(BLOCK);
  private have = 0;
  /** Bytes (padded) of the current member's data still to pass. */
  private left = 0;
  private meta: { type: string; size: number; parts: Buffer[] } | undefined;
  private next: { path?: string; linkpath?: string; size?: number } = {};
  private expanded = 0;
  private declared = 0;
  /** Whether the end-of-archive marker has passed: tar needs nothing more. */
  ended = false;
  /** What one input chunk lets through (views of it, and headers), handed on as one array: tar gets it in one writev. */
  private out: Buffer[] = [];

  constructor(private readonly opts: GuardOptions) {
    // Room for a whole gunzip chunk on the way in; out go arrays of buffers, a few chunks' worth.
    super({ writableHighWaterMark: 1 << 20, readableObjectMode: true, readableHighWaterMark: 4 });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    try {
      this.expanded += chunk.length;
      if (this.expanded > this.opts.maxBytes) throw this.tooLarge();
      this.feed(chunk);
      const out = this.out;
      this.out = [];
      cb(null, out.length ? out : undefined);
    } catch (e) {
      cb(e as Error);
    }
  }

  override _flush(cb: TransformCallback): void {
    if (!this.ended && (this.left > 0 || this.have > 0 || this.meta)) cb(this.refuse('ends in the middle of a member'));
    else cb();
  }

  private feed(chunk: Buffer): void {
    let off = 0;
    while (off < chunk.length && !this.ended) {
      if (this.left > 0) {
        const n = Math.min(this.left, chunk.length - off);
        const part = chunk.subarray(off, off + n);
        this.meta?.parts.push(part);
        this.out.push(part);
        this.left -= n;
        off += n;
        if (this.left === 0 && this.meta) this.endMeta();
        continue;
      }
      const n = Math.min(BLOCK - this.have, chunk.length - off);
      chunk.copy(this.block, this.have, off, off + n);
      this.have += n;
      off += n;
      if (this.have === BLOCK) {
        this.have = 0;
        this.header(Buffer.from(this.block));
      }
    }
  }

  private header(h: Buffer): void {
    if (h.every((b) => b === 0)) {
      // The end of the archive: tar gets a complete end marker and nothing after it.
      this.ended = true;
      this.out.push(Buffer.alloc(2 * BLOCK));
      return;
    }
    if (!checksumOk(h)) throw this.refuse('has a damaged header (bad checksum)');
    const type = h[156] === 0 ? '0' : String.fromCharCode(h[156]);
    const ustar = h.toString('latin1', 257, 263) === 'ustar\0';
    const rawName = str(h, 0, 100);
    const prefix = ustar ? str(h, 345, 155) : '';
    const name = this.next.path ?? (prefix ? `${prefix}/${rawName}` : rawName);
    const linkname = this.next.linkpath ?? str(h, 157, 100);
    const size = this.next.size ?? num(h, 124, 12);
    if (!Number.isSafeInteger(size) || size < 0) throw this.refuse(`has a member ${quoted(name)} with an invalid size`);

    if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
      if (size > MAX_META) throw this.refuse(`has a ${size}-byte metadata header`);
      this.out.push(h);
      this.meta = { type, size, parts: [] };
      this.left = padded(size);
      if (this.left === 0) this.endMeta();
      return;
    }
    this.next = {};
    const what = `member ${quoted(name)}`;
    this.checkName(name, what);
    const mode = num(h, 100, 8);
    if (!Number.isSafeInteger(mode)) throw this.refuse(`has a ${what} with an invalid mode`);
    if (mode & 0o6000) throw this.refuse(`has a ${what} with the setuid or setgid bit (mode ${mode.toString(8)})`);
    switch (type) {
      case '0': case '7':
        // tar takes a "file" named `x/` for a directory; whether it then skips the data is not something to bet on.
        if (name.endsWith('/') && size > 0) throw this.refuse(`has a file ${what} named like a directory, with data`);
        this.declared += size;
        if (this.declared > this.opts.maxBytes) throw this.tooLarge();
        break;
      case '5':
        if (size !== 0) throw this.refuse(`has a directory ${what} with data`);
        break;
      case '2':
        if (size !== 0) throw this.refuse(`has a symlink ${what} with data`);
        this.checkSymlink(linkname, what);
        break;
      case '1':
        if (size !== 0) throw this.refuse(`has a hard link ${what} with data`);
        this.checkName(linkname, `hard link ${what} -> ${quoted(linkname)}`);
        break;
      default:
        throw this.refuse(`has a ${what} of type ${KIND[type] ?? quoted(type)}: a Go distribution has only files, directories and links`);
    }
    const safe = mode & 0o755;
    if (safe !== mode) {
      h.write(`${safe.toString(8).padStart(7, '0')}\0`, 100, 8, 'latin1');
      writeChecksum(h);
    }
    this.out.push(h);
    this.left = padded(size);
  }

  private endMeta(): void {
    const { type, size, parts } = this.meta!;
    this.meta = undefined;
    const data = Buffer.concat(parts).subarray(0, size);
    if (type === 'L' || type === 'K') {
      const end = data.indexOf(0);
      const value = data.toString('utf8', 0, end === -1 ? data.length : end);
      if (type === 'L') this.next.path = value;
      else this.next.linkpath = value;
      return;
    }
    const records = paxRecords(data);
    if (!records) throw this.refuse('has a malformed pax header');
    for (const [key, value] of records) {
      if (REFUSED_PAX.test(key)) throw this.refuse(`has a pax record ${quoted(key)} (sparse files, extended attributes and ACLs are refused)`);
      if (key !== 'path' && key !== 'linkpath' && key !== 'size') continue;
      if (type === 'g') throw this.refuse(`has a global pax header setting ${key}`);
      if (value.includes('\0')) throw this.refuse(`has a pax ${key} with a NUL byte`);
      if (key === 'size') {
        if (!/^\d+$/.test(value)) throw this.refuse(`has a pax size ${quoted(value)}`);
        this.next.size = Number(value);
      } else if (key === 'path') this.next.path = value;
      else this.next.linkpath = value;
    }
  }

  private checkName(name: string, what: string): void {
    const problem = memberNameProblem(name, this.opts.root);
    if (problem) throw this.refuse(`has a ${what} ${problem}`);
  }

  /** A symlink's target: relative and without `..`, so it can only point below its own directory. */
  private checkSymlink(target: string, what: string): void {
    if (target === '' || target.startsWith('/') || target.split('/').includes('..')) {
      throw this.refuse(`has a symlink ${what} -> ${quoted(target)} that could point outside the archive`);
    }
  }

  private refuse(why: string): UserError {
    return new UserError(`refused ${this.opts.label}: the archive ${why}`, {
      code: 'archive_refused', hint: 'nothing was installed; the mirror serves an archive that is not a Go distribution',
    });
  }

  private tooLarge(): UserError {
    return new UserError(`refused ${this.opts.label}: it expands to more than ${this.opts.maxBytes} bytes (a Go distribution expands to about 4 times its size)`, {
      code: 'archive_too_large', hint: 'nothing was installed; the mirror serves an archive that is not a Go distribution',
    });
  }
}
