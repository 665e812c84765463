import { createRequire } from 'node:module';
import { a as escapeCell, e as escapeMarkdown } from './chunk-CLWDYslJ.js';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// src/report/locks-diff.ts
var versions = (s) => s ? s.versions.map((v) => v ?? "unpinned").join(", ") : "";
var directness = (s) => s.direct === null ? "unknown" : s.direct ? "direct" : "indirect";
var row = (change, name, base, head) => `| ${change} | ${escapeCell(name)} | ${escapeCell(base)} | ${escapeCell(head)} |`;
var moved = (kind) => (c) => row(kind, c.name, versions(c.base), versions(c.head));
function renderLocksDiffMarkdown(r) {
  const side = (s) => `${escapeMarkdown(s.rev)} (${s.commit.slice(0, 12)})`;
  const out = [`## Lock changes: ${side(r.base)} \u2192 ${side(r.head)}`, ""];
  out.push(r.files.length ? `${r.files.length} lock file(s) changed, ${r.unchanged.length} unchanged.` : `No lock file changed (${r.unchanged.length} unchanged).`);
  for (const f of r.files) {
    const d = f.diff;
    const rows = [
      ...d.added.map(moved("added")),
      ...d.removed.map(moved("removed")),
      ...d.upgraded.map(moved("upgraded")),
      ...d.downgraded.map(moved("downgraded")),
      ...d.changed.map(moved("changed")),
      ...d.madeDirect.map((c) => row("made direct", c.name, directness(c.base), directness(c.head))),
      ...d.madeIndirect.map((c) => row("made indirect", c.name, directness(c.base), directness(c.head))),
      ...d.rehashed.map((c) => row("rehashed", c.name, `${c.version ?? "unpinned"}: ${c.removedHashes.length} hash(es) removed`, `${c.addedHashes.length} hash(es) added`))
    ];
    out.push("", `### ${escapeMarkdown(f.file)} (${f.status}, ${d.ecosystem})`, "");
    if (!rows.length) out.push("The file changed, its packages did not.");
    else out.push("| change | package | base | head |", "|---|---|---|---|", ...rows);
  }
  return `${out.join("\n")}
`;
}

export { renderLocksDiffMarkdown as r };
