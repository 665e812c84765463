// JSON Schemas as the type checker's types, the way OPA's schema parser (ast/schema.go) reads them: `type` (the first
// of boolean, string, integer/number, object, array that a list names), `properties` (an object of exactly those keys,
// whatever `additionalProperties` says), `items` (one schema: array[T]; a list: a tuple), `anyOf` (a union, with the
// core object if it has properties), `allOf` (merged), local `$ref`s. What OPA ignores gives `any` here too (`null`,
// `enum` without `type`, `oneOf`, bare `{}`). A schema is foreign input: its shape is checked and its size and depth
// are bounded, and a `$ref` that leads back into itself is `any` (OPA overflows its stack there).
import { RegoError, type Loc } from '../errors.ts';
import { ANY, or, type T } from './type-unify.ts';

/** Schemas by their path under `schema.` (`schemaKey(['kubernetes', 'pod'])`), as `--schema` gives them. */
export type SchemaSet = ReadonlyMap<string, unknown>;

/** The key of the schema at `path` (`[]`: the input schema of every rule, a file given to --schema). */
export const schemaKey = (path: readonly string[]): string => JSON.stringify(path);

const MAX_DEPTH = 100;
const MAX_NODES = 100_000;
const VALID = ['array', 'boolean', 'integer', 'number', 'null', 'object', 'string'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class SchemaError extends Error {}

/** The type of a JSON Schema, or OPA's `rego_type_error` ("unable to compile the schema: ...") at `loc`. */
export function schemaType(raw: unknown, loc?: Loc): T {
  try {
    return new Parser(raw).parse(raw, 0);
  } catch (e) {
    if (!(e instanceof SchemaError)) throw e;
    throw new RegoError('rego_type_error', e.message, loc);
  }
}

class Parser {
  private nodes = 0;
  private refs: string[] = [];
  /** Each definition is read once however often it is referred to (a Kubernetes schema refers to some hundreds of times). */
  private resolved = new Map<string, T>();

  constructor(private root: unknown) {}

  private invalid(what: string): never {
    throw new SchemaError(`unable to compile the schema: ${what}`);
  }

  parse(s: unknown, depth: number): T {
    if (++this.nodes > MAX_NODES) this.invalid(`more than ${MAX_NODES} subschemas`);
    if (depth > MAX_DEPTH) this.invalid(`nested deeper than ${MAX_DEPTH} levels`);
    if (typeof s === 'boolean') return ANY;
    if (!isObj(s)) this.invalid('schema is invalid');
    const types = this.types(s);
    if (s.$ref !== undefined) return this.ref(s.$ref, depth);
    if (s.anyOf !== undefined) {
      const alts: T[] = [];
      if (types.length) {
        const core = this.parse({ ...s, anyOf: undefined }, depth + 1);
        if (core.k === 'object' && core.static.size && !core.dynamic) alts.push(core);
      }
      for (const a of this.list(s.anyOf, 'anyOf')) alts.push(this.parse(a, depth + 1));
      return alts.length ? or(alts) : ANY;
    }
    if (s.allOf !== undefined) {
      const parts = this.list(s.allOf, 'allOf');
      if (types.length) parts.push({ ...s, allOf: undefined });
      return parts.map((p) => this.parse(p, depth + 1)).reduce((a, b) => merge(a, b));
    }
    const props = s.properties;
    if (props !== undefined && !isObj(props)) this.invalid('properties must be an object');
    const items = s.items;
    if (items !== undefined && !isObj(items) && !Array.isArray(items) && typeof items !== 'boolean') this.invalid('items must be a schema or an array of schemas');
    // OPA takes the first of these a `type` list names; without `type`, properties make an object, items an array
    const kind = ['boolean', 'string', 'integer', 'number', 'object', 'array'].find((t) => types.includes(t))
      ?? (props && Object.keys(props).length ? 'object' : items !== undefined && (!Array.isArray(items) || items.length) ? 'array' : undefined);
    switch (kind) {
      case 'boolean': return { k: 'boolean' };
      case 'string': return { k: 'string' };
      case 'integer': case 'number': return { k: 'number' };
      case 'object': {
        const keys = props ? Object.keys(props).sort() : [];
        if (!keys.length) return { k: 'object', static: new Map(), dynamic: { key: ANY, value: ANY } };
        return { k: 'object', static: new Map(keys.map((k) => [JSON.stringify(k), this.parse(props![k], depth + 1)])) };
      }
      case 'array': {
        if (Array.isArray(items) && items.length) return { k: 'array', static: items.map((i) => this.parse(i, depth + 1)) };
        if (items !== undefined && !Array.isArray(items)) return { k: 'array', static: [], dynamic: this.parse(items, depth + 1) };
        return { k: 'array', static: [], dynamic: ANY };
      }
      default: return ANY;
    }
  }

  private types(s: Obj): string[] {
    const t = s.type;
    if (t === undefined) return [];
    const list = Array.isArray(t) ? t : [t];
    for (const x of list) {
      if (typeof x !== 'string' || !VALID.includes(x)) {
        this.invalid(`has a primitive type that is NOT VALID -- given: /${typeof x === 'string' ? x : JSON.stringify(x)}/ Expected valid values are:[${VALID.join(' ')}]`);
      }
    }
    return list as string[];
  }

  private list(v: unknown, name: string): unknown[] {
    if (!Array.isArray(v) || !v.length) this.invalid(`${name} must be a non-empty array of schemas`);
    return [...v];
  }

  /** A `$ref` into the same document (`#`, `#/definitions/x`, `#/$defs/x`, any JSON pointer); others are refused. */
  private ref(ref: unknown, depth: number): T {
    if (typeof ref !== 'string') this.invalid('$ref must be a string');
    if (!ref.startsWith('#')) this.invalid(`reference ${JSON.stringify(ref)} is not inside the schema (remote references are not loaded)`);
    if (this.refs.includes(ref)) return ANY;
    const known = this.resolved.get(ref);
    if (known) return known;
    let cur: unknown = this.root;
    const pointer = decodeURIComponent(ref.slice(1));
    for (const raw of pointer.split('/').slice(1)) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (Array.isArray(cur) && /^\d+$/.test(key) && Number(key) < cur.length) cur = cur[Number(key)];
      else if (isObj(cur) && Object.hasOwn(cur, key)) cur = cur[key];
      else this.invalid(`${Array.isArray(cur) ? 'Array' : 'Object'} has no key '${key}'`);
    }
    this.refs.push(ref);
    try {
      const t = this.parse(cur, depth + 1);
      this.resolved.set(ref, t);
      return t;
    } finally {
      this.refs.pop();
    }
  }
}

