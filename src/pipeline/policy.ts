// Wiring of the policy capability: `go-xenv policy test <files...>` (conftest's `test` with its flags and conftest.toml),
// and the action's policy step (its inputs, the files the event selects, a SARIF file for code scanning). The capability
// loads and evaluates, report/ renders conftest's text for each --output format, and the exit code is conftest's.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/config.ts';
import { skippedStep } from '../core/result.ts';
import { UserError } from '../errors.ts';
import { logSafe } from '../log-text.ts';
import { resolveInside } from '../workspace-path.ts';
import {
  actionRootAbove,
  BUILTIN_PACK,
  changedFiles,
  CONFTEST_TOML,
  DEFAULT_POLICY_PATH,
  evaluatePolicies,
  hasRegoFiles,
  loadParsersFor,
  loadPolicies,
  loadPolicyParsers,
  readPolicyModules,
  policyPathsFor,
  readConftestToml,
  selectInputs,
  walkInputs,
  type ConftestSettings,
  type GitResult,
  type PolicyResult,
  type VerifyResult,
} from '../policy/index.ts';
import { renderPolicyJson, policyJsonDocument } from '../report/policy-json.ts';
import { renderPolicySarif } from '../report/policy-sarif.ts';
import { renderPolicyStdout } from '../report/policy-stdout.ts';
import { renderPolicyGithub } from '../report/policy-github.ts';
import { renderPolicyJunit } from '../report/policy-junit.ts';
import { renderPolicyTable } from '../report/policy-table.ts';
import { renderPolicyTap } from '../report/policy-tap.ts';
import { verifySummary } from '../report/policy-verify.ts';
import type { Finding } from '../core/finding.ts';
import { ownOutputGlobs } from './own-output.ts';
import type { CheckStep } from './steps.ts';
import type { Command, CommandContext, StandaloneContext, StepResult } from './types.ts';
import { verifyInAction, withVerify } from './policy-verify.ts';
import { flagList } from './flag-list.ts';
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
  verify?: VerifyResult;
}

/** A list flag as given, undefined when it is not (so conftest.toml can fill it). */
const list = (v: string | boolean | undefined): string[] | undefined => (typeof v === 'string' ? flagList(v) : undefined);
const flagBool = (v: string | boolean | undefined): boolean | undefined => (v === true ? true : undefined);

/** What one run needs, after flags or inputs, conftest.toml and the defaults are merged in that order. */
interface RunSettings {
  policyPaths: string[];
  dataPaths: string[];
  namespaces: string[];
  allNamespaces: boolean;
  combine: boolean;
  failOnWarn: boolean;
  noFail: boolean;
  regoVersion: 'v0' | 'v1';
  parser?: string;
  /** The built-in pack's directory, when `builtin` is among the policy paths: its namespaces are all tested. */
  pack?: string;
}

function settings(given: Partial<Record<keyof RunSettings, unknown>>, toml: ConftestSettings): RunSettings {
  const regoVersion = String(given.regoVersion ?? toml['rego-version'] ?? 'v1');
  if (regoVersion !== 'v0' && regoVersion !== 'v1') throw new UserError(`unknown --rego-version ${JSON.stringify(regoVersion)}`, { hint: 'use v0 or v1' });
  return {
    policyPaths: (given.policyPaths as string[] | undefined) ?? toml.policy ?? [DEFAULT_POLICY_PATH],
    dataPaths: (given.dataPaths as string[] | undefined) ?? toml.data ?? [],
    namespaces: (given.namespaces as string[] | undefined) ?? toml.namespace ?? [],
    allNamespaces: (given.allNamespaces as boolean | undefined) ?? toml['all-namespaces'] ?? false,
    combine: (given.combine as boolean | undefined) ?? toml.combine ?? false,
    failOnWarn: (given.failOnWarn as boolean | undefined) ?? toml['fail-on-warn'] ?? false,
    noFail: (given.noFail as boolean | undefined) ?? toml['no-fail'] ?? false,
    regoVersion,
    parser: (given.parser as string | undefined) ?? toml.parser,
  };
}

