// The matrix step: the planned targets (plan), or per binary its header check, smoke run and digest, and what failed
// (build). Names, header facts, smoke output and compiler messages come from the repository: escaped.
import { isMatrixBuild, type MatrixBuildData, type MatrixPlanData, type StepData } from '../../core/result.ts';
import { inlineText, type Style } from './style.ts';

export const matrixSection = (d: StepData['matrix'], style: Style): string => (isMatrixBuild(d) ? buildSection(d, style) : planSection(d));

const planSection = (d: MatrixPlanData): string =>
  d.include.map((e) => `- ${e.target}${e.variants ? ` ${e.variants}` : ''}${e.cgo ? ' (cgo)' : ''} → ${e.runner}${e.emulated ? ' + QEMU' : ''}`).join('\n');

function buildSection(d: MatrixBuildData, style: Style): string {
  const { cell, inline } = inlineText(style);
  const rows = d.binaries.map((b) => {
    const s = b.smoke;
    const smoke = !s ? '—' : s.ok ? `ok (${s.via}, ${s.durationMs} ms)` : s.via === 'none' ? `not run: ${s.reason}` : `FAILED: ${s.reason}`;
    const check = b.checks.problems.length ? `FAILED: ${b.checks.problems.join('; ')}` : 'ok';
    return `| ${cell(`${b.target}${b.cgo ? ' (cgo)' : ''}`)} | ${cell(b.file)} | ${cell(check)} | ${cell(smoke)} | \`${b.sha256.slice(0, 12)}\` |`;
  });
  const failures = d.failures.map((f) => `- ${inline(`${f.target} (${f.stage}): ${f.message}`)}`);
  return ['| target | file | header check | smoke run | sha256 |', '|---|---|---|---|---|', ...rows, ...(failures.length ? ['', ...failures] : [])].join('\n');
}
