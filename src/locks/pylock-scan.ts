// pylock.toml as uv export writes it, read block by block without building its tables: a large lock is mostly
// wheel entries (thousands of `{ url, upload-time, size, hashes }` tables, each with a date), and the first read of a
// process runs in code the JIT has not compiled yet, where each table and date built costs more than all the
// matching. A package block of uv's layout is matched whole by one pattern and its hashes cut out natively; anything
// else gives null, and the caller reads the text with the TOML reader (pylock.ts), so the document is always the one
// that reading gives, and every error is its own. The pattern takes only what that reader takes (a date it would
// refuse is not matched).
import type { LockPackage, PylockDocument } from './document.ts';
import { headerBlocks, hexDigits, inTextBlock, INT, PLAIN_STRING } from './layout-scan.ts';

/** What separates the package blocks: the header on a line of its own, as uv writes it. */
const HEADER = '\n[[packages]]\n';
const S = PLAIN_STRING;
/** A UTC date-time as the TOML reader takes one (a day up to 31 in any month, as V8's Date does). */
const DATE_TIME = String.raw`[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?Z`;
const HEX = hexDigits('"');
const FILE = String.raw`\{ (?:name = "${S}", )?url = "${S}"(?:, upload-time = ${DATE_TIME})?(?:, size = ${INT})?, hashes = \{ sha256 = "${HEX}" \} \}`;
/** A package block after its header: name, version, marker, index, sdist, the wheels (one inline, or one a line). */
const BLOCK = inTextBlock(
  String.raw`name = "(${S})"\n(?:version = "(${S})"\n)?(?:marker = "(${S})"\n)?(?:index = "(${S})"\n)?` +
    String.raw`(?:sdist = ${FILE}\n)?(?:wheels = \[${FILE}\]\n|wheels = \[\n(?: {4}${FILE},\n)+\]\n)?`,
  HEADER,
);
/** The top: comments, then the lock's version, its maker and Python. */
const TOP = inTextBlock(
  String.raw`(?:#[^\x00-\x08\x0a-\x1f\x7f]*\n)*lock-version = "(${S})"\n(?:created-by = "(${S})"\n)?(?:requires-python = "(${S})"\n)?`,
  HEADER,
);
/** What comes before each hash: the hashes are the starts of what a native split on it leaves. */
const BEFORE_HASH = 'sha256 = "';
const HEX_LENGTH = 64;

/** The document of a pylock.toml in uv's layout, or null for any other text. */
export function scanPylock(text: string, file: string): PylockDocument | null {
  const { blocks } = headerBlocks(text, HEADER);
  const top = TOP(text, 0);
  if (!top || !/^1(\.[0-9]+)?$/.test(top[1])) return null;
  const packages: LockPackage[] = [];
  for (const block of blocks) {
    const m = BLOCK(text, block.at);
    if (!m) return null;
    const parts = block.body.split(BEFORE_HASH);
    const hashes: string[] = [];
    for (let j = 1; j < parts.length; j++) {
      if (parts[j].charCodeAt(HEX_LENGTH) !== 0x22) return null;
      hashes.push(`sha256:${parts[j].slice(0, HEX_LENGTH)}`);
    }
    packages.push({ name: m[1], version: m[2] ?? null, direct: null, hashes, source: m[4] ?? null, markers: m[3] ?? null, line: block.line });
  }
  return {
    ecosystem: 'pip',
    format: 'pylock.toml',
    file,
    lockVersion: top[1],
    createdBy: top[2] ?? null,
    requiresPython: top[3] ?? null,
    environments: [],
    packages,
  };
}
