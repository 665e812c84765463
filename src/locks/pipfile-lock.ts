// Pipfile.lock as a document: `default` and `develop` packages with pinned versions (`==x`), hashes, markers and the
// index they come from (named in `_meta.sources`), or their VCS/path source. Pipfile.lock does not say which
// packages the Pipfile lists, so `direct` is null.
import type { PipfileLockDocument, PipfilePackage } from './document.ts';
import { parseJsonWithLines } from './json-source.ts';
import { catchLockError, malformed, type LockParseResult } from './lock-error.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export function parsePipfileLockText(text: string, file: string): PipfileLockDocument {
  const { value, keyLine } = parseJsonWithLines(text, file);
  if (!isObj(value) || !isObj(value._meta)) throw malformed(file, 1, 'Pipfile.lock must be an object with "_meta"');
  const meta = value._meta;
  const sources = (Array.isArray(meta.sources) ? meta.sources : []).map((s, i) => {
    if (!isObj(s) || typeof s.name !== 'string' || typeof s.url !== 'string')
      throw malformed(file, keyLine(['_meta', 'sources']), `_meta.sources[${i}] needs a "name" and a "url"`);
    return { name: s.name, url: s.url, verifySsl: s.verify_ssl !== false };
  });
  const indexUrl = new Map(sources.map((s) => [s.name, s.url]));
  const requires = isObj(meta.requires) ? Object.fromEntries(Object.entries(meta.requires).map(([k, v]) => [k, String(v)])) : {};
  const packages: PipfilePackage[] = [];
  for (const section of ['default', 'develop'] as const) {
    const entries = value[section] ?? {};
    if (!isObj(entries)) throw malformed(file, keyLine([section]), `"${section}" must be an object of packages`);
    for (const [name, e] of Object.entries(entries)) {
      const line = keyLine([section, name]);
      if (!isObj(e)) throw malformed(file, line, `${section}.${name} must be an object`);
      const str = (k: string): string | null => {
        if (e[k] === undefined) return null;
        if (typeof e[k] !== 'string') throw malformed(file, keyLine([section, name, k]), `${section}.${name}.${k} must be a string`);
        return e[k] as string;
      };
      const hashes = e.hashes ?? [];
      if (!Array.isArray(hashes) || hashes.some((h) => typeof h !== 'string'))
        throw malformed(file, keyLine([section, name, 'hashes']), `${section}.${name}.hashes must be a list of strings`);
      const version = str('version');
      const index = str('index');
      const vcs = ['git', 'hg', 'svn', 'bzr'].find((k) => e[k] !== undefined);
      const ref = str('ref');
      const source = vcs ? `${vcs}+${str(vcs)}${ref ? `@${ref}` : ''}` : (str('path') ?? str('file') ?? (index ? (indexUrl.get(index) ?? index) : null));
      packages.push({
        name,
        version: version?.startsWith('==') ? version.replace(/^={2,3}/, '') : version,
        direct: null,
        hashes: hashes as string[],
        source,
        markers: str('markers'),
        line,
        section,
        editable: e.editable === true,
      });
    }
  }
  const sha = isObj(meta.hash) && typeof meta.hash.sha256 === 'string' ? meta.hash.sha256 : null;
  return {
    ecosystem: 'pip',
    format: 'Pipfile.lock',
    file,
    pipfileSha256: sha,
    pipfileSpec: typeof meta['pipfile-spec'] === 'number' ? meta['pipfile-spec'] : null,
    requires,
    sources,
    packages,
  };
}

export const parsePipfileLock = (text: string, file: string): LockParseResult<PipfileLockDocument> =>
  catchLockError(file, () => parsePipfileLockText(text, file));
