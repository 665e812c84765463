// Bundles src/ into dist/ (ESM, one file per entry point, shared code in chunks/). Deterministic so that the dist
// check can diff it.
// Startup of `cli.js` (`--help` against `node -e 0`, the bundle figures of `npm run bench`): splitting keeps what a
// command does not import out of the startup chunks (one file per entry costs about twice as much CPU); minifying
// saves no measurable time (V8 parses lazily) and would make dist/ unreadable in review. cli.js is a small entry that
// turns on Node's module compile cache (Node >= 22.1; a no-op on Node 20) before it imports the CLI, so a repeated
// command does not compile the bundle again. The action's entries do not: a hosted runner starts every job with an
// empty cache, where writing it only costs.
// esbuild bundles; rollup then regroups esbuild's chunks: esbuild gives a module its own chunk for each set of entry
// points (dynamic imports included) that reach it, though the importer of a dynamic import has loaded most of them
// already, and every chunk is one more module for Node's loader (about 0.15 ms each). Rollup knows what is loaded
// already and merges small chunks where that changes nothing a command runs (measured when it came in: a one-file
// `policy test` loaded 23 modules instead of 33).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { compileCacheEntry } from './compile-cache-entry.mjs';

const outdir = process.argv[2] ?? 'dist';

/**
 * @actions/core imports its OIDC client (@actions/http-client, undici: ~40 ms of start-up) and its platform module
 * (@actions/exec) for functions we never call; those two files do nothing on import, so saying so lets esbuild leave
 * them (and what only they import) out of the action's start-up.
 */
const unusedCoreParts = {
  name: 'actions-core-unused-parts',
  setup(b) {
    b.onResolve({ filter: /^\.\/(oidc-utils|platform)\.js$/ }, async (a) => {
      if (a.pluginData === 'core-part' || !/[\\/]@actions[\\/]core[\\/]lib$/.test(a.resolveDir)) return undefined;
      const r = await b.resolve(a.path, { kind: a.kind, resolveDir: a.resolveDir, pluginData: 'core-part' });
      return { ...r, sideEffects: false };
    });
  },
};

/**
 * `node:fs` through `require`, not `import`: for an ESM import Node builds the module's ES facade, which reads every
 * export once, and fs's lazy getters (ReadStream, promises) then load the streams stack, fs/promises and readline: a
 * few ms of every start-up that only reads and writes files. Our own modules get the functions they import by name
 * from one small module (an import of a name not listed here fails the build); a dependency gets the whole module,
 * as CommonJS (esbuild's interop copies its ~100 properties for each importer, a cost our many importers would pay).
 */
const FS_NAMES = [
  'closeSync',
  'constants',
  'createReadStream',
  'createWriteStream',
  'existsSync',
  'fstatSync',
  'lstatSync',
  'mkdirSync',
  'mkdtempSync',
  'openSync',
  'readFileSync',
  'readSync',
  'readdirSync',
  'realpathSync',
  'renameSync',
  'rmSync',
  'statSync',
  'unlinkSync',
  'writeFileSync',
  'writeSync',
];
const fsViaRequire = {
  name: 'fs-via-require',
  setup(b) {
    b.onResolve({ filter: /^(node:)?fs$/ }, (a) =>
      a.kind === 'import-statement' || a.kind === 'dynamic-import'
        ? { path: 'node:fs', namespace: /[\\/]node_modules[\\/]/.test(a.importer) ? 'fs-require' : 'fs-named' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'fs-require' }, () => ({ contents: "module.exports = require('node:fs');", loader: 'js' }));
    b.onLoad({ filter: /.*/, namespace: 'fs-named' }, () => ({
      contents: `const fs = require('node:fs');\nexport default fs;\nexport const { ${FS_NAMES.join(', ')} } = fs;\n`,
      loader: 'js',
    }));
  },
};

const staged = mkdtempSync(join(tmpdir(), 'go-xenv-build-'));
try {
  await build({
    entryPoints: { index: 'src/main.ts', post: 'src/post.ts', cli: 'compile-cache:src/cli.ts' },
    outdir: staged,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [compileCacheEntry, unusedCoreParts, fsViaRequire],
    // CommonJS dependencies inside an ESM bundle still call require(); made on a chunk's first call (of the chunks
    // a command loads, few ever call it).
    banner: {
      js:
        "import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; " +
        'const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); ' +
        'const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });',
    },
  });
  const merged = await rollup({
    input: { index: join(staged, 'index.js'), post: join(staged, 'post.js'), cli: join(staged, 'cli.js') },
    // node's modules (and a dependency's bare import of one): everything else is esbuild's output
    external: (id) => !/^[./]/.test(id),
    treeshake: false,
    logLevel: 'warn',
    onwarn: (w, warn) => (w.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(w)),
  });
  rmSync(outdir, { recursive: true, force: true });
  await merged.write({
    dir: outdir,
    format: 'es',
    entryFileNames: '[name].js',
    // a chunk is named after its first module, esbuild's chunk (its hash left out)
    chunkFileNames: (c) => `chunks/${c.name.replace(/-[A-Z0-9]{8}$/, '')}-[hash].js`,
    experimentalMinChunkSize: 20_000,
  });
} finally {
  rmSync(staged, { recursive: true, force: true });
}
