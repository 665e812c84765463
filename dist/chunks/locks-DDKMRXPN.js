import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  diffRevisions
} from "./chunk-VPRCQ6GX.js";
import "./chunk-ZMVUTHSH.js";
import {
  spawnRunner
} from "./chunk-IOMGH2NF.js";
import {
  escapeCell,
  escapeMarkdown
} from "./chunk-X5Y2LEUS.js";
import "./chunk-YZBW7M6D.js";
import "./chunk-M4F5CEJX.js";
import {
  UserError
} from "./chunk-AD2JC2XU.js";
import "./chunk-7LQLP6SQ.js";

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

// src/pipeline/locks.ts
var USAGE = "locks diff <base-rev> <head-rev> [--json]";
var locksCommand = {
  name: "locks",
  summary: "Diff the dependency locks (Go and pip) between two revisions of the repository: Markdown, or JSON with --json",
  usage: USAGE,
  async run(ctx) {
    const [sub, ...revs] = ctx.args;
    if (sub !== "diff" || revs.length !== 2) throw new UserError(`usage: go-xenv ${USAGE}`, { hint: "name the base and the head revision", code: "usage" });
    const diff = await diffRevisions(revs[0], revs[1], { run: spawnRunner, cwd: ctx.config.workspace, env: ctx.host.env });
    return [{ step: "locks", status: "ok", title: `locks: ${diff.files.length} lock file(s) changed`, details: renderLocksDiffMarkdown(diff), data: diff }];
  },
  json: (results) => results[0]?.data,
  text: (results) => results[0]?.details ?? ""
};
export {
  locksCommand
};
