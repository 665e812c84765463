import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);
import {
  diffRevisions
} from "./chunk-VAOSCXCG.js";
import {
  renderLocksDiffMarkdown
} from "./chunk-XY63CW2V.js";
import "./chunk-X5Y2LEUS.js";
import {
  stepOf
} from "./chunk-2JQPZKBK.js";
import "./chunk-NNH6NQCZ.js";
import "./chunk-CXGD2TQX.js";
import "./chunk-QKH5TLKL.js";
import "./chunk-2VP65G5C.js";
import "./chunk-SY6LEZYK.js";
import {
  UserError
} from "./chunk-AD2JC2XU.js";
import {
  spawnRunner
} from "./chunk-YFSPALLA.js";
import "./chunk-7LQLP6SQ.js";

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
