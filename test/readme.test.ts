// The README against the files it documents: its inputs/outputs tables are what scripts/gen-readme.ts makes of
// action.yml (run in memory, and as the CLI on a copy), its YAML examples name only inputs that exist, the required
// check name it tells users to mark matches the workflows, and the messages and packages it quotes are the code's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { drift, renderReadme, splitDescription, tables } from '../scripts/gen-readme.ts';
import { crossCompiler } from '../src/matrix/cgo.ts';

const readme = readFileSync('README.md', 'utf8');
const actionYml = readFileSync('action.yml', 'utf8');
const action = parse(actionYml) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

test('README tables are current with action.yml', () => {
  assert.equal(drift(readme, actionYml), undefined);
  for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
    assert.ok(readme.includes(`| \`${name}\` |`), `${name} has a table row`);
  }
});

test('a changed, added or removed input or output is drift, named at its README line', () => {
  const changed = actionYml.replace('Directory of the Go module to work on', 'Module directory');
  assert.notEqual(changed, actionYml);
  assert.match(drift(readme, changed)!, /^README\.md:\d+: the tables differ from action\.yml \(expected "\| `working-directory` \| Module directory.*run `npx tsx scripts\/gen-readme\.ts`$/);

  const doc = parse(actionYml) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
  doc.inputs['new-input'] = { description: 'Something new. Default: `x`.', required: false };
  delete doc.outputs['skipped'];
  const edited = JSON.stringify(doc);
  assert.match(drift(readme, edited)!, /new-input/);
  assert.ok(!renderReadme(readme, edited).includes('| `skipped` |'));
  assert.equal(drift(renderReadme(readme, edited), edited), undefined, 'regenerating fixes the drift');
});

test('descriptions split into what it does, the default and why an input is step-only', () => {
  assert.deepEqual(splitDescription({ description: 'Seconds a smoke run may take (1 to 3600). Default: `30`.' }),
    { text: 'Seconds a smoke run may take (1 to 3600).', default: '`30`', stepOnly: undefined });
  assert.deepEqual(splitDescription({ description: 'Branches that save. Default: the default branch. `*` saves on every branch.' }),
    { text: 'Branches that save. `*` saves on every branch.', default: 'the default branch', stepOnly: undefined });
  assert.deepEqual(splitDescription({ description: 'Mirror (also GO_DOWNLOAD_BASE_URL). Default https://go.dev/dl. Step input only, not in the config file: it chooses the Go binary.' }),
    { text: 'Mirror (also GO_DOWNLOAD_BASE_URL).', default: 'https://go.dev/dl', stepOnly: 'it chooses the Go binary' });
  assert.deepEqual(splitDescription({ description: 'ldflags. Default: `-s -w -X main.version={{.Version}}`.' }),
    { text: 'ldflags.', default: '`-s -w -X main.version={{.Version}}`', stepOnly: undefined });
  assert.deepEqual(splitDescription({ description: 'GitHub token.', default: '${{ github.token }}' }),
    { text: 'GitHub token.', default: '`${{ github.token }}`', stepOnly: undefined });
  assert.deepEqual(splitDescription({}), { text: '', default: '', stepOnly: undefined });
});

test('table cells: pipes escaped, one line, no default shown as a dash, file limits marked', () => {
  const t = tables(JSON.stringify({
    inputs: {
      a: { description: 'true | false\nor restore-only.' },
      b: { description: 'How. The config file may say only direct or none.' },
      c: { description: 'Secret. Step input only, not in the config file: a secret.' },
    },
    outputs: { o: { description: 'x | y' } },
  }));
  assert.equal(t.inputs.split('\n')[2], '| `a` | true \\| false or restore-only. | — | yes |');
  assert.equal(t.inputs.split('\n')[3], '| `b` | How. The config file may say only direct or none. | — | some values (see left) |');
  assert.equal(t.inputs.split('\n')[4], '| `c` | Secret. | — | no: a secret |');
  assert.equal(t.outputs.split('\n')[2], '| `o` | x \\| y |');
});

test('bad README markers and a bad action.yml are one clear error', () => {
  assert.throws(() => renderReadme('# no markers\n', actionYml), /README\.md needs exactly one line "<!-- inputs:start .*" followed later by one line "<!-- inputs:end -->"/);
  const start = readme.split('\n').find((l) => l.startsWith('<!-- outputs:start'))!;
  assert.throws(() => renderReadme(`${readme}\n${start}\n`, actionYml), /exactly one line "<!-- outputs:start/);
  assert.throws(() => renderReadme(readme.replace('<!-- inputs:end -->', '').replace('<!-- inputs:start', '<!-- inputs:end -->\n<!-- inputs:start'), actionYml), /inputs:start/);
  assert.throws(() => tables('name: x\n'), /action\.yml has no inputs or no outputs mapping: run `npm run build`/);
  assert.throws(() => tables(''), /action\.yml has no inputs/);
});

test('the CLI: --check passes on the repository, fails on drift, writing fixes it; bad markers exit 3', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gen-readme-'));
  const cli = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/gen-readme.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  try {
    assert.equal(cli('--check').status, 0, 'the committed README is current');
    copyFileSync('README.md', join(dir, 'README.md'));
    writeFileSync(join(dir, 'action.yml'), actionYml.replace('GOROOT of that version.', 'GOROOT of the first version.'));
    const stale = cli('--check', '--root', dir);
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /README\.md:\d+: the tables differ from action\.yml .*GOROOT of the first version/);
    assert.equal(readFileSync(join(dir, 'README.md'), 'utf8'), readme, '--check writes nothing');
    assert.equal(cli('--root', dir).status, 0);
    const written = readFileSync(join(dir, 'README.md'), 'utf8');
    assert.ok(written.includes('| `go-root` | GOROOT of the first version. |'));
    assert.equal(drift(written, readFileSync(join(dir, 'action.yml'), 'utf8')), undefined);
    writeFileSync(join(dir, 'README.md'), '# nothing generated here\n');
    const bad = cli('--root', dir);
    assert.equal(bad.status, 3);
    assert.match(bad.stderr, /^gen-readme: README\.md needs exactly one line/);
    const missing = cli('--root', join(dir, 'absent'));
    assert.equal(missing.status, 3);
    assert.match(missing.stderr, /^gen-readme: ENOENT.*README\.md/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

type Step = { uses?: unknown; with?: Record<string, unknown> };

/** Every mapping with `uses:` in a parsed YAML example (steps and reusable-workflow jobs). */
function usesNodes(node: unknown, out: Step[] = []): Step[] {
  if (Array.isArray(node)) node.forEach((n) => usesNodes(n, out));
  else if (node && typeof node === 'object') {
    if (typeof (node as Step).uses === 'string') out.push(node as Step);
    Object.values(node).forEach((n) => usesNodes(n, out));
  }
  return out;
}

test('README YAML examples parse and pass only inputs the action or reusable workflow declares', () => {
  const blocks = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  assert.ok(blocks.length >= 6);
  let calls = 0;
  for (const block of blocks) {
    for (const step of usesNodes(parse(block))) {
      const uses = String(step.uses);
      const reusable = /^org\/go-xenv-action\/(\.github\/workflows\/[^@]+)@v1$/.exec(uses);
      const declared = uses === 'org/go-xenv-action@v1' ? action.inputs
        : reusable ? (parse(readFileSync(reusable[1], 'utf8')) as { on: { workflow_call: { inputs: Record<string, unknown> } } }).on.workflow_call.inputs
          : undefined;
      if (!declared) continue;
      calls++;
      for (const key of Object.keys(step.with ?? {})) assert.ok(key in declared, `README example: "${key}" is not an input of ${uses}`);
    }
  }
  assert.ok(calls >= 5, `found ${calls} calls of the action in the README examples`);
});

test('the required check name and the reusable check inputs in the README match the workflows', () => {
  const caller = parse(readFileSync('workflows/pull-request.yml', 'utf8')) as { jobs: Record<string, { uses?: string }> };
  const callerJob = Object.entries(caller.jobs).find(([, j]) => j.uses?.includes('go-xenv-check.yml'))![0];
  const check = parse(readFileSync('.github/workflows/go-xenv-check.yml', 'utf8')) as { on: { workflow_call: { inputs: Record<string, unknown> } }; jobs: Record<string, { name?: string }> };
  const [jobName] = Object.values(check.jobs).map((j) => j.name);
  assert.ok(readme.includes(`**\`${callerJob} / ${jobName}\`**`), `README names the required check "${callerJob} / ${jobName}"`);
  const listed = /The reusable\s+workflow takes ([^;]+);/.exec(readme)![1];
  assert.deepEqual([...listed.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort(), Object.keys(check.on.workflow_call.inputs).sort());
});

/** README text with line breaks folded, so a quoted message may wrap. */
const flat = readme.replace(/\s+/g, ' ');

// What the troubleshooting section quotes, and the source that prints it: a reworded message fails here.
const QUOTED: [string, string][] = [
  ['binaries here: no binfmt_misc entry and no ', 'src/emulation/emulator.ts'],
  ['exec format error (no binfmt_misc handler took it)', 'src/emulation/verify.ts'],
  ['binfmt_misc table and needs root', 'src/emulation/emulate.ts'],
  ['`sudo go-xenv emulation register`', 'src/emulation/emulate.ts'],
  ['cannot mount binfmt_misc at ', 'src/emulation/binfmt-fs.ts'],
  ['run as root on a kernel with CONFIG_BINFMT_MISC, or use qemu-method: docker', 'src/emulation/binfmt-fs.ts'],
  ['binfmt_misc is not mounted at ', 'src/emulation/host-checks.ts'],
  ['WSL1 has no binfmt_misc, so no emulator can be registered', 'src/emulation/host-checks.ts'],
  ['has no F flag: inside containers and chroots the kernel looks for ', 'src/emulation/host-checks.ts'],
  ['deny_execmem is on: emulated binaries (QEMU maps executable memory) are killed', 'src/emulation/host-checks.ts'],
  ['`sudo setsebool -P deny_execmem off`', 'src/emulation/host-checks.ts'],
  ['smoke runs cannot execute the built binaries', 'src/emulation/host-checks.ts'],
  ['cannot execute what they build', 'src/emulation/host-checks.ts'],
  ['cgo is asked for ', 'src/emulation/host-checks.ts'],
  ['needs the C cross compiler ', 'src/matrix/run-matrix.ts'],
  ['install the Debian/Ubuntu package ', 'src/matrix/run-matrix.ts'],
  ['first on PATH, or remove the other Go from PATH', 'src/toolchain/doctor.ts'],
  ['GO111MODULE=off: go.mod is ignored and builds use GOPATH mode', 'src/toolchain/doctor.ts'],
  ['go may download and run another toolchain than the one installed', 'src/toolchain/doctor.ts'],
  ['which is not a flag: every go command fails', 'src/toolchain/doctor.ts'],
  ['-mod must be readonly, vendor or mod', 'src/toolchain/doctor.ts'],
  ['has no vendor/ directory: builds fail', 'src/toolchain/doctor.ts'],
  // The loader builds this one from a template; its test pins the exact text.
  ['"smoke-timeout" must be a whole number from 1 to 3600, not "thirty"', 'src/config/messages.test.ts'],
];

test('every message the README quotes is printed by the source it comes from', () => {
  for (const [fragment, file] of QUOTED) {
    assert.ok(flat.includes(fragment), `README quotes ${JSON.stringify(fragment)}`);
    assert.ok(readFileSync(file, 'utf8').replace(/\\'/g, "'").includes(fragment), `${file} prints ${JSON.stringify(fragment)}`);
  }
});

test('the cgo packages the README names are the ones the cross-compiler table installs', () => {
  const pairs = [...flat.matchAll(/((?:linux|windows)\/\w+)(?: \(from another arch\))? `(gcc-[^`]+)`/g)];
  assert.ok(pairs.length >= 10, `found ${pairs.length} target/package pairs`);
  for (const [, target, pkg] of pairs) {
    const [goos, goarch] = target.split('/');
    assert.equal(crossCompiler(goos, goarch, 'mips', 'linux')?.package, pkg, target);
  }
});
