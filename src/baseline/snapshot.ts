// The baseline snapshot: what "good" is for a repository, committed as JSON. Built from plain data the pipeline gathers
// (parsed configs, policy verdicts, lock documents, the toolchain, the build manifest); every list in a canonical order
// so that the same state always writes the same bytes and the file's own git diff reads as the change it is.
import { stableStringify } from './stable-json.ts';

export const SNAPSHOT_SCHEMA = 1;

/** A JSON value as JSON.parse yields it: what a config's parsed document becomes in the snapshot. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface TrackedConfig {
  /** Relative to the workspace, `/`-separated. */
  path: string;
  /** The parser that read it (yaml, json, toml, ini, dotenv, properties, sshd_config, ...). */
  format: string;
  sha256: string;
  /** The parsed document; null when the file did not parse (its policy verdict says why). */
  content: Json;
}

export type VerdictLevel = 'failure' | 'warning';

export interface Verdict {
  /** `namespace/rule` (or `input/<reason>` for a file the policies could not read). */
  rule: string;
  level: VerdictLevel;
  message: string;
  file: string | null;
  line: number | null;
}

export interface Dependency {
  name: string;
  version: string | null;
  direct: boolean | null;
  hashes: string[];
  source: string | null;
  markers: string | null;
}

export interface DependencySet {
  file: string;
  format: string;
  ecosystem: string;
  packages: Dependency[];
}

export interface Toolchain {
  /** The Go version (1.26.8), null when nothing names one. */
  version: string | null;
  /** Where it came from: the build manifest, the go-version input, or a go.mod line. */
  source: 'manifest' | 'go-version' | 'go.mod' | 'none';
}

export interface Binary {
  target: string;
  file: string;
  size: number;
  sha256: string;
}

export interface Snapshot {
  schema: typeof SNAPSHOT_SCHEMA;
  configs: TrackedConfig[];
  verdicts: Verdict[];
  dependencies: DependencySet[];
  toolchain: Toolchain;
  binaries: Binary[];
}

/** The state of a working tree, as the snapshot records it; `binaries` is null when no build manifest exists. */
export type State = Omit<Snapshot, 'schema' | 'binaries'> & { binaries: Binary[] | null };

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const cmpNullable = (a: string | number | null, b: string | number | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : typeof a === 'number' && typeof b === 'number' ? a - b : cmp(String(a), String(b));

export const compareVerdicts = (a: Verdict, b: Verdict): number =>
  cmpNullable(a.file, b.file) || cmpNullable(a.line, b.line) || cmp(a.rule, b.rule) || cmp(a.level, b.level) || cmp(a.message, b.message);

const sortDependencies = (sets: readonly DependencySet[]): DependencySet[] =>
  sets
    .map((s) => ({
      ...s,
      packages: s.packages
        .map((p) => ({ ...p, hashes: [...p.hashes].sort(cmp) }))
        .sort((a, b) => cmp(a.name, b.name) || cmpNullable(a.version, b.version) || cmpNullable(a.markers, b.markers)),
    }))
    .sort((a, b) => cmp(a.file, b.file));

/**
 * The snapshot of a state. With no build manifest (`binaries: null`) the previous snapshot's binaries are kept, so
 * updating after a config change does not forget the sizes the last build measured.
 */
export function buildSnapshot(state: State, previous?: Snapshot): Snapshot {
  return {
    schema: SNAPSHOT_SCHEMA,
    configs: [...state.configs].sort((a, b) => cmp(a.path, b.path)),
    verdicts: [...state.verdicts].sort(compareVerdicts),
    dependencies: sortDependencies(state.dependencies),
    toolchain: state.toolchain,
    binaries: [...(state.binaries ?? previous?.binaries ?? [])].sort((a, b) => cmp(a.target, b.target)),
  };
}

/** A parsed document as plain JSON (dates as their ISO text, big integers as numbers): what reading it back yields. */
export function toJson(value: unknown): Json {
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
  return text === undefined ? null : (JSON.parse(text) as Json);
}

/** The snapshot file's text. */
export const snapshotText = (s: Snapshot): string => stableStringify(s);
