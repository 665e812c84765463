// A Go zip (the Windows archives) is checked from its central directory before anything is extracted: every member
// inside `go/` with a relative name, no symlinks or setuid/setgid bits, and the declared expanded size under the
// same bound as a tarball's. The extractor writes what the central directory declares, so a member the directory
// does not list never lands.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../errors.ts';
import { quoted } from '../log-text.ts';
import { memberNameProblem } from './tar-guard.ts';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const TAIL = 22 + 0xffff;

export interface ZipCheck {
  label: string;
  root: string;
  maxBytes: number;
}

export function checkZip(path: string, opts: ZipCheck): { members: number; expandedBytes: number } {
  const refuse = (why: string) =>
    new UserError(`refused ${opts.label}: the archive ${why}`, {
      code: 'archive_refused',
      hint: 'nothing was installed; the mirror serves an archive that is not a Go distribution',
    });
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const tailLen = Math.min(size, TAIL);
    const tail = Buffer.alloc(tailLen);
    readSync(fd, tail, 0, tailLen, size - tailLen);
    let end = -1;
    for (let i = tailLen - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD) { end = i; break; }
    if (end < 0) throw refuse('is not a zip file (no end of central directory)');
    const count = tail.readUInt16LE(end + 10);
    const dirSize = tail.readUInt32LE(end + 12);
    const dirOffset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) throw refuse('is a zip64 file (Go archives are not)');
    if (dirOffset + dirSize > size) throw refuse('has a central directory past its end');
    const dir = Buffer.alloc(dirSize);
    readSync(fd, dir, 0, dirSize, dirOffset);
    let pos = 0;
    let expanded = 0;
    for (let n = 0; n < count; n++) {
      if (pos + 46 > dir.length || dir.readUInt32LE(pos) !== CENTRAL) throw refuse('has a damaged central directory');
      const madeBy = dir[pos + 5];
      const uncompressed = dir.readUInt32LE(pos + 24);
      const nameLen = dir.readUInt16LE(pos + 28);
      const extraLen = dir.readUInt16LE(pos + 30);
      const commentLen = dir.readUInt16LE(pos + 32);
      const external = dir.readUInt32LE(pos + 38);
      if (pos + 46 + nameLen > dir.length) throw refuse('has a damaged central directory');
      const name = dir.toString('utf8', pos + 46, pos + 46 + nameLen);
      const problem = memberNameProblem(name, opts.root);
      if (problem) throw refuse(`has a member ${quoted(name)} ${problem}`);
      // Unix modes live in the high half of the external attributes when the archive was made on Unix (3).
      const mode = madeBy === 3 ? external >>> 16 : 0;
      if ((mode & 0o170000) === 0o120000) throw refuse(`has a symlink ${quoted(name)}`);
      if (mode & 0o6000) throw refuse(`has a setuid/setgid member ${quoted(name)}`);
      expanded += uncompressed;
      if (expanded > opts.maxBytes) {
        throw new UserError(`refused ${opts.label}: it expands to more than ${opts.maxBytes} bytes (a Go distribution expands to about 4 times its size)`, {
          code: 'archive_too_large',
          hint: 'nothing was installed; the mirror serves an archive that is not a Go distribution',
        });
      }
      pos += 46 + nameLen + extraLen + commentLen;
    }
    return { members: count, expandedBytes: expanded };
  } finally {
    closeSync(fd);
  }
}
