import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadConfig } from '../config/load.ts';
import { terminalHost } from '../terminal-host.ts';
import { workspaceWith } from '../../test/kit/workspace.ts';
import type { CacheService } from './cache-service.ts';
import { restoreGoCache, saveGoCache } from './go-cache.ts';

/** A cache service on a local directory: an entry is `<root>/<key>/<n>`, a copy of the n-th path. */
function directoryCache(root: string): CacheService & { saves: string[] } {
  const saves: string[] = [];
  const keys = () => (existsSync(root) ? readdirSync(root) : []);
  return {
    saves,
    isAvailable: () => Promise.resolve(true),
    restore(paths, key, restoreKeys) {
      const all = keys();
      const match = all.includes(key) ? key : restoreKeys.map((pre) => all.filter((k) => k.startsWith(pre)).sort().at(-1)).find(Boolean);
      if (match) paths.forEach((p, i) => cpSync(join(root, match, String(i)), p, { recursive: true }));
      return Promise.resolve(match);
    },
    save(paths, key) {
      if (keys().includes(key)) return Promise.resolve(-1);
      paths.forEach((p, i) => cpSync(p, join(root, key, String(i)), { recursive: true }));
      saves.push(key);
      return Promise.resolve(saves.length);
    },
  };
}

function runnerRun(dir: string, ref: string, goSum: string) {
  const ws = workspaceWith({ 'go.mod': 'module m\n\ngo 1.26\n\nrequire example.com/x v1.0.0\n', 'go.sum': goSum }, 'go-xenv-cache-ws-');
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ repository: { default_branch: 'main' } }));
  const env = { GITHUB_ACTIONS: 'true', GITHUB_REF: ref, GITHUB_EVENT_PATH: event, RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' };
  const lines: string[] = [];
  return { config: loadConfig({ given: {}, workspace: ws, env }), host: terminalHost({ env: {}, write: (l) => lines.push(l) }), lines };
}

test('restore and save go through the cache service: a miss on main saves, the next run restores it, a prefix match too', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-cache-'));
  const cache = directoryCache(join(dir, 'service'));
  const dirs = { GOMODCACHE: join(dir, 'mod'), GOCACHE: join(dir, 'build') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  writeFileSync(join(dirs.GOMODCACHE, 'm.txt'), 'module bytes');

  const first = runnerRun(dir, 'refs/heads/main', 'example.com/x v1.0.0 h1:a=\n');
  assert.deepEqual(await restoreGoCache(first.config, first.host, '1.26.8', dirs, cache), { hit: false, note: `module/build cache: no entry for ${first.host.getState('go-xenv-cache-key')}` });
  await saveGoCache(first.config, first.host, cache);
  assert.equal(cache.saves.length, 1);
  assert.match(first.lines.at(-1)!, /^module\/build cache saved as go-xenv-linux-x64-go1\.26\.8-targets-host-[0-9a-f]{32}$/);

  rmSync(dirs.GOMODCACHE, { recursive: true });
  const again = runnerRun(dir, 'refs/heads/main', 'example.com/x v1.0.0 h1:a=\n');
  const hit = await restoreGoCache(again.config, again.host, '1.26.8', dirs, cache);
  assert.equal(hit.hit, true);
  assert.equal(readFileSync(join(dirs.GOMODCACHE, 'm.txt'), 'utf8'), 'module bytes');
  await saveGoCache(again.config, again.host, cache);
  assert.equal(again.lines.at(-1), `module/build cache not saved: the cache was restored from the exact key ${cache.saves[0]}`);

  // Other dependencies: the prefix matches, and a pull request's run does not save.
  const pr = runnerRun(dir, 'refs/pull/3/merge', 'example.com/x v1.0.1 h1:b=\n');
  const prefix = await restoreGoCache(pr.config, pr.host, '1.26.8', dirs, cache);
  assert.deepEqual(prefix, { hit: false, note: `module/build cache: restored ${cache.saves[0]} (prefix match)` });
  await saveGoCache(pr.config, pr.host, cache);
  assert.equal(pr.lines.at(-1), 'module/build cache not saved: this run is not on a branch (pull request or tag): caches are saved only by branch runs');
  assert.equal(cache.saves.length, 1);
});

test('off Actions (the CLI) the cache service is never asked', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-cache-'));
  const asked: string[] = [];
  const refuse: CacheService = {
    isAvailable: () => { asked.push('isAvailable'); return Promise.resolve(true); },
    restore: () => { asked.push('restore'); return Promise.resolve(undefined); },
    save: () => { asked.push('save'); return Promise.resolve(-1); },
  };
  const ws = workspaceWith({ 'go.mod': 'module m\n\ngo 1.26\n' }, 'go-xenv-cache-ws-');
  const config = loadConfig({ given: {}, workspace: ws, env: { GITHUB_ACTIONS: 'true' }, cli: true });
  const host = terminalHost({ env: {}, write: () => {} });
  const r = await restoreGoCache(config, host, '1.26.8', { GOMODCACHE: join(dir, 'mod'), GOCACHE: join(dir, 'build') }, refuse);
  assert.deepEqual(r, { hit: false, note: 'module/build cache: not used outside Actions (the local caches stay where they are)' });
  await saveGoCache(config, host, refuse);
  assert.deepEqual(asked, []);
});
