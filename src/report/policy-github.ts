// conftest's `--output github` text for a policy run: per result a `::group::` of workflow commands, an `::error` per
// failure and a `::warning` per warning at its file, a `::notice` per exception and one counting the successes, then
// conftest's summary line. Where conftest writes line 1 we write the line the finding names (its key's line), so the
// annotation lands on it. Foreign text cannot end or forge a command: the file is escaped as a command property,
// messages are made inert (logSafe) and their `%` escaped so the runner shows them as written.
import { logSafe, quoted } from '../log-text.ts';
import type { PolicyMessage, PolicyResult } from '../policy/index.ts';
import { policySummary } from './policy-stdout.ts';

const property = (s: string) => s.replace(/[%\r\n:,]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const data = (s: string) => logSafe(s).replace(/%/g, '%25');

export function renderPolicyGithub(result: PolicyResult): string {
  const lines: string[] = [];
  for (const r of result.results) {
    const total = r.successes + r.failures.length + r.warnings.length + r.exceptions.length;
    const command = (name: string, msg: string, m?: PolicyMessage) => lines.push(`::${name} file=${property(r.filename)},line=${m?.line ?? 1}::${data(msg)}`);
    lines.push(`::group::Testing ${quoted(r.filename)} against ${total} policies in namespace ${quoted(r.namespace)}`);
    for (const m of r.failures) command('error', m.msg, m);
    for (const m of r.warnings) command('warning', m.msg, m);
    for (const m of r.exceptions) command('notice', m.msg, m);
    command('notice', `Number of successful checks: ${r.successes}`);
    lines.push('::endgroup::');
  }
  lines.push(policySummary(result.totals));
  return lines.join('\n');
}
