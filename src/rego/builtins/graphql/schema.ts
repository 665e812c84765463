// Schema loading with gqlparser's rules (the library OPA embeds): the built-in prelude is merged in,
// extensions of undeclared types are allowed (they create the type), then the definitions are checked.
// The result is printed back as SDL so graphql-js can validate queries against the same schema.
import { GqlError } from './lexer.ts';
import { type Json, type Node, parseSchema } from './parser.ts';

const PRELUDE = `
scalar Int
scalar Float
scalar String
scalar Boolean
scalar ID
directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
directive @deprecated(reason: String = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE
directive @specifiedBy(url: String!) on SCALAR
directive @oneOf on INPUT_OBJECT
type __Schema { description: String types: [__Type!]! queryType: __Type! mutationType: __Type subscriptionType: __Type directives: [__Directive!]! }
type __Type { kind: __TypeKind! name: String description: String fields(includeDeprecated: Boolean = false): [__Field!] interfaces: [__Type!] possibleTypes: [__Type!] enumValues(includeDeprecated: Boolean = false): [__EnumValue!] inputFields: [__InputValue!] ofType: __Type specifiedByURL: String }
type __Field { name: String! description: String args: [__InputValue!]! type: __Type! isDeprecated: Boolean! deprecationReason: String }
type __InputValue { name: String! description: String type: __Type! defaultValue: String }
type __EnumValue { name: String! description: String isDeprecated: Boolean! deprecationReason: String }
enum __TypeKind { SCALAR OBJECT INTERFACE UNION ENUM INPUT_OBJECT LIST NON_NULL }
type __Directive { name: String! description: String locations: [__DirectiveLocation!]! args: [__InputValue!]! isRepeatable: Boolean! }
enum __DirectiveLocation { QUERY MUTATION SUBSCRIPTION FIELD FRAGMENT_DEFINITION FRAGMENT_SPREAD INLINE_FRAGMENT VARIABLE_DEFINITION SCHEMA SCALAR OBJECT FIELD_DEFINITION ARGUMENT_DEFINITION INTERFACE UNION ENUM ENUM_VALUE INPUT_OBJECT INPUT_FIELD_DEFINITION }
`;

const BUILTIN_DIRECTIVES = new Set(['include', 'skip', 'deprecated', 'specifiedBy', 'oneOf']);

interface TypeRef { NamedType?: string; Elem?: TypeRef; NonNull?: boolean }
interface Field { Name: string; Type: TypeRef; Arguments?: Field[]; DefaultValue?: Json; Directives?: Directive[]; Description?: string }
interface Directive { Name: string; Arguments?: Json[] }
interface Definition {
  Kind: string; Name: string; Description?: string; BuiltIn?: boolean; Directives?: Directive[]; Interfaces?: string[];
  Fields?: Field[]; Types?: string[]; EnumValues?: { Name: string; Directives?: Directive[]; Description?: string }[];
}
interface DirectiveDef { Name: string; Arguments?: Field[]; Locations?: string[]; IsRepeatable?: boolean; Description?: string }
interface SchemaDef { OperationTypes?: { Operation: string; Type: string }[] }
interface SchemaDoc { Schema?: SchemaDef[]; SchemaExtension?: SchemaDef[]; Directives?: DirectiveDef[]; Definitions?: Definition[]; Extensions?: Definition[] }

export interface LoadedSchema {
  types: Map<string, Definition>;
  directives: Map<string, DirectiveDef>;
  roots: Partial<Record<'query' | 'mutation' | 'subscription', string>>;
}

const typeName = (t: TypeRef): string => (t.Elem ? typeName(t.Elem) : t.NamedType ?? '');
const typeString = (t: TypeRef): string => (t.Elem ? `[${typeString(t.Elem)}]` : t.NamedType ?? '') + (t.NonNull ? '!' : '');

let preludeDoc: SchemaDoc | undefined;

function prelude(): SchemaDoc {
  if (!preludeDoc) {
    preludeDoc = parseSchema(PRELUDE) as unknown as SchemaDoc;
    for (const d of preludeDoc.Definitions ?? []) d.BuiltIn = true;
  }
  return preludeDoc;
}

const fail = (message: string): never => {
  throw new GqlError(message, 0, 0);
};

