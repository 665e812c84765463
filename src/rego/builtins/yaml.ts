// yaml.marshal / yaml.unmarshal / yaml.is_valid as OPA does them: through sigs.k8s.io/yaml (go-yaml v2, YAML 1.1
// scalars: yes/no/on/off/y/n are booleans, timestamps stay strings, integers beyond 64 bits become floats) and JSON.
import * as YAML from 'yaml';
import { setYamlLib } from '../yaml-lib.ts';
import { readYaml } from './yaml-text.ts';
import { type Value, RObject, DepthError, fromJSON, toJSON, parseNumber } from '../value/value.ts';
import { UserError } from '../../errors.ts';
import { type BuiltinFn, asString, builtinError } from './types.ts';
import { marshal } from './json.ts';
import { goSprintf, quoteString } from './strings/gofmt.ts';

// go-yaml decodes timestamps into strings when the target is interface{}.
const noTimestamp = (tags: YAML.Tags) => tags.filter((t) => (t as { tag?: string }).tag !== 'tag:yaml.org,2002:timestamp');
// go-yaml also reads YAML 1.2's 0o17 as an octal integer.
const octal12: YAML.ScalarTag = {
  tag: 'tag:yaml.org,2002:int', format: 'OCT', default: true, test: /^0o[0-7]+$/,
  identify: () => false, resolve: (str: string) => BigInt(str),
};
const PARSE: YAML.ParseOptions & YAML.DocumentOptions & YAML.SchemaOptions = {
  version: '1.1', intAsBigInt: true, uniqueKeys: false, customTags: (tags) => [...noTimestamp(tags), octal12],
};

function goMessage(e: YAML.YAMLError, text: string): string {
  const line = e.linePos?.[0]?.line ?? 1;
  const msg = e.message;
  // An unterminated flow collection: go-yaml wants a node after an opening bracket or a comma, else the closer.
  if (/Flow (sequence|map)/.test(msg) && /[{[,]\s*$/.test(text)) return `yaml: line ${line}: did not find expected node content`;
  if (/Flow sequence/.test(msg)) return `yaml: line ${line}: did not find expected ',' or ']'`;
  if (/Flow map/.test(msg)) return `yaml: line ${line}: did not find expected ',' or '}'`;
  if (e.code === 'TAB_AS_INDENT') return 'yaml: found character that cannot start any token';
  if (e.code === 'MISSING_CHAR' && /quote/i.test(msg)) return 'yaml: found unexpected end of stream';
  if (/Nested mappings|Implicit keys/.test(msg)) return `yaml: line ${line}: mapping values are not allowed in this context`;
  return `yaml: line ${line}: ${msg.split(' at line ')[0]}`;
}

const INT64 = 1n << 63n;
const UINT64 = 1n << 64n;

/** The JSON view of a decoded YAML value: string keys, 64-bit integers, no Inf/NaN. */
function toJSONView(v: Value): Value {
  if (typeof v === 'bigint' && (v >= UINT64 || v < -INT64)) {
    // go-yaml reads it as a float64; OPA then holds that float's shortest decimal text.
    const f = Number(v);
    return Number.isFinite(f) ? parseNumber(String(f)) ?? v : v;
  }
  if (typeof v === 'number' && !Number.isFinite(v)) {
    throw builtinError(`json: unsupported value: ${Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf'}`);
  }
  if (Array.isArray(v)) return v.map(toJSONView);
  if (v instanceof RObject) {
    const out = new RObject();
    for (const [k, x] of v.entries()) {
      if (k === null) {
        const shown = typeof x === 'string' ? quoteString(x) : marshal(x);
        throw builtinError(`unsupported map key of type: %!s(<nil>), key: <nil>, value: ${shown}`);
      }
      out.set(typeof k === 'string' ? k : marshal(toJSONView(k)), toJSONView(x));
    }
    return out;
  }
  return v;
}

// the family loaded means the library is: METADATA blocks parsed later need no second load
setYamlLib(YAML);

const parse = (text: string): Value => readYaml(text, parseShallow);

/** What go-yaml's scanner refuses before the first document's content, which the YAML library accepts: a tab where a
 * token could start (block context, at a line's start) and a directive other than %YAML and %TAG. */
function checkPreamble(text: string): void {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    const where = i === 0 ? 'yaml: ' : `yaml: line ${i + 1}: `;
    const lead = /^[ \t]*/.exec(line)![0];
    if (lead.includes('\t')) throw builtinError(`${where}found character that cannot start any token`);
    const rest = line.slice(lead.length);
    if (rest === '' || rest.startsWith('#')) continue;
    const directive = /^%([0-9A-Za-z_-]+)/.exec(line);
    if (!directive) return;
    if (directive[1] !== 'YAML' && directive[1] !== 'TAG') throw builtinError(`${where}found unknown directive name`);
  }
}

/** go-yaml's scanner reads an anchor or alias name as one or more of [0-9A-Za-z_-] followed by a blank, the end or one
 * of ?:,]}%@` (the YAML library takes more): the first name of the first document that breaks this, with its offset. */
function badAnchor(text: string): { at: number; message: string } | undefined {
  let at = 0;
  let line = 0;
  let content = false;
  for (const tok of new YAML.Lexer().lex(text)) {
    // the lexer's own markers (document, scalar, flow end) take no room in the text
    if (tok.length === 1 && tok < ' ' && !'\n\t\r'.includes(tok)) continue;
    if ((tok === '---' || tok === '...') && content) return undefined;
    if (tok[0] === '&' || tok[0] === '*') {
      const name = /^[0-9A-Za-z_-]*/.exec(tok.slice(1))![0];
      const next = tok[1 + name.length];
      if (name === '' || (next !== undefined && !'?:,]}%@`'.includes(next))) {
        return { at, message: `yaml: ${line ? `line ${line + 1}: ` : ''}did not find expected alphabetic or numeric character` };
      }
    }
    if (!/^\s*$/.test(tok) && tok[0] !== '#' && tok[0] !== '%') content = true;
    at += tok.length;
    line += tok.split('\n').length - 1;
  }
  return undefined;
}

// go-yaml's reader refuses characters outside YAML's printable set before it scans anything
const UNPRINTABLE = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

function parseShallow(text: string): Value {
  if (UNPRINTABLE.test(text)) throw builtinError('yaml: control characters are not allowed');
  checkPreamble(text);
  // Only the first document counts, as with go-yaml's Unmarshal.
  const docs = YAML.parseAllDocuments(text, PARSE);
  const doc = Array.isArray(docs) ? docs[0] : docs;
  if (!doc) return null;
  const anchor = badAnchor(text);
  const first = doc.errors[0];
  if (anchor && !(first && first.pos[0] < anchor.at)) throw builtinError(anchor.message);
  if (first) throw builtinError(goMessage(first, text));
  let js;
  try {
    js = doc.toJS({ mapAsMap: true, maxAliasCount: 1000 });
  } catch (e) {
    const alias = /^Unresolved alias .*: (.*)$/.exec((e as Error).message);
    if (alias) throw builtinError(`yaml: unknown anchor '${alias[1]}' referenced`);
    throw e;
  }
  return toJSONView(fromJSON(js));
}

// go-yaml v2's resolution of plain scalars (YAML 1.1): strings that would read back as another type are quoted.
const NON_STRING = [
  /^(~|null|Null|NULL)$/,
  /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^[-+]?(0|[1-9][0-9_]*)$/, /^[-+]?0b[01_]+$/, /^[-+]?0[0-7_]+$/, /^[-+]?0x[0-9a-fA-F_]+$/,
  /^[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/,
  /^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(inf|Inf|INF)$/, /^\.(nan|NaN|NAN)$/,
  /^\d{4}-\d\d?-\d\d?(([Tt]|[ \t]+)\d\d?:\d\d:\d\d(\.\d*)?([ \t]*(Z|[-+]\d\d?(:\d\d)?))?)?$/,
];

function resolvesNonString(s: string): boolean {
  return s === '' || NON_STRING.some((re) => re.test(s));
}

/** go-yaml's is_printable: what a string may hold and still be written plain, single-quoted or as a block. */
function goYamlPrintable(cp: number): boolean {
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff)
    || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) || cp === 0x85;
}

