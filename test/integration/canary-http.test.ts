// The Prometheus provider against a local HTTP server speaking the query_range API: auth headers from the secrets the
// config names, the request it sends, timeouts, HTTP errors, and NaN/Inf samples.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { prometheusProvider, QueryRejected } from '../../src/canary/providers/prometheus.ts';
import type { PrometheusProvider } from '../../src/canary/types.ts';

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
