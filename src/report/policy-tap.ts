// conftest's `--output tap` text for a policy run: one `1..N` plan, then per result its failures and warnings as
// `not ok`, its exceptions and successes as `ok`, each kind after a `# <kind>` comment (failures without one), numbered
// across the whole run. Messages and file names are foreign text: made inert for a log line.
import { logSafe } from '../log-text.ts';
import type { PolicyResult } from '../policy/index.ts';

export function renderPolicyTap(result: PolicyResult): string {
  const lines = [`1..${result.totals.tests}`];
  let n = 0;
  for (const r of result.results) {
    const line = (ok: boolean, msg: string) =>
      lines.push(`${ok ? 'ok' : 'not ok'} ${++n} - ${logSafe(r.filename)} - ${logSafe(r.namespace)} - ${logSafe(msg)}`);
    for (const m of r.failures) line(false, m.msg);
    const section = (name: string, ok: boolean, msgs: readonly string[]) => {
      if (!msgs.length) return;
      lines.push(`# ${name}`);
      for (const msg of msgs) line(ok, msg);
    };
    section(
      'warnings',
      false,
      r.warnings.map((m) => m.msg),
    );
    section(
      'exceptions',
      true,
      r.exceptions.map((m) => m.msg),
    );
    section('successes', true, Array<string>(r.successes).fill('SUCCESS'));
  }
  return lines.join('\n');
}
