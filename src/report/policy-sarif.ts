// A policy run as one SARIF 2.1.0 log for code scanning, in the shape of conftest's `--output sarif`: one run whose
// tool.driver is go-xenv, a rule per `namespace/rule` (the rule's name, where conftest writes `namespace/deny`), a result
// per failure (error), warning (warning) and exception (note) at its file and line, and the run's exit code. conftest
// also lists every success as a result of level `none`; code scanning would show them as alerts, so they are left out.
// Messages are data: JSON escapes them. A `Combined` run has no file, so its results carry no location.
import { COMBINED } from '../policy/index.ts';
import type { CheckResult, PolicyMessage, PolicyResult } from '../policy/index.ts';

export const SARIF_SCHEMA = 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json';

type Kind = 'failure' | 'warning' | 'exception';
const LEVEL: Record<Kind, string> = { failure: 'error', warning: 'warning', exception: 'note' };
const DESCRIPTION: Record<Kind, string> = { failure: 'Policy violation', warning: 'Policy warning', exception: 'Policy exception' };

/** A relative path as a URI reference: each segment percent-encoded, `/` between them. */
const uriOf = (file: string) => file.split(/[\\/]/).map(encodeURIComponent).join('/');

export function policySarifLog(result: PolicyResult): unknown {
  const rules: { id: string; shortDescription: { text: string }; properties?: { query: string } }[] = [];
  const index = new Map<string, number>();
  const results: unknown[] = [];
  const add = (r: CheckResult, kind: Kind, m: PolicyMessage) => {
    const query = typeof m.metadata?.query === 'string' ? m.metadata.query : undefined;
    const id = `${r.namespace}/${kind === 'exception' ? 'exception' : (query?.split('.').pop() ?? kind)}`;
    if (!index.has(id)) {
      index.set(id, rules.length);
      rules.push({ id, shortDescription: { text: DESCRIPTION[kind] }, ...(query ? { properties: { query } } : {}) });
    }
    const location = { physicalLocation: { artifactLocation: { uri: uriOf(r.filename) }, region: { startLine: m.line ?? 1 } } };
    results.push({
      ruleId: id,
      ruleIndex: index.get(id),
      level: LEVEL[kind],
      message: { text: m.msg },
      ...(r.filename === COMBINED ? {} : { locations: [location] }),
    });
  };
  for (const r of result.results) {
    for (const m of r.failures) add(r, 'failure', m);
    for (const m of r.warnings) add(r, 'warning', m);
    for (const m of r.exceptions) add(r, 'exception', m);
  }
  return {
    version: '2.1.0',
    $schema: SARIF_SCHEMA,
    runs: [
      {
        tool: { driver: { name: 'go-xenv', informationUri: 'https://github.com/go-xenv/go-xenv-action', rules } },
        invocations: [
          {
            executionSuccessful: true,
            exitCode: result.exitCode,
            exitCodeDescription: result.totals.failures
              ? 'Policy violations found'
              : result.totals.warnings
                ? 'Policy warnings found'
                : 'No policy violations found',
          },
        ],
        results,
      },
    ],
  };
}

export const renderPolicySarif = (result: PolicyResult): string => JSON.stringify(policySarifLog(result), null, 2);