async function evaluate(cwd: string, s: RunSettings, files: readonly string[], skipUnreadable: boolean): Promise<PolicyResult> {
  const engine = await import('../rego/index.ts');
  // The builtin families the policies name (a policy run that calls no regex does not load RE2).
  const modules = readPolicyModules(s.policyPaths, cwd);
  // and the input parsers the run reads with (the files', the data's, and all when a policy calls parse_config)
  await Promise.all([
    engine.loadBuiltinsFor(modules.map((m) => m.source)),
    loadPolicyParsers({ cwd, modules, dataPaths: s.dataPaths }),
    loadParsersFor(files, s.parser),
  ]);
  const loaded = loadPolicies({ engine, cwd, policyPaths: s.policyPaths, modules, dataPaths: s.dataPaths, regoVersion: s.regoVersion });
  return evaluatePolicies(loaded, {
    cwd,
    files,
    parser: s.parser,
    namespaces: s.namespaces,
    // The pack's namespaces that hold rules (not its library, nor its tests).
    alsoNamespaces: s.pack ? loaded.namespaces.filter((n) => n.startsWith(PACK_NAMESPACE) && !!loaded.rules.get(n)?.size) : undefined,
    allNamespaces: s.allNamespaces,
    combine: s.combine,
    failOnWarn: s.failOnWarn,
    noFail: s.noFail,
    skipUnreadable,
  });
}

/** The step's result; with the verify run, its findings follow the policy's and a failing test fails the step. */
function stepResult(result: PolicyResult, data: PolicyData, outputs?: Record<string, string>, verifyFindings: Finding[] = []): StepResult {
  const t = result.totals;
  const exitCode = result.exitCode || (data.verify?.exitCode ?? 0);
  const verifyLine = data.verify ? `; verify: ${verifySummary(data.verify)}` : '';
  return {
    step: 'policy',
    status: exitCode ? 'failed' : 'ok',
    title: `policy: ${t.tests} tests, ${t.passed} passed, ${t.warnings} warnings, ${t.failures} failures, ${t.exceptions} exceptions${verifyLine}`,
    findings: verifyFindings.length ? [...result.findings, ...verifyFindings] : result.findings,
    data,
    outputs,
    exitCode,
  };
}

/** What the action's run takes from outside the policy capability; tests give local ones. */
export interface PolicyRunDeps {
  /** The pull request's changed files from the API, for a checkout without the history git needs. */
  listPullRequestFiles?: () => Promise<string[] | undefined>;
  git?: (args: string[]) => Promise<GitResult>;
  /** The action's root (policies/ there is the `builtin` pack). */
  actionRoot?: string;
}

/** Every package of the built-in pack lives below this one. */
const PACK_NAMESPACE = 'go_xenv.';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * The action's policy settings: its inputs over conftest.toml over conftest's defaults, every path checked to lie
 * inside the workspace, the built-in pack (with its data) resolved at the action's root.
 */
async function actionSettings(config: Config, log: (line: string) => void, actionRootGiven?: string): Promise<RunSettings> {
  const p = config.policy;
  const workspace = config.workspace;
  const toml = await readConftestToml(workspace);
  const s = settings(
    {
      policyPaths: p.paths,
      dataPaths: p.data,
      namespaces: p.namespaces,
      allNamespaces: p.allNamespaces,
      combine: p.combine,
      failOnWarn: p.failOnWarn,
      noFail: p.noFail,
      regoVersion: p.regoVersion,
    },
    toml,
  );
  // conftest.toml is the repository's file: what it names stays inside the workspace too.
  const actionRoot = actionRootGiven ?? actionRootAbove(dirname(fileURLToPath(import.meta.url)));
  // conftest.toml is the pull request's to write: it may not turn the required check's failures into a pass.
  if (p.noFail === undefined && s.noFail) {
    s.noFail = false;
    log(`policy: ${CONFTEST_TOML} says no-fail; ignored in the action (set policy-no-fail on the step)`);
  }
  const asGiven = s.policyPaths;
  s.policyPaths = policyPathsFor(s.policyPaths, { workspace, actionRoot, label: p.paths ? 'input "policy"' : 'conftest.toml policy' });
  for (const d of s.dataPaths) resolveInside(workspace, d, { label: p.data ? 'input "policy-data"' : 'conftest.toml data' });
  if (asGiven.includes(BUILTIN_PACK)) {
    s.pack = s.policyPaths[asGiven.indexOf(BUILTIN_PACK)];
    // The pack's own data (supported Go releases, the hostPath allow-list) comes with it.
    if (existsSync(join(s.pack, 'data'))) s.dataPaths = [...s.dataPaths, join(s.pack, 'data')];
  }
  return s;
}

/** The policy verdicts of these files as the action's policy step would give them (the baseline records them). */
export async function actionPolicyResult(config: Config, files: readonly string[]): Promise<PolicyResult> {
  return evaluate(config.workspace, await actionSettings(config, () => undefined), files, true);
}

