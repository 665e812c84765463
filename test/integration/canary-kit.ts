// What the canary suites share: `go-xenv canary ...` through runCli in a directory, with the environment given.
import { runCli } from '../../src/cli/run.ts';

export async function canaryCli(dir: string, env: NodeJS.ProcessEnv, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, env, cwd: dir });
  return { code, stdout, stderr };
}
