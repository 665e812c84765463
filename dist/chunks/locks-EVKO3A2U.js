import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
import {
  diffRevisions
} from "./chunk-6BLKP3UG.js";
import "./chunk-6PLJGYI7.js";
import "./chunk-3HWBFXYF.js";
import "./chunk-ZYJSUGIU.js";
import "./chunk-HQQHABIC.js";
import {
  renderLocksDiffMarkdown
} from "./chunk-YELMJAV5.js";
import "./chunk-DPMGP35D.js";
import {
  stepOf
} from "./chunk-3XTEDWNP.js";
import "./chunk-VR37WL5S.js";
import "./chunk-JCTGLZSJ.js";
import "./chunk-S7VI56VC.js";
import {
  UserError
} from "./chunk-PH75XFP6.js";
import {
  spawnRunner
} from "./chunk-6DXABNRN.js";
import "./chunk-S42OCB4Q.js";

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
export {
  locksCommand
};
