// The Prometheus provider against a local HTTP server speaking the query_range API: auth headers from the secrets the
// config names, the request it sends, timeouts, HTTP errors, and NaN/Inf samples.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { MAX_ANSWER_BYTES, MissingSecret, prometheusProvider, QueryRejected } from '../../src/canary/providers/prometheus.ts';
import type { PrometheusProvider } from '../../src/canary/types.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canaryCli } from './canary-kit.ts';

const window = { start: 1_700_000_000, end: 1_700_000_600, stepSeconds: 60 };
let server: Server;
let base: string;
let last: { headers: IncomingMessage['headers']; body: string; url: string } | undefined;

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      last = { headers: req.headers, body, url: req.url ?? '' };
      const query = new URLSearchParams(body).get('query') ?? '';
      const send = (status: number, payload: unknown) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(payload)); };
      if (req.url?.startsWith('/raw/')) {
        const name = decodeURIComponent(req.url.slice(5).replace(/\/api\/v1\/query_range$/, ''));
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(MALFORMED.find((m) => m.name === name)!.body);
      }
      if (req.url?.startsWith('/endless')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"status":"success","data":{"resultType":"matrix","result":[');
        // Writes until the client hangs up; the server's close in `after` ends it otherwise.
        const chunk = `${'{"metric":{},"values":[[1700000000,"0.5"]]},'.repeat(20_000)}`;
        const more = () => { while (!res.destroyed && res.write(chunk)); if (!res.destroyed) res.once('drain', more); };
        res.on('close', () => res.removeAllListeners('drain'));
        return more();
      }
      if (req.url?.startsWith('/big')) {
        // 400k samples per track (~8 MB): far past where spreading them into Math.max overflowed the stack.
        const v = query.includes('canary') ? '"0.5"' : '"0.001"';
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(`{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[${Array.from({ length: BIG }, (_, i) => `[${1_700_000_000 + i},${v}]`).join(',')}]}]}}`);
      }
      if (req.url?.startsWith('/reset')) {
        resets++;
        if (resets % 2 === 1 || req.url.startsWith('/reset-always')) return req.socket.destroy();
      }
      if (req.url?.startsWith('/redirect')) { res.writeHead(302, { location: 'http://127.0.0.1:9/steal' }); return res.end(); }
      if (req.url?.startsWith('/slow')) return setTimeout(() => send(200, { status: 'success', data: { resultType: 'matrix', result: [] } }), 2000);
      if (req.url?.startsWith('/down')) return send(503, { status: 'error', errorType: 'unavailable', error: 'TSDB not ready' });
      if (req.url?.startsWith('/locked') && req.headers.authorization !== 'Basic dTpw') return send(401, { status: 'error', error: 'unauthorized' });
      if (query === 'bad(') return send(400, { status: 'error', errorType: 'bad_data', error: '1:5: parse error: unclosed left parenthesis' });
      send(200, { status: 'success', data: { resultType: 'matrix', result: [
        { metric: { pod: 'a' }, values: [[1_700_000_000, '0.5'], [1_700_000_060, 'NaN'], [1_700_000_120, '+Inf']] },
        { metric: { pod: 'b' }, values: [[1_700_000_000, '0.25'], [1_700_000_060, '-Inf']] },
      ] } });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

after(() => { server.closeAllConnections(); server.close(); });

const ok = (result: unknown) => JSON.stringify({ status: 'success', data: { resultType: 'matrix', result } });
/** Answers that are not what the API documents: each is no data with the place it went wrong, never a TypeError. */
const MALFORMED: { name: string; body: string; error: string }[] = [
  { name: 'null', body: 'null', error: 'answered HTTP 200 without status "success"' },
  { name: 'array', body: '[1,2]', error: 'answered HTTP 200 without status "success"' },
  { name: 'not-json', body: '<html>hello</html>', error: 'answered HTTP 200 with something that is not JSON' },
  { name: 'empty', body: '', error: 'answered HTTP 200 with something that is not JSON' },
  { name: 'no-data', body: '{"status":"success"}', error: 'answered a malformed result: "data" is not an object' },
  { name: 'data-null', body: '{"status":"success","data":null}', error: 'answered a malformed result: "data" is not an object' },
  { name: 'scalar', body: '{"status":"success","data":{"resultType":"scalar","result":[1,"2"]}}', error: 'answered a malformed result: resultType "scalar" (a range query answers "matrix")' },
  { name: 'result-object', body: '{"status":"success","data":{"resultType":"matrix","result":{"a":1}}}', error: 'answered a malformed result: "data.result" is not a list' },
  { name: 'result-null', body: ok(null), error: 'answered a malformed result: "data.result" is not a list' },
  { name: 'result-[null]', body: ok([null]), error: 'answered a malformed result: data.result[0] is not a series object' },
  { name: 'no-values', body: ok([{ metric: {} }]), error: 'answered a malformed result: data.result[0] has no "values" list' },
  { name: 'values-object', body: ok([{ values: { a: 1 } }]), error: 'answered a malformed result: data.result[0] has no "values" list' },
  { name: 'values-[null]', body: ok([{ values: [null] }]), error: 'answered a malformed result: data.result[0].values[0] is not a [time, "value"] pair' },
  { name: 'values-single', body: ok([{ values: [[1_700_000_000]] }]), error: 'answered a malformed result: data.result[0].values[0] is not a [time, "value"] pair' },
  { name: 'values-triple', body: ok([{ values: [[1_700_000_000, '1', '2']] }]), error: 'answered a malformed result: data.result[0].values[0] is not a [time, "value"] pair' },
  { name: 'time-string', body: ok([{ values: [['x', '1']] }]), error: 'answered a malformed result: data.result[0].values[0] is not a [time, "value"] pair' },
  { name: 'value-word', body: ok([{ values: [[1_700_000_000, '0.5'], [1_700_000_060, 'lots']] }]), error: 'answered a malformed result: data.result[0].values[1] has a value that is not a number' },
  { name: 'value-empty', body: ok([{ values: [[1_700_000_000, '']] }]), error: 'answered a malformed result: data.result[0].values[0] has a value that is not a number' },
  { name: 'value-object', body: ok([{ values: [[1_700_000_000, { n: 1 }]] }]), error: 'answered a malformed result: data.result[0].values[0] has a value that is not a number' },
  { name: 'value-hex', body: ok([{ values: [[1_700_000_000, '0x10']] }]), error: 'answered a malformed result: data.result[0].values[0] has a value that is not a number' },
];

const BIG = 400_000;
let resets = 0;

const cfg = (o: Partial<PrometheusProvider> = {}): PrometheusProvider => ({ type: 'prometheus', url: base, timeoutSeconds: 5, ...o });

test('query_range with the window and step; NaN and Inf samples are dropped and counted', async () => {
  const r = await prometheusProvider(cfg({ bearerTokenEnv: 'PROM_TOKEN' }), { PROM_TOKEN: 's3cret' }).fetch('up{track="canary"}', 'canary', window);
  assert.deepEqual(r, { values: [0.5, 0.25], dropped: 3 });
  assert.equal(last!.url, '/api/v1/query_range');
  assert.equal(last!.headers.authorization, 'Bearer s3cret');
  assert.deepEqual(Object.fromEntries(new URLSearchParams(last!.body)), { query: 'up{track="canary"}', start: '1700000000', end: '1700000600', step: '60s' });
});

test('basic auth comes from the two variables the config names', async () => {
  const p = prometheusProvider(cfg({ url: `${base}/locked`, basicAuth: { usernameEnv: 'U', passwordEnv: 'P' } }), { U: 'u', P: 'p' });
  assert.deepEqual(await p.fetch('x', 'canary', window), { values: [0.5, 0.25], dropped: 3 });
  const wrong = prometheusProvider(cfg({ url: `${base}/locked`, basicAuth: { usernameEnv: 'U', passwordEnv: 'P' } }), { U: 'u', P: 'nope' });
  assert.deepEqual(await wrong.fetch('x', 'canary', window), { error: `Prometheus at ${base}/locked refused access (HTTP 401): check the auth secrets` });
});

test('a missing secret is refused before any request', () => {
  assert.throws(() => prometheusProvider(cfg({ bearerTokenEnv: 'NOPE' }), {}), /^MissingSecret: the environment variable NOPE \(provider\.bearer-token-env\) is empty or not set$/);
});

test('a timeout and a 503 are errors (no data), a 400 is a rejected query', async () => {
  assert.deepEqual(await prometheusProvider(cfg({ url: `${base}/slow`, timeoutSeconds: 0.3 }), {}).fetch('x', 'canary', window), { error: `Prometheus at ${base}/slow did not answer within 0.3s` });
  assert.deepEqual(await prometheusProvider(cfg({ url: `${base}/down` }), {}).fetch('x', 'canary', window), { error: `Prometheus at ${base}/down answered HTTP 503: TSDB not ready` });
  await assert.rejects(prometheusProvider(cfg(), {}).fetch('bad(', 'canary', window), (e: unknown) => e instanceof QueryRejected && e.message === 'Prometheus rejected the query (bad_data): 1:5: parse error: unclosed left parenthesis');
});

test('malformed answers are no data with the reason, never a TypeError', async () => {
  for (const m of MALFORMED) {
    const url = `${base}/raw/${encodeURIComponent(m.name)}`;
    const r = await prometheusProvider(cfg({ url }), {}).fetch('x', 'canary', window);
    assert.deepEqual(r, { error: `Prometheus at ${url} ${m.error}` }, m.name);
  }
  // Well-formed edge cases still parse: an empty result, a vector answer, exponents and the special values.
  assert.deepEqual(await fetchBody(ok([])), { values: [], dropped: 0 });
  assert.deepEqual(await fetchBody(ok([{ values: [[1, '1e3'], [2, '-Inf'], [3, 'NaN'], [4, '.5']] }])), { values: [1000, 0.5], dropped: 2 });
  assert.deepEqual(await fetchBody(JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ value: [1, '7'] }] } })), { values: [7], dropped: 0 });
});

