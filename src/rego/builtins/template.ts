// strings.render_template: the subset of Go's text/template that policies use — fields (.a.b), variables, range
// (with index/value variables), if/else if/else, with, comparison and logic functions, len/index/print/printf-free
// printing — rendering values as Go's fmt.Sprint does. Missing keys render as <undefined>, as OPA does.
import { type Value, RObject, RSet, isNum, numToString, compare, equal } from '../value/value.ts';
import { type BuiltinFn, asString, asObject, builtinError } from './types.ts';

type Node =
  | { t: 'text'; s: string }
  | { t: 'action'; pipe: string; decl?: string[] }
  | { t: 'if' | 'with'; pipe: string; then: Node[]; else: Node[] }
  | { t: 'range'; pipe: string; vars: string[]; body: Node[]; else: Node[] };

const MISSING = Symbol('missing');
type V = Value | typeof MISSING;

function tokenize(src: string): ({ text: string } | { action: string })[] {
  const out: ({ text: string } | { action: string })[] = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open < 0) {
      out.push({ text: src.slice(i) });
      break;
    }
    let text = src.slice(i, open);
    let start = open + 2;
    if (src[start] === '-' && /\s/.test(src[start + 1] ?? '')) {
      text = text.replace(/\s+$/, '');
      start++;
    }
    const close = src.indexOf('}}', start);
    if (close < 0) throw builtinError('template: unclosed action');
    let end = close;
    let next = close + 2;
    if (src[close - 1] === '-' && /\s/.test(src[close - 2] ?? '')) {
      end--;
      while (next < src.length && /\s/.test(src[next])) next++;
    }
    out.push({ text }, { action: src.slice(start, end).trim() });
    i = next;
  }
  return out.filter((x) => !('text' in x) || x.text !== '');
}

function parse(tokens: ({ text: string } | { action: string })[], pos: { i: number }, stop: string[]): { nodes: Node[]; end: string } {
  const nodes: Node[] = [];
  while (pos.i < tokens.length) {
    const tok = tokens[pos.i++];
    if ('text' in tok) {
      nodes.push({ t: 'text', s: tok.text });
      continue;
    }
    const a = tok.action;
    if (a.startsWith('/*')) continue;
    const word = a.split(/\s+/)[0];
    if (stop.includes(word)) return { nodes, end: a };
    if (word === 'if' || word === 'with') {
      nodes.push(parseIf(word, a.slice(word.length).trim(), tokens, pos));
    } else if (word === 'range') {
      let pipe = a.slice(5).trim();
      let vars: string[] = [];
      const m = /^(\$\w*)\s*(?:,\s*(\$\w*))?\s*:=\s*(.*)$/.exec(pipe);
      if (m) {
        vars = m[2] ? [m[1], m[2]] : [m[1]];
        pipe = m[3];
      }
      const body = parse(tokens, pos, ['else', 'end']);
      const elseNodes = body.end === 'else' ? parse(tokens, pos, ['end']).nodes : [];
      nodes.push({ t: 'range', pipe, vars, body: body.nodes, else: elseNodes });
    } else {
      const m = /^(\$\w*)\s*:?=\s*(.*)$/.exec(a);
      nodes.push(m ? { t: 'action', pipe: m[2], decl: [m[1]] } : { t: 'action', pipe: a });
    }
  }
  if (stop.length) throw builtinError('template: unexpected EOF');
  return { nodes, end: '' };
}

type Tokens = ({ text: string } | { action: string })[];

/** An if/with node up to its `end`; `else if` chains nest, sharing the one `end`. */
function parseIf(kind: 'if' | 'with', pipe: string, tokens: Tokens, pos: { i: number }): Node {
  const body = parse(tokens, pos, ['else', 'end']);
  let elseNodes: Node[] = [];
  if (body.end.startsWith('else ')) {
    const rest = body.end.slice(5).trim();
    const w = rest.split(/\s+/)[0] === 'with' ? 'with' : 'if';
    elseNodes = [parseIf(w, rest.slice(w.length).trim(), tokens, pos)];
  } else if (body.end === 'else') elseNodes = parse(tokens, pos, ['end']).nodes;
  return { t: kind, pipe, then: body.nodes, else: elseNodes };
}

function sprint(v: V): string {
  if (v === MISSING) return '<undefined>';
  if (v === null) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (isNum(v)) return numToString(v);
  if (Array.isArray(v)) return `[${v.map(sprint).join(' ')}]`;
  if (v instanceof RSet) return `[${v.sorted().map(sprint).join(' ')}]`;
  return `map[${v.sorted().map(([k, x]) => `${sprint(k)}:${sprint(x)}`).join(' ')}]`;
}

const truthy = (v: V): boolean => {
  if (v === MISSING || v === null || v === false || v === '' || v === 0) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof RSet || v instanceof RObject) return v.sorted().length > 0;
  return true;
};

interface Scope { dot: V; vars: Map<string, V> }

