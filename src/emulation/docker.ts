// The docker route, as docker/setup-qemu-action does it: a privileged tonistiigi/binfmt container registers the
// emulators. The image is pinned by digest: a floating tag has broken builds before.
import type { CommandRunner, RunResult } from '../process.ts';

export const DEFAULT_BINFMT_IMAGE = 'docker.io/tonistiigi/binfmt@sha256:400a4873b838d1b89194d982c45e5fb3cda4593fbfd7e08a02e76b03b21166f0';

export const dockerRegisterArgs = (image: string, platforms: string[]) => ['run', '--rm', '--privileged', image, '--install', platforms.join(',')];

/** Whether a Docker engine answers (the client alone is not enough). */
export async function dockerAnswers(run: CommandRunner, env: NodeJS.ProcessEnv): Promise<boolean> {
  const r = await run('docker', ['version', '--format', '{{.Server.Version}}'], { env, timeoutMs: 15_000 });
  return r.code === 0 && r.stdout.trim() !== '';
}

/** Runs the installer container. Its exit status is recorded but never trusted: verification decides. */
export async function dockerRegister(run: CommandRunner, env: NodeJS.ProcessEnv, image: string, platforms: string[]): Promise<RunResult> {
  return run('docker', dockerRegisterArgs(image, platforms), { env, timeoutMs: 300_000 });
}
