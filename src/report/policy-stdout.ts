// conftest's `--output stdout` text for a policy run: per result its WARN, FAIL and EXCP lines
// (`FAIL - <file> - <namespace> - <msg>`), a blank line, and the `N tests, N passed, ...` summary, coloured as conftest
// colours them unless asked not to. Messages and file names are foreign text: made inert for a log line.
import { logSafe } from '../log-text.ts';
import type { PolicyResult } from '../policy/index.ts';

const COLOUR = { red: 31, green: 32, yellow: 33, cyan: 36 } as const;

export function renderPolicyStdout(result: PolicyResult, opts: { color?: boolean } = {}): string {
  const paint = (text: string, c: keyof typeof COLOUR) => (opts.color === false ? text : `\u001b[${COLOUR[c]}m${text}\u001b[0m`);
  const lines: string[] = [];
  for (const r of result.results) {
    const line = (word: string, c: keyof typeof COLOUR, msg: string) =>
      lines.push(`${paint(word, c)} - ${logSafe(r.filename)} - ${logSafe(r.namespace)} - ${logSafe(msg)}`);
    for (const m of r.warnings) line('WARN', 'yellow', m.msg);
    for (const m of r.failures) line('FAIL', 'red', m.msg);
    for (const m of r.exceptions) line('EXCP', 'cyan', m.msg);
  }
  const t = result.totals;
  lines.push('', paint(policySummary(t), t.failures ? 'red' : t.warnings ? 'yellow' : 'green'));
  return lines.join('\n');
}

/** conftest's `N tests, N passed, N warnings, N failures, N exceptions` line. */
export function policySummary(t: PolicyResult['totals']): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${n(t.tests, 'test')}, ${t.passed} passed, ${n(t.warnings, 'warning')}, ${n(t.failures, 'failure')}, ${n(t.exceptions, 'exception')}`;
}
