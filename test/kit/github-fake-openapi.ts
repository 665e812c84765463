// GitHub's published OpenAPI description (api.github.com, from @octokit/openapi) turned into one validator per
// operation the fake serves: path parameters, query, request body, and each response by status. The fake checks every
// request and response with these, so a client that sends what GitHub would refuse, or a fake that answers what GitHub
// never would, fails the test instead of passing against a made-up API.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

type Json = Record<string, unknown>;

export interface Operation {
  id: string;
  method: string;
  /** The path template, e.g. /repos/{owner}/{repo}/issues/{issue_number}/comments. */
  template: string;
  pattern: RegExp;
  params: string[];
  /** Checks path parameters and query; returns the problems (empty: fine). */
  checkRequest(path: Record<string, string>, query: URLSearchParams, body: unknown): string[];
  /** Checks a response: a status the operation does not document, or a body off its schema, is a problem. */
  checkResponse(status: number, body: unknown, headers: Record<string, string>): string[];
}

/**
 * Statuses GitHub may answer on any operation although the description does not list them for each: bad credentials,
 * rate limits and missing permissions, a repository (or pull request) the token cannot see (404 everywhere, so a
 * private repository's existence does not leak), and server errors.
 */
const ANY_OPERATION_ERRORS = new Set([401, 403, 404, 429, 500, 502, 503]);

let spec: Json | undefined;
let ajv: Ajv | undefined;

function load(): { spec: Json; ajv: Ajv } {
  if (!spec || !ajv) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    spec = JSON.parse(readFileSync(file, 'utf8')) as Json;
    ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false });
    for (const [name, re] of Object.entries(FORMATS)) ajv.addFormat(name, re);
    ajv.addFormat('int64', { type: 'number', validate: Number.isSafeInteger });
    ajv.addSchema({ $id: 'gh', components: openApi30ToJsonSchema((spec.components as Json)) });
  }
  return { spec, ajv };
}

const FORMATS: Record<string, RegExp> = {
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  uri: /^[a-z][a-z0-9+.-]*:\S*$/i,
  'uri-template': /^\S*$/,
  email: /^[^@\s]+@[^@\s]+$/,
  timestamp: /^\S+$/,
};

/**
 * OpenAPI 3.0's `nullable` admits null whatever else the schema says; JSON Schema (and ajv) only knows it beside a
 * `type`. So beside no type (next to allOf) it becomes an anyOf with null, and an enum gains null.
 */
function openApi30ToJsonSchema(node: unknown): Json {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const out: Json = {};
    for (const [k, x] of Object.entries(v)) out[k] = k === 'example' || k === 'examples' ? x : walk(x);
    if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (out.nullable === true && out.type === undefined) {
      delete out.nullable;
      return { anyOf: [out, { type: 'null' }] };
    }
    return out;
  };
  return walk(node) as Json;
}

const pointer = (ref: string) => `gh${ref}`;

function deref(node: unknown): Json {
  let cur = node as Json;
  for (let i = 0; i < 10 && typeof cur?.$ref === 'string'; i++) {
    cur = (cur.$ref as string).slice(2).split('/').reduce<unknown>((o, k) => (o as Json)[k], load().spec) as Json;
  }
  return cur;
}

/** A JSON schema from the description, its component references pointing into the loaded components. */
function schemaOf(node: unknown): Json {
  if (node && typeof node === 'object' && typeof (node as Json).$ref === 'string') return { $ref: pointer((node as Json).$ref as string) };
  return openApi30ToJsonSchema(JSON.parse(JSON.stringify(node ?? {}), (k, v) => (k === '$ref' ? pointer(v as string) : v)));
}

