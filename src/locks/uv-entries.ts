// The parts of a uv.lock document, shared by its two readers (uv-lock.ts, uv-scan.ts). The project and its workspace
// members are the roots: their dependencies (all extras and groups included) are the direct packages; the members
// themselves are listed apart, not as packages.
import type { UvLockDocument, UvPackage } from './document.ts';
import { malformed } from './lock-error.ts';
import { pipName } from './pep508.ts';
import { Fields, type TomlTable } from './toml-source.ts';

/** A package's `source` (its only key: registry, git, path, virtual, ...) as the document gives it. */
export function sourceOf(kind: string | undefined, where: unknown): { text: string | null; root: boolean } {
  if (typeof where !== 'string') return { text: null, root: false };
  if (kind === 'git') return { text: `git+${where}`, root: false };
  return { text: where, root: (kind === 'virtual' || kind === 'editable') && where === '.' };
}

/** One `[[package]]` entry, read: what makes it a member or a package. */
export interface UvEntry {
  name: string;
  /** Read after the files, as the fields of a package are checked in that order. */
  version: () => string | null;
  source: { text: string | null; root: boolean };
  /** Its dependencies' names, each once: `dependencies`, then every extra, then every group. */
  deps: string[];
  line: number;
  /** Its hashes and resolution markers, read only for a package (a member's files are not read). */
  files: () => { hashes: string[]; markers: string[] };
}

/** The document's top (`version`, `revision`, `requires-python`, the workspace members), before any package. */
export function uvTop(doc: TomlTable, file: string): { out: UvLockDocument; members: Set<string> } {
  const top = new Fields(file, 1, 'uv.lock');
  const manifest = top.table(doc, 'manifest');
  const members = new Set((manifest ? top.strings(manifest, 'members') : []).map(pipName));
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
  return { out, members };
}

/** The document with its entries: each a member or a package, the members' dependencies marked direct. */
export function withEntries(out: UvLockDocument, members: Set<string>, list: Iterable<UvEntry>): UvLockDocument {
  const roots: string[] = [];
  // Each package's normal name, made once: for the members and for the direct ones.
  const keys: string[] = [];
  for (const e of list) {
    const key = pipName(e.name);
    if (members.has(key) || e.source.root) {
      out.members.push({ name: e.name, version: e.version(), line: e.line });
      roots.push(...e.deps);
      continue;
    }
    const { hashes, markers } = e.files();
    out.packages.push({
      name: e.name,
      version: e.version(),
      direct: false,
      hashes,
      source: e.source.text,
      markers: markers.length ? markers.map((m) => `(${m})`).join(' or ') : null,
      line: e.line,
      dependencies: e.deps,
    } satisfies UvPackage);
    keys.push(key);
  }
  const direct = new Set(roots.map(pipName));
  for (let i = 0; i < out.packages.length; i++) out.packages[i].direct = direct.has(keys[i]);
  return out;
}

/** Adds the names of `list` that `names` does not hold yet, in order. */
export function pushNew(names: string[], list: readonly string[]): void {
  for (let i = 0; i < list.length; i++) if (!names.includes(list[i])) names.push(list[i]);
}

function dependencyNames(f: Fields, pkg: TomlTable): string[] {
  const names: string[] = [];
  const push = (list: TomlTable[]) =>
    pushNew(
      names,
      list.map((t) => f.str(t, 'name')),
    );
  push(f.tables(pkg, 'dependencies'));
  for (const key of ['optional-dependencies', 'dev-dependencies']) {
    const groups = f.table(pkg, key);
    if (groups) for (const g of Object.keys(groups)) push(f.tables(groups, g));
  }
  return names;
}

/** A `[[package]]` table as an entry; a field of the wrong type is an error at `line`. */
export function entryOf(entry: TomlTable, line: number, file: string): UvEntry {
  const f = new Fields(file, line, 'package');
  const name = f.str(entry, 'name');
  const src = f.table(entry, 'source');
  const [kind, where] = src ? (Object.entries(src)[0] ?? []) : [];
  return {
    name,
    source: sourceOf(kind, where),
    deps: dependencyNames(f, entry),
    version: () => f.optStr(entry, 'version'),
    line,
    files: () => {
      const sdist = f.table(entry, 'sdist');
      const hashes = sdist?.hash ? [f.str(sdist, 'hash')] : [];
      const wheels = f.tables(entry, 'wheels');
      for (let i = 0; i < wheels.length; i++) if (wheels[i].hash) hashes.push(f.str(wheels[i], 'hash'));
      return { hashes, markers: f.strings(entry, 'resolution-markers') };
    },
  };
}
