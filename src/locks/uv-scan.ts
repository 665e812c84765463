// uv.lock as uv writes it, read block by block without building its tables: a large lock is mostly wheel entries
// (thousands of `{ url, hash, size, upload-time }` tables), and the first read of a process runs in code the JIT has
// not compiled yet, where each table built costs more than all the regex matching. A package block of uv's own layout
// is matched whole by one pattern and its few values cut out natively; any other block is read by the TOML reader on
// its own (a `[[package]]` block holds nothing that refers outside it); anything else (a block the reader leaves to
// smol-toml, one that is not one package, any field of the wrong type) returns null, and the caller reads the whole
// text with the TOML reader. So the document is always the one that reader gives, and every error is its own.
import type { UvLockDocument } from './document.ts';
import { LockSyntaxError } from './lock-error.ts';
import type { TomlTable } from './toml-source.ts';
import { headerBlocks, inTextBlock, INT, PLAIN_STRING, type HeaderBlock } from './layout-scan.ts';
import { readRegularToml } from './toml-regular.ts';
import { entryOf, pushNew, sourceOf, uvTop, withEntries, type UvEntry } from './uv-entries.ts';

/** What separates the package blocks: the header on a line of its own, as uv writes it. */
const HEADER = '\n[[package]]\n';
const S = PLAIN_STRING;
const FILE = (hash: string) => String.raw`\{ url = "${S}", hash = "${hash}", size = ${INT}(?:, upload-time = "${S}")? \}`;
/** A dependency, its keys in uv's order, so that none can be given twice. */
const DEP = String.raw`\{ name = "${S}"(?:, version = "${S}")?(?:, source = \{ [a-z]+ = "${S}" \})?(?:, extra = \["${S}"(?:, "${S}")*\])?(?:, marker = "${S}")? \}`;
const DEPS = String.raw`(?:    ${DEP},\n)+`;
/** A requirement of the project's metadata (not read: matched so that the block is known to be valid). */
const REQ = String.raw`\{ name = "${S}"(?:, extras = \["${S}"(?:, "${S}")*\])?(?:, marker = "${S}")?(?:, specifier = "${S}")? \}`;
const KEY = '[A-Za-z0-9_-]+';
/**
 * A package block after its header, in uv's layout: name, version, source, markers, dependencies, sdist, wheels,
 * extras and groups, and a project's metadata (its groups' keys captured, to be checked for one given twice).
 */
