// Runs a directory of compliance cases and summarises per group.
import { loadCases } from './cases.ts';
import { runCase } from './run.ts';

export interface CaseResult { file: string; index: number; note: string; reason: string }
export interface GroupReport { group: string; total: number; passed: number; skipped: number; failures: CaseResult[]; skips: CaseResult[] }
export interface Report { total: number; passed: number; failed: number; skipped: number; groups: GroupReport[] }

export function runAll(dir: string, filter?: string): Report {
  const cases = loadCases(dir).filter((c) => !filter || c.file.includes(filter) || c.c.note.includes(filter));
  const groups = new Map<string, GroupReport>();
  const report: Report = { total: 0, passed: 0, failed: 0, skipped: 0, groups: [] };
  for (const ref of cases) {
    let g = groups.get(ref.group);
    if (!g) { g = { group: ref.group, total: 0, passed: 0, skipped: 0, failures: [], skips: [] }; groups.set(ref.group, g); }
    const out = runCase(ref.c);
    g.total++;
    report.total++;
    const entry = { file: ref.file, index: ref.index, note: ref.c.note, reason: out.status === 'pass' ? '' : out.reason.replace(/\s+/g, ' ') };
    if (out.status === 'pass') { g.passed++; report.passed++; }
    else if (out.status === 'skip') { g.skipped++; report.skipped++; g.skips.push(entry); }
    else { report.failed++; g.failures.push(entry); }
  }
  report.groups = [...groups.values()].sort((a, b) => a.group.localeCompare(b.group));
  return report;
}