/** Merges the prelude with `doc` and validates it as gqlparser's ValidateSchemaDocument does. */
export function loadSchema(doc: Node): LoadedSchema {
  const user = structuredClone(doc) as unknown as SchemaDoc;
  const pre = structuredClone(prelude());
  const merged: Required<SchemaDoc> = {
    Schema: [...(pre.Schema ?? []), ...(user.Schema ?? [])],
    SchemaExtension: [...(user.SchemaExtension ?? [])],
    Directives: [...(pre.Directives ?? []), ...(user.Directives ?? [])],
    Definitions: [...(pre.Definitions ?? []), ...(user.Definitions ?? [])],
    Extensions: [...(user.Extensions ?? [])],
  };
  const types = new Map<string, Definition>();
  for (const def of merged.Definitions) {
    if (types.has(def.Name)) fail(`Cannot redeclare type ${def.Name}.`);
    types.set(def.Name, def);
  }
  for (const ext of merged.Extensions) {
    let def = types.get(ext.Name);
    if (!def) {
      def = { Kind: ext.Kind, Name: ext.Name };
      types.set(ext.Name, def);
    }
    if (def.Kind !== ext.Kind) fail(`Cannot extend type ${ext.Name} because the base type is a ${def.Kind}, not ${ext.Kind}.`);
    def.Directives = [...(def.Directives ?? []), ...(ext.Directives ?? [])];
    def.Interfaces = [...(def.Interfaces ?? []), ...(ext.Interfaces ?? [])];
    def.Fields = [...(def.Fields ?? []), ...(ext.Fields ?? [])];
    def.Types = [...(def.Types ?? []), ...(ext.Types ?? [])];
    def.EnumValues = [...(def.EnumValues ?? []), ...(ext.EnumValues ?? [])];
  }
  const directives = new Map<string, DirectiveDef>();
  for (const dir of merged.Directives) {
    if (directives.has(dir.Name)) {
      if (!BUILTIN_DIRECTIVES.has(dir.Name)) fail(`Cannot redeclare directive ${dir.Name}.`);
      continue;
    }
    directives.set(dir.Name, dir);
  }
  if (merged.Schema.length > 1) fail('Cannot have multiple schema entry points, consider schema extensions instead.');
  const roots: LoadedSchema['roots'] = {};
  for (const s of [...merged.Schema, ...merged.SchemaExtension]) {
    for (const op of s.OperationTypes ?? []) {
      if (!types.has(op.Type)) fail(`Schema root ${op.Operation} refers to a type ${op.Type} that does not exist.`);
      roots[op.Operation as keyof LoadedSchema['roots']] = op.Type;
    }
  }
  const schema: LoadedSchema = { types, directives, roots };
  const possible = possibleTypes(types);
  for (const name of [...types.keys()].sort()) validateDefinition(schema, possible, types.get(name)!);
  for (const name of [...directives.keys()].sort()) {
    const dir = directives.get(name)!;
    validateName(dir.Name);
    validateArgs(schema, dir.Arguments ?? [], dir);
  }
  if (merged.Schema.length === 0) {
    for (const op of ['query', 'mutation', 'subscription'] as const) {
      const name = op[0].toUpperCase() + op.slice(1);
      if (!roots[op] && types.has(name)) roots[op] = name;
    }
  }
  return schema;
}

function possibleTypes(types: Map<string, Definition>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (k: string, v: string) => (out.get(k) ?? out.set(k, new Set()).get(k)!).add(v);
  for (const def of types.values()) {
    if (def.Kind === 'UNION') for (const t of def.Types ?? []) add(def.Name, t);
    if (def.Kind === 'OBJECT' || def.Kind === 'INPUT_OBJECT' || def.Kind === 'INTERFACE') {
      for (const i of def.Interfaces ?? []) add(i, def.Name);
      if (def.Kind !== 'INTERFACE') add(def.Name, def.Name);
    }
  }
  return out;
}

function validateName(name: string): void {
  if (name.startsWith('__')) fail(`Name "${name}" must not begin with "__", which is reserved by GraphQL introspection.`);
}

function validateTypeRef(schema: LoadedSchema, t: TypeRef): void {
  if (!schema.types.has(typeName(t))) fail(`Undefined type ${typeName(t)}.`);
}

