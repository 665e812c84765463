// The release list comes from a mirror nobody here controls: every entry is shape-checked before use. Entries that
// cannot be a Go release (a version that does not parse, a file that is not an object) are skipped; the archive that
// is about to be downloaded must be exactly what go.dev would list, or the install stops with one clear error.
import { UserError } from '../errors.ts';
import { quoted } from '../log-text.ts';
import { goToSemver } from './go-version.ts';
import type { Release, ReleaseFile } from './types.ts';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The releases of a parsed list whose version parses, each with only its object-shaped files. */
export function releasesOf(data: unknown): Release[] | undefined {
  if (!Array.isArray(data)) return undefined;
  const out: Release[] = [];
  for (const r of data) {
    if (!isObject(r) || typeof r.version !== 'string' || !goToSemver(r.version) || !Array.isArray(r.files)) continue;
    out.push({ version: r.version, stable: r.stable === true, files: r.files.filter(isObject) as unknown as ReleaseFile[] });
  }
  return out;
}

const SHA256 = /^[0-9a-f]{64}$/i;
const PLATFORM_PART = /^[a-z0-9]+$/;

/**
 * The archive entry checked field by field: its file name is the bare go.dev name of its own version, OS and
 * architecture (`go1.26.8.linux-amd64.tar.gz`), so it is safe as a path and as a URL; sha256 is 64 hex digits and
 * size a positive integer.
 */
export function checkArchive(file: ReleaseFile, release: Release, source: string): ReleaseFile {
  const bad = (what: string) => new UserError(`the release list of ${source} lists the ${quoted(release.version)} archive with ${what}`, {
    code: 'mirror_bad_entry', hint: 'nothing was downloaded; the mirror must list files as go.dev does (go-download-base-url / GO_DOWNLOAD_BASE_URL)',
  });
  const { filename, os, arch, version, sha256, size } = file as unknown as Record<string, unknown>;
  if (typeof os !== 'string' || typeof arch !== 'string' || !PLATFORM_PART.test(os) || !PLATFORM_PART.test(arch)) {
    throw bad(`an invalid os/arch ${quoted(`${String(os)}/${String(arch)}`)}`);
  }
  const ext = typeof filename === 'string' && filename.endsWith('.zip') ? 'zip' : 'tar.gz';
  const want = `${release.version}.${os}-${arch}.${ext}`;
  if (typeof filename !== 'string' || filename !== want || version !== release.version) {
    throw bad(`the file name ${quoted(String(filename))}: only the bare go.dev name ${quoted(want)} is accepted`);
  }
  if (typeof sha256 !== 'string' || !SHA256.test(sha256)) throw bad(`sha256 ${quoted(String(sha256))}, not 64 hex digits`);
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size <= 0) throw bad(`size ${quoted(String(size))}, not a positive integer`);
  return file;
}
