// Types of compile-cache-entry.mjs, for the benches that build with it.
import type { Plugin } from 'esbuild';

export declare const compileCacheEntry: Plugin;
