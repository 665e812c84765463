// The Go environment as the doctor judged it: its findings with their fixes, and where go and its caches are. The
// messages carry what go said and paths from the environment: escaped like any foreign text (in a terminal too).
import type { DoctorReport, DoctorStepData } from '../../core/result.ts';
import type { Finding, Severity } from '../../toolchain/doctor.ts';
import { escapeCell } from '../escape.ts';

const ICON: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' };

/** The findings as a Markdown table. */
export const findingsTable = (findings: Finding[]): string[] => [
  '| | finding | fix |',
  '|---|---|---|',
  ...findings.map((x) => `| ${ICON[x.severity]} | ${escapeCell(x.message)} | ${escapeCell(x.fix)} |`),
];

export function renderDoctor({ facts: f, findings }: DoctorReport): string {
  const lines: string[] = findings.length ? findingsTable(findings) : ['No problems found in the Go environment.'];
  const rows: [string, string | undefined][] = [
    ['go on PATH', f.pathGo ? `${f.pathGo.path} (go${f.pathGo.version ?? '?'})` : 'none'],
    ['installed', f.installed ? `go${f.installed.version} in ${f.installed.goroot}` : undefined],
    ['GOPATH', f.locations?.GOPATH],
    ['GOCACHE', f.locations?.GOCACHE],
    ['GOMODCACHE', f.locations?.GOMODCACHE],
  ];
  lines.push('', '| where | path |', '|---|---|', ...rows.filter((r) => r[1] !== undefined).map(([k, v]) => `| ${k} | ${escapeCell(v!)} |`));
  return lines.join('\n');
}

export const doctorSection = (d: DoctorStepData): string => renderDoctor(d);
