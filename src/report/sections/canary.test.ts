import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decide } from '../../canary/decide.ts';
import { judgeMetric } from '../../canary/judge.ts';
import type { MetricSpec } from '../../canary/types.ts';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertSnapshot } from '../../../test/kit/snapshot.ts';
import { renderReport } from '../document.ts';
import { renderCanaryText } from './canary.ts';

/** The report's own folds taken out: what is left of `<details` came from the content. */
const withoutOwnFolds = (md: string) => md.replaceAll('<details><summary>Details</summary>', '');

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<details><summary>a|b</summary>',
  '@octocat [link](http://evil.example/x) ![i](https://evil.example/i.png)',
  'tick ` and ``` fence',
  'x\n::warning::pwned ##[error]y',
];

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

test('hostile metric names and messages render inert in the report (snapshot)', () => {
  const r = result();
  const md = renderReport([{ step: 'canary', status: 'failed', title: 'canary: rollback (score 0.5)', reason: r.reasons[0], data: r, findings: [] }], {
    command: 'canary',
  });
  assertSnapshot(join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'snapshots'), 'canary-hostile', { markdown: md });
  for (const raw of ['<img', '<details', '](http', '@octocat', '@admin', '<b>', '\n::warning']) assert.ok(!withoutOwnFolds(md).includes(raw), raw);
});

test('the terminal text carries no workflow command or control character', () => {
  const text = renderCanaryText(result());
  assert.ok(
    text.split('\n').every((l) => !/^\s*::/.test(l) && !l.includes('##[')),
    text,
  );
});

// Every special character escaped; zero-width characters (\u200b, \u200d) break URL schemes and @mentions.
