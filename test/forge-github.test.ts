// The GitHub forge through real Octokit to the GitHub stand-in, backed by a real bare repo:
// what a person would see on GitHub after each call, and how GitHub's failures are survived.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModelgateError } from '../src/core/problems.js';
import { git, type Sandbox } from '../src/demo/sandbox.js';
import { alertMarker, type Forge, type NewProposal } from '../src/forge/forge.js';
import {
  createGitHubForge,
  gitHubSettingsFromEnv,
  type GitHubForgeOptions,
} from '../src/forge/github.js';
import type { GitHubStandin } from './support/github/index.js';
import { startStandinSandbox } from './support/github/sandbox.js';

const owner = 'acme';
const repo = 'registry';
const token = 'ghs_secret-test-token-0123456789';
const branch = 'modelgate/rollback/trader';

let root: string;
let sandbox: Sandbox;
let work: string;
let standin: GitHubStandin;
let warnings: string[];
let forge: Forge;
let octokit: Octokit;

function makeForge(overrides: Partial<GitHubForgeOptions> = {}): Forge {
  return createGitHubForge({
    token,
    owner,
    repo,
    baseUrl: standin.baseUrl,
    baseBranch: 'main',
    retry: { retries: 3, baseDelayMs: 2 },
    requestTimeoutMs: 300,
    paceWrites: false,
    log: { warn: (message) => warnings.push(message) },
    ...overrides,
  });
}

beforeEach(async () => {
  ({ root, sandbox, work, standin } = await startStandinSandbox({
    prefix: 'modelgate-forge-github-',
    owner,
    repo,
    token,
  }));
  warnings = [];
  forge = makeForge();
  const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  octokit = new Octokit({ auth: token, baseUrl: standin.baseUrl, log: quiet });
});

afterEach(async () => {
  // Every request the forge made was one GitHub would accept, answered as GitHub would.
  expect(standin.violations).toEqual([]);
  await standin.close();
  await rm(root, { recursive: true, force: true });
});

/** Pushes `name` off origin/main with one commit writing `file`; returns its tip. */
async function pushBranch(name: string, file = 'proposal.txt', content = `${name}\n`) {
  await git(['fetch', '--quiet', 'origin'], work, sandbox.env);
  await git(['checkout', '--quiet', '-B', name, 'origin/main'], work, sandbox.env);
  await writeFile(join(work, file), content);
  await git(['add', file], work, sandbox.env);
  await git(['commit', '--quiet', '-m', `change ${file} on ${name}`], work, sandbox.env);
  await git(['push', '--quiet', '--force', 'origin', name], work, sandbox.env);
  return (await git(['rev-parse', 'HEAD'], work, sandbox.env)).trim();
}

async function originSha(ref: string): Promise<string | undefined> {
  try {
    return (
      await git(['rev-parse', '--verify', '--quiet', ref], sandbox.origin, sandbox.env)
    ).trim();
  } catch {
    return undefined;
  }
}

function rollback(overrides: Partial<NewProposal> = {}): NewProposal {
  return {
    branch,
    title: 'Roll back trader to v4',
    body: 'Live Sharpe fell below the floor.\n\n<!-- modelgate:state {} -->',
    labels: ['modelgate', 'rollback'],
    reviewers: ['alice'],
    assignees: ['bob'],
    ...overrides,
  };
}

