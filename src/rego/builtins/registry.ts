// Builtin implementations by name. The namespaces behind large libraries (RE2 for regex and glob, graphql-js, Ajv for
// JSON Schema) are most of the engine's load cost, and JWT, crypto and time are the largest of our own code; few
// policies call them (nor encoding, net, graph, semver, uuid, units, strings.render_template: small, but every run
// that calls none of them still loaded them), so they are registered only when loaded:
// by builtins/index.ts (everything, synchronously) or by loadBuiltinsNamedIn (what a given policy text may call).
// Their names are data here, because the compiler must know every builtin before any is loaded.
import type { BuiltinFn } from './types.ts';
import { loadYamlLib } from '../yaml-lib.ts';
import { builtins as core } from './core.ts';
import { builtins as strings } from './strings.ts';
import { builtins as bits } from './bits.ts';
import { builtins as numbers } from './numbers.ts';
import { builtins as json } from './json.ts';
import { builtins as objects } from './objects.ts';
import { builtins as uri } from './uri.ts';
import { builtins as providers } from './providers.ts';
import { builtins as rand } from './rand.ts';
import { builtins as rego } from './rego.ts';
import { builtins as deprecated } from './deprecated.ts';

export const BUILTINS: Record<string, BuiltinFn> = Object.assign({}, core, strings, bits, numbers, json, objects, uri, providers, rand, rego,
  deprecated);

type Namespace = Record<string, BuiltinFn>;

interface LazyNamespace {
  names: string[];
  load: () => Promise<Namespace>;
}

/** With a pattern V8 runs as RE2 does, these two need no RE2 (regex-match.ts). */
const REGEX_MATCH: LazyNamespace = { names: ['regex.match', 're_match'], load: async () => (await import('./regex-match.ts')).builtins };
const RE2_REGEX: LazyNamespace = {
  names: ['regex.is_valid', 'regex.split', 'regex.find_n', 'regex.find_all_string_submatch_n', 'regex.replace',
    'regex.template_match', 'regex.globs_match'],
  load: async () => (await import('./regex.ts')).builtins,
};

/** The namespaces loaded on demand: their builtins' names, and how to load them. */
export const LAZY_NAMESPACES: LazyNamespace[] = [
  REGEX_MATCH,
  RE2_REGEX,
  { names: ['yaml.marshal', 'yaml.unmarshal', 'yaml.is_valid'], load: async () => (await import('./yaml.ts')).builtins },
  // small ones, but most policies call none of them
  {
    names: ['base64.encode', 'base64.decode', 'base64.is_valid', 'base64url.encode', 'base64url.encode_no_pad', 'base64url.decode',
      'hex.encode', 'hex.decode', 'urlquery.encode', 'urlquery.decode', 'urlquery.encode_object', 'urlquery.decode_object'],
    load: async () => (await import('./encoding.ts')).builtins,
  },
  {
    names: ['net.cidr_contains', 'net.cidr_overlap', 'net.cidr_intersects', 'net.cidr_is_valid', 'net.cidr_expand', 'net.cidr_merge',
      'net.cidr_contains_matches'],
    load: async () => (await import('./net.ts')).builtins,
  },
  { names: ['net.lookup_ip_addr'], load: async () => (await import('./net-lookup.ts')).builtins },
  { names: ['graph.reachable', 'graph.reachable_paths'], load: async () => (await import('./graph.ts')).builtins },
  { names: ['semver.is_valid', 'semver.compare'], load: async () => (await import('./semver.ts')).builtins },
  { names: ['uuid.parse', 'uuid.rfc4122'], load: async () => (await import('./uuid.ts')).builtins },
  { names: ['strings.render_template'], load: async () => (await import('./template.ts')).builtins },
  { names: ['units.parse', 'units.parse_bytes'], load: async () => (await import('./units.ts')).builtins },
  { names: ['glob.match', 'glob.quote_meta'], load: async () => (await import('./glob.ts')).builtins },
  {
    names: ['graphql.parse_query', 'graphql.parse_schema', 'graphql.parse', 'graphql.parse_and_verify', 'graphql.is_valid',
      'graphql.schema_is_valid'],
    load: async () => (await import('./graphql.ts')).builtins,
  },
  { names: ['json.match_schema', 'json.verify_schema'], load: async () => (await import('./jsonschema.ts')).builtins },
  {
    names: ['io.jwt.decode', 'io.jwt.decode_verify', 'io.jwt.encode_sign_raw', 'io.jwt.encode_sign',
      'io.jwt.verify_hs256', 'io.jwt.verify_hs384', 'io.jwt.verify_hs512', 'io.jwt.verify_eddsa',
      'io.jwt.verify_rs256', 'io.jwt.verify_rs384', 'io.jwt.verify_rs512', 'io.jwt.verify_ps256',
      'io.jwt.verify_ps384', 'io.jwt.verify_ps512', 'io.jwt.verify_es256', 'io.jwt.verify_es384',
      'io.jwt.verify_es512'],
    load: async () => (await import('./jwt.ts')).builtins,
  },
  {
    names: ['crypto.md5', 'crypto.sha1', 'crypto.sha256', 'crypto.hmac.md5', 'crypto.hmac.sha1',
      'crypto.hmac.sha256', 'crypto.hmac.sha512', 'crypto.hmac.equal', 'crypto.x509.parse_certificates',
      'crypto.x509.parse_and_verify_certificates', 'crypto.x509.parse_and_verify_certificates_with_options',
      'crypto.x509.parse_certificate_request', 'crypto.x509.parse_keypair', 'crypto.x509.parse_rsa_private_key',
      'crypto.parse_private_keys'],
    load: async () => (await import('./crypto.ts')).builtins,
  },
  {
    names: ['time.now_ns', 'time.parse_ns', 'time.parse_rfc3339_ns', 'time.parse_duration_ns', 'time.date',
      'time.clock', 'time.weekday', 'time.add_date', 'time.diff', 'time.format'],
    load: async () => (await import('./time.ts')).builtins,
  },
];

