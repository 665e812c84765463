// Reads the repository config file: YAML with source positions, validated against the schema, so an unknown key
// or a wrong type is reported at its line.
import { existsSync, readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, isMap, type Node } from 'yaml';
import { UserError } from '../errors.ts';
import { configFileSchema } from './schema.ts';

export interface FileValue {
  value: unknown;
  line: number;
}

// Compiled on first use: ajv's code generation costs more than the rest of the CLI's start-up.
let compiled: ValidateFunction | undefined;
const validator = () => (compiled ??= new Ajv({ allErrors: true, strict: false }).compile(configFileSchema()));

export function readConfigFile(path: string, displayPath = path): Map<string, FileValue> {
  if (!existsSync(path)) return new Map();
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = lines.linePos(e.pos[0]);
    throw new UserError(`invalid YAML: ${e.message.split('\n')[0]}`, { where: { file: displayPath, line: pos.line, col: pos.col }, hint: 'fix the YAML syntax' });
  }
  const data = doc.toJS() ?? {};
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const validate = validator();
  if (!validate(data)) {
    const err = validate.errors![0];
    const key = err.keyword === 'additionalProperties'
      ? String((err.params as { additionalProperty: string }).additionalProperty)
      : err.instancePath.split('/')[1];
    const keyNode = isMap(doc.contents) ? doc.contents.items.find((p) => String((p.key as { value?: unknown })?.value) === key) : undefined;
    const line = lineOf((keyNode?.key as Node | undefined) ?? doc.contents);
    const message = err.keyword === 'additionalProperties'
      ? `unknown key "${key}"`
      : `"${key}" ${describeSchemaError(key)}`;
    throw new UserError(message, { where: { file: displayPath, line }, hint: 'see the inputs in the README (schema/go-xenv.schema.json)' });
  }
  const out = new Map<string, FileValue>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = String((pair.key as { value?: unknown }).value);
      out.set(key, { value: (data as Record<string, unknown>)[key], line: lineOf(pair.key as Node) });
    }
  }
  return out;
}

function describeSchemaError(key: string): string {
  const prop = (configFileSchema().properties as Record<string, { anyOf?: { type?: string; enum?: string[] }[]; type?: unknown }>)[key];
  const kinds = prop?.anyOf?.map((a) => a.enum ? `one of ${a.enum.join(', ')}` : a.type).filter(Boolean).join(' or ') ?? JSON.stringify(prop?.type);
  return `has the wrong type: expected ${kinds}`;
}
