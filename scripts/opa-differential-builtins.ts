// Builtin differential fuzzer (outside the default test run; needs Go and the module proxy for the first build):
//   npx tsx scripts/opa-differential-builtins.ts [--record] [--only <builtin>] | --types | --relist
// For every builtin of OPA's capabilities.json it generates calls with arguments of every type and edge values
// (empty, unicode, huge, negative, NaN-like strings, nested), literal (OPA's type checker sees them) and through
// `input` (the builtin's own checks), evaluates them all in one OPA process (scripts/opa-differential, OPA as a library)
// and with our engine, and prints the agreement per builtin and every difference of result or error.
// --record writes the calls with OPA's outcomes to test/rego/testdata/builtin-fuzz.json, which the default test run
// checks without OPA (test/rego/builtin-fuzz.test.ts; expected differences in testdata/builtin-fuzz-known.json).
// --relist rewrites only that list of differences from the recorded corpus (no OPA, no Go): after a fix.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { runOurs, opaOutcome, recordOutput, difference, type DiffCase, type Recorded } from '../test/rego/differential.ts';
import { toJSONText } from '../src/rego/value/value.ts';

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const only = flag('--only');
const typesOnly = args.includes('--types');
const record = args.includes('--record');
const here = dirname(fileURLToPath(import.meta.url));
const caps = JSON.parse(readFileSync(join(here, '../../shared/opa-compliance/capabilities.json'), 'utf8')) as {
  builtins: { name: string; infix?: string; decl: { args?: TypeDecl[]; variadic?: TypeDecl } }[];
};
interface TypeDecl { type: string; of?: TypeDecl[] | TypeDecl }

// Builtins whose answer depends on the clock, randomness, the network or the process: not comparable call by call.
const SKIP = new Set(['http.send', 'net.lookup_ip_addr', 'rand.intn', 'time.now_ns', 'uuid.rfc4122', 'opa.runtime', 'trace',
  'print', 'internal.print', 'internal.test_case', 'rego.metadata.chain', 'rego.metadata.rule', 'eq', 'assign',
  'io.jwt.encode_sign', 'io.jwt.encode_sign_raw', 'internal.member_2', 'internal.member_3', 'internal.template_string']);
// Arguments that would make a call build a huge value (bits.lsh(1, 2^53), numbers.range(0, 1e300)) stay small there.
const SMALL_NUMBERS = new Set(['bits.lsh', 'numbers.range', 'numbers.range_step', 'strings.repeat', 'net.cidr_expand']);

type Kind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object' | 'set';
const KINDS: Kind[] = ['string', 'number', 'boolean', 'null', 'array', 'object', 'set'];

