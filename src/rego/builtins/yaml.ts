// yaml.marshal / yaml.unmarshal / yaml.is_valid. OPA goes through go-yaml v2 (YAML 1.1 scalars: yes/no/on/off are
// booleans) and then JSON, so keys become strings; the `yaml` package in 1.1 mode gives the same values.
import YAML from 'yaml';
import { type Value, RObject, fromJSON, toJSON } from '../value.ts';
import { type BuiltinFn, asString, builtinError } from './types.ts';
import { marshal } from './json.ts';

function goMessage(e: YAML.YAMLError): string {
  const line = e.linePos?.[0]?.line ?? 1;
  if (e.code === 'MISSING_CHAR' && /Flow sequence/.test(e.message)) return `yaml: line ${line}: did not find expected ',' or ']'`;
  if (/Flow map/.test(e.message)) return `yaml: line ${line}: did not find expected ',' or '}'`;
  return `yaml: line ${line}: ${e.message.split(' at line ')[0]}`;
}

/** Keys of every object as JSON keys (strings), as the YAML -> JSON conversion does. */
function jsonKeys(v: Value): Value {
  if (Array.isArray(v)) return v.map(jsonKeys);
  if (v instanceof RObject) {
    return new RObject([...v.entries()].map(([k, x]) => [typeof k === 'string' ? k : k === null ? 'null' : marshal(k), jsonKeys(x)]));
  }
  return v;
}

function parse(text: string): Value {
  const doc = YAML.parseDocument(text, { version: '1.1', intAsBigInt: true, uniqueKeys: false });
  if (doc.errors.length > 0) throw builtinError(goMessage(doc.errors[0]));
  return jsonKeys(fromJSON(doc.toJS({ mapAsMap: true, maxAliasCount: 1000 })));
}

export const builtins: Record<string, BuiltinFn> = {
  'yaml.marshal': ([v]) => YAML.stringify(toJSON(v), { version: '1.1', indentSeq: false, sortMapEntries: true, lineWidth: 0 }),
  'yaml.unmarshal': ([s]) => parse(asString(s, 1)),
  'yaml.is_valid': ([s]) => {
    if (typeof s !== 'string') return false;
    try { parse(s); return true; } catch { return false; }
  },
};