const isInputKind = (k: string) => k === 'SCALAR' || k === 'ENUM' || k === 'INPUT_OBJECT';

function validateArgs(schema: LoadedSchema, args: Field[], current?: DirectiveDef): void {
  for (const arg of args) {
    validateName(arg.Name);
    validateTypeRef(schema, arg.Type);
    const def = schema.types.get(typeName(arg.Type))!;
    if (!isInputKind(def.Kind)) fail(`cannot use ${typeString(arg.Type)} as argument ${arg.Name} because ${def.Kind} is not a valid input type`);
    validateDirectives(schema, arg.Directives ?? [], 'ARGUMENT_DEFINITION', current);
  }
}

function validateDirectives(schema: LoadedSchema, dirs: Directive[], location: string, current?: DirectiveDef): void {
  for (const dir of dirs) {
    validateName(dir.Name);
    if (current && dir.Name === current.Name) fail(`Directive ${current.Name} cannot refer to itself.`);
    const def = schema.directives.get(dir.Name);
    if (!def) fail(`Undefined directive ${dir.Name}.`);
    if (!(def!.Locations ?? []).includes(location)) fail(`Directive ${dir.Name} is not applicable on ${location}.`);
  }
}

function validateDefinition(schema: LoadedSchema, possible: Map<string, Set<string>>, def: Definition): void {
  const fields = def.Fields ?? [];
  for (const field of fields) {
    validateName(field.Name);
    validateTypeRef(schema, field.Type);
    validateArgs(schema, field.Arguments ?? []);
    validateDirectives(schema, field.Directives ?? [], def.Kind === 'INPUT_OBJECT' ? 'INPUT_FIELD_DEFINITION' : 'FIELD_DEFINITION');
  }
  for (const t of def.Types ?? []) {
    const td = schema.types.get(t);
    if (!td) fail(`Undefined type ${JSON.stringify(t)}.`);
    if (td!.Kind !== 'OBJECT') fail(`${def.Kind} type ${JSON.stringify(t)} must be OBJECT.`);
  }
  for (const i of def.Interfaces ?? []) validateImplements(schema, possible, def, i);
  if (def.Kind === 'OBJECT' || def.Kind === 'INTERFACE') {
    if (fields.length === 0) fail(`${def.Kind} ${def.Name}: must define one or more fields.`);
    for (const f of fields) {
      const t = schema.types.get(typeName(f.Type));
      if (t && t.Kind === 'INPUT_OBJECT') fail(`${def.Kind} ${def.Name}: field must be one of SCALAR, OBJECT, INTERFACE, UNION, ENUM.`);
    }
  } else if (def.Kind === 'ENUM') {
    if ((def.EnumValues ?? []).length === 0) fail(`${def.Kind} ${def.Name}: must define one or more unique enum values.`);
    for (const v of def.EnumValues ?? []) {
      if (['true', 'false', 'null'].includes(v.Name)) fail(`${def.Kind} ${def.Name}: non-enum value ${v.Name}.`);
    }
  } else if (def.Kind === 'INPUT_OBJECT') {
    if (fields.length === 0) fail(`${def.Kind} ${def.Name}: must define one or more input fields.`);
    for (const f of fields) {
      const t = schema.types.get(typeName(f.Type));
      if (t && !isInputKind(t.Kind)) fail(`${t.Kind} ${f.Name}: field must be one of SCALAR, ENUM, INPUT_OBJECT.`);
    }
  }
  for (let i = 0; i < fields.length; i++) {
    for (const f2 of fields.slice(i + 1)) if (fields[i].Name === f2.Name) fail(`Field ${def.Name}.${f2.Name} can only be defined once.`);
  }
  if (!def.BuiltIn) validateName(def.Name);
  validateDirectives(schema, def.Directives ?? [], def.Kind);
}

function isCovariant(possible: Map<string, Set<string>>, required: TypeRef, actual: TypeRef | undefined): boolean {
  if (!actual) return false;
  if (required.NonNull && !actual.NonNull) return false;
  if (required.NamedType) {
    return required.NamedType === actual.NamedType || (possible.get(required.NamedType)?.has(actual.NamedType ?? '') ?? false);
  }
  if (required.Elem && !actual.Elem) return false;
  return isCovariant(possible, required.Elem!, actual.Elem);
}

