// The one reader of positioned documents: YAML (every document of a stream) and JSON, each value with the source
// line of every key path, so a finding about `services.web.privileged` lands on that key's line. Built on the
// `yaml` package's composer and LineCounter. Config, canary, the policy parsers and the lock parsers share it.
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, parseDocument, type Document, type Node, type Scalar } from 'yaml';
import { UserError } from '../errors.ts';

export type KeyPath = readonly (string | number)[];

/** One parsed document: its plain value and the lines of its key paths. */
export interface PositionedDocument {
  value: unknown;
  /** The 1-based line of the key (map entry) or item (sequence) at `path`; `[]` is the document's first line. */
  lineOf(path: KeyPath): number | undefined;
}

/** The nearest line for a path: its own, else its closest ancestor's, else the document's first line. */
export function lineNear(doc: PositionedDocument, path: KeyPath): number {
  for (let n = path.length; n >= 0; n--) {
    const line = doc.lineOf(path.slice(0, n));
    if (line !== undefined) return line;
  }
  return 1;
}

/** A document that does not parse: file, line, column and the parser's message. */
export class DocumentSyntaxError extends UserError {
  constructor(file: string, message: string, line: number, col?: number, format = 'document') {
    super(`invalid ${format}: ${message}`, { where: { file, line, col }, hint: `fix the ${format} syntax`, code: 'syntax_error' });
  }
}

/** Aliases that expand past the bound (a "billion laughs"): a reader may say that in its own words. */
export class DocumentExpansionError extends DocumentSyntaxError {}

/** How a scalar becomes a value; the default is the `yaml` package's own (YAML 1.2 core schema). */
export type ScalarResolver = (node: Scalar) => unknown;

export interface YamlReadOptions {
  file: string;
  /** `failsafe` keeps every scalar a string, for a resolver of another YAML flavour. */
  schema?: 'core' | 'failsafe';
  scalar?: ScalarResolver;
  /** Converts a mapping key that is not a string (bool, number, null) into the string key of a plain object. */
  key?: (key: unknown) => string;
  /**
   * Nodes visited while converting, aliases included: bounds "billion laughs" expansions. The default, a million or
   * one per character of the text, is never reached without aliases (every node takes at least a character).
   */
  maxNodes?: number;
  /** `<<` merge keys as YAML 1.1 defines them. */
  merge?: boolean;
  /** A key given twice in one mapping: an error (the default, as YAML says), or the last one wins (as go-yaml v2). */
  duplicateKeys?: 'error' | 'last';
}

const pathKey = (path: KeyPath) => path.join('\u0000');

class Lines {
  private readonly lines = new Map<string, number>();
  set(path: KeyPath, line: number) {
    this.lines.set(pathKey(path), line);
  }
  document(): (path: KeyPath) => number | undefined {
    return (path) => this.lines.get(pathKey(path));
  }
}

/** Every document of a YAML stream (an empty stream is no document). */
export function readYamlDocuments(text: string, opts: YamlReadOptions): PositionedDocument[] {
  const counter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter: counter,
    prettyErrors: false,
    schema: opts.schema ?? 'core',
    uniqueKeys: opts.duplicateKeys !== 'last',
    merge: false,
  });
  const list = Array.isArray(docs) ? docs : [];
  for (const d of list) {
    const e = d.errors[0];
    if (e) {
      const pos = counter.linePos(e.pos[0]);
      throw new DocumentSyntaxError(opts.file, e.message.split('\n')[0], pos.line, pos.col, 'YAML');
    }
  }
  const lineAt = (offset: number) => counter.linePos(offset).line;
  return list.map((d) => {
    const lines = new Lines();
    const start = d.contents?.range?.[0] ?? d.range[0];
    lines.set([], lineAt(start));
    const value = new Converter(d, opts, lines, lineAt, opts.maxNodes ?? Math.max(1_000_000, text.length)).value(d.contents as Node | null, []);
    return { value, lineOf: lines.document() };
  });
}

/** The first document of a YAML text, or undefined for an empty one. */
export const readYaml = (text: string, opts: YamlReadOptions): PositionedDocument | undefined => readYamlDocuments(text, opts)[0];

class Converter {
  private visited = 0;
  private readonly active = new Set<Node>();
  constructor(
    private readonly doc: Document,
    private readonly opts: YamlReadOptions,
    private readonly lines: Lines,
    private readonly lineAt: (offset: number) => number,
    private readonly maxNodes: number,
  ) {}

