// providers.aws.sign_req: AWS Signature V4 over a request object, deterministic for a given time (OPA's
// topdown/providers.go and internal/providers/aws).
import { createRequire } from 'node:module';
import { type Value, RObject, RFloat, isNum, numToBigInt, toRegoText, RSet } from '../value/value.ts';
import { type BuiltinFn, asObject, asNumber, operandError, typeError } from './types.ts';
import { goJSONMarshal } from './crypto/util.ts';
import { escapePath, goUnescape } from './uri.ts';

const REQUIRED_AWS = ['aws_access_key', 'aws_region', 'aws_secret_access_key', 'aws_service'];
const IGNORED_HEADERS = new Set(['authorization', 'user-agent', 'x-amzn-trace-id']);
/** The request keys http.send accepts; sign_req validates requests the same way. */
export const HTTP_KEYS = new Set([
  'method', 'url', 'body', 'enable_redirect', 'force_json_decode', 'force_yaml_decode', 'headers', 'raw_body',
  'tls_use_system_certs', 'tls_ca_cert', 'tls_ca_cert_file', 'tls_ca_cert_env_variable', 'tls_client_cert',
  'tls_client_cert_file', 'tls_client_cert_env_variable', 'tls_client_key', 'tls_client_key_file',
  'tls_client_key_env_variable', 'tls_insecure_skip_verify', 'tls_server_name', 'timeout', 'cache', 'force_cache',
  'force_cache_duration_seconds', 'raise_error', 'caching_mode', 'max_retry_attempts', 'cache_ignored_headers',
]);

const setText = (names: string[]) => toRegoText(new RSet(names));
const str = (v: Value | undefined): string => (typeof v === 'string' ? v : '');
// node:crypto loads on first use (a synchronous require): importing it costs every `rego eval` ~5 ms.
const crypto = () => createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
const sha256Hex = (b: Buffer | string) => crypto().createHash('sha256').update(b).digest('hex');
const hmac = (key: Buffer | string, msg: string) => crypto().createHmac('sha256', key).update(msg).digest();

function validateRequest(req: RObject): void {
  const keys = req.sorted().map(([k]) => k);
  const missing = ['method', 'url'].filter((k) => !keys.includes(k));
  if (missing.length) throw operandError(1, `missing required request parameters(s): ${setText(missing)}`);
  const invalid = keys.filter((k) => typeof k !== 'string' || !HTTP_KEYS.has(k)).map(String);
  if (invalid.length) throw operandError(1, `invalid request parameter(s): ${setText(invalid)}`);
}

/** scheme://host/path?query split the way Go's url.URL exposes Host, EscapedPath() and RawQuery. */
function splitURL(u: string): { host: string; path: string; query: string } {
  const m = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?/.exec(u)!;
  return { host: m[1] ?? '', path: escapedPath(m[2] ?? ''), query: m[3] ?? '' };
}

