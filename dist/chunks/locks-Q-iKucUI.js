import { createRequire } from 'node:module';
import { d as diffRevisions } from './chunk-BX1Yb5uV.js';
import './chunk-BtqEFqmD.js';
import './chunk-B9Pf2tyX.js';
import './chunk-F7-_xG6A.js';
import { r as renderLocksDiffMarkdown } from './chunk-C4X8gpPg.js';
import './chunk-CLWDYslJ.js';
import { a as stepOf } from './chunk-tQh32aOw.js';
import './chunk-Dhnp4LvZ.js';
import './chunk-CE2JlTQc.js';
import { U as UserError } from './chunk-gJGdoriE.js';
import { s as spawnRunner } from './chunk-DtjlLlnT.js';
import 'node:path';
import 'node:child_process';
import 'node:fs/promises';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

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
    return [{ step: "locks", status: "ok", title: `locks: ${diff.files.length} lock file(s) changed`, findings: [], data: diff }];
  },
  json: (results) => results[0]?.data,
  text: (results) => {
    const diff = stepOf(results, "locks")?.data;
    return diff ? renderLocksDiffMarkdown(diff) : "";
  }
};

export { locksCommand };
