import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '../errors.ts';
import { planTargets, parseDistList, type PlanSpec } from './plan.ts';
import type { DistEntry } from './types.ts';

const d = (id: string, firstClass = false, cgo = true, broken = false): DistEntry => {
  const [GOOS, GOARCH] = id.split('/');
  return { GOOS, GOARCH, CgoSupported: cgo, FirstClass: firstClass, ...(broken ? { Broken: true } : {}) };
};
// A slice of a real `go tool dist list -json -broken`, broken ports included.
const DIST: DistEntry[] = [
  d('darwin/amd64', true), d('darwin/arm64', true), d('js/wasm', false, false), d('linux/386', true), d('linux/amd64', true),
  d('linux/arm', true), d('linux/arm64', true), d('linux/riscv64'), d('linux/s390x'), d('netbsd/arm64'), d('openbsd/amd64'), d('openbsd/mips64', false, true, true),
  d('windows/386', true), d('windows/amd64', true), d('windows/arm64'),
];
const spec = (s: Partial<PlanSpec>): PlanSpec => ({ targets: [], exclude: [], variants: [], cgo: [], ...s });

const cases: { name: string; spec: Partial<PlanSpec>; ids: string[] }[] = [
  { name: 'a list', spec: { targets: ['linux/amd64', 'linux/arm64', 'darwin/arm64', 'windows/amd64'] }, ids: ['darwin/arm64', 'linux/amd64', 'linux/arm64', 'windows/amd64'] },
  { name: 'duplicates and case', spec: { targets: ['Linux/AMD64', 'linux/amd64'] }, ids: ['linux/amd64'] },
  { name: 'glob', spec: { targets: ['linux/*'] }, ids: ['linux/386', 'linux/amd64', 'linux/arm', 'linux/arm64', 'linux/riscv64', 'linux/s390x'] },
  { name: 'glob on arch', spec: { targets: ['*/arm64'] }, ids: ['darwin/arm64', 'linux/arm64', 'netbsd/arm64', 'windows/arm64'] },
  { name: 'brace glob', spec: { targets: ['{linux,windows}/386'] }, ids: ['linux/386', 'windows/386'] },
  { name: 'first-class', spec: { targets: ['first-class'] }, ids: ['darwin/amd64', 'darwin/arm64', 'linux/386', 'linux/amd64', 'linux/arm', 'linux/arm64', 'windows/386', 'windows/amd64'] },
  { name: 'all never includes broken ports', spec: { targets: ['all'] }, ids: DIST.filter((x) => !x.Broken).map((x) => `${x.GOOS}/${x.GOARCH}`).sort() },
  { name: 'glob never includes broken ports', spec: { targets: ['openbsd/*', 'linux/s390x'] }, ids: ['linux/s390x', 'openbsd/amd64'] },
  { name: 'exclude exact and glob', spec: { targets: ['first-class'], exclude: ['windows/*', 'linux/386'] }, ids: ['darwin/amd64', 'darwin/arm64', 'linux/amd64', 'linux/arm', 'linux/arm64'] },
  { name: 'variants GOARM=6,7 (split by the list input)', spec: { targets: ['linux/arm', 'linux/amd64'], variants: ['GOARM=6', '7'] }, ids: ['linux/amd64', 'linux/arm GOARM=6', 'linux/arm GOARM=7'] },
  { name: 'variants GOAMD64 range', spec: { targets: ['linux/amd64'], variants: ['GOAMD64=v1..v3'] }, ids: ['linux/amd64 GOAMD64=v1', 'linux/amd64 GOAMD64=v2', 'linux/amd64 GOAMD64=v3'] },
  { name: 'variants on one line with spaces', spec: { targets: ['linux/arm64', 'linux/arm'], variants: ['GOARM64=v8.0 GOARM=7'] }, ids: ['linux/arm GOARM=7', 'linux/arm64 GOARM64=v8.0'] },
];

for (const c of cases) {
  test(`plan: ${c.name}`, () => {
    assert.deepEqual(planTargets(DIST, spec(c.spec)).map((t) => t.id), c.ids);
  });
}

test('plan: cgo marks only the planned targets it names', () => {
  const t = planTargets(DIST, spec({ targets: ['linux/amd64', 'linux/arm64'], cgo: ['linux/arm64', 'windows/amd64'] }));
  assert.deepEqual(t.map((x) => [x.id, x.cgo]), [['linux/amd64', false], ['linux/arm64', true]]);
  assert.deepEqual(planTargets(DIST, spec({ targets: ['linux/*'], cgo: ['all'] })).every((x) => x.cgo), true);
  assert.equal(planTargets(DIST, spec({ targets: ['linux/arm'] }))[0].firstClass, true);
});

const errors: { name: string; spec: Partial<PlanSpec>; message: RegExp }[] = [
  { name: 'unknown target lists the valid ones', spec: { targets: ['linux/amd64', 'linux/vax'] }, message: /^input targets: unknown target "linux\/vax" — valid targets: darwin\/amd64, darwin\/arm64, js\/wasm, linux\/386, .*windows\/arm64$/ },
  { name: 'broken port refused', spec: { targets: ['openbsd/mips64'] }, message: /^input targets: the port openbsd\/mips64 is marked broken in the installed Go toolchain — remove it, or use a Go version where it works$/ },
  { name: 'glob matching nothing', spec: { targets: ['plan9/*'] }, message: /^input targets: "plan9\/\*" matches no port of the installed Go toolchain — valid targets: / },
  { name: 'not a pair', spec: { targets: ['linux'] }, message: /^input targets: "linux" is not a GOOS\/GOARCH pair — write targets as os\/arch/ },
  { name: 'exclude removing every target', spec: { targets: ['linux/arm64', 'linux/amd64'], exclude: ['linux/*'] }, message: /^input exclude: exclude removes every target \(linux\/amd64, linux\/arm64\) — narrow exclude, or add targets it does not match$/ },
  { name: 'unknown exclude', spec: { targets: ['all'], exclude: ['linux/vax'] }, message: /^input exclude: unknown target "linux\/vax"/ },
  { name: 'cgo on a port without cgo', spec: { targets: ['js/wasm'], cgo: ['js/wasm'] }, message: /^input cgo: js\/wasm does not support cgo in the installed Go toolchain — remove js\/wasm from cgo$/ },
  { name: 'unknown variant variable', spec: { targets: ['linux/arm'], variants: ['GOMIPS=softfloat'] }, message: /^input variants: unknown variable "GOMIPS" — use GOARM, GOAMD64, GOARM64, GO386$/ },
  { name: 'bad variant value', spec: { targets: ['linux/arm'], variants: ['GOARM=8'] }, message: /^input variants: GOARM=8 is not a valid value — GOARM takes 5, 6 or 7$/ },
  { name: 'value without variable', spec: { targets: ['linux/arm'], variants: ['7'] }, message: /^input variants: "7" has no variable — write it as GOARM=6,7$/ },
];

for (const c of errors) {
  test(`plan error: ${c.name}`, () => {
    assert.throws(() => planTargets(DIST, spec(c.spec)), (e: unknown) => {
      assert.ok(e instanceof UserError, String(e));
      assert.match(e.format(), c.message);
      return true;
    });
  });
}

test('parseDistList accepts go output and refuses anything else', () => {
  assert.deepEqual(parseDistList('[{"GOOS":"linux","GOARCH":"amd64","CgoSupported":true,"FirstClass":true}]'), [d('linux/amd64', true)]);
  assert.throws(() => parseDistList('{"GOOS":"linux"}'), /unexpected output of go tool dist list -json/);
});
