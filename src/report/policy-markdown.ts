// The job-summary section of a policy run: the conftest summary line and a table of failures and warnings at their
// file and line. Messages are foreign text: every cell escaped.
import type { PolicyResult } from '../policy/index.ts';
import { escapeCell } from './escape.ts';

export function renderPolicyMarkdown(result: PolicyResult): string {
  const t = result.totals;
  const head = `${t.tests} tests, ${t.passed} passed, ${t.warnings} warnings, ${t.failures} failures, ${t.exceptions} exceptions`;
  if (!result.findings.length) return head;
  const rows = result.findings.map(
    (f) => `| ${f.severity} | ${escapeCell(f.file ?? '')}${f.line ? `:${f.line}` : ''} | ${escapeCell(f.rule ?? '')} | ${escapeCell(f.message)} |`,
  );
  return [head, '', '| | where | rule | message |', '|---|---|---|---|', ...rows].join('\n');
}