/** The action's policy run: its inputs (over conftest.toml), the files the event selects, and the SARIF file. */
export async function runPolicyAction(ctx: CommandContext, deps: PolicyRunDeps = {}): Promise<StepResult[]> {
  const { config, host } = ctx;
  const p = config.policy;
  const workspace = config.workspace;
  const log = (line: string) => (config.runtime.onActions ? host.info(line) : host.debug(line));
  const s = await actionSettings(config, log, deps.actionRoot);

  const pr = config.runtime.pullRequest;
  const scope = p.scope === 'auto' ? (PULL_REQUEST_EVENTS.has(config.runtime.eventName) ? 'changed' : 'all') : p.scope;
  let candidates: string[] | undefined;
  if (scope === 'changed' && pr) {
    // child_process (and what it loads) only for the action's git: `policy test` in a shell loop does not pay for it
    const git = deps.git ?? (async (args: string[]) => (await import('../process.ts')).spawnRunner('git', args, { cwd: workspace, timeoutMs: 120_000 }));
    const changed = await changedFiles({ baseSha: pr.baseSha, headSha: pr.headSha, git, listPullRequestFiles: deps.listPullRequestFiles });
    if (changed.gitProblem) log(`policy: git cannot list the changed files (${logSafe(changed.gitProblem)}); using the pull request's files from the API`);
    candidates = changed.files;
    if (candidates) log(`policy: ${candidates.length} file(s) changed by pull request #${pr.number} (${changed.source})`);
    else log(`policy: ${changed.source === 'git' ? 'git' : 'the API'} did not list every file pull request #${pr.number} changes: testing every matching file`);
  } else if (scope === 'changed') {
    log('policy: policy-scope is changed but this run has no pull request: testing every matching file');
  }
  const selection = await selectInputs({ workspace, files: p.files, exclude: [...p.exclude, ...ownOutputGlobs(config)], candidates });
  const result = await evaluate(workspace, s, selection.files, true);
  result.findings.push(...selection.skipped);
  for (const f of result.findings) if (f.severity === 'notice') log(`policy: ${logSafe(f.message)}`);
  log(`policy: tested ${selection.files.length} file(s) against ${s.policyPaths.length} policy path(s)`);
  // The repository's own tests: the pack's (and the pack's data) are the action's, tested where it is built.
  const own = (paths: readonly string[]) => paths.filter((x) => !s.pack || (x !== s.pack && x !== join(s.pack, 'data')));
  const verified = await verifyInAction(workspace, {
    mode: p.verify,
    policyPaths: own(s.policyPaths),
    dataPaths: own(s.dataPaths),
    regoVersion: s.regoVersion,
  });
  if (verified) log(`policy verify: ${verifySummary(verified.result)}`);

  let outputs: Record<string, string> | undefined;
  if (config.runtime.onActions) {
    mkdirSync(config.matrix.outDir, { recursive: true });
    const sarif = join(config.matrix.outDir, 'policy.sarif');
    writeFileSync(sarif, renderPolicySarif(result));
    outputs = { 'policy-sarif': sarif };
  }
  return [stepResult(result, { result, output: 'stdout', color: false, verify: verified?.result }, outputs, verified?.findings)];
}

/** Whether the repository has policies: a policy input, a conftest.toml, or .rego files in conftest's default policy/. */
export function hasPolicies(config: Config): boolean {
  const w = config.workspace;
  return !!config.policy.paths || existsSync(join(w, CONFTEST_TOML)) || hasRegoFiles(join(w, DEFAULT_POLICY_PATH));
}

const policySkipReason = (ctx: CommandContext): string | undefined =>
  hasPolicies(ctx.config) ? undefined : 'no policies: no policy input, no conftest.toml and no .rego file in policy/';

/**
 * The action's run (step and command alike): what it takes from other capabilities is given here, in one place. A
 * checkout without the history git needs (fetch-depth 1) falls back to the pull request's files from the API.
 */
const runInAction = (ctx: CommandContext) =>
  runPolicyAction(ctx, {
    listPullRequestFiles: async () => {
      const { pullRequestFiles } = await import('../github/index.ts');
      const got = await pullRequestFiles({ github: ctx.config.runtime, token: ctx.config.toolchain.token });
      if (!got)
        throw new UserError('cannot tell which files the pull request changed: the checkout has no history and there is no token to ask GitHub', {
          hint: 'check out with fetch-depth: 0, or give the step a token (the default github.token works)',
        });
      return got.truncated ? undefined : got.files;
    },
  });

