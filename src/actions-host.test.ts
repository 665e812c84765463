import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotationProps } from './actions-host.ts';

test('annotations point at real files only', () => {
  assert.deepEqual(annotationProps({ file: 'go.mod', line: 3, col: 1 }), { file: 'go.mod', startLine: 3, startColumn: 1 });
  assert.equal(annotationProps({ file: 'input targets' }), undefined);
  assert.equal(annotationProps({}), undefined);
  assert.equal(annotationProps(undefined), undefined);
});
