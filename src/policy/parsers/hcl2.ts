// HCL2 (Terraform) as conftest reads it (hcl2json): blocks nest by type then labels, the innermost a list of bodies
// (`resource.aws_s3_bucket.logs[0].acl`); constant values (numbers, booleans, null, strings, lists and objects of
// them) become JSON values; any other expression becomes its source text as `${...}` (`"${var.region}"`); templates
// keep their interpolations and directives as text. The npm options are a Go WebAssembly build of hcl2json that
// cannot ship inside our bundle and parsers of other shapes, so this is our own parser of HCL's native syntax, which
// also keeps the line of every attribute and block.
import { DocumentSyntaxError } from '../../core/document.ts';
import { HclError, HclParser, type BodyItem, type Expr } from './hcl2-syntax.ts';
import type { ParserImpl } from './parser.ts';

// Function replacements: in a replacement string `$$` would mean one `$`.
const escapeLiteral = (s: string) => s.replaceAll('${', () => '$${').replaceAll('%{', () => '%%{');

class Converter {
  constructor(
    readonly src: string,
    readonly lineAt: (offset: number) => number,
    readonly lines: Map<string, number>,
  ) {}

  /** hcl2json's rangeSource: the expression's text, and a `)` right after it. */
  source(e: { start: number; end: number; text?: string }): string {
    const src = e.text ?? this.src;
    const end = src[e.end] === ')' ? e.end + 1 : e.end;
    return src.slice(e.start, end);
  }

  wrap(e: Expr): string {
    return '${' + this.source(e) + '}';
  }

  body(items: BodyItem[], path: (string | number)[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const item of items) if (item.kind === 'block') this.block(item, out, path);
    for (const item of items) {
      if (item.kind !== 'attr') continue;
      this.lines.set([...path, item.name].join('\u0000'), this.lineAt(item.at));
      out[item.name] = this.expression(item.expr, [...path, item.name]);
    }
    return out;
  }

  block(block: Extract<BodyItem, { kind: 'block' }>, root: Record<string, unknown>, base: (string | number)[]) {
    let out = root;
    let key = block.type;
    const path = [...base];
    for (const label of block.labels) {
      path.push(key);
      if (!this.lines.has(path.join('\u0000'))) this.lines.set(path.join('\u0000'), this.lineAt(block.at));
      if (Object.hasOwn(out, key)) {
        const next = out[key];
        if (!next || typeof next !== 'object' || Array.isArray(next)) {
          throw new HclError(`Unable to convert Block to JSON: ${block.type}.${block.labels.join('.')}`, block.at);
        }
        out = next as Record<string, unknown>;
      } else {
        out[key] = {};
        out = out[key] as Record<string, unknown>;
      }
      key = label;
    }
    path.push(key);
    const list = Object.hasOwn(out, key) ? out[key] : undefined;
    if (list !== undefined && !Array.isArray(list)) {
      throw new HclError(`invalid HCL detected for "${key}" block, cannot have blocks with and without labels`, block.at);
    }
    const index = list ? (list as unknown[]).length : 0;
    if (!this.lines.has(path.join('\u0000'))) this.lines.set(path.join('\u0000'), this.lineAt(block.at));
    this.lines.set([...path, index].join('\u0000'), this.lineAt(block.at));
    const value = this.body(block.body, [...path, index]);
    if (list) (list as unknown[]).push(value);
    else out[key] = [value];
  }

  expression(e: Expr, path: (string | number)[]): unknown {
    switch (e.kind) {
      case 'literal':
        return e.value;
      case 'unary':
        if (e.operand.kind !== 'literal') return this.wrap(e);
        if (e.op === '-' && typeof e.operand.value === 'number') return -e.operand.value;
        if (e.op === '!' && typeof e.operand.value === 'boolean') return !e.operand.value;
        throw new HclError(`Invalid operand: unsuitable value for the ${e.op} operator`, e.start);
      case 'template':
        return this.template(e);
      case 'wrap':
        return this.expression(e.inner, path);
      case 'tuple':
        return e.items.map((x, i) => {
          this.lines.set([...path, i].join('\u0000'), this.lineAt(x.start));
          return this.expression(x, [...path, i]);
        });
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const item of e.items) {
          const key = item.bare ? this.source(item.key) : this.stringPart(item.key);
          this.lines.set([...path, key].join('\u0000'), this.lineAt(item.line));
          out[key] = this.expression(item.value, [...path, key]);
        }
        return out;
      }
      default:
        return this.wrap(e);
    }
  }

  template(e: Extract<Expr, { kind: 'template' }>): string {
    return e.parts.map((p) => (p.kind === 'lit' ? escapeLiteral(p.text) : this.stringPart(p.expr))).join('');
  }

  stringPart(e: Expr): string {
    switch (e.kind) {
      case 'literal':
        return e.value === null ? 'null' : escapeLiteral(String(e.value));
      case 'template':
        return this.template(e);
      case 'wrap':
        return this.stringPart(e.inner);
      case 'conditional': {
        const yes = this.stringPart(e.yes);
        const no = this.stringPart(e.no);
        return `%{if ${this.source(e.cond)}}${yes}${no ? `%{else}${no}` : ''}%{endif}`;
      }
      case 'for':
        return `%{for ${e.key ? `${e.key}, ` : ''}${e.val} in ${this.source(e.coll)}}${this.stringPart(e.body)}%{endfor}`;
      default:
        return this.wrap(e);
    }
  }
}

export const hcl2Parser: ParserImpl = {
  parse(text, file) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    const lineAt = (offset: number) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    };
    const lines = new Map<string, number>();
    try {
      const items = new HclParser(text).items(false);
      const value = new Converter(text, lineAt, lines).body(items, []);
      return { value, documents: [value], lineOf: (_i, path) => (path.length ? lines.get(path.join('\u0000')) : 1) };
    } catch (e) {
      if (!(e instanceof HclError)) throw e;
      const line = lineAt(e.at);
      throw new DocumentSyntaxError(file, e.message, line, e.at - starts[line - 1] + 1, 'HCL');
    }
  },
};