const sameType = (a: TypeRef, b: TypeRef): boolean => typeString(a) === typeString(b);

function validateImplements(schema: LoadedSchema, possible: Map<string, Set<string>>, def: Definition, name: string): void {
  const intf = schema.types.get(name);
  if (!intf) fail(`Undefined type ${JSON.stringify(name)}.`);
  if (intf!.Kind !== 'INTERFACE') fail(`${JSON.stringify(name)} is a non interface type ${intf!.Kind}.`);
  for (const req of intf!.Fields ?? []) {
    const found = (def.Fields ?? []).find((f) => f.Name === req.Name);
    if (!found) fail(`For ${def.Name} to implement ${name} it must have a field called ${req.Name}.`);
    if (!isCovariant(possible, req.Type, found!.Type)) {
      fail(`For ${def.Name} to implement ${name} the field ${req.Name} must have type ${typeString(req.Type)}.`);
    }
    for (const reqArg of req.Arguments ?? []) {
      const arg = (found!.Arguments ?? []).find((a) => a.Name === reqArg.Name);
      if (!arg) fail(`For ${def.Name} to implement ${name} the field ${req.Name} must have the same arguments but it is missing ${reqArg.Name}.`);
      if (!sameType(reqArg.Type, arg!.Type)) fail(`For ${def.Name} to implement ${name} the field ${req.Name} must have the same arguments but ${reqArg.Name} has the wrong type.`);
    }
    for (const arg of found!.Arguments ?? []) {
      if (!(req.Arguments ?? []).some((a) => a.Name === arg.Name) && arg.Type.NonNull && arg.DefaultValue === undefined) {
        fail(`For ${def.Name} to implement ${name} any additional arguments on ${found!.Name} must be optional or have a default value but ${arg.Name} is required.`);
      }
    }
  }
  for (const t of intf!.Interfaces ?? []) {
    if (!(def.Interfaces ?? []).includes(t)) {
      if (t === def.Name) fail(`Type ${def.Name} cannot implement ${name} because it would create a circular reference.`);
      fail(`Type ${def.Name} must implement ${t} because it is implemented by ${name}.`);
    }
  }
}

// ---- printing (gqlparser JSON shape -> GraphQL text) ----

export function printValue(v: Json): string {
  const n = (v ?? {}) as { Raw?: string; Kind?: number; Children?: { Name?: string; Value?: Json }[] };
  const raw = n.Raw ?? '';
  switch (n.Kind) {
    case 0: return `$${raw}`;
    case 3: case 4: return JSON.stringify(raw);
    case 8: return `[${(n.Children ?? []).map((c) => printValue(c.Value ?? null)).join(', ')}]`;
    case 9: return `{${(n.Children ?? []).map((c) => `${c.Name}: ${printValue(c.Value ?? null)}`).join(', ')}}`;
    default: return raw;
  }
}

const printArgs = (args: Json[] | undefined): string => {
  const list = (args ?? []) as { Name: string; Value: Json }[];
  return list.length ? `(${list.map((a) => `${a.Name}: ${printValue(a.Value)}`).join(', ')})` : '';
};
const printDirectives = (dirs: Directive[] | undefined): string => (dirs ?? []).map((d) => ` @${d.Name}${printArgs(d.Arguments)}`).join('');
const desc = (d: string | undefined): string => (d ? `${JSON.stringify(d)} ` : '');

function printInputValue(f: Field): string {
  const def = f.DefaultValue !== undefined && f.DefaultValue !== null ? ` = ${printValue(f.DefaultValue)}` : '';
  return `${desc(f.Description)}${f.Name}: ${typeString(f.Type)}${def}${printDirectives(f.Directives)}`;
}

function printField(f: Field): string {
  const args = (f.Arguments ?? []).length ? `(${f.Arguments!.map(printInputValue).join(', ')})` : '';
  return `${desc(f.Description)}${f.Name}${args}: ${typeString(f.Type)}${printDirectives(f.Directives)}`;
}

