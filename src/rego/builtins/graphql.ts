// graphql.*: parsing to gqlparser's AST shape (what OPA returns), schema checks with gqlparser's rules, and query
// validation with graphql-js (whose rules gqlparser mirrors, with the same messages).
import { buildASTSchema, parse as gqlParse, validate, type GraphQLSchema } from 'graphql';
import { type Value, fromJSON, toJSON, RObject } from '../value/value.ts';
import { type BuiltinFn, builtinError, oneOfError, asString } from './types.ts';
import { GqlError } from './graphql/lexer.ts';
import { type Json, type Node, parseQuery, parseSchema } from './graphql/parser.ts';
import { loadSchema, printQuery, printSchema } from './graphql/schema.ts';
import { prune } from './graphql/shape.ts';

const located = (e: unknown): Error => {
  if (e instanceof GqlError) return builtinError(`${e.message} in GraphQL string at location ${e.line}:${e.column}`);
  return e instanceof Error ? e : new Error(String(e));
};

interface QueryInput { doc: Node; text?: string }

// An AST given as an object goes through JSON into gqlparser's document struct (OPA: json.Unmarshal), which keeps only
// the struct's fields, matched by exact name and else case-insensitively, and refuses a field of the wrong JSON kind.
const QUERY_FIELDS: Record<string, string> = { Operations: 'ast.OperationList', Fragments: 'ast.FragmentDefinitionList', Comment: 'ast.CommentGroup' };
const SCHEMA_FIELDS: Record<string, string> = {
  Schema: 'ast.SchemaDefinitionList', SchemaExtension: 'ast.SchemaDefinitionList', Directives: 'ast.DirectiveDefinitionList',
  Definitions: 'ast.DefinitionList', Extensions: 'ast.DefinitionList', Comment: 'ast.CommentGroup',
};

function unmarshalDocument(v: RObject, struct: 'QueryDocument' | 'SchemaDocument'): Node {
  const fields = struct === 'QueryDocument' ? QUERY_FIELDS : SCHEMA_FIELDS;
  const json = toJSON(v) as Record<string, Json>;
  const doc: Record<string, Json> = {};
  let error: Error | undefined;
  // keys in JSON text order (sorted, as OPA marshals them); the first field of the wrong kind is the error
  for (const key of Object.keys(json).sort()) {
    const field = key in fields ? key : Object.keys(fields).find((f) => f.toLowerCase() === key.toLowerCase());
    const x = json[key];
    if (field === undefined || x === null) continue;
    const kind = Array.isArray(x) ? 'array' : typeof x === 'object' ? 'object' : typeof x === 'boolean' ? 'bool' : typeof x === 'string' ? 'string' : 'number';
    if (kind === (field === 'Comment' ? 'object' : 'array')) doc[field] = x;
    else error ??= builtinError(`json: cannot unmarshal ${kind} into Go struct field ${struct}.${field} of type ${fields[field]}`);
  }
  if (error) throw error;
  return doc as Node;
}

function queryOperand(v: Value, pos: number): QueryInput {
  if (typeof v === 'string') {
    try {
      return { doc: parseQuery(v), text: v };
    } catch (e) {
      throw located(e);
    }
  }
  if (v instanceof RObject) return { doc: unmarshalDocument(v, 'QueryDocument') };
  throw oneOfError(pos, ['string', 'object'], v);
}

function schemaOperand(v: Value, pos: number): Node {
  if (typeof v === 'string') {
    try {
      return parseSchema(v);
    } catch (e) {
      throw located(e);
    }
  }
  if (v instanceof RObject) return unmarshalDocument(v, 'SchemaDocument');
  throw oneOfError(pos, ['string', 'object'], v);
}

function buildSchema(doc: Node): { sdl: GraphQLSchema; roots: Record<string, string | undefined> } {
  let loaded;
  try {
    loaded = loadSchema(doc);
  } catch (e) {
    throw builtinError(`Error in gqlparser SchemaDocument to Schema conversion: ${(e as Error).message}`);
  }
  const sdl = printSchema(loaded);
  const schema = buildASTSchema(gqlParse(sdl.trim() === '' ? 'scalar __Empty' : sdl), { assumeValid: true, assumeValidSDL: true });
  return { sdl: schema, roots: loaded.roots };
}

interface Problem { message: string; line?: number; column?: number }

/** OPA's formatGqlParserError over gqlparser's error list: the list's text (`input:line:col: message` lines) split at
 *  its first three colons, so the first error's place leads and every later error stays in the message; a final
 *  ".\n" is cut, any other ending (`?\n`) kept. */
function listError(problems: Problem[]): Error {
  const text = problems.map((p) => `input${p.line !== undefined ? `:${p.line}:${p.column}` : ''}: ${p.message}\n`).join('');
  const parts = text.split(':');
  if (parts.length >= 4 && /^\d+$/.test(parts[1]) && /^\d+$/.test(parts[2])) {
    let msg = parts.slice(3).join(':').replace(/^ +/, '');
    if (msg.endsWith('.\n')) msg = msg.slice(0, -2);
    return builtinError(`${msg} in GraphQL string at location ${parts[1]}:${parts[2]}`);
  }
  return builtinError(`GraphQL parse error: ${text}`);
}

/** Validates a query against a schema; throws OPA's message for the problems found. */
function validateQuery(query: QueryInput, schemaDoc: Node): void {
  const { sdl, roots } = buildSchema(schemaDoc);
  const ops = (query.doc.Operations ?? []) as { Operation?: string }[];
  if (ops.length === 0 && ((query.doc.Fragments ?? []) as Json[]).length === 0) return;
  for (const op of ops) {
    const kind = op.Operation || 'query';
    if (!roots[kind]) throw listError([{ message: `Schema does not support operation type "${kind}"`, line: 1, column: 1 }]);
  }
  let ast;
  try {
    ast = gqlParse(query.text ?? printQuery(query.doc), { allowLegacyFragmentVariables: true });
  } catch (e) {
    throw builtinError((e as Error).message);
  }
  const errors = validate(sdl, ast);
  if (errors.length > 0) throw listError(errors.map((e) => ({ message: e.message, line: e.locations?.[0]?.line, column: e.locations?.[0]?.column })));
}

const astValue = (doc: Node): Value => fromJSON(prune(doc));

function parseBoth(args: Value[]): [QueryInput, Node] {
  const query = queryOperand(args[0], 1);
  const schema = schemaOperand(args[1], 2);
  validateQuery(query, schema);
  return [query, schema];
}

const attempt = <T>(f: () => T): T | undefined => {
  try {
    return f();
  } catch {
    return undefined;
  }
};

export const builtins: Record<string, BuiltinFn> = {
  'graphql.parse_query': ([q]) => {
    try {
      return astValue(parseQuery(asString(q, 1)));
    } catch (e) {
      throw located(e);
    }
  },
  'graphql.parse_schema': ([s]) => {
    try {
      return astValue(parseSchema(asString(s, 1)));
    } catch (e) {
      throw located(e);
    }
  },
  'graphql.parse': (args) => {
    const [query, schema] = parseBoth(args);
    return [astValue(query.doc), astValue(schema)];
  },
  'graphql.parse_and_verify': (args) => {
    const r = attempt(() => parseBoth(args));
    if (!r) return [false, new RObject(), new RObject()];
    return [true, astValue(r[0].doc), astValue(r[1])];
  },
  'graphql.is_valid': (args) => attempt(() => parseBoth(args)) !== undefined,
  'graphql.schema_is_valid': ([s]) => attempt(() => buildSchema(schemaOperand(s, 1))) !== undefined,
};
