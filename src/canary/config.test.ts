import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCanaryConfig, parseDuration, parseTime } from './config.ts';
import { UserError } from '../errors.ts';

const opts = { locate: () => ({ file: 'c.yml' }), now: 1_700_000_000, baseDir: '/ws' };
const metric = { name: 'errors', query: 'x{track="{{track}}"}', judge: 'threshold', max: 0.01 };
const prom = { type: 'prometheus', url: 'http://127.0.0.1:9090/' };

test('defaults: 30 minute window ending now, 1m step, Kayenta-like scores, 98% confidence', () => {
  const c = parseCanaryConfig({ provider: prom, metrics: [metric, { name: 'lat', query: 'l{t="{{track}}"}', judge: 'compare' }] }, opts);
  assert.deepEqual(c.window, { start: 1_700_000_000 - 1800, end: 1_700_000_000, stepSeconds: 60, minutes: 30 });
  assert.deepEqual([c.passScore, c.marginalScore], [0.95, 0.75]);
  assert.deepEqual(c.provider, { type: 'prometheus', url: 'http://127.0.0.1:9090', bearerTokenEnv: undefined, basicAuth: undefined, timeoutSeconds: 10 });
  assert.deepEqual(c.metrics[0].queries, { canary: 'x{track="canary"}', stable: 'x{track="stable"}' });
  assert.deepEqual(c.metrics[0].judge, { kind: 'threshold', max: 0.01, min: undefined, aggregate: 'each', failureLimit: 0 });
  assert.deepEqual(c.metrics[1].judge, { kind: 'compare', worse: 'higher', confidence: 0.98, tolerance: 0.1, toleranceAbsolute: 0 });
  assert.deepEqual([c.metrics[0].minSamples, c.metrics[1].minSamples, c.metrics[0].critical, c.metrics[0].required], [1, 5, false, true]);
});

test('start/end windows, durations and the file provider path', () => {
  const c = parseCanaryConfig({ provider: { type: 'file', path: 'series.json' }, window: { start: '2026-11-21T10:00:00Z', end: 1_795_262_400, step: '30s' }, metrics: [{ name: 'm', judge: 'threshold', min: 1 }] }, opts);
  assert.deepEqual(c.window, { start: 1_795_255_200, end: 1_795_262_400, stepSeconds: 30 });
  assert.deepEqual(c.provider, { type: 'file', path: '/ws/series.json' });
  assert.deepEqual(c.metrics[0].queries, { canary: 'm', stable: 'm' });
  assert.deepEqual([parseDuration(60), parseDuration('1m'), parseDuration('1.5h'), parseDuration('0'), parseDuration('soon')], [60, 60, 5400, undefined, undefined]);
  assert.deepEqual([parseTime('2026-11-21T10:00:00Z'), parseTime('yesterday'), parseTime(5)], [1_795_255_200, undefined, 5]);
});

const bad: [string, unknown, string][] = [
  ['empty', null, 'c.yml: canary: the canary config is empty — see the canary section of the README'],
  ['no type', { provider: { url: 'x' }, metrics: [metric] }, 'c.yml: canary: provider needs "type" — use one of: prometheus, file'],
  ['bad url', { provider: { type: 'prometheus', url: 'localhost:9090' }, metrics: [metric] }, 'c.yml: canary: provider.url "localhost:9090" is not an http(s) URL — see the canary section of the README'],
  ['both auths', { provider: { ...prom, 'bearer-token-env': 'T', 'basic-auth': { 'username-env': 'U', 'password-env': 'P' } }, metrics: [metric] }, 'c.yml: canary: give bearer-token-env or basic-auth, not both — see the canary section of the README'],
  ['window both', { provider: prom, window: { minutes: 5, start: 1 }, metrics: [metric] }, 'c.yml: canary: give window.minutes or window.start/end, not both — see the canary section of the README'],
  ['window backwards', { provider: prom, window: { start: 10, end: 5 }, metrics: [metric] }, 'c.yml: canary: window.end must be after window.start — see the canary section of the README'],
  ['bad step', { provider: prom, window: { minutes: 5, step: 'often' }, metrics: [metric] }, 'c.yml: canary: window.step "often" is not a duration — use seconds (60) or 30s, 1m, 5m, 1h'],
  ['no metrics', { provider: prom, metrics: [] }, 'c.yml: canary: "metrics" must be a non-empty list — see the canary section of the README'],
  ['min above max', { provider: prom, metrics: [{ ...metric, min: 1 }] }, 'c.yml: canary: metric "errors": min (1) is above max (0.01) — see the canary section of the README'],
  ['compare without stable', { provider: prom, metrics: [{ name: 'l', 'canary-query': 'a', judge: 'compare' }] }, 'c.yml: canary: metric "l": judge compare needs a stable query ("stable-query", or "query" with {{track}}) — see the canary section of the README'],
  ['confidence out of range', { provider: prom, confidence: 1.5, metrics: [metric] }, 'c.yml: canary: confidence must be between 0.5 and 0.9999, got 1.5 — see the canary section of the README'],
  ['fractional min-samples', { provider: prom, metrics: [{ ...metric, 'min-samples': 2.5 }] }, 'c.yml: canary: metric "errors": min-samples must be a whole number — see the canary section of the README'],
];
for (const [name, doc, message] of bad) {
  test(`config error: ${name}`, () => {
    assert.throws(() => parseCanaryConfig(doc, opts), (e: unknown) => e instanceof UserError && e.format() === message || assert.fail(e instanceof UserError ? e.format() : String(e)));
  });
}
