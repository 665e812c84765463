// The public API of the Rego engine: compile modules (+ data) once, evaluate queries or rule paths many times. Importing
// it registers every builtin, so a policy compiled through it can call any of them synchronously.
import './builtins/index.ts';

export * from './policy.ts';
