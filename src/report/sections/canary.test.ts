import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decide } from '../../canary/decide.ts';
import { judgeMetric } from '../../canary/judge.ts';
import type { MetricSpec } from '../../canary/types.ts';
import { renderMarkdown } from '../render.ts';
import { renderCanaryText } from './canary.ts';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<details><summary>a|b</summary>',
  '@octocat [link](http://evil.example/x) ![i](https://evil.example/i.png)',
  'tick ` and ``` fence',
  'x\n::warning::pwned ##[error]y',
];

// Above the tests: in the shared unit process a test may start before the rest of its module has run.
const SNAPSHOT = [
  '## go-xenv canary',
  '',
  '| | step | result | note |',
  '|---|---|---|---|',
  '| ❌ | canary | canary: rollback \\(score 0.5\\) | 2 of 5 judged metrics passed \\(score 40%\\), below marginal-score 75% |',
  '',
  '### canary',
  '',
  '**decision: rollback (score 0.4)**',
  '',
  '- 2 of 5 judged metrics passed \\(score 40%\\), below marginal-score 75%',
  '- &lt;details&gt;&lt;summary&gt;a\\|b&lt;/summary&gt;: 1 of 1 samples above max 1 \\(worst 5\\), more than failure-limit 0',
  '- tick \\` and \\`\\`\\` fence: 1 of 1 samples above max 1 \\(worst 5\\), more than failure-limit 0',
  '- x ::warning::pwned \\#\\#\\[error\\]y: no canary data: Prometheus said &lt;b&gt;no&lt;/b&gt; \\| @\u200dadmin',
  '',
  '| metric | judge | canary median / p95 (n) | stable median / p95 (n) | difference [CI] | p-value | effect | verdict | reason |',
  '|---|---|---|---|---|---|---|---|---|',
  '| &lt;img src\\=x onerror\\=alert\\(1\\)&gt; | threshold | 0.5 / 0.5 \\(1\\) | - \\(0\\) | - | - | - | ✅ Pass | all 1 samples within max 1 |',
  '| &lt;details&gt;&lt;summary&gt;a\\|b&lt;/summary&gt; | threshold | 5 / 5 \\(1\\) | - \\(0\\) | - | - | - | ❌ High | 1 of 1 samples above max 1 \\(worst 5\\), more than failure-limit 0 |',
  '| @\u200doctocat \\[link\\]\\(http\u200b://evil.example/x\\) \\!\\[i\\]\\(https\u200b://evil.example/i.png\\) | threshold | 0.5 / 0.5 \\(1\\) | - \\(0\\) | - | - | - | ✅ Pass | all 1 samples within max 1 |',
  '| tick \\` and \\`\\`\\` fence | threshold | 5 / 5 \\(1\\) | - \\(0\\) | - | - | - | ❌ High | 1 of 1 samples above max 1 \\(worst 5\\), more than failure-limit 0 |',
  '| x ::warning::pwned \\#\\#\\[error\\]y | threshold | - \\(0\\) | - \\(0\\) | - | - | - | ❔ NoData | no canary data: Prometheus said &lt;b&gt;no&lt;/b&gt; \\| @\u200dadmin |',
  '',
  'Window 2023-11-14T22:13:20.000Z – 2023-11-14T22:43:20.000Z, step 60s.',
  '',
].join('\n');

const spec = (name: string): MetricSpec => ({
  name,
  queries: { canary: name, stable: name },
  judge: { kind: 'threshold', max: 1, aggregate: 'each', failureLimit: 0 },
  critical: false,
  required: true,
  minSamples: 1,
  where: {},
  queryWhere: { canary: {}, stable: {} },
});

const result = () => {
  const metrics = HOSTILE.map((name, i) =>
    judgeMetric(
      spec(name),
      i === 4
        ? { canary: { error: 'Prometheus said <b>no</b> | @admin' }, stable: undefined }
        : { canary: { values: [i % 2 ? 5 : 0.5], dropped: 0 }, stable: undefined },
    ),
  );
  return decide(metrics, { passScore: 0.95, marginalScore: 0.75 }, { start: 1_700_000_000, end: 1_700_001_800, stepSeconds: 60 });
};

test('hostile metric names and messages render inert in the summary (snapshot)', () => {
  const r = result();
  const md = renderMarkdown('canary', [
    { step: 'canary', status: 'failed', title: 'canary: rollback (score 0.5)', reason: r.reasons[0], data: r, findings: [] },
  ]);
  assert.equal(md, SNAPSHOT);
  for (const raw of ['<img', '<details', '](http', '@octocat', '@admin', '<b>', '\n::warning']) assert.ok(!md.includes(raw), raw);
});

test('the terminal text carries no workflow command or control character', () => {
  const text = renderCanaryText(result());
  assert.ok(
    text.split('\n').every((l) => !/^\s*::/.test(l) && !l.includes('##[')),
    text,
  );
});

// Every special character escaped; zero-width characters (\u200b, \u200d) break URL schemes and @mentions.
