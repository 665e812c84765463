// The esbuild plugin that makes `cli.js` (and the bench's cold-compile helper, so it starts as the CLI does) an entry
// that turns on Node's module compile cache before it imports the real entry.

/**
 * With the cache, V8 compiles every function of a chunk when it compiles the chunk (--no-lazy), so that the cache holds
 * them all: Node writes a module's cache right after compiling it, and lazily compiled functions (most of what a command
 * runs) were compiled again by every process. Without a cache (Node 20, an unwritable directory) V8 stays lazy.
 */
const eagerWithCache = `if (module.enableCompileCache) {
  const v8 = (await import('node:v8')).default;
  v8.setFlagsFromString('--no-lazy');
  const { status } = module.enableCompileCache();
  const { ENABLED, ALREADY_ENABLED } = module.constants.compileCacheStatus;
  if (status !== ENABLED && status !== ALREADY_ENABLED) v8.setFlagsFromString('--lazy');
}`;

/** `compile-cache:<file>`: an entry that enables the compile cache, then imports <file> (a chunk of its own). */
export const compileCacheEntry = {
  name: 'compile-cache-entry',
  setup(b) {
    b.onResolve({ filter: /^compile-cache:/ }, (a) => ({ path: a.path.slice('compile-cache:'.length), namespace: 'compile-cache' }));
    b.onLoad({ filter: /.*/, namespace: 'compile-cache' }, (a) => ({
      contents: `#!/usr/bin/env node\nimport module from 'node:module';\n${eagerWithCache}\nawait import(${JSON.stringify(`./${a.path}`)});\n`,
      resolveDir: process.cwd(),
      loader: 'js',
    }));
  },
};
