// The GITHUB_TOKEN permissions each command of the action uses, so the reusable workflows ask for exactly these
// (a test compares them). A capability that starts writing comments, checks or issues adds its scope here.
import type { CommandName } from '../config/inputs.ts';

export type Permission = 'contents: read' | 'pull-requests: write' | 'checks: write' | 'issues: write';

export const COMMAND_PERMISSIONS: Record<CommandName, readonly Permission[]> = {
  // The sticky comment and the check run of the pull request check.
  check: ['contents: read', 'pull-requests: write', 'checks: write'],
  setup: ['contents: read'],
  doctor: ['contents: read'],
  plan: ['contents: read'],
  build: ['contents: read'],
  emulation: [],
  policy: ['contents: read'],
  // The audit issue, and the check run of the audited commit.
  audit: ['contents: read', 'issues: write', 'checks: write'],
  'baseline-update': ['contents: read'],
  canary: ['contents: read'],
};