async function fetchBody(body: string) {
  MALFORMED.push({ name: 'adhoc', body, error: '' });
  try {
    return await prometheusProvider(cfg({ url: `${base}/raw/adhoc` }), {}).fetch('x', 'canary', window);
  } finally {
    MALFORMED.pop();
  }
}

test('an endless answer is cut at the bound and is no data', async () => {
  const r = await prometheusProvider(cfg({ url: `${base}/endless`, timeoutSeconds: 60 }), {}).fetch('x', 'canary', window);
  assert.deepEqual(r, { error: `Prometheus at ${base}/endless answered with more than ${MAX_ANSWER_BYTES} bytes` });
});

test('a redirect is not followed, so credentials go nowhere else', async () => {
  const r = await prometheusProvider(cfg({ url: `${base}/redirect`, bearerTokenEnv: 'T' }), { T: 'tok' }).fetch('x', 'canary', window);
  assert.deepEqual(r, { error: `Prometheus at ${base}/redirect answered HTTP 302 (a redirect, which is not followed): give the final URL` });
});

test('a secret that cannot be a header value is refused without echoing it', () => {
  assert.throws(() => prometheusProvider(cfg({ bearerTokenEnv: 'T' }), { T: 'abc\nsecret-part' }), (e: unknown) =>
    e instanceof MissingSecret && e.message === 'the environment variable T (provider.bearer-token-env) holds a newline or another character an HTTP header cannot carry' && !e.message.includes('secret-part'));
});

