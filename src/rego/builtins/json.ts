// json.* builtins: marshal (Go's encoding: sorted keys, sets as arrays, HTML-safe escapes), unmarshal (exact
// numbers), is_valid, filter, remove and patch.
import { type Value, RObject, RFloat, foldValue, numToString, typeName, strCompare } from '../value/value.ts';
import { type BuiltinFn, asString, asObject, asArray, builtinError, operandError } from './types.ts';
import { parseJSONValue } from './json/text.ts';
import { pathsOperand, pathsToObject, filterValue, removeValue } from './json/paths.ts';
import { applyPatch } from './json/patch.ts';
import { quoteString } from './strings/gofmt.ts';

/** Go's json.Marshal escapes <, >, & and the JS line separators inside strings. */
function goQuote(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

function scalarText(v: Value): string {
  switch (typeof v) {
    case 'string': return goQuote(v);
    case 'boolean': return String(v);
    case 'number': case 'bigint': return numToString(v);
  }
  return v === null ? 'null' : (v as RFloat).text;
}

/** JSON text of a value; with `indent`, as Go's MarshalIndent(prefix, indent). Iterative (deep values, to MAX_DEPTH). */
export function marshal(v: Value, prefix?: string, indent?: string): string {
  const nl = (d: number) => (indent !== undefined ? '\n' + (prefix ?? '') + indent.repeat(d) : '');
  return foldValue<string>(v, scalarText, (x, kids, depth) => {
    if (kids.length === 0) return x instanceof RObject ? '{}' : '[]';
    if (!(x instanceof RObject)) return '[' + kids.map((k) => nl(depth + 1) + k).join(',') + nl(depth) + ']';
    const keys = x.keys();
    const entries: [string, string][] = [];
    // a non-string key is written as its JSON text, then quoted as a string
    for (let i = 0; i < kids.length; i += 2) entries.push([typeof keys[i / 2] === 'string' ? keys[i / 2] as string : kids[i], kids[i + 1]]);
    entries.sort((a, b) => strCompare(a[0], b[0]));
    const sep = indent !== undefined ? ': ' : ':';
    return '{' + entries.map(([k, val]) => nl(depth + 1) + goQuote(k) + sep + val).join(',') + nl(depth) + '}';
  });
}

function marshalWithOptions(v: Value, o: Value): string {
  const opts = asObject(o, 2);
  let pretty: boolean | undefined;
  let prefix = '';
  let indent = '\t';
  let styled = false;
  const quoted = (k: Value) => (typeof k === 'string' ? quoteString(k) : marshal(k));
  for (const [k, x] of opts.sorted()) {
    switch (k) {
      case 'pretty':
        if (typeof x !== 'boolean') throw operandError(2, `key ${quoted(k)} failed cast to bool`);
        pretty = x;
        break;
      case 'prefix': case 'indent':
        if (typeof x !== 'string') throw operandError(2, `key ${quoted(k)} failed cast to string: operand 1 must be string but got ${typeName(x)}`);
        if (k === 'prefix') prefix = x; else indent = x;
        styled = true;
        break;
      default:
        throw operandError(2, `object contained unknown key ${quoted(k)}`);
    }
  }
  if (!(pretty ?? styled)) return marshal(v);
  return prefix + marshal(v, prefix, indent);
}

export function unmarshal(text: string): Value {
  try {
    return parseJSONValue(text, { decoder: true });
  } catch (e) {
    throw builtinError((e as Error).message);
  }
}

export const builtins: Record<string, BuiltinFn> = {
  'json.marshal': ([v]) => marshal(v),
  'json.marshal_with_options': ([v, o]) => marshalWithOptions(v, o),
  'json.unmarshal': ([s]) => unmarshal(asString(s, 1)),
  'json.is_valid': ([s]) => {
    if (typeof s !== 'string') return false;
    try { parseJSONValue(s); return true; } catch { return false; }
  },
  'json.filter': ([o, p]) => filterValue(asObject(o, 1), pathsToObject(pathsOperand(p))),
  'json.remove': ([o, p]) => {
    const obj = asObject(o, 1);
    return removeValue(obj, pathsToObject(pathsOperand(p)));
  },
  'json.patch': ([doc, ops]) => {
    asArray(ops, 2);
    // OPA: a patch that cannot be applied makes the call undefined, never an error (strict or not).
    try {
      return applyPatch(doc, ops);
    } catch {
      return undefined;
    }
  },
};

