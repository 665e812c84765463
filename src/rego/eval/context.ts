// What an evaluation carries from expression to expression: variable bindings (a frame), continuations, and the
// context that `with` replaces: input, overridden data paths and functions, and the virtual-document cache.
import type { Term } from '../syntax/ast.ts';
import type { Value } from '../value/value.ts';
import type { DocumentCache } from './document-cache.ts';

export type Frame = Map<string, Value>;
export type K = () => boolean;
export type KV = (v: Value) => boolean;

export interface Override { path: string[]; value: Value }

/** Replaced as a whole by `with` (the cache too: a document's value depends on the overrides). */
export interface Ctx {
  input: Value | undefined;
  data: Value;
  overrides: Override[];
  fnOverrides: Map<string, Term | { fn: string }>;
  cache: DocumentCache;
}