/** Edge values per kind, as Rego term text, with whether JSON can carry them (for calls through input). */
const POOL: Record<Kind, string[]> = {
  string: ['""', '"a"', '"héllo ☃ 😀"', '"NaN"', '"-1"', '"1e3"', '" 12 "', '"0x1F"', '"Inf"', '"a,b,c"', '"%v %d"',
    '"2006-01-02T15:04:05Z"', '"1h30m"', '"1d"', '"http://u:p@a.com:80/b c?x=1&y=%zz#f"', '"a%20b"', '"*.b"', '"^a+$"',
    '"[1,2]"', '"{\\"a\\": 1}"', '"a: [1, 2]"', '"\\t"', '"1.0.0"', '"10.0.0.0/30"', `"${'x'.repeat(300)}"`],
  number: ['0', '1', '-1', '1.5', '-2.5', '1e3', '1.5e300', '3.0', '0.1', '-7', '9007199254740993', '12345678901234567890123'],
  boolean: ['true', 'false'],
  null: ['null'],
  array: ['[]', '[1, 2, 3]', '["a", "b"]', '[[1], [2, [3]]]', '[1, "a", null]', '[1.5e300]', '[-0.0, 1e3]'],
  object: ['{}', '{"a": 1}', '{"a": {"b": [1, 2]}, "c": "d"}', '{1: "x"}', '{"": null}'],
  set: ['set()', '{1, 2}', '{"a", "b"}', '{[1], {"x": 1}}'],
};
const JSONABLE = (t: string) => !/set\(\)|\{1, 2\}|\{"a", "b"\}|\{\[1\]|\{1: |9007199254740993|12345678901234567890123/.test(t);

function kindsOf(d: TypeDecl | undefined): Kind[] {
  if (!d) return KINDS;
  if (d.type === 'any') {
    const of = Array.isArray(d.of) ? d.of : d.of ? [d.of] : [];
    return of.length ? [...new Set(of.flatMap(kindsOf))] : KINDS;
  }
  return KINDS.includes(d.type as Kind) ? [d.type as Kind] : KINDS;
}

/** Calls of one builtin: rotating combinations of typed edge values, then each argument given every other kind. */
function callsOf(name: string, decls: TypeDecl[]): { query: string; input?: unknown[] }[] {
  const small = SMALL_NUMBERS.has(name);
  const pool = (k: Kind) => (small && k === 'number' ? ['0', '1', '-1', '3', '1.5'] : POOL[k]);
  const typed = decls.map((d) => kindsOf(d).flatMap(pool));
  const out: { query: string; input?: unknown[] }[] = [];
  const seen = new Set<string>();
  const add = (terms: string[], viaInput: boolean) => {
    const query = viaInput ? `x := ${name}(${terms.map((_, i) => `input[${i}]`).join(', ')})` : `x := ${name}(${terms.join(', ')})`;
    const key = query + (viaInput ? terms.join('\u0000') : '');
    if (seen.has(key)) return;
    seen.add(key);
    out.push(viaInput ? { query, input: terms.map((t) => JSON.parse(t.replace(/-0\.0/g, '-0'))) } : { query });
  };
  if (!decls.length) { add([], false); return out; }
  const combos = Math.min(40, Math.max(...typed.map((t) => t.length)) * 2);
  for (let c = 0; c < combos; c++) add(typed.map((t, i) => t[(c * (i + 1) + Math.floor(c / t.length) * i) % t.length]), false);
  decls.forEach((d, i) => {
    const wanted = new Set(kindsOf(d));
    for (const k of KINDS) {
      if (wanted.has(k)) continue;
      for (const v of POOL[k].slice(0, 2)) {
        const terms = typed.map((t) => t[0]);
        terms[i] = v;
        add(terms, false);
        if (terms.every(JSONABLE)) add(terms, true);
      }
    }
  });
  return out;
}

/** Hand-picked calls for the edges named in issue 15 (formatting, units, URLs, YAML). */
const EXTRA: string[] = [
  'sprintf("%+q", ["a\\nb"])', 'sprintf("%v", [1.5e300])', 'sprintf("%G", [1.5e300])', 'sprintf("%g", [0.000001])', 'sprintf("%d", [-0])',
  'sprintf("%d", [1e3])', 'sprintf("%e", [1234.5678])', 'sprintf("%x", ["hi"])', 'sprintf("%5.2f|%-5d|%05d", [3.14159, 42, 7])',
  'sprintf("%v", [{"a": [1, {2}]}])', 'sprintf("%s", [1])', 'sprintf("%d", ["a"])', 'sprintf("%!", [])', 'sprintf("%v %v", [1])',
  'time.parse_duration_ns("1d")', 'time.parse_duration_ns("2w")', 'time.parse_duration_ns("1y")', 'time.parse_duration_ns("1.5h")',
  'time.parse_duration_ns("-3m4s")', 'time.parse_duration_ns("1µs")', 'time.parse_duration_ns("")',
  'urlquery.decode("a%zz")', 'urlquery.decode("a+b%20c")', 'urlquery.encode("a b&c=d/é")', 'urlquery.decode_object("a=1&a=2&b=%zz")',
  'urlquery.encode_object({"a": ["1", "2"], "b": {"x"}})', 'urlquery.decode_object("a=1;b=2")',
  'yaml.marshal({"a": 12345678901234567890123})', 'yaml.marshal({"a": 1.5e300, "b": "yes", "c": "1e3"})', 'yaml.is_valid("a: 1\\n---\\nb: 2")',
  'yaml.is_valid("a:\\tb")', 'yaml.is_valid("\\ta: 1")', 'yaml.unmarshal("a: 0o17")', 'yaml.unmarshal("a: 017")', 'yaml.unmarshal("a: 0x1F")',
  'yaml.unmarshal("a: yes")', 'yaml.unmarshal("a: 1e3")', 'yaml.unmarshal("- 1\\n- [2, 3]")', 'yaml.unmarshal("a: &x 1\\nb: *x")',
  'json.patch([1, 2], [{"op": "add", "path": "/0", "value": 9}, {"op": "copy", "from": "/0", "path": "/1"}])',
  'equal(10.0, 1)', 'equal(20.0, 2)', 'equal(10.0, 10)', 'sum([9223372036854775807, 1])', 'product([9223372036854775807, 2])', 'is_number("1")', 'is_string(1)', 'is_array({1})', 'is_set([1])',
  'is_object([])', 'is_boolean("true")', 'is_null(false)', 'type_name(1.5e300)', 'format_int(-0, 10)', 'format_int(1e3, 16)',
  'to_number("0x10")', 'to_number("1e400")', 'to_number(" 1")', 'to_number("-0")', 'units.parse("1Ki")', 'units.parse_bytes("1.5GiB")',
  'units.parse("1e3")', 'units.parse_bytes("10 mb")', 'concat(",", {"b", "a"})', 'strings.replace_n({"a": "b"}, "aaa")',
  'regex.match("(", "a")', 'regex.split("", "abc")', 'glob.match("*", [], "a.b")', 'glob.match("[", [], "a")',
  'net.cidr_contains("10.0.0.0/8", "10.1.2.3")', 'net.cidr_contains("10.0.0.0/33", "10.1.2.3")', 'net.cidr_is_valid("::1/128")',
  'semver.compare("1.0.0", "1.0.0-alpha")', 'semver.is_valid("v1.0.0")', 'base64.decode("aGk")', 'base64url.decode("aGk=")',
  'hex.decode("zz")', 'object.get({"a": {"b": 1}}, ["a", "b"], 0)', 'object.union_n([{"a": 1}, {"a": {"b": 2}}])',
  'json.unmarshal("1.0")', 'json.marshal_with_options({"a": [1]}, {"pretty": true, "indent": "  "})', 'numbers.range(1, -2)',
  'round(-2.5)', 'ceil(-0.5)', 'abs(-12345678901234567890123)', 'count("héllo")', 'substring("héllo", 1, -1)', 'indexof("héllo", "l")',
  'trim_right("xxaxx", "x")', 'split("a..b", ".")', 'strings.count("aaa", "")', 'sprintf("%T", [1])', 'contains("", "")',
  'time.add_date(0, 1, 1, 1)', 'time.date([0, "America/New_York"])', 'time.parse_rfc3339_ns("2006-01-02T15:04:05.999999999Z")',
  'time.format([0, "UTC", "2006-01-02 Mon Jan 15:04:05.000 MST"])', 'time.diff(0, 1e18)', 'uuid.parse("not-a-uuid")',
];

// --types: write every builtin's declaration (operand and result names and types: facts of OPA's capabilities, which
// `opa capabilities --current` prints with the names that the shared capabilities.json leaves out).
if (typesOnly) {
  const current = JSON.parse(execFileSync(process.env.OPA_BIN ?? 'opa', ['capabilities', '--current'], { maxBuffer: 1 << 26 }).toString()) as {
    builtins: { name: string; decl: Record<string, unknown> }[];
  };
  const strip = (x: unknown): unknown => (Array.isArray(x) ? x.map(strip) : x && typeof x === 'object'
    ? Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'description').map(([k, v]) => [k, strip(v)])) : x);
  const decls = Object.fromEntries(current.builtins.map((b) => {
    // `type` is always "function"
    const decl = strip(b.decl) as Record<string, unknown>;
    delete decl.type;
    return [b.name, decl];
  }).sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1)));
  const out = join(here, '../src/rego/builtins/declarations/capabilities.ts');
  writeFileSync(out, `// Every builtin's declaration as OPA 1.19.1 declares it: operands and result, with their names and types.\n`
    + '// Generated by `npx tsx scripts/opa-differential-builtins.ts --types` (OPA_BIN or opa on PATH); do not edit.\n'
    + `import type { BuiltinDecl } from './types.ts';\n\nexport const DECLARATIONS: Record<string, BuiltinDecl> = ${JSON.stringify(decls)};\n`);
  console.log(`wrote ${out}`);
  process.exit(0);
}

