// The policy capability's public surface. So far: the input parsers (conftest's formats and document shapes, with
// key lines), the bounded reading of input files, and `conftest test`: loading policies and data, evaluation per
// namespace, and the typed results.
export type { Parser, ParsedFile } from './parsers/parser.ts';
export { lineFor } from './parsers/parser.ts';
export { PARSERS, parserFor, parserNamed, parserNames, registerParsers } from './parsers/registry.ts';
export { readInputFile, parseInput, binaryReason, MAX_INPUT_BYTES, type InputFile, type ReadInputOptions } from './input-file.ts';
export { loadPolicies, loadData, DEFAULT_POLICY_PATH, type LoadedPolicies, type LoadOptions, type RegoEngine } from './load.ts';
export { evaluatePolicies, namespacesToTest, COMBINED, type EvaluateOptions } from './evaluate.ts';
export { walkInputs } from './walk.ts';
export type { PolicyResult, CheckResult, PolicyMessage } from './results.ts';
export { verifyPolicies, type VerifyEngine, type VerifyOptions, type VerifyResult, type VerifyStatus, type VerifyTest } from './verify.ts';