  value(node: Node | null | undefined, path: KeyPath): unknown {
    if (!node) return null;
    if (++this.visited > this.maxNodes) {
      throw new DocumentExpansionError(this.opts.file, 'the document expands too far through aliases', this.lineAt(node.range?.[0] ?? 0), undefined, 'YAML');
    }
    if (isAlias(node)) {
      const target = node.resolve(this.doc) as Node | undefined;
      if (!target || this.active.has(target)) {
        throw new DocumentSyntaxError(
          this.opts.file,
          `alias *${node.source} refers to no anchor or to itself`,
          this.lineAt(node.range?.[0] ?? 0),
          undefined,
          'YAML',
        );
      }
      return this.value(target, path);
    }
    this.active.add(node);
    try {
      if (isScalar(node)) return this.opts.scalar ? this.opts.scalar(node) : node.toJSON();
      if (isSeq(node)) {
        return node.items.map((item, i) => {
          const n = item as Node;
          if (n?.range) this.lines.set([...path, i], this.lineAt(n.range[0]));
          return this.value(n, [...path, i]);
        });
      }
      if (isMap(node)) return this.map(node.items, path);
      return null;
    } finally {
      this.active.delete(node);
    }
  }

  private map(pairs: readonly unknown[], path: KeyPath): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const merged: Record<string, unknown>[] = [];
    for (const p of pairs) {
      if (!isPair(p)) continue;
      const keyNode = p.key as Node | null;
      if (this.opts.merge && isScalar(keyNode) && keyNode.source === '<<' && keyNode.type === 'PLAIN') {
        merged.push(...this.mergeSources(p.value as Node | null, path));
        continue;
      }
      const rawKey = keyNode ? (isScalar(keyNode) ? (this.opts.scalar ? this.opts.scalar(keyNode) : keyNode.toJSON()) : this.value(keyNode, path)) : null;
      const key = typeof rawKey === 'string' ? rawKey : this.opts.key ? this.opts.key(rawKey) : String(rawKey);
      const line = this.lineAt(keyNode?.range?.[0] ?? (p.value as Node | null)?.range?.[0] ?? 0);
      this.lines.set([...path, key], line);
      out[key] = this.value(p.value as Node | null, [...path, key]);
    }
    if (!merged.length) return out;
    // Explicit keys win over merged ones; earlier merge sources win over later ones (YAML 1.1 merge).
    const result: Record<string, unknown> = {};
    for (const src of merged.reverse()) Object.assign(result, src);
    return Object.assign(result, out);
  }

  private mergeSources(node: Node | null, path: KeyPath): Record<string, unknown>[] {
    const one = (n: Node | null): Record<string, unknown> => {
      const v = this.value(n, path);
      if (!v || typeof v !== 'object' || Array.isArray(v)) {
        throw new DocumentSyntaxError(
          this.opts.file,
          'a merge key (<<) takes a mapping or a list of mappings',
          this.lineAt(n?.range?.[0] ?? 0),
          undefined,
          'YAML',
        );
      }
      return v as Record<string, unknown>;
    };
    if (isSeq(node)) return node.items.map((i) => one(i as Node));
    return [one(node)];
  }
}

/** A JSON text: values as JSON.parse gives them (the last of duplicate keys wins), lines from the YAML composer. */
export function readJson(text: string, file: string, format = 'JSON'): PositionedDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // V8's message does not always give the position: a small scan finds where the text stops being JSON.
    const { offset, message } = jsonSyntaxError(text) ?? { offset: 0, message: (e as Error).message };
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    throw new DocumentSyntaxError(file, message, line, offset - before.lastIndexOf('\n'), format);
  }
  // The lines are only wanted when a finding names a path: composed on the first question, not on every read.
  let lines: ((path: KeyPath) => number | undefined) | undefined;
  return { value, lineOf: (path) => (lines ??= jsonLines(text))(path) };
}

/** The first place where `text` is not JSON, and what was expected there; undefined for valid JSON. */
export function jsonSyntaxError(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const found = () => (i >= text.length ? 'the end of the input' : JSON.stringify(text[i]));
  class Stop {
    constructor(readonly message: string) {}
  }
  const fail = (expected: string): never => {
    throw new Stop(`expected ${expected}, found ${found()}`);
  };
  const string = () => {
    // eslint-disable-next-line no-control-regex -- a JSON string may not hold control characters
    const m = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(text.slice(i));
    if (!m) fail('a string in double quotes');
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail('a key in double quotes');
        string();
        ws();
        if (text[i] !== ':') fail('":"');
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail('"," or "]"');
      }
    }
    if (c === '"') return string();
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!m) fail('a value');
    i += m![0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) fail('the end of the input');
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return { offset: i, message: e.message };
    throw e;
  }
}

/** Key-path lines of a text already known to be JSON (or JSON with comments blanked out). */
export function jsonLines(text: string): (path: KeyPath) => number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, schema: 'json', uniqueKeys: false });
  const lines = new Lines();
  lines.set([], counter.linePos(firstContent(text)).line);
  // JSON that YAML cannot compose (a rare corner, such as a key over 1024 characters) keeps only its first line.
  if (!doc.errors.length) new Converter(doc, { file: '' }, lines, (o) => counter.linePos(o).line, Infinity).value(doc.contents as Node | null, []);
  return lines.document();
}

const firstContent = (text: string) => Math.max(0, text.search(/\S/));
