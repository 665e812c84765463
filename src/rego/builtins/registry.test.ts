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
      const names = ['regex.match', 'regex.split', 'glob.match', 'graphql.parse', 'json.match_schema', 'io.jwt.decode', 'time.now_ns'];
      const after = names.map(r.isUnloadedBuiltin);
      // a pattern that is no string literal loads RE2
      await r.loadBuiltinsNamedIn(['package y ok if re_match(input.p, input.s)']);
      console.log(JSON.stringify([before, ...after, r.isUnloadedBuiltin('regex.split')]));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(child.status, 0, child.stderr);
    // regex.match("^a", ...) needs no RE2: regex.split stays unloaded until a pattern from input
    assert.deepEqual(JSON.parse(child.stdout), [true, false, true, false, true, true, true, true, false]);
    assert.ok(isBuiltin('graphql.parse'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a call with a bracketed segment loads its namespace', () => {
  const script = `
    const r = await import(${JSON.stringify(new URL('./registry.ts', import.meta.url).href)});
    const { evalCommand } = await import(${JSON.stringify(new URL('../opa-eval.ts', import.meta.url).href)});
    const { toJSON } = await import(${JSON.stringify(new URL('../value/value.ts', import.meta.url).href)});
    const value = async (query) => toJSON(await evalCommand({ dataPaths: [], query, strict: true, cwd: '.' }));
    const out = [await value('regex["match"]("^a", "abc")'), r.isUnloadedBuiltin('regex.split')];
    out.push(await value('io.jwt["decode"]("x")').catch((e) => e.message));
    console.log(JSON.stringify(out));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(child.status, 0, child.stderr);
  const [match, re2Unloaded, jwt] = JSON.parse(child.stdout) as [{ result: { expressions: { value: unknown }[] }[] }, boolean, unknown];
  assert.equal(match.result[0].expressions[0].value, true);
  // RE2 too: the bracketed name is not read as a call with a literal pattern
  assert.equal(re2Unloaded, false);
  assert.match(String(jwt), /io\.jwt\.decode: encoded JWT had no period separators/);
});
