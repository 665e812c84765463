// Registers the problem matcher for `file.go:line:col: message` (compiler, vet and test output) with the runner.
// The JSON is bundled into dist/ by the import and written next to the job's temp files at run time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Host } from '../host.ts';
import matcher from './go-matcher.json' with { type: 'json' };

export const MATCHER = matcher;

export function registerMatcher(host: Host, tempDir: string): void {
  mkdirSync(tempDir, { recursive: true });
  const file = join(tempDir, 'go-xenv-go-matcher.json');
  writeFileSync(file, JSON.stringify(matcher));
  host.info(`::add-matcher::${file}`);
}