const explain = (where: string, errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).slice(0, 5).map((e) => `${where}${e.instancePath || ''} ${e.message ?? e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);

/** Query values arrive as text: converted to what the parameter's schema says before validation. */
function queryValue(raw: string, schema: Json): unknown {
  const s = deref(schema);
  if ((s.type === 'integer' || s.type === 'number') && /^-?\d+(?:\.\d+)?$/.test(raw)) return Number(raw);
  if (s.type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

const cache = new Map<string, Operation>();

export function operation(id: string): Operation {
  const hit = cache.get(id);
  if (hit) return hit;
  const { spec, ajv } = load();
  let found: { method: string; template: string; op: Json; shared: unknown[] } | undefined;
  for (const [template, item] of Object.entries(spec.paths as Json)) {
    for (const [method, op] of Object.entries(item as Json)) {
      if ((op as Json).operationId === id) found = { method: method.toUpperCase(), template, op: op as Json, shared: ((item as Json).parameters as unknown[]) ?? [] };
    }
  }
  if (!found) throw new Error(`the OpenAPI description has no operation ${id}`);
  const { method, template, op } = found;
  const parameters = [...found.shared, ...((op.parameters as unknown[]) ?? [])].map(deref);
  const compile = (schema: unknown): ValidateFunction => ajv.compile(schemaOf(schema));
  const pathParams = parameters.filter((p) => p.in === 'path');
  const queryParams = new Map(parameters.filter((p) => p.in === 'query').map((p) => [p.name as string, { p, validate: compile(p.schema) }]));
  const pathValidators = new Map(pathParams.map((p) => [p.name as string, { p, validate: compile(p.schema) }]));
  const body = op.requestBody ? deref(op.requestBody) : undefined;
  const bodySchema = (body?.content as Json | undefined)?.['application/json'] as Json | undefined;
  const validateBody = bodySchema ? compile(bodySchema.schema) : undefined;
  const responses = new Map<number, ValidateFunction | null>();
  for (const [status, r] of Object.entries(op.responses as Json)) {
    const content = (deref(r).content as Json | undefined)?.['application/json'] as Json | undefined;
    responses.set(Number(status), content ? compile(content.schema) : null);
  }
  const basicError = ajv.compile({ $ref: 'gh#/components/schemas/basic-error' });
  const params = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '([^/]+)')}$`);

  const result: Operation = {
    id,
    method,
    template,
    pattern,
    params,
    checkRequest(path, query, requestBody) {
      const problems: string[] = [];
      for (const [name, { p, validate }] of pathValidators) {
        const raw = path[name];
        if (raw === undefined) problems.push(`path parameter ${name} missing`);
        else if (!validate(queryValue(raw, p.schema as Json))) problems.push(...explain(`path ${name}`, validate.errors));
      }
      for (const [name, raw] of query) {
        const q = queryParams.get(name);
        if (!q) problems.push(`query parameter ${name} is not one of ${id}'s (${[...queryParams.keys()].join(', ')})`);
        else if (!q.validate(queryValue(raw, q.p.schema as Json))) problems.push(...explain(`query ${name}`, q.validate.errors));
      }
      for (const [name, { p }] of queryParams) if (p.required && !query.has(name)) problems.push(`query parameter ${name} is required`);
      if (validateBody) {
        if (requestBody === undefined && body?.required) problems.push('request body required');
        else if (requestBody !== undefined && !validateBody(requestBody)) problems.push(...explain('body', validateBody.errors));
      } else if (requestBody !== undefined) {
        problems.push(`${id} takes no request body`);
      }
      return problems;
    },
    checkResponse(status, responseBody, headers) {
      if (!responses.has(status)) {
        if (!ANY_OPERATION_ERRORS.has(status)) return [`status ${status} is not documented for ${id} (${[...responses.keys()].join(', ')})`];
        return basicError(responseBody) ? [] : explain(`${status} body`, basicError.errors);
      }
      const validate = responses.get(status);
      if (!validate) return responseBody === undefined ? [] : [`status ${status} of ${id} has no body, got one`];
      const problems = validate(responseBody) ? [] : explain(`${status} body`, validate.errors);
      if (headers.link !== undefined && !/^(?:<[^>]+>; rel="(?:next|prev|first|last)"(?:, |$))+$/.test(headers.link)) problems.push(`malformed Link header ${headers.link}`);
      return problems;
    },
  };
  cache.set(id, result);
  return result;
}