/** Where OPA 1.19.1 is plainly wrong we keep the correct answer (src/rego/DIFFERENCES.md says why). */
const DELIBERATE: [RegExp, string][] = [
  [/^x := json\.patch\(\[1, 2\], \[\{"op": "add", "path": "\/0", "value": 9\}, \{"op": "copy"/, 'json.patch add then copy: OPA corrupts the array (shared backing slice)'],
  [/^x := (sum|product)\(\[9223372036854775807/, 'sum/product of integers: OPA wraps at int64, we keep exact integers'],
  [/^x := equal\((10|20)\.0, (1|2)\)$/, 'OPA 1.19.1 finds 10.0 == 1 true (a number text with trailing zeros compared wrongly); 10 is not 1'],
  [/^x := crypto\.x509\.parse_keypair\(input\[0\], input\[1\]\)$/, 'parse_keypair: OPA names the key operand 1 in its type error; it is operand 2'],
  [/^x := rego\.parse_module\(input\[0\], input\[1\]\)$/, 'rego.parse_module: OPA names the module text operand 1 in its type error; it is operand 2'],
  [/^x := graphql\.parse\(input\[0\], input\[1\]\)$/, 'graphql.parse: OPA counts operands from 0 in its type errors; they count from 1'],
  [/^x := rem\(-?\d+, 1\.5e300\)$/, 'rem: OPA tests the divisor for zero by its low 64 bits (1.5e300 is a multiple of 2^64): "modulo by zero"'],
  [/^x := bits\.rsh\(-?\d+, 1\.5e300\)$/, 'bits.rsh: OPA shifts by the low 64 bits of the count (0 for 1.5e300), so -7 >> 1.5e300 is -7; it is -1'],
];

const knownPath = join(here, '../test/rego/testdata/builtin-fuzz-known.json');
/** Each difference is listed: a deliberate one (src/rego/DIFFERENCES.md) with its reason, any other as open. */
function writeKnown(recorded: (DiffCase & { opa: Recorded })[]): number {
  const known: Record<string, string> = {};
  for (const c of recorded) {
    const d = difference(runOurs(c), opaOutcome(c.opa));
    if (!d) continue;
    const why = DELIBERATE.find(([re]) => re.test(c.query))?.[1];
    known[c.name] = why ? `deliberate: ${why}` : `open: ${d.split('\n')[0].slice(0, 200)}`;
  }
  writeFileSync(knownPath, JSON.stringify(known, null, 1) + '\n');
  return Object.keys(known).length;
}

if (args.includes('--relist')) {
  const recorded = JSON.parse(readFileSync(join(here, '../test/rego/testdata/builtin-fuzz.json'), 'utf8')) as (DiffCase & { opa: Recorded })[];
  console.log(`${writeKnown(recorded)} known differences of ${recorded.length} recorded calls, in ${knownPath}`);
  process.exit(0);
}

const cases: DiffCase[] = [];
for (const b of caps.builtins) {
  if (SKIP.has(b.name) || (only && b.name !== only)) continue;
  callsOf(b.name, b.decl.args ?? []).forEach((c, i) => cases.push({ name: `${b.name}#${i}`, modules: {}, ...c }));
}
EXTRA.forEach((e, i) => {
  const name = e.slice(0, e.indexOf('('));
  if (!only || name === only) cases.push({ name: `${name}#extra${i}`, modules: {}, query: `x := ${e}` });
});

const dir = join(here, 'opa-differential');
const opaText = execFileSync('go', ['run', '.'], { cwd: dir, input: JSON.stringify(cases), maxBuffer: 1 << 30 }).toString();
const opa = recordOutput(opaText);
const perBuiltin = new Map<string, { same: number; total: number }>();
let same = 0;
cases.forEach((c, i) => {
  const b = c.name.slice(0, c.name.indexOf('#'));
  const s = perBuiltin.get(b) ?? { same: 0, total: 0 };
  perBuiltin.set(b, s);
  s.total++;
  const ours = runOurs(c);
  const d = difference(ours, opaOutcome(opa[i]));
  if (!d) { s.same++; same++; return; }
  console.log(`DIFF ${c.name} ${c.query}${c.input ? ` input=${JSON.stringify(c.input)}` : ''}: ${d}\n  ours: ${ours.error ?? toJSONText(ours.rows!)}\n  OPA:  ${opa[i].error ?? opa[i].rows}`);
});
const rows = [...perBuiltin].sort((a, b) => a[1].same / a[1].total - b[1].same / b[1].total || a[0].localeCompare(b[0]));
console.log('\nagreement per builtin (worst first):');
for (const [b, s] of rows) console.log(`  ${b}: ${s.same}/${s.total}`);
const full = rows.filter(([, s]) => s.same === s.total).length;
console.log(`${same}/${cases.length} calls agree; ${full}/${rows.length} builtins agree on every call`);
if (record) {
  const out = join(here, '../test/rego/testdata/builtin-fuzz.json');
  writeFileSync(out, JSON.stringify(cases.map((c, i) => ({ ...c, opa: opa[i] }))) + '\n');
  const known = writeKnown(cases.map((c, i) => ({ ...c, opa: opa[i] })));
  console.log(`recorded ${cases.length} calls in ${out}, ${known} known differences`);
}
