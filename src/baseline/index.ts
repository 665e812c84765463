// The baseline capability's public surface: the snapshot (build, write, read back), the diff of a state against it,
// and the audit's verdict. Pure functions over plain data: the pipeline gathers the state from the other capabilities.
export type * from './snapshot.ts';
export { SNAPSHOT_SCHEMA, buildSnapshot, snapshotText, toJson, compareVerdicts } from './snapshot.ts';
export { stableStringify } from './stable-json.ts';
export { parseSnapshot, MAX_SNAPSHOT_BYTES, type SnapshotSource } from './read.ts';
export { diffKeyPaths, formatKeyPath, type KeyPath, type KeyPathDiff, type ValueChange } from './key-paths.ts';
export {
  diff,
  DEPENDENCY_KINDS,
  type BaselineDiff,
  type BinaryDelta,
  type ConfigChange,
  type DependencyDiff,
  type DependencyEntry,
  type DependencyFileChange,
  type DependencyKind,
  type DependencyVersionChange,
} from './diff.ts';
export { auditOf, type AuditFacts, type AuditResult } from './audit.ts';


/** Where a baseline was read: the snapshot file (relative to the workspace), and the revision and commit it was read at. */
export interface BaselineSource {
  file: string;
  /** As given (absent: the file in the workspace). */
  rev?: string;
  commit?: string;
}
