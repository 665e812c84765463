// Wiring of the baseline: `go-xenv baseline update` (the action's command: baseline-update) writes the snapshot of the
// current state; `go-xenv baseline diff [--base <rev>]` diffs the current state against the baseline of the base
// (the --base revision, else the pull request's base commit, else the committed file in the workspace).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import {
  buildSnapshot,
  diff,
  MAX_SNAPSHOT_BYTES,
  parseSnapshot,
  snapshotText,
  type BaselineDiff,
  type DependencyFileChange,
  type DependencySet,
  type Snapshot,
  type State,
  type BaselineSource,
} from '../baseline/index.ts';
import { readBoundedText } from '../bounded-read.ts';
import { isUserError, UserError } from '../errors.ts';
import { logSafe } from '../log-text.ts';
import { diffLocks, type LockDocument } from '../locks/index.ts';
import { spawnRunner } from '../process.ts';
import { baselineSection, renderBaselineMarkdown } from '../report/baseline.ts';
import { isBaselineDiff, skippedStep, stepOf } from '../core/result.ts';
import { currentState } from './baseline-state.ts';
import { resolveCommit, snapshotAt } from './baseline-git.ts';
import type { CheckStep } from './steps.ts';
import type { Command, CommandContext, StepResult } from './types.ts';

const shownFile = (ctx: CommandContext) => relative(ctx.config.workspace, ctx.config.baseline.file) || ctx.config.baseline.file;

/** The snapshot committed in the workspace (the audited branch's, or the pull request head's: foreign either way). */
export function workspaceSnapshot(ctx: CommandContext): Snapshot {
  const file = shownFile(ctx);
  if (!existsSync(ctx.config.baseline.file)) {
    throw new UserError(`there is no baseline ${file}`, {
      where: { file },
      hint: 'write it with `go-xenv baseline update` (or command: baseline-update) and commit it, or point baseline-file at it',
      code: 'no_baseline',
    });
  }
  return parseSnapshot(readBoundedText(ctx.config.baseline.file, { label: 'baseline', maxBytes: MAX_SNAPSHOT_BYTES, where: { file } }), { file });
}

/** The baseline to diff against, and where it came from. */
async function baseSnapshot(ctx: CommandContext): Promise<{ snapshot: Snapshot; source: BaselineSource }> {
  const file = shownFile(ctx);
  const flag = ctx.flags.base;
  if (flag === true || flag === '') throw new UserError('--base needs a revision', { hint: 'e.g. --base main or --base HEAD~1', code: 'usage' });
  const pr = ctx.config.runtime.pullRequest;
  const rev = typeof flag === 'string' ? flag : pr?.baseSha || undefined;
  if (rev === undefined) return { snapshot: workspaceSnapshot(ctx), source: { file } };
  const g = { run: spawnRunner, cwd: ctx.config.workspace, env: ctx.host.env };
  const commit = await resolveCommit(g, rev);
  return { snapshot: await snapshotAt(g, ctx.config.baseline.file, rev, commit), source: { file, rev, commit } };
}

/** A dependency set as the lock diff reads a document (only the packages and their file, format and ecosystem count). */
const asLockDocument = (s: DependencySet): LockDocument => ({ ...s, packages: s.packages.map((p) => ({ ...p, line: 0 })) }) as unknown as LockDocument;

/** The lock diff of every lock file whose dependency set differs between the baseline and the state. */
export function dependencyChanges(base: readonly DependencySet[], head: readonly DependencySet[]): DependencyFileChange[] {
  const b = new Map(base.map((s) => [s.file, s]));
  const h = new Map(head.map((s) => [s.file, s]));
  const out: DependencyFileChange[] = [];
  for (const file of [...new Set([...b.keys(), ...h.keys()])].sort()) {
    const x = b.get(file);
    const y = h.get(file);
    if (x && y && JSON.stringify(x) === JSON.stringify(y)) continue;
    const empty = (s: DependencySet) => ({ ...s, packages: [] });
    // A file that changed ecosystem (only a hand-edited baseline does that) is one set removed and one added.
    if (x && y && x.ecosystem !== y.ecosystem) {
      out.push({ file, status: 'changed', diff: { ...diffLocks(asLockDocument(x), asLockDocument(empty(x))), added: diffLocks(asLockDocument(empty(y)), asLockDocument(y)).added } });
      continue;
    }
    const status = !x ? 'added' : !y ? 'removed' : 'changed';
    out.push({ file, status, diff: diffLocks(asLockDocument(x ?? empty(y!)), asLockDocument(y ?? empty(x!))) });
  }
  return out;
}

export interface DiffRun {
  diff: BaselineDiff;
  source: BaselineSource;
  state: State;
  policies: boolean;
}

