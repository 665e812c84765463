// GraphQL query and schema parser producing the JSON shape of gqlparser's AST (field names, value kinds,
// which lists exist), which is what OPA's graphql.parse_* builtins hand to policies. The first error stops
// parsing, with gqlparser's message and position.
import { GqlError, Lexer, type Token, type TokenKind, goQuote, tokenText } from './lexer.ts';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Node = { [k: string]: Json };

export const ValueKind = { Variable: 0, Int: 1, Float: 2, String: 3, Block: 4, Boolean: 5, Null: 6, Enum: 7, List: 8, Object: 9 } as const;

const LOCATIONS = new Set([
  'QUERY', 'MUTATION', 'SUBSCRIPTION', 'FIELD', 'FRAGMENT_DEFINITION', 'FRAGMENT_SPREAD', 'INLINE_FRAGMENT',
  'VARIABLE_DEFINITION', 'SCHEMA', 'SCALAR', 'OBJECT', 'FIELD_DEFINITION', 'ARGUMENT_DEFINITION', 'INTERFACE', 'UNION',
  'ENUM', 'ENUM_VALUE', 'INPUT_OBJECT', 'INPUT_FIELD_DEFINITION',
]);

const pos = (t: Token): Node => ({ Position: { Line: t.line, Column: t.column } });

/** Adds `key: list` only when the list is non-empty (gqlparser leaves nil lists, which OPA prunes). */
function put(node: Node, key: string, list: Json[] | undefined): void {
  if (list && list.length > 0) node[key] = list;
}

class Parser {
  private readonly lexer: Lexer;
  private peeked: Token | undefined;
  prev: Token = { kind: '<EOF>', value: '', line: 1, column: 1 };

  constructor(input: string) {
    this.lexer = new Lexer(input);
  }

  peek(): Token {
    this.peeked ??= this.lexer.next();
    return this.peeked;
  }

  next(): Token {
    const t = this.peek();
    this.peeked = undefined;
    if (t.error) throw t.error;
    this.prev = t;
    return t;
  }

  error(t: Token, message: string): never {
    throw new GqlError(message, t.line, t.column);
  }

  unexpected(t: Token = this.peek()): never {
    this.error(t, `Unexpected ${tokenText(t)}`);
  }

  expect(kind: TokenKind): Token {
    const t = this.peek();
    if (t.kind === kind) return this.next();
    this.error(t, `Expected ${kind}, found ${t.kind}`);
  }

  expectKeyword(value: string): Token {
    const t = this.peek();
    if (t.kind === 'Name' && t.value === value) return this.next();
    this.error(t, `Expected ${goQuote(value)}, found ${tokenText(t)}`);
  }

  skip(kind: TokenKind): boolean {
    if (this.peek().kind !== kind) return false;
    this.next();
    return true;
  }

  many<T>(start: TokenKind, end: TokenKind, cb: () => T): T[] {
    const out: T[] = [];
    if (!this.skip(start)) return out;
    while (this.peek().kind !== end) out.push(cb());
    this.next();
    return out;
  }

  some<T>(start: TokenKind, end: TokenKind, cb: () => T): T[] {
    const out: T[] = [];
    if (!this.skip(start)) return out;
    while (this.peek().kind !== end) out.push(cb());
    if (out.length === 0) this.error(this.peek(), `expected at least one definition, found ${this.peek().kind}`);
    this.next();
    return out;
  }

  name(): string {
    return this.expect('Name').value;
  }

  // ---- query documents ----

  queryDocument(): Node {
    const operations: Json[] = [];
    const fragments: Json[] = [];
    while (this.peek().kind !== '<EOF>') {
      const t = this.peek();
      if (t.kind === 'Name' && ['query', 'mutation', 'subscription'].includes(t.value)) operations.push(this.operationDefinition());
      else if (t.kind === 'Name' && t.value === 'fragment') fragments.push(this.fragmentDefinition());
      else if (t.kind === '{') operations.push(this.operationDefinition());
      else this.unexpected();
    }
    const doc: Node = {};
    put(doc, 'Operations', operations);
    put(doc, 'Fragments', fragments);
    return doc;
  }

