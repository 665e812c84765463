// The doctor's section: the findings with their fixes, then where go and its caches are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, type DoctorFacts } from '../../toolchain/doctor.ts';
import { renderDoctor } from './doctor.ts';

// Only what the table shows: go on PATH and the cache locations.
const healthy: DoctorFacts = {
  ...{ workingDirectory: 'examples', workingDirectoryAbs: '/ws/examples', workspaceAbs: '/ws', env: {}, hasGoMod: true, hasGoWork: false, hasVendor: false },
  pathGo: { path: '/usr/bin/go', realpath: '/usr/lib/go/bin/go', version: '1.26.8', goroot: '/usr/lib/go' },
  locations: { GOPATH: '/home/u/go', GOCACHE: '/home/u/.cache/go-build', GOMODCACHE: '/home/u/go/pkg/mod' },
};

test('a healthy environment says so, and lists the locations', () => {
  assert.match(renderDoctor({ facts: healthy, findings: [] }), /No problems found[\s\S]*\| GOMODCACHE \| \/home\/u\/go\/pkg\/mod \|/);
});

test('a finding is a row with its severity, escaped message and fix', () => {
  const findings = diagnose({ ...healthy, env: { GOFLAGS: '-mod=vendor' } });
  assert.match(renderDoctor({ facts: healthy, findings }), /\| ❌ error \| GOFLAGS has -mod\\=vendor/);
});
