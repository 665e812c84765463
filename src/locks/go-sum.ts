// go.sum as a document: one package per module and version, the module zip's hash and the go.mod's hash together.
// Like the go command, a line must have three fields and an `h1:` hash must be a SHA-256 in base64; hashes of other
// algorithms (`h2:`...) are kept as written.
import type { GoSumDocument, GoSumPackage } from './document.ts';
import { GO_VERSION_SOURCE, isGoVersion } from './go-version.ts';
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

/** A module version's entry, before its lines' hashes. */
const sumPackage = (name: string, version: string, line: number): GoSumPackage => ({
  name,
  version,
  direct: null,
  hashes: [],
  source: null,
  markers: null,
  line,
  goModHash: null,
  goModOnly: true,
});

/** Any go.sum, line by line: blanks and CRLF allowed, each malformed line one error. */
export function parseGoSumLines(text: string, file: string): GoSumDocument {
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
      p = sumPackage(name, version, line);
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

// A go.sum exactly as the go command writes it: every line `module version[/go.mod] h1:hash` and a newline, every
// version canonical. Printable ASCII for the module path (what module paths are made of): a class that compiles and
// matches far faster than \S, which is Unicode's. The hash's length is checked apart: a counted repetition is
// compiled as that many copies (a third of the pattern's cost to compile and to run, measured).
const WRITTEN_FILE = new RegExp(`^(?:[!-~]+ ${GO_VERSION_SOURCE}(?:/go\\.mod)? h1:[A-Za-z0-9+/]+=\\n)*$`);
const H1_LENGTH = 'h1:'.length + 44;

/**
 * The document of a go.sum as the go command writes it, or null for any other text (which the line reader then
 * reads, or refuses with its error). Checked whole by one native match, then split once: the first read of a
 * large go.sum in a process runs before the JIT has seen this code, so it does as little per line as it can.
 */
export function readWrittenGoSum(text: string, file: string): GoSumDocument | null {
  if (!WRITTEN_FILE.test(text)) return null;
  const f = text.split(/[ \n]/);
  const byKey = new Map<string, GoSumPackage>();
  const packages: GoSumPackage[] = [];
  let p: GoSumPackage | undefined;
  for (let i = 0, line = 1; i + 2 < f.length; i += 3, line++) {
    const name = f[i];
    let version = f[i + 1];
    const hash = f[i + 2];
    if (hash.length !== H1_LENGTH) return null;
    const goMod = version.endsWith('/go.mod');
    if (goMod) version = version.slice(0, -7);
    // The go command writes a version's two lines one after the other: only a new one is looked up.
    if (!p || p.version !== version || p.name !== name) {
      const key = `${name}@${version}`;
      p = byKey.get(key);
      if (!p) {
        p = sumPackage(name, version, line);
        byKey.set(key, p);
        packages.push(p);
      }
    }
    // As the line reader does, inline: a helper called per line is optimized on a background thread (0.8 ms CPU and
    // 0.35 ms of a cold read, measured)
    if (goMod) p.goModHash ??= hash;
    else {
      if (!p.hashes.includes(hash)) p.hashes.push(hash);
      p.goModOnly = false;
    }
  }
  return { ecosystem: 'go', format: 'go.sum', file, packages };
}

export const parseGoSumText = (text: string, file: string): GoSumDocument => readWrittenGoSum(text, file) ?? parseGoSumLines(text, file);

export const parseGoSum = (text: string, file: string): LockParseResult<GoSumDocument> => catchLockError(file, () => parseGoSumText(text, file));