  operationDefinition(): Node {
    const start = this.peek();
    if (start.kind === '{') return { ...pos(start), Operation: 'query', Name: '', SelectionSet: this.requiredSelectionSet() };
    const node: Node = { ...pos(start), Operation: this.operationType() };
    node.Name = this.peek().kind === 'Name' ? this.next().value : '';
    put(node, 'VariableDefinitions', this.variableDefinitions());
    put(node, 'Directives', this.directives(false));
    put(node, 'SelectionSet', this.requiredSelectionSet());
    return node;
  }

  operationType(): string {
    const t = this.next();
    if (['query', 'mutation', 'subscription'].includes(t.value)) return t.value;
    this.unexpected(t);
  }

  variableDefinitions(): Json[] {
    return this.many('(', ')', () => {
      const node: Node = { ...pos(this.peek()), Variable: this.variable() };
      this.expect(':');
      node.Type = this.typeReference();
      if (this.skip('=')) node.DefaultValue = this.valueLiteral(true);
      put(node, 'Directives', this.directives(false));
      node.Used = false;
      return node;
    });
  }

  variable(): string {
    this.expect('$');
    return this.name();
  }

  requiredSelectionSet(): Json[] {
    if (this.peek().kind !== '{') this.error(this.peek(), `Expected {, found ${this.peek().kind}`);
    return this.some('{', '}', () => this.selection());
  }

  selection(): Node {
    return this.peek().kind === '...' ? this.fragment() : this.field();
  }

  field(): Node {
    const node: Node = { ...pos(this.peek()), Alias: this.name() };
    node.Name = this.skip(':') ? this.name() : node.Alias;
    put(node, 'Arguments', this.arguments(false));
    put(node, 'Directives', this.directives(false));
    if (this.peek().kind === '{') put(node, 'SelectionSet', this.some('{', '}', () => this.selection()));
    return node;
  }

  arguments(isConst: boolean): Json[] {
    return this.many('(', ')', () => {
      const node: Node = { ...pos(this.peek()), Name: this.name() };
      this.expect(':');
      node.Value = this.valueLiteral(isConst);
      return node;
    });
  }

  fragment(): Node {
    this.expect('...');
    const t = this.peek();
    if (t.kind === 'Name' && t.value !== 'on') {
      const node: Node = { ...pos(t), Name: this.fragmentName() };
      put(node, 'Directives', this.directives(false));
      return node;
    }
    const node: Node = { ...pos(t), TypeCondition: '' };
    if (t.value === 'on') {
      this.next();
      node.TypeCondition = this.name();
    }
    put(node, 'Directives', this.directives(false));
    put(node, 'SelectionSet', this.requiredSelectionSet());
    return node;
  }

  fragmentDefinition(): Node {
    const node: Node = { ...pos(this.peek()) };
    this.expectKeyword('fragment');
    node.Name = this.fragmentName();
    put(node, 'VariableDefinition', this.variableDefinitions());
    this.expectKeyword('on');
    node.TypeCondition = this.name();
    put(node, 'Directives', this.directives(false));
    put(node, 'SelectionSet', this.requiredSelectionSet());
    return node;
  }

  fragmentName(): string {
    if (this.peek().value === 'on') this.unexpected();
    return this.name();
  }

