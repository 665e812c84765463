#!/usr/bin/env node
import { createRequire as __goxenvCreateRequire } from 'node:module'; const require = __goxenvCreateRequire(import.meta.url);

// compile-cache:src/cli.ts
import module from "node:module";
module.enableCompileCache?.();
await import("./chunks/cli-5GCEBJXI.js");