async function failureOf(call: Promise<unknown>): Promise<Error> {
  try {
    await call;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

const injected = () => standin.requests.filter((r) => r.injected);

describe('GitHub forge: proposals', () => {
  it('opens a pull request with its labels, reviewers and assignees', async () => {
    const tip = await pushBranch(branch);
    const { proposal, existed } = await forge.createProposal(rollback());
    expect(existed).toBe(false);
    expect(proposal).toEqual({
      id: '1',
      url: 'http://github.local/acme/registry/pull/1',
      state: 'open',
      branch,
      title: 'Roll back trader to v4',
      body: rollback().body,
      labels: ['modelgate', 'rollback'],
      reviewers: ['alice'],
      assignees: ['bob'],
      closedAt: null,
      mergeCommit: null,
    });
    expect(standin.pulls).toEqual([
      expect.objectContaining({
        number: 1,
        state: 'open',
        head: branch,
        base: 'main',
        headSha: tip,
        labels: ['modelgate', 'rollback'],
        requestedReviewers: ['alice'],
        assignees: ['bob'],
      }),
    ]);
    expect(warnings).toEqual([]);
  });

  it('always labels a proposal modelgate', async () => {
    await pushBranch(branch);
    const { proposal } = await forge.createProposal(rollback({ labels: ['rollback'] }));
    expect(proposal.labels).toEqual(['modelgate', 'rollback']);
  });

  it('returns the open pull request instead of opening a second one for the same branch', async () => {
    await pushBranch(branch);
    const first = await forge.createProposal(rollback());
    const second = await forge.createProposal(rollback({ title: 'Another run' }));
    expect(second.existed).toBe(true);
    expect(second.proposal).toMatchObject({
      id: first.proposal.id,
      title: 'Roll back trader to v4',
    });
    expect(standin.pulls).toHaveLength(1);
  });

  it('opens the pull request even when a reviewer cannot be asked, with a warning', async () => {
    await pushBranch(branch);
    // The token's own user wrote the pull request: GitHub refuses to ask it for a review.
    const { proposal } = await forge.createProposal(rollback({ reviewers: ['modelgate-bot'] }));
    expect(proposal.state).toBe('open');
    expect(standin.pulls).toEqual([
      expect.objectContaining({ requestedReviewers: [], assignees: ['bob'] }),
    ]);
    expect(warnings).toEqual([
      expect.stringContaining(
        'GitHub: requesting reviews from modelgate-bot on #1 failed: 422 Unprocessable Entity: Review cannot be requested from pull request author.',
      ),
    ]);
  });

  it('finds the latest pull request for a branch in any state', async () => {
    expect(await forge.latestProposal(branch)).toBeUndefined();
    await pushBranch(branch);
    const first = await forge.createProposal(rollback());
    await forge.closeProposal(first.proposal.id, 'Superseded.');
    const closed = await forge.latestProposal(branch);
    expect(closed).toMatchObject({ id: first.proposal.id, state: 'closed', mergeCommit: null });
    expect(closed?.closedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    await pushBranch(branch, 'proposal.txt', 'again\n');
    const second = await forge.createProposal(rollback({ title: 'Roll back trader to v3' }));
    expect(await forge.latestProposal(branch)).toMatchObject({
      id: second.proposal.id,
      state: 'open',
      title: 'Roll back trader to v3',
    });
    const merge = await forge.mergeProposal(second.proposal.id, 'Roll back trader to v3');
    const merged = await forge.latestProposal(branch);
    expect(merged).toMatchObject({ id: second.proposal.id, state: 'merged', mergeCommit: merge });
    expect(merged?.closedAt).not.toBeNull();
    // Other branches' pull requests are not this branch's.
    expect(await forge.latestProposal('modelgate/rollback/other')).toBeUndefined();
  });

  it('lists open modelgate pull requests, oldest first, across pages', async () => {
    const tip = await pushBranch('seed');
    const names = Array.from({ length: 6 }, (_, i) => `modelgate/rollback/m${i}`);
    await git(
      ['push', '--quiet', 'origin', ...names.map((name) => `${tip}:refs/heads/${name}`)],
      work,
      sandbox.env,
    );
    for (const name of names) {
      await octokit.rest.pulls.create({ owner, repo, head: name, base: 'main', title: name });
    }
    // Not modelgate's: another branch; no longer open: a closed proposal.
    await octokit.rest.pulls.create({ owner, repo, head: 'seed', base: 'main', title: 'seed' });
    await octokit.rest.pulls.update({ owner, repo, pull_number: 2, state: 'closed' });

    const open = await makeForge({ pageSize: 2 }).openProposals();
    expect(open.map((p) => p.branch)).toEqual(names.filter((_, i) => i !== 1));
    expect(open.every((p) => p.state === 'open')).toBe(true);
    const pages = standin.requests.filter((r) => r.operation === 'pulls/list');
    expect(pages).toHaveLength(3);
  });

  it('edits the title, body and labels of a pull request', async () => {
    await pushBranch(branch);
    const { proposal } = await forge.createProposal(rollback());
    await forge.updateProposal(proposal.id, {
      title: 'Roll back trader to v3',
      body: 'New evidence.',
      addLabels: ['severe'],
      // `stale` is not there: removing it is not an error.
      removeLabels: ['rollback', 'stale'],
    });
    expect(standin.pulls[0]).toMatchObject({
      title: 'Roll back trader to v3',
      body: 'New evidence.',
      labels: ['modelgate', 'severe'],
    });
    await forge.comment(proposal.id, 'Evidence refreshed.');
    expect(standin.pulls[0]?.comments).toEqual(['Evidence refreshed.']);
    // Never the same comment twice in a row.
    await forge.comment(proposal.id, 'Evidence refreshed.');
    expect(standin.pulls[0]?.comments).toEqual(['Evidence refreshed.']);
    // A comment owed by a later run is not repeated after a person's reply…
    await octokit.rest.issues.createComment({
      owner: 'acme',
      repo: 'registry',
      issue_number: Number(proposal.id),
      body: 'Thanks.',
    });
    await forge.comment(proposal.id, 'Evidence refreshed.', { unlessSaid: true });
    expect(standin.pulls[0]?.comments).toEqual(['Evidence refreshed.', 'Thanks.']);
    // …while an ordinary one may say again what was said before a reply.
    await forge.comment(proposal.id, 'Evidence refreshed.');
    expect(standin.pulls[0]?.comments).toEqual([
      'Evidence refreshed.',
      'Thanks.',
      'Evidence refreshed.',
    ]);
  });

  it('closes with a comment and deletes the branch', async () => {
    const mainBefore = await originSha('main');
    await pushBranch(branch);
    const { proposal } = await forge.createProposal(rollback());
    await forge.closeProposal(proposal.id, 'The model recovered; no rollback needed.');
    expect(standin.pulls[0]).toMatchObject({
      state: 'closed',
      merged: false,
      comments: ['The model recovered; no rollback needed.'],
    });
    expect(await originSha(`refs/heads/${branch}`)).toBeUndefined();
    expect(await originSha('main')).toBe(mainBefore);
    expect(await forge.openProposals()).toEqual([]);
  });

  it('closes even when the branch is already gone', async () => {
    await pushBranch(branch);
    const { proposal } = await forge.createProposal(rollback());
    // A lost answer: the branch is deleted, the retry is told it does not exist.
    standin.failNext({ method: 'DELETE', pathPattern: /\/git\/refs\//, kind: 'lost-response' });
    await forge.closeProposal(proposal.id, 'Closing.');
    expect(await originSha(`refs/heads/${branch}`)).toBeUndefined();
    expect(standin.pulls[0]?.state).toBe('closed');
  });

  it('merges with a real merge commit on the base branch', async () => {
    const mainBefore = await originSha('main');
    const tip = await pushBranch(branch, 'rollback.txt', 'v4\n');
    const { proposal } = await forge.createProposal(rollback());
    const sha = await forge.mergeProposal(proposal.id, 'Roll back trader to v4 (#1)');
    expect(await originSha('main')).toBe(sha);
    const parents = (
      await git(['rev-list', '--parents', '-n', '1', 'main'], sandbox.origin, sandbox.env)
    )
      .trim()
      .split(' ')
      .slice(1);
    expect(parents).toEqual([mainBefore, tip]);
    const subject = await git(['log', '-1', '--format=%s', 'main'], sandbox.origin, sandbox.env);
    expect(subject.trim()).toBe('Roll back trader to v4 (#1)');
    expect(standin.pulls[0]).toMatchObject({ merged: true, mergeCommitSha: sha });
    // Merging again is answered with the same merge.
    expect(await forge.mergeProposal(proposal.id, 'again')).toBe(sha);
  });

  it('explains a merge GitHub refuses, and merges nothing', async () => {
    await pushBranch(branch, 'shared.txt', 'ours\n');
    const { proposal } = await forge.createProposal(rollback());
    // Someone changed the same line on main in the meantime.
    await git(['fetch', '--quiet', 'origin'], work, sandbox.env);
    await git(['checkout', '--quiet', '-B', 'main', 'origin/main'], work, sandbox.env);
    await writeFile(join(work, 'shared.txt'), 'theirs\n');
    await git(['commit', '--quiet', '-am', 'theirs'], work, sandbox.env);
    await git(['push', '--quiet', 'origin', 'main'], work, sandbox.env);
    const mainBefore = await originSha('main');

    const conflict = await failureOf(forge.mergeProposal(proposal.id, 'Roll back'));
    expect(conflict).toBeInstanceOf(ModelgateError);
    expect(conflict.message).toContain(
      'GitHub: merging pull request #1 failed: 405 Method Not Allowed: Pull Request is not mergeable',
    );
    expect(await originSha('main')).toBe(mainBefore);
  });

  it('does not merge a branch that moved after it was read', async () => {
    await pushBranch(branch);
    const { proposal } = await forge.createProposal(rollback());
    const mainBefore = await originSha('main');
    standin.failNext({
      method: 'PUT',
      pathPattern: /\/merge$/,
      status: 409,
      body: {
        message: 'Head branch was modified. Review and try the merge again.',
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request',
      },
    });
    const moved = await failureOf(forge.mergeProposal(proposal.id, 'Roll back'));
    expect(moved).toBeInstanceOf(ModelgateError);
    expect(moved.message).toContain('409 Conflict: Head branch was modified');
    expect(moved.message).toContain('nothing was merged');
    expect(await originSha('main')).toBe(mainBefore);
    // A 4xx is an answer: asked once, not retried.
    expect(standin.requests.filter((r) => r.path.endsWith('/merge'))).toHaveLength(1);
  });

  it('returns the merge when the answer to the merge was lost', async () => {
    await pushBranch(branch);
    const { proposal } = await forge.createProposal(rollback());
    standin.failNext({ method: 'PUT', pathPattern: /\/merge$/, kind: 'lost-response' });
    const sha = await forge.mergeProposal(proposal.id, 'Roll back');
    expect(await originSha('main')).toBe(sha);
    expect(standin.pulls[0]).toMatchObject({ merged: true, mergeCommitSha: sha });
  });

  it('ignores pull requests from forks, even with a modelgate branch name', async () => {
    const sha = await pushBranch('fork-work', 'evil.txt', 'evil\n');
    await standin.openForkPull({ owner: 'mallory', branch, sha, title: 'Roll back trader' });
    expect(await forge.openProposals()).toEqual([]);
    expect(await forge.latestProposal(branch)).toBeUndefined();

    // Our own proposal for the same branch name is opened, not mistaken for the fork's.
    await pushBranch(branch);
    const { proposal, existed } = await forge.createProposal(rollback());
    expect(existed).toBe(false);
    expect((await forge.openProposals()).map((p) => p.id)).toEqual([proposal.id]);
    expect(await forge.latestProposal(branch)).toMatchObject({ id: proposal.id });
  });

  it('refuses a body GitHub would refuse, before sending it', async () => {
    await pushBranch(branch);
    const error = await failureOf(forge.createProposal(rollback({ body: 'x'.repeat(65_537) })));
    expect(error).toBeInstanceOf(ModelgateError);
    expect(error.message).toBe(
      'GitHub: the pull request for modelgate/rollback/trader is 65,537 characters long; GitHub accepts at most 65,536',
    );
    expect(standin.requests).toEqual([]);
  });
});

describe('GitHub forge: alerts', () => {
  const body = (model: string) => `${alertMarker(model)}\n${model} is degrading.`;

  it('opens, finds, updates and closes alerts', async () => {
    const alert = await forge.createAlert({
      model: 'trader',
      title: 'trader is degrading',
      body: body('trader'),
      labels: ['drift'],
      assignees: ['bob'],
    });
    expect(alert).toMatchObject({
      id: '1',
      url: 'http://github.local/acme/registry/issues/1',
      state: 'open',
      model: 'trader',
      labels: ['modelgate', 'alert', 'drift'],
    });
    expect(standin.issues[0]).toMatchObject({ assignees: ['bob'], isPullRequest: false });

    // Not alerts: an issue with the labels but no marker, and a pull request with the labels.
    await octokit.rest.issues.create({
      owner,
      repo,
      title: 'hand-made',
      labels: ['modelgate', 'alert'],
    });
    await pushBranch(branch);
    await forge.createProposal(rollback({ labels: ['alert'] }));
    await forge.createAlert({
      model: 'scalper',
      title: 'scalper',
      body: body('scalper'),
      labels: [],
      assignees: [],
    });

    expect((await forge.openAlerts()).map((a) => [a.id, a.model])).toEqual([
      ['1', 'trader'],
      ['4', 'scalper'],
    ]);

    await forge.updateAlert(alert.id, {
      title: 'trader is failing',
      addLabels: ['severe'],
      removeLabels: ['drift'],
    });
    expect(standin.issues[0]).toMatchObject({
      title: 'trader is failing',
      labels: ['modelgate', 'alert', 'severe'],
    });
    await forge.closeAlert(alert.id, 'trader recovered.');
    expect(standin.issues[0]).toMatchObject({ state: 'closed', comments: ['trader recovered.'] });
    expect((await forge.openAlerts()).map((a) => a.model)).toEqual(['scalper']);
  });

  it('refuses an alert without its marker: it could never be found again', async () => {
    const error = await failureOf(
      forge.createAlert({
        model: 'trader',
        title: 't',
        body: 'no marker',
        labels: [],
        assignees: [],
      }),
    );
    expect(error).toBeInstanceOf(ModelgateError);
    expect(standin.requests).toEqual([]);
  });

  it('opens one alert when the answer to creating it was lost', async () => {
    standin.failNext({
      method: 'POST',
      pathPattern: '/repos/acme/registry/issues',
      kind: 'lost-response',
    });
    const alert = await forge.createAlert({
      model: 'trader',
      title: 'trader is degrading',
      body: body('trader'),
      labels: [],
      assignees: [],
    });
    expect(alert).toMatchObject({ id: '1', model: 'trader' });
    expect(standin.issues).toHaveLength(1);
  });
});

describe('GitHub forge: people a failed run left out', () => {
  const failing = (method: string, path: RegExp) =>
    standin.failNext({ method, pathPattern: path, status: 502, times: 1000 });

  it('asks the reviewers and assignees GitHub failed to take, once it is back', async () => {
    await pushBranch(branch);
    failing('POST', /\/requested_reviewers$/);
    failing('POST', /\/assignees$/);
    const { proposal } = await forge.createProposal(rollback());
    expect(proposal).toMatchObject({ state: 'open', reviewers: [], assignees: [] });
    expect(warnings).toEqual([
      expect.stringMatching(
        /^GitHub: requesting reviews from alice on #1 failed: 502 .*: the next run asks again while it is open/,
      ),
      expect.stringMatching(
        /^GitHub: assigning bob to #1 failed: 502 .*: the next run assigns it while it is open/,
      ),
    ]);
    standin.clearFaults();

    // What the rerun finds, and what it then asks for.
    expect(await forge.latestProposal(branch)).toMatchObject({ reviewers: [], assignees: [] });
    await forge.completePeople!(proposal.id, { reviewers: ['alice'], assignees: ['bob'] });
    expect(standin.pulls).toEqual([
      expect.objectContaining({ requestedReviewers: ['alice'], assignees: ['bob'] }),
    ]);
    expect(await forge.latestProposal(branch)).toMatchObject({
      reviewers: ['alice'],
      assignees: ['bob'],
    });
  });

  it('never asks again for someone a person took off, only for whoever was never asked', async () => {
    await pushBranch(branch);
    const { proposal } = await forge.createProposal(rollback());
    const number = Number(proposal.id);
    // A person takes the review request and the assignment back.
    await octokit.rest.pulls.removeRequestedReviewers({
      owner,
      repo,
      pull_number: number,
      reviewers: ['alice'],
    });
    await octokit.rest.issues.removeAssignees({
      owner,
      repo,
      issue_number: number,
      assignees: ['bob'],
    });

    await forge.completePeople!(proposal.id, {
      reviewers: ['Alice', 'carol'],
      assignees: ['bob', 'dave'],
    });
    expect(standin.pulls).toEqual([
      expect.objectContaining({ requestedReviewers: ['carol'], assignees: ['dave'] }),
    ]);
    expect(warnings).toEqual([]);
  });

  it('assigns an alert the people a failed run left out', async () => {
    failing('POST', /\/assignees$/);
    const alert = await forge.createAlert({
      model: 'trader',
      title: 'trader is degrading',
      body: `${alertMarker('trader')}\ntrader is degrading.`,
      labels: [],
      assignees: ['bob'],
    });
    expect(alert.assignees).toEqual([]);
    standin.clearFaults();

    const [found] = await forge.openAlerts();
    expect(found?.assignees).toEqual([]);
    await forge.completePeople!(alert.id, { reviewers: [], assignees: ['bob'] });
    expect(standin.issues[0]?.assignees).toEqual(['bob']);
  });

  it('asks nobody, with a warning, when it cannot tell who was asked before', async () => {
    await pushBranch(branch);
    const { proposal } = await forge.createProposal(rollback({ reviewers: [], assignees: [] }));
    failing('GET', /\/events$/);
    await forge.completePeople!(proposal.id, { reviewers: ['alice'], assignees: ['bob'] });
    expect(standin.pulls).toEqual([
      expect.objectContaining({ requestedReviewers: [], assignees: [] }),
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(/^GitHub: reading the events of #1 failed: 502 .*after 3 retries; /),
    ]);
  });
});

describe('GitHub forge: when GitHub fails', () => {
  it('retries 502s transparently', async () => {
    await pushBranch(branch);
    standin.failNext({
      method: 'POST',
      pathPattern: '/repos/acme/registry/pulls',
      status: 502,
      times: 2,
    });
    const { proposal, existed } = await forge.createProposal(rollback());
    expect(existed).toBe(false);
    expect(proposal.labels).toEqual(['modelgate', 'rollback']);
    expect(standin.pulls).toHaveLength(1);
    expect(injected().map((r) => r.status)).toEqual([502, 502]);
  });

  it('waits out a secondary rate limit as retry-after asks', async () => {
    await pushBranch(branch);
    standin.failNext({
      method: 'POST',
      pathPattern: '/repos/acme/registry/pulls',
      status: 403,
      retryAfter: 1,
    });
    const started = Date.now();
    const { proposal } = await forge.createProposal(rollback());
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(proposal.state).toBe('open');
    expect(standin.pulls).toHaveLength(1);
    expect(warnings).toEqual([
      expect.stringContaining(
        'secondary rate limit on POST /repos/{owner}/{repo}/pulls; waiting 1 s',
      ),
    ]);
  });

  it('gives up on a rate limit that does not lift', async () => {
    standin.failNext({
      method: 'GET',
      pathPattern: '/repos/acme/registry/pulls',
      status: 403,
      retryAfter: 600,
    });
    const error = await failureOf(forge.openProposals());
    expect(error).toBeInstanceOf(ModelgateError);
    expect(error.message).toMatch(
      /^GitHub: listing the open pull requests failed: 403 Forbidden: You have exceeded a secondary rate limit/,
    );
    expect(warnings).toEqual([expect.stringContaining('too long to wait')]);
  });

  it('retries a request that gets no answer in time', async () => {
    await pushBranch(branch);
    await forge.createProposal(rollback());
    standin.failNext({ method: 'GET', pathPattern: '/repos/acme/registry/pulls', kind: 'timeout' });
    const started = Date.now();
    expect(await forge.latestProposal(branch)).toMatchObject({ id: '1', state: 'open' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(injected()).toEqual([expect.objectContaining({ status: 0, fault: 'timeout' })]);
  });

  it('ends with exactly one pull request when the answer to creating it was lost', async () => {
    await pushBranch(branch);
    standin.failNext({
      method: 'POST',
      pathPattern: '/repos/acme/registry/pulls',
      kind: 'lost-response',
    });
    const { proposal, existed } = await forge.createProposal(rollback());
    // It was this run's own pull request, so it is finished like one.
    expect(existed).toBe(false);
    expect(proposal).toMatchObject({ id: '1', labels: ['modelgate', 'rollback'] });
    expect(standin.pulls).toEqual([
      expect.objectContaining({ requestedReviewers: ['alice'], assignees: ['bob'] }),
    ]);
  });

  it('fails clearly, naming the step and never the token, when GitHub keeps failing', async () => {
    await pushBranch(branch);
    standin.failNext({
      method: 'POST',
      pathPattern: '/repos/acme/registry/pulls',
      status: 502,
      times: 10,
    });
    const error = await failureOf(forge.createProposal(rollback()));
    expect(error).toBeInstanceOf(ModelgateError);
    expect(error.message).toBe(
      'GitHub: opening the pull request for modelgate/rollback/trader failed: 502 Bad Gateway after 3 retries',
    );
    expect(JSON.stringify(error)).not.toContain(token);
    expect(String(error.stack)).not.toContain(token);
    expect(injected()).toHaveLength(4);
    expect(standin.pulls).toEqual([]);
  });

  it('fails clearly when GitHub never answers', async () => {
    standin.failNext({
      method: 'GET',
      pathPattern: '/repos/acme/registry/issues',
      kind: 'timeout',
      times: 3,
    });
    const error = await failureOf(
      makeForge({ retry: { retries: 2, baseDelayMs: 1 } }).openAlerts(),
    );
    expect(error.message).toBe(
      'GitHub: listing the open alerts failed: no answer (no answer within 300 ms) after 2 retries',
    );
  });

  it('does not retry a 4xx', async () => {
    standin.failNext({
      method: 'GET',
      pathPattern: /\/pulls\/7$/,
      status: 404,
      times: 5,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
    });
    const error = await failureOf(forge.mergeProposal('7', 'x'));
    expect(error.message).toBe('GitHub: reading pull request #7 failed: 404 Not Found: Not Found');
    expect(injected()).toHaveLength(1);
  });

  it('spaces writes out by default, as GitHub asks integrations to', async () => {
    await pushBranch(branch);
    const paced = makeForge({ paceWrites: undefined });
    const started = Date.now();
    // Two writes: opening the pull request, then labelling it at least a second later.
    await paced.createProposal(rollback({ reviewers: [], assignees: [] }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(standin.pulls[0]?.labels).toEqual(['modelgate', 'rollback']);
  });

  it('says so when the token is wrong, without showing it', async () => {
    const stranger = makeForge({ token: 'ghp_wrong-token-9876543210' });
    const error = await failureOf(stranger.openProposals());
    expect(error.message).toBe(
      'GitHub: listing the open pull requests failed: 401 Unauthorized: Bad credentials',
    );
  });
});

describe('gitHubSettingsFromEnv', () => {
  const env = { GITHUB_REPOSITORY: 'acme/registry', GITHUB_TOKEN: 'ghs_env' };

  it('reads the repository, the API and the token', () => {
    expect(gitHubSettingsFromEnv(env)).toEqual({
      token: 'ghs_env',
      owner: 'acme',
      repo: 'registry',
      baseUrl: 'https://api.github.com',
    });
    expect(
      gitHubSettingsFromEnv(
        { ...env, GITHUB_API_URL: 'https://ghe.example.com/api/v3/' },
        'ghs_input',
      ),
    ).toEqual({
      token: 'ghs_input',
      owner: 'acme',
      repo: 'registry',
      baseUrl: 'https://ghe.example.com/api/v3',
    });
    expect(
      gitHubSettingsFromEnv({ GITHUB_REPOSITORY: 'acme/registry', GH_TOKEN: 'gho_cli' }),
    ).toMatchObject({
      token: 'gho_cli',
    });
    // An empty input (an action input left blank) falls back to the environment.
    expect(gitHubSettingsFromEnv(env, '')).toMatchObject({ token: 'ghs_env' });
  });

  it('says what is missing or wrong', () => {
    expect(gitHubSettingsFromEnv({})).toEqual({
      missing:
        'a GitHub token (the token input, GITHUB_TOKEN or GH_TOKEN); GITHUB_REPOSITORY (owner/name)',
    });
    for (const bad of ['acme', 'acme/registry/extra', '-acme/registry', 'acme/..', 'acme/re po']) {
      expect(gitHubSettingsFromEnv({ ...env, GITHUB_REPOSITORY: bad })).toEqual({
        missing: `a valid GITHUB_REPOSITORY (owner/name), not "${bad}"`,
      });
    }
    const withCredentials = gitHubSettingsFromEnv({
      ...env,
      GITHUB_API_URL: 'https://user:hunter2@ghe.example.com/api/v3',
    });
    expect(withCredentials).toEqual({
      missing: 'a valid GITHUB_API_URL (an http or https URL without credentials)',
    });
    expect(JSON.stringify(withCredentials)).not.toContain('hunter2');
    expect(
      gitHubSettingsFromEnv({ ...env, GITHUB_API_URL: 'ftp://ghe.example.com' }),
    ).toHaveProperty('missing');
  });
});
