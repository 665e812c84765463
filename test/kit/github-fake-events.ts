// Event payloads for the github/ suites: GitHub's own webhook examples (@octokit/webhooks-examples) for pull_request
// and push, and the schedule payload as the runner writes it (a schedule has no webhook). `runtimeOf` turns one into
// Config.runtime through the real reader (config/runtime.ts), with the env a runner would set.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRuntimeFacts, type RuntimeFacts } from '../../src/config/runtime.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- webhook payloads as examples give them

const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: Json[] }[];

const clone = <T>(v: T): T => structuredClone(v);
const first = (name: string, pick: (e: Json) => boolean): Json => {
  const found = examples.find((e) => e.name === name)?.examples.find(pick);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${name} example`);
  return clone(found);
};

/** `pull_request` opened; `fork` moves the head branch to another owner's repository (no example ships one). */
export function pullRequestEvent(opts: { fork?: boolean } = {}): Json {
  const e = first('pull_request', (x) => x.action === 'opened' && x.pull_request?.head?.repo);
  if (opts.fork) e.pull_request.head.repo.full_name = `forker/${e.repository.name}`;
  return e;
}

export const pushEvent = (): Json => first('push', (x) => String(x.ref).startsWith('refs/heads/'));

/** What the runner writes to GITHUB_EVENT_PATH for `on: schedule`. */
export const scheduleEvent = (): Json => ({ schedule: '17 3 * * *', workflow: '.github/workflows/go-xenv-audit.yml' });

export function runtimeOf(eventName: string, payload: Json, apiUrl: string): RuntimeFacts {
  const dir = mkdtempSync(join(tmpdir(), 'go-xenv-event-'));
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  const repository = (payload.repository?.full_name as string | undefined) ?? 'Codertocat/Hello-World';
  return readRuntimeFacts({
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: repository,
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: (payload.pull_request?.head?.sha as string | undefined) ?? (payload.after as string | undefined) ?? 'a'.repeat(40),
    GITHUB_REF: eventName === 'pull_request' ? `refs/pull/${payload.number as number}/merge` : ((payload.ref as string | undefined) ?? 'refs/heads/main'),
  });
}
