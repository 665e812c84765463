// The locks capability's public surface: parse a lock (Go or pip) into one normalized document, diff two revisions.
export type * from './document.ts';
export { LOCK_FORMATS, lockFormatOf } from './lock-format.ts';
export { parseLockText, readLock, type LockParseOptions } from './parse.ts';
export { parseGoMod, parseGoWork } from './go-mod.ts';
export { parseGoSum } from './go-sum.ts';
export { parseRequirements, type RequirementsReadOptions } from './requirements.ts';
export { parsePoetryLock } from './poetry-lock.ts';
export { parsePipfileLock } from './pipfile-lock.ts';
export { parseUvLock } from './uv-lock.ts';
export { parsePylock } from './pylock.ts';
export { lockErrorFinding, type LockError, type LockErrorCode, type LockParseResult } from './lock-error.ts';
export { diffLocks, compareVersions, type LockChange, type LockDiff, type LockRehash, type LockSide, type LockVersionChange } from './diff.ts';
export { compareGoVersions, isGoVersion, isPseudoVersion, pseudoVersionCommit } from './go-version.ts';
export { comparePep440, parsePep440, isPep440, type Pep440Version } from './pep440.ts';
export { pipName } from './pep508.ts';
export { checkRevision, diffRevisions, type LockFileDiff, type RevisionLockDiff, type RevisionReadOptions } from './revisions.ts';
export { lockInputParsers, type LockInputParser } from './names.ts';
