// rego.parse_module: a module's source -> OPA's AST JSON (see ../ast-json.ts). Parse errors are builtin errors
// carrying the parser's message (`x.rego:1: rego_parse_error: ...`), as OPA reports them.
import { type BuiltinFn, asString, builtinError } from './types.ts';
import { parseModule, RegoParseErrors } from '../syntax/parser.ts';
import { moduleJSON } from '../syntax/ast-json.ts';
import { RegoError } from '../errors.ts';

export const builtins: Record<string, BuiltinFn> = {
  'rego.parse_module': ([file, src]) => {
    const name = asString(file, 1);
    const text = asString(src, 2);
    try {
      return moduleJSON(parseModule(text, name));
    } catch (e) {
      // OPA reports an empty module alone, other parse errors as a list (`1 error occurred: ...`, `2 errors occurred:`)
      if (e instanceof RegoParseErrors) throw builtinError(`${e.all.length} errors occurred:\n${e.all.map((x) => x.message).join('\n')}`);
      if (e instanceof RegoError) throw builtinError(e.detail === 'empty module' ? e.message : `1 error occurred: ${e.message}`);
      throw e;
    }
  },
};
