/**
 * The GitHub forge: proposals are pull requests, alerts are issues, through the REST API with
 * Octokit. Everything GitHub may do to a request is handled here, so callers see either a
 * result or one ModelgateError that says, in words, which step failed:
 *
 * - 5xx answers, dropped connections and requests with no answer within `requestTimeoutMs`
 *   are retried with growing pauses (`@octokit/plugin-retry`); other 4xx answers are final;
 * - primary and secondary rate limits are waited out as GitHub's `retry-after` asks, a few
 *   times, then given up (`@octokit/plugin-throttling`);
 * - a retried write may already have happened (its answer was lost): creating a pull request
 *   or an alert twice is recognised and ends with one, a merge that already happened returns
 *   its commit, and deleting a branch that is gone already is fine;
 * - reviewers and assignees a failure left out are a warning, and a rerun asks for them, but
 *   only for whoever was never asked: a request a person took back stays taken back.
 */
import { STATUS_CODES } from 'node:http';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { ModelgateError } from '../core/problems.js';
import {
  ALERT_LABEL,
  alertMarker,
  MODELGATE_LABEL,
  modelFromAlertBody,
  personKey,
  PROPOSAL_BRANCH_PREFIX,
  type AlertRecord,
  type Forge,
  type ItemUpdate,
  type NewAlert,
  type NewProposal,
  type ProposalRecord,
  type WantedPeople,
} from './forge.js';

export interface GitHubForgeOptions {
  token: string;
  owner: string;
  repo: string;
  /** REST API root; GitHub Enterprise Server's is `https://<host>/api/v3`. */
  baseUrl?: string;
  baseBranch: string;
  /** Git remote the proposal branches are pushed to. */
  remote?: string;
  retry?: {
    /** Retries after a 5xx, a dropped connection or a timeout; 3 when omitted. */
    retries?: number;
    /** The n-th retry waits n² times this; 1000 when omitted. */
    baseDelayMs?: number;
  };
  /** How long one HTTP exchange may take, answer included; 30000 when omitted. */
  requestTimeoutMs?: number;
  /**
   * Space writes out as GitHub asks integrations to (one second apart, three for those that
   * notify people), which keeps a burst from tripping the secondary rate limit. On unless
   * `false`; tests turn it off.
   */
  paceWrites?: boolean;
  /** Items per list request; GitHub's maximum, 100, when omitted. */
  pageSize?: number;
  log?: { warn(message: string): void };
}

export interface GitHubSettings {
  token: string;
  owner: string;
  repo: string;
  baseUrl: string;
}

/** GitHub refuses issue, pull request and comment bodies longer than this. */
export const GITHUB_BODY_LIMIT = 65_536;

const DEFAULT_BASE_URL = 'https://api.github.com';
/** Rate limits are waited out this many times per request, then the request fails. */
const RATE_LIMIT_RETRIES = 2;
/** A wait longer than this (a primary limit resetting in an hour) is not worth it. */
const RATE_LIMIT_LONGEST_WAIT_SECONDS = 120;
// Every 4xx is final for the retry plugin: rate limits (403, 429) are the throttling
// plugin's to wait out, and anything else will not change by asking again.
const CLIENT_ERRORS = Array.from({ length: 100 }, (_, i) => 400 + i);

const GitHubOctokit = Octokit.plugin(retry, throttling);
type GitHubClient = InstanceType<typeof GitHubOctokit>;

type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Reads `GITHUB_REPOSITORY`, `GITHUB_API_URL` and the token, or says what is missing. */
export function gitHubSettingsFromEnv(
  env: NodeJS.ProcessEnv,
  tokenInput?: string,
): GitHubSettings | { missing: string } {
  const missing: string[] = [];
  const token = [tokenInput, env.GITHUB_TOKEN, env.GH_TOKEN]
    .map((value) => value?.trim())
    .find((value) => value);
  if (!token) missing.push('a GitHub token (the token input, GITHUB_TOKEN or GH_TOKEN)');

  const repository = env.GITHUB_REPOSITORY?.trim() ?? '';
  // GitHub's own rules: owners are letters, digits and hyphens (at most 39); repository names
  // letters, digits, `.`, `_` and `-` (at most 100), and never `.` or `..`.
  const parts = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})$/.exec(repository);
  const [, owner, repo] = parts ?? [];
  if (!repository) {
    missing.push('GITHUB_REPOSITORY (owner/name)');
  } else if (!owner || !repo || repo === '.' || repo === '..') {
    missing.push(`a valid GITHUB_REPOSITORY (owner/name), not "${repository}"`);
  }

  const baseUrl = apiBaseUrl(env.GITHUB_API_URL);
  if (baseUrl === undefined) {
    // The value is not echoed: a URL with credentials in it would print them.
    missing.push('a valid GITHUB_API_URL (an http or https URL without credentials)');
  }

  if (missing.length > 0 || !token || !owner || !repo || baseUrl === undefined) {
    return { missing: missing.join('; ') };
  }
  return { token, owner, repo, baseUrl };
}

