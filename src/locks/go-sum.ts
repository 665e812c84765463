// go.sum as a document: one package per module and version, the module zip's hash and the go.mod's hash together.
// Like the go command, a line must have three fields and an `h1:` hash must be a SHA-256 in base64; hashes of other
// algorithms (`h2:`...) are kept as written.
import type { GoSumDocument, GoSumPackage } from './document.ts';
import { isGoVersion } from './go-version.ts';
import { catchLockError, malformed, type LockParseResult } from './lock-error.ts';

const H1 = /^h1:[A-Za-z0-9+/]{43}=$/;

export function parseGoSumText(text: string, file: string): GoSumDocument {
  const byKey = new Map<string, GoSumPackage>();
  text.split('\n').forEach((raw, idx) => {
    const line = idx + 1;
    const f = raw.trim().split(/\s+/).filter(Boolean);
    if (!f.length) return;
    if (f.length !== 3) throw malformed(file, line, `malformed go.sum line: ${f.length} fields, want "module version h1:hash"`);
    const [name, v, hash] = f;
    const goMod = v.endsWith('/go.mod');
    const version = goMod ? v.slice(0, -'/go.mod'.length) : v;
    if (!isGoVersion(version)) throw malformed(file, line, `${name}: invalid version "${version}"`);
    if (!/^h[0-9]+:/.test(hash) || (hash.startsWith('h1:') && !H1.test(hash)))
      throw malformed(file, line, `${name}@${version}: malformed hash "${hash}", want h1: and a base64 SHA-256`);
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
  });
  return { ecosystem: 'go', format: 'go.sum', file, packages: [...byKey.values()] };
}

export const parseGoSum = (text: string, file: string): LockParseResult<GoSumDocument> => catchLockError(file, () => parseGoSumText(text, file));
