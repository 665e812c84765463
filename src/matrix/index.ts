// The matrix capability's public surface: target planning (and the fan-out's strategy matrix), the checks of the
// build inputs, the build-inspect-smoke run, and the cross compilers cgo targets need.
export { checkBuildPackage } from './build.ts';
export { crossCompiler } from './cgo.ts';
export { checkBinaryName, nameFromModule } from './naming.ts';
export { plannedTargets, strategyMatrix } from './plan-config.ts';
export { runMatrix, type MatrixResult } from './run-matrix.ts';
export { modulePathIn } from './source-info.ts';
export type { BinaryInfo } from './inspect/index.ts';
export { buildManifest } from './manifest.ts';
export type { BuiltBinary, Manifest, Target, TargetFailure } from './types.ts';
