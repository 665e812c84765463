#!/usr/bin/env node
import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);

// compile-cache:src/cli.ts
import module from "node:module";
if (module.enableCompileCache) {
  const v8 = (await import("node:v8")).default;
  v8.setFlagsFromString("--no-lazy");
  const { status } = module.enableCompileCache();
  const { ENABLED, ALREADY_ENABLED } = module.constants.compileCacheStatus;
  if (status !== ENABLED && status !== ALREADY_ENABLED) v8.setFlagsFromString("--lazy");
}
await import("./chunks/cli-3R6GONE5.js");
