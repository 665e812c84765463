// Snapshot files for the report's tests: the expected text lives in committed fixtures beside the test, and a run with
// GO_XENV_UPDATE_SNAPSHOTS=1 writes them (then `git diff` shows what changed, to be kept only when it is meant).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Sections of one snapshot file, each under a `==== name` line. */
export function snapshotText(sections: Record<string, string>): string {
  return Object.entries(sections)
    .map(([name, text]) => `==== ${name}\n${text}\n`)
    .join('');
}

/** `dir`: the test's fixtures/snapshots directory; the snapshot is `<dir>/<name>.txt`. */
export function assertSnapshot(dir: string, name: string, sections: Record<string, string>): void {
  const file = join(dir, `${name}.txt`);
  const got = snapshotText(sections);
  if (process.env.GO_XENV_UPDATE_SNAPSHOTS === '1' || !existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, got);
    if (process.env.GO_XENV_UPDATE_SNAPSHOTS !== '1') assert.fail(`snapshot ${name} was missing and is now written: check it and run again`);
    return;
  }
  assert.equal(got, readFileSync(file, 'utf8'), `snapshot ${file}`);
}
