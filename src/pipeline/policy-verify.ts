// Wiring of `go-xenv policy verify`, conftest's `verify`: the policy capability runs the `test_` rules of the policies
// (with the data documents), report/ renders conftest verify's text for each --output format, and the exit code is
// conftest's (1 when a test failed or erred). `withVerify` adds the subcommand to the policy command: its run, flags
// and outputs, leaving `policy test` as it is. `verifyInAction` runs the same tests inside the action's policy step.
import type { Finding } from '../core/finding.ts';
import { UserError } from '../errors.ts';
import { loadPolicyParsers, readPolicyModules, verifyPolicies, type VerifyResult } from '../policy/index.ts';
import {
  renderVerifyJson,
  renderVerifyJunit,
  renderVerifyStdout,
  renderVerifyTap,
  verifyJsonDocument,
  verifySummary,
} from '../report/policy-verify.ts';
import type { PolicyVerifyStepData } from '../core/result.ts';
import type { Command, StandaloneContext, StepResult } from './types.ts';
import { flagList as list } from './flag-list.ts';

const STEP = 'policy verify' as const;

const RENDER = {
  stdout: (d: VerifyData) => renderVerifyStdout(d.result, { color: d.color }),
  json: (d: VerifyData) => renderVerifyJson(d.result),
  tap: (d: VerifyData) => renderVerifyTap(d.result),
  junit: (d: VerifyData) => renderVerifyJunit(d.result),
} as const;
type Output = keyof typeof RENDER;
const OUTPUTS = Object.keys(RENDER) as Output[];

type VerifyData = PolicyVerifyStepData & { output: Output };

export async function runPolicyVerify(ctx: StandaloneContext): Promise<StepResult[]> {
  const f = ctx.flags;
  const output = (typeof f.output === 'string' ? f.output : 'stdout') as Output;
  if (!OUTPUTS.includes(output)) throw new UserError(`unknown --output ${JSON.stringify(f.output)} for policy verify`, { hint: `use one of: ${OUTPUTS.join(', ')}` });
  const regoVersion = typeof f['rego-version'] === 'string' ? f['rego-version'] : 'v1';
  if (regoVersion !== 'v0' && regoVersion !== 'v1') throw new UserError(`unknown --rego-version ${JSON.stringify(regoVersion)}`, { hint: 'use v0 or v1' });
  // conftest verify takes the policy paths as -p; positional paths are policy paths too (as `opa test <paths>`).
  const policyPaths = [...list(f.policy), ...ctx.args.slice(1)];
  const engine = await import('../rego/index.ts');
  const modules = readPolicyModules(policyPaths, ctx.workspace);
  const dataPaths = list(f.data);
  await Promise.all([engine.loadBuiltinsFor(modules.map((m) => m.source)), loadPolicyParsers({ cwd: ctx.workspace, modules, dataPaths })]);
  const result = verifyPolicies({
    engine,
    cwd: ctx.workspace,
    policyPaths,
    modules,
    dataPaths,
    namespaces: list(f.namespace),
    strict: f['show-builtin-errors'] === true,
    regoVersion,
  });
  const data: VerifyData = { result, output, color: f['no-color'] !== true };
  return [{ step: STEP, status: result.exitCode ? 'failed' : 'ok', title: `policy verify: ${verifySummary(result)}`, findings: [], data, exitCode: result.exitCode }];
}

const verifyData = (results: StepResult[]) => (results[0]?.step === STEP ? (results[0].data as VerifyData) : undefined);

/** The policy command with `verify` beside `test`: the same command for every other subcommand. */
export function withVerify(command: Command): Command {
  return {
    ...command,
    summary: `${command.summary}; \`policy verify\` runs their test_ rules (conftest verify)`,
    usage: `${command.usage}\n       policy verify [-p <paths>] [-d <paths>] [-n <namespace globs>] [--show-builtin-errors] [-o ${OUTPUTS.join('|')}]`,
    flags: [...(command.flags ?? []), { name: 'show-builtin-errors', description: 'policy verify: a builtin error is a test error, not a failure', boolean: true }],
    run: (ctx) => (ctx.args[0] === 'verify' ? runPolicyVerify({ workspace: ctx.config.workspace, args: ctx.args, flags: ctx.flags }) : command.run(ctx)),
    standalone: command.standalone && ((ctx) => (ctx.args[0] === 'verify' ? runPolicyVerify(ctx) : command.standalone!(ctx))),
    json: (results) => {
      const d = verifyData(results);
      return d ? verifyJsonDocument(d.result) : command.json?.(results);
    },
    text: (results) => {
      const d = verifyData(results);
      return d ? RENDER[d.output](d) : (command.text?.(results) ?? '');
    },
  };
}

/** What the action's policy step runs verify on: the repository's own policy and data paths (not the built-in pack). */
export interface ActionVerifySettings {
  mode: 'auto' | 'true' | 'false';
  policyPaths: readonly string[];
  dataPaths: readonly string[];
  regoVersion: 'v0' | 'v1';
}

/**
 * The repository's `test_` rules as the policy step runs them: undefined when policy-verify is false, or auto and there
 * are no tests (or no policy path of the repository's). Each failing or erring test is an error finding at its head.
 */
export async function verifyInAction(workspace: string, s: ActionVerifySettings): Promise<{ result: VerifyResult; findings: Finding[] } | undefined> {
  if (s.mode === 'false' || !s.policyPaths.length) return undefined;
  const engine = await import('../rego/index.ts');
  const modules = readPolicyModules(s.policyPaths, workspace);
  await Promise.all([engine.loadBuiltinsFor(modules.map((m) => m.source)), loadPolicyParsers({ cwd: workspace, modules, dataPaths: s.dataPaths })]);
  const result = verifyPolicies({ engine, cwd: workspace, policyPaths: s.policyPaths, modules, dataPaths: s.dataPaths, regoVersion: s.regoVersion });
  if (s.mode === 'auto' && !result.tests.length) return undefined;
  const findings: Finding[] = result.tests
    .filter((t) => t.status === 'fail' || t.status === 'error')
    .map((t) => ({
      capability: 'policy',
      rule: `verify/${t.package.replace(/^data\./, '')}.${t.name}`,
      severity: 'error',
      message: t.error
        ? `test ${t.name} erred: ${t.error.code}: ${t.error.message}${t.error.location ? ` at ${t.error.location.file}:${t.error.location.row}:${t.error.location.col}` : ''}`
        : `test ${t.name} failed`,
      file: t.location.file,
      line: t.location.row,
      column: t.location.col,
      help: 'fix the policy or its test (go-xenv policy verify runs them alone)',
    }));
  return { result, findings };
}
