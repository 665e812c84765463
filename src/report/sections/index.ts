// Every step's section, rendered from its typed result: the body under the step's heading in the job summary, the
// report and the terminal. A capability with something to show adds its renderer here.
import { isBaselineDiff, type StepData, type StepResult } from '../../core/result.ts';
import { renderAuditMarkdown } from '../baseline-audit.ts';
import { baselineBody, baselineSection } from '../baseline.ts';
import { renderLocksDiffMarkdown } from '../locks-diff.ts';
import { renderVerifyMarkdown } from '../policy-verify.ts';
import { canaryReport } from './canary-report.ts';
import { canarySection } from './canary.ts';
import { doctorSection } from './doctor.ts';
import { emulationSection } from './emulation.ts';
import { matrixSection } from './matrix.ts';
import { policySection } from './policy.ts';
import type { Style } from './style.ts';
import { toolchainSection } from './toolchain.ts';

type Renderers = { [K in keyof StepData]?: (data: StepData[K], style: Style) => string | undefined };

const SECTIONS: Renderers = {
  toolchain: toolchainSection,
  doctor: doctorSection,
  emulation: emulationSection,
  matrix: matrixSection,
  canary: canarySection,
  policy: policySection,
  locks: renderLocksDiffMarkdown,
  'policy verify': (d) => renderVerifyMarkdown(d.result),
  baseline: (d) => (isBaselineDiff(d) ? baselineBody(d.diff, d.base) : undefined),
  audit: (d) => renderAuditMarkdown(d.audit, d.source),
};

/** The step's section, or undefined when the step has nothing beyond its one line. */
export function stepSection(r: StepResult, style: Style): string | undefined {
  if (r.data === undefined) return undefined;
  const render = SECTIONS[r.step as keyof StepData] as ((data: unknown, style: Style) => string | undefined) | undefined;
  return render?.(r.data, style);
}

/** A report section's own heading, always-shown summary and folded detail, for steps that say more than one line. */
export interface SectionSummary {
  title?: string;
  summary: string;
  detail?: string;
}
type Summaries = { [K in keyof StepData]?: (data: StepData[K]) => SectionSummary | undefined };

const SUMMARIES: Summaries = {
  canary: canaryReport,
  baseline: (d) => {
    if (!isBaselineDiff(d)) return undefined;
    const s = baselineSection(d.diff, d.base);
    return { title: s.title, summary: s.summary, detail: s.body };
  },
};

/** The step's own summary in the report, or undefined when its one line (title and reason) says it. */
export function sectionSummary(r: StepResult): SectionSummary | undefined {
  if (r.data === undefined) return undefined;
  const summarize = SUMMARIES[r.step as keyof StepData] as ((data: unknown) => SectionSummary | undefined) | undefined;
  return summarize?.(r.data);
}
