// diff(baseline of the base branch, state of the head): what changed since "good" was committed. Configs by key path
// (old -> new), files added and removed; policy violations new at head and fixed since the base; dependency changes
// (the lock diff, computed by the locks capability and passed in as data); binary sizes per target; the toolchain.
import { diffKeyPaths, type ValueChange } from './key-paths.ts';
import { semanticView } from './semantic-view.ts';
import type { Binary, Snapshot, State, Toolchain, TrackedConfig, Verdict } from './snapshot.ts';

export interface ConfigChange {
  path: string;
  status: 'added' | 'removed' | 'changed';
  format: string;
  /** The parser changed (the file is read as another format): the whole document is one change. */
  previousFormat?: string;
  /** By key path; empty for a change of bytes only (comments, formatting, key order). */
  changes: ValueChange[];
  omitted: number;
  /** One side did not parse: only the bytes can be compared. */
  unparsed: boolean;
}

/** One package as both sides of a dependency change name it (the lock diff's shape, reduced to what is read here). */
export interface DependencyEntry {
  name: string;
  base: { versions: (string | null)[] } | null;
  head: { versions: (string | null)[] } | null;
}
export interface DependencyVersionChange extends DependencyEntry {
  from: string | null;
  to: string | null;
}
export interface DependencyDiff {
  added: DependencyEntry[];
  removed: DependencyEntry[];
  upgraded: DependencyVersionChange[];
  downgraded: DependencyVersionChange[];
  changed: DependencyVersionChange[];
  madeDirect: DependencyVersionChange[];
  madeIndirect: DependencyVersionChange[];
  rehashed: (DependencyEntry & { version: string | null })[];
}
export interface DependencyFileChange {
  file: string;
  status: 'added' | 'removed' | 'changed';
  diff: DependencyDiff;
}
export const DEPENDENCY_KINDS = ['added', 'removed', 'upgraded', 'downgraded', 'changed', 'madeDirect', 'madeIndirect', 'rehashed'] as const;
export type DependencyKind = (typeof DEPENDENCY_KINDS)[number];

export interface BinaryDelta {
  target: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  oldSize: number | null;
  newSize: number | null;
  deltaBytes: number | null;
  /** (new - old) / old * 100; null without both sizes or when the old size is 0. */
  deltaPercent: number | null;
  sha256Changed: boolean;
}

export interface BaselineDiff {
  configs: { tracked: number; changed: ConfigChange[]; unchanged: number };
  verdicts: { new: Verdict[]; fixed: Verdict[]; failures: number; warnings: number };
  dependencies: { files: DependencyFileChange[]; counts: Record<DependencyKind, number>; total: number };
  /** `measured: false`: no build manifest at head, so sizes are not compared. */
  binaries: { measured: boolean; targets: BinaryDelta[] };
  toolchain: { base: Toolchain; head: Toolchain; changed: boolean };
  /** Nothing differs from the baseline and no violation is new. */
  clean: boolean;
}

function diffConfigs(base: readonly TrackedConfig[], head: readonly TrackedConfig[]): BaselineDiff['configs'] {
  const b = new Map(base.map((c) => [c.path, c]));
  const h = new Map(head.map((c) => [c.path, c]));
  const paths = [...new Set([...b.keys(), ...h.keys()])].sort();
  const changed: ConfigChange[] = [];
  for (const path of paths) {
    const x = b.get(path);
    const y = h.get(path);
    if (x && y && x.sha256 === y.sha256) continue;
    if (!x || !y) {
      const c = (x ?? y)!;
      changed.push({ path, status: x ? 'removed' : 'added', format: c.format, changes: [], omitted: 0, unparsed: c.content === null });
      continue;
    }
    const unparsed = x.content === null || y.content === null;
    const formatChanged = x.format !== y.format;
    const d = unparsed ? { changes: [], omitted: 0 } : formatChanged ? { changes: [{ path: [], kind: 'changed' as const, old: x.content, new: y.content }], omitted: 0 } : diffKeyPaths(semanticView(x.format, x.content), semanticView(y.format, y.content));
    changed.push({ path, status: 'changed', format: y.format, ...(formatChanged ? { previousFormat: x.format } : {}), changes: d.changes, omitted: d.omitted, unparsed });
  }
  return { tracked: paths.length, changed, unchanged: paths.length - changed.length };
}

