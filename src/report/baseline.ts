// The baseline diff as a report section (job summary, PR comment, `go-xenv baseline diff`): configs by key path with
// old -> new, new and fixed policy violations, dependency changes, binary size deltas with %, the toolchain change.
// File names, keys, values, messages, package names and the revision are foreign text: every one is escaped, and long
// lists fold into <details>.
import { DEPENDENCY_KINDS, formatKeyPath, type BaselineDiff, type BaselineSource, type DependencyKind, type Json, type Verdict } from '../baseline/index.ts';
import { escapeCell, escapeMarkdown } from './escape.ts';

export type SectionStatus = 'ok' | 'warning' | 'failed';

/** A section of the report document (src/report/document.ts takes these). */
export interface BaselineSection {
  id: 'baseline';
  title: string;
  status: SectionStatus;
  summary: string;
  body: string;
}

/** A list longer than this folds into <details>. */
const FOLD_AT = 10;
const VALUE_CHARS = 120;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A labelled part: its table inline, or folded into <details> when long (Markdown does not render inside <summary>). */
export function fold(label: string, detail: string, content: string, rows: number): string {
  return rows > FOLD_AT
    ? `<details><summary><b>${label}</b>: ${detail}</summary>\n\n${content}\n\n</details>`
    : `**${label}**: ${detail}\n\n${content}`;
}

/** A value in a cell: compact JSON, cut to a readable length, escaped. */
function value(v: Json | undefined): string {
  if (v === undefined) return '—';
  const text = JSON.stringify(v);
  return escapeCell(text.length > VALUE_CHARS ? `${text.slice(0, VALUE_CHARS)}…` : text);
}

const LABEL: Record<DependencyKind, string> = {
  added: 'added',
  removed: 'removed',
  upgraded: 'upgraded',
  downgraded: 'downgraded',
  changed: 'changed',
  madeDirect: 'made direct',
  madeIndirect: 'made indirect',
  rehashed: 'rehashed',
};

export const formatBytes = (n: number): string => {
  const abs = Math.abs(n);
  const unit = abs >= 1 << 20 ? [1 << 20, 'MiB'] : abs >= 1 << 10 ? [1 << 10, 'KiB'] : [1, 'B'];
  return unit[0] === 1 ? `${n} B` : `${(n / (unit[0] as number)).toFixed(1)} ${unit[1]}`;
};
const signed = (n: number, text: string) => (n > 0 ? `+${text}` : text);
export const formatPercent = (p: number | null): string => (p === null ? '—' : signed(p, `${p.toFixed(2)}%`));

function configsPart(d: BaselineDiff): string | undefined {
  const c = d.configs;
  if (!c.changed.length) return undefined;
  const rows: string[] = [];
  for (const f of c.changed) {
    const file = escapeCell(f.path);
    if (f.status !== 'changed') rows.push(`| ${file} | (file ${f.status}) | | |`);
    else if (f.unparsed) rows.push(`| ${file} | (does not parse on one side: its bytes changed) | | |`);
    else if (!f.changes.length) rows.push(`| ${file} | (comments or formatting only) | | |`);
    else {
      if (f.previousFormat) rows.push(`| ${file} | (read as ${escapeCell(f.format)}, was ${escapeCell(f.previousFormat)}) | | |`);
      for (const x of f.changes) rows.push(`| ${file} | ${escapeCell(formatKeyPath(x.path))} | ${value(x.old)} | ${value(x.new)} |`);
      if (f.omitted) rows.push(`| ${file} | (${f.omitted} more changes not listed) | | |`);
    }
  }
  const table = ['| File | Key path | Old | New |', '| --- | --- | --- | --- |', ...rows].join('\n');
  return fold('Config files', `${plural(c.changed.length, 'file')} of ${c.tracked} tracked differ from the baseline`, table, rows.length);
}

const at = (v: Verdict) => (v.file ? escapeCell(`${v.file}${v.line ? `:${v.line}` : ''}`) : '');
export const verdictTable = (vs: readonly Verdict[]) =>
  ['| Level | Rule | Where | Message |', '| --- | --- | --- | --- |', ...vs.map((v) => `| ${v.level} | ${escapeCell(v.rule)} | ${at(v)} | ${escapeCell(v.message)} |`)].join('\n');

function verdictsPart(d: BaselineDiff): string | undefined {
  const parts: string[] = [];
  if (d.verdicts.new.length) parts.push(fold('New policy violations', String(d.verdicts.new.length), verdictTable(d.verdicts.new), d.verdicts.new.length));
  if (d.verdicts.fixed.length) parts.push(fold('Fixed since the baseline', String(d.verdicts.fixed.length), verdictTable(d.verdicts.fixed), d.verdicts.fixed.length));
  return parts.length ? parts.join('\n\n') : undefined;
}

const versions = (s: { versions: (string | null)[] } | null) => (s ? s.versions.map((v) => v ?? 'unpinned').join(', ') : '');

