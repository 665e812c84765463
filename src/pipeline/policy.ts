// Wiring of `go-xenv policy test <files...>`, conftest's `test` with its flags: the policy capability loads and
// evaluates, report/ renders conftest's text for each --output format, and the exit code is conftest's.
import { UserError } from '../errors.ts';
import { evaluatePolicies, loadPolicies, walkInputs, type PolicyResult } from '../policy/index.ts';
import { renderPolicyJson, policyJsonDocument } from '../report/policy-json.ts';
import { renderPolicyMarkdown } from '../report/policy-markdown.ts';
import { renderPolicySarif } from '../report/policy-sarif.ts';
import { renderPolicyStdout } from '../report/policy-stdout.ts';
import { renderPolicyGithub } from '../report/policy-github.ts';
import { renderPolicyJunit } from '../report/policy-junit.ts';
import { renderPolicyTable } from '../report/policy-table.ts';
import { renderPolicyTap } from '../report/policy-tap.ts';
import type { Command, CommandContext, StepResult } from './types.ts';
import { withVerify } from './policy-verify.ts';
import { flagList as list } from './flag-list.ts';
import './policy-lock-inputs.ts';

/** conftest's `--output` formats, each one text for the whole run. */
const RENDER = {
  stdout: (d: PolicyData) => renderPolicyStdout(d.result, { color: d.color }),
  json: (d: PolicyData) => renderPolicyJson(d.result),
  tap: (d: PolicyData) => renderPolicyTap(d.result),
  junit: (d: PolicyData) => renderPolicyJunit(d.result),
  table: (d: PolicyData) => renderPolicyTable(d.result),
  github: (d: PolicyData) => renderPolicyGithub(d.result),
  sarif: (d: PolicyData) => renderPolicySarif(d.result),
} as const;
type Output = keyof typeof RENDER;
const OUTPUTS = Object.keys(RENDER) as Output[];

interface PolicyData {
  result: PolicyResult;
  output: Output;
  color: boolean;
}

export const policyCommand: Command = withVerify({
  name: 'policy',
  summary: 'Test config files against Rego policies as conftest does (`policy test <files...>`, the same flags and output)',
  usage: 'policy test [-p <paths>] [-n <namespaces> | --all-namespaces] [-d <paths>] [--combine] [-o stdout|json|tap|junit|table|github|sarif] <files...>',
  flags: [
    { name: 'policy', short: 'p', description: 'comma-separated policy files or directories (default: policy)' },
    { name: 'namespace', short: 'n', description: 'comma-separated namespaces to test (default: main)' },
    { name: 'all-namespaces', description: 'test every namespace the policies declare', boolean: true },
    { name: 'combine', description: 'test all inputs as one document, [{path, contents}]', boolean: true },
    { name: 'data', short: 'd', description: 'comma-separated data files or directories (JSON/YAML), merged under data' },
    { name: 'parser', description: 'read every input with this parser' },
    { name: 'output', short: 'o', description: `output format: ${OUTPUTS.join(', ')}` },
    { name: 'fail-on-warn', description: 'exit 1 on warnings, 2 on failures', boolean: true },
    { name: 'no-fail', description: 'exit 0 whatever the results', boolean: true },
    { name: 'no-color', description: 'no ANSI colours in the stdout output', boolean: true },
    { name: 'rego-version', description: 'v1 (default) or v0' },
  ],
  async run(ctx: CommandContext): Promise<StepResult[]> {
    const [sub, ...files] = ctx.args;
    // The action passes no arguments, and its policy inputs (policy paths, files, scope) are not there yet.
    if (sub === undefined && ctx.host.kind === 'actions') {
      return [
        {
          step: 'policy',
          status: 'skipped',
          title: 'policy: not available in the action yet',
          reason: 'the action has no policy inputs in this version; run `go-xenv policy test <files>` in a run: step',
        },
      ];
    }
    if (sub !== 'test') throw new UserError('usage: go-xenv policy test [flags] <files...>', { hint: 'see go-xenv policy --help' });
    if (!files.length)
      throw new UserError('policy test needs at least one file or directory to test', {
        hint: 'name the config files, e.g. go-xenv policy test deployment.yaml',
      });
    const f = ctx.flags;
    const output = (typeof f.output === 'string' ? f.output : 'stdout') as Output;
    if (!OUTPUTS.includes(output)) throw new UserError(`unknown --output ${JSON.stringify(f.output)}`, { hint: `use one of: ${OUTPUTS.join(', ')}` });
    const regoVersion = typeof f['rego-version'] === 'string' ? f['rego-version'] : 'v1';
    if (regoVersion !== 'v0' && regoVersion !== 'v1') throw new UserError(`unknown --rego-version ${JSON.stringify(regoVersion)}`, { hint: 'use v0 or v1' });
    const cwd = ctx.config.workspace;
    const parser = typeof f.parser === 'string' ? f.parser : undefined;
    const engine = await import('../rego/index.ts');
    const loaded = loadPolicies({ engine, cwd, policyPaths: list(f.policy), dataPaths: list(f.data), regoVersion });
    const result = evaluatePolicies(loaded, {
      cwd,
      files: walkInputs(files, cwd, parser),
      parser,
      namespaces: list(f.namespace),
      allNamespaces: f['all-namespaces'] === true,
      combine: f.combine === true,
      failOnWarn: f['fail-on-warn'] === true,
      noFail: f['no-fail'] === true,
    });
    const t = result.totals;
    const data: PolicyData = { result, output, color: f['no-color'] !== true };
    return [
      {
        step: 'policy',
        status: result.exitCode ? 'failed' : 'ok',
        title: `policy: ${t.tests} tests, ${t.passed} passed, ${t.warnings} warnings, ${t.failures} failures, ${t.exceptions} exceptions`,
        details: renderPolicyMarkdown(result),
        data,
        exitCode: result.exitCode,
      },
    ];
  },
  json: (results) => {
    const d = results[0]?.data as PolicyData | undefined;
    return d ? policyJsonDocument(d.result) : [];
  },
  text: (results) => {
    const d = results[0]?.data as PolicyData | undefined;
    if (!d) return '';
    return RENDER[d.output](d);
  },
});
