import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAZY_NAMESPACES, isBuiltin } from './registry.ts';
import { evalCommand } from '../opa-eval.ts';
import { toJSON } from '../value/value.ts';

test('each on-demand namespace lists exactly the builtins it implements', async () => {
  for (const ns of LAZY_NAMESPACES) assert.deepEqual(Object.keys(await ns.load()).sort(), [...ns.names].sort());
});

test('rego eval loads the namespaces its policy calls, and only those', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rego-lazy-'));
  try {
    writeFileSync(join(dir, 'p.rego'), 'package x\nallow if regex.match("^a", input.name)\nok if glob.match("*.go", [], "m.go")\n');
    writeFileSync(join(dir, 'in.json'), '{"name":"abc"}');
    const out = await evalCommand({ dataPaths: ['p.rego'], inputFile: 'in.json', query: 'data.x', cwd: dir });
    assert.deepEqual(toJSON(out as never), { result: [{ expressions: [{ value: { allow: true, ok: true }, text: 'data.x', location: { row: 1, col: 1 } }] }] });
    // in a process of its own: the test runner's other files register every namespace in this one
    const script = `
      const r = await import(${JSON.stringify(new URL('./registry.ts', import.meta.url).href)});
      const { evalCommand } = await import(${JSON.stringify(new URL('../opa-eval.ts', import.meta.url).href)});
      // no on-demand builtin shadows an eagerly registered one (registering it later would change which one runs)
      const shadowing = r.LAZY_NAMESPACES.flatMap((ns) => ns.names).filter((n) => n in r.BUILTINS);
      const before = r.isUnloadedBuiltin('regex.match') && shadowing.length === 0;
      await evalCommand({ dataPaths: ['p.rego'], query: 'data.x', cwd: ${JSON.stringify(dir)} });
      console.log(JSON.stringify([before, ...['regex.match', 'glob.match', 'graphql.parse', 'json.match_schema', 'io.jwt.decode', 'time.now_ns'].map(r.isUnloadedBuiltin)]));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(child.status, 0, child.stderr);
    assert.deepEqual(JSON.parse(child.stdout), [true, false, false, true, true, true, true]);
    assert.ok(isBuiltin('graphql.parse'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
