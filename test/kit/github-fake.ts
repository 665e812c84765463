// An in-memory GitHub REST API on 127.0.0.1 for the github/ integration suites: issue comments, issues and labels,
// check runs and pull request files, paginated the way GitHub paginates (per_page/page, Link headers). Every request
// and every response is checked against GitHub's OpenAPI description (github-fake-openapi.ts); a mismatch answers 400
// and is kept, and `close()` rejects while any is kept, so no test passes against an API GitHub does not have. Faults are
// injected per operation: the secondary rate limit (403 + retry-after), a 502, a 404, and the read-only token's 403.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { operation, type Operation } from './github-fake-openapi.ts';

export interface FakeUser {
  login: string;
  id: number;
  type: 'Bot' | 'User';
}

/** What GITHUB_TOKEN acts as. */
export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export type Fault = 'secondary-rate-limit' | 'bad-gateway' | 'not-found' | 'read-only';

export interface RecordedRequest {
  op: string;
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  userAgent: string;
}

interface Comment { id: number; issue: number; body: string; user: FakeUser; created: string; updated: string }
interface Issue { id: number; number: number; title: string; body: string; state: 'open' | 'closed'; labels: string[]; user: FakeUser; created: string; updated: string; closed: string | null }
interface Label { id: number; name: string; color: string; description: string | null }
interface CheckRun { id: number; name: string; head_sha: string; status: string; conclusion: string | null; title: string | null; summary: string | null; annotations: unknown[]; started: string; completed: string | null }

const OPERATIONS = [
  'issues/list-comments', 'issues/create-comment', 'issues/update-comment', 'issues/delete-comment',
  'issues/list-for-repo', 'issues/create', 'issues/update', 'issues/get-label', 'issues/create-label',
  'checks/create', 'checks/update', 'pulls/list-files',
] as const;
export type OperationId = (typeof OPERATIONS)[number];

const BODY_LIMIT = 1024 * 1024;
/** A held request waits at most this long for the others it is held for. */
const HOLD_LIMIT_MS = 5000;

export interface GitHubFakeOptions {
  token?: string;
  /** Path prefix of the API: '' for api.github.com, '/api/v3' for GitHub Enterprise Server. */
  prefix?: string;
  identity?: FakeUser;
}

