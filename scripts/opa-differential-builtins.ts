// Builtin differential fuzzer (outside the default test run; needs Go and the module proxy for the first build):
//   npx tsx scripts/opa-differential-builtins.ts [--record] [--only <builtin>] | --types | --relist | --check <opa binary>
// For every builtin of OPA's capabilities.json it generates calls with arguments of every type and edge values
// (empty, unicode, huge, negative, NaN-like strings, nested), literal (OPA's type checker sees them) and through
// `input` (the builtin's own checks), evaluates them all in one OPA process (scripts/opa-differential, OPA as a library)
// and with our engine, and prints the agreement per builtin and every difference of result or error.
// --record writes the calls with OPA's outcomes to test/rego/testdata/builtin-fuzz.json, which the default test run
// checks without OPA (test/rego/builtin-fuzz.test.ts; expected differences in testdata/builtin-fuzz-known.json).
// --relist rewrites only that list of differences from the recorded corpus (no OPA, no Go): after a fix.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, createHmac, createSign, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { runOurs, opaOutcome, recordOutput, difference, type DiffCase, type Recorded } from '../test/rego/differential.ts';
import { type Value, type RObject, toJSONText } from '../src/rego/value/value.ts';
import { parseJSONValue } from '../src/rego/builtins/json/text.ts';

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
    '"[1,2]"', '"{\\"a\\": 1}"', '"a: [1, 2]"', '"\\t"', '"1.0.0"', '"10.0.0.0/30"', `"${'x'.repeat(300)}"`,
    '"ǅß İ"', '"\\u0000"', '"+1"', '"-0"', '"1_000"'],
  number: ['0', '1', '-1', '1.5', '-2.5', '1e3', '1.5e300', '3.0', '0.1', '-7', '9007199254740993', '12345678901234567890123',
    '-0', '1e-7', '-1.5e300', '0.5'],
  boolean: ['true', 'false'],
  null: ['null'],
  array: ['[]', '[1, 2, 3]', '["a", "b"]', '[[1], [2, [3]]]', '[1, "a", null]', '[1.5e300]', '[-0.0, 1e3]', '[[[[["é"]]]]]'],
  object: ['{}', '{"a": 1}', '{"a": {"b": [1, 2]}, "c": "d"}', '{1: "x"}', '{"": null}', '{"a": {"b": {"c": {"d": [{}]}}}}'],
  set: ['set()', '{1, 2}', '{"a", "b"}', '{[1], {"x": 1}}', '{set(), {1}}'],
};
const JSONABLE = (t: string) => !/set\(\)|\{1, 2\}|\{"a", "b"\}|\{\[1\]|\{1: |9007199254740993|12345678901234567890123|\{1\}/.test(t);

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

/** Keys, a certificate and tokens made for this run (the corpus records the texts): inputs the generic pool never
 * produces, so the JWT and X.509 builtins get past their first check. */
function material() {
  const tmp = mkdtempSync(join(tmpdir(), 'fuzz-x509-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '36500',
      '-subj', '/CN=fuzz.example/O=Fuzz', '-addext', 'subjectAltName=DNS:fuzz.example,IP:10.0.0.1,URI:spiffe://fuzz/x',
      '-keyout', join(tmp, 'key.pem'), '-out', join(tmp, 'cert.pem')], { stdio: 'ignore' });
    execFileSync('openssl', ['req', '-new', '-key', join(tmp, 'key.pem'), '-subj', '/CN=csr.example', '-out', join(tmp, 'csr.pem')], { stdio: 'ignore' });
    // policies, policy constraints and name constraints, which fill fields of their own
    execFileSync('openssl', ['req', '-x509', '-key', join(tmp, 'key.pem'), '-days', '36500', '-subj', '/CN=policy.example',
      '-addext', 'certificatePolicies=1.2.3.4,2.23.140.1.2.1', '-addext', 'policyConstraints=requireExplicitPolicy:1,inhibitPolicyMapping:0',
      '-addext', 'inhibitAnyPolicy=2', '-addext', 'nameConstraints=critical,permitted;DNS:.example.com,excluded;IP:10.0.0.0/255.0.0.0,permitted;email:.example.org,excluded;URI:.bad.example',
      '-out', join(tmp, 'policy.pem')], { stdio: 'ignore' });
    const policyCert = readFileSync(join(tmp, 'policy.pem'), 'utf8');
    const cert = readFileSync(join(tmp, 'cert.pem'), 'utf8');
    const ecKey = readFileSync(join(tmp, 'key.pem'), 'utf8');
    const csr = readFileSync(join(tmp, 'csr.pem'), 'utf8');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const rsaKey = rsa.privateKey.export({ format: 'pem', type: 'pkcs1' }) as string;
    const rsaPub = rsa.publicKey.export({ format: 'pem', type: 'spki' }) as string;
    const b64u = (x: string | Buffer) => Buffer.from(x).toString('base64url');
    const token = (alg: string, payload: object, sign: (data: string) => Buffer) => {
      const data = `${b64u(JSON.stringify({ alg, typ: 'JWT' }))}.${b64u(JSON.stringify(payload))}`;
      return `${data}.${b64u(sign(data))}`;
    };
    const claims = { iss: 'fuzz', sub: 'é😀', aud: ['a', 'b'], exp: 4102444800, nbf: 0, iat: 1, n: 1.5e300, nested: { a: [1, { b: null }] } };
    const hs = (payload: object, key = 'secret') => token('HS256', payload, (d) => createHmac('sha256', key).update(d).digest());
    const rs = token('RS256', claims, (d) => createSign('RSA-SHA256').update(d).sign(rsa.privateKey));
    const es = token('ES256', claims, (d) => sign('sha256', Buffer.from(d), { key: ecKey, dsaEncoding: 'ieee-p1363' }));
    // one token per further algorithm family, with the public key that verifies it
    const pem = (k: KeyObject) => k.export({ format: 'pem', type: 'spki' }) as string;
    const ec = (curve: string) => generateKeyPairSync('ec', { namedCurve: curve });
    const [p384, p521, ed] = [ec('P-384'), ec('P-521'), generateKeyPairSync('ed25519')];
    const signed = (alg: string, f: (d: Buffer) => Buffer) => token(alg, claims, (d) => f(Buffer.from(d)));
    // PS512's salt of a digest's length needs more than 1024 bits
    const rsa2k = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pss = { key: rsa2k.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST };
    const more: Record<string, [string, string]> = {
      hs384: [token('HS384', claims, (d) => createHmac('sha384', 'secret').update(d).digest()), 'secret'],
      hs512: [token('HS512', claims, (d) => createHmac('sha512', 'secret').update(d).digest()), 'secret'],
      rs384: [signed('RS384', (d) => sign('sha384', d, rsa.privateKey)), rsaPub],
      rs512: [signed('RS512', (d) => sign('sha512', d, rsa.privateKey)), rsaPub],
      ps256: [signed('PS256', (d) => sign('sha256', d, pss)), pem(rsa2k.publicKey)],
      ps384: [signed('PS384', (d) => sign('sha384', d, pss)), pem(rsa2k.publicKey)],
      ps512: [signed('PS512', (d) => sign('sha512', d, pss)), pem(rsa2k.publicKey)],
      es384: [signed('ES384', (d) => sign('sha384', d, { key: p384.privateKey, dsaEncoding: 'ieee-p1363' })), pem(p384.publicKey)],
      es512: [signed('ES512', (d) => sign('sha512', d, { key: p521.privateKey, dsaEncoding: 'ieee-p1363' })), pem(p521.publicKey)],
      eddsa: [signed('EdDSA', (d) => sign(null, d, ed.privateKey)), pem(ed.publicKey)],
    };
    return { cert, policyCert, ecKey, csr, rsaKey, rsaPub, hs: hs(claims), hsExpired: hs({ exp: 1 }), hsEmpty: hs({}), rs, es, more };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const q = (s: string) => JSON.stringify(s);
/** Domain values per operand, as Rego term text: the values each builtin is for, with their edges. Calls are the full
 *  cross product when it is small, else rotating combinations (`callsOf`). */
function domains(): Record<string, string[][]> {
  const m = material();
  const cidrs = ['"10.0.0.0/8"', '"10.1.2.3"', '"10.1.2.3/32"', '"192.168.0.0/16"', '"0.0.0.0/0"', '"::1/128"', '"2001:db8::/32"',
    '"2001:db8::1"', '"10.0.0.0/33"', '"10.0.0.256/8"', '"fe80::1%eth0"', '"::ffff:10.1.2.3"', '""'];
  const versions = ['"1.0.0"', '"1.0.0-alpha"', '"1.0.0-alpha.1"', '"1.0.0-0.3.7"', '"1.0.0+build.5"', '"1.10.0"', '"2.0.0"', '"v1.0.0"',
    '"1.0"', '"01.0.0"', '"1.0.0-"', '"1.2.3-beta+exp.sha.5114f85"', '"99999999999999999999.0.0"'];
  const stamps = ['0', '1', '-1', '1000000000000000000', '-1000000000000000000', '1700000000123456789', '253402300799000000000',
    '-62135596800000000000', '1.5'];
  const zones = ['"UTC"', '""', '"America/New_York"', '"Asia/Kathmandu"', '"Australia/Lord_Howe"', '"Bad/Zone"'];
  const layouts = ['"2006-01-02"', '"2006-01-02T15:04:05Z07:00"', '"Mon Jan _2 15:04:05 MST 2006"', '"Jan 2, 2006 at 3:04pm (MST)"',
    '"2006-01-02 15:04:05.000000"', '"RFC3339"', '"RFC822Z"', '"Kitchen"', '"15:04:05.999999999"', '"2006 002"', '""'];
  const jwts = [q(m.hs), q(m.rs), q(m.es), q(m.hsExpired), q(m.hsEmpty), '"a.b.c"', '"eyJhbGciOiJub25lIn0.e30."', '"e30.e30.e30"', '""'];
  const secrets = ['"secret"', '"wrong"', q(m.rsaPub), q(m.cert), '"{\\"kty\\": \\"oct\\", \\"k\\": \\"c2VjcmV0\\"}"', '""'];
  const constraints = ['{"secret": "secret"}', '{"secret": "secret", "iss": "fuzz", "aud": "a"}', '{"secret": "secret", "aud": "z"}',
    `{"cert": ${q(m.rsaPub)}}`, `{"cert": ${q(m.cert)}, "alg": "ES256"}`, '{"secret": "secret", "time": 5000000000000000000}',
    '{"secret": "secret", "alg": "RS256"}', '{}', '{"secret": 1}', '{"unknown": 1}'];
  const dur = ['"1h30m"', '"1.5h"', '"-3m4s"', '"1d"', '"2w"', '"1y"', '"1µs"', '"1us"', '"100ns"', '"0"', '"1"', '""', '"9999999999h"', '"+5s"',
    '"1h 30m"', '".5s"', '"5.s"'];
  const units = ['"1K"', '"1Ki"', '"1KB"', '"1KiB"', '"10 mb"', '"1.5GiB"', '"1e3"', '"-1K"', '"0.5"', '"1m"', '"1M"', '"1 k"', '"K"', '""',
    '"1.5.5K"', '"100Ei"', '"1Q"'];
  const regexes = ['"^a+$"', '"(a|b)*c"', '"(?i)HÉ"', '"\\\\d{2,}"', '"[[:alpha:]]+"', '"\\\\p{Greek}"', '"(?P<x>a)"', '"a{1001}"', '"(?=a)"',
    '"\\\\bé\\\\b"', '""', '"("', '"\\\\C"'];
  const texts = ['"aaa"', '"abcabc"', '"héllo wörld"', '"αβγ 12 345"', '""', '"a\\nb"', '"😀😀"'];
  const schemas = ['{"type": "object", "required": ["a"], "properties": {"a": {"type": "integer", "minimum": 0}}}',
    '{"type": "array", "items": {"type": "string", "maxLength": 2}, "uniqueItems": true}', '"{\\"type\\": \\"string\\", \\"pattern\\": \\"^a\\"}"',
    '{"enum": [1, "a", null]}', '{"$ref": "#/definitions/x", "definitions": {"x": {"type": "number", "multipleOf": 0.5}}}',
    '{"type": "bogus"}', '"{"', '{}', '{"oneOf": [{"type": "string"}, {"minLength": 1}]}'];
  const docs = ['{"a": 1}', '{"a": -1}', '{}', '["ab", "ab"]', '["a", "bcd"]', '"abc"', '1.5', '1', 'null', '"{\\"a\\": 2}"', '[]'];
  const modules = ['"package a\\np := 1"', '"package a.b\\ndefault allow := false\\nallow if input.x == 1"',
    '"package a\\nf(x) := y if { y := x + 1 }\\ns contains v if some v in [1, 2]"', '"package a\\nimport data.b\\nimport future.keywords.in\\np[x] := 1 if x := \\"k\\""',
    '"package a\\n# c\\nq := {\\"k\\": [1, {2}], 3: null}\\nr if not q.k"', '"package a\\np := 1\\np := 2"', '"package a\\np if {"', '"package"',
    '"package a\\nx := `raw`\\ny := 1e400\\nz := -0.0"', '"package a\\nrule.a.b := 1\\nevery x in [1] { x > 0 }"'];
  const gqlQueries = ['"{ a }"', '"query Q($x: Int = 1) { a(x: $x) @skip(if: true) { ...F } } fragment F on T { b }"', '"mutation { m }"',
    '"{ a(s: \\"é😀\\", f: 1.5e300, l: [1, null], o: {k: ENUM}) }"', '"subscription S { s }"', '"query { a } query { b }"', '"{"', '""'];
  const gqlSchemas = ['"type Query { a(x: Int, s: String, f: Float, l: [Int], o: In): T m: Int } type T { b: Int } input In { k: E } enum E { ENUM }"',
    '"schema { query: Q } type Q { a(x: Int = 1): [String!]! @deprecated(reason: \\"é\\") }"',
    '"interface I { a: Int } type T implements I { a: Int } union U = T scalar S directive @d on FIELD type Query { t: T }"',
    '"extend type Query { b: Int }"', '"type Query { a: Undefined }"', '"type"', '""'];
  return {
    'net.cidr_contains': [cidrs, cidrs], 'net.cidr_intersects': [cidrs, cidrs], 'net.cidr_overlap': [cidrs, cidrs],
    'net.cidr_is_valid': [cidrs], 'net.cidr_expand': [['"10.0.0.0/30"', '"10.0.0.1/31"', '"::1/127"', '"10.0.0.0/32"', '"10.0.0.0/33"', '"x"']],
    'net.cidr_merge': [['["10.0.0.0/24", "10.0.1.0/24"]', '["10.0.0.0/8", "10.1.0.0/16", "10.1.2.3"]', '{"::1/128", "::0/128", "2001:db8::/33", "2001:db8:8000::/33"}',
      '["0.0.0.0/0", "::/0"]', '["10.0.0.0/33"]', '["x"]', '[1]', '[]', '{"10.0.0.1", "10.0.0.0"}']],
    'net.cidr_contains_matches': [['"10.0.0.0/8"', '["10.0.0.0/8", "::1/128"]', '{"a": "10.0.0.0/8", "b": ["192.168.0.0/16", 1]}', '{"x": "bad"}'],
      ['"10.1.2.3"', '["10.1.2.3", "192.168.1.1"]', '{"k": "10.0.0.0/9"}', '[["10.0.0.1", "x"]]', '"::1"']],
    'semver.compare': [versions, versions], 'semver.is_valid': [versions],
    'time.parse_rfc3339_ns': [['"2006-01-02T15:04:05Z"', '"2006-01-02T15:04:05+07:00"', '"2006-01-02T15:04:05.123456789Z"', '"2006-01-02T15:04:05.1234567891Z"',
      '"1970-01-01T00:00:00Z"', '"9999-12-31T23:59:59Z"', '"0001-01-01T00:00:00Z"', '"2006-01-02t15:04:05z"', '"2006-02-30T00:00:00Z"',
      '"2006-01-02T24:00:00Z"', '"2006-01-02T15:04:05+24:00"', '"2006-01-02 15:04:05Z"', '"1677-09-21T00:12:43Z"', '"2262-04-11T23:47:17Z"']],
    'time.parse_ns': [layouts, ['"2023-10-05"', '"2023-10-05T01:02:03+05:30"', '"Thu Oct  5 01:02:03 UTC 2023"', '"Oct 5, 2023 at 1:04pm (PST)"',
      '"2023-10-05 01:02:03.123456"', '"3:04PM"', '"2023 278"', '"x"', '""']],
    'time.parse_duration_ns': [dur],
    'time.date': [stamps.map((t, i) => (i % 2 ? `[${t}, ${zones[i % zones.length]}]` : t))],
    'time.clock': [stamps.map((t, i) => (i % 2 ? t : `[${t}, ${zones[(i + 2) % zones.length]}]`))],
    'time.weekday': [[...stamps, '[0, "Asia/Kathmandu"]', '[0, "Bad/Zone"]', '[0]', '[0, "UTC", 1]', '["0", "UTC"]']],
    'time.format': [[...stamps, ...zones.map((z, i) => `[${stamps[i + 3]}, ${z}]`), ...layouts.map((l, i) => `[${stamps[i % 6]}, "UTC", ${l}]`)]],
    'time.add_date': [['0', '1700000000123456789', '-1', '253402300799000000000'], ['0', '1', '-1', '10000', '1.5'], ['0', '13', '-25'], ['0', '31', '-400']],
    'time.diff': [['0', '1700000000123456789', '[0, "America/New_York"]', '[1000000000000000000, "UTC"]'],
      ['0', '-1000000000000000000', '[1700000000123456789, "Asia/Kathmandu"]', '[0, "Bad/Zone"]']],
    'units.parse': [units], 'units.parse_bytes': [units],
    'format_int': [['255', '-255', '0', '12345678901234567890123', '1.5', '-0.5', '3.99'], ['2', '8', '10', '16', '3', '36']],
    'numbers.range_step': [['0', '10', '-3', '1.5'], ['10', '0', '-3'], ['1', '3', '-1', '0', '0.5']],
    'numbers.range': [['0', '5', '-2', '1.5'], ['0', '3', '-2', '2.5']],
    'regex.match': [regexes, texts], 'regex.is_valid': [regexes],
    'regex.find_n': [['"a"', '"[a-c]"', '"é+"', '"x*"', '"("'], texts, ['-1', '0', '1', '2']],
    'regex.find_all_string_submatch_n': [['"(a)(b)?"', '"(?P<n>\\\\d+)"', '"(é)"', '"x*"'], texts.concat(['"ab a 12"']), ['-1', '1', '2']],
    'regex.replace': [texts, ['"a"', '"(b)(c)"', '"é"', '"x*"', '"("'], ['"$1"', '"${1}x"', '"$$"', '"-"', '""']],
    'regex.split': [['"a"', '","', '"x*"', '"é"', '"\\\\s+"'], texts.concat(['"a,b,,c"'])],
    'regex.template_match': [['"urn:foo:{.*}"', '"urn:foo:<[a-z]+>:bar"', '"{a}{b}"', '"x{[}"', '"{.*"'],
      ['"urn:foo:bar:baz"', '"urn:foo:abc:bar"', '"ab"', '"x["', '""'], ['"{"', '"<"'], ['"}"', '">"']],
    'regex.globs_match': [['"a.*"', '"[a-c]+"', '"a.+b"', '"(a|b)"', '"\\\\d"', '"["'], ['"b.*"', '"c"', '"a.b"', '"z"', '"."']],
    'glob.match': [['"*.b"', '"a.*"', '"**.c"', '"{a,b}.c"', '"[!a]*"', '"\\\\*"', '"["', '"a?"'], ['[]', '["."]', '["/", "."]', 'null'],
      ['"a.b"', '"x.y.c"', '"b.c"', '"a*"', '"aé"', '""']],
    'io.jwt.decode': [jwts],
    'io.jwt.verify_hs256': [jwts, secrets], 'io.jwt.verify_rs256': [jwts, secrets], 'io.jwt.verify_es256': [jwts, secrets],
    'io.jwt.decode_verify': [jwts, constraints],
    ...Object.fromEntries(Object.entries(m.more).map(([alg, [tok, key]]) => [`io.jwt.verify_${alg}`,
      [[q(tok), q(m.hs), '"a.b.c"'], [q(key), q(m.rsaPub), '"secret"', '"wrong"']]])),
    'graphql.parse_query': [gqlQueries], 'graphql.parse_schema': [gqlSchemas],
    'graphql.parse': [gqlQueries.slice(0, 4), gqlSchemas.slice(0, 3)], 'graphql.parse_and_verify': [gqlQueries.slice(0, 4), gqlSchemas.slice(0, 3)],
    'graphql.is_valid': [gqlQueries.slice(0, 4), gqlSchemas.slice(0, 3)], 'graphql.schema_is_valid': [gqlSchemas],
    'providers.aws.sign_req': [
      ['{"method": "GET", "url": "https://example.com/a b?x=1&y=é", "headers": {"X-Amz-Date": "x"}}',
        '{"method": "POST", "url": "https://s3.amazonaws.com/bucket/key", "headers": {"content-type": "text/plain"}, "body": "hi"}',
        '{"method": "PUT", "url": "https://example.com/", "raw_body": "é😀"}', '{"url": "https://example.com/"}', '{"method": "GET"}'],
      ['{"aws_access_key": "AKID", "aws_secret_access_key": "SECRET", "aws_service": "s3", "aws_region": "us-east-1"}',
        '{"aws_access_key": "AKID", "aws_secret_access_key": "SECRET", "aws_service": "execute-api", "aws_region": "eu-west-1", "aws_session_token": "TOK"}',
        '{"aws_access_key": "AKID", "aws_secret_access_key": "SECRET", "aws_service": "s3", "aws_region": "us-east-1", "disable_payload_signing": true}',
        '{"aws_access_key": "AKID"}'],
      ['1700000000123456789', '0', '-1']],
    'crypto.x509.parse_certificates': [[q(m.cert), q(Buffer.from(m.cert).toString('base64')), q(m.cert + m.cert), q(m.csr), q(m.ecKey), q(m.policyCert)]],
    'crypto.x509.parse_and_verify_certificates': [[q(m.cert), q(m.cert + m.cert), q(m.ecKey)]],
    'crypto.x509.parse_certificate_request': [[q(m.csr), q(Buffer.from(m.csr).toString('base64')), q(m.cert), '"MAA="', '"MIA="', '"MAE="', '"H/8A"', '"MIIBAA=="']],
    'crypto.x509.parse_keypair': [[q(m.cert), q(m.ecKey)], [q(m.ecKey), q(m.rsaKey), q(m.cert)]],
    'crypto.x509.parse_rsa_private_key': [[q(m.rsaKey), q(Buffer.from(m.rsaKey).toString('base64')), q(m.ecKey), q(m.rsaPub)]],
    'crypto.parse_private_keys': [[q(m.rsaKey), q(m.ecKey + m.rsaKey), q(m.cert), '""']],
    'json.match_schema': [docs, schemas], 'json.verify_schema': [schemas],
    'rego.parse_module': [['"p.rego"'], modules],
    'base64.decode': [['"aGk="', '"aGk"', '"aGk=\\n"', '"8J+YgA=="', '"_-8="', '"====="', '""']],
    'base64url.decode': [['"aGk="', '"aGk"', '"_-8"', '"_-8="', '"+/8="', '""']],
    'hex.decode': [['"6869"', '"F09F9880"', '"0"', '"zz"', '"6g"', '""']],
    'union': [['set()', '{{1}, {2}}', '{{1, "a"}, {[1]}, set()}', '{1}', '{{"a": 1}}']],
    'intersection': [['set()', '{{1, 2}, {2, 3}}', '{{1}, set()}', '{{[1], "a"}, {[1]}}', '{1}']],
    'object.union_n': [['[]', '[{"a": 1}, {"a": {"b": 2}}, {"a": {"c": 3}}]', '[{"a": [1]}, {"a": [2]}]', '[{}, {1: 2}]', '[1]', '[{"a": 1}, 2]']],
    'urlquery.encode_object': [['{}', '{"a": "1 2", "é": ["x", "y&"]}', '{"a": {"z", "y"}}', '{"a": [1]}', '{"a": 1}', '{"": ""}']],
    'sprintf': [['"%v"', '"%d"', '"%5.1f|%-6s|%x"', '"%+q"', '"%T"', '"%e %E"', '"%08.3f"', '"%3c"', '"%U"', '"%b"', '"%o %O"', '"%t"', '"%*d"', '"%[2]v %[1]v"', '"%%"', '"%!"', '"%v %v"'],
      ['[1.5e300]', '[-0.0]', '[1e3, "a"]', '[12345678901234567890123]', '["é😀", 3]', '[true]', '[[1, {"a": set()}]]', '[null]', '[9007199254740993, 2]', '[]', '[0.000001, -7]']],
  };
}

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
  [/^x := rem\(-?[\d.]+, -?1\.5e300\)$/, 'rem: OPA tests the divisor for zero by its low 64 bits (1.5e300 is a multiple of 2^64): "modulo by zero"'],
  [/^x := regex\.globs_match\("a\.\*", "\."\)$/, 'regex.globs_match: OPA finds no intersection of a.* and . (both match "a"); a.* against "a" is false in OPA too'],
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

// --check <opa>: the recordings come from OPA as a library (one process for every call); this replays a sample of them
// (every 50th call without input) through `<opa> eval` and reports any answer that the binary does not give.
const checkBin = flag('--check');
if (checkBin) {
  const recorded = JSON.parse(readFileSync(join(here, '../test/rego/testdata/builtin-fuzz.json'), 'utf8')) as (DiffCase & { opa: Recorded })[];
  const sample = recorded.filter((c, i) => i % 50 === 0 && c.input === undefined && !c.modules);
  let same = 0;
  for (const c of sample) {
    let text: string;
    try {
      text = execFileSync(checkBin, ['eval', '--strict-builtin-errors', '-f', 'json', c.query], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
    } catch (e) {
      text = String((e as { stdout?: Buffer }).stdout ?? '');
    }
    // read exactly (numbers beyond 2^53, 64-bit float texts)
    const out = parseJSONValue(text) as RObject;
    const errors = out.getStr('errors');
    const first = Array.isArray(errors) ? String((errors[0] as RObject).getStr('message')).split('\n')[0] : undefined;
    const result = out.getStr('result');
    const rows = Array.isArray(result) ? result.map((r) => (r as RObject).getStr('bindings') as Value) : [];
    const agrees = c.opa.error !== undefined ? first !== undefined && c.opa.error.includes(first)
      : first === undefined && difference({ rows }, opaOutcome(c.opa)) === undefined;
    if (agrees) same++;
    else console.log(`DIFF ${c.name} ${c.query}: recorded ${c.opa.error ?? c.opa.rows}; ${checkBin}: ${text.slice(0, 300)}`);
  }
  console.log(`${same}/${sample.length} sampled recordings given again by ${checkBin} eval`);
  process.exit(same === sample.length ? 0 : 1);
}

if (args.includes('--relist')) {
  const recorded = (JSON.parse(readFileSync(join(here, '../test/rego/testdata/builtin-fuzz.json'), 'utf8')) as (DiffCase & { opa: Recorded })[])
    .map((c) => ({ ...c, modules: c.modules ?? {} }));
  console.log(`${writeKnown(recorded)} known differences of ${recorded.length} recorded calls, in ${knownPath}`);
  process.exit(0);
}

/** Calls over a builtin's domain values: every combination when there are few, else rotating ones (each value of
 *  each operand at least once). */
function domainCalls(name: string, pools: string[][] | undefined): string[] {
  if (!pools) return [];
  const all = pools.reduce((n, p) => n * p.length, 1);
  const count = all <= 60 ? all : Math.min(60, Math.max(...pools.map((p) => p.length)) * 3);
  const out = new Set<string>();
  for (let c = 0; c < count; c++) {
    let rest = c;
    const terms = pools.map((p, i) => {
      if (all <= 60) { const t = p[rest % p.length]; rest = Math.floor(rest / p.length); return t; }
      return p[(c * (i + 1) + Math.floor(c / p.length) * i) % p.length];
    });
    out.add(`x := ${name}(${terms.join(', ')})`);
  }
  return [...out];
}

const domain = domains();
for (const name of Object.keys(domain)) if (!caps.builtins.some((b) => b.name === name)) throw new Error(`domain values for ${name}, which is no builtin`);
const cases: DiffCase[] = [];
for (const b of caps.builtins) {
  if (SKIP.has(b.name) || (only && b.name !== only)) continue;
  callsOf(b.name, b.decl.args ?? []).forEach((c, i) => cases.push({ name: `${b.name}#${i}`, modules: {}, ...c }));
  domainCalls(b.name, domain[b.name]).forEach((query, i) => cases.push({ name: `${b.name}#d${i}`, modules: {}, query }));
}
EXTRA.forEach((e, i) => {
  const name = e.slice(0, e.indexOf('('));
  if (!only || name === only) cases.push({ name: `${name}#extra${i}`, modules: {}, query: `x := ${e}` });
});

// OPA caches compiled regex templates by the pattern alone (not the delimiters), in a cache regex.match shares, so in one
// process a template call can be answered from an earlier call: these calls run each in a process of its own.
const ISOLATED = new Set(['regex.template_match']);
const bin = join(mkdtempSync(join(tmpdir(), 'opa-differential-')), 'opa-differential');
execFileSync('go', ['build', '-o', bin, '.'], { cwd: join(here, 'opa-differential'), stdio: 'inherit' });
const runOPA = (batch: DiffCase[]) => recordOutput(execFileSync(bin, [], { input: JSON.stringify(batch), maxBuffer: 1 << 30 }).toString());
const isolated = (c: DiffCase) => ISOLATED.has(c.name.slice(0, c.name.indexOf('#')));
const shared = runOPA(cases.filter((c) => !isolated(c)));
const opa = cases.map((c) => (isolated(c) ? runOPA([c])[0] : shared.shift()!));
rmSync(dirname(bin), { recursive: true, force: true });
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
  // calls without modules leave the field out (the test fills it in): a smaller corpus
  writeFileSync(out, JSON.stringify(cases.map(({ modules, ...c }, i) => ({ ...(Object.keys(modules).length ? { modules } : {}), ...c, opa: opa[i] }))) + '\n');
  const known = writeKnown(cases.map((c, i) => ({ ...c, opa: opa[i] })));
  console.log(`recorded ${cases.length} calls in ${out}, ${known} known differences`);
}
