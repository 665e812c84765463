// The policy capability's public surface. So far: the input parsers (conftest's formats and document shapes, with
// key lines), the bounded reading of input files, and `conftest test`: loading policies and data, evaluation per
// namespace, and the typed results; the action's file selection (changed files, globs) and conftest.toml.
export type { LazyParser, Parser, ParsedFile, ParserFormat, ParserImpl } from './parsers/parser.ts';
export { lineFor } from './parsers/parser.ts';
export { loadAllParsers, loadParsersFor, parserFor, parserNamed, parserNames, registerParsers } from './parsers/registry.ts';
export { readInputFile, parseInput, binaryReason, MAX_INPUT_BYTES, type InputFile, type ReadInputOptions } from './input-file.ts';
export {
  loadPolicies,
  loadData,
  loadPolicyParsers,
  readPolicyModules,
  DEFAULT_POLICY_PATH,
  type LoadedPolicies,
  type LoadOptions,
  type PolicyParserNeeds,
  type RegoEngine,
} from './load.ts';
export { evaluatePolicies, namespacesToTest, COMBINED, type EvaluateOptions } from './evaluate.ts';
export { walkInputs } from './walk.ts';
export type { PolicyResult, CheckResult, PolicyMessage } from './results.ts';
export { actionRootAbove, builtinPackDir, hasRegoFiles, policyPathsFor, BUILTIN_PACK } from './policy-paths.ts';
export { changedFiles, type ChangedFiles, type ChangedFilesOptions, type GitResult } from './changed-files.ts';
export { selectInputs, type Selection, type SelectOptions } from './select.ts';
export { readConftestToml, CONFTEST_TOML, type ConftestSettings } from './conftest-toml.ts';
export { loadParsersNamedIn, registerConftestBuiltins, type ConftestBuiltinOptions } from './conftest-builtins.ts';
export { verifyPolicies, type VerifyEngine, type VerifyOptions, type VerifyResult, type VerifyStatus, type VerifyTest } from './verify.ts';
