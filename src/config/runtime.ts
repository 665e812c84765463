// The facts of the run that are not inputs: the runner, its directories, the event and its refs. Read once, here, from
// the environment and the event payload; nothing below config/ reads `process.env` or GITHUB_EVENT_PATH. The payload is
// written by GitHub, but its pull-request fields (titles, branch names, fork owners) are chosen by the PR's author:
// every field is shape-checked and kept as plain data, never as a path or a command.
import { existsSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBoundedText } from '../bounded-read.ts';

export interface PullRequestFacts {
  number: number;
  baseRef: string;
  baseSha: string;
  headRef: string;
  headSha: string;
  /** The head branch lives in another repository: the token is read-only there (no comments, no checks). */
  fromFork: boolean;
}

export interface RuntimeFacts {
  /**
   * The run is the action on a GitHub runner (GITHUB_ACTIONS=true): installs go to the runner's tool cache, the module
   * cache is the cache service's, problem matchers apply. The CLI is never the action, even in a workflow's `run:` step.
   */
  onActions: boolean;
  /** RUNNER_OS/RUNNER_ARCH (else Node's platform/arch), RUNNER_TOOL_CACHE, RUNNER_TEMP. */
  runner: { os: string; arch: string; toolCache: string; temp: string };
  /** The user's cache directory: $XDG_CACHE_HOME, else ~/.cache (where the CLI installs Go). */
  cacheDir: string;
  /** The temporary directories processes execute in: TMPDIR (else the system's), and RUNNER_TEMP when it is another. */
  tempDirs: { label: string; path: string }[];
  /** GITHUB_EVENT_NAME: pull_request, pull_request_target, push, schedule, workflow_dispatch, ... ('' off Actions). */
  eventName: string;
  /** `owner/name` of the repository the workflow runs in ('' off Actions). */
  repository: string;
  /** GITHUB_REF (refs/heads/main, refs/pull/7/merge, refs/tags/v1) and GITHUB_SHA. */
  ref: string;
  sha: string;
  /** The branch this run is on (refs/heads/<branch>), undefined for tags and pull requests. */
  branch?: string;
  /** repository.default_branch of the event payload. */
  defaultBranch?: string;
  pullRequest?: PullRequestFacts;
  /** GITHUB_SERVER_URL and GITHUB_API_URL (GitHub Enterprise Server has its own). */
  serverUrl: string;
  apiUrl: string;
  runId: string;
  /** The run's page (its job summary), for links from a comment; '' off Actions. */
  runUrl: string;
}

/** GitHub caps webhook payloads at 25 MB. */
const EVENT_LIMIT = 32 * 1024 * 1024;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

export function readRuntimeFacts(env: NodeJS.ProcessEnv, opts: { cli?: boolean } = {}): RuntimeFacts {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const repository = REPO.test(env.GITHUB_REPOSITORY ?? '') ? env.GITHUB_REPOSITORY! : '';
  const serverUrl = httpUrl(env.GITHUB_SERVER_URL) ?? 'https://github.com';
  const runId = /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID! : '';
  const ref = env.GITHUB_REF ?? '';
  return {
    onActions: !opts.cli && env.GITHUB_ACTIONS === 'true',
    runner: {
      os: env.RUNNER_OS || process.platform,
      arch: env.RUNNER_ARCH || process.arch,
      toolCache: env.RUNNER_TOOL_CACHE || join(tmpdir(), 'go-xenv-tool-cache'),
      temp: env.RUNNER_TEMP || tmpdir(),
    },
    cacheDir: env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'),
    tempDirs: [
      env.TMPDIR ? { label: 'TMPDIR', path: env.TMPDIR } : { label: 'temp directory', path: tmpdir() },
      ...(env.RUNNER_TEMP && env.RUNNER_TEMP !== env.TMPDIR ? [{ label: 'RUNNER_TEMP', path: env.RUNNER_TEMP }] : []),
    ],
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repository,
    ref,
    sha: SHA.test(env.GITHUB_SHA ?? '') ? env.GITHUB_SHA! : '',
    branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
    defaultBranch: text(field(event, 'repository', 'default_branch')),
    pullRequest: pullRequestOf(event, repository),
    serverUrl,
    apiUrl: httpUrl(env.GITHUB_API_URL) ?? 'https://api.github.com',
    runId,
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : '',
  };
}

function readEvent(path: string | undefined): unknown {
  if (!path || !existsSync(path)) return undefined;
  try {
    return JSON.parse(readBoundedText(path, { label: 'the event payload', maxBytes: EVENT_LIMIT }));
  } catch {
    return undefined;
  }
}

function pullRequestOf(event: unknown, repository: string): PullRequestFacts | undefined {
  const pr = field(event, 'pull_request');
  const number = field(pr, 'number');
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) return undefined;
  const sha = (v: unknown) => (typeof v === 'string' && SHA.test(v) ? v : '');
  const headRepo = text(field(pr, 'head', 'repo', 'full_name'));
  return {
    number,
    baseRef: text(field(pr, 'base', 'ref')) ?? '',
    baseSha: sha(field(pr, 'base', 'sha')),
    headRef: text(field(pr, 'head', 'ref')) ?? '',
    headSha: sha(field(pr, 'head', 'sha')),
    // A deleted head repository (null) is a fork that went away: treat it as foreign too.
    fromFork: headRepo === undefined ? true : headRepo.toLowerCase() !== repository.toLowerCase(),
  };
}

function field(v: unknown, ...keys: string[]): unknown {
  let cur = v;
  for (const k of keys) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, k)) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.length <= 1024 ? v : undefined);

function httpUrl(v: string | undefined): string | undefined {
  if (!v) return undefined;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:' ? v.replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}
