// Node 22.1+ can keep the compiled bundle on disk between runs (module.enableCompileCache), which roughly halves a cold
// start; Node 20 has no such API, and then this does nothing.
import nodeModule from 'node:module';

export function enableCompileCacheIfAny(): void {
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
}