function splitArgs(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  let quote = '';
  for (const ch of s) {
    if (quote) {
      cur += ch;
      if (ch === quote && !cur.endsWith('\\' + quote)) quote = '';
      continue;
    }
    if (ch === '"' || ch === '`') quote = ch;
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

function field(base: V, path: string[]): V {
  let v = base;
  for (const p of path) {
    if (!(v instanceof RObject)) return MISSING;
    const next = v.get(p);
    v = next === undefined ? MISSING : next;
  }
  return v;
}

function operand(s: string, scope: Scope): V {
  if (s.startsWith('(') && s.endsWith(')')) return pipeline(s.slice(1, -1), scope);
  if (s === '.') return scope.dot;
  if (s.startsWith('.')) return field(scope.dot, s.slice(1).split('.'));
  if (s.startsWith('$')) {
    const [name, ...path] = s.split('.');
    const v = scope.vars.get(name);
    if (v === undefined) throw builtinError(`template: undefined variable "${name}"`);
    return field(v, path);
  }
  if (s.startsWith('"')) return JSON.parse(s) as string;
  if (s.startsWith('`')) return s.slice(1, -1);
  if (s === 'true' || s === 'false') return s === 'true';
  if (s === 'nil') return null;
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s)) return Number(s);
  throw builtinError(`template: function "${s}" not defined`);
}

const cmp = (a: V, b: V): number => compare(a === MISSING ? null : a, b === MISSING ? null : b);
const FUNCS: Record<string, (args: V[]) => V> = {
  eq: ([a, ...bs]) => bs.some((b) => equal(a === MISSING ? null : a, b === MISSING ? null : b)),
  ne: ([a, b]) => cmp(a, b) !== 0,
  lt: ([a, b]) => cmp(a, b) < 0,
  le: ([a, b]) => cmp(a, b) <= 0,
  gt: ([a, b]) => cmp(a, b) > 0,
  ge: ([a, b]) => cmp(a, b) >= 0,
  not: ([a]) => !truthy(a),
  and: (args) => args.find((a) => !truthy(a)) ?? args[args.length - 1],
  or: (args) => args.find((a) => truthy(a)) ?? args[args.length - 1],
  len: ([a]) => (typeof a === 'string' ? Buffer.byteLength(a) : Array.isArray(a) ? a.length : a instanceof RSet || a instanceof RObject ? a.sorted().length : 0),
  index: ([a, ...keys]) => keys.reduce<V>((v, k) => (Array.isArray(v) && typeof k === 'number' ? v[k] ?? MISSING : v instanceof RObject && k !== MISSING ? v.get(k) ?? MISSING : MISSING), a),
  print: (args) => args.map(sprint).join(''),
  println: (args) => args.map(sprint).join(' ') + '\n',
};

function command(cmd: string, scope: Scope, piped?: V): V {
  const parts = splitArgs(cmd);
  const fn = FUNCS[parts[0]];
  if (fn) {
    const args = parts.slice(1).map((p) => operand(p, scope));
    if (piped !== undefined) args.push(piped);
    return fn(args);
  }
  return operand(parts[0], scope);
}

function pipeline(s: string, scope: Scope): V {
  let v: V | undefined;
  for (const cmd of s.split(/\|(?=(?:[^"`]*["`][^"`]*["`])*[^"`]*$)/)) v = command(cmd.trim(), scope, v);
  return v === undefined ? MISSING : v;
}

function exec(nodes: Node[], scope: Scope, out: string[]): void {
  for (const n of nodes) {
    if (n.t === 'text') out.push(n.s);
    else if (n.t === 'action') {
      const v = pipeline(n.pipe, scope);
      if (n.decl) scope.vars.set(n.decl[0], v);
      else out.push(sprint(v));
    } else if (n.t === 'if' || n.t === 'with') {
      const v = pipeline(n.pipe, scope);
      if (truthy(v)) exec(n.then, n.t === 'with' ? { dot: v, vars: scope.vars } : scope, out);
      else exec(n.else, scope, out);
    } else if (n.t === 'range') {
      const v = pipeline(n.pipe, scope);
      const items: [V, V][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : v instanceof RSet ? v.sorted().map((x, i) => [i, x])
        : v instanceof RObject ? v.sorted() : [];
      if (items.length === 0) exec(n.else, scope, out);
      for (const [k, x] of items) {
        const vars = new Map(scope.vars);
        if (n.vars.length === 1) vars.set(n.vars[0], x);
        if (n.vars.length === 2) {
          vars.set(n.vars[0], k);
          vars.set(n.vars[1], x);
        }
        exec(n.body, { dot: x, vars }, out);
      }
    }
  }
}

export function renderTemplate(template: string, vars: RObject): string {
  const { nodes } = parse(tokenize(template), { i: 0 }, []);
  const out: string[] = [];
  exec(nodes, { dot: vars, vars: new Map([['$', vars]]) }, out);
  return out.join('');
}

export const builtins: Record<string, BuiltinFn> = {
  'strings.render_template': ([t, v]) => renderTemplate(asString(t, 1), asObject(v, 2)),
};
