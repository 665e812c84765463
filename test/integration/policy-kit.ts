// Runs `go-xenv policy test <args>` through runCli in a directory (default: the differential fixtures).
import { resolve } from 'node:path';
import { runCli } from '../../src/cli/run.ts';

export const ORACLE_DIR = resolve('src/policy/testdata/policy-oracle');

export async function policyCli(args: string[], cwd = ORACLE_DIR) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['policy', 'test', ...args], {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env: {},
    cwd,
  });
  return { code, stdout, stderr };
}