/** allOf: objects join their properties, arrays their items, a scalar only with the same scalar (OPA's rules). */
function merge(a: T, b: T): T {
  if (a.k === 'any' && !a.of.length) return b;
  if (b.k === 'any' && !b.of.length) return a;
  const mismatch = (): never => { throw new SchemaError(`type checking: unable to merge these schemas: type mismatch: ${a.k} and ${b.k}`); };
  if (a.k !== b.k) return mismatch();
  if (a.k === 'object' && b.k === 'object') {
    const stat = new Map(a.static);
    for (const [k, v] of b.static) stat.set(k, stat.has(k) ? merge(stat.get(k)!, v) : v);
    const sorted = new Map([...stat].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
    const dynamic = stat.size ? undefined : a.dynamic ?? b.dynamic;
    return { k: 'object', static: sorted, ...(dynamic ? { dynamic } : {}) };
  }
  if (a.k === 'array' && b.k === 'array') {
    const n = Math.max(a.static.length, b.static.length);
    const stat = Array.from({ length: n }, (_, i) => (a.static[i] && b.static[i] ? merge(a.static[i], b.static[i]) : a.static[i] ?? b.static[i]));
    const dynamic = a.dynamic && b.dynamic ? merge(a.dynamic, b.dynamic) : n ? undefined : a.dynamic ?? b.dynamic;
    return { k: 'array', static: stat, ...(dynamic ? { dynamic } : {}) };
  }
  return a;
}
