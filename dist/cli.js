#!/usr/bin/env node
import { createRequire as __goxenvCreateRequire } from 'node:module'; let __goxenvRequire; const __goxenvReq = () => (__goxenvRequire ??= __goxenvCreateRequire(import.meta.url)); const require = Object.assign((id) => __goxenvReq()(id), { resolve: (id, options) => __goxenvReq().resolve(id, options) });

// compile-cache:src/cli.ts
import module from "node:module";
if (module.enableCompileCache) {
  const v8 = (await import("node:v8")).default;
  v8.setFlagsFromString("--no-lazy");
  const { status } = module.enableCompileCache();
  const { ENABLED, ALREADY_ENABLED } = module.constants.compileCacheStatus;
  if (status !== ENABLED && status !== ALREADY_ENABLED) v8.setFlagsFromString("--lazy");
}
await import("./chunks/cli-MR2DLFD2.js");