const YAML_ESCAPES: Record<number, string> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e', 0x22: '"', 0x5c: '\\',
  0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

/** A string as go-yaml writes one it may not write otherwise: double-quoted, with its escapes (unicode allowed). */
function goYamlDoubleQuoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const esc = YAML_ESCAPES[cp];
    const breakOrBom = cp === 0x0a || cp === 0x0d || cp === 0x85 || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff;
    if (esc !== undefined && (cp === 0x22 || cp === 0x5c || !goYamlPrintable(cp) || breakOrBom)) out += `\\${esc}`;
    else if (!goYamlPrintable(cp) || breakOrBom) {
      out += cp <= 0xff ? `\\x${cp.toString(16).toUpperCase().padStart(2, '0')}` : cp <= 0xffff
        ? `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}` : `\\U${cp.toString(16).toUpperCase().padStart(8, '0')}`;
    } else out += ch;
  }
  return out + '"';
}

function marshalYAML(v: Value): string {
  // JSON round trip first: integers beyond 64 bits become floats, as in Go.
  const json = toJSON(toJSONView(v));
  const doc = new YAML.Document(json, { version: '1.1' });
  // A number that is no 64-bit integer is a float64 in Go and written as strconv's shortest 'g' (1.5e+300,
  // 1.2345678901234568e+22); the library would write all digits, so it gets a placeholder, replaced afterwards.
  const floats: string[] = [];
  const strings: string[] = [];
  YAML.visit(doc, {
    Scalar(_key, node) {
      const v = node.value;
      if (typeof v === 'string' && [...v].some((c) => !goYamlPrintable(c.codePointAt(0)!))) {
        // characters go-yaml cannot write unescaped: its own double-quoted form, put in afterwards
        node.value = `__string${strings.length}__`;
        strings.push(goYamlDoubleQuoted(v));
        return;
      }
      if (typeof v === 'string' && !v.includes('\n') && resolvesNonString(v)) node.type = 'QUOTE_DOUBLE';
      if ((typeof v === 'number' && !Number.isInteger(v)) || (typeof v === 'bigint' && (v >= UINT64 || v < -INT64))) {
        node.value = `__float${floats.length}__`;
        floats.push(goSprintf('%v', [{ kind: 'float', v: Number(v) }]));
      }
    },
  });
  return doc.toString({ singleQuote: true, indentSeq: false, lineWidth: 0 }).replace(/__float(\d+)__/g, (_m, i: string) => floats[Number(i)])
    .replace(/__string(\d+)__/g, (_m, i: string) => strings[Number(i)]);
}

export const builtins: Record<string, BuiltinFn> = {
  'yaml.marshal': ([v]) => marshalYAML(v),
  'yaml.unmarshal': ([s]) => parse(asString(s, 1)),
  'yaml.is_valid': ([s]) => {
    if (typeof s !== 'string') return false;
    try { parse(s); return true; } catch { return false; }
  },
};