const BLOCK = inTextBlock(
  String.raw`name = "(${S})"\n` +
    String.raw`(?:version = "(${S})"\n)?` +
    String.raw`source = \{ ([a-z]+) = "(${S})" \}\n` +
    String.raw`(?:resolution-markers = \[\n((?:    "${S}",\n)+)\]\n)?` +
    String.raw`(?:dependencies = \[\n(${DEPS})\]\n)?` +
    String.raw`(?:sdist = ${FILE(`(${S})`)}\n)?` +
    String.raw`(?:wheels = \[\n((?:    ${FILE(S)},\n)+)\]\n)?` +
    String.raw`((?:\n\[package\.(?:optional|dev)-dependencies\]\n(?:${KEY} = \[\n${DEPS}\]\n)+)*)` +
    String.raw`(?:\n\[package\.metadata\]\n(?:requires-dist = \[\n(?:    ${REQ},\n)+\]\n)?(?:provides-extras = \["${S}"(?:, "${S}")*\]\n)?` +
    String.raw`(?:\n\[package\.metadata\.requires-dev\]\n((?:${KEY} = \[(?:${REQ}(?:, ${REQ})*)?\]\n|${KEY} = \[\n(?:    ${REQ},\n)+\]\n)+))?)?`,
  HEADER,
);
/** The top of a lock in uv's layout: version, revision, Python, markers, options (strings), the workspace members. */
const TOP = inTextBlock(
  String.raw`version = (${INT})\n(?:revision = (${INT})\n)?(?:requires-python = "(${S})"\n)?` +
    String.raw`(?:resolution-markers = \[\n(?:    "${S}",\n)+\]\n)?` +
    String.raw`(?:\n\[options\]\n((?:${KEY} = "${S}"\n)+))?` +
    String.raw`(?:\n\[manifest\]\nmembers = \[\n((?:    "${S}",\n)+)\]\n)?`,
  HEADER,
);
// Values cut out of a matched block: each line of a list begins with the value's key (strings hold no newline or quote).
const DEP_NAMES = /(?<=^ {4}\{ name = ")[^"]*/gm;
// What comes before each wheel's hash in a matched list: its strings hold no quote, so this is found nowhere else.
const BEFORE_HASH = '", hash = "';
const STRINGS = /(?<=^ {4}")[^"]*/gm;
const GROUP_KEYS = new RegExp(`^${KEY}(?= = \\[)`, 'gm');
const OPTION_KEYS = new RegExp(`^${KEY}`, 'gm');
// The lines of the extras and groups that matter: a section header, a group's key, a dependency's name.
const SECTION_LINE = new RegExp(String.raw`^\[package\.(optional|dev)-dependencies\]$|^(${KEY}) = \[$|^ {4}\{ name = "([^"]*)"`, 'gm');

const distinct = (keys: string[]) => new Set(keys).size === keys.length;

/**
 * The names in the extras and groups, extras first, each section's groups in file order; null where a table would
 * order or take its keys otherwise (a key given twice, a section twice, an integer key, one an object inherits).
 */
function sectionNames(text: string): string[][] | null {
  const lists: Record<string, string[][]> = { optional: [], dev: [] };
  let section: string[][] | null = null;
  let keys = new Set<string>();
  for (const m of text.matchAll(SECTION_LINE)) {
    if (m[1]) {
      if (lists[m[1]].length) return null;
      section = lists[m[1]];
      keys = new Set();
    } else if (m[2]) {
      if (keys.has(m[2]) || /^[0-9]+$/.test(m[2]) || m[2] in Object.prototype) return null;
      keys.add(m[2]);
      section!.push([]);
    } else section![section!.length - 1].push(m[3]);
  }
  return [...lists.optional, ...lists.dev];
}

/** A block in uv's layout, read by BLOCK; null when it is not. */
function layoutEntry(text: string, { at, line }: HeaderBlock): UvEntry | null {
  const m = BLOCK(text, at);
  if (!m) return null;
  const [, name, version, kind, where, markers, deps, sdistHash, wheels, sections, devGroups] = m;
  if (devGroups && !distinct(devGroups.match(GROUP_KEYS)!)) return null;
  const names: string[] = [];
  if (deps) pushNew(names, deps.match(DEP_NAMES)!);
  if (sections) {
    const groups = sectionNames(sections);
    if (!groups) return null;
    for (const g of groups) pushNew(names, g);
  }
  return {
    name,
    version: () => version ?? null,
    source: sourceOf(kind, where),
    deps: names,
    line,
    files: () => ({ hashes: (sdistHash ? [sdistHash] : []).concat(wheelHashes(wheels)), markers: markers ? markers.match(STRINGS)! : [] }),
  };
}

/** The hashes of a matched `wheels` list, in order; an empty hash is no hash, as the TOML reading has it. */
function wheelHashes(wheels: string | undefined): string[] {
  if (!wheels) return [];
  const parts = wheels.split(BEFORE_HASH);
  const list: string[] = [];
  for (let i = 1; i < parts.length; i++) {
    const end = parts[i].indexOf('"');
    if (end) list.push(parts[i].slice(0, end));
  }
  return list;
}

/**
 * The top of the lock (`prelude`, the text before its first block) as a table: by TOP when it is in uv's layout, else
 * by the TOML reader (null when it leaves its subset).
 */
function topOf(text: string, prelude: string): TomlTable | null {
  const m = TOP(text, 0);
  if (!m) return readRegularToml(prelude);
  const [, version, revision, python, options, members] = m;
  if (options && !distinct(options.match(OPTION_KEYS)!)) return null;
  return {
    version: Number(version),
    ...(revision && { revision: Number(revision) }),
    ...(python !== undefined && { 'requires-python': python }),
    ...(members && { manifest: { members: members.match(STRINGS)! } }),
  };
}

/** Any other block, read by the TOML reader alone: null when it leaves the reader's subset or is not one package. */
function tomlEntry(body: string, line: number, file: string): UvEntry | null {
  const doc = readRegularToml(`[[package]]\n${body}`);
  if (!doc || Object.keys(doc).length !== 1 || !Array.isArray(doc.package) || doc.package.length !== 1) return null;
  return entryOf(doc.package[0] as TomlTable, line, file);
}

/** The document, or null when the text is not uv's own layout (the TOML reader then decides). */
export function scanUvLock(text: string, file: string): UvLockDocument | null {
  // A header inside a multi-line string would split the text wrongly, but the part holding the string's opening
  // quotes is never in uv's layout (its strings hold no quote) and the TOML reader takes no multi-line string: null.
  const { top: prelude, blocks } = headerBlocks(text, HEADER);
  const top = blocks.length ? topOf(text, prelude) : null;
  if (!top || 'package' in top) return null;
  try {
    const { out, members } = uvTop(top, file);
    const list: UvEntry[] = [];
    for (const block of blocks) {
      const e = layoutEntry(text, block) ?? tomlEntry(block.body, block.line, file);
      if (!e) return null;
      list.push(e);
    }
    return withEntries(out, members, list);
  } catch (e) {
    // A field of the wrong type: the whole text's reading names the first one.
    if (e instanceof LockSyntaxError) return null;
    throw e;
  }
}