async function runCanary(url: string, judge = 'threshold\n    max: 0.01\n    critical: true') {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-canary-http-'));
  writeFileSync(join(dir, 'canary.yml'), `provider:\n  type: prometheus\n  url: ${url}\n  timeout: 60\nmetrics:\n  - name: errors\n    query: e{track="{{track}}"}\n    judge: ${judge}\n`);
  const { code, stdout, stderr } = await canaryCli(dir, {}, 'canary', '--config', 'canary.yml', '--json');
  return { code, stderr, step: stdout ? JSON.parse(stdout).steps[0] : undefined };
}

test('400k failing samples roll back (the comparison with 400k stable samples included)', async () => {
  const r = await runCanary(`${base}/big`);
  assert.equal(r.code, 1, `${r.stderr}${JSON.stringify(r.step?.data?.reasons)}`);
  assert.deepEqual(r.step.outputs, { 'canary-decision': 'rollback', 'canary-score': '0' });
  assert.equal(r.step.data.metrics[0].reason, `${BIG} of ${BIG} samples above max 0.01 (worst 0.5), more than failure-limit 0`);
  assert.equal(r.step.data.metrics[0].stable.samples, BIG);
  const compare = await runCanary(`${base}/big`, 'compare\n    worse: higher');
  assert.equal(compare.step.outputs['canary-decision'], 'rollback', JSON.stringify(compare.step.data.reasons));
  const max = await runCanary(`${base}/big`, 'threshold\n    max: 0.01\n    aggregate: max');
  assert.equal(max.step.data.metrics[0].reason, 'max 0.5 is above max 0.01', JSON.stringify(max.step.data.reasons));
});

test('a malformed answer still ends in a decision: hold, with the reason', async () => {
  const r = await runCanary(`${base}/raw/result-%5Bnull%5D`);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.step.outputs['canary-decision'], 'hold');
  assert.equal(r.step.data.metrics[0].reason, `no canary data: Prometheus at ${base}/raw/result-%5Bnull%5D answered a malformed result: data.result[0] is not a series object`);
});

test('a connection reset is tried once more; a second reset is no data', async () => {
  resets = 0;
  assert.deepEqual(await prometheusProvider(cfg({ url: `${base}/reset` }), {}).fetch('x', 'canary', window), { values: [0.5, 0.25], dropped: 3 });
  assert.equal(resets, 2);
  const twice = await prometheusProvider(cfg({ url: `${base}/reset-always` }), {}).fetch('x', 'canary', window);
  assert.ok('error' in twice && /^Prometheus at http:\/\/127\.0\.0\.1:\d+\/reset-always is unreachable: (UND_ERR_SOCKET|ECONNRESET)$/.test(twice.error), JSON.stringify(twice));
});
