// The audit's figures as an OpenMetrics text file (a Prometheus job scrapes it, a Pushgateway step pushes it): policy
// failures, config drift, dependency changes and binary-size drift per target, each sample labelled by repository and
// branch. Label values are foreign text (a branch name, a target from the manifest): escaped as the spec says.
import { DEPENDENCY_KINDS, type AuditResult } from '../baseline/index.ts';

type Labels = Record<string, string>;

/** OpenMetrics label value: backslash, double quote and line feed escaped; the text made well-formed UTF-16 (so UTF-8). */
export const escapeLabelValue = (v: string): string =>
  v
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n');

const labelText = (labels: Labels) => `{${Object.entries(labels).map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}`;

interface Family {
  name: string;
  help: string;
  samples: { labels: Labels; value: number }[];
}

function familyText(f: Family): string {
  const lines = [`# TYPE ${f.name} gauge`, `# HELP ${f.name} ${f.help}`];
  for (const s of f.samples) lines.push(`${f.name}${labelText(s.labels)} ${s.value}`);
  return lines.join('\n');
}

export function renderOpenMetrics(a: AuditResult): string {
  const base: Labels = { repository: a.repository, branch: a.branch };
  const one = (name: string, help: string, value: number): Family => ({ name, help, samples: [{ labels: base, value }] });
  const targets = a.diff.binaries.targets;
  const families: Family[] = [
    one('go_xenv_baseline_check_failures', 'Policy failures in the audited state.', a.failures.length),
    one('go_xenv_baseline_check_warnings', 'Policy warnings in the audited state.', a.warnings.length),
    one('go_xenv_config_drift_ratio', 'Tracked config files that differ from the baseline, over tracked config files (0 to 1).', a.drift.ratio),
    one('go_xenv_config_tracked_files', 'Config files tracked by the baseline or present now.', a.drift.tracked),
    one('go_xenv_config_drifted_files', 'Tracked config files that differ from the baseline.', a.drift.drifted.length),
    {
      name: 'go_xenv_dependency_changes',
      help: 'Dependency changes against the baseline, by kind of change, over every lock file.',
      samples: DEPENDENCY_KINDS.map((kind) => ({ labels: { ...base, kind }, value: a.diff.dependencies.counts[kind] })),
    },
    {
      name: 'go_xenv_binary_size_bytes',
      help: 'Size of each built binary, in bytes.',
      samples: targets.filter((t) => t.newSize !== null).map((t) => ({ labels: { ...base, target: t.target }, value: t.newSize! })),
    },
    {
      name: 'go_xenv_binary_size_drift_bytes',
      help: 'Size of each built binary minus its size in the baseline, in bytes.',
      samples: targets.filter((t) => t.deltaBytes !== null).map((t) => ({ labels: { ...base, target: t.target }, value: t.deltaBytes! })),
    },
    {
      name: 'go_xenv_binary_size_drift_ratio',
      help: 'Size drift of each built binary over its size in the baseline (0.005 is 0.5%).',
      samples: targets.filter((t) => t.deltaPercent !== null).map((t) => ({ labels: { ...base, target: t.target }, value: t.deltaPercent! / 100 })),
    },
    one('go_xenv_toolchain_changed', '1 when the Go version differs from the baseline.', a.diff.toolchain.changed ? 1 : 0),
    one('go_xenv_audit_clean', '1 when the audit found no policy failure and no drift.', a.clean ? 1 : 0),
  ];
  return `${families.map(familyText).join('\n')}\n# EOF\n`;
}
