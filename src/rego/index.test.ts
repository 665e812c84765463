import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

// In a process of its own: the test runner's other files load every builtin family in this one.
function inFreshProcess(body: string): { status: number | null; stdout: string; stderr: string } {
  const script = `const engine = await import(${JSON.stringify(new URL('./index.ts', import.meta.url).href)});\n${body}`;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
}

test('compiling a call into a builtin family that was not loaded is an internal error naming the call and the family', () => {
  const r = inFreshProcess(`
    const m = { file: 'p.rego', source: 'package x\\n\\nallow if {\\n  input.ok\\n  regex.match("^a", input.name)\\n}\\n' };
    try { engine.compile([m]); console.log('compiled'); } catch (e) { console.log(e.message); }
    await engine.loadBuiltinsFor([m.source]);
    console.log(JSON.stringify(engine.toJSON(engine.compile([m]).evaluate('x.allow', { input: engine.fromJSON({ ok: true, name: 'ab' }) }).value)));`);
  assert.equal(r.status, 0, r.stderr);
  const [error, after] = r.stdout.trim().split('\n');
  assert.match(error, /^internal error: p\.rego:5: regex\.match is a builtin of an on-demand family \(regex\.match, re_match\) that was not loaded before compiling: await loadBuiltinsFor/);
  assert.equal(after, 'true');
});

test('a family named only in a comment or a string needs no loading', () => {
  const r = inFreshProcess(`
    const m = { file: 'p.rego', source: 'package x\\n\\n# regex.match would be overkill here\\nmsg := "use glob.match"\\n' };
    console.log(JSON.stringify(engine.toJSON(engine.compile([m]).evaluate('x.msg').value)));`);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), '"use glob.match"');
});

test("a package's function called through an import alias like a builtin's name is no unloaded builtin", () => {
  const r = inFreshProcess(`
    const a = { file: 'a.rego', source: 'package x\\nimport data.lib.regex\\nallow if regex.match("a")\\n' };
    const b = { file: 'b.rego', source: 'package lib.regex\\nmatch(s) := true if s == "a"\\n' };
    console.log(JSON.stringify(engine.toJSON(engine.compile([a, b]).evaluate('x.allow').value)));`);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'true');
});
