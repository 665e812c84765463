// Wiring of `go-xenv locks diff <base-rev> <head-rev>`: the locks capability reads every lock file at both revisions
// through git (the command runner) and diffs them; the report renders the Markdown; `--json` prints the diff itself.
import { stepOf } from '../core/result.ts';
import { UserError } from '../errors.ts';
import { diffRevisions } from '../locks/index.ts';
import { spawnRunner } from '../process.ts';
import { renderLocksDiffMarkdown } from '../report/locks-diff.ts';
import type { Command, CommandContext, StepResult } from './types.ts';

const USAGE = 'locks diff <base-rev> <head-rev> [--json]';

export const locksCommand: Command = {
  name: 'locks',
  summary: 'Diff the dependency locks (Go and pip) between two revisions of the repository: Markdown, or JSON with --json',
  usage: USAGE,
  async run(ctx: CommandContext): Promise<StepResult[]> {
    const [sub, ...revs] = ctx.args;
    if (sub !== 'diff' || revs.length !== 2) throw new UserError(`usage: go-xenv ${USAGE}`, { hint: 'name the base and the head revision', code: 'usage' });
    const diff = await diffRevisions(revs[0], revs[1], { run: spawnRunner, cwd: ctx.config.workspace, env: ctx.host.env });
    return [{ step: 'locks', status: 'ok', title: `locks: ${diff.files.length} lock file(s) changed`, findings: [], data: diff }];
  },
  json: (results) => results[0]?.data,
  text: (results) => {
    const diff = stepOf(results, 'locks')?.data;
    return diff ? renderLocksDiffMarkdown(diff) : '';
  },
};
