// Renders step results for people: Markdown for the job summary, plain text for the terminal. Titles and reasons
// carry foreign text (compiler and smoke-run output): every cell goes through the one escaping of report/escape.ts;
// each step's section is rendered from its typed result by report/sections/.
import type { StepResult, StepStatus } from '../core/result.ts';
import { escapeCell } from './escape.ts';
import { stepSection } from './sections/index.ts';

const ICON: Record<StepStatus, string> = { ok: '✅', failed: '❌', skipped: '⏭️' };

export function renderMarkdown(command: string, results: StepResult[]): string {
  const rows = results.map((r) => `| ${ICON[r.status]} | ${r.step} | ${escapeCell(r.title)} | ${escapeCell(r.reason ?? '')} |`);
  const body = results.flatMap((r) => {
    const section = stepSection(r, 'markdown');
    return section ? [`### ${r.step}\n\n${section}\n`] : [];
  });
  return [`## go-xenv ${command}`, '', '| | step | result | note |', '|---|---|---|---|', ...rows, '', ...body].join('\n');
}

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
