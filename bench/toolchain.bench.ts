// Toolchain figures, all measured in this one run on this machine:
//   cold start of the bundle with no work (`cli.js --help`) vs bare `node -e 0`;
//   setup from a warm tool cache (the bundled action, no download);
//   setup from a local mirror (download + SHA-256 + unpack, the bundled action) vs `curl | tar -xz` of the same tarball.
// BENCH_PAIRS (default 9) sets the rounds; BENCH_BASELINE_DIST=<a bundle of another commit> adds its setups to every
// round, so a before/after comparison is measured in the same run.
// Every extracted tree is kept until the end of the run: on ext4 without a journal (this project's VMs) each file
// created within seconds of a tree's deletion scans the inodes just freed, which made either side's unpack 5 times
// slower and its time a matter of which came after which deletion. BENCH_KEEP_TREES=0 removes each round's trees
// right away, as before.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle, packGoTarball, runnerEnv, startMirror } from '../test/integration/toolchain-kit.ts';
import { copyExamples } from '../test/kit/workspace.ts';

const tmp = mkdtempSync(join(tmpdir(), 'go-xenv-bench-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
function must(r: ReturnType<typeof spawnSync>, what: string) {
  if (r.status !== 0) throw new Error(`${what} failed: ${r.stdout}${r.stderr}`);
}

const mirror = await (async () => {
  const t = packGoTarball(tmp);
  const dist = buildBundle(join(tmp, 'dist'));
  const m = await startMirror(t);
  return { t, dist, m };
})();
const { t, dist, m } = mirror;
const version = t.version.replace(/^go/, '');
const ws = join(tmp, 'ws');
copyExamples(ws);
console.log(`tarball ${t.filename}: ${(t.size / 1e6).toFixed(1)} MB (packed from this machine's GOROOT)`);

const node = process.execPath;
// The action runs in a child process while the mirror answers in this one, so the action is spawned asynchronously.
const runAsync = (args: string[], env: NodeJS.ProcessEnv) => new Promise<number>((resolve, reject) => {
  const t0 = performance.now();
  const p = spawn(node, args, { env, cwd: ws, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  p.stdout.on('data', (d: Buffer) => { out += d; });
  p.stderr.on('data', (d: Buffer) => { out += d; });
  p.on('close', (code) => (code === 0 ? resolve(performance.now() - t0) : reject(new Error(out))));
});

const N = 7;
const bare = Array.from({ length: N }, () => time(() => must(spawnSync(node, ['-e', '0']), 'node -e 0')));
const help = Array.from({ length: N }, () => time(() => must(spawnSync(node, [join(dist, 'cli.js'), '--help']), 'cli --help')));

const keepTrees = process.env.BENCH_KEEP_TREES !== '0';
const curlOnce = (i: number) => {
  const dest = join(tmp, `curl-${i}`);
  mkdirSync(dest);
  const url = `${m.url('ok')}/${t.filename}`;
  return new Promise<number>((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn('sh', ['-c', 'curl -fsS "$1" | tar -xz -C "$2"', 'sh', url, dest], { stdio: 'inherit' });
    p.on('close', (code) => (code === 0 ? resolve(performance.now() - t0) : reject(new Error(`curl | tar exited ${code}`))));
  }).finally(() => {
    if (!keepTrees) rmSync(dest, { recursive: true, force: true });
  });
};

/** One bundle's figures: installs from the mirror, setups from the warm tool cache, and each install over its round's curl. */
interface Contender { name: string; dist: string; installs: number[]; warm: number[]; ratios: number[] }
const contender = (name: string, d: string): Contender => ({ name, dist: d, installs: [], warm: [], ratios: [] });
const contenders = [contender('setup', dist)];
const baseline = process.env.BENCH_BASELINE_DIST;
if (baseline) contenders.push(contender('baseline setup', baseline));

const installOnce = async (c: Contender, i: number) => {
  const r = runnerEnv(join(tmp, `runner-${contenders.indexOf(c)}-${i}`), ws, { command: 'setup', 'go-version': version, 'go-download-base-url': m.url('ok'), cache: 'false' });
  const ms = await runAsync([join(c.dist, 'index.js')], r.env);
  for (let j = 0; j < 2; j++) c.warm.push(await runAsync([join(c.dist, 'index.js')], r.env));
  if (!keepTrees) rmSync(r.dir, { recursive: true, force: true });
  return ms;
};
// Rounds in rotating order (each contender, curl included, goes first in turn), so a drift in the machine's speed falls
// on all of them; each install is compared with the curl of its own round.
const PAIRS = Number(process.env.BENCH_PAIRS) || 9;
const curl: number[] = [];
for (let i = 0; i < PAIRS; i++) {
  const times = new Map<Contender | 'curl', number>();
  const order: (Contender | 'curl')[] = ['curl', ...contenders];
  for (let k = 0; k < order.length; k++) {
    const who = order[(i + k) % order.length];
    times.set(who, who === 'curl' ? await curlOnce(i) : await installOnce(who, i));
  }
  const y = times.get('curl')!;
  curl.push(y);
  for (const c of contenders) {
    c.installs.push(times.get(c)!);
    c.ratios.push(times.get(c)! / y);
  }
}
await m.close();
rmSync(tmp, { recursive: true, force: true });

const ms = (x: number | undefined) => (x === undefined ? ' '.repeat(9) : `${x.toFixed(0).padStart(6)} ms`);
const rows: [string, number | undefined, string][] = [
  ['bare `node -e 0`', median(bare), ''],
  ['bundle cold start (`cli.js --help`)', median(help), `${(median(help) / median(bare)).toFixed(2)}x node -e 0`],
  ['`curl | tar -xz` of the tarball', median(curl), ''],
];
for (const c of contenders) {
  rows.push(
    [`${c.name}, warm tool cache (action, no download)`, median(c.warm), ''],
    [`${c.name} from the local mirror (action: list, download, sha256, unpack)`, median(c.installs), `${(median(c.installs) / median(curl)).toFixed(2)}x curl | tar`],
    ['  the same, round by round (median of the ratios; min-max)', undefined, `${median(c.ratios).toFixed(2)}x (${Math.min(...c.ratios).toFixed(2)}-${Math.max(...c.ratios).toFixed(2)})`],
  );
}
console.log(`node ${process.version}, medians of ${N} (start) and ${curl.length} / ${2 * curl.length} / ${curl.length} (installs / warm / curl) runs per contender, in rotating rounds${keepTrees ? ', every tree kept until the end' : ', each round\'s trees removed at once'}`);
for (const [name, v, note] of rows) console.log(`${name.padEnd(72)} ${ms(v)}  ${note}`);