/** url.URL.EscapedPath: the path as written when it is validly encoded, else Go's escaping of its decoded form. */
function escapedPath(raw: string): string {
  if (/^[A-Za-z0-9\-_.~!$&'()*+,;=:@[\]%/]*$/.test(raw)) return raw;
  try {
    return escapePath(goUnescape(raw, 'path', (m) => new Error(m)));
  } catch {
    return raw;
  }
}

function utcStamp(ns: bigint): { date: string; iso: string } {
  const ms = Number(ns / 1000000n) - (ns < 0n && ns % 1000000n !== 0n ? 1 : 0);
  const d = new Date(ms).toISOString();
  const date = d.slice(0, 10).replace(/-/g, '');
  return { date, iso: `${date}T${d.slice(11, 19).replace(/:/g, '')}Z` };
}

export function signV4(
  headers: Map<string, string>, method: string, url: string, body: Buffer, service: string,
  creds: { access: string; secret: string; region: string; token: string }, ns: bigint, unsignedPayload: boolean,
): { auth: string; awsHeaders: Map<string, string> } {
  const payloadHash = unsignedPayload ? 'UNSIGNED-PAYLOAD' : sha256Hex(body);
  const { date, iso } = utcStamp(ns);
  const { host, path, query } = splitURL(url);
  const awsHeaders = new Map<string, string>([['host', host], ['x-amz-date', iso]]);
  if (service === 's3' || service === 'glacier') awsHeaders.set('x-amz-content-sha256', payloadHash);
  if (creds.token !== '') awsHeaders.set('x-amz-security-token', creds.token);
  const toSign = new Map(awsHeaders);
  for (const [k, v] of headers) if (!IGNORED_HEADERS.has(k.toLowerCase())) toSign.set(k.toLowerCase(), v);
  const names = [...toSign.keys()].sort();
  const canonical = `${method}\n${path}\n${query}\n${names.map((k) => `${k}:${toSign.get(k)}\n`).join('')}\n${names.join(';')}\n${payloadHash}`;
  const scope = `${date}/${creds.region}/${service}/aws4_request`;
  const stringToSign = `AWS4-HMAC-SHA256\n${iso}\n${scope}\n${sha256Hex(canonical)}`;
  let key = hmac(`AWS4${creds.secret}`, date);
  for (const part of [creds.region, service, 'aws4_request']) key = hmac(key, part);
  const signature = hmac(key, stringToSign).toString('hex');
  return { auth: `AWS4-HMAC-SHA256 Credential=${creds.access}/${scope},SignedHeaders=${names.join(';')},Signature=${signature}`, awsHeaders };
}

export const builtins: Record<string, BuiltinFn> = {
  'providers.aws.sign_req': ([reqValue, configValue, timeValue]) => {
    const req = asObject(reqValue, 1);
    const config = asObject(configValue, 1);
    const missing = REQUIRED_AWS.filter((k) => config.get(k) === undefined);
    if (missing.length) throw operandError(2, `missing required AWS config parameters(s): ${setText(missing)}`);
    const invalid = REQUIRED_AWS.filter((k) => typeof config.get(k) !== 'string');
    if (invalid.length) throw operandError(2, `invalid values for required AWS config parameters(s): ${setText(invalid)}`);
    const t = asNumber(timeValue, 1);
    // OPA reads the number's text as an int64 (strconv.ParseInt): a number written otherwise (1e9, 1.0) fails
    const ns = isNum(t) && !(timeValue instanceof RFloat) ? numToBigInt(t) : undefined;
    if (ns === undefined || ns > 2n ** 63n - 1n || ns < -(2n ** 63n)) throw operandError(3, 'could not convert time_ns value into a unix timestamp');
    validateRequest(req);
    const headersValue = req.get('headers');
    let headers = new RObject();
    if (headersValue !== undefined) {
      if (!(headersValue instanceof RObject)) throw typeError(0, 'object', headersValue);
      headers = headersValue;
    }
    const invalidReq = ['method', 'url'].filter((k) => typeof req.get(k) !== 'string');
    if (invalidReq.length) throw operandError(1, `invalid values for required request parameters(s): ${setText(invalidReq)}`);
    const raw = req.get('raw_body');
    const bodyValue = req.get('body');
    const body = raw !== undefined ? Buffer.from(str(raw)) : bodyValue !== undefined ? Buffer.from(goJSONMarshal(bodyValue)) : Buffer.alloc(0);
    const headerMap = new Map(headers.sorted().map(([k, v]) => [str(k), str(v)]));
    const dps = config.get('disable_payload_signing');
    if (dps !== undefined && typeof dps !== 'boolean') throw operandError(2, "invalid value for 'disable_payload_signing' in AWS config");
    const creds = { access: str(config.get('aws_access_key')), secret: str(config.get('aws_secret_access_key')), region: str(config.get('aws_region')), token: str(config.get('aws_session_token')) };
    const { auth, awsHeaders } = signV4(headerMap, str(req.get('method')), str(req.get('url')), body, str(config.get('aws_service')), creds, ns, dps === true);
    const signed = new RObject();
    for (const [k, v] of headerMap) signed.set(k, v);
    signed.set('Authorization', auth);
    for (const [k, v] of awsHeaders) signed.set(k, v);
    const out = new RObject(req.sorted());
    out.set('headers', signed);
    return out;
  },
};