  valueLiteral(isConst: boolean): Node {
    const t = this.peek();
    const value = (raw: string, kind: number, children?: Json[]): Node => {
      const node: Node = { ...pos(t), Raw: raw, Kind: kind, ExpectedTypeHasDefault: false };
      put(node, 'Children', children);
      return node;
    };
    switch (t.kind) {
      case '[':
        return value('', ValueKind.List, this.many('[', ']', () => ({ Name: '', Value: this.valueLiteral(isConst) })));
      case '{':
        return value('', ValueKind.Object, this.many('{', '}', () => {
          const child: Node = { ...pos(this.peek()), Name: this.name() };
          this.expect(':');
          child.Value = this.valueLiteral(isConst);
          return child;
        }));
      case '$':
        if (isConst) this.unexpected();
        return value(this.variable(), ValueKind.Variable);
      case 'Int':
      case 'Float':
      case 'String':
      case 'BlockString':
      case 'Name': {
        this.next();
        const kind = t.kind === 'Int' ? ValueKind.Int : t.kind === 'Float' ? ValueKind.Float : t.kind === 'String' ? ValueKind.String
          : t.kind === 'BlockString' ? ValueKind.Block : t.value === 'true' || t.value === 'false' ? ValueKind.Boolean
            : t.value === 'null' ? ValueKind.Null : ValueKind.Enum;
        return value(t.value, kind);
      }
      default:
        this.unexpected();
    }
  }

  directives(isConst: boolean): Json[] {
    const out: Json[] = [];
    while (this.peek().kind === '@') {
      this.expect('@');
      const node: Node = { ...pos(this.peek()), Name: this.name() };
      put(node, 'Arguments', this.arguments(isConst));
      node.Location = '';
      out.push(node);
    }
    return out;
  }

  typeReference(): Node {
    const node: Node = {};
    if (this.skip('[')) {
      Object.assign(node, pos(this.peek()));
      node.Elem = this.typeReference();
      node.NamedType = '';
      this.expect(']');
    } else {
      Object.assign(node, pos(this.peek()));
      node.NamedType = this.name();
    }
    node.NonNull = this.skip('!');
    return node;
  }

  // ---- schema documents ----

  schemaDocument(): Node {
    const doc: Record<string, Json[]> = { Schema: [], SchemaExtension: [], Directives: [], Definitions: [], Extensions: [] };
    while (this.peek().kind !== '<EOF>') {
      let description = '';
      if (this.peek().kind === 'BlockString' || this.peek().kind === 'String') description = this.next().value;
      const t = this.peek();
      if (t.kind !== 'Name') this.unexpected();
      switch (t.value) {
        case 'scalar': case 'type': case 'interface': case 'union': case 'enum': case 'input':
          doc.Definitions.push(this.typeDefinition(description, false));
          break;
        case 'schema':
          doc.Schema.push(this.schemaDefinition(description, false));
          break;
        case 'directive':
          doc.Directives.push(this.directiveDefinition(description));
          break;
        case 'extend':
          if (description !== '') this.unexpected(this.prev);
          this.extension(doc);
          break;
        default:
          this.unexpected();
      }
    }
    const out: Node = {};
    for (const [k, v] of Object.entries(doc)) put(out, k, v);
    return out;
  }

  schemaDefinition(description: string, extension: boolean): Node {
    this.expectKeyword('schema');
    const start = this.peek();
    const node: Node = { ...pos(start), Description: description };
    put(node, 'Directives', this.directives(true));
    put(node, 'OperationTypes', this.some('{', '}', () => {
      const op: Node = { ...pos(this.peek()), Operation: this.operationType() };
      this.expect(':');
      op.Type = this.name();
      return op;
    }));
    if (extension && !node.Directives && !node.OperationTypes) this.unexpected();
    return node;
  }