/** The current state diffed against a baseline (the base's, unless one is given). */
export async function diffAgainstBaseline(ctx: CommandContext, given?: { snapshot: Snapshot; source: BaselineSource }): Promise<DiffRun> {
  const base = given ?? (await baseSnapshot(ctx));
  const { state, policies } = await currentState(ctx.config, ctx.host);
  return { diff: diff(base.snapshot, state, dependencyChanges(base.snapshot.dependencies, state.dependencies)), source: base.source, state, policies };
}

async function update(ctx: CommandContext): Promise<StepResult> {
  const file = shownFile(ctx);
  const path = ctx.config.baseline.file;
  // The previous snapshot keeps its binaries when no build ran; an unreadable one is replaced, not merged.
  let previous: Snapshot | undefined;
  try {
    previous = existsSync(path) ? workspaceSnapshot(ctx) : undefined;
  } catch (e) {
    if (!isUserError(e)) throw e;
    ctx.host.warning(`baseline: the previous ${logSafe(file)} is replaced: ${logSafe(e.message)}`, { file });
  }
  const { state, policies } = await currentState(ctx.config, ctx.host);
  const snapshot = buildSnapshot(state, previous);
  const text = snapshotText(snapshot);
  // A snapshot over the reader's bound could never be read back: refuse to write it.
  if (Buffer.byteLength(text) > MAX_SNAPSHOT_BYTES) {
    throw new UserError(`the baseline would be ${Buffer.byteLength(text)} bytes, more than the ${MAX_SNAPSHOT_BYTES} a baseline may have`, {
      where: { file },
      hint: 'narrow baseline-configs to the config files (generated or data files make it large)',
      code: 'baseline_too_large',
    });
  }
  const unchanged = existsSync(path) && readFileSync(path, 'utf8') === text;
  if (!unchanged) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  const n = snapshot.binaries.length;
  const binaries = `${n} ${n === 1 ? 'binary' : 'binaries'}${state.binaries ? '' : ' kept (no build manifest)'}`;
  const counts = `${snapshot.configs.length} config files, ${snapshot.verdicts.length} verdicts${policies ? '' : ' (no policies: no policy input, conftest.toml or policy/)'}, ${snapshot.dependencies.length} lock files, ${binaries}, Go ${snapshot.toolchain.version ?? 'unknown'}`;
  return {
    step: 'baseline',
    status: 'ok',
    title: `baseline: ${unchanged ? 'unchanged' : 'wrote'} ${file} (${counts})`,
    outputs: { 'baseline-file': path },
    findings: [],
    data: { file, written: !unchanged, snapshot },
  };
}

async function diffStep(ctx: CommandContext): Promise<StepResult> {
  const run = await diffAgainstBaseline(ctx);
  const section = baselineSection(run.diff, run.source);
  return {
    step: 'baseline',
    status: 'ok',
    title: `baseline: ${section.summary}`,
    outputs: { 'baseline-file': ctx.config.baseline.file },
    findings: [],
    data: { base: run.source, diff: run.diff },
  };
}

/**
 * The baseline diff as a step of `check` (after the matrix, so a build's manifest is measured): on a pull request against
 * the base commit's baseline, elsewhere against the committed file. A repository without a baseline yet is skipped, not
 * failed: the first baseline is written by `baseline-update` on the default branch.
 */
export const baselineStep: CheckStep = {
  step: 'baseline',
  skipReason: (ctx) =>
    ctx.config.runtime.pullRequest || existsSync(ctx.config.baseline.file) ? undefined : `no baseline ${shownFile(ctx)} (write one with baseline-update and commit it)`,
  async run(ctx) {
    try {
      return [await diffStep(ctx)];
    } catch (e) {
      if (!isUserError(e) || e.code !== 'no_baseline') throw e;
      return [skippedStep('baseline', e.message)];
    }
  },
};

const USAGE = 'baseline update | baseline diff [--base <rev>] [--json]';

export const baselineCommand: Command = {
  name: 'baseline',
  summary: 'Write the baseline snapshot (`baseline update`), or diff the current state against the base branch\'s baseline (`baseline diff`)',
  usage: USAGE,
  flags: [{ name: 'base', description: 'the revision whose committed baseline to diff against (default: the pull request\'s base, else the file in the workspace)' }],
  async run(ctx) {
    const [sub, ...rest] = ctx.args;
    if ((sub !== 'update' && sub !== 'diff') || rest.length) throw new UserError(`usage: go-xenv ${USAGE}`, { hint: 'say update or diff', code: 'usage' });
    return [sub === 'update' ? await update(ctx) : await diffStep(ctx)];
  },
  json: (results) => results[0]?.data,
  text: (results) => {
    const r = stepOf(results, 'baseline');
    return r?.data && isBaselineDiff(r.data) ? renderBaselineMarkdown(r.data.diff, r.data.base) : (r?.title ?? '');
  },
};

export const baselineUpdateCommand: Command = {
  name: 'baseline-update',
  summary: 'Write the baseline snapshot from the current state (configs, policy verdicts, dependency sets, toolchain, binaries)',
  run: async (ctx) => [await update(ctx)],
};