export class GitHubFake {
  readonly token: string;
  readonly prefix: string;
  /** The account the token acts as: the author of what the client creates. */
  identity: FakeUser;
  readonly requests: RecordedRequest[] = [];
  readonly mismatches: string[] = [];
  readonly comments: Comment[] = [];
  readonly issues: Issue[] = [];
  readonly labels: Label[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly pullFiles = new Map<number, string[]>();
  private readonly faults = new Map<string, { fault: Fault; retryAfter?: number }[]>();
  private readonly holds = new Map<string, { count: number; waiting: (() => void)[] }>();
  private readonly ops = OPERATIONS.map((id) => operation(id));
  private server?: Server;
  private nextId = 1000;
  private clock = Date.parse('2026-01-01T00:00:00Z');
  url = '';

  constructor(opts: GitHubFakeOptions = {}) {
    this.token = opts.token ?? 'ghs_fake_token_value_0123456789';
    this.prefix = opts.prefix ?? '';
    this.identity = opts.identity ?? ACTIONS_BOT;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${this.prefix}`;
    return this;
  }

  /** Stops the server; rejects when a request or a response did not match GitHub's description. */
  async close(): Promise<void> {
    for (const h of this.holds.values()) h.waiting.splice(0).forEach((go) => go());
    this.server?.closeAllConnections();
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
    if (this.mismatches.length) throw new Error(`the GitHub fake saw what GitHub's OpenAPI description does not allow:\n${this.mismatches.join('\n')}`);
  }

  /** The next `times` requests of `op` fail with `fault`. */
  inject(op: OperationId, fault: Fault, opts: { times?: number; retryAfter?: number } = {}): void {
    const queue = this.faults.get(op) ?? [];
    for (let i = 0; i < (opts.times ?? 1); i++) queue.push({ fault, retryAfter: opts.retryAfter });
    this.faults.set(op, queue);
  }

  /** The first `count` requests of `op` are answered only once all of them arrived (two jobs racing), bounded. */
  hold(op: OperationId, count: number): void {
    this.holds.set(op, { count, waiting: [] });
  }

  /** How many requests of `op` were answered (retries included). */
  count(op: OperationId, status?: number): number {
    return this.requests.filter((r) => r.op === op && (status === undefined || r.status === status)).length;
  }

  addComment(issue: number, body: string, user: FakeUser = this.identity): Comment {
    const c = { id: this.id(), issue, body, user, created: this.now(), updated: this.now() };
    this.comments.push(c);
    return c;
  }

  addIssue(title: string, body: string, labels: string[], user: FakeUser = this.identity): Issue {
    const i: Issue = { id: this.id(), number: this.issues.length + 1, title, body, state: 'open', labels, user, created: this.now(), updated: this.now(), closed: null };
    this.issues.push(i);
    return i;
  }

  commentsOn(issue: number): Comment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  private id(): number {
    return this.nextId++;
  }

  /** A clock that moves one second per event, so creation order is visible in timestamps. */
  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d+Z$/, 'Z');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.startsWith(this.prefix) ? url.pathname.slice(this.prefix.length) : url.pathname;
    const method = req.method ?? 'GET';
    let raw = '';
    for await (const chunk of req) {
      raw += chunk;
      if (raw.length > BODY_LIMIT) return this.send(res, undefined, 413, { message: 'body too large' });
    }
    const op = this.ops.find((o) => o.method === method && o.pattern.test(path));
    if (!op) {
      this.mismatches.push(`${method} ${path}: no operation of the fake (or of GitHub) answers this`);
      return this.send(res, undefined, 404, { message: 'Not Found' });
    }
    const params = Object.fromEntries(op.params.map((p, i) => [p, decodeURIComponent(op.pattern.exec(path)![i + 1]!)]));
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return this.reject(res, `${op.id}: the request body is not JSON`);
    }
    const record: RecordedRequest = { op: op.id, method, path, query: Object.fromEntries(url.searchParams), body, status: 0, userAgent: req.headers['user-agent'] ?? '' };
    this.requests.push(record);
    const problems = op.checkRequest(params, url.searchParams, body);
    if (problems.length) return this.reject(res, `${op.id} request: ${problems.join('; ')}`, record);
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      record.status = 401;
      return this.send(res, op, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    await this.waitForHold(op.id);
    const fault = this.faults.get(op.id)?.shift();
    if (fault) return this.sendFault(res, op, record, fault.fault, fault.retryAfter);
    const [status, out, headers] = this.route(op.id, params, url, body);
    record.status = status;
    this.send(res, op, status, out, headers);
  }

  private async waitForHold(op: string): Promise<void> {
    const h = this.holds.get(op);
    if (!h || h.count <= 0) return;
    h.count--;
    if (h.count === 0) {
      h.waiting.splice(0).forEach((go) => go());
      return;
    }
    await new Promise<void>((go) => {
      const timer = setTimeout(go, HOLD_LIMIT_MS);
      h.waiting.push(() => {
        clearTimeout(timer);
        go();
      });
    });
  }

  private sendFault(res: ServerResponse, op: Operation, record: RecordedRequest, fault: Fault, retryAfter = 1): void {
    const docs = 'https://docs.github.com/rest';
    const [status, body, headers]: [number, unknown, Record<string, string>] =
      fault === 'secondary-rate-limit' ? [403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: docs }, { 'retry-after': String(retryAfter) }]
      : fault === 'bad-gateway' ? [502, { message: 'Server Error' }, {}]
      : fault === 'not-found' ? [404, { message: 'Not Found', documentation_url: docs }, {}]
      : [403, { message: 'Resource not accessible by integration', documentation_url: docs }, {}];
    record.status = status;
    this.send(res, op, status, body, headers);
  }

  private reject(res: ServerResponse, problem: string, record?: RecordedRequest): void {
    this.mismatches.push(problem);
    if (record) record.status = 400;
    this.send(res, undefined, 400, { message: `fake: ${problem}` });
  }

  private send(res: ServerResponse, op: Operation | undefined, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (op) {
      const problems = op.checkResponse(status, body, headers);
      if (problems.length) this.mismatches.push(`${op.id} response ${status}: ${problems.join('; ')}`);
    }
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { ...headers, ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}), 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  private route(op: OperationId | string, p: Record<string, string>, url: URL, body: unknown): [number, unknown, Record<string, string>?] {
    const b = (body ?? {}) as Record<string, unknown>;
    const repo = `${p.owner}/${p.repo}`;
    switch (op) {
      case 'issues/list-comments':
        return this.page(url, this.commentsOn(Number(p.issue_number)).map((c) => this.commentJson(repo, c)));
      case 'issues/create-comment': {
        const c = this.addComment(Number(p.issue_number), String(b.body));
        return [201, this.commentJson(repo, c)];
      }
      case 'issues/update-comment': {
        const c = this.comments.find((x) => x.id === Number(p.comment_id));
        if (!c) return this.notFound();
        if (c.user.login !== this.identity.login) return [403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }];
        Object.assign(c, { body: String(b.body), updated: this.now() });
        return [200, this.commentJson(repo, c)];
      }
      case 'issues/delete-comment': {
        const i = this.comments.findIndex((x) => x.id === Number(p.comment_id));
        if (i < 0) return this.notFound();
        this.comments.splice(i, 1);
        return [204, undefined];
      }
      case 'issues/list-for-repo': {
        const state = url.searchParams.get('state') ?? 'open';
        const wanted = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const list = this.issues.filter((i) => (state === 'all' || i.state === state) && wanted.every((l) => i.labels.includes(l)));
        return this.page(url, list.map((i) => this.issueJson(repo, i)));
      }
      case 'issues/create': {
        const labels = ((b.labels as string[] | undefined) ?? []).map(String);
        for (const l of labels) if (!this.labels.some((x) => x.name === l)) this.labels.push({ id: this.id(), name: l, color: 'ededed', description: null });
        return [201, this.issueJson(repo, this.addIssue(String(b.title), String(b.body ?? ''), labels))];
      }
      case 'issues/update': {
        const i = this.issues.find((x) => x.number === Number(p.issue_number));
        if (!i) return this.notFound();
        if (typeof b.body === 'string') i.body = b.body;
        if (typeof b.title === 'string') i.title = b.title;
        if (b.state === 'closed' && i.state === 'open') Object.assign(i, { state: 'closed', closed: this.now() });
        if (b.state === 'open') Object.assign(i, { state: 'open', closed: null });
        i.updated = this.now();
        return [200, this.issueJson(repo, i)];
      }
      case 'issues/get-label': {
        const l = this.labels.find((x) => x.name === p.name);
        return l ? [200, this.labelJson(repo, l)] : this.notFound();
      }
      case 'issues/create-label': {
        if (this.labels.some((x) => x.name === b.name)) return [422, { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }], documentation_url: 'https://docs.github.com/rest' }];
        const l = { id: this.id(), name: String(b.name), color: String(b.color ?? 'ededed'), description: typeof b.description === 'string' ? b.description : null };
        this.labels.push(l);
        return [201, this.labelJson(repo, l)];
      }
      case 'checks/create': {
        const out = (b.output ?? {}) as Record<string, unknown>;
        const run: CheckRun = { id: this.id(), name: String(b.name), head_sha: String(b.head_sha), status: String(b.status ?? (b.conclusion ? 'completed' : 'queued')), conclusion: (b.conclusion as string) ?? null, title: (out.title as string) ?? null, summary: (out.summary as string) ?? null, annotations: [...((out.annotations as unknown[]) ?? [])], started: this.now(), completed: b.conclusion ? this.now() : null };
        this.checkRuns.push(run);
        return [201, this.checkRunJson(repo, run)];
      }
      case 'checks/update': {
        const run = this.checkRuns.find((x) => x.id === Number(p.check_run_id));
        if (!run) return this.notFound();
        const out = (b.output ?? {}) as Record<string, unknown>;
        run.annotations.push(...((out.annotations as unknown[]) ?? []));
        if (typeof out.title === 'string') run.title = out.title;
        if (typeof out.summary === 'string') run.summary = out.summary;
        if (typeof b.status === 'string') run.status = b.status;
        if (typeof b.conclusion === 'string') Object.assign(run, { conclusion: b.conclusion, status: 'completed', completed: this.now() });
        return [200, this.checkRunJson(repo, run)];
      }
      case 'pulls/list-files': {
        const files = this.pullFiles.get(Number(p.pull_number));
        if (!files) return this.notFound();
        return this.page(url, files.map((f) => this.fileJson(repo, f)));
      }
    }
    return this.notFound();
  }

  private notFound(): [number, unknown] {
    return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
  }

  /** per_page (GitHub's default 30, at most 100) and page, with the Link header GitHub sends. */
  private page(url: URL, all: unknown[]): [number, unknown, Record<string, string>] {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (n: number, rel: string) => {
      const u = new URL(`${this.url}${url.pathname.slice(this.prefix.length)}`);
      url.searchParams.forEach((v, k) => u.searchParams.set(k, v));
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(n));
      return `<${u.href}>; rel="${rel}"`;
    };
    const links = [
      ...(page > 1 ? [link(page - 1, 'prev'), link(1, 'first')] : []),
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ];
    return [200, all.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {}];
  }

  private userJson(u: FakeUser) {
    const api = 'https://api.github.com/users/' + encodeURIComponent(u.login);
    return {
      login: u.login, id: u.id, node_id: `U_${u.id}`, avatar_url: `https://avatars.githubusercontent.com/u/${u.id}`, gravatar_id: '',
      url: api, html_url: `https://github.com/${encodeURIComponent(u.login)}`, followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`, gists_url: `${api}/gists{/gist_id}`, starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`, organizations_url: `${api}/orgs`, repos_url: `${api}/repos`, events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`, type: u.type, site_admin: false,
    };
  }

  private commentJson(repo: string, c: Comment) {
    const api = `https://api.github.com/repos/${repo}`;
    return {
      id: c.id, node_id: `IC_${c.id}`, url: `${api}/issues/comments/${c.id}`, html_url: `https://github.com/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
      body: c.body, user: this.userJson(c.user), created_at: c.created, updated_at: c.updated, issue_url: `${api}/issues/${c.issue}`,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
  }

  private labelJson(repo: string, l: Label) {
    return { id: l.id, node_id: `LA_${l.id}`, url: `https://api.github.com/repos/${repo}/labels/${encodeURIComponent(l.name)}`, name: l.name, description: l.description, color: l.color, default: false };
  }

  private issueJson(repo: string, i: Issue) {
    const api = `https://api.github.com/repos/${repo}/issues/${i.number}`;
    return {
      id: i.id, node_id: `I_${i.id}`, url: api, repository_url: `https://api.github.com/repos/${repo}`, labels_url: `${api}/labels{/name}`,
      comments_url: `${api}/comments`, events_url: `${api}/events`, html_url: `https://github.com/${repo}/issues/${i.number}`, number: i.number,
      state: i.state, title: i.title, body: i.body, user: this.userJson(i.user),
      labels: i.labels.map((n) => this.labelJson(repo, this.labels.find((l) => l.name === n) ?? { id: 0, name: n, color: 'ededed', description: null })),
      assignee: null, assignees: [], milestone: null, locked: false, comments: this.commentsOn(i.number).length, closed_at: i.closed,
      created_at: i.created, updated_at: i.updated, author_association: 'NONE',
    };
  }

  private checkRunJson(repo: string, r: CheckRun) {
    const api = `https://api.github.com/repos/${repo}/check-runs/${r.id}`;
    return {
      id: r.id, node_id: `CR_${r.id}`, head_sha: r.head_sha, name: r.name, url: api, html_url: `https://github.com/${repo}/runs/${r.id}`,
      details_url: null, status: r.status, conclusion: r.conclusion, started_at: r.started, completed_at: r.completed, external_id: null,
      check_suite: { id: 1 }, app: null, pull_requests: [],
      output: { title: r.title, summary: r.summary, text: null, annotations_count: r.annotations.length, annotations_url: `${api}/annotations` },
    };
  }

  private fileJson(repo: string, name: string) {
    const sha = '0'.repeat(40);
    return {
      sha, filename: name, status: 'modified', additions: 1, deletions: 0, changes: 1,
      blob_url: `https://github.com/${repo}/blob/${sha}/${encodeURI(name)}`, raw_url: `https://github.com/${repo}/raw/${sha}/${encodeURI(name)}`,
      contents_url: `https://api.github.com/repos/${repo}/contents/${encodeURI(name)}?ref=${sha}`,
    };
  }
}

export const startGitHubFake = (opts?: GitHubFakeOptions): Promise<GitHubFake> => new GitHubFake(opts).start();