/** SDL for the non-built-in parts of a loaded schema, with explicit roots. */
export function printSchema(schema: LoadedSchema): string {
  const out: string[] = [];
  const roots = Object.entries(schema.roots).map(([op, t]) => `${op}: ${t}`);
  if (roots.length) out.push(`schema { ${roots.join(' ')} }`);
  for (const dir of schema.directives.values()) {
    if (BUILTIN_DIRECTIVES.has(dir.Name)) continue;
    const args = (dir.Arguments ?? []).length ? `(${dir.Arguments!.map(printInputValue).join(', ')})` : '';
    out.push(`directive @${dir.Name}${args}${dir.IsRepeatable ? ' repeatable' : ''} on ${(dir.Locations ?? []).join(' | ')}`);
  }
  for (const def of schema.types.values()) {
    if (def.BuiltIn) continue;
    const dirs = printDirectives(def.Directives);
    const head = (kw: string) => `${kw} ${def.Name}`;
    switch (def.Kind) {
      case 'SCALAR': out.push(`${head('scalar')}${dirs}`); break;
      case 'OBJECT': case 'INTERFACE': {
        const impl = (def.Interfaces ?? []).length ? ` implements ${def.Interfaces!.join(' & ')}` : '';
        out.push(`${head(def.Kind === 'OBJECT' ? 'type' : 'interface')}${impl}${dirs} {\n${(def.Fields ?? []).map((f) => `  ${printField(f)}`).join('\n')}\n}`);
        break;
      }
      case 'UNION': out.push(`${head('union')}${dirs} = ${(def.Types ?? []).join(' | ')}`); break;
      case 'ENUM': out.push(`${head('enum')}${dirs} {\n${(def.EnumValues ?? []).map((v) => `  ${v.Name}${printDirectives(v.Directives)}`).join('\n')}\n}`); break;
      case 'INPUT_OBJECT': out.push(`${head('input')}${dirs} {\n${(def.Fields ?? []).map((f) => `  ${printInputValue(f)}`).join('\n')}\n}`); break;
    }
  }
  return out.join('\n\n');
}

interface Selection { Alias?: string; Name?: string; Arguments?: Json[]; Directives?: Directive[]; SelectionSet?: Selection[]; TypeCondition?: string }

function printSelections(sel: Selection[] | undefined): string {
  if (!sel || sel.length === 0) return '';
  return ` { ${sel.map((s) => {
    if ('TypeCondition' in s) return `...${s.TypeCondition ? ` on ${s.TypeCondition}` : ''}${printDirectives(s.Directives)}${printSelections(s.SelectionSet)}`;
    if (s.Alias === undefined) return `...${s.Name}${printDirectives(s.Directives)}`;
    const alias = s.Alias && s.Alias !== s.Name ? `${s.Alias}: ` : '';
    return `${alias}${s.Name}${printArgs(s.Arguments)}${printDirectives(s.Directives)}${printSelections(s.SelectionSet)}`;
  }).join(' ')} }`;
}

interface VarDef { Variable: string; Type: TypeRef; DefaultValue?: Json; Directives?: Directive[] }
const printVars = (vars: VarDef[] | undefined): string => ((vars ?? []).length
  ? `(${vars!.map((v) => `$${v.Variable}: ${typeString(v.Type)}${v.DefaultValue ? ` = ${printValue(v.DefaultValue)}` : ''}${printDirectives(v.Directives)}`).join(', ')})`
  : '');

/** GraphQL text for a query document in gqlparser's JSON shape (as OPA accepts it in place of a string). */
export function printQuery(doc: Node): string {
  const ops = (doc.Operations ?? []) as unknown as { Operation?: string; Name?: string; VariableDefinitions?: VarDef[]; Directives?: Directive[]; SelectionSet?: Selection[] }[];
  const frags = (doc.Fragments ?? []) as unknown as { Name: string; VariableDefinition?: VarDef[]; TypeCondition: string; Directives?: Directive[]; SelectionSet?: Selection[] }[];
  return [
    ...ops.map((o) => `${o.Operation || 'query'} ${o.Name ?? ''}${printVars(o.VariableDefinitions)}${printDirectives(o.Directives)}${printSelections(o.SelectionSet)}`),
    ...frags.map((f) => `fragment ${f.Name}${printVars(f.VariableDefinition)} on ${f.TypeCondition}${printDirectives(f.Directives)}${printSelections(f.SelectionSet)}`),
  ].join('\n');
}
