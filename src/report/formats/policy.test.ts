// Every conftest format is reachable by its `--output` name behind the one Formatter interface.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PolicyResult } from '../../policy/index.ts';
import { formatterNamed } from '../formatter.ts';
import { renderPolicyStdout } from '../policy-stdout.ts';
import { renderPolicyTap } from '../policy-tap.ts';
import { POLICY_FORMATS } from './policy.ts';

const result: PolicyResult = {
  results: [
    { filename: 'a.yaml', namespace: 'main', successes: 1, exceptions: [], warnings: [], failures: [{ msg: 'no', metadata: { query: 'data.main.deny' } }] },
  ],
  findings: [],
  totals: { tests: 2, passed: 1, warnings: 0, failures: 1, exceptions: 0 },
  exitCode: 1,
};

test('the seven conftest formats, by name', () => {
  assert.deepEqual(
    POLICY_FORMATS.map((f) => f.name),
    ['stdout', 'json', 'tap', 'junit', 'table', 'github', 'sarif'],
  );
  assert.equal(formatterNamed(POLICY_FORMATS, 'tap')!.render(result), renderPolicyTap(result));
  assert.equal(formatterNamed(POLICY_FORMATS, 'stdout')!.render(result, { color: false }), renderPolicyStdout(result, { color: false }));
  assert.equal(formatterNamed(POLICY_FORMATS, 'xml'), undefined);
});
