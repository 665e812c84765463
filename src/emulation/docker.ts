// The docker route, as docker/setup-qemu-action does it: a privileged tonistiigi/binfmt container registers the
// emulators. The image is pinned by digest: a floating tag has broken builds before.
import { UserError } from '../errors.ts';
import { quoted } from '../log-text.ts';
import type { CommandRunner, RunResult } from '../process.ts';

export const DEFAULT_BINFMT_IMAGE = 'docker.io/tonistiigi/binfmt@sha256:400a4873b838d1b89194d982c45e5fb3cda4593fbfd7e08a02e76b03b21166f0';

/**
 * The installer image runs privileged, so it must name one exact image: a registry reference pinned by digest,
 * never a floating tag nor anything docker would read as a flag (a leading "-").
 */
export function checkBinfmtImage(image: string): string {
  if (!/^[a-z0-9][a-z0-9._/:-]*@sha256:[0-9a-f]{64}$/.test(image)) {
    throw new UserError(`qemu-image ${quoted(image)} is not an image reference pinned by digest`, {
      where: { file: 'input qemu-image' },
      code: 'bad_qemu_image',
      hint: `the binfmt installer runs --privileged: give name@sha256:<64 hex digits>, e.g. ${DEFAULT_BINFMT_IMAGE}`,
    });
  }
  return image;
}

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
