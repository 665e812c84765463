// The JSON schema of the repository config file (.github/go-xenv.yml), derived from the input table.
// The committed copy in schema/go-xenv.schema.json is checked against this by a test.
import { inputDescription, INPUTS, type InputSpec } from './inputs.ts';

const stringList = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };

function propertySchema(spec: InputSpec): Record<string, unknown> {
  const base = { description: inputDescription(spec) };
  switch (spec.type) {
    case 'boolean': return { ...base, anyOf: [{ type: 'boolean' }, { enum: ['true', 'false'] }] };
    case 'integer': return { ...base, anyOf: [{ type: 'integer', minimum: spec.range?.[0] ?? 0, ...(spec.range ? { maximum: spec.range[1] } : {}) }, { type: 'string', pattern: '^[0-9]+$' }] };
    case 'list': return { ...base, ...stringList };
    case 'enum': return { ...base, anyOf: [{ enum: [...(spec.values ?? [])] }, ...(spec.values?.includes('true') ? [{ type: 'boolean' }] : [])] };
    case 'yaml': return { ...base, type: ['object', 'string'] };
    case 'string': return { ...base, type: 'string', ...(spec.pattern ? { pattern: spec.pattern.source } : {}) };
  }
}

export function configFileSchema(): Record<string, unknown> {
  const properties = Object.fromEntries(INPUTS.filter((s) => !s.stepOnly).map((s) => [s.name, propertySchema(s)]));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/go-xenv/go-xenv-action/schema/go-xenv.schema.json',
    title: 'go-xenv repository config (.github/go-xenv.yml)',
    type: 'object',
    additionalProperties: false,
    properties,
  };
}
