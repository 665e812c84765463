// Findings as check annotations, and the check's conclusion, as tables.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../core/finding.ts';
import { annotationOf, conclusionOf } from './check-run.ts';

const f = (over: Partial<Finding>): Finding => ({ capability: 'policy', severity: 'error', message: 'm', ...over });

test('conclusion: any error fails, warnings alone are neutral, notices or nothing succeed', () => {
  const table: [Finding['severity'][], string][] = [[[], 'success'], [['notice'], 'success'], [['notice', 'warning'], 'neutral'], [['warning', 'error', 'notice'], 'failure']];
  for (const [severities, want] of table) assert.equal(conclusionOf(severities.map((severity) => f({ severity }))), want, severities.join(','));
});

test('annotation: level by severity, title from capability and rule, columns only with a column, bounded text', () => {
  assert.deepEqual(annotationOf(f({ file: 'a.yml', line: 4, rule: 'r/x', help: 'do y' })), { path: 'a.yml', start_line: 4, end_line: 4, annotation_level: 'failure', message: 'm', title: 'policy: r/x', raw_details: 'do y' });
  assert.deepEqual(annotationOf(f({ severity: 'warning', file: 'b', line: 2, column: 9 })), { path: 'b', start_line: 2, end_line: 2, start_column: 9, end_column: 9, annotation_level: 'warning', message: 'm', title: 'policy' });
  assert.deepEqual(annotationOf(f({ severity: 'notice', message: '', line: 0 })), { path: '.', start_line: 1, end_line: 1, annotation_level: 'notice', message: '(no message)', title: 'policy' });
  const long = annotationOf(f({ message: 'x'.repeat(70_000), rule: 'y'.repeat(300) }));
  assert.equal(long.message.length, 64 * 1024 - 1);
  assert.equal(long.title!.length, 255);
});