/** `policy test [flags] <files...>`: conftest's test over the named files, in the workspace. */
async function policyTest(ctx: StandaloneContext): Promise<StepResult[]> {
  const [sub, ...files] = ctx.args;
  if (sub !== 'test') throw new UserError('usage: go-xenv policy test [flags] <files...>', { hint: 'see go-xenv policy --help' });
  if (!files.length)
    throw new UserError('policy test needs at least one file or directory to test', {
      hint: 'name the config files, e.g. go-xenv policy test deployment.yaml',
    });
  const f = ctx.flags;
  // conftest reads conftest.toml from the directory it runs in; its flags win over the file.
  const toml = await readConftestToml(ctx.workspace);
  const output = (typeof f.output === 'string' ? f.output : (toml.output ?? 'stdout')) as Output;
  if (!OUTPUTS.includes(output)) throw new UserError(`unknown --output ${JSON.stringify(output)}`, { hint: `use one of: ${OUTPUTS.join(', ')}` });
  const s = settings(
    {
      policyPaths: list(f.policy),
      dataPaths: list(f.data),
      namespaces: list(f.namespace),
      allNamespaces: flagBool(f['all-namespaces']),
      combine: flagBool(f.combine),
      failOnWarn: flagBool(f['fail-on-warn']),
      noFail: flagBool(f['no-fail']),
      regoVersion: typeof f['rego-version'] === 'string' ? f['rego-version'] : undefined,
      parser: typeof f.parser === 'string' ? f.parser : undefined,
    },
    toml,
  );
  const inputs = walkInputs(files, ctx.workspace, s.parser);
  // as conftest: directories that hold no file it reads are an error, not 0 tests passed
  if (!inputs.length) {
    throw new UserError(`no files found in ${files.join(', ')}`, {
      hint: 'name the files to test (sshd_config, logrotate and lock files are read when named, not found in directories) or pass --parser',
    });
  }
  const result = await evaluate(ctx.workspace, s, inputs, false);
  return [stepResult(result, { result, output, color: f['no-color'] !== true && toml['no-color'] !== true })];
}

/** The policy step of `check`. */
export const policyStep: CheckStep = {
  step: 'policy',
  skipReason: policySkipReason,
  run: (ctx) => runInAction(ctx),
};

export const policyCommand: Command = withVerify({
  name: 'policy',
  findingsInText: true,
  summary: 'Test config files against Rego policies as conftest does (`policy test <files...>`, the same flags and output)',
  usage: 'policy test [-p <paths>] [-n <namespaces> | --all-namespaces] [-d <paths>] [--combine] [-o stdout|json|tap|junit|table|github|sarif] <files...>',
  flags: [
    { name: 'policy', short: 'p', repeatable: true, description: 'policy files or directories, comma-separated or repeated (default: policy)' },
    { name: 'namespace', short: 'n', repeatable: true, description: 'namespaces to test, comma-separated or repeated (default: main)' },
    { name: 'all-namespaces', description: 'test every namespace the policies declare', boolean: true },
    { name: 'combine', description: 'test all inputs as one document, [{path, contents}]', boolean: true },
    { name: 'data', short: 'd', repeatable: true, description: 'data files or directories (JSON/YAML) merged under data, comma-separated or repeated' },
    { name: 'parser', description: 'read every input with this parser' },
    { name: 'output', short: 'o', description: `output format: ${OUTPUTS.join(', ')}` },
    { name: 'fail-on-warn', description: 'exit 1 on warnings, 2 on failures', boolean: true },
    { name: 'no-fail', description: 'exit 0 whatever the results', boolean: true },
    { name: 'no-color', description: 'no ANSI colours in the stdout output', boolean: true },
    { name: 'rego-version', description: 'v1 (default) or v0' },
  ],
  run(ctx: CommandContext): Promise<StepResult[]> {
    // The action passes no arguments: its inputs say what to test.
    if (ctx.args[0] === undefined && ctx.config.runtime.onActions) {
      const reason = policySkipReason(ctx);
      return reason ? Promise.resolve([skippedStep('policy', reason)]) : runInAction(ctx);
    }
    return policyTest({ workspace: ctx.config.workspace, args: ctx.args, flags: ctx.flags });
  },
  // From the CLI (never on Actions there) `policy test` needs only the workspace, as conftest does: no config file, no host.
  standalone: (ctx) => policyTest(ctx),
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
