// Each capability's index.ts is its public surface: everything src/pipeline/ takes from a capability is exported there,
// so the pipeline's imports can all go through it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = new URL('.', import.meta.url).pathname;
const CAPABILITIES = ['toolchain', 'emulation', 'matrix', 'canary'];

/** Names a file exports (`export { a, type B } from`, `export type { C } from`, `export function d`). */
function exportedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) for (const n of m[1].split(',')) names.add(n.trim().replace(/^type\s+/, '').split(/\s+as\s+/).at(-1)!);
  for (const m of text.matchAll(/export\s+(?:async\s+)?(?:function|const|class|interface|type)\s+(\w+)/g)) names.add(m[1]);
  names.delete('');
  return names;
}

test('every name src/pipeline imports from a capability is exported by its index.ts', () => {
  const pipeline = join(SRC, 'pipeline');
  for (const cap of CAPABILITIES) {
    const surface = exportedNames(readFileSync(join(SRC, cap, 'index.ts'), 'utf8'));
    for (const file of readdirSync(pipeline).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(pipeline, file), 'utf8');
      for (const m of text.matchAll(new RegExp(`import\\s+(?:type\\s+)?\\{([^}]*)\\}\\s+from\\s+'\\.\\./${cap}/[^']+'`, 'g'))) {
        for (const raw of m[1].split(',')) {
          const name = raw.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0];
          if (name) assert.ok(surface.has(name), `pipeline/${file} imports ${name} from ${cap}/, which ${cap}/index.ts does not export`);
        }
      }
    }
  }
});

test('each index.ts re-exports names its folder really exports', async () => {
  for (const cap of CAPABILITIES) {
    const mod = (await import(join(SRC, cap, 'index.ts'))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) assert.notEqual(value, undefined, `${cap}/index.ts: ${name}`);
  }
});
