import { createRequire } from 'node:module';
import { s as spawnRunner } from './chunk-DtjlLlnT.js';
export { a as addSecretEnvName, o as onPath, b as scrubEnv } from './chunk-DtjlLlnT.js';
import './chunk-gJGdoriE.js';
import 'node:child_process';
import 'node:fs/promises';
import 'node:path';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

export { spawnRunner };
