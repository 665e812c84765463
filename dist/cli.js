#!/usr/bin/env node
import module$1, { createRequire } from 'node:module';

let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= createRequire(import.meta.url)); const require$1 = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });
if (module$1.enableCompileCache) {
  const v8 = (await import('node:v8')).default;
  v8.setFlagsFromString("--no-lazy");
  const { status } = module$1.enableCompileCache();
  const { ENABLED, ALREADY_ENABLED } = module$1.constants.compileCacheStatus;
  if (status !== ENABLED && status !== ALREADY_ENABLED) v8.setFlagsFromString("--lazy");
}
await import('./chunks/cli-DLbE421q.js');
