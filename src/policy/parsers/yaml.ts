// YAML as conftest reads it (sigs.k8s.io/yaml over go-yaml v2): YAML 1.1 scalars (`yes`, `on`, `y` are true; `0777`
// is octal; underscores in numbers), timestamps kept as strings, `<<` merge keys, non-string keys turned into
// strings (`on:` becomes "true", as in a GitHub workflow read by conftest), several documents as a list.
import { readYamlDocuments, DocumentSyntaxError, type PositionedDocument } from '../../core/document.ts';
import type { Scalar } from 'yaml';
import { fromDocument, type ParsedFile, type ParserImpl } from './parser.ts';

const PLAIN: Record<string, unknown> = {};
const words = (v: unknown, list: string) => list.split(' ').forEach((w) => (PLAIN[w] = v));
words(true, 'y Y yes Yes YES true True TRUE on On ON');
words(false, 'n N no No NO false False FALSE off Off OFF');
words(null, '~ null Null NULL');
words(Infinity, '.inf .Inf .INF +.inf +.Inf +.INF');
words(-Infinity, '-.inf -.Inf -.INF');
words(NaN, '.nan .NaN .NAN');

const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Go's strconv.ParseInt/ParseUint with base 0 (0x, 0o, 0b, leading-0 octal), as go-yaml v2 tries them. */
function goInt(s: string): number | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  const body = m[2];
  const digits = /^0[oO]/.test(body) ? '0o' + body.slice(2) : /^0[0-7]+$/.test(body) ? '0o' + body.slice(1) : body;
  const n = BigInt(digits) * (m[1] === '-' ? -1n : 1n);
  if (n < -INT64_MAX - 1n || n > UINT64_MAX || (m[1] === '-' && n < -INT64_MAX - 1n)) return undefined;
  if (m[1] === '+' && n > INT64_MAX) return undefined;
  return Number(n);
}

/** go-yaml v2's resolution of a plain scalar. */
export function resolvePlain(text: string): unknown {
  if (text === '') return null;
  if (Object.hasOwn(PLAIN, text)) return PLAIN[text];
  const c = text[0];
  if (c === '.') {
    return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(text) ? Number(text) : text;
  }
  if (!/[0-9+-]/.test(c)) return text;
  const plain = text.replaceAll('_', '');
  const int = goInt(plain);
  if (int !== undefined) return int;
  if (YAML_FLOAT.test(plain)) return Number(plain);
  return text;
}

const YAML_TAG = 'tag:yaml.org,2002:';

function scalar(node: Scalar): unknown {
  const text = String(node.value ?? '');
  const tag = node.tag;
  if (tag === `${YAML_TAG}str` || tag === '!') return text;
  if (node.type !== 'PLAIN' && !(tag && /^tag:yaml\.org,2002:(int|float|bool|null)$/.test(tag))) return text;
  if (tag && !tag.startsWith(YAML_TAG)) return text;
  return resolvePlain(text);
}

/** Go's strconv.FormatFloat(f, 'g', -1, 32): how go-yaml names a float key. */
function goFloatKey(f: number): string {
  if (f === Infinity) return '.inf';
  if (f === -Infinity) return '-.inf';
  if (Number.isNaN(f)) return '.nan';
  const single = Math.fround(f);
  let digits = 1;
  while (digits < 9 && Math.fround(Number(single.toPrecision(digits))) !== single) digits++;
  const [mant, exp] = single.toExponential(digits - 1).split('e');
  const e = Number(exp);
  // Go switches to the exponent form below 1e-4 and from 1e6 on when printing the shortest digits.
  if (e < -4 || e >= 6) return `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return String(Number(single.toPrecision(digits)));
}

function keyString(file: string) {
  return (key: unknown): string => {
    if (typeof key === 'boolean') return String(key);
    if (typeof key === 'number') return Number.isInteger(key) && Math.abs(key) < 2 ** 63 ? BigInt(key).toString() : goFloatKey(key);
    throw new DocumentSyntaxError(
      file,
      `a mapping key of type ${key === null ? 'null' : Array.isArray(key) ? 'list' : typeof key} has no JSON form`,
      1,
      undefined,
      'YAML',
    );
  };
}

/** Values JSON cannot carry stop the file, as they stop conftest's JSON conversion. */
function checkJsonable(v: unknown, file: string, doc: PositionedDocument, path: (string | number)[] = []): void {
  if (typeof v === 'number' && !Number.isFinite(v)) {
    throw new DocumentSyntaxError(file, `the value ${v} at ${path.join('.') || 'the top'} has no JSON form`, doc.lineOf(path) ?? 1, undefined, 'YAML');
  }
  if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) checkJsonable(x, file, doc, [...path, Array.isArray(v) ? Number(k) : k]);
}

export function parseYamlAsConftest(text: string, file: string): ParsedFile {
  const docs = readYamlDocuments(text.replace(/^\uFEFF/, ''), {
    file,
    schema: 'failsafe',
    scalar,
    key: keyString(file),
    merge: true,
    duplicateKeys: 'last',
  });
  // conftest splits documents at "\n---\n": a marker closing the file without a newline starts no document there.
  if (docs.length > 1 && /\n---[ \t]*$/.test(text) && docs[docs.length - 1].value === null) docs.pop();
  for (const d of docs) checkJsonable(d.value, file, d);
  if (docs.length === 0) return { value: null, documents: [null], lineOf: (_i, p) => (p.length ? undefined : 1) };
  if (docs.length === 1) return fromDocument(docs[0]);
  const values = docs.map((d) => d.value);
  return { value: values, documents: values, lineOf: (i, path) => docs[i]?.lineOf(path) };
}

export const yamlParser: ParserImpl = { parse: parseYamlAsConftest };
