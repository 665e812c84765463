// Renders step results as plain text for the terminal, each step's section from its typed result (report/sections/).
// The Markdown of the job summary and the PR comment is the report (document.ts).
import type { StepResult, StepStatus } from '../core/result.ts';
import { stepSection } from './sections/index.ts';

export function renderText(results: StepResult[]): string {
  const word: Record<StepStatus, string> = { ok: 'ok     ', failed: 'FAILED ', skipped: 'skipped' };
  return results
    .map((r) => {
      const head = `${word[r.status]} ${r.step}: ${r.title.replace(new RegExp(`^${r.step}: `), '')}${r.reason ? ` (${r.reason})` : ''}`;
      const section = stepSection(r, 'text');
      return section ? `${head}\n${indent(section)}` : head;
    })
    .join('\n');
}

const indent = (s: string) =>
  s
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
