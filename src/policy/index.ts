// The policy capability's public surface. So far: the input parsers (conftest's formats and document shapes, with
// key lines) and the bounded reading of input files; evaluation, namespaces and results come next (issue 11).
export type { Parser, ParsedFile } from './parsers/parser.ts';
export { lineFor } from './parsers/parser.ts';
export { PARSERS, parserFor, parserNamed, parserNames } from './parsers/registry.ts';
export { readInputFile, parseInput, binaryReason, MAX_INPUT_BYTES, type InputFile, type ReadInputOptions } from './input-file.ts';