const verdictKey = (v: Verdict) => JSON.stringify([v.level, v.rule, v.file, v.message]);

/** Violations matched by rule, level, file and message (not line: an edit above one moves it without making it new). */
function diffVerdicts(base: readonly Verdict[], head: readonly Verdict[]): BaselineDiff['verdicts'] {
  const remaining = new Map<string, number>();
  for (const v of base) remaining.set(verdictKey(v), (remaining.get(verdictKey(v)) ?? 0) + 1);
  const fresh: Verdict[] = [];
  for (const v of head) {
    const n = remaining.get(verdictKey(v)) ?? 0;
    if (n) remaining.set(verdictKey(v), n - 1);
    else fresh.push(v);
  }
  const fixed: Verdict[] = [];
  for (const v of base) {
    const n = remaining.get(verdictKey(v)) ?? 0;
    if (n) {
      remaining.set(verdictKey(v), n - 1);
      fixed.push(v);
    }
  }
  return { new: fresh, fixed, failures: head.filter((v) => v.level === 'failure').length, warnings: head.filter((v) => v.level === 'warning').length };
}

function diffDependencies(files: readonly DependencyFileChange[]): BaselineDiff['dependencies'] {
  const counts = Object.fromEntries(DEPENDENCY_KINDS.map((k) => [k, 0])) as Record<DependencyKind, number>;
  const kept = files.filter((f) => f.status !== 'changed' || DEPENDENCY_KINDS.some((k) => f.diff[k].length));
  for (const f of kept) for (const k of DEPENDENCY_KINDS) counts[k] += f.diff[k].length;
  const sorted = [...kept].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files: sorted, counts, total: DEPENDENCY_KINDS.reduce((n, k) => n + counts[k], 0) };
}

function diffBinaries(base: readonly Binary[], head: readonly Binary[] | null): BaselineDiff['binaries'] {
  if (head === null) return { measured: false, targets: [] };
  const b = new Map(base.map((x) => [x.target, x]));
  const h = new Map(head.map((x) => [x.target, x]));
  const targets = [...new Set([...b.keys(), ...h.keys()])].sort().map((target): BinaryDelta => {
    const x = b.get(target);
    const y = h.get(target);
    const oldSize = x?.size ?? null;
    const newSize = y?.size ?? null;
    const deltaBytes = oldSize !== null && newSize !== null ? newSize - oldSize : null;
    const sha256Changed = !!x && !!y && x.sha256 !== y.sha256;
    return {
      target,
      status: !x ? 'added' : !y ? 'removed' : deltaBytes || sha256Changed ? 'changed' : 'unchanged',
      oldSize,
      newSize,
      deltaBytes,
      deltaPercent: deltaBytes !== null && oldSize ? (deltaBytes / oldSize) * 100 : null,
      sha256Changed,
    };
  });
  return { measured: true, targets };
}

export function diff(base: Snapshot, head: State, dependencies: readonly DependencyFileChange[]): BaselineDiff {
  const configs = diffConfigs(base.configs, head.configs);
  const verdicts = diffVerdicts(base.verdicts, head.verdicts);
  const deps = diffDependencies(dependencies);
  const binaries = diffBinaries(base.binaries, head.binaries);
  const toolchainChanged = base.toolchain.version !== head.toolchain.version;
  return {
    configs,
    verdicts,
    dependencies: deps,
    binaries,
    toolchain: { base: base.toolchain, head: head.toolchain, changed: toolchainChanged },
    clean:
      !configs.changed.length &&
      !verdicts.new.length &&
      !verdicts.fixed.length &&
      !deps.files.length &&
      !binaries.targets.some((t) => t.status !== 'unchanged') &&
      !toolchainChanged,
  };
}
