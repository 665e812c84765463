// go.sum as a document: one package per module and version, the module zip's hash and the go.mod's hash together.
// Like the go command, a line must have three fields and an `h1:` hash must be a SHA-256 in base64; hashes of other
// algorithms (`h2:`...) are kept as written.
import type { GoSumDocument, GoSumPackage } from './document.ts';
import { isGoVersion } from './go-version.ts';
import { catchLockError, malformed, type LockParseResult } from './lock-error.ts';

const H1 = /^h1:[A-Za-z0-9+/]{43}=$/;
// A line as the go command writes it (one space between the fields, an h1: hash), taken in one step; any other
// line, or a version that is not one, goes through the general reading and its errors.
const WRITTEN = /^(\S+) (\S+?)(\/go\.mod)? (h1:[A-Za-z0-9+/]{43}=)\r?$/;

/** The module, version, /go.mod flag and hash of one line, or null for a blank line; a malformed line throws. */
function fields(raw: string, file: string, line: number, isVersion: (v: string) => boolean): [string, string, boolean, string] | null {
  const m = WRITTEN.exec(raw);
  if (m && isVersion(m[2])) return [m[1], m[2], m[3] !== undefined, m[4]];
  const f = raw.trim().split(/\s+/).filter(Boolean);
  if (!f.length) return null;
  if (f.length !== 3) throw malformed(file, line, `malformed go.sum line: ${f.length} fields, want "module version h1:hash"`);
  const [name, v, hash] = f;
  const goMod = v.endsWith('/go.mod');
  const version = goMod ? v.slice(0, -'/go.mod'.length) : v;
  if (!isVersion(version)) throw malformed(file, line, `${name}: invalid version "${version}"`);
  if (!/^h[0-9]+:/.test(hash) || (hash.startsWith('h1:') && !H1.test(hash)))
    throw malformed(file, line, `${name}@${version}: malformed hash "${hash}", want h1: and a base64 SHA-256`);
  return [name, version, goMod, hash];
}

export function parseGoSumText(text: string, file: string): GoSumDocument {
  const byKey = new Map<string, GoSumPackage>();
  // Each version is on two lines (the module's and its go.mod's): checked once.
  const checked = new Map<string, boolean>();
  const isVersion = (v: string) => checked.get(v) ?? (checked.set(v, isGoVersion(v)), checked.get(v)!);
  const lines = text.split('\n');
  for (let idx = 0; idx < lines.length; idx++) {
    const line = idx + 1;
    const f = fields(lines[idx], file, line, isVersion);
    if (!f) continue;
    const [name, version, goMod, hash] = f;
    const key = `${name}@${version}`;
    let p = byKey.get(key);
    if (!p) {
      p = { name, version, direct: null, hashes: [], source: null, markers: null, line, goModHash: null, goModOnly: true };
      byKey.set(key, p);
    }
    if (goMod) p.goModHash ??= hash;
    else {
      if (!p.hashes.includes(hash)) p.hashes.push(hash);
      p.goModOnly = false;
    }
  }
  return { ecosystem: 'go', format: 'go.sum', file, packages: [...byKey.values()] };
}

export const parseGoSum = (text: string, file: string): LockParseResult<GoSumDocument> => catchLockError(file, () => parseGoSumText(text, file));
