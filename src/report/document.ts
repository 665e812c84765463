// The one Markdown report of a run (job summary, PR comment, audit issue): a verdict line, the steps at a glance,
// then a section per capability in a fixed order (policy, baseline diff, dependencies, build matrix, emulation,
// toolchain, canary), each with its detail folded in <details>. Sections made elsewhere (the baseline's) plug in as
// ReportSection values. Foreign text is escaped (report/escape.ts) where it enters; the body never exceeds GitHub's
// 65,536 characters: detail is dropped, largest first, then the report shrinks to its summary with a link to the run.
import type { Finding, Severity } from '../core/finding.ts';
import type { StepResult, StepStatus } from '../core/result.ts';
import { escapeCell, escapeMarkdown } from './escape.ts';
import { sectionSummary, stepSection } from './sections/index.ts';

/** GitHub refuses a comment or issue body longer than this (in characters). */
export const BODY_LIMIT = 65_536;

/** Where each section goes; a section of another id follows these, in the order given. */
export const SECTION_ORDER = ['policy', 'baseline', 'dependencies', 'matrix', 'emulation', 'toolchain', 'doctor', 'canary'] as const;

export interface ReportSection {
  /** One of SECTION_ORDER (baseline: `baseline`), or another capability's name. */
  id: string;
  /** The heading, plain text (escaped here). */
  title: string;
  status?: StepStatus;
  /** Markdown always shown, escaped by its maker. */
  summary: string;
  /** Markdown folded under `<details>`, escaped by its maker; the first thing left out when the body is too long. */
  detail?: string;
}

export interface ReportOptions {
  /** The command that ran, in the heading. */
  command?: string;
  /** Sections made outside report/sections (the baseline diff), placed by their id. */
  sections?: ReportSection[];
  /** The run's page (Config.runtime.runUrl): where the full report is when the body has to shrink. */
  runUrl?: string;
  /** The most characters the body may have (default BODY_LIMIT). */
  limit?: number;
}

const ICON: Record<StepStatus, string> = { ok: '✅', failed: '❌', skipped: '⏭️' };
const STEP_SECTION: Record<string, string> = { locks: 'dependencies' };
const TITLE: Record<string, string> = {
  policy: 'Policy',
  baseline: 'Baseline diff',
  dependencies: 'Dependencies',
  matrix: 'Build matrix',
  emulation: 'Emulation',
  toolchain: 'Toolchain',
  doctor: 'Environment (doctor)',
  canary: 'Canary',
};
/** Longest note in the steps table, in characters of the raw text (a long compiler error is in its section). */
const NOTE_MAX = 300;

/**
 * Cut to at most `max` characters as JavaScript counts them (UTF-16 units: never fewer than GitHub counts), never
 * inside a surrogate pair, with an ellipsis when cut.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const c of text) {
    if (out.length + c.length > max - 1) break;
    out += c;
  }
  return `${out}…`;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The verdict: failed or passed, what failed, and the findings by severity. */
export function verdictLine(results: readonly StepResult[]): string {
  const failed = results.filter((r) => r.status === 'failed');
  const passed = results.filter((r) => r.status === 'ok').length;
  const skipped = results.length - failed.length - passed;
  const by = (s: Severity) => results.flatMap((r) => r.findings).filter((f: Finding) => f.severity === s).length;
  const found = [count(by('error'), 'error'), count(by('warning'), 'warning')].filter((x) => !x.startsWith('0 ')).join(', ');
  const tail = [`${passed} passed`, ...(skipped ? [`${skipped} skipped`] : []), ...(found ? [found] : [])].join(' · ');
  if (failed.length) return `❌ **${count(failed.length, 'step')} failed: ${[...new Set(failed.map((r) => r.step))].join(', ')}** · ${tail}`;
  if (!passed) return `⏭️ **Nothing ran** · ${tail}`;
  return `✅ **All checks passed** · ${tail}`;
}

/** A section per step that ran and has something to show. */
export function stepSections(results: readonly StepResult[]): ReportSection[] {
  return results.flatMap((r): ReportSection[] => {
    if (r.status === 'skipped') return [];
    const id = STEP_SECTION[r.step] ?? r.step;
    const line = `${ICON[r.status]} ${escapeMarkdown(clip(r.title, NOTE_MAX))}${r.reason ? ` — ${escapeMarkdown(clip(r.reason, NOTE_MAX))}` : ''}`;
    const own = sectionSummary(r);
    if (own) return [{ id, title: own.title ?? TITLE[id] ?? id, status: r.status, summary: own.summary, detail: own.detail }];
    return [{ id, title: TITLE[id] ?? id, status: r.status, summary: line, detail: stepSection(r, 'markdown') }];
  });
}

