// The command runner: every process the capabilities start goes through this small interface, so
// tests run the real thing with their own PATH/env and callers always get a bounded, captured result.
import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import type { Writable } from 'node:stream';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds before the process (and its group) is killed; the result then says timedOut. */
  timeoutMs?: number;
  input?: string;
  /** Characters of stdout kept (default 1 MiB): a caller that reads a whole file through a child sets its own bound. */
  maxOutput?: number;
  /** Feeds the child's stdin itself instead of `input` (a stream, e.g. an archive as it downloads), and ends it. */
  stdin?: (stdin: Writable) => void;
  /** Aborting kills the process (and its group), as a timeout does. */
  signal?: AbortSignal;
}

export interface RunResult {
  command: string;
  args: string[];
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Set when the process could not be started at all (ENOENT, EACCES, ENOEXEC). */
  spawnError?: string;
  durationMs: number;
}

export type CommandRunner = (command: string, args: string[], opts?: RunOptions) => Promise<RunResult>;

const MAX_CAPTURE = 1 << 20;

// Credentials no child process gets: children build and run repository code (go build, smoke runs, go env), which
// a pull request's author wrote. INPUT_* goes too: the action's inputs (token among them) are not the children's.
const CREDENTIAL_NAMES = new Set(['GITHUB_TOKEN', 'GH_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL']);
const extraSecretNames = new Set<string>();

/** Marks an environment variable as a credential (e.g. the canary's bearer token variable): children never see it. */
export function addSecretEnvName(name: string): void {
  extraSecretNames.add(name);
}

/** `env` without any credential or action input: the environment every child process starts with. */
export function scrubEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    const upper = k.toUpperCase();
    if (upper.startsWith('INPUT_') || CREDENTIAL_NAMES.has(upper) || extraSecretNames.has(k)) continue;
    out[k] = v;
  }
  return out;
}

export const spawnRunner: CommandRunner = (command, args, opts = {}) =>
  new Promise((resolveRun) => {
    const started = performance.now();
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let spawnError: string | undefined;
    const child = spawn(command, args, { cwd: opts.cwd, env: scrubEnv(opts.env ?? process.env), detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    const kill = () => {
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { child.kill('SIGKILL'); }
    };
    const timer = opts.timeoutMs
      ? setTimeout(() => {
        timedOut = true;
        kill();
      }, opts.timeoutMs)
      : undefined;
    const max = opts.maxOutput ?? MAX_CAPTURE;
    opts.signal?.addEventListener('abort', kill, { once: true });
    // Decoded as a stream: a character split across two chunks stays whole.
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => { if (stdout.length < max) stdout += d; });
    child.stderr.on('data', (d: Buffer) => { if (stderr.length < MAX_CAPTURE) stderr += d.toString(); });
    child.stdin.on('error', () => undefined);
    if (opts.stdin) opts.stdin(child.stdin);
    else child.stdin.end(opts.input ?? '');
    child.on('error', (e: NodeJS.ErrnoException) => { spawnError = `${e.code ?? ''} ${e.message}`.trim(); });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      opts.signal?.removeEventListener('abort', kill);
      resolveRun({ command, args, code, signal, stdout, stderr, timedOut, spawnError, durationMs: performance.now() - started });
    });
  });

/** Where an executable is found on PATH (no shell involved), or undefined. */
export async function onPath(name: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const candidates = name.includes('/') ? [name] : (env.PATH ?? '').split(delimiter).filter(Boolean).map((d) => join(d, name));
  for (const p of candidates) {
    if (await access(p, constants.X_OK).then(() => true, () => false)) return p;
  }
  return undefined;
}
