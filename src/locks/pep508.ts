// One PEP 508 requirement as pip reads it from a requirements file: `name[extras] specifiers ; markers`,
// `name[extras] @ url ; markers`, or a bare URL or path (a VCS URL with `#egg=name`, a wheel file, a directory).

export interface ParsedRequirement {
  name: string;
  extras: string[];
  specifier: string;
  /** The version when the specifier pins exactly one (`==1.2.3`, `===1.2.3`). */
  pinned: string | null;
  url: string | null;
  markers: string | null;
}

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;
const EXTRAS = /^\[\s*([^\]]*)\]\s*/;
const SPEC = /^(~=|===|==|!=|<=|>=|<|>)\s*([A-Za-z0-9_.*+!-]+)$/;
/** The end of an archive's name: a wheel, a zip, a tarball. */
const ARCHIVE = String.raw`\.(whl|zip|tar\.gz|tar\.bz2)`;
// A URL, a VCS URL, or what pip takes for a path: a leading `.` (`-e .`), a slash before any space or operator, or an
// archive's name.
const URLISH = new RegExp(String.raw`^([a-z][a-z0-9+.-]*:\/\/|[a-z]+\+[a-z]+:|file:|\.|[^\s;@<>=!~[]*[/\\]|\S+${ARCHIVE}(\s|;|$))`, 'i');
const EXTRA_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

// A name already in the normal form (uv writes them so): returned after one test, without the two copies.
const NORMAL_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The PEP 503 normal form: lower case, runs of `-_.` as one `-`; how pip matches names. */
export const pipName = (name: string): string => (NORMAL_NAME.test(name) ? name : name.toLowerCase().replace(/[-_.]+/g, '-'));

/** A name for a URL or path requirement: its `#egg=` fragment, or the project in a wheel or sdist file name. */
function nameFromUrl(url: string): { name: string | null; version: string | null } {
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url);
  if (egg) return { name: egg[1], version: null };
  const file = url.split(/[?#]/)[0].split('/').pop() ?? '';
  const wheel = /^([A-Za-z0-9_.]+)-([^-]+)(-[^-]+)?-[^-]+-[^-]+-[^-]+\.whl$/.exec(file);
  if (wheel) return { name: wheel[1], version: wheel[2] };
  const sdist = /^([A-Za-z0-9_.-]+?)-([0-9][^-]*)\.(tar\.gz|zip|tar\.bz2)$/.exec(file);
  if (sdist) return { name: sdist[1], version: sdist[2] };
  return { name: null, version: null };
}

// `name==version`, most of a lock, in one match; unless the version ends as an archive's name does (pip takes
// `x==1.zip` for a path: URLISH).
const PIN = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)==([A-Za-z0-9_.+!-]+)$/;
const ARCHIVE_END = new RegExp(`${ARCHIVE}$`, 'i');

/** The requirement, or a message saying what is wrong with it. */
export function parseRequirement(text: string): ParsedRequirement | { error: string } {
  const pin = PIN.exec(text);
  if (pin && !ARCHIVE_END.test(pin[2])) return { name: pin[1], extras: [], specifier: `==${pin[2]}`, pinned: pin[2], url: null, markers: null };
  const t = text.trim();
  if (URLISH.test(t)) {
    // A bare URL's markers follow `; ` (a `;` alone may belong to the URL).
    const [url, markers] = t.split(/\s+;\s*/, 2);
    const { name, version } = nameFromUrl(url);
    return { name: name ?? url, extras: [], specifier: '', pinned: version, url, markers: markers?.trim() || null };
  }
  const n = NAME.exec(t);
  if (!n) return { error: `"${t}" is not a requirement: a project name comes first` };
  let rest = t.slice(n[0].length);
  let extras: string[] = [];
  const e = EXTRAS.exec(rest);
  if (e) {
    extras = e[1]
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    const bad = extras.find((x) => !EXTRA_NAME.test(x));
    if (bad) return { error: `invalid extra "${bad}" in ${n[1]}` };
    rest = rest.slice(e[0].length);
  } else if (rest.startsWith('[')) return { error: `unclosed "[" in the extras of ${n[1]}` };
  if (rest.startsWith('@')) {
    const m = /^@\s*(\S+)(?:\s+;\s*(.*))?$/.exec(rest);
    if (!m) return { error: `${n[1]}: "@" must be followed by a URL, then optionally " ; markers"` };
    return { name: n[1], extras, specifier: '', pinned: null, url: m[1], markers: m[2]?.trim() || null };
  }
  const semi = rest.indexOf(';');
  let spec = (semi < 0 ? rest : rest.slice(0, semi)).trim();
  const markers = semi < 0 ? null : rest.slice(semi + 1).trim();
  if (markers === '') return { error: `${n[1]}: ";" with no markers after it` };
  if (spec.startsWith('(') && spec.endsWith(')')) spec = spec.slice(1, -1).trim();
  const parts = spec ? spec.split(',').map((s) => s.trim()) : [];
  for (const p of parts) {
    const m = SPEC.exec(p);
    if (!m) return { error: `${n[1]}: invalid version specifier "${p}" (use ==, !=, <=, >=, <, >, ~= or ===, then a version)` };
    if (m[2].includes('*') && m[1] !== '==' && m[1] !== '!=') return { error: `${n[1]}: "${p}": a wildcard only goes with == or !=` };
  }
  const single = parts.length === 1 ? SPEC.exec(parts[0]) : null;
  const pinned = single && (single[1] === '===' || (single[1] === '==' && !single[2].includes('*'))) ? single[2] : null;
  return { name: n[1], extras, specifier: parts.join(','), pinned, url: null, markers };
}
