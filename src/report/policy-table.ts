// conftest's `--output table` text for a policy run: a box-drawn table of RESULT, FILE, NAMESPACE and MESSAGE, one row
// per test (per result its successes, exceptions, warnings, failures), headers centred, cells left-aligned, as its
// table writer draws it. Widths count code points (conftest counts East Asian wide characters as two). Messages and
// file names are foreign text: made inert for a log line, so a message is always one row.
import { logSafe } from '../log-text.ts';
import type { PolicyResult } from '../policy/index.ts';

const HEADER = ['RESULT', 'FILE', 'NAMESPACE', 'MESSAGE'];

export function renderPolicyTable(result: PolicyResult): string {
  const rows: string[][] = [];
  for (const r of result.results) {
    const row = (kind: string, msg: string) => rows.push([kind, logSafe(r.filename), logSafe(r.namespace), logSafe(msg)]);
    for (let i = 0; i < r.successes; i++) row('success', 'SUCCESS');
    for (const m of r.exceptions) row('exception', m.msg);
    for (const m of r.warnings) row('warning', m.msg);
    for (const m of r.failures) row('failure', m.msg);
  }
  const len = (s: string) => [...s].length;
  const widths = HEADER.map((h, i) => Math.max(len(h), ...rows.map((r) => len(r[i] ?? ''))));
  const rule = (left: string, mid: string, right: string) => left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;
  const centre = (s: string, w: number) => ' '.repeat(Math.floor((w - len(s)) / 2)) + s + ' '.repeat(Math.ceil((w - len(s)) / 2));
  const line = (cells: string[], pad: (s: string, w: number) => string) => `│ ${cells.map((c, i) => pad(c, widths[i] ?? 0)).join(' │ ')} │`;
  return [
    rule('┌', '┬', '┐'),
    line(HEADER, centre),
    rule('├', '┼', '┤'),
    ...rows.map((r) => line(r, (s, w) => s + ' '.repeat(w - len(s)))),
    rule('└', '┴', '┘'),
  ].join('\n');
}
