// A local stand-in for GitHub's REST API: real HTTP for real Octokit, every request and
// response checked against GitHub's OpenAPI description, pull requests merged for real in a
// bare git repository.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BareRepo, isPlausibleBranchName } from './git.js';
import {
  ISSUE_EVENT_SCHEMAS,
  renderComment,
  renderIssue,
  renderIssueEvent,
  renderLabel,
  renderPull,
  renderRepo,
  type IssueEventKind,
  type IssueRecord,
  type Label,
  type PullExtras,
  type PullState,
  type RepoInfo,
  type User,
} from './objects.js';
import { isRecord, OpenApiDescription, type Json, type Problem } from './openapi.js';

export interface StandinOptions {
  /** Path of the bare repository that plays the GitHub-hosted repo. */
  bareRepo: string;
  /** Environment for every git the stand-in runs (the test sandbox's hermetic one). */
  env: NodeJS.ProcessEnv;
  owner: string;
  repo: string;
  token: string;
  /** Who the token belongs to: the author of PRs, issues and comments it creates. */
  login?: string;
  defaultBranch?: string;
}

export interface Violation {
  /** `request`: the client sent what GitHub would reject; `response`: a stand-in bug;
   * `unimplemented`: the client called something the stand-in does not serve. */
  kind: 'request' | 'response' | 'unimplemented';
  method: string;
  path: string;
  operation?: string;
  problems: Problem[];
}

export interface LoggedRequest {
  method: string;
  path: string;
  /** 0 when no response was sent (a `timeout` fault). */
  status: number;
  operation?: string;
  /** True when `failNext` interfered: the response did not come from the operation as is. */
  injected?: boolean;
  /** Which kind of fault interfered, when one did. */
  fault?: FaultKind;
}

export type FaultKind = 'status' | 'timeout' | 'lost-response';

interface FaultMatch {
  /** Any method when omitted. */
  method?: string;
  /** Matched against the request path (without query); a string must match it exactly. */
  pathPattern: string | RegExp;
  /** How many matching requests fail; 1 when omitted. */
  times?: number;
  /** How many matching requests go through untouched first (to reach a later step); 0 when omitted. */
  skip?: number;
}

/**
 * What `failNext` does to matching requests:
 * - `status` (the default): answers `status` instead of performing the operation;
 * - `timeout`: never answers (until the client gives up or the stand-in closes), and does not
 *   perform the operation, like a request stuck in front of GitHub;
 * - `lost-response`: performs the operation, then drops the connection without an answer, like
 *   a response lost on the way back: the client cannot tell whether it happened.
 */
export type Fault = FaultMatch &
  (
    | {
        kind?: 'status';
        status: number;
        /** Seconds, sent as `retry-after`. */
        retryAfter?: number;
        body?: Json;
      }
    | { kind: 'timeout' | 'lost-response' }
  );

/** A pull request from someone else's fork, whose head commit is already in the bare repo. */
export interface ForkPull {
  /** Who owns the fork. */
  owner: string;
  branch: string;
  sha: string;
  title: string;
  body?: string;
  /** The default branch when omitted. */
  base?: string;
}

export interface Dispatch {
  kind: 'repository' | 'workflow';
  workflowId?: string;
  payload: unknown;
}

/** What a test can inspect about a pull request. */
export interface PullSnapshot {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  head: string;
  base: string;
  headSha: string;
  /** Who owns the head's repository: the stand-in's owner, or a fork's. */
  headOwner: string;
  merged: boolean;
  mergeCommitSha: string | null;
  labels: string[];
  requestedReviewers: string[];
  assignees: string[];
  comments: string[];
  createdAt: Date;
  updatedAt: Date;
}

export interface IssueSnapshot {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  labels: string[];
  assignees: string[];
  comments: string[];
  isPullRequest: boolean;
}

export interface GitHubStandin {
  /** For `new Octokit({ baseUrl })`. */
  readonly baseUrl: string;
  readonly pulls: PullSnapshot[];
  readonly issues: IssueSnapshot[];
  readonly violations: Violation[];
  readonly requests: LoggedRequest[];
  readonly dispatches: Dispatch[];
  /** Makes the next matching request(s) fail (see `Fault` for how). */
  failNext(fault: Fault): void;
  /** Drops every fault not yet met (GitHub is healthy again); returns how many were dropped. */
  clearFaults(): number;
  /** Opens a pull request from a fork, as its owner would; returns its number. */
  openForkPull(pull: ForkPull): Promise<number>;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';

/** A reply with a GitHub-style error body. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Json,
  ) {
    super(isRecord(body) && typeof body.message === 'string' ? body.message : `HTTP ${status}`);
  }
}

function validationFailed(documentationUrl: string, ...errors: Json[]): HttpError {
  return new HttpError(422, {
    message: 'Validation Failed',
    errors,
    documentation_url: documentationUrl,
  });
}

interface Reply {
  status: number;
  body?: Json;
  headers?: Record<string, string>;
  /** `hold`: never answer; `drop`: destroy the connection instead of answering. */
  delivery?: 'hold' | 'drop';
}

interface Context {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  docs: string;
  path: string;
}

interface Route {
  method: string;
  /** Exactly as in the OpenAPI description: it is the key for the operation's schemas. */
  template: string;
  pattern: RegExp;
  handler: (ctx: Context) => Promise<Reply>;
}

/** The stand-in fault a request met, taken off the `failNext` list. */
type TakenFault = Fault & { remaining: number; toSkip: number };

// Statuses GitHub may answer any operation with, whether or not the description lists them
// for it (the description omits e.g. 404 for `pulls/update` and 401 everywhere).
const ANY_OPERATION_STATUSES = new Set([401, 403, 404, 422, 500, 502, 503]);

// One description per process: parsing it and compiling validators is the slow part.
let sharedDescription: OpenApiDescription | undefined;

