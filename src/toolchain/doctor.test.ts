import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, type DoctorFacts } from './doctor.ts';

const healthy: DoctorFacts = {
  workingDirectory: 'examples',
  workingDirectoryAbs: '/ws/examples',
  workspaceAbs: '/ws',
  installed: { version: '1.26.8', goroot: '/tc/go/1.26.8/x64', goBin: '/tc/go/1.26.8/x64/bin/go' },
  installedRealpath: '/tc/go/1.26.8/x64/bin/go',
  pathGo: { path: '/tc/go/1.26.8/x64/bin/go', realpath: '/tc/go/1.26.8/x64/bin/go', version: '1.26.8', goroot: '/tc/go/1.26.8/x64' },
  env: {},
  gotoolchain: 'local',
  locations: { GOPATH: '/home/u/go', GOCACHE: '/home/u/.cache/go-build', GOMODCACHE: '/home/u/go/pkg/mod' },
  hasGoMod: true,
  hasGoWork: false,
  hasVendor: false,
};

const ids = (f: Partial<DoctorFacts>) => diagnose({ ...healthy, ...f }).map((x) => `${x.severity}:${x.id}`);

test('a healthy environment has no findings', () => {
  assert.deepEqual(ids({}), []);
});

test('each problem is found, with its fix', () => {
  const table: [Partial<DoctorFacts>, string[]][] = [
    [{ pathGo: { path: '/usr/bin/go', realpath: '/usr/lib/go-1.22/bin/go', version: '1.22.2', goroot: '/usr/lib/go-1.22' } }, ['warning:path-shadow']],
    [{ pathGo: { path: '/x/bin/go', realpath: '/tc/go/1.26.8/x64/bin/go', version: '1.26.8', goroot: '/tc/go/1.26.8/x64' } }, []],
    [{ env: { GOROOT: '/usr/lib/go-1.22' } }, ['error:goroot']],
    [{ env: { GOROOT: '/tc/go/1.26.8/x64/' } }, []],
    [{ env: { GO111MODULE: 'off' } }, ['error:go111module']],
    [{ env: { GO111MODULE: 'on' } }, []],
    [{ env: { GOFLAGS: '-mod=vendor' } }, ['error:goflags']],
    [{ env: { GOFLAGS: '-mod=vendor' }, hasVendor: true }, []],
    [{ env: { GOFLAGS: '-mod=sometimes -trimpath' } }, ['error:goflags']],
    [{ env: { GOFLAGS: 'trimpath' } }, ['error:goflags']],
    [{ env: { GOFLAGS: '-mod=readonly -trimpath' } }, []],
    [{ gotoolchain: 'auto' }, ['warning:gotoolchain']],
    [{ hasGoMod: false }, ['warning:no-go-mod']],
    [{ hasGoMod: false, hasGoWork: true }, []],
    [{ locations: { GOPATH: '/ws/.go', GOCACHE: '/ws/.cache/go-build', GOMODCACHE: '/ws/.go/pkg/mod' } }, ['warning:cache-in-repo', 'warning:cache-in-repo']],
    [{ installed: undefined, installedRealpath: undefined, pathGo: undefined }, ['error:no-go']],
    [{ installed: undefined, requested: { spec: '1.27', source: 'go.mod:3', satisfiedByPath: false } }, ['warning:path-version']],
    [{ installed: undefined, requested: { spec: '1.26', source: 'go.mod:3', satisfiedByPath: true } }, []],
    // With a go that ran, go is the judge of GOFLAGS; a failure it names is reported once.
    [{ env: { GOFLAGS: '-mdo=mod' }, goRun: { command: 'go list', error: 'go: parsing $GOFLAGS: unknown flag -mdo' } }, ['error:go-fails']],
    [{ env: { GOFLAGS: '-mod=vendor' }, goRun: { command: 'go list' } }, []],
    [{ env: { GOROOT: '/opt/other', GOFLAGS: '-mod=vendor' }, goRun: { command: 'go list', error: 'go: cannot find GOROOT directory: /opt/other' } }, ['error:goroot', 'error:goflags']],
    [{ gotoolchain: 'bogus', gotoolchainRun: { command: 'go env GOVERSION', error: 'go: invalid GOTOOLCHAIN "bogus"' } }, ['error:gotoolchain']],
  ];
  for (const [facts, want] of table) assert.deepEqual(ids(facts), want, JSON.stringify(facts));
});

test('messages name the trees and the fix', () => {
  const [shadow] = diagnose({ ...healthy, pathGo: { path: '/usr/bin/go', realpath: '/usr/lib/go-1.22/bin/go', version: '1.22.2', goroot: '/usr/lib/go-1.22' } });
  assert.equal(shadow.message, '`go` on PATH is /usr/bin/go (go1.22.2, GOROOT /usr/lib/go-1.22), not the installed go1.26.8 (/tc/go/1.26.8/x64/bin/go)');
  assert.equal(shadow.fix, 'put /tc/go/1.26.8/x64/bin first on PATH, or remove the other Go from PATH');
  const [vendor] = diagnose({ ...healthy, env: { GOFLAGS: '-mod=vendor' } });
  assert.equal(vendor.message, 'GOFLAGS has -mod=vendor but examples has no vendor/ directory: builds fail');
  assert.equal(vendor.fix, 'run `go mod vendor` and commit vendor/, or remove -mod=vendor from GOFLAGS');
});