function dependenciesPart(d: BaselineDiff): string | undefined {
  if (!d.dependencies.files.length) return undefined;
  const rows: string[] = [];
  for (const f of d.dependencies.files) {
    const file = escapeCell(f.file);
    if (f.status !== 'changed') rows.push(`| ${file} | lock file ${f.status} | | | |`);
    for (const kind of DEPENDENCY_KINDS) {
      for (const c of f.diff[kind]) {
        const [from, to] = 'from' in c ? [c.from ?? 'unpinned', c.to ?? 'unpinned'] : 'version' in c ? [c.version ?? 'unpinned', c.version ?? 'unpinned'] : [versions(c.base), versions(c.head)];
        rows.push(`| ${file} | ${LABEL[kind]} | ${escapeCell(c.name)} | ${escapeCell(from)} | ${escapeCell(to)} |`);
      }
    }
  }
  const table = ['| Lock file | Change | Package | Base | Head |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
  const counts = DEPENDENCY_KINDS.filter((k) => d.dependencies.counts[k]).map((k) => `${d.dependencies.counts[k]} ${LABEL[k]}`).join(', ');
  return fold('Dependencies', `${plural(d.dependencies.total, 'change')} in ${plural(d.dependencies.files.length, 'lock file')} (${counts || 'lock files added or removed'})`, table, rows.length);
}

function binariesPart(d: BaselineDiff): string | undefined {
  if (!d.binaries.measured) return '**Binaries**: not compared (no build manifest at this state; run the build first)';
  const changed = d.binaries.targets.filter((t) => t.status !== 'unchanged');
  if (!changed.length) return undefined;
  const size = (n: number | null) => (n === null ? '—' : formatBytes(n));
  const rows = changed.map((t) => {
    const delta = t.deltaBytes === null ? t.status : `${signed(t.deltaBytes, formatBytes(t.deltaBytes))}${t.sha256Changed && !t.deltaBytes ? ' (same size, other bytes)' : ''}`;
    return `| ${escapeCell(t.target)} | ${size(t.oldSize)} | ${size(t.newSize)} | ${delta} | ${formatPercent(t.deltaPercent)} |`;
  });
  const table = ['| Target | Base | Head | Δ | Δ % |', '| --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
  return fold('Binaries', `${plural(changed.length, 'target')} changed`, table, rows.length);
}

function toolchainPart(d: BaselineDiff): string | undefined {
  if (!d.toolchain.changed) return undefined;
  return `**Toolchain**: Go ${escapeMarkdown(d.toolchain.base.version ?? 'unknown')} → ${escapeMarkdown(d.toolchain.head.version ?? 'unknown')}`;
}

function summaryOf(d: BaselineDiff): string {
  if (d.clean) return 'no change from the baseline';
  const parts: string[] = [];
  if (d.configs.changed.length) parts.push(`${plural(d.configs.changed.length, 'config file')} changed`);
  if (d.verdicts.new.length) parts.push(`${plural(d.verdicts.new.length, 'new violation')}`);
  if (d.verdicts.fixed.length) parts.push(`${d.verdicts.fixed.length} fixed`);
  if (d.dependencies.total || d.dependencies.files.length) parts.push(plural(d.dependencies.total, 'dependency change'));
  const bins = d.binaries.targets.filter((t) => t.status !== 'unchanged');
  if (bins.length) parts.push(`${plural(bins.length, 'binary', 'binaries')} changed`);
  if (d.toolchain.changed) parts.push(`Go ${d.toolchain.base.version ?? 'unknown'} → ${d.toolchain.head.version ?? 'unknown'}`);
  return parts.join(', ');
}

function sourceLine(s: BaselineSource): string {
  const where = s.rev ? ` at ${escapeMarkdown(s.rev)}${s.commit && s.commit !== s.rev ? ` (${s.commit.slice(0, 12)})` : ''}` : ' (the committed file in the workspace)';
  return `Compared with the baseline ${escapeMarkdown(s.file)}${where}.`;
}

/** The diff's parts, each a paragraph or a (folded) table. */
export function baselineBody(d: BaselineDiff, source: BaselineSource): string {
  return [sourceLine(source), configsPart(d), verdictsPart(d), dependenciesPart(d), binariesPart(d), toolchainPart(d)].filter((p): p is string => !!p).join('\n\n');
}

export function baselineSection(d: BaselineDiff, source: BaselineSource): BaselineSection {
  return {
    id: 'baseline',
    title: 'Baseline diff',
    status: d.verdicts.new.some((v) => v.level === 'failure') ? 'failed' : d.clean ? 'ok' : 'warning',
    // The summary is shown as one line of Markdown too.
    summary: escapeMarkdown(summaryOf(d)),
    body: baselineBody(d, source),
  };
}

/** The section on its own, as `go-xenv baseline diff` prints it. */
export function renderBaselineMarkdown(d: BaselineDiff, source: BaselineSource): string {
  const s = baselineSection(d, source);
  return `### ${s.title}\n\n${s.summary}\n\n${s.body}\n`;
}
