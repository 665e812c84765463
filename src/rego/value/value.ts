// The Rego value model, with OPA's semantics.
// Representation (chosen so the common cases are plain JS values and fast):
//   null, boolean, string        -> the JS primitive
//   number                       -> JS `number` (safe integers and floats) or `bigint` (integers beyond 2^53);
//                                   normalised so one numeric value has exactly one representation (see `num`),
//                                   or `RFloat`, a number whose text OPA keeps (see below)
//   array                        -> a plain JS array `Value[]` (treated as immutable once built)
//   set                          -> `RSet`
//   object                       -> `RObject` (any Value as key)
// Values are immutable once they have been handed to someone else; builders mutate only while constructing.
//
// Numbers (their representation, and OPA's arithmetic and comparison of them): numbers.ts.

import { UserError } from '../../errors.ts';
import { RFloat, isNum, num, numCompare, numToString, type Num } from './numbers.ts';

// The number model is numbers.ts; values' users take it from here with the rest.
export * from './numbers.ts';

export type Value = null | boolean | number | bigint | string | Value[] | RSet | RObject | RFloat;

// ---------------------------------------------------------------------------------------------------------------
// strings: OPA compares UTF-8 bytes, i.e. code points; JS `<` compares UTF-16 code units.

export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let ca = a.charCodeAt(i);
    let cb = b.charCodeAt(i);
    if (ca !== cb) {
      if (ca >= 0xd800 && cb >= 0xd800) {
        ca = ca <= 0xdfff ? ca + 0x2000 : ca - 0x800;
        cb = cb <= 0xdfff ? cb + 0x2000 : cb - 0x800;
      }
      return ca < cb ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------------------------
// hashing: a string key per value, equal iff the values are equal. Strings map to themselves (the hot path).

export function hashKey(v: Value): string {
  if (typeof v === 'string') return v.length > 0 && v.charCodeAt(0) === 0 ? '\u0000s' + v : v;
  return '\u0000' + encodeKey(v);
}

function scalarKey(v: Value): string {
  switch (typeof v) {
    case 'string': return JSON.stringify(v);
    case 'number': return '#' + String(v);
    case 'bigint': return '#' + v.toString();
    case 'boolean': return v ? 't' : 'f';
    default:
      if (v === null) return 'n';
      return (v as RFloat | RSet | RObject).canonical();
  }
}

/** Children for hashing: any order will do (the encoding sorts), and a set or object already encoded is a leaf. */
function keyKids(v: Value): Value[] | undefined {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.knownCanonical() === undefined ? [...v.values()] : undefined;
  if (v instanceof RObject) return v.knownCanonical() === undefined ? [...v.entries()].flat() : undefined;
  return undefined;
}

function encodeKey(v: Value): string {
  return foldValue<string>(v, scalarKey, (x, kids) => {
    if (Array.isArray(x)) return '[' + kids.join(',') + ']';
    if (x instanceof RSet) return x.rememberCanonical('{' + kids.sort().join(',') + '}');
    const parts: string[] = [];
    for (let i = 0; i < kids.length; i += 2) parts.push(kids[i] + ':' + kids[i + 1]);
    return (x as RObject).rememberCanonical('<' + parts.sort().join(',') + '>');
  }, keyKids);
}

// ---------------------------------------------------------------------------------------------------------------
// set

export class RSet {
  private readonly map = new Map<string, Value>();
  private sortedCache: Value[] | undefined;
  private canon: string | undefined;

  constructor(items?: Iterable<Value>) {
    if (items) for (const v of items) this.add(v);
  }

  get size(): number { return this.map.size; }

  add(v: Value): this {
    const k = hashKey(v);
    if (!this.map.has(k)) {
      this.map.set(k, v);
      this.sortedCache = undefined;
      this.canon = undefined;
    }
    return this;
  }

  has(v: Value): boolean { return this.map.has(hashKey(v)); }

  /** The element equal to v as stored (useful to keep one representation). */
  get(v: Value): Value | undefined { return this.map.get(hashKey(v)); }

  /** Elements in insertion order (cheap); use `sorted()` for OPA's iteration order. */
  values(): IterableIterator<Value> { return this.map.values(); }

  /** Elements in OPA's order. */
  sorted(): Value[] {
    if (!this.sortedCache) this.sortedCache = [...this.map.values()].sort(compare);
    return this.sortedCache;
  }

  [Symbol.iterator](): Iterator<Value> { return this.sorted()[Symbol.iterator](); }

  canonical(): string { return this.canon ?? encodeKey(this); }
  knownCanonical(): string | undefined { return this.canon; }
  rememberCanonical(c: string): string { this.canon = c; return c; }
}

// ---------------------------------------------------------------------------------------------------------------
// object

export class RObject {
  private readonly map = new Map<string, [Value, Value]>();
  private sortedCache: [Value, Value][] | undefined;
  private canon: string | undefined;

  constructor(entries?: Iterable<[Value, Value]>) {
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  get size(): number { return this.map.size; }

  set(k: Value, v: Value): this {
    const h = hashKey(k);
    const e = this.map.get(h);
    // like OPA, an equal key already present (3 for 3.0) keeps its form
    this.map.set(h, [e === undefined ? k : e[0], v]);
    this.sortedCache = undefined;
    this.canon = undefined;
    return this;
  }

  get(k: Value): Value | undefined {
    const e = this.map.get(hashKey(k));
    return e === undefined ? undefined : e[1];
  }

  /** Fast path for string keys. */
  getStr(k: string): Value | undefined {
    const e = this.map.get(k.length > 0 && k.charCodeAt(0) === 0 ? '\u0000s' + k : k);
    return e === undefined ? undefined : e[1];
  }

  has(k: Value): boolean { return this.map.has(hashKey(k)); }

  delete(k: Value): boolean {
    const r = this.map.delete(hashKey(k));
    if (r) { this.sortedCache = undefined; this.canon = undefined; }
    return r;
  }

  /** Entries in insertion order (cheap); use `sorted()` for OPA's iteration order. */
  entries(): IterableIterator<[Value, Value]> { return this.map.values(); }

  /** Entries sorted by key, OPA's iteration order. */
  sorted(): [Value, Value][] {
    if (!this.sortedCache) this.sortedCache = [...this.map.values()].sort((a, b) => compare(a[0], b[0]));
    return this.sortedCache;
  }

  keys(): Value[] { return this.sorted().map((e) => e[0]); }

  canonical(): string { return this.canon ?? encodeKey(this); }
  knownCanonical(): string | undefined { return this.canon; }
  rememberCanonical(c: string): string { this.canon = c; return c; }
}

// ---------------------------------------------------------------------------------------------------------------
// constructors and predicates for builtin authors

export const str = (s: string): Value => s;
export const bool = (b: boolean): Value => b;
export const arr = (items: Iterable<Value>): Value[] => [...items];
export const set = (items: Iterable<Value> = []): RSet => new RSet(items);
/** An object from [key, value] pairs or from a JS record with string keys. */
export function obj(entries: Iterable<[Value, Value]> | Record<string, Value> = []): RObject {
  if (Symbol.iterator in (entries as object)) return new RObject(entries as Iterable<[Value, Value]>);
  return new RObject(Object.entries(entries as Record<string, Value>));
}

export const isString = (v: Value | undefined): v is string => typeof v === 'string';
export const isBool = (v: Value | undefined): v is boolean => typeof v === 'boolean';
export const isNull = (v: Value | undefined): v is null => v === null;
export const isArray = (v: Value | undefined): v is Value[] => Array.isArray(v);
export const isSet = (v: Value | undefined): v is RSet => v instanceof RSet;
export const isObject = (v: Value | undefined): v is RObject => v instanceof RObject;

/** OPA's type_name. */
export function typeName(v: Value): string {
  switch (typeof v) {
    case 'string': return 'string';
    case 'number': case 'bigint': return 'number';
    case 'boolean': return 'boolean';
    default:
      if (v === null) return 'null';
      if (Array.isArray(v)) return 'array';
      if (v instanceof RFloat) return 'number';
      return v instanceof RSet ? 'set' : 'object';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// order and equality (OPA's ast.Compare: null < boolean < number < string < array < object < set)

function rank(v: Value): number {
  switch (typeof v) {
    case 'boolean': return 1;
    case 'number': case 'bigint': return 2;
    case 'string': return 3;
    default:
      if (v === null) return 0;
      if (Array.isArray(v)) return 4;
      if (v instanceof RFloat) return 2;
      return v instanceof RObject ? 5 : 6;
  }
}

export function compare(a: Value, b: Value): number {
  if (typeof a === 'string' && typeof b === 'string') return strCompare(a, b);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case 0: return 0;
    case 1: return a === b ? 0 : a ? 1 : -1;
    case 2: return numCompare(a as Num, b as Num);
    case 4: return sliceCompare(a as Value[], b as Value[]);
    case 5: {
      const ea = (a as RObject).sorted();
      const eb = (b as RObject).sorted();
      const n = Math.min(ea.length, eb.length);
      for (let i = 0; i < n; i++) {
        const c = compare(ea[i][0], eb[i][0]);
        if (c !== 0) return c;
        const d = compare(ea[i][1], eb[i][1]);
        if (d !== 0) return d;
      }
      return ea.length - eb.length < 0 ? -1 : ea.length > eb.length ? 1 : 0;
    }
    default: return sliceCompare((a as RSet).sorted(), (b as RSet).sorted());
  }
}

function sliceCompare(a: Value[], b: Value[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compare(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** Equality of two values (iterative: deep values do not exhaust the stack). */
export function equal(a: Value, b: Value): boolean {
  const pending: [Value, Value][] = [[a, b]];
  while (pending.length) {
    const [x, y] = pending.pop()!;
    if (x === y) continue;
    if (typeof x !== 'object' || x === null || y === null || typeof y !== 'object' || x instanceof RFloat || y instanceof RFloat) {
      // numbers are normalised, so equal numbers have the same representation, except an RFloat, equal to a plain
      // number or another RFloat of the same value
      if ((x instanceof RFloat || y instanceof RFloat) && isNum(x) && isNum(y) && numCompare(x, y) === 0) continue;
      return false;
    }
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) pending.push([x[i], y[i]]);
    } else if (x instanceof RSet) {
      if (!(y instanceof RSet) || x.size !== y.size) return false;
      for (const v of x.values()) if (!y.has(v)) return false;
    } else {
      const o = x as RObject;
      if (!(y instanceof RObject) || o.size !== y.size) return false;
      for (const [k, v] of o.entries()) {
        const w = y.get(k);
        if (w === undefined) return false;
        pending.push([v, w]);
      }
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON

// Nesting: OPA reads, walks and prints values to a depth of 10,000 and refuses deeper ones. JS recursion runs out of
// stack near 3,000 levels, so the functions below that follow a value's nesting keep their own stack.
export const MAX_DEPTH = 10_000;

/** A value nested deeper than MAX_DEPTH; a builtin meeting one fails with this message after its name. */
export class DepthError extends UserError {
  constructor() { super(`exceeded max depth of ${MAX_DEPTH}`, { code: 'max_depth', hint: 'such deep nesting is refused, as by OPA' }); }
}

/** The children of a composite value in OPA's order (object: key, value, key, value...), undefined for a scalar. */
function childrenOf(v: Value): Value[] | undefined {
  if (Array.isArray(v)) return v;
  if (v instanceof RSet) return v.sorted();
  if (v instanceof RObject) return v.sorted().flat();
  return undefined;
}

/**
 * Post-order fold over a value without recursion: `leaf` gives a scalar's result, `node` combines a composite's
 * children's results (`depth` is the composite's nesting level, 0 at the root). Deeper than MAX_DEPTH: DepthError.
 */
export function foldValue<T, V = Value>(root: V, leaf: (v: V) => T, node: (v: V, kids: T[], depth: number) => T,
  kidsOf: (v: V) => V[] | undefined = childrenOf as unknown as (v: V) => V[] | undefined): T {
  const rootKids = kidsOf(root);
  if (rootKids === undefined) return leaf(root);
  const stack: { v: V; kids: V[]; out: T[] }[] = [{ v: root, kids: rootKids, out: [] }];
  for (;;) {
    const top = stack[stack.length - 1];
    if (top.out.length < top.kids.length) {
      const c = top.kids[top.out.length];
      const ck = kidsOf(c);
      if (ck === undefined) { top.out.push(leaf(c)); continue; }
      if (stack.length >= MAX_DEPTH) throw new DepthError();
      stack.push({ v: c, kids: ck, out: [] });
      continue;
    }
    const r = node(top.v, top.out, stack.length - 1);
    stack.pop();
    if (!stack.length) return r;
    stack[stack.length - 1].out.push(r);
  }
}

function jsKids(x: unknown): unknown[] | undefined {
  if (x === null || typeof x !== 'object' || x instanceof RSet || x instanceof RObject || x instanceof RFloat) return undefined;
  if (Array.isArray(x)) return x;
  if (x instanceof Map) return [...x.entries()].flat();
  return Object.entries(x as Record<string, unknown>).flat();
}

function scalarFromJSON(x: unknown): Value {
  switch (typeof x) {
    case 'string': return x;
    case 'number': case 'bigint': return num(x);
    case 'boolean': return x;
    case 'undefined': return null;
    default: return x as Value;
  }
}

/** A Rego value from parsed JSON/YAML data (numbers may be bigint; Maps and plain objects become objects). */
export function fromJSON(x: unknown): Value {
  return foldValue<Value, unknown>(x, scalarFromJSON, (v, kids) => {
    if (Array.isArray(v)) return kids;
    const o = new RObject();
    for (let i = 0; i < kids.length; i += 2) o.set(kids[i], kids[i + 1]);
    return o;
  }, jsKids);
}

/** A JS value for JSON output: sets become sorted arrays; non-string keys become their JSON text; big integers stay bigint. */
export function toJSON(v: Value): unknown {
  return foldValue<unknown>(v, (x) => (x instanceof RFloat ? x.plain : x), (x, kids) => {
    if (!(x instanceof RObject)) return kids;
    const out: Record<string, unknown> = {};
    const keys = x.keys();
    for (let i = 0; i < kids.length; i += 2) out[typeof keys[i / 2] === 'string' ? keys[i / 2] as string : toJSONText(keys[i / 2])] = kids[i + 1];
    return out;
  });
}

function scalarText(v: Value): string {
  switch (typeof v) {
    case 'string': return JSON.stringify(v);
    case 'boolean': return v ? 'true' : 'false';
    case 'number': case 'bigint': return numToString(v);
    default: return v === null ? 'null' : (v as RFloat).text;
  }
}

/** Compact JSON text of a value as OPA writes it (keys sorted, sets as sorted arrays, exact big integers). */
export function toJSONText(v: Value, indent?: string, level = ''): string {
  return foldValue<string>(v, scalarText, (x, kids, depth) => {
    if (kids.length === 0) return x instanceof RObject ? '{}' : '[]';
    const pad = indent === undefined ? '' : level + indent.repeat(depth);
    const nl = indent === undefined ? '' : '\n' + pad + indent;
    const end = indent === undefined ? '' : '\n' + pad;
    if (!(x instanceof RObject)) return '[' + kids.map((k) => nl + k).join(',') + end + ']';
    const keys = x.keys();
    const keyed: [string, string][] = [];
    for (let i = 0; i < kids.length; i += 2) keyed.push([typeof keys[i / 2] === 'string' ? keys[i / 2] as string : kids[i], kids[i + 1]]);
    keyed.sort((a, b) => strCompare(a[0], b[0]));
    const sep = indent === undefined ? ':' : ': ';
    return '{' + keyed.map(([k, val]) => nl + JSON.stringify(k) + sep + val).join(',') + end + '}';
  });
}

/** Rego source text of a value (as OPA prints terms: sets as {..}, empty set as set()). */
export function toRegoText(v: Value): string {
  if (v instanceof RSet) return v.size === 0 ? 'set()' : '{' + v.sorted().map(toRegoText).join(', ') + '}';
  if (v instanceof RObject) return '{' + v.sorted().map(([k, x]) => toRegoText(k) + ': ' + toRegoText(x)).join(', ') + '}';
  if (Array.isArray(v)) return '[' + v.map(toRegoText).join(', ') + ']';
  return toJSONText(v);
}
