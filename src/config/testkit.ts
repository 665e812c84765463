// Test helpers for the config tests: a throwaway workspace with an optional config file, and a UserError matcher.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { UserError } from '../errors.ts';

/** A fresh workspace; `configYaml` becomes .github/go-xenv.yml, `files` are written relative to it. */
export function workspace(configYaml?: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-config-'));
  if (configYaml !== undefined) files = { '.github/go-xenv.yml': configYaml, ...files };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

/** `fn` throws a UserError whose one-line form matches `pattern`; returns that line. */
export function userErrorOf(fn: () => unknown, pattern: RegExp): string {
  let line = '';
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof UserError, `expected a UserError, got ${String(e)}`);
    line = e.format();
    assert.match(line, pattern);
    return true;
  });
  return line;
}