function apiBaseUrl(raw: string | undefined): string | undefined {
  const text = raw?.trim() || DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || url.search || url.hash) return undefined;
  return url.toString().replace(/\/+$/, '');
}

export function createGitHubForge(options: GitHubForgeOptions): Forge {
  return new GitHubForge(options);
}

/** What the forge needs of a pull request, whether listed (simple) or read in full. */
interface PullLike {
  number: number;
  html_url: string;
  state: string;
  title: string;
  body: string | null;
  labels: readonly { name?: string }[];
  closed_at: string | null;
  merged_at: string | null;
  merge_commit_sha: string | null;
  assignees?: readonly { login: string }[] | null;
  requested_reviewers?: readonly { login: string }[] | null;
  requested_teams?: readonly { slug: string }[] | null;
  // The head repository is null when the fork it came from was deleted.
  head: { ref: string; sha: string; repo: { id: number } | null };
  base: { repo: { id: number } };
}

interface IssueLike {
  number: number;
  html_url: string;
  state: string;
  title: string;
  body?: string | null;
  labels: readonly (string | { name?: string })[];
  assignees?: readonly { login: string }[] | null;
  pull_request?: unknown;
}

/**
 * The fields of an issue event that say who was asked: events of other kinds (labelled,
 * renamed…) have none of them.
 */
interface AskingEvent {
  event: string;
  requested_reviewer?: { login: string } | null;
  requested_team?: { slug: string } | null;
  assignee?: { login: string } | null;
}

/** A failed request, already worded for people; call sites that can recover look inside. */
class GitHubRequestFailed extends ModelgateError {
  constructor(
    message: string,
    /** The HTTP status, or undefined when no answer came at all. */
    readonly status: number | undefined,
    /** GitHub's own explanation, e.g. `Validation Failed: A pull request already exists…`. */
    readonly detail: string,
    /** Some attempt got no definite answer (none, or a 5xx): the request may have happened. */
    readonly uncertain: boolean,
  ) {
    super(message);
  }
}

/**
 * One step's HTTP attempts, seen through a fetch passed with the call (so retries made by the
 * plugins are counted too): how many were made, and whether one may have been performed
 * without us hearing about it.
 */
class Attempts {
  count = 0;
  uncertain = false;
  readonly fetch: FetchLike;

  constructor(send: FetchLike) {
    this.fetch = async (input, init) => {
      this.count += 1;
      try {
        const response = await send(input, init);
        if (response.status >= 500) this.uncertain = true;
        return response;
      } catch (error) {
        this.uncertain = true;
        throw error;
      }
    };
  }
}

interface RequestFailure {
  status: number;
  message: string;
  response?: { data?: unknown };
}

function isRequestFailure(thrown: unknown): thrown is RequestFailure {
  return thrown instanceof Error && typeof (thrown as Partial<RequestFailure>).status === 'number';
}

/** Fetch that gives up after `timeoutMs`, answer included, with an error that says so. */
function fetchWithTimeout(timeoutMs: number): FetchLike {
  return async (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      const response = await fetch(input, { ...init, signal });
      // The body is read under the same deadline: an answer that stalls halfway is a timeout
      // (and retried), not a truncated body that Octokit would quietly hand back as "".
      const body = await response.arrayBuffer();
      const empty = [101, 204, 205, 304].includes(response.status);
      return new Response(empty ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      if (timeout.aborted) throw new Error(`no answer within ${timeoutMs} ms`, { cause: error });
      throw error;
    }
  };
}

/**
 * A stand-in for the plugin's pacing groups (Bottleneck groups, whose package is not ours to
 * import) that lets every job through at once: the plugin only ever calls
 * `group.key(id).schedule(options, job, ...args)` on them.
 */
const UNPACED = {
  key: () => ({
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve().then(() => job(...args)),
  }),
} as unknown as NonNullable<ThrottlingOptions['write']>;

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}

