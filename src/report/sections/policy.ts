// The policy step: conftest's summary line and the failures and warnings at their file and line.
import type { PolicyStepData } from '../../core/result.ts';
import { renderPolicyMarkdown } from '../policy-markdown.ts';

export const policySection = (d: PolicyStepData): string => renderPolicyMarkdown(d.result);
