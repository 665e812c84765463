// Bundles src/ into dist/ (ESM, one file per entry point). Deterministic so that the dist check can diff it.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = process.argv[2] ?? 'dist';
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/main.ts', post: 'src/post.ts', cli: 'src/cli.ts' },
  outdir,
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
  // CommonJS dependencies inside an ESM bundle still call require().
  banner: { js: "import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);" },
});
