// The one shape every capability reports a problem in: what, where (file:line:col), how bad, and how to fix it.
// Only report/ turns findings into text (annotations, SARIF, JUnit, Markdown, terminal).

export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  /** The capability that found it: toolchain, emulation, matrix, policy, locks, baseline, canary. */
  capability: string;
  /** A stable rule id (`namespace/rule` for policies), when there is one. */
  rule?: string;
  severity: Severity;
  /** One line, untrusted text included as it is: report/ escapes it for each format. */
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** What to do about it. */
  help?: string;
}
