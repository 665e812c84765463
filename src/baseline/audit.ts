// The nightly audit's verdict over a baseline diff: the policy failures of the whole repository now, and the drift from
// the committed baseline, as figures a team can graph (and alert on) besides the report.
import type { BaselineDiff } from './diff.ts';
import type { Verdict } from './snapshot.ts';

export interface AuditFacts {
  /** `owner/name` ('' off Actions). */
  repository: string;
  branch: string;
}

export interface AuditResult extends AuditFacts {
  diff: BaselineDiff;
  /** Policy failures and warnings at the audited state (all of them, not only the new ones). */
  failures: Verdict[];
  warnings: Verdict[];
  drift: {
    /** Tracked config files: in the baseline, at the audited state, or both. */
    tracked: number;
    /** Of those, the ones whose bytes differ from the baseline (changed, added or removed). */
    drifted: string[];
    /** drifted / tracked; 0 when nothing is tracked. */
    ratio: number;
    /** Anything differs from the baseline: a config, a dependency, a binary or the toolchain. */
    any: boolean;
  };
  /** No policy failure, and nothing differs from the baseline: the audit issue closes. */
  clean: boolean;
}

export function auditOf(diff: BaselineDiff, verdicts: readonly Verdict[], facts: AuditFacts): AuditResult {
  const drifted = diff.configs.changed.map((c) => c.path);
  const tracked = diff.configs.tracked;
  const failures = verdicts.filter((v) => v.level === 'failure');
  // Verdicts are judged as they are now (failures), not against the baseline's: a failure is one whether or not it is new.
  const any = drifted.length > 0 || diff.dependencies.files.length > 0 || diff.binaries.targets.some((t) => t.status !== 'unchanged') || diff.toolchain.changed;
  return {
    ...facts,
    diff,
    failures,
    warnings: verdicts.filter((v) => v.level === 'warning'),
    drift: { tracked, drifted, ratio: tracked ? drifted.length / tracked : 0, any },
    clean: !failures.length && !any,
  };
}
