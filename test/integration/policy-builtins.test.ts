// conftest's builtins (parse_config, parse_config_file, parse_combined_config_files) where ours differ from conftest on
// purpose: a policy reads only files inside the workspace, bounded. What they return is compared with the real conftest
// in the oracle cases (builtins, builtins-json in src/policy/testdata/policy-oracle/cases.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyCli } from './policy-kit.ts';
import { workspaceWith } from '../kit/workspace.ts';

const reading = (path: string) =>
  `package main\n\ndeny contains msg if {\n\tc := parse_config_file(${JSON.stringify(path)})\n\tmsg := sprintf("read %v", [c])\n}\n`;

test('parse_config_file outside the workspace stops the run with one error at the call', async () => {
  const dir = workspaceWith({ 'policy/p.rego': reading('../../../../../../etc/hostname'), 'in.json': '{}' }, 'go-xenv-policy-builtins-');
  const r = await policyCli(['in.json'], dir);
  assert.equal(r.code, 3, r.stdout);
  assert.match(
    r.stderr,
    /^go-xenv: policy\/p\.rego:4:\d+: a policy's file path "\.\.\/.*etc\/hostname" "\/.*" resolves to .*, outside the workspace .* — policies read only files inside the workspace\n$/,
  );
});

test('parse_config_file on a file over the bound or binary is an error, never a quiet pass', async () => {
  const dir = workspaceWith({ 'policy/p.rego': reading('../big.json'), 'in.json': '{}' }, 'go-xenv-policy-builtins-');
  writeFileSync(join(dir, 'big.json'), Buffer.alloc(4 * 1024 * 1024 + 1, 0x20));
  const r = await policyCli(['in.json'], dir);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /^go-xenv: policy\/p\.rego:4:\d+: a policy's file is refused: .*larger than 4194304 bytes/);
  writeFileSync(join(dir, 'big.json'), Buffer.from([0x7b, 0, 0x7d]));
  assert.match((await policyCli(['in.json'], dir)).stderr, /a policy's file is refused: big\.json is not read as json: it contains NUL bytes/);
});

test('a missing or unparsable file and an unknown parser are undefined, as conftest makes them (the rule does not fire)', async () => {
  const dir = workspaceWith(
    {
      'policy/p.rego': `${reading('../missing.yaml')}\ndeny contains "bad" if parse_config_file("../bad.yaml")\n\ndeny contains "nope" if parse_config("nope", "x")\n`,
      'bad.yaml': 'a: [\n',
      'in.json': '{}',
    },
    'go-xenv-policy-builtins-',
  );
  const r = await policyCli(['--no-color', 'in.json'], dir);
  assert.deepEqual([r.code, r.stdout.trim()], [0, '3 tests, 3 passed, 0 warnings, 0 failures, 0 exceptions']);
});
