// Runs the test files with node's test runner (TypeScript through tsx). Unit tests live beside the sources
// (src/**/*.test.ts); integration suites that start real parts live in test/integration/.
// Usage: node scripts/test.mjs [--unit | --integration] [files or name filters...]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const unitOnly = args.includes('--unit');
const integrationOnly = args.includes('--integration');
const filters = args.filter((a) => !a.startsWith('--'));

const walk = (dir) => readdirSync(dir).flatMap((name) => {
  const p = join(dir, name);
  if (name === 'node_modules' || name === 'fixtures') return [];
  return statSync(p).isDirectory() ? walk(p) : [p];
});
const isTest = (p) => p.endsWith('.test.ts');
let files = [];
if (!integrationOnly) files.push(...walk('src').filter(isTest), ...walk('test').filter((p) => isTest(p) && !p.includes('integration')));
if (!unitOnly) files.push(...walk('test/integration').filter(isTest));
if (filters.length) files = files.filter((f) => filters.some((x) => f.includes(x)));
files.sort();

const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
