// `npm run lint`. Rules that the tree passes today are errors; rules that others' files still break are warnings
// (the restructuring of issue 10 is under way: fixing them here would collide with it), and so is the import rule
// below, which states the target layout of ../shared/DESIGN.md until the refactor reaches it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const CAPABILITIES = ['toolchain', 'emulation', 'matrix', 'rego', 'policy', 'locks', 'baseline', 'canary'];
const NOT_TESTS = ['**/*.test.ts'];

const capabilityImports = CAPABILITIES.map((c) => ({
  target: `./src/${c}`,
  from: CAPABILITIES.filter((o) => o !== c).map((o) => `./src/${o}`),
  message: `a capability never imports another one: the pipeline wires them (DESIGN.md)`,
}));
const pipelineImports = CAPABILITIES.map((c) => ({
  target: './src/pipeline',
  from: `./src/${c}`,
  except: ['./index.ts'],
  message: `pipeline/ imports only a capability's index.ts, its public surface (DESIGN.md)`,
}));
const reportImports = [{ target: './src/report', from: './src/pipeline', message: 'report/ never imports pipeline/: the pipeline imports report (DESIGN.md)' }];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '**/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    // Broken today in files that others are restructuring: warnings until those files are next touched.
    rules: Object.fromEntries(
      [
        '@typescript-eslint/no-unused-vars',
        '@typescript-eslint/no-explicit-any',
        '@typescript-eslint/no-this-alias',
        'no-control-regex',
        'no-regex-spaces',
        'no-useless-escape',
        'no-useless-assignment',
        'preserve-caught-error',
      ].map((rule) => [rule, 'warn']),
    ),
  },
  {
    files: ['src/**/*.ts'],
    ignores: NOT_TESTS,
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js'] })] },
    rules: { 'import-x/no-restricted-paths': ['warn', { zones: [...capabilityImports, ...pipelineImports, ...reportImports] }] },
  },
  {
    files: CAPABILITIES.map((c) => `src/${c}/**/*.ts`),
    ignores: NOT_TESTS,
    rules: {
      'no-restricted-properties': [
        'warn',
        { object: 'process', property: 'env', message: 'config/ and the edges read the environment; a capability takes it from its config (DESIGN.md)' },
      ],
    },
  },
);
