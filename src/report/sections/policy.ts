// The policy step: conftest's summary line and the failures and warnings at their file and line; when the step ran the
// repository's test_ rules, their summary and the tests that failed.
import type { PolicyStepData } from '../../core/result.ts';
import { renderPolicyMarkdown } from '../policy-markdown.ts';
import { renderVerifyMarkdown } from '../policy-verify.ts';

export const policySection = (d: PolicyStepData): string =>
  d.verify ? `${renderPolicyMarkdown(d.result)}\n\n**verify**: ${renderVerifyMarkdown(d.verify)}` : renderPolicyMarkdown(d.result);
