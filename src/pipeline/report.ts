// `go-xenv report`: runs what `check` runs and prints the Markdown the PR comment would carry (nothing is posted);
// `--json` prints the typed results, findings included.
import { renderReport } from '../report/document.ts';
import { check } from './check.ts';
import type { Command } from './types.ts';

export const reportCommand: Command = {
  name: 'report',
  summary: 'Run what check runs and print the Markdown report the pull-request comment would carry (posts nothing)',
  usage: 'report [--json]',
  run: (ctx) => check.run(ctx),
  json: (results) => ({ command: 'report', ok: !results.some((r) => r.status === 'failed'), steps: results }),
  text: (results) => renderReport(results, { command: 'check' }),
};