  typeDefinition(description: string, extension: boolean): Node {
    const keyword = this.peek().value;
    this.expectKeyword(keyword);
    const kind = { scalar: 'SCALAR', type: 'OBJECT', interface: 'INTERFACE', union: 'UNION', enum: 'ENUM', input: 'INPUT_OBJECT' }[keyword]!;
    const node: Node = { ...pos(this.peek()), Kind: kind, Description: description, Name: this.name() };
    if (kind === 'OBJECT' || (kind === 'INTERFACE' && !extension)) put(node, 'Interfaces', this.implementsInterfaces());
    // gqlparser parses input-object extension directives as non-const; the difference only affects `$var`.
    put(node, 'Directives', this.directives(!(extension && kind === 'INPUT_OBJECT')));
    if (kind === 'OBJECT' || kind === 'INTERFACE') put(node, 'Fields', this.some('{', '}', () => this.fieldDefinition()));
    if (kind === 'UNION') put(node, 'Types', this.unionMembers());
    if (kind === 'ENUM') put(node, 'EnumValues', this.some('{', '}', () => this.enumValueDefinition()));
    if (kind === 'INPUT_OBJECT') put(node, 'Fields', this.some('{', '}', () => this.inputValueDefinition()));
    if (extension && !node.Interfaces && !node.Directives && !node.Fields && !node.Types && !node.EnumValues) this.unexpected();
    node.BuiltIn = false;
    return node;
  }

  implementsInterfaces(): string[] {
    const out: string[] = [];
    if (this.peek().value !== 'implements') return out;
    this.next();
    this.skip('&');
    out.push(this.name());
    while (this.skip('&')) out.push(this.name());
    return out;
  }

  unionMembers(): string[] {
    const out: string[] = [];
    if (!this.skip('=')) return out;
    this.skip('|');
    out.push(this.name());
    while (this.skip('|')) out.push(this.name());
    return out;
  }

  description(): string {
    const t = this.peek();
    return t.kind === 'BlockString' || t.kind === 'String' ? this.next().value : '';
  }

  fieldDefinition(): Node {
    const node: Node = { ...pos(this.peek()), Description: this.description(), Name: this.name() };
    put(node, 'Arguments', this.some('(', ')', () => this.inputValueDefinition()));
    this.expect(':');
    node.Type = this.typeReference();
    put(node, 'Directives', this.directives(true));
    return node;
  }

  inputValueDefinition(): Node {
    const node: Node = { ...pos(this.peek()), Description: this.description(), Name: this.name() };
    this.expect(':');
    node.Type = this.typeReference();
    if (this.skip('=')) node.DefaultValue = this.valueLiteral(true);
    put(node, 'Directives', this.directives(true));
    return node;
  }

  enumValueDefinition(): Node {
    const node: Node = { ...pos(this.peek()), Description: this.description(), Name: this.name() };
    put(node, 'Directives', this.directives(true));
    return node;
  }

  extension(doc: Record<string, Json[]>): void {
    this.expectKeyword('extend');
    const t = this.peek();
    if (t.value === 'schema') doc.SchemaExtension.push(this.schemaDefinition('', true));
    else if (['scalar', 'type', 'interface', 'union', 'enum', 'input'].includes(t.value)) doc.Extensions.push(this.typeDefinition('', true));
    else this.unexpected();
  }

  directiveDefinition(description: string): Node {
    this.expectKeyword('directive');
    this.expect('@');
    const node: Node = { ...pos(this.peek()), Description: description, Name: this.name() };
    put(node, 'Arguments', this.some('(', ')', () => this.inputValueDefinition()));
    const t = this.peek();
    node.IsRepeatable = t.kind === 'Name' && t.value === 'repeatable';
    if (node.IsRepeatable) this.next();
    this.expectKeyword('on');
    this.skip('|');
    const locations = [this.directiveLocation()];
    while (this.skip('|')) locations.push(this.directiveLocation());
    node.Locations = locations;
    return node;
  }

  directiveLocation(): string {
    const t = this.expect('Name');
    if (LOCATIONS.has(t.value)) return t.value;
    this.unexpected(t);
  }
}

export function parseQuery(input: string): Node {
  return new Parser(input).queryDocument();
}

export function parseSchema(input: string): Node {
  return new Parser(input).schemaDocument();
}

export { GqlError };