function labelNames(labels: readonly (string | { name?: string })[]): string[] {
  return labels.flatMap((label) => {
    const name = typeof label === 'string' ? label : label.name;
    return name ? [name] : [];
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

class GitHubForge implements Forge {
  readonly kind = 'github' as const;
  readonly baseBranch: string;
  readonly remote: string;
  private readonly owner: string;
  private readonly repo: string;
  private readonly token: string;
  private readonly retries: number;
  private readonly baseDelayMs: number;
  private readonly pageSize: number;
  private readonly send: FetchLike;
  private readonly log: { warn(message: string): void };
  private readonly octokit: GitHubClient;

  constructor(options: GitHubForgeOptions) {
    this.baseBranch = options.baseBranch;
    this.remote = options.remote ?? 'origin';
    this.owner = options.owner;
    this.repo = options.repo;
    this.token = options.token;
    this.retries = Math.max(0, options.retry?.retries ?? 3);
    this.baseDelayMs = Math.max(0, options.retry?.baseDelayMs ?? 1000);
    this.pageSize = Math.min(100, Math.max(1, options.pageSize ?? 100));
    this.send = fetchWithTimeout(options.requestTimeoutMs ?? 30_000);
    this.log = options.log ?? {
      warn: (message) => void process.stderr.write(`warning: ${message}\n`),
    };
    const onLimit =
      (kind: string) =>
      (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ): boolean =>
        this.waitOutRateLimit(kind, retryAfter, request, retryCount);
    this.octokit = new GitHubOctokit({
      auth: options.token,
      baseUrl: (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, ''),
      userAgent: 'modelgate',
      // Failed requests end up in our own errors; Octokit's request log would only repeat them.
      log: {
        debug: () => {},
        info: () => {},
        warn: (message: string) => this.log.warn(`GitHub: ${this.scrub(message)}`),
        error: () => {},
      },
      request: { fetch: this.send },
      retry: {
        retries: this.retries,
        retryAfterBaseValue: this.baseDelayMs,
        doNotRetry: CLIENT_ERRORS,
      },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        ...(options.paceWrites === false ? { write: UNPACED, notifications: UNPACED } : {}),
      },
    });
  }

  // ---------------------------------------------------------------- proposals

  async latestProposal(branch: string): Promise<ProposalRecord | undefined> {
    const pulls = this.pages(`looking up the pull requests for ${branch}`, (page, request) =>
      this.octokit.rest.pulls.list({
        owner: this.owner,
        repo: this.repo,
        state: 'all',
        head: `${this.owner}:${branch}`,
        sort: 'created',
        direction: 'desc',
        per_page: this.pageSize,
        page,
        request,
      }),
    );
    for await (const pull of pulls) {
      if (pull.head.ref === branch && this.isOwnHead(pull)) return toProposal(pull, this.owner);
    }
    return undefined;
  }

  async openProposals(): Promise<ProposalRecord[]> {
    const pulls = this.pages('listing the open pull requests', (page, request) =>
      this.octokit.rest.pulls.list({
        owner: this.owner,
        repo: this.repo,
        state: 'open',
        sort: 'created',
        direction: 'asc',
        per_page: this.pageSize,
        page,
        request,
      }),
    );
    const proposals: ProposalRecord[] = [];
    for await (const pull of pulls) {
      // Anyone can open a pull request from a fork with a `modelgate/` branch; only branches
      // in this repository (pushed by modelgate) are proposals.
      if (pull.head.ref.startsWith(PROPOSAL_BRANCH_PREFIX) && this.isOwnHead(pull)) {
        proposals.push(toProposal(pull, this.owner));
      }
    }
    return proposals;
  }

  async createProposal(
    proposal: NewProposal,
  ): Promise<{ proposal: ProposalRecord; existed: boolean }> {
    const { branch } = proposal;
    checkBody(`the pull request for ${branch}`, proposal.body);
    let pull: PullLike;
    try {
      const created = await this.call(`opening the pull request for ${branch}`, (request) =>
        this.octokit.rest.pulls.create({
          owner: this.owner,
          repo: this.repo,
          base: this.baseBranch,
          head: branch,
          title: proposal.title,
          body: proposal.body,
          maintainer_can_modify: false,
          request,
        }),
      );
      pull = created.data;
    } catch (error) {
      if (!(error instanceof GitHubRequestFailed && isAlreadyExists(error))) throw error;
      const existing = await this.openPullFor(branch);
      if (!existing) {
        throw new ModelgateError(
          `GitHub: opening the pull request for ${branch} failed: GitHub says one is open already, but none is open now; run again`,
        );
      }
      // If an earlier attempt got no answer, this may be the pull request it made: ours, to
      // finish. Another run's would differ, or be finished already, which repeating is harmless.
      const ours =
        error.uncertain &&
        existing.title === proposal.title &&
        (existing.body ?? '') === proposal.body;
      if (!ours) return { proposal: toProposal(existing, this.owner), existed: true };
      pull = existing;
    }

    const number = pull.number;
    const opened = toProposal(pull, this.owner);
    opened.labels = await this.addLabels(number, unique([MODELGATE_LABEL, ...proposal.labels]));
    opened.reviewers = (await this.requestReviews(number, proposal.reviewers)) ?? opened.reviewers;
    opened.assignees = (await this.assign(number, proposal.assignees)) ?? opened.assignees;
    return { proposal: opened, existed: false };
  }

  async updateProposal(id: string, update: ItemUpdate): Promise<void> {
    const number = itemNumber(id);
    if (update.title !== undefined || update.body !== undefined) {
      if (update.body !== undefined) checkBody(`pull request #${number}`, update.body);
      await this.call(`updating pull request #${number}`, (request) =>
        this.octokit.rest.pulls.update({
          owner: this.owner,
          repo: this.repo,
          pull_number: number,
          title: update.title,
          body: update.body,
          request,
        }),
      );
    }
    await this.editLabels(number, update);
  }

  async closeProposal(id: string, comment: string): Promise<void> {
    const number = itemNumber(id);
    checkBody(`the comment on pull request #${number}`, comment);
    const pull = await this.readPull(number);
    await this.comment(id, comment);
    if (pull.state === 'open') {
      await this.call(`closing pull request #${number}`, (request) =>
        this.octokit.rest.pulls.update({
          owner: this.owner,
          repo: this.repo,
          pull_number: number,
          state: 'closed',
          request,
        }),
      );
    }
    const branch = pull.head.ref;
    // modelgate deletes only its own branches, in this repository.
    if (this.isOwnHead(pull) && branch.startsWith(PROPOSAL_BRANCH_PREFIX)) {
      await this.deleteBranch(branch);
    } else {
      this.log.warn(
        `GitHub: left the head branch of pull request #${number} (${branch}) alone: it is not a modelgate branch of ${this.owner}/${this.repo}`,
      );
    }
  }

  async mergeProposal(id: string, commitTitle: string): Promise<string> {
    const number = itemNumber(id);
    const pull = await this.readPull(number);
    if (pull.merged_at && pull.merge_commit_sha) return pull.merge_commit_sha;
    if (pull.state !== 'open') {
      throw new ModelgateError(
        `GitHub: pull request #${number} is closed without being merged; it cannot be merged`,
      );
    }
    const what = `merging pull request #${number}`;
    try {
      const { data } = await this.call(what, (request) =>
        this.octokit.rest.pulls.merge({
          owner: this.owner,
          repo: this.repo,
          pull_number: number,
          merge_method: 'merge',
          commit_title: commitTitle,
          // Merge exactly what was read: if the branch moved since, GitHub answers 409.
          sha: pull.head.sha,
          request,
        }),
      );
      if (!data.merged) {
        throw new ModelgateError(`GitHub: ${what} failed: ${data.message || 'not merged'}`);
      }
      return data.sha;
    } catch (error) {
      if (!(error instanceof GitHubRequestFailed)) throw error;
      if (error.status === 405) {
        // A retried merge whose first answer was lost finds the pull request merged already.
        const now = await this.readPull(number);
        if (now.merged_at && now.merge_commit_sha && now.head.sha === pull.head.sha) {
          return now.merge_commit_sha;
        }
        throw new ModelgateError(
          `${error.message} (a conflict with ${this.baseBranch}, or a required check or review is missing)`,
        );
      }
      if (error.status === 409) {
        throw new ModelgateError(
          `${error.message} (its branch or ${this.baseBranch} moved after it was read; nothing was merged)`,
        );
      }
      throw error;
    }
  }

  async dispatchEvent(eventType: string, payload: Record<string, unknown>): Promise<void> {
    await this.call(`starting the ${eventType} workflows`, (request) =>
      this.octokit.rest.repos.createDispatchEvent({
        owner: this.owner,
        repo: this.repo,
        event_type: eventType,
        client_payload: payload,
        // Not retried: GitHub cannot tell a repeat from a second request, and retraining is
        // started at most once per episode. (Rate limits, never processed, still wait and retry.)
        request: { ...request, retries: 0 },
      }),
    );
  }

  async dispatchWorkflow(
    workflow: string,
    inputs: Record<string, string>,
    ref = this.baseBranch,
  ): Promise<void> {
    await this.call(`starting the ${workflow} workflow on ${ref}`, (request) =>
      this.octokit.rest.actions.createWorkflowDispatch({
        owner: this.owner,
        repo: this.repo,
        workflow_id: workflow,
        ref,
        inputs,
        request: { ...request, retries: 0 }, // at most once, as dispatchEvent
      }),
    );
  }

  /**
   * Comments once. A comment is not idempotent on GitHub: a retry after a lost answer, or a rerun
   * after a later step failed (closing, say), would say it twice. So the request is not retried
   * blindly: when the newest comment already says this, it is not said again.
   */
  async comment(id: string, text: string, options: { unlessSaid?: boolean } = {}): Promise<void> {
    const number = itemNumber(id);
    checkBody(`the comment on #${number}`, text);
    const said = await this.comments(number);
    if (said.at(-1) === text || (options.unlessSaid && said.includes(text))) return;
    for (let retry = 0; ; retry++) {
      try {
        await this.call(`commenting on #${number}`, (request) =>
          this.octokit.rest.issues.createComment({
            owner: this.owner,
            repo: this.repo,
            issue_number: number,
            body: text,
            request: { ...request, retries: 0 },
          }),
        );
        return;
      } catch (error) {
        if (!(error instanceof GitHubRequestFailed) || retry >= this.retries) throw error;
        // A refusal is final; after no answer or a 5xx the comment may have landed.
        if (!error.uncertain) throw error;
        if ((await this.comments(number)).at(-1) === text) return;
        await sleep((retry + 1) ** 2 * this.baseDelayMs);
      }
    }
  }

  /** The bodies of the comments on an issue or pull request, oldest first. */
  private async comments(number: number): Promise<string[]> {
    const bodies: string[] = [];
    for await (const comment of this.pages(`reading the comments on #${number}`, (page, request) =>
      this.octokit.rest.issues.listComments({
        owner: this.owner,
        repo: this.repo,
        issue_number: number,
        per_page: 100,
        page,
        request,
      }),
    )) {
      bodies.push(comment.body ?? '');
    }
    return bodies;
  }

  // ---------------------------------------------------------------- alerts

  async closedAlerts(model: string): Promise<AlertRecord[]> {
    // One page, most recently updated first: enough to span an episode's close and reopen.
    const { data } = await this.call(`listing the closed alerts of ${model}`, (request) =>
      this.octokit.rest.issues.listForRepo({
        owner: this.owner,
        repo: this.repo,
        state: 'closed',
        labels: `${MODELGATE_LABEL},${ALERT_LABEL}`,
        sort: 'updated',
        direction: 'desc',
        per_page: this.pageSize,
        request,
      }),
    );
    return data
      .filter((issue) => !issue.pull_request && modelFromAlertBody(issue.body) === model)
      .map((issue) => toAlert(issue, model));
  }

  async openAlerts(): Promise<AlertRecord[]> {
    const issues = this.pages('listing the open alerts', (page, request) =>
      this.octokit.rest.issues.listForRepo({
        owner: this.owner,
        repo: this.repo,
        state: 'open',
        labels: `${MODELGATE_LABEL},${ALERT_LABEL}`,
        sort: 'created',
        direction: 'asc',
        per_page: this.pageSize,
        page,
        request,
      }),
    );
    const alerts: AlertRecord[] = [];
    for await (const issue of issues) {
      // GitHub lists pull requests among issues.
      if (issue.pull_request) continue;
      const model = modelFromAlertBody(issue.body);
      if (model) alerts.push(toAlert(issue, model));
    }
    return alerts;
  }

  async createAlert(alert: NewAlert): Promise<AlertRecord> {
    if (!alert.body.includes(alertMarker(alert.model))) {
      throw new ModelgateError(
        `GitHub: the alert for ${alert.model} has no marker in its body, so it could never be found again`,
      );
    }
    checkBody(`the alert for ${alert.model}`, alert.body);
    const what = `opening the alert for ${alert.model}`;
    // Creating an issue is not idempotent, and GitHub has no "already exists" answer for it:
    // after an attempt without a definite answer, look for the alert before trying again.
    const attempts = new Attempts(this.send);
    let created: AlertRecord | undefined;
    for (let retry = 0; !created; retry += 1) {
      try {
        const { data } = await this.octokit.rest.issues.create({
          owner: this.owner,
          repo: this.repo,
          title: alert.title,
          body: alert.body,
          labels: unique([MODELGATE_LABEL, ALERT_LABEL, ...alert.labels]),
          request: { fetch: attempts.fetch, retries: 0 },
        });
        created = toAlert(data, alert.model);
      } catch (error) {
        const failure = this.failure(what, error, attempts);
        if (!attempts.uncertain) throw failure;
        created = (await this.openAlerts()).find(
          (open) =>
            open.model === alert.model && open.title === alert.title && open.body === alert.body,
        );
        if (!created && retry >= this.retries) throw failure;
        if (!created) await sleep((retry + 1) ** 2 * this.baseDelayMs);
      }
    }
    created.assignees =
      (await this.assign(Number(created.id), alert.assignees)) ?? created.assignees;
    return created;
  }

  async updateAlert(id: string, update: ItemUpdate): Promise<void> {
    const number = itemNumber(id);
    if (update.title !== undefined || update.body !== undefined) {
      if (update.body !== undefined) checkBody(`alert #${number}`, update.body);
      await this.call(`updating alert #${number}`, (request) =>
        this.octokit.rest.issues.update({
          owner: this.owner,
          repo: this.repo,
          issue_number: number,
          title: update.title,
          body: update.body,
          request,
        }),
      );
    }
    await this.editLabels(number, update);
  }

  async closeAlert(id: string, comment: string): Promise<void> {
    const number = itemNumber(id);
    await this.comment(id, comment);
    await this.call(`closing alert #${number}`, (request) =>
      this.octokit.rest.issues.update({
        owner: this.owner,
        repo: this.repo,
        issue_number: number,
        state: 'closed',
        state_reason: 'completed',
        request,
      }),
    );
  }

  async completePeople(id: string, wanted: WantedPeople): Promise<void> {
    const number = itemNumber(id);
    const names = unique([...wanted.reviewers, ...wanted.assignees]);
    if (names.length === 0) return;
    let asked: { reviewers: Set<string>; assignees: Set<string> };
    try {
      asked = await this.askedBefore(number);
    } catch (error) {
      if (!(error instanceof GitHubRequestFailed)) throw error;
      // Like asking itself, this must not cost the run. Asking without knowing could ask
      // someone a person took off, so nobody is asked until a run can tell.
      this.log.warn(
        `${error.message}; #${number} still lacks ${names.join(', ')} until a rerun can tell who was asked before`,
      );
      return;
    }
    const neverAsked = (wantedNames: readonly string[], before: Set<string>) =>
      unique(wantedNames).filter((name) => !before.has(personKey(name)));
    await this.requestReviews(number, neverAsked(wanted.reviewers, asked.reviewers));
    await this.assign(number, neverAsked(wanted.assignees, asked.assignees));
  }

  // ---------------------------------------------------------------- steps

  /**
   * Everyone ever asked to review an item or assigned to it, from its events: GitHub keeps the
   * event after the request or assignment is taken back, and after the review is given.
   */
  private async askedBefore(
    number: number,
  ): Promise<{ reviewers: Set<string>; assignees: Set<string> }> {
    const reviewers = new Set<string>();
    const assignees = new Set<string>();
    const events = this.pages(`reading the events of #${number}`, (page, request) =>
      this.octokit.rest.issues.listEvents({
        owner: this.owner,
        repo: this.repo,
        issue_number: number,
        per_page: 100,
        page,
        request,
      }),
    );
    for await (const found of events) {
      const event = found as AskingEvent;
      if (event.event === 'review_requested' || event.event === 'review_request_removed') {
        if (event.requested_reviewer) reviewers.add(personKey(event.requested_reviewer.login));
        if (event.requested_team)
          reviewers.add(personKey(`${this.owner}/${event.requested_team.slug}`));
      } else if (event.event === 'assigned' || event.event === 'unassigned') {
        if (event.assignee) assignees.add(personKey(event.assignee.login));
      }
    }
    return { reviewers, assignees };
  }

  private isOwnHead(pull: PullLike): boolean {
    return pull.head.repo !== null && pull.head.repo.id === pull.base.repo.id;
  }

  private async openPullFor(branch: string): Promise<PullLike | undefined> {
    const pulls = this.pages(`finding the open pull request for ${branch}`, (page, request) =>
      this.octokit.rest.pulls.list({
        owner: this.owner,
        repo: this.repo,
        state: 'open',
        head: `${this.owner}:${branch}`,
        per_page: this.pageSize,
        page,
        request,
      }),
    );
    for await (const pull of pulls) {
      if (pull.head.ref === branch && this.isOwnHead(pull)) return pull;
    }
    return undefined;
  }

  private async readPull(number: number): Promise<PullLike> {
    const { data } = await this.call(`reading pull request #${number}`, (request) =>
      this.octokit.rest.pulls.get({
        owner: this.owner,
        repo: this.repo,
        pull_number: number,
        request,
      }),
    );
    return data;
  }

  /** Adds labels (GitHub creates unknown ones); returns every label the item has now. */
  private async addLabels(number: number, labels: readonly string[]): Promise<string[]> {
    const { data } = await this.call(`labelling #${number}`, (request) =>
      this.octokit.rest.issues.addLabels({
        owner: this.owner,
        repo: this.repo,
        issue_number: number,
        labels: [...labels],
        request,
      }),
    );
    return labelNames(data);
  }

  private async editLabels(number: number, update: ItemUpdate): Promise<void> {
    const adding = unique(update.addLabels ?? []);
    if (adding.length > 0) await this.addLabels(number, adding);
    for (const name of unique(update.removeLabels ?? [])) {
      try {
        await this.call(`removing the label "${name}" from #${number}`, (request) =>
          this.octokit.rest.issues.removeLabel({
            owner: this.owner,
            repo: this.repo,
            issue_number: number,
            name,
            request,
          }),
        );
      } catch (error) {
        // Not there (any more): what removing it was for.
        if (!(error instanceof GitHubRequestFailed && error.status === 404)) throw error;
      }
    }
  }

  /**
   * Asks for reviews; `org/team` names a team. A reviewer GitHub refuses (not a collaborator,
   * the author) must not cost the proposal, so a failure is a warning. Returns who is asked to
   * review now, when it asked anyone and GitHub answered.
   */
  private async requestReviews(
    number: number,
    reviewers: readonly string[],
  ): Promise<string[] | undefined> {
    const names = unique(reviewers);
    if (names.length === 0) return undefined;
    const users = names.filter((name) => !name.includes('/'));
    const teams = names.filter((name) => name.includes('/')).map((name) => name.split('/')[1]!);
    try {
      const { data } = await this.call(
        `requesting reviews from ${names.join(', ')} on #${number}`,
        (request) =>
          this.octokit.rest.pulls.requestReviewers({
            owner: this.owner,
            repo: this.repo,
            pull_number: number,
            reviewers: users,
            team_reviewers: teams,
            request,
          }),
      );
      return reviewerNames(data, this.owner);
    } catch (error) {
      if (!(error instanceof GitHubRequestFailed)) throw error;
      // A refusal (4xx) is final. After a failure, a rerun that finds the pull request open
      // and lacking them asks again (completePeople); one merged in this very run (an
      // automatic rollback) is not open any more, so people must know to ask by hand.
      this.log.warn(
        error.status !== undefined && error.status < 500
          ? `${error.message}; the pull request is open without those reviews`
          : `${error.message}; the pull request is open without those reviews: the next run asks again while it is open, else request them by hand`,
      );
      return undefined;
    }
  }

  /**
   * Assigns people; like reviews, a refusal is a warning, not a failure. Returns who is assigned
   * now, when it assigned anyone and GitHub answered.
   */
  private async assign(
    number: number,
    assignees: readonly string[],
  ): Promise<string[] | undefined> {
    const logins = unique(assignees);
    if (logins.length === 0) return undefined;
    try {
      const { data } = await this.call(`assigning ${logins.join(', ')} to #${number}`, (request) =>
        this.octokit.rest.issues.addAssignees({
          owner: this.owner,
          repo: this.repo,
          issue_number: number,
          assignees: logins,
          request,
        }),
      );
      return assigneeNames(data);
    } catch (error) {
      if (!(error instanceof GitHubRequestFailed)) throw error;
      this.log.warn(
        error.status !== undefined && error.status < 500
          ? `${error.message}; #${number} stays unassigned`
          : `${error.message}; #${number} stays unassigned: the next run assigns it while it is open, else assign it by hand`,
      );
      return undefined;
    }
  }

  private async deleteBranch(branch: string): Promise<void> {
    try {
      await this.call(`deleting the branch ${branch}`, (request) =>
        this.octokit.rest.git.deleteRef({
          owner: this.owner,
          repo: this.repo,
          ref: `heads/${branch}`,
          request,
        }),
      );
    } catch (error) {
      // Gone already (deleted by hand, or by our own attempt whose answer was lost).
      const gone =
        error instanceof GitHubRequestFailed &&
        (error.status === 404 ||
          (error.status === 422 && error.detail.includes('Reference does not exist')));
      if (!gone) throw error;
    }
  }

  /** One request, with its attempts counted, and any failure worded as `what` failed. */
  private async call<T>(
    what: string,
    send: (request: { fetch: FetchLike }) => Promise<T>,
  ): Promise<T> {
    const attempts = new Attempts(this.send);
    try {
      return await send({ fetch: attempts.fetch });
    } catch (error) {
      throw this.failure(what, error, attempts);
    }
  }

  /** Every item of a paginated list, page by page (each page a request of its own). */
  private async *pages<T>(
    what: string,
    fetchPage: (
      page: number,
      request: { fetch: FetchLike },
    ) => Promise<{ data: T[]; headers: { link?: string } }>,
  ): AsyncGenerator<T> {
    for (let page = 1; ; page += 1) {
      const { data, headers } = await this.call(what, (request) => fetchPage(page, request));
      yield* data;
      if (!/rel="next"/.test(headers.link ?? '')) return;
    }
  }

  private failure(what: string, thrown: unknown, attempts: Attempts): unknown {
    if (thrown instanceof ModelgateError || !isRequestFailure(thrown)) return thrown;
    const retried = attempts.count - 1;
    const after = retried > 0 ? ` after ${retried} ${retried === 1 ? 'retry' : 'retries'}` : '';
    // Octokit reports a request that got no answer (refused, dropped, timed out) as a 500
    // without a response.
    const answered = thrown.response !== undefined;
    const detail = answered ? githubExplanation(thrown.response?.data) : thrown.message;
    let outcome: string;
    if (!answered) {
      outcome = `no answer (${detail})`;
    } else {
      const status = `${thrown.status} ${STATUS_CODES[thrown.status] ?? ''}`.trim();
      // GitHub's 5xx bodies say nothing more than the status does.
      outcome = thrown.status < 500 && detail ? `${status}: ${detail}` : status;
    }
    return new GitHubRequestFailed(
      this.scrub(`GitHub: ${what} failed: ${outcome}${after}`),
      answered ? thrown.status : undefined,
      this.scrub(detail),
      attempts.uncertain,
    );
  }

  private waitOutRateLimit(
    kind: string,
    retryAfterSeconds: number,
    request: { method: string; url: string },
    retryCount: number,
  ): boolean {
    const where = `${request.method} ${request.url}`;
    if (retryCount >= RATE_LIMIT_RETRIES) {
      this.log.warn(`GitHub: ${kind} on ${where}; gave up after ${retryCount} waits`);
      return false;
    }
    if (retryAfterSeconds > RATE_LIMIT_LONGEST_WAIT_SECONDS) {
      this.log.warn(
        `GitHub: ${kind} on ${where}; it lifts in ${retryAfterSeconds} s, too long to wait`,
      );
      return false;
    }
    this.log.warn(`GitHub: ${kind} on ${where}; waiting ${retryAfterSeconds} s as GitHub asks`);
    return true;
  }

  /** The token never appears in a message, whatever a server or library put there. */
  private scrub(text: string): string {
    return this.token ? text.split(this.token).join('***') : text;
  }
}

/** `message: errors` from a GitHub error body, e.g. `Validation Failed: No commits between…`. */
function githubExplanation(data: unknown): string {
  if (typeof data === 'string') return data.trim().slice(0, 300);
  if (typeof data !== 'object' || data === null) return '';
  const { message, errors } = data as { message?: unknown; errors?: unknown };
  const details = Array.isArray(errors)
    ? errors.flatMap((error: unknown) => {
        if (typeof error === 'string') return [error];
        if (typeof error !== 'object' || error === null) return [];
        const { message: text, field, code } = error as Record<string, unknown>;
        if (typeof text === 'string') return [text];
        return typeof field === 'string' && typeof code === 'string' ? [`${field} ${code}`] : [];
      })
    : [];
  const head = typeof message === 'string' ? message : '';
  return details.length > 0 ? `${head}: ${details.join('; ')}` : head;
}

function isAlreadyExists(error: GitHubRequestFailed): boolean {
  return error.status === 422 && error.detail.includes('A pull request already exists');
}

function checkBody(what: string, body: string): void {
  if (body.length > GITHUB_BODY_LIMIT) {
    throw new ModelgateError(
      `GitHub: ${what} is ${body.length.toLocaleString('en')} characters long; GitHub accepts at most ${GITHUB_BODY_LIMIT.toLocaleString('en')}`,
    );
  }
}

function itemNumber(id: string): number {
  if (!/^[1-9]\d*$/.test(id)) {
    throw new ModelgateError(`GitHub: "${id}" is not a pull request or issue number`);
  }
  return Number(id);
}

/** Logins, then teams as `org/team` (a team reviews within the repository's organisation). */
function reviewerNames(
  pull: Pick<PullLike, 'requested_reviewers' | 'requested_teams'>,
  org: string,
): string[] {
  return [
    ...(pull.requested_reviewers ?? []).map((user) => user.login),
    ...(pull.requested_teams ?? []).map((team) => `${org}/${team.slug}`),
  ];
}

function assigneeNames(item: { assignees?: readonly { login: string }[] | null }): string[] {
  return (item.assignees ?? []).map((user) => user.login);
}

function toProposal(pull: PullLike, org: string): ProposalRecord {
  const merged = pull.merged_at !== null;
  return {
    id: String(pull.number),
    url: pull.html_url,
    state: merged ? 'merged' : pull.state === 'open' ? 'open' : 'closed',
    branch: pull.head.ref,
    title: pull.title,
    body: pull.body ?? '',
    labels: labelNames(pull.labels),
    reviewers: reviewerNames(pull, org),
    assignees: assigneeNames(pull),
    closedAt: pull.closed_at ?? pull.merged_at,
    // An open pull request's `merge_commit_sha` is GitHub's test merge, not a merge.
    mergeCommit: merged ? pull.merge_commit_sha : null,
  };
}

function toAlert(issue: IssueLike, model: string): AlertRecord {
  return {
    id: String(issue.number),
    url: issue.html_url,
    state: issue.state === 'open' ? 'open' : 'closed',
    model,
    title: issue.title,
    body: issue.body ?? '',
    labels: labelNames(issue.labels),
    assignees: assigneeNames(issue),
  };
}
