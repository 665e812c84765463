// uv.lock as a document. The project and its workspace members are the roots: their dependencies (all extras and
// groups included) are the direct packages; the members themselves are listed apart, not as packages.
import type { UvLockDocument, UvPackage } from './document.ts';
import { catchLockError, malformed, type LockParseResult } from './lock-error.ts';
import { pipName } from './pep508.ts';
import { entries, Fields, parseToml, type TomlTable } from './toml-source.ts';

function sourceOf(src: TomlTable | null): { text: string | null; root: boolean } {
  if (!src) return { text: null, root: false };
  const [kind, where] = Object.entries(src)[0] ?? [];
  if (typeof where !== 'string') return { text: null, root: false };
  if (kind === 'git') return { text: `git+${where}`, root: false };
  return { text: where, root: (kind === 'virtual' || kind === 'editable') && where === '.' };
}

function dependencyNames(f: Fields, pkg: TomlTable): string[] {
  const names: string[] = [];
  const push = (list: TomlTable[]) => {
    for (let i = 0; i < list.length; i++) {
      const n = f.str(list[i], 'name');
      if (!names.includes(n)) names.push(n);
    }
  };
  push(f.tables(pkg, 'dependencies'));
  for (const key of ['optional-dependencies', 'dev-dependencies']) {
    const groups = f.table(pkg, key);
    if (groups) for (const g of Object.keys(groups)) push(f.tables(groups, g));
  }
  return names;
}

export function parseUvLockText(text: string, file: string): UvLockDocument {
  const doc = parseToml(text, file);
  const top = new Fields(file, 1, 'uv.lock');
  const members = new Set((top.table(doc, 'manifest') ? top.strings(top.table(doc, 'manifest')!, 'members') : []).map(pipName));
  const out: UvLockDocument = {
    ecosystem: 'pip',
    format: 'uv.lock',
    file,
    version: typeof doc.version === 'number' ? doc.version : null,
    revision: typeof doc.revision === 'number' ? doc.revision : null,
    requiresPython: top.optStr(doc, 'requires-python'),
    members: [],
    packages: [],
  };
  if (out.version === null) throw malformed(file, 1, 'uv.lock has no "version" number at the top: not a uv lock');
  const roots: string[] = [];
  // Each package's normal name, made once: for the members and for the direct ones.
  const keys: string[] = [];
  for (const { entry, line } of entries(doc, text, file, 'package')) {
    const f = new Fields(file, line, 'package');
    const name = f.str(entry, 'name');
    const source = sourceOf(f.table(entry, 'source'));
    const deps = dependencyNames(f, entry);
    const key = pipName(name);
    if (members.has(key) || source.root) {
      out.members.push({ name, version: f.optStr(entry, 'version'), line });
      roots.push(...deps);
      continue;
    }
    const sdist = f.table(entry, 'sdist');
    const hashes = sdist?.hash ? [f.str(sdist, 'hash')] : [];
    const wheels = f.tables(entry, 'wheels');
    for (let i = 0; i < wheels.length; i++) if (wheels[i].hash) hashes.push(f.str(wheels[i], 'hash'));
    const markers = f.strings(entry, 'resolution-markers');
    out.packages.push({
      name,
      version: f.optStr(entry, 'version'),
      direct: false,
      hashes,
      source: source.text,
      markers: markers.length ? markers.map((m) => `(${m})`).join(' or ') : null,
      line,
      dependencies: deps,
    } satisfies UvPackage);
    keys.push(key);
  }
  const direct = new Set(roots.map(pipName));
  for (let i = 0; i < out.packages.length; i++) out.packages[i].direct = direct.has(keys[i]);
  return out;
}

export const parseUvLock = (text: string, file: string): LockParseResult<UvLockDocument> => catchLockError(file, () => parseUvLockText(text, file));
