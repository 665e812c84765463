// pylock.toml (PEP 751) as a document: `[[packages]]` with their index, VCS, directory or archive source, marker and
// the hashes of every sdist, wheel and archive (`hashes = { sha256 = "..." }` becomes `sha256:...`). PEP 751 does
// not say which packages were asked for, so `direct` is null.
import type { LockPackage, PylockDocument } from './document.ts';
import { catchLockError, malformed, type LockParseResult } from './lock-error.ts';
import { scanPylock } from './pylock-scan.ts';
import { entries, Fields, parseToml, type TomlTable } from './toml-source.ts';

function hashesOf(f: Fields, artifact: TomlTable | null): string[] {
  const h = artifact ? f.table(artifact, 'hashes') : null;
  return h ? Object.keys(h).map((alg) => `${alg}:${f.str(h, alg)}`) : [];
}

function sourceOf(f: Fields, pkg: TomlTable): string | null {
  const vcs = f.table(pkg, 'vcs');
  if (vcs) return `${f.optStr(vcs, 'type') ?? 'vcs'}+${f.optStr(vcs, 'url') ?? f.optStr(vcs, 'path')}@${f.optStr(vcs, 'commit-id') ?? ''}`;
  const dir = f.table(pkg, 'directory');
  if (dir) return f.str(dir, 'path');
  const archive = f.table(pkg, 'archive');
  if (archive) return f.optStr(archive, 'url') ?? f.optStr(archive, 'path');
  return f.optStr(pkg, 'index');
}

/** Any pylock.toml, through the TOML reader: each wrong field one error at its entry's line. */
export function readPylockToml(text: string, file: string): PylockDocument {
  const doc = parseToml(text, file);
  const top = new Fields(file, 1, 'pylock.toml');
  const lockVersion = top.optStr(doc, 'lock-version');
  if (!lockVersion) throw malformed(file, 1, 'pylock.toml needs "lock-version" (PEP 751)');
  if (!/^1(\.[0-9]+)?$/.test(lockVersion)) throw malformed(file, 1, `lock-version "${lockVersion}" is not one this reader knows (1.x)`);
  const packages = entries(doc, text, file, 'packages').map(({ entry, line }): LockPackage => {
    const f = new Fields(file, line, 'packages');
    return {
      name: f.str(entry, 'name'),
      version: f.optStr(entry, 'version'),
      direct: null,
      hashes: [...hashesOf(f, f.table(entry, 'sdist')), ...f.tables(entry, 'wheels').flatMap((w) => hashesOf(f, w)), ...hashesOf(f, f.table(entry, 'archive'))],
      source: sourceOf(f, entry),
      markers: f.optStr(entry, 'marker'),
      line,
    };
  });
  return {
    ecosystem: 'pip',
    format: 'pylock.toml',
    file,
    lockVersion,
    createdBy: top.optStr(doc, 'created-by'),
    requiresPython: top.optStr(doc, 'requires-python'),
    environments: top.strings(doc, 'environments'),
    packages,
  };
}

export const parsePylockText = (text: string, file: string): PylockDocument => scanPylock(text, file) ?? readPylockToml(text, file);

export const parsePylock = (text: string, file: string): LockParseResult<PylockDocument> => catchLockError(file, () => parsePylockText(text, file));