export async function startGitHubStandin(options: StandinOptions): Promise<GitHubStandin> {
  const description = (sharedDescription ??= new OpenApiDescription());
  const state = new Standin(options, description);
  return state.listen();
}

class Standin {
  readonly violations: Violation[] = [];
  readonly requests: LoggedRequest[] = [];
  readonly dispatches: Dispatch[] = [];
  private readonly faults: TakenFault[] = [];
  private readonly git: BareRepo;
  private readonly users = new Map<string, User>();
  private readonly labels = new Map<string, Label>();
  private readonly issues: IssueRecord[] = [];
  private readonly routes: Route[];
  private readonly me: User;
  private repoInfo!: RepoInfo;
  private apiBase = '';
  private nextUserId = 1001;
  private nextIssueId = 500_000_001;
  private nextCommentId = 900_000_001;
  private nextEventId = 800_000_001;
  private nextLabelId = 700_000_001;
  private nextForkRepoId = 200_001;
  private rateRemaining = 5000;
  private pushedAt = new Date();
  /** Requests run one at a time, as the bare repo's refs are read and then moved. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: StandinOptions,
    private readonly description: OpenApiDescription,
  ) {
    this.git = new BareRepo(options.bareRepo, options.env);
    this.me = this.user(options.login ?? 'modelgate-bot');
    this.routes = this.buildRoutes();
  }

  async listen(): Promise<GitHubStandin> {
    const server = createServer((req, res) => {
      void this.serve(req, res);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    this.apiBase = `http://127.0.0.1:${port}`;
    const ownerUser: User = { login: this.options.owner, id: 1, type: 'Organization' };
    this.users.set(ownerUser.login, ownerUser);
    this.repoInfo = {
      owner: ownerUser,
      name: this.options.repo,
      id: 100_001,
      defaultBranch: this.options.defaultBranch ?? 'main',
      apiBase: this.apiBase,
      createdAt: new Date(Date.now() - 86_400_000),
    };
    const close = async (): Promise<void> => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await this.queue.catch(() => undefined);
    };
    // Getters, so a test always sees the current state.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    return {
      baseUrl: this.apiBase,
      get pulls() {
        return self.pullSnapshots();
      },
      get issues() {
        return self.issueSnapshots();
      },
      violations: this.violations,
      requests: this.requests,
      dispatches: this.dispatches,
      failNext: (fault) => {
        this.faults.push({ ...fault, remaining: fault.times ?? 1, toSkip: fault.skip ?? 0 });
      },
      clearFaults: () => this.faults.splice(0).length,
      openForkPull: (pull) => this.serialized(() => this.openForkPull(pull)),
      close,
    };
  }

  // ---------------------------------------------------------------- HTTP plumbing

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.apiBase);
    const path = url.pathname;
    const log: LoggedRequest = { method, path, status: 0 };
    let reply: Reply;
    try {
      const raw = await readBody(req);
      reply = await this.handle(method, url, raw, req.headers.authorization, log);
    } catch (thrown) {
      const message = thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown);
      this.violations.push({
        kind: 'response',
        method,
        path,
        problems: [{ where: 'stand-in', message: `crashed: ${message}` }],
      });
      reply = { status: 500, body: { message: 'Server Error', documentation_url: DOCS } };
    }
    if (reply.delivery === 'hold') {
      // No answer at all: the client's own timeout must end it (or the stand-in's close).
      this.requests.push(log);
      return;
    }
    log.status = reply.status;
    this.requests.push(log);
    if (reply.delivery === 'drop') {
      res.destroy();
      return;
    }
    this.send(res, reply);
  }

  private send(res: ServerResponse, reply: Reply): void {
    this.rateRemaining = Math.max(0, this.rateRemaining - 1);
    const headers: Record<string, string> = {
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(this.rateRemaining),
      'x-ratelimit-used': String(5000 - this.rateRemaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers);
      res.end();
      return;
    }
    const text = JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
    });
    res.end(text);
  }

  private async handle(
    method: string,
    url: URL,
    raw: string,
    authorization: string | undefined,
    log: LoggedRequest,
  ): Promise<Reply> {
    const path = url.pathname;
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (token !== this.options.token) {
      return {
        status: 401,
        body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' },
      };
    }

    const match = this.route(method, path);
    if (!match) {
      this.violations.push({
        kind: 'unimplemented',
        method,
        path,
        problems: [{ where: 'route', message: 'the stand-in does not implement this endpoint' }],
      });
      return {
        status: 404,
        body: { message: 'Not Found', documentation_url: DOCS, status: '404' },
      };
    }
    const { route, params } = match;
    const operation = this.description.operation(route.method, route.template);
    log.operation = operation.operationId;

    const fault = this.takeFault(method, path);
    if (fault) {
      log.injected = true;
      log.fault = fault.kind ?? 'status';
      if (fault.kind === undefined || fault.kind === 'status') return faultReply(fault);
      if (fault.kind === 'timeout') return { status: 0, delivery: 'hold' };
    }
    const reply = await this.perform(method, url, raw, route, params, operation);
    return fault ? { ...reply, delivery: 'drop' } : reply;
  }

  private async perform(
    method: string,
    url: URL,
    raw: string,
    route: Route,
    params: Record<string, string>,
    operation: ReturnType<OpenApiDescription['operation']>,
  ): Promise<Reply> {
    const path = url.pathname;
    let body: unknown;
    const present = raw.trim().length > 0;
    if (present) {
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push({
          kind: 'request',
          method,
          path,
          operation: operation.operationId,
          problems: [{ where: 'body', message: 'is not JSON' }],
        });
        return {
          status: 400,
          body: { message: 'Problems parsing JSON', documentation_url: operation.documentationUrl },
        };
      }
    }
    const problems = [
      ...operation.checkParameters(params, url.searchParams),
      ...operation.checkBody(body, present),
    ];
    if (problems.length > 0) return this.rejectRequest(method, path, operation, problems);

    if (params.owner !== this.options.owner || params.repo !== this.options.repo) {
      return {
        status: 404,
        body: {
          message: 'Not Found',
          documentation_url: operation.documentationUrl,
          status: '404',
        },
      };
    }

    const ctx: Context = {
      params,
      query: url.searchParams,
      body,
      docs: operation.documentationUrl,
      path,
    };
    let reply: Reply;
    try {
      reply = await this.serialized(() => route.handler(ctx));
    } catch (thrown) {
      if (!(thrown instanceof HttpError)) throw thrown;
      reply = { status: thrown.status, body: thrown.body };
    }
    return this.checkReply(method, path, operation, reply);
  }

  private rejectRequest(
    method: string,
    path: string,
    operation: { operationId: string; documentationUrl: string },
    problems: Problem[],
  ): Reply {
    this.violations.push({
      kind: 'request',
      method,
      path,
      operation: operation.operationId,
      problems,
    });
    return {
      status: 422,
      body: {
        // GitHub's own wording for schema failures.
        message: `Invalid request.\n\n${problems.map((p) => `For '${p.where}', ${p.message}.`).join('\n')}`,
        documentation_url: operation.documentationUrl,
        errors: problems.map((p) => ({
          code: 'invalid',
          field: p.where,
          message: `${p.where} ${p.message}`,
        })),
      },
    };
  }

  /** Our own responses must satisfy the description too; if not, that is a stand-in bug. */
  private checkReply(
    method: string,
    path: string,
    operation: ReturnType<OpenApiDescription['operation']>,
    reply: Reply,
  ): Reply {
    let problems: Problem[];
    if (
      operation.declaresStatus(reply.status) &&
      (reply.status < 400 || operation.declaresBody(reply.status))
    ) {
      problems = operation.checkResponse(reply.status, reply.body);
    } else if (
      ANY_OPERATION_STATUSES.has(reply.status) ||
      (reply.status >= 400 && operation.declaresStatus(reply.status))
    ) {
      // An error the description does not describe for this operation (or describes without a
      // body, like `pulls/request-reviewers`' 422): it must still look like GitHub's errors.
      problems = this.description.checkComponent(
        'basic-error',
        reply.body,
        `response ${reply.status}`,
      );
      if (!isRecord(reply.body) || typeof reply.body.message !== 'string') {
        problems.push({ where: `response ${reply.status}`, message: 'error body has no message' });
      }
    } else {
      problems = [
        { where: `response ${reply.status}`, message: 'status is not declared for this operation' },
      ];
    }
    if (problems.length === 0) return reply;
    this.violations.push({
      kind: 'response',
      method,
      path,
      operation: operation.operationId,
      problems,
    });
    return {
      status: 500,
      body: {
        message: 'stand-in response violates the OpenAPI description',
        documentation_url: DOCS,
      },
    };
  }

