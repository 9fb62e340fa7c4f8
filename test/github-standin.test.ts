// The GitHub stand-in itself: real Octokit over HTTP, a real bare repo behind it, and every
// exchange checked against GitHub's OpenAPI description.
import { rm, writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cloneOrigin, git, type Sandbox } from '../src/demo/sandbox.js';
import type { GitHubStandin } from './support/github/index.js';
import { startStandinSandbox } from './support/github/sandbox.js';

const owner = 'acme';
const repo = 'registry';

let root: string;
let sandbox: Sandbox;
let work: string;
let standin: GitHubStandin;
let octokit: Octokit;

// Octokit logs every failed request to the console; these tests fail requests on purpose.
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

beforeEach(async () => {
  ({ root, sandbox, work, standin } = await startStandinSandbox({
    prefix: 'modelgate-standin-',
    owner,
    repo,
    token: 't0ken',
  }));
  octokit = new Octokit({ auth: 't0ken', baseUrl: standin.baseUrl, log: quiet });
});

afterEach(async () => {
  await standin.close();
  await rm(root, { recursive: true, force: true });
});

/** Pushes a branch off origin/main with one commit writing `file`. */
async function pushBranch(branch: string, file: string, content: string): Promise<string> {
  await git(['fetch', '--quiet', 'origin'], work, sandbox.env);
  await git(['checkout', '--quiet', '-B', branch, 'origin/main'], work, sandbox.env);
  await writeFile(join(work, file), content);
  await git(['add', file], work, sandbox.env);
  await git(['commit', '--quiet', '-m', `change ${file} on ${branch}`], work, sandbox.env);
  await git(['push', '--quiet', '--force', 'origin', branch], work, sandbox.env);
  return (await git(['rev-parse', 'HEAD'], work, sandbox.env)).trim();
}

async function originSha(ref: string): Promise<string> {
  return (await git(['rev-parse', ref], sandbox.origin, sandbox.env)).trim();
}

