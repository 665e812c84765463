// The lock diff between two revisions as Markdown (job summary, PR comment, terminal): one table per lock file that
// changed. Package names, versions, paths and the revisions as given are foreign text: every one is escaped.
import type { LockChange, LockSide, RevisionLockDiff } from '../locks/index.ts';
import { escapeCell, escapeMarkdown } from './escape.ts';

const versions = (s: LockSide | null) => (s ? s.versions.map((v) => v ?? 'unpinned').join(', ') : '');
const directness = (s: LockSide) => (s.direct === null ? 'unknown' : s.direct ? 'direct' : 'indirect');
const row = (change: string, name: string, base: string, head: string) => `| ${change} | ${escapeCell(name)} | ${escapeCell(base)} | ${escapeCell(head)} |`;
const moved = (kind: string) => (c: LockChange) => row(kind, c.name, versions(c.base), versions(c.head));

export function renderLocksDiffMarkdown(r: RevisionLockDiff): string {
  const side = (s: RevisionLockDiff['base']) => `${escapeMarkdown(s.rev)} (${s.commit.slice(0, 12)})`;
  const out = [`## Lock changes: ${side(r.base)} → ${side(r.head)}`, ''];
  out.push(r.files.length ? `${r.files.length} lock file(s) changed, ${r.unchanged.length} unchanged.` : `No lock file changed (${r.unchanged.length} unchanged).`);
  for (const f of r.files) {
    const d = f.diff;
    const rows = [
      ...d.added.map(moved('added')),
      ...d.removed.map(moved('removed')),
      ...d.upgraded.map(moved('upgraded')),
      ...d.downgraded.map(moved('downgraded')),
      ...d.changed.map(moved('changed')),
      ...d.madeDirect.map((c) => row('made direct', c.name, directness(c.base), directness(c.head))),
      ...d.madeIndirect.map((c) => row('made indirect', c.name, directness(c.base), directness(c.head))),
      ...d.rehashed.map((c) => row('rehashed', c.name, `${c.version ?? 'unpinned'}: ${c.removedHashes.length} hash(es) removed`, `${c.addedHashes.length} hash(es) added`)),
    ];
    out.push('', `### ${escapeMarkdown(f.file)} (${f.status}, ${d.ecosystem})`, '');
    if (!rows.length) out.push('The file changed, its packages did not.');
    else out.push('| change | package | base | head |', '|---|---|---|---|', ...rows);
  }
  return `${out.join('\n')}\n`;
}
