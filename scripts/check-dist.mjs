// Fails when the committed dist/ differs from a fresh build of src/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';

const fresh = mkdtempSync(join(tmpdir(), 'go-xenv-dist-'));
execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' });

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
const list = (dir) => new Map(files(dir).map((p) => [relative(dir, p), readFileSync(p)]));
const want = list(fresh);
const have = list('dist');
const problems = [];
for (const [name, body] of want) {
  if (!have.has(name)) problems.push(`missing dist/${name}`);
  else if (!have.get(name).equals(body)) problems.push(`stale dist/${name}`);
}
for (const name of have.keys()) if (!want.has(name)) problems.push(`extra dist/${name}`);
rmSync(fresh, { recursive: true, force: true });
if (problems.length) {
  console.error(`dist/ does not match the sources (run \`npm run build\` and commit dist/):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('dist/ matches the sources');
