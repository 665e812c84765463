import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

const writer = (text: string) => `const { writeAllSync } = await import(${JSON.stringify(new URL('./fd-write.ts', import.meta.url).href)});
writeAllSync(1, ${text}); writeAllSync(2, 'done');`;

function run(script: string, onStdout: (child: ReturnType<typeof spawn>, chunk: Buffer) => void) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.on('data', (d: Buffer) => onStdout(child, d));
  return new Promise<{ code: number | null; stderr: string }>((done) => child.on('close', (code) => done({ code, stderr })));
}

test('all of a large text reaches a pipe whose reader is slower than the writer', async () => {
  let got = 0;
  const r = await run(writer("'x'.repeat(4 << 20)"), (child, d) => {
    got += d.length;
    child.stdout!.pause();
    setTimeout(() => child.stdout!.resume(), 1);
  });
  assert.deepEqual([r.code, r.stderr, got], [0, 'done', 4 << 20]);
});

test('a reader that goes away ends the writing quietly (as `| head` does)', async () => {
  const r = await run(writer("'x'.repeat(4 << 20)"), (child) => child.stdout!.destroy());
  assert.deepEqual([r.code, r.stderr], [0, 'done']);
});
