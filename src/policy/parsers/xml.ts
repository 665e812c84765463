// XML as conftest reads it (goxml2json): each element an object of its attributes (`-name`), its children (a list
// when a name repeats) and its text (`#content`, only beside attributes or children), or just its text when it has
// neither; names without their namespace prefix; text trimmed, the last run of text in an element winning.
// Read with sax (maintained, strict, with lines). goxml2json stops quietly at the first error and yields what it read;
// we refuse the file with the error's line instead, so a broken file is never a silently partial input.
import sax from 'sax';
import { DocumentSyntaxError } from '../../core/document.ts';
import type { ParserImpl } from './parser.ts';

interface XmlNode {
  children: Map<string, XmlNode[]>;
  data: string;
  line: number;
}

/** Go's encoding/xml local name: after the first colon, unless the colon is first or last. */
const local = (name: string) => {
  const i = name.indexOf(':');
  return i < 1 || i > name.length - 2 ? name : name.slice(i + 1);
};

/** goxml2json's trimNonGraphic: spaces and non-graphic characters off both ends. */
const trim = (s: string) => s.replace(/^[\s\p{C}\p{Z}]+|[\s\p{C}\p{Z}]+$/gu, '');

const node = (line: number): XmlNode => ({ children: new Map(), data: '', line });
const add = (parent: XmlNode, label: string, child: XmlNode) => {
  const list = parent.children.get(label);
  if (list) list.push(child);
  else parent.children.set(label, [child]);
};

function toJson(n: XmlNode, path: (string | number)[], lines: Map<string, number>): unknown {
  lines.set(path.join('\u0000'), n.line);
  if (!n.children.size) return n.data;
  const out: Record<string, unknown> = {};
  if (n.data) out['#content'] = n.data;
  for (const [label, list] of n.children) {
    out[label] = list.length > 1 ? list.map((c, i) => toJson(c, [...path, label, i], lines)) : toJson(list[0], [...path, label], lines);
    if (list.length > 1) lines.set([...path, label].join('\u0000'), list[0].line);
  }
  return out;
}

export const xmlParser: ParserImpl = {
  parse(text, file) {
    const parser = sax.parser(true, { position: true });
    const root = node(1);
    const stack: { label: string; n: XmlNode }[] = [{ label: '', n: root }];
    const top = () => stack[stack.length - 1].n;
    const setText = (t: string) => (top().data = trim(t));
    let failure: DocumentSyntaxError | undefined;
    parser.onerror = (e) => {
      failure ??= new DocumentSyntaxError(file, e.message.split('\n')[0], parser.line + 1, parser.column, 'XML');
      // Go on to the end so that sax does not throw mid-write; the first error is the one reported.
      parser.resume();
    };
    parser.onopentag = (tag) => {
      const n = node(parser.line + 1);
      for (const [name, value] of Object.entries(tag.attributes)) add(n, `-${local(name)}`, { children: new Map(), data: String(value), line: n.line });
      stack.push({ label: local(tag.name), n });
    };
    parser.ontext = setText;
    parser.oncdata = setText;
    parser.onclosetag = () => {
      const done = stack.pop()!;
      add(top(), done.label, done.n);
    };
    try {
      parser.write(text.replace(/^\uFEFF/, '')).close();
    } catch (e) {
      failure ??= new DocumentSyntaxError(file, (e as Error).message.split('\n')[0], parser.line + 1, parser.column, 'XML');
    }
    if (failure) throw failure;
    const lines = new Map<string, number>();
    const value = toJson(root, [], lines);
    return { value, documents: [value], lineOf: (_i, path) => lines.get(path.join('\u0000')) };
  },
};
