// Reading YAML text at OPA's depth without the yaml library's limits: deeper documents go to our JSON reader.
import { DepthError, type Value } from '../value/value.ts';
import { UserError } from '../../errors.ts';
import { JSONSyntaxError, parseJSONValue } from './json/text.ts';

/** Nesting the YAML library reads safely: it runs out of stack near 800 levels, and a regex compiled while the stack
 * is nearly exhausted can take the process down, so deeper documents never reach it. */
const YAML_LIB_DEPTH = 500;

/** An upper estimate of a YAML text's nesting: flow brackets outside quotes, and block indentation (2 a level). */
function yamlNesting(text: string): number {
  let depth = 0;
  let max = 0;
  let quote = '';
  let indent = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (lineStart) {
      if (c === ' ') {
        indent++;
        continue;
      }
      max = Math.max(max, indent >> 1);
      lineStart = false;
    }
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return max;
}

/**
 * A YAML text read by `parse`, or, when nested deeper than the YAML library reads (OPA's reader goes to 10,000):
 * JSON text through our JSON reader, to OPA's depth, and other YAML one clear error.
 */
export function readYaml<T>(text: string, parse: (t: string) => T): T | Value {
  if (yamlNesting(text) <= YAML_LIB_DEPTH) return parse(text);
  try {
    return parseJSONValue(text);
  } catch (e) {
    if (e instanceof JSONSyntaxError && e.message.includes('exceeded max depth')) throw new UserError(`yaml: ${new DepthError().message}`);
  }
  throw new UserError(`yaml: exceeded max depth of the YAML reader (${YAML_LIB_DEPTH} levels of nesting)`, {
    hint: 'write such a deeply nested document as JSON',
  });
}