function ordered(sections: ReportSection[]): ReportSection[] {
  const rank = (s: ReportSection) => {
    const i = (SECTION_ORDER as readonly string[]).indexOf(s.id);
    return i < 0 ? SECTION_ORDER.length : i;
  };
  return sections
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }) => s);
}

const stepsTable = (results: readonly StepResult[]) => [
  '| | step | result | note |',
  '|---|---|---|---|',
  ...results.map(
    (r) => `| ${ICON[r.status]} | ${escapeCell(r.step)} | ${escapeCell(clip(r.title, NOTE_MAX))} | ${escapeCell(clip(r.reason ?? '', NOTE_MAX))} |`,
  ),
];

const fold = (detail: string) => `<details><summary>Details</summary>\n\n${detail}\n\n</details>`;

function sectionText(s: ReportSection, detail: 'folded' | 'dropped', runUrl: string | undefined): string {
  const icon = s.status ? `${ICON[s.status]} ` : '';
  const parts = [`### ${icon}${escapeMarkdown(s.title)}`, '', s.summary];
  if (s.detail)
    parts.push('', detail === 'folded' ? fold(s.detail) : `_Details left out to fit GitHub's size limit: ${runLink(runUrl, 'see the job summary')}._`);
  return parts.join('\n');
}

const runLink = (runUrl: string | undefined, text: string) => (runUrl ? `[${text}](${runUrl})` : `${text} of this run`);

/**
 * The report's Markdown body, without any marker (the comment's owner adds its own). Always at most `limit`
 * characters: it never fails on size.
 */
export function renderReport(results: readonly StepResult[], opts: ReportOptions = {}): string {
  const limit = opts.limit ?? BODY_LIMIT;
  const head = [`## go-xenv${opts.command ? ` ${escapeMarkdown(opts.command)}` : ''}`, '', verdictLine(results), ''];
  const table = stepsTable(results);
  const sections = ordered([...stepSections(results), ...(opts.sections ?? [])]);
  const dropped = new Set<number>();
  const body = () => [...head, ...table, '', ...sections.map((s, i) => sectionText(s, dropped.has(i) ? 'dropped' : 'folded', opts.runUrl) + '\n')].join('\n');
  let text = body();
  // The largest detail goes first: one big build log leaves the rest of the report intact.
  const bySize = sections
    .map((s, i) => ({ i, size: s.detail?.length ?? 0 }))
    .filter((x) => x.size > 0)
    .sort((a, b) => b.size - a.size);
  for (const { i } of bySize) {
    if (text.length <= limit) return text;
    dropped.add(i);
    text = body();
  }
  return text.length <= limit ? text : summaryOnly(results, head, opts.runUrl, limit);
}

/**
 * The job summary: the whole report (GitHub takes 1 MiB there: a third of that in characters fits whatever they
 * encode to), and a note on the findings the annotations had to leave out.
 */
export function renderJobSummary(results: readonly StepResult[], opts: ReportOptions & { omitted?: string } = {}): string {
  const note = opts.omitted ? `\n> ${opts.omitted}\n` : '';
  return renderReport(results, { ...opts, limit: Math.floor((1024 * 1024) / 3) - note.length }) + note;
}

/** The key figures of a run, as action outputs. */
export function reportOutputs(results: readonly StepResult[]): Record<string, string> {
  const findings = results.flatMap((r) => r.findings);
  return {
    verdict: results.some((r) => r.status === 'failed') ? 'fail' : 'pass',
    failures: String(results.filter((r) => r.status === 'failed').length),
    warnings: String(findings.filter((f) => f.severity === 'warning').length),
  };
}

/** The verdict and the steps, with a link to the full report; rows left out (and counted) if even that is too long. */
function summaryOnly(results: readonly StepResult[], head: string[], runUrl: string | undefined, limit: number): string {
  const note = `_The full report is longer than GitHub allows here: ${runLink(runUrl, 'see the job summary')}._`;
  const rows = stepsTable(results);
  const build = (n: number) =>
    [...head, note, '', ...rows.slice(0, 2 + n), ...(n < results.length ? ['', `_${count(results.length - n, 'more step')} not shown._`] : [])].join('\n') +
    '\n';
  for (let n = results.length; n > 0; n--) {
    const text = build(n);
    if (text.length <= limit) return text;
  }
  return clip(build(0), limit);
}
