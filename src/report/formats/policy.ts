// conftest's `--output` formats for a policy run, each behind the one Formatter interface.
import type { PolicyResult } from '../../policy/index.ts';
import type { Formatter } from '../formatter.ts';
import { renderPolicyGithub } from '../policy-github.ts';
import { renderPolicyJson } from '../policy-json.ts';
import { renderPolicyJunit } from '../policy-junit.ts';
import { renderPolicySarif } from '../policy-sarif.ts';
import { renderPolicyStdout } from '../policy-stdout.ts';
import { renderPolicyTable } from '../policy-table.ts';
import { renderPolicyTap } from '../policy-tap.ts';

export const POLICY_FORMATS: readonly Formatter<PolicyResult>[] = [
  { name: 'stdout', render: (r, opts) => renderPolicyStdout(r, { color: opts?.color }) },
  { name: 'json', render: renderPolicyJson },
  { name: 'tap', render: renderPolicyTap },
  { name: 'junit', render: renderPolicyJunit },
  { name: 'table', render: renderPolicyTable },
  { name: 'github', render: renderPolicyGithub },
  { name: 'sarif', render: renderPolicySarif },
];
