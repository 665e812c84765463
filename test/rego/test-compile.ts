// Test helper: the message of the compile error a module (after `package t`) gives, or undefined when it compiles.
// Every builtin, registered up front: the cases call any of them synchronously.
import '../../src/rego/builtins/index.ts';
import { compile } from '../../src/rego/index.ts';
import { RegoError } from '../../src/rego/errors.ts';

export const compileErr = (src: string, data: unknown = {}): string | undefined => {
  try { compile([{ file: 'p.rego', source: `package t\n${src}` }], data); return undefined; } catch (e) {
    if (e instanceof RegoError) return e.message;
    throw e;
  }
};