const LAZY_NAMES = new Set(LAZY_NAMESPACES.flatMap((n) => n.names));

/** Whether `name` is a builtin, loaded or not. */
export function isBuiltin(name: string): boolean {
  return name in BUILTINS || LAZY_NAMES.has(name);
}

/** Whether `name` is a builtin of a namespace that is not loaded yet. */
export function isUnloadedBuiltin(name: string): boolean {
  return LAZY_NAMES.has(name) && !(name in BUILTINS);
}

export function registerBuiltins(...namespaces: Namespace[]): void {
  Object.assign(BUILTINS, ...namespaces);
}

/** The dotted names a text holds (`regex.match`, `input.x`), and those followed by a `[`. */
export interface TextNames {
  names: Set<string>;
  bracketed: Set<string>;
}

const DOTTED = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*(\s*\[)?/g;

/** One scan of a policy text, for every namespace's look at it (a text search per name was most of the lookups' cost). */
export function namesIn(text: string): TextNames {
  const out: TextNames = { names: new Set(), bracketed: new Set() };
  for (const m of text.matchAll(DOTTED)) {
    if (m[1] === undefined) out.names.add(m[0]);
    else out.bracketed.add(m[0].slice(0, -m[1].length));
  }
  return out;
}

/**
 * Whether a text may call a builtin of `names`: a call names its builtin in the source, as `regex.match` or with a
 * bracketed segment (`regex["match"]`, `io.jwt["decode"]`), so a prefix before a `[` counts too (and a name in a
 * comment or a string: at most a namespace more loads).
 */
export function namedIn(names: string[], text: TextNames): boolean {
  return names.some((n) => {
    if (text.names.has(n)) return true;
    for (let dot = n.indexOf('.'); dot > 0; dot = n.indexOf('.', dot + 1)) if (text.bracketed.has(n.slice(0, dot))) return true;
    return false;
  });
}

/**
 * Loads the on-demand namespaces that one of `texts` (the policy sources and the query) may call, and RE2 too when a
 * regex.match may need it (regex-match.ts).
 */
export async function loadBuiltinsNamedIn(texts: string[]): Promise<void> {
  const unloaded = (names: string[]) => names.some((n) => !(n in BUILTINS));
  const scanned = texts.map(namesIn);
  const wanted = LAZY_NAMESPACES.filter((ns) => unloaded(ns.names) && scanned.some((t) => namedIn(ns.names, t)));
  // METADATA blocks are YAML, and so are the annotations of a module rego.parse_module reads
  const yaml = texts.some((t) => t.includes('METADATA') || t.includes('rego.parse_module')) ? [loadYamlLib()] : [];
  const [loaded] = await Promise.all([Promise.all(wanted.map((ns) => ns.load())), ...yaml]);
  registerBuiltins(...loaded);
  if (!wanted.includes(RE2_REGEX) && unloaded(RE2_REGEX.names) && scanned.some((t) => namedIn(REGEX_MATCH.names, t))) {
    const { usesRe2 } = await import('./regex-match.ts');
    if (texts.some(usesRe2)) registerBuiltins(await RE2_REGEX.load());
  }
}
