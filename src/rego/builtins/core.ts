// Operators and core builtins (arithmetic, comparison, aggregates, sets, arrays, types, objects): see the files they import.
import type { BuiltinFn } from './types.ts';

export const builtins: Record<string, BuiltinFn> = {};
