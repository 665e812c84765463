// Renders step results for people: markdown for the job summary, plain text for the terminal.
import type { StepResult } from '../pipeline/types.ts';
import { escapeCell } from './escape.ts';

const ICON: Record<StepResult['status'], string> = { ok: '✅', failed: '❌', skipped: '⏭️' };

export function renderMarkdown(command: string, results: StepResult[]): string {
  const rows = results.map((r) => `| ${ICON[r.status]} | ${r.step} | ${escapeCell(r.title)} | ${escapeCell(r.reason ?? '')} |`);
  const body = results.filter((r) => r.details).map((r) => `### ${r.step}\n\n${r.details}\n`);
  return [`## go-xenv ${command}`, '', '| | step | result | note |', '|---|---|---|---|', ...rows, '', ...body].join('\n');
}

export function renderText(results: StepResult[]): string {
  const word: Record<StepResult['status'], string> = { ok: 'ok     ', failed: 'FAILED ', skipped: 'skipped' };
  return results.map((r) => {
    const head = `${word[r.status]} ${r.step}: ${r.title.replace(new RegExp(`^${r.step}: `), '')}${r.reason ? ` (${r.reason})` : ''}`;
    return r.details ? `${head}\n${indent(r.details)}` : head;
  }).join('\n');
}

const indent = (s: string) => s.split('\n').map((l) => `    ${l}`).join('\n');