  private takeFault(method: string, path: string): TakenFault | undefined {
    const matching = this.faults.filter(
      (f) =>
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (typeof f.pathPattern === 'string' ? f.pathPattern === path : f.pathPattern.test(path)),
    );
    // Each fault counts the requests it lets through on its own; the first not skipping applies.
    let taken: TakenFault | undefined;
    for (const fault of matching) {
      if (fault.toSkip > 0) fault.toSkip -= 1;
      else taken ??= fault;
    }
    if (!taken) return undefined;
    taken.remaining -= 1;
    if (taken.remaining <= 0) this.faults.splice(this.faults.indexOf(taken), 1);
    return taken;
  }

  /** Runs one step at a time, as the bare repo's refs are read and then moved. */
  private serialized<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private route(
    method: string,
    path: string,
  ): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const match = route.pattern.exec(path);
      if (!match) continue;
      const params: Record<string, string> = {};
      for (const [name, value] of Object.entries(match.groups ?? {})) {
        params[name] = decodeURIComponent(value);
      }
      return { route, params };
    }
    return undefined;
  }

  private buildRoutes(): Route[] {
    const r = (
      method: string,
      template: string,
      handler: (ctx: Context) => Promise<Reply>,
    ): Route => ({
      method,
      template,
      pattern: new RegExp(`^${template.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
      handler,
    });
    const repo = '/repos/{owner}/{repo}';
    // `x-multi-segment` parameters (a ref like `heads/a/b`) may arrive with their slashes
    // unencoded; GitHub accepts both forms.
    const multiSegment = (route: Route, name: string): Route => ({
      ...route,
      pattern: new RegExp(route.pattern.source.replace(`(?<${name}>[^/]+)`, `(?<${name}>.+)`)),
    });
    return [
      r('GET', repo, () => this.getRepo()),
      r('GET', `${repo}/pulls`, (c) => this.listPulls(c)),
      r('POST', `${repo}/pulls`, (c) => this.createPull(c)),
      r('GET', `${repo}/pulls/{pull_number}`, (c) => this.getPull(c)),
      r('PATCH', `${repo}/pulls/{pull_number}`, (c) => this.updatePull(c)),
      r('PUT', `${repo}/pulls/{pull_number}/merge`, (c) => this.mergePull(c)),
      r('POST', `${repo}/pulls/{pull_number}/requested_reviewers`, (c) => this.requestReviewers(c)),
      r('DELETE', `${repo}/pulls/{pull_number}/requested_reviewers`, (c) =>
        this.removeRequestedReviewers(c),
      ),
      r('GET', `${repo}/issues`, (c) => this.listIssues(c)),
      r('POST', `${repo}/issues`, (c) => this.createIssue(c)),
      r('PATCH', `${repo}/issues/{issue_number}`, (c) => this.updateIssue(c)),
      r('GET', `${repo}/issues/{issue_number}/comments`, (c) => this.listComments(c)),
      r('POST', `${repo}/issues/{issue_number}/comments`, (c) => this.createComment(c)),
      r('POST', `${repo}/issues/{issue_number}/labels`, (c) => this.addLabels(c)),
      r('DELETE', `${repo}/issues/{issue_number}/labels/{name}`, (c) => this.removeLabel(c)),
      r('GET', `${repo}/issues/{issue_number}/events`, (c) => this.listEvents(c)),
      r('POST', `${repo}/issues/{issue_number}/assignees`, (c) => this.addAssignees(c)),
      r('DELETE', `${repo}/issues/{issue_number}/assignees`, (c) => this.removeAssignees(c)),
      multiSegment(
        r('DELETE', `${repo}/git/refs/{ref}`, (c) => this.deleteRef(c)),
        'ref',
      ),
      r('POST', `${repo}/dispatches`, (c) => this.repositoryDispatch(c)),
      r('POST', `${repo}/actions/workflows/{workflow_id}/dispatches`, (c) =>
        this.workflowDispatch(c),
      ),
    ];
  }

  // ---------------------------------------------------------------- state helpers

  private user(login: string): User {
    let user = this.users.get(login);
    if (!user) {
      user = { login, id: this.nextUserId++, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
      this.users.set(login, user);
    }
    return user;
  }

  private label(name: string): Label {
    const key = name.toLowerCase(); // GitHub label names are case-insensitive
    let label = this.labels.get(key);
    if (!label) {
      label = { id: this.nextLabelId++, name, color: 'ededed', description: null };
      this.labels.set(key, label);
    }
    return label;
  }

  private get repoUrl(): string {
    return `${this.apiBase}/repos/${this.options.owner}/${this.options.repo}`;
  }

  private repoJson(full = false): Json {
    const openIssues = this.issues.filter((i) => i.state === 'open').length;
    return renderRepo(this.repoInfo, { openIssues, pushedAt: this.pushedAt }, full);
  }

  private findIssue(number: string, docs: string): IssueRecord {
    const issue = this.issues.find((i) => String(i.number) === number);
    if (!issue)
      throw new HttpError(404, { message: 'Not Found', documentation_url: docs, status: '404' });
    return issue;
  }

  private findPull(number: string, docs: string): IssueRecord & { pull: PullState } {
    const issue = this.findIssue(number, docs);
    if (!issue.pull)
      throw new HttpError(404, { message: 'Not Found', documentation_url: docs, status: '404' });
    return issue as IssueRecord & { pull: PullState };
  }

  /**
   * While a PR is open its head and base follow the branches, as on GitHub. A fork's branch is
   * not in the bare repo (only its `refs/pull/<n>/head` copy), so a fork's head stays put.
   */
  private async refresh(pull: PullState, open: boolean): Promise<void> {
    if (!open) return;
    if (!pull.fork) pull.headSha = (await this.git.branchSha(pull.head)) ?? pull.headSha;
    pull.baseSha = (await this.git.branchSha(pull.base)) ?? pull.baseSha;
  }

  /** Whether the head can still be merged: a same-repo head branch must still exist. */
  private async headExists(pull: PullState): Promise<boolean> {
    return pull.fork !== undefined || (await this.git.branchSha(pull.head)) !== undefined;
  }

  private headOwner(pull: PullState): string {
    return pull.fork?.owner.login ?? this.options.owner;
  }

  private async pullJson(issue: IssueRecord & { pull: PullState }, full: boolean): Promise<Json> {
    const { pull } = issue;
    await this.refresh(pull, issue.state === 'open');
    let extras: PullExtras | undefined;
    if (full) {
      const open = issue.state === 'open';
      const [commits, stats, tree] = await Promise.all([
        this.git.commitsBetween(pull.baseSha, pull.headSha),
        this.git.diffStats(pull.baseSha, pull.headSha),
        open ? this.git.mergeTree(pull.baseSha, pull.headSha) : Promise.resolve(undefined),
      ]);
      extras = { mergeable: open ? tree !== undefined : null, commits, ...stats };
    }
    return renderPull(issue, pull, this.repoInfo, this.repoJson(), this.apiBase, extras);
  }

  private page<T>(items: T[], ctx: Context): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Number(ctx.query.get('per_page') ?? 30) || 30);
    const page = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const headers: Record<string, string> = {};
    const link = (n: number, rel: string): string => {
      const query = new URLSearchParams(ctx.query);
      query.set('page', String(n));
      query.set('per_page', String(perPage));
      return `<${this.apiBase}${ctx.path}?${query.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    if (links.length > 0) headers.link = links.join(', ');
    return { items: items.slice((page - 1) * perPage, page * perPage), headers };
  }

  /** Who is assigned now, as GitHub records it: an event for each one added or taken off. */
  private setAssignees(issue: IssueRecord, logins: readonly string[]): void {
    const wanted: string[] = [];
    for (const login of logins) {
      if (!wanted.some((other) => sameLogin(other, login))) wanted.push(login);
    }
    const staying = (user: User) => wanted.some((login) => sameLogin(login, user.login));
    for (const assignee of issue.assignees.filter((user) => !staying(user))) {
      this.recordEvent(issue, { event: 'unassigned', assignee });
    }
    const assignees = issue.assignees.filter(staying);
    for (const login of wanted) {
      if (assignees.some((user) => sameLogin(user.login, login))) continue;
      const assignee = this.user(login);
      assignees.push(assignee);
      this.recordEvent(issue, { event: 'assigned', assignee });
    }
    issue.assignees = assignees;
  }

  private recordEvent(issue: IssueRecord, what: IssueEventKind): void {
    issue.events.push({ ...what, id: this.nextEventId++, actor: this.me, createdAt: new Date() });
  }

  private touch(issue: IssueRecord): void {
    issue.updatedAt = new Date();
  }

  private setState(issue: IssueRecord, state: 'open' | 'closed'): void {
    if (issue.state === state) return;
    issue.state = state;
    issue.closedAt = state === 'closed' ? new Date() : null;
    if (!issue.pull) issue.stateReason = state === 'closed' ? 'completed' : 'reopened';
  }

  // ---------------------------------------------------------------- repository

  private getRepo(): Promise<Reply> {
    return Promise.resolve({ status: 200, body: this.repoJson(true) });
  }

  // ---------------------------------------------------------------- pull requests

  private async listPulls(ctx: Context): Promise<Reply> {
    const state = ctx.query.get('state') ?? 'open';
    const head = ctx.query.get('head');
    const base = ctx.query.get('base');
    let pulls = this.issues.filter(
      (i): i is IssueRecord & { pull: PullState } =>
        i.pull !== undefined &&
        (state === 'all' || i.state === state) &&
        (base === null || i.pull.base === base) &&
        (head === null || matchesHead(head, this.headOwner(i.pull), i.pull.head)),
    );
    // `popularity` and `long-running` are not modelled; they sort like `created`.
    const sort = ctx.query.get('sort') ?? 'created';
    const sortKey = sort === 'updated' ? 'updatedAt' : 'createdAt';
    // GitHub's default direction: `desc` for `created`, `asc` for every other sort.
    const direction = ctx.query.get('direction') ?? (sort === 'created' ? 'desc' : 'asc');
    pulls = [...pulls].sort((a, b) => {
      const d = a[sortKey].getTime() - b[sortKey].getTime() || a.number - b.number;
      return direction === 'asc' ? d : -d;
    });
    const { items, headers } = this.page(pulls, ctx);
    const body = await Promise.all(items.map((issue) => this.pullJson(issue, false)));
    return { status: 200, body, headers };
  }

  private async createPull(ctx: Context): Promise<Reply> {
    const body = isRecord(ctx.body) ? ctx.body : {};
    if (body.issue !== undefined) {
      throw validationFailed(ctx.docs, {
        resource: 'PullRequest',
        code: 'custom',
        message: 'the GitHub stand-in does not convert issues to pull requests',
      });
    }
    if (typeof body.title !== 'string') {
      // The schema leaves `title` optional because of `issue`; its description says
      // "Required unless `issue` is specified", and GitHub rejects the request.
      this.violations.push({
        kind: 'request',
        method: 'POST',
        path: ctx.path,
        operation: 'pulls/create',
        problems: [{ where: 'body/title', message: 'is required unless `issue` is specified' }],
      });
      throw validationFailed(ctx.docs, {
        resource: 'PullRequest',
        code: 'missing_field',
        field: 'title',
      });
    }
    const headSpec = String(body.head);
    const base = String(body.base);
    const colon = headSpec.indexOf(':');
    const headOwner = colon >= 0 ? headSpec.slice(0, colon) : this.options.owner;
    const head = colon >= 0 ? headSpec.slice(colon + 1) : headSpec;

    const baseSha = await this.git.branchSha(base);
    if (!baseSha)
      throw validationFailed(ctx.docs, { resource: 'PullRequest', field: 'base', code: 'invalid' });
    const headSha = headOwner === this.options.owner ? await this.git.branchSha(head) : undefined;
    if (!headSha)
      throw validationFailed(ctx.docs, { resource: 'PullRequest', field: 'head', code: 'invalid' });
    const existing = this.issues.find(
      (i) =>
        i.state === 'open' &&
        i.pull?.head === head &&
        i.pull.base === base &&
        this.headOwner(i.pull) === headOwner,
    );
    if (existing) {
      throw validationFailed(ctx.docs, {
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${this.options.owner}:${head}.`,
      });
    }
    if ((await this.git.commitsBetween(baseSha, headSha)) === 0) {
      throw validationFailed(ctx.docs, {
        resource: 'PullRequest',
        code: 'custom',
        message: `No commits between ${base} and ${head}`,
      });
    }

    const now = new Date();
    const issue: IssueRecord & { pull: PullState } = {
      number: this.issues.length + 1,
      id: this.nextIssueId++,
      title: body.title,
      body: typeof body.body === 'string' ? body.body : null,
      state: 'open',
      stateReason: null,
      user: this.me,
      labels: [],
      assignees: [],
      comments: [],
      events: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      pull: {
        head,
        base,
        headSha,
        baseSha,
        merged: false,
        mergedAt: null,
        mergedBy: null,
        mergeCommitSha: null,
        requestedReviewers: [],
        draft: body.draft === true,
      },
    };
    this.issues.push(issue);
    return {
      status: 201,
      body: await this.pullJson(issue, true),
      headers: { location: `${this.repoUrl}/pulls/${issue.number}` },
    };
  }

  private async getPull(ctx: Context): Promise<Reply> {
    const issue = this.findPull(ctx.params.pull_number ?? '', ctx.docs);
    return { status: 200, body: await this.pullJson(issue, true) };
  }

  private async updatePull(ctx: Context): Promise<Reply> {
    const issue = this.findPull(ctx.params.pull_number ?? '', ctx.docs);
    const body = isRecord(ctx.body) ? ctx.body : {};
    if (typeof body.title === 'string') issue.title = body.title;
    if (typeof body.body === 'string') issue.body = body.body;
    if (typeof body.base === 'string') {
      if (!(await this.git.branchSha(body.base))) {
        throw validationFailed(ctx.docs, {
          resource: 'PullRequest',
          field: 'base',
          code: 'invalid',
        });
      }
      issue.pull.base = body.base;
    }
    if (body.state === 'open' && issue.state === 'closed') {
      const clash = this.issues.some(
        (i) =>
          i !== issue &&
          i.state === 'open' &&
          i.pull?.head === issue.pull.head &&
          i.pull.base === issue.pull.base &&
          this.headOwner(i.pull) === this.headOwner(issue.pull),
      );
      if (issue.pull.merged || clash || !(await this.headExists(issue.pull))) {
        throw validationFailed(ctx.docs, {
          resource: 'PullRequest',
          code: 'custom',
          message: 'state cannot be changed. The pull request cannot be reopened.',
        });
      }
    }
    if (body.state === 'open' || body.state === 'closed') {
      await this.refresh(issue.pull, issue.state === 'open'); // freeze the tips we last saw
      this.setState(issue, body.state);
    }
    this.touch(issue);
    return { status: 200, body: await this.pullJson(issue, true) };
  }

  private async mergePull(ctx: Context): Promise<Reply> {
    const issue = this.findPull(ctx.params.pull_number ?? '', ctx.docs);
    const { pull } = issue;
    const body = isRecord(ctx.body) ? ctx.body : {};
    const notMergeable = (message = 'Pull Request is not mergeable'): HttpError =>
      new HttpError(405, { message, documentation_url: ctx.docs });
    if (issue.state !== 'open') throw notMergeable();
    await this.refresh(pull, true);
    if (typeof body.sha === 'string' && body.sha !== pull.headSha) {
      throw new HttpError(409, {
        message: 'Head branch was modified. Review and try the merge again.',
        documentation_url: ctx.docs,
      });
    }
    const method = typeof body.merge_method === 'string' ? body.merge_method : 'merge';
    if (method === 'rebase')
      throw notMergeable('Rebase merges are not allowed on this repository.');
    if (!(await this.headExists(pull))) throw notMergeable();
    const tree = await this.git.mergeTree(pull.baseSha, pull.headSha);
    if (tree === undefined) throw notMergeable();

    const now = new Date();
    let title: string;
    let detail: string;
    let parents: string[];
    if (method === 'squash') {
      const subjects = await this.git.commitSubjects(pull.baseSha, pull.headSha);
      title =
        typeof body.commit_title === 'string'
          ? body.commit_title
          : `${issue.title} (#${issue.number})`;
      detail =
        typeof body.commit_message === 'string'
          ? body.commit_message
          : subjects.map((s) => `* ${s}`).join('\n\n');
      parents = [pull.baseSha];
    } else {
      title =
        typeof body.commit_title === 'string'
          ? body.commit_title
          : `Merge pull request #${issue.number} from ${this.headOwner(pull)}/${pull.head}`;
      detail = typeof body.commit_message === 'string' ? body.commit_message : issue.title;
      parents = [pull.baseSha, pull.headSha];
    }
    const sha = await this.git.commitTree(tree, parents, detail ? `${title}\n\n${detail}` : title, {
      name: this.me.login,
      email: `${this.me.id}+${this.me.login}@users.noreply.github.local`,
      date: now,
    });
    if (!(await this.git.moveBranch(pull.base, sha, pull.baseSha))) {
      throw new HttpError(409, {
        message: 'Base branch was modified. Review and try the merge again.',
        documentation_url: ctx.docs,
      });
    }
    pull.merged = true;
    pull.mergedAt = now;
    pull.mergedBy = this.me;
    pull.mergeCommitSha = sha;
    this.setState(issue, 'closed');
    this.touch(issue);
    this.pushedAt = now;
    return {
      status: 200,
      body: { sha, merged: true, message: 'Pull Request successfully merged' },
    };
  }

  private async requestReviewers(ctx: Context): Promise<Reply> {
    const issue = this.findPull(ctx.params.pull_number ?? '', ctx.docs);
    const body = isRecord(ctx.body) ? ctx.body : {};
    const logins = stringList(body.reviewers);
    if (stringList(body.team_reviewers).length > 0) {
      throw new HttpError(422, {
        message: `Reviews may only be requested from collaborators. One or more of the teams you specified is not a collaborator of the ${this.options.owner}/${this.options.repo} repository.`,
        documentation_url: ctx.docs,
      });
    }
    if (logins.includes(issue.user.login)) {
      throw new HttpError(422, {
        message: 'Review cannot be requested from pull request author.',
        documentation_url: ctx.docs,
      });
    }
    for (const login of logins) {
      if (!issue.pull.requestedReviewers.some((u) => sameLogin(u.login, login))) {
        const reviewer = this.user(login);
        issue.pull.requestedReviewers.push(reviewer);
        this.recordEvent(issue, { event: 'review_requested', reviewer });
      }
    }
    this.touch(issue);
    return { status: 201, body: await this.pullJson(issue, false) };
  }

  private async removeRequestedReviewers(ctx: Context): Promise<Reply> {
    const issue = this.findPull(ctx.params.pull_number ?? '', ctx.docs);
    const body = isRecord(ctx.body) ? ctx.body : {};
    for (const login of stringList(body.reviewers)) {
      const index = issue.pull.requestedReviewers.findIndex((u) => sameLogin(u.login, login));
      if (index < 0) continue; // GitHub ignores someone not asked
      const [reviewer] = issue.pull.requestedReviewers.splice(index, 1);
      this.recordEvent(issue, { event: 'review_request_removed', reviewer: reviewer! });
    }
    this.touch(issue);
    return { status: 200, body: await this.pullJson(issue, false) };
  }

  // ---------------------------------------------------------------- issues

  private listIssues(ctx: Context): Promise<Reply> {
    const state = ctx.query.get('state') ?? 'open';
    const wanted = (ctx.query.get('labels') ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const issues = this.issues
      .filter(
        (i) =>
          (state === 'all' || i.state === state) &&
          wanted.every((w) => i.labels.some((l) => l.name.toLowerCase() === w)),
      )
      .sort((a, b) => {
        const key = ctx.query.get('sort') === 'updated' ? 'updatedAt' : 'createdAt';
        const d = a[key].getTime() - b[key].getTime() || a.number - b.number;
        return ctx.query.get('direction') === 'asc' ? d : -d;
      });
    const { items, headers } = this.page(issues, ctx);
    return Promise.resolve({
      status: 200,
      body: items.map((i) => renderIssue(i, this.repoInfo, this.apiBase)),
      headers,
    });
  }

  private createIssue(ctx: Context): Promise<Reply> {
    const body = isRecord(ctx.body) ? ctx.body : {};
    const now = new Date();
    const assignees = [
      ...stringList(body.assignees),
      ...(typeof body.assignee === 'string' ? [body.assignee] : []),
    ];
    const issue: IssueRecord = {
      number: this.issues.length + 1,
      id: this.nextIssueId++,
      title: String(body.title),
      body: typeof body.body === 'string' ? body.body : null,
      state: 'open',
      stateReason: null,
      user: this.me,
      labels: labelNames(body.labels).map((name) => this.label(name)),
      assignees: [],
      comments: [],
      events: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    this.setAssignees(issue, assignees);
    this.issues.push(issue);
    return Promise.resolve({
      status: 201,
      body: renderIssue(issue, this.repoInfo, this.apiBase),
      headers: { location: `${this.repoUrl}/issues/${issue.number}` },
    });
  }

  private async updateIssue(ctx: Context): Promise<Reply> {
    const issue = this.findIssue(ctx.params.issue_number ?? '', ctx.docs);
    const body = isRecord(ctx.body) ? ctx.body : {};
    if (typeof body.title === 'string' || typeof body.title === 'number')
      issue.title = String(body.title);
    if (typeof body.body === 'string' || body.body === null) issue.body = body.body;
    if (Array.isArray(body.labels))
      issue.labels = labelNames(body.labels).map((n) => this.label(n));
    if (Array.isArray(body.assignees)) this.setAssignees(issue, stringList(body.assignees));
    if (body.state === 'open' || body.state === 'closed') {
      if (issue.pull) await this.refresh(issue.pull, issue.state === 'open');
      if (issue.pull?.merged && body.state === 'open') {
        throw validationFailed(ctx.docs, { resource: 'Issue', field: 'state', code: 'invalid' });
      }
      this.setState(issue, body.state);
      if (!issue.pull && typeof body.state_reason === 'string') {
        issue.stateReason = body.state_reason as IssueRecord['stateReason'];
      }
    }
    this.touch(issue);
    return { status: 200, body: renderIssue(issue, this.repoInfo, this.apiBase) };
  }

  private listComments(ctx: Context): Promise<Reply> {
    const issue = this.findIssue(ctx.params.issue_number ?? '', ctx.docs);
    const { items, headers } = this.page(issue.comments, ctx);
    return Promise.resolve({
      status: 200,
      body: items.map((c) => renderComment(c, issue, this.repoInfo, this.apiBase)),
      headers,
    });
  }

  private createComment(ctx: Context): Promise<Reply> {
    const issue = this.findIssue(ctx.params.issue_number ?? '', ctx.docs);
    const body = isRecord(ctx.body) ? ctx.body : {};
    const now = new Date();
    const comment = {
      id: this.nextCommentId++,
      body: String(body.body),
      user: this.me,
      createdAt: now,
      updatedAt: now,
    };
    issue.comments.push(comment);
    this.touch(issue);
    return Promise.resolve({
      status: 201,
      body: renderComment(comment, issue, this.repoInfo, this.apiBase),
      headers: { location: `${this.repoUrl}/issues/comments/${comment.id}` },
    });
  }

  private addLabels(ctx: Context): Promise<Reply> {
    const issue = this.findIssue(ctx.params.issue_number ?? '', ctx.docs);
    const body = isRecord(ctx.body) ? ctx.body.labels : ctx.body;
    for (const name of labelNames(body)) {
      const label = this.label(name); // GitHub creates unknown labels on the fly
      if (!issue.labels.includes(label)) issue.labels.push(label);
    }
    this.touch(issue);
    return Promise.resolve({
      status: 200,
      body: issue.labels.map((l) => renderLabel(l, this.repoUrl)),
    });
  }

  private removeLabel(ctx: Context): Promise<Reply> {
    const issue = this.findIssue(ctx.params.issue_number ?? '', ctx.docs);
    const name = (ctx.params.name ?? '').toLowerCase();
    const index = issue.labels.findIndex((l) => l.name.toLowerCase() === name);
    if (index < 0) {
      throw new HttpError(404, {
        message: 'Label does not exist',
        documentation_url: ctx.docs,
        status: '404',
      });
    }
    issue.labels.splice(index, 1);
    this.touch(issue);
    return Promise.resolve({
      status: 200,
      body: issue.labels.map((l) => renderLabel(l, this.repoUrl)),
    });
  }

  private addAssignees(ctx: Context): Promise<Reply> {
    const issue = this.findIssue(ctx.params.issue_number ?? '', ctx.docs);
    const body = isRecord(ctx.body) ? ctx.body : {};
    const adding = stringList(body.assignees);
    this.setAssignees(issue, [...issue.assignees.map((user) => user.login), ...adding]);
    this.touch(issue);
    return Promise.resolve({ status: 201, body: renderIssue(issue, this.repoInfo, this.apiBase) });
  }

  private removeAssignees(ctx: Context): Promise<Reply> {
    const issue = this.findIssue(ctx.params.issue_number ?? '', ctx.docs);
    const body = isRecord(ctx.body) ? ctx.body : {};
    const removing = stringList(body.assignees);
    const staying = issue.assignees
      .map((user) => user.login)
      .filter((login) => !removing.some((removed) => sameLogin(login, removed)));
    this.setAssignees(issue, staying);
    this.touch(issue);
    return Promise.resolve({ status: 200, body: renderIssue(issue, this.repoInfo, this.apiBase) });
  }

  /**
   * The issue's events, oldest first. The description lists them as any of many kinds, which a
   * wrong one can pass as another; each is also checked against the schema of its own kind.
   */
  private listEvents(ctx: Context): Promise<Reply> {
    const issue = this.findIssue(ctx.params.issue_number ?? '', ctx.docs);
    const { items, headers } = this.page(issue.events, ctx);
    const body = items.map((event, index) => {
      const json = renderIssueEvent(event, this.repoInfo, this.apiBase);
      const where = `response 200/${index}`;
      const problems = this.description.checkComponent(
        ISSUE_EVENT_SCHEMAS[event.event],
        json,
        where,
      );
      if (problems.length > 0) {
        this.violations.push({
          kind: 'response',
          method: 'GET',
          path: ctx.path,
          operation: 'issues/list-events',
          problems,
        });
      }
      return json;
    });
    return Promise.resolve({ status: 200, body, headers });
  }

  // ---------------------------------------------------------------- git refs

  private async deleteRef(ctx: Context): Promise<Reply> {
    // The refs API names refs without `refs/`: `heads/main`, `tags/v1`.
    const ref = ctx.params.ref ?? '';
    const missing = (): HttpError =>
      new HttpError(422, { message: 'Reference does not exist', documentation_url: ctx.docs });
    const kind = /^(heads|tags)\//.exec(ref)?.[1];
    const name = ref.slice((kind?.length ?? 0) + 1);
    if (!kind || !isPlausibleBranchName(name)) throw missing();
    if (kind === 'heads' && name === this.repoInfo.defaultBranch) {
      throw new HttpError(422, {
        message: 'Cannot delete the default branch',
        documentation_url: ctx.docs,
      });
    }
    const exists = await this.git.run(['rev-parse', '--verify', '--quiet', `refs/${ref}`]);
    if (exists.code !== 0) throw missing();
    await this.git.ok(['update-ref', '-d', `refs/${ref}`]);
    this.pushedAt = new Date();
    if (kind === 'heads') {
      // GitHub closes the open pull requests whose head branch is deleted.
      for (const issue of this.issues) {
        if (issue.state === 'open' && issue.pull && !issue.pull.fork && issue.pull.head === name) {
          this.setState(issue, 'closed');
          this.touch(issue);
        }
      }
    }
    return { status: 204 };
  }

  // ---------------------------------------------------------------- forks

  private async openForkPull(fork: ForkPull): Promise<number> {
    const base = fork.base ?? this.repoInfo.defaultBranch;
    const baseSha = await this.git.branchSha(base);
    if (!baseSha) throw new Error(`openForkPull: no branch ${base}`);
    const headSha = (await this.git.ok(['rev-parse', '--verify', `${fork.sha}^{commit}`])).trim();
    const owner = this.user(fork.owner);
    const now = new Date();
    const number = this.issues.length + 1;
    // GitHub keeps a fork PR's commits in the base repository under this ref.
    await this.git.ok(['update-ref', `refs/pull/${number}/head`, headSha]);
    this.issues.push({
      number,
      id: this.nextIssueId++,
      title: fork.title,
      body: fork.body ?? null,
      state: 'open',
      stateReason: null,
      user: owner,
      labels: [],
      assignees: [],
      comments: [],
      events: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      pull: {
        head: fork.branch,
        base,
        headSha,
        baseSha,
        merged: false,
        mergedAt: null,
        mergedBy: null,
        mergeCommitSha: null,
        requestedReviewers: [],
        draft: false,
        fork: {
          ...this.repoInfo,
          owner,
          id: this.nextForkRepoId++,
          fork: true,
        },
      },
    });
    return number;
  }

  // ---------------------------------------------------------------- dispatches

  private repositoryDispatch(ctx: Context): Promise<Reply> {
    this.dispatches.push({ kind: 'repository', payload: ctx.body });
    return Promise.resolve({ status: 204 });
  }

  private async workflowDispatch(ctx: Context): Promise<Reply> {
    const body = isRecord(ctx.body) ? ctx.body : {};
    const ref = String(body.ref).replace(/^refs\/heads\//, '');
    if (!(await this.git.branchSha(ref))) {
      throw new HttpError(422, {
        message: `No ref found for: ${String(body.ref)}`,
        documentation_url: ctx.docs,
      });
    }
    this.dispatches.push({
      kind: 'workflow',
      workflowId: ctx.params.workflow_id ?? '',
      payload: ctx.body,
    });
    return { status: 204 };
  }

  // ---------------------------------------------------------------- inspection

  private pullSnapshots(): PullSnapshot[] {
    return this.issues.flatMap((i) =>
      i.pull
        ? [
            {
              number: i.number,
              title: i.title,
              body: i.body,
              state: i.state,
              head: i.pull.head,
              base: i.pull.base,
              headSha: i.pull.headSha,
              headOwner: this.headOwner(i.pull),
              merged: i.pull.merged,
              mergeCommitSha: i.pull.mergeCommitSha,
              labels: i.labels.map((l) => l.name),
              requestedReviewers: i.pull.requestedReviewers.map((u) => u.login),
              assignees: i.assignees.map((u) => u.login),
              comments: i.comments.map((c) => c.body),
              createdAt: i.createdAt,
              updatedAt: i.updatedAt,
            },
          ]
        : [],
    );
  }

  private issueSnapshots(): IssueSnapshot[] {
    return this.issues.map((i) => ({
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      labels: i.labels.map((l) => l.name),
      assignees: i.assignees.map((u) => u.login),
      comments: i.comments.map((c) => c.body),
      isPullRequest: i.pull !== undefined,
    }));
  }
}

function faultReply(fault: Extract<Fault, { status: number }>): Reply {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  // GitHub answers a secondary rate limit with 403 or 429 and this message (the clients
  // recognise it by "secondary rate"), usually with `retry-after`.
  const message =
    fault.status === 403 || fault.status === 429
      ? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
      : fault.status >= 500
        ? 'Server Error'
        : 'Validation Failed';
  return {
    status: fault.status,
    headers,
    body: fault.body ?? {
      message,
      documentation_url: `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api`,
    },
  };
}

/** `head=owner:branch` or just `head=owner`, as GitHub's list filter accepts. */
function matchesHead(filter: string, owner: string, head: string): boolean {
  const colon = filter.indexOf(':');
  if (colon < 0) return filter === owner;
  return filter.slice(0, colon) === owner && filter.slice(colon + 1) === head;
}

/** GitHub logins ignore case. */
function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Label lists come as names or as `{ name }` objects. */
function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    if (typeof v === 'string') return [v];
    if (isRecord(v) && typeof v.name === 'string') return [v.name];
    return [];
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
