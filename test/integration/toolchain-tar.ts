// A small ustar writer for archives no well-behaved tar would make: absolute and `..` members, escaping symlinks,
// setuid modes, devices, pax overrides. Used by the tar guard's unit test and the hostile mirror suite.
export interface TarEntry {
  name: string;
  /** ustar typeflag: '0' file (default), '5' dir, '2' symlink, '1' hard link, '3' char device ... */
  type?: string;
  mode?: number;
  uid?: number;
  body?: Buffer | string;
  linkname?: string;
  /** pax records written in an 'x' header before the entry. */
  pax?: Record<string, string>;
}

function octal(h: Buffer, off: number, len: number, v: number) {
  h.write(`${v.toString(8).padStart(len - 1, '0')}\0`, off, len, 'latin1');
}

function header(name: string, type: string, mode: number, size: number, linkname = '', uid = 0): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, 'utf8');
  octal(h, 100, 8, mode);
  octal(h, 108, 8, uid);
  octal(h, 116, 8, uid);
  octal(h, 124, 12, size);
  octal(h, 136, 12, 1_700_000_000);
  h.write(type, 156, 1, 'latin1');
  h.write(linkname, 157, 100, 'utf8');
  h.write('ustar\x0000', 257, 8, 'latin1');
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  return h;
}

const pad = (n: number) => Buffer.alloc((512 - (n % 512)) % 512);

function paxBody(records: Record<string, string>): Buffer {
  let out = '';
  for (const [k, v] of Object.entries(records)) {
    const rest = ` ${k}=${v}\n`;
    let len = Buffer.byteLength(rest) + 1;
    while (String(len).length + Buffer.byteLength(rest) !== len) len = String(len).length + Buffer.byteLength(rest);
    out += `${len}${rest}`;
  }
  return Buffer.from(out);
}

/** The tar bytes of `entries`, with the end-of-archive marker. */
export function tarOf(entries: TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    if (e.pax) {
      const body = paxBody(e.pax);
      parts.push(header('PaxHeaders/entry', 'x', 0o644, body.length), body, pad(body.length));
    }
    const type = e.type ?? '0';
    const body = typeof e.body === 'string' ? Buffer.from(e.body) : (e.body ?? Buffer.alloc(0));
    parts.push(header(e.name, type, e.mode ?? (type === '5' ? 0o755 : 0o644), body.length, e.linkname, e.uid), body, pad(body.length));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}