/** The HTTP status of a rejected Octokit call (Octokit throws a RequestError). */
async function statusOf(call: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await call;
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number') return { status, message: (error as Error).message };
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('GitHub stand-in', () => {
  it('serves the repository', async () => {
    const { data, headers } = await octokit.rest.repos.get({ owner, repo });
    expect(data.full_name).toBe('acme/registry');
    expect(data.default_branch).toBe('main');
    expect(Number(headers['x-ratelimit-remaining'])).toBeGreaterThan(0);
    expect(standin.violations).toEqual([]);
  });

  it('opens, finds, edits, labels, reviews, comments on and merges a pull request', async () => {
    const mainBefore = await originSha('main');
    const tip = await pushBranch('modelgate/rollback/trader', 'rollback.txt', 'v4\n');

    const created = await octokit.rest.pulls.create({
      owner,
      repo,
      head: 'modelgate/rollback/trader',
      base: 'main',
      title: 'Roll back trader to v4',
      body: 'evidence',
    });
    expect(created.status).toBe(201);
    expect(created.data.head.sha).toBe(tip);
    expect(created.data.base.sha).toBe(mainBefore);
    expect(created.data.mergeable).toBe(true);
    expect(created.data.html_url).toBe(
      `http://github.local/acme/registry/pull/${created.data.number}`,
    );
    const number = created.data.number;

    const listed = await octokit.rest.pulls.list({
      owner,
      repo,
      head: 'acme:modelgate/rollback/trader',
      state: 'open',
    });
    expect(listed.data.map((p) => p.number)).toEqual([number]);
    const other = await octokit.rest.pulls.list({ owner, repo, head: 'acme:nope' });
    expect(other.data).toEqual([]);

    const duplicate = await statusOf(
      octokit.rest.pulls.create({
        owner,
        repo,
        head: 'modelgate/rollback/trader',
        base: 'main',
        title: 'again',
      }),
    );
    expect(duplicate.status).toBe(422);
    expect(duplicate.message).toContain(
      'A pull request already exists for acme:modelgate/rollback/trader.',
    );

    const updated = await octokit.rest.pulls.update({
      owner,
      repo,
      pull_number: number,
      title: 'Roll back trader to v4 (updated)',
      body: 'new evidence',
    });
    expect(updated.data.title).toBe('Roll back trader to v4 (updated)');

    const labels = await octokit.rest.issues.addLabels({
      owner,
      repo,
      issue_number: number,
      labels: ['modelgate', 'rollback', 'severe'],
    });
    expect(labels.data.map((l) => l.name)).toEqual(['modelgate', 'rollback', 'severe']);
    const remaining = await octokit.rest.issues.removeLabel({
      owner,
      repo,
      issue_number: number,
      name: 'severe',
    });
    expect(remaining.data.map((l) => l.name)).toEqual(['modelgate', 'rollback']);
    await octokit.rest.pulls.requestReviewers({
      owner,
      repo,
      pull_number: number,
      reviewers: ['alice'],
    });
    await octokit.rest.issues.addAssignees({
      owner,
      repo,
      issue_number: number,
      assignees: ['bob'],
    });
    await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: number,
      body: 'Evidence updated.',
    });
    const comments = await octokit.rest.issues.listComments({ owner, repo, issue_number: number });
    expect(comments.data.map((c) => c.body)).toEqual(['Evidence updated.']);

    const fetched = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
    expect(fetched.data.requested_reviewers?.map((u) => u.login)).toEqual(['alice']);
    expect(fetched.data.assignees?.map((u) => u.login)).toEqual(['bob']);
    expect(fetched.data.comments).toBe(1);
    expect(fetched.data.commits).toBe(1);
    expect(fetched.data.changed_files).toBe(1);

    // PRs show up among issues, marked as pull requests, and can be filtered by label.
    const issues = await octokit.rest.issues.listForRepo({ owner, repo, labels: 'modelgate' });
    expect(issues.data.map((i) => [i.number, i.pull_request !== undefined])).toEqual([
      [number, true],
    ]);

    const merged = await octokit.rest.pulls.merge({ owner, repo, pull_number: number, sha: tip });
    expect(merged.data.merged).toBe(true);
    const mainAfter = await originSha('main');
    expect(mainAfter).toBe(merged.data.sha);
    const parents = (
      await git(['rev-list', '--parents', '-n', '1', 'main'], sandbox.origin, sandbox.env)
    )
      .trim()
      .split(' ')
      .slice(1);
    expect(parents).toEqual([mainBefore, tip]);
    const message = await git(['log', '-1', '--format=%B', 'main'], sandbox.origin, sandbox.env);
    expect(message.trim()).toBe(
      `Merge pull request #${number} from acme/modelgate/rollback/trader\n\nRoll back trader to v4 (updated)`,
    );

    // A later fetch sees the merge, as it would on GitHub.
    const fresh = await cloneOrigin(sandbox, 'fresh');
    expect(await readFile(join(fresh, 'rollback.txt'), 'utf8')).toBe('v4\n');

    const after = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
    expect(after.data).toMatchObject({
      state: 'closed',
      merged: true,
      merge_commit_sha: mainAfter,
    });
    expect(standin.pulls).toEqual([
      expect.objectContaining({
        number,
        state: 'closed',
        merged: true,
        labels: ['modelgate', 'rollback'],
        requestedReviewers: ['alice'],
        comments: ['Evidence updated.'],
      }),
    ]);
    expect(standin.violations).toEqual([]);
  });

  it('squash-merges with a single parent', async () => {
    const mainBefore = await originSha('main');
    await pushBranch('feature', 'feature.txt', 'x\n');
    const { data: pr } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: 'feature',
      base: 'main',
      title: 'Feature',
    });
    const merged = await octokit.rest.pulls.merge({
      owner,
      repo,
      pull_number: pr.number,
      merge_method: 'squash',
    });
    const parents = (
      await git(['rev-list', '--parents', '-n', '1', 'main'], sandbox.origin, sandbox.env)
    )
      .trim()
      .split(' ')
      .slice(1);
    expect(parents).toEqual([mainBefore]);
    expect(await originSha('main')).toBe(merged.data.sha);
    expect(standin.violations).toEqual([]);
  });

  it('closes a pull request without merging and leaves main alone', async () => {
    const mainBefore = await originSha('main');
    await pushBranch('rejected', 'rejected.txt', 'no\n');
    const { data: pr } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: 'rejected',
      base: 'main',
      title: 'No',
    });
    const closed = await octokit.rest.pulls.update({
      owner,
      repo,
      pull_number: pr.number,
      state: 'closed',
    });
    expect(closed.data).toMatchObject({ state: 'closed', merged: false, merged_at: null });
    expect(await originSha('main')).toBe(mainBefore);
    const open = await octokit.rest.pulls.list({ owner, repo, state: 'open' });
    expect(open.data).toEqual([]);
    const all = await octokit.rest.pulls.list({ owner, repo, state: 'closed' });
    expect(all.data.map((p) => p.number)).toEqual([pr.number]);
    // Once closed, a new PR for the same head may be opened.
    const again = await octokit.rest.pulls.create({
      owner,
      repo,
      head: 'rejected',
      base: 'main',
      title: 'No 2',
    });
    expect(again.data.number).toBe(pr.number + 1);
    expect(
      (await statusOf(octokit.rest.pulls.merge({ owner, repo, pull_number: pr.number }))).status,
    ).toBe(405);
    expect(standin.violations).toEqual([]);
  });

  it('refuses a conflicting merge with 405 and a stale head with 409', async () => {
    await pushBranch('left', 'shared.txt', 'left\n');
    await pushBranch('right', 'shared.txt', 'right\n');
    const { data: left } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: 'left',
      base: 'main',
      title: 'Left',
    });
    const { data: right } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: 'right',
      base: 'main',
      title: 'Right',
    });

    const stale = await statusOf(
      octokit.rest.pulls.merge({ owner, repo, pull_number: left.number, sha: '0'.repeat(40) }),
    );
    expect(stale.status).toBe(409);

    await octokit.rest.pulls.merge({ owner, repo, pull_number: left.number });
    const mainAfterLeft = await originSha('main');
    const conflict = await statusOf(
      octokit.rest.pulls.merge({ owner, repo, pull_number: right.number }),
    );
    expect(conflict).toMatchObject({ status: 405 });
    expect(conflict.message).toContain('Pull Request is not mergeable');
    expect(await originSha('main')).toBe(mainAfterLeft);
    const { data: still } = await octokit.rest.pulls.get({
      owner,
      repo,
      pull_number: right.number,
    });
    expect(still).toMatchObject({ state: 'open', mergeable: false, mergeable_state: 'dirty' });
    expect(standin.violations).toEqual([]);
  });

  it('rejects pull requests GitHub would reject', async () => {
    const missing = await statusOf(
      octokit.rest.pulls.create({ owner, repo, head: 'no-such-branch', base: 'main', title: 'x' }),
    );
    expect(missing.status).toBe(422);
    // A branch with nothing beyond main.
    await git(
      ['push', '--quiet', '--force', 'origin', 'origin/main:refs/heads/empty'],
      work,
      sandbox.env,
    );
    const empty = await statusOf(
      octokit.rest.pulls.create({ owner, repo, head: 'empty', base: 'main', title: 'x' }),
    );
    expect(empty).toMatchObject({ status: 422 });
    expect(empty.message).toContain('No commits between main and empty');
    expect((await statusOf(octokit.rest.pulls.get({ owner, repo, pull_number: 99 }))).status).toBe(
      404,
    );
    expect(standin.violations).toEqual([]);
  });

  it('opens, lists, updates and closes issues (alerts)', async () => {
    const { data: issue } = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'trader is degraded',
      body: 'win rate 45%',
      labels: ['modelgate', 'alert'],
    });
    expect(issue.number).toBe(1);
    await pushBranch('pr-after-issue', 'p.txt', 'p\n');
    const { data: pr } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: 'pr-after-issue',
      base: 'main',
      title: 'p',
    });
    // Issues and pull requests share one number sequence.
    expect(pr.number).toBe(2);
    const alerts = await octokit.rest.issues.listForRepo({
      owner,
      repo,
      labels: 'alert',
      state: 'open',
    });
    expect(alerts.data.map((i) => i.number)).toEqual([1]);
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: 1,
      state: 'closed',
      state_reason: 'completed',
    });
    const open = await octokit.rest.issues.listForRepo({ owner, repo, state: 'open' });
    expect(open.data.map((i) => i.number)).toEqual([2]);
    expect(standin.issues[0]).toMatchObject({ state: 'closed', labels: ['modelgate', 'alert'] });
    expect(standin.violations).toEqual([]);
  });

  it('records repository and workflow dispatches', async () => {
    await octokit.rest.repos.createDispatchEvent({
      owner,
      repo,
      event_type: 'evaluate',
      client_payload: { model: 'trader' },
    });
    await octokit.rest.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: 'verify.yml',
      ref: 'main',
    });
    expect(standin.dispatches).toEqual([
      {
        kind: 'repository',
        payload: { event_type: 'evaluate', client_payload: { model: 'trader' } },
      },
      { kind: 'workflow', workflowId: 'verify.yml', payload: { ref: 'main' } },
    ]);
    expect(standin.violations).toEqual([]);
  });

  it('rejects requests that violate the OpenAPI description and records them', async () => {
    await pushBranch('typed', 'typed.txt', 't\n');
    const wrongType = await statusOf(
      octokit.request('POST /repos/{owner}/{repo}/pulls', {
        owner,
        repo,
        head: 123,
        base: 'main',
        title: 'bad',
      } as never),
    );
    expect(wrongType.status).toBe(422);
    expect(wrongType.message).toContain("For 'body/head', must be string.");
    const noTitle = await statusOf(
      octokit.request('POST /repos/{owner}/{repo}/pulls', {
        owner,
        repo,
        head: 'typed',
        base: 'main',
      }),
    );
    expect(noTitle.status).toBe(422);
    const badState = await statusOf(
      octokit.request('GET /repos/{owner}/{repo}/pulls', {
        owner,
        repo,
        state: 'merged' as 'open',
      }),
    );
    expect(badState.status).toBe(422);
    expect(standin.violations.map((v) => [v.kind, v.operation])).toEqual([
      ['request', 'pulls/create'],
      ['request', 'pulls/create'],
      ['request', 'pulls/list'],
    ]);
    expect(standin.pulls).toEqual([]);
  });

  it('has validators that enforce nested and nullable schemas', async () => {
    // Guards against a validator that silently accepts everything (a broken $ref, say).
    const { OpenApiDescription } = await import('./support/github/openapi.js');
    const description = new OpenApiDescription();
    expect(description.checkComponent('nullable-simple-user', null, 'x')).toEqual([]);
    expect(description.checkComponent('simple-user', { login: 'a' }, 'x')).not.toEqual([]);
    const pull = description.operation('GET', '/repos/{owner}/{repo}/pulls/{pull_number}');
    expect(pull.checkResponse(200, { number: 1 })).not.toEqual([]);
    expect(pull.declaresStatus(418)).toBe(false);
    expect(pull.checkParameters({ owner, repo, pull_number: 'x' }, new URLSearchParams())).toEqual([
      { where: 'path.pull_number', message: 'must be integer' },
    ]);
  });

  it('answers unimplemented endpoints with 404 and records them', async () => {
    const result = await statusOf(octokit.rest.repos.listBranches({ owner, repo }));
    expect(result.status).toBe(404);
    expect(standin.violations).toEqual([expect.objectContaining({ kind: 'unimplemented' })]);
  });

  it('wants the right token', async () => {
    const stranger = new Octokit({ auth: 'wrong', baseUrl: standin.baseUrl, log: quiet });
    const result = await statusOf(stranger.rest.repos.get({ owner, repo }));
    expect(result).toMatchObject({ status: 401 });
    expect(result.message).toContain('Bad credentials');
    const anonymous = new Octokit({ baseUrl: standin.baseUrl, log: quiet });
    expect((await statusOf(anonymous.rest.repos.get({ owner, repo }))).status).toBe(401);
    // GitHub accepts both schemes; Octokit sends `token`, GitHub App tokens are often `Bearer`.
    const bearer = await fetch(`${standin.baseUrl}/repos/acme/registry`, {
      headers: { authorization: 'Bearer t0ken' },
    });
    expect(bearer.status).toBe(200);
    expect(standin.violations).toEqual([]);
  });

  it('injects faults: a 502, then a secondary rate limit, then success', async () => {
    standin.failNext({ method: 'GET', pathPattern: '/repos/acme/registry', status: 502 });
    standin.failNext({
      method: 'GET',
      pathPattern: /^\/repos\/acme\/registry$/,
      status: 403,
      retryAfter: 7,
    });
    expect((await statusOf(octokit.rest.repos.get({ owner, repo }))).status).toBe(502);
    const limited = await statusOf(octokit.rest.repos.get({ owner, repo }));
    expect(limited).toMatchObject({ status: 403 });
    expect(limited.message).toContain('secondary rate limit');
    standin.failNext({ pathPattern: '/repos/acme/registry', status: 403, retryAfter: 3 });
    const raw = await fetch(`${standin.baseUrl}/repos/acme/registry`, {
      headers: { authorization: 'token t0ken' },
    });
    // What Octokit's throttling plugin keys on: 403, retry-after, and quota left.
    expect(raw.status).toBe(403);
    expect(raw.headers.get('retry-after')).toBe('3');
    expect(Number(raw.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(0);
    const ok = await octokit.rest.repos.get({ owner, repo });
    expect(ok.status).toBe(200);
    expect(standin.requests.map((r) => [r.status, r.injected ?? false])).toEqual([
      [502, true],
      [403, true],
      [403, true],
      [200, false],
    ]);
    expect(standin.violations).toEqual([]);
  });

  it('holds a request unanswered on a timeout fault, without performing it', async () => {
    standin.failNext({
      method: 'POST',
      pathPattern: '/repos/acme/registry/issues',
      kind: 'timeout',
    });
    const started = Date.now();
    const held = fetch(`${standin.baseUrl}/repos/acme/registry/issues`, {
      method: 'POST',
      headers: { authorization: 'token t0ken', 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'never made' }),
      signal: AbortSignal.timeout(300),
    });
    await expect(held).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(standin.issues).toEqual([]);
    expect(standin.requests).toEqual([
      expect.objectContaining({ status: 0, injected: true, fault: 'timeout' }),
    ]);
    // The fault is used up: the same request now goes through.
    await octokit.rest.issues.create({ owner, repo, title: 'made' });
    expect(standin.issues.map((i) => i.title)).toEqual(['made']);
    expect(standin.violations).toEqual([]);
  });

  it('performs the request and then drops the connection on a lost-response fault', async () => {
    standin.failNext({ pathPattern: /\/issues$/, kind: 'lost-response' });
    const lost = await statusOf(octokit.rest.issues.create({ owner, repo, title: 'made, unseen' }));
    // Octokit reports a request without an answer as a 500 with no response.
    expect(lost.status).toBe(500);
    expect(standin.issues.map((i) => i.title)).toEqual(['made, unseen']);
    expect(standin.requests).toEqual([
      expect.objectContaining({ status: 201, injected: true, fault: 'lost-response' }),
    ]);
    expect(standin.violations).toEqual([]);
  });

  it('deletes branches through the refs API, as GitHub does', async () => {
    await pushBranch('modelgate/rollback/trader', 'rollback.txt', 'v4\n');
    await pushBranch('plain', 'plain.txt', 'p\n');
    const { data: pr } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: 'plain',
      base: 'main',
      title: 'Plain',
    });
    const branches = async (): Promise<string[]> =>
      (
        await git(
          ['for-each-ref', '--format=%(refname)', 'refs/heads'],
          sandbox.origin,
          sandbox.env,
        )
      )
        .split('\n')
        .filter(Boolean);

    // Octokit encodes the ref's slashes; GitHub takes them unencoded too.
    const deleted = await octokit.rest.git.deleteRef({
      owner,
      repo,
      ref: 'heads/modelgate/rollback/trader',
    });
    expect(deleted.status).toBe(204);
    expect(await branches()).toEqual(['refs/heads/main', 'refs/heads/plain']);
    const raw = await fetch(`${standin.baseUrl}/repos/acme/registry/git/refs/heads/plain`, {
      method: 'DELETE',
      headers: { authorization: 'token t0ken' },
    });
    expect(raw.status).toBe(204);
    expect(await branches()).toEqual(['refs/heads/main']);
    // Deleting a pull request's head branch closes it.
    expect(standin.pulls).toEqual([
      expect.objectContaining({ number: pr.number, state: 'closed' }),
    ]);

    const again = await statusOf(
      octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/modelgate/rollback/trader' }),
    );
    expect(again.status).toBe(422);
    expect(again.message).toContain('Reference does not exist');
    const main = await statusOf(octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/main' }));
    expect(main.status).toBe(422);
    expect(await branches()).toEqual(['refs/heads/main']);
    expect(standin.violations).toEqual([]);
  });

  it('lists pull requests by head, state, sort and direction', async () => {
    const heads = ['first', 'second', 'third'];
    for (const head of heads) {
      await pushBranch(head, `${head}.txt`, `${head}\n`);
      await octokit.rest.pulls.create({ owner, repo, head, base: 'main', title: head });
    }
    await octokit.rest.pulls.update({ owner, repo, pull_number: 1, state: 'closed' });
    const titles = async (params: object): Promise<string[]> =>
      (await octokit.rest.pulls.list({ owner, repo, ...params })).data.map((p) => p.title);
    expect(await titles({})).toEqual(['third', 'second']);
    expect(await titles({ state: 'all' })).toEqual(['third', 'second', 'first']);
    expect(await titles({ state: 'all', direction: 'asc' })).toEqual(['first', 'second', 'third']);
    expect(await titles({ state: 'closed', head: 'acme:first' })).toEqual(['first']);
    expect(await titles({ state: 'all', head: 'someone-else:first' })).toEqual([]);
    await octokit.rest.pulls.update({ owner, repo, pull_number: 3, title: 'third' });
    // `updated` sorts oldest first unless told otherwise, like GitHub.
    expect(await titles({ state: 'all', sort: 'updated' })).toEqual(['second', 'first', 'third']);
    const page = await octokit.rest.pulls.list({ owner, repo, state: 'all', per_page: 2 });
    expect(page.data).toHaveLength(2);
    expect(page.headers.link).toContain('rel="next"');
    expect(standin.violations).toEqual([]);
  });

  it('models pull requests from forks', async () => {
    const mainBefore = await originSha('main');
    const sha = await pushBranch('modelgate/rollback/trader', 'fork.txt', 'mine\n');
    // The fork's commit is in the bare repo (GitHub keeps it as refs/pull/<n>/head); the
    // branch of the same name here is a different, same-repo one.
    const number = await standin.openForkPull({
      owner: 'mallory',
      branch: 'modelgate/rollback/trader',
      sha,
      title: 'Roll back trader (not really)',
    });
    expect(await originSha(`refs/pull/${number}/head`)).toBe(sha);

    const { data: pull } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
    expect(pull.head).toMatchObject({
      label: 'mallory:modelgate/rollback/trader',
      ref: 'modelgate/rollback/trader',
      sha,
      user: { login: 'mallory' },
      repo: { full_name: 'mallory/registry', fork: true },
    });
    expect(pull.head.repo?.id).not.toBe(pull.base.repo.id);
    expect(pull.user?.login).toBe('mallory');

    // The head filter tells the fork's branch from ours.
    const ours = await octokit.rest.pulls.list({
      owner,
      repo,
      head: 'acme:modelgate/rollback/trader',
    });
    expect(ours.data).toEqual([]);
    const theirs = await octokit.rest.pulls.list({
      owner,
      repo,
      head: 'mallory:modelgate/rollback/trader',
    });
    expect(theirs.data.map((p) => p.number)).toEqual([number]);
    // And a same-repo pull request for the same branch name is not a duplicate of it.
    const same = await octokit.rest.pulls.create({
      owner,
      repo,
      head: 'modelgate/rollback/trader',
      base: 'main',
      title: 'Roll back trader',
    });
    expect(same.data.head.repo.full_name).toBe('acme/registry');

    // A later push to our branch does not move the fork's head.
    const moved = await pushBranch('modelgate/rollback/trader', 'fork.txt', 'moved\n');
    const again = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
    expect(again.data.head.sha).toBe(sha);
    expect(
      (await octokit.rest.pulls.get({ owner, repo, pull_number: same.data.number })).data.head.sha,
    ).toBe(moved);

    await octokit.rest.pulls.merge({ owner, repo, pull_number: number });
    const message = await git(['log', '-1', '--format=%s', 'main'], sandbox.origin, sandbox.env);
    expect(message.trim()).toBe(
      `Merge pull request #${number} from mallory/modelgate/rollback/trader`,
    );
    const parents = (
      await git(['rev-list', '--parents', '-n', '1', 'main'], sandbox.origin, sandbox.env)
    )
      .trim()
      .split(' ')
      .slice(1);
    expect(parents).toEqual([mainBefore, sha]);
    expect(standin.violations).toEqual([]);
  });
});
