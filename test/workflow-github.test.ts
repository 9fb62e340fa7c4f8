// The seed's Workflow 1 through GitHub: real Octokit, through the GitHub forge, to the local
// stand-in whose merges are real merges in the bare origin, every exchange checked against
// GitHub's OpenAPI description. Then what GitHub does to us: 5xx, lost responses, a run killed
// between pushing the branch and opening the PR, two runs racing, a human's "no".
import { standinForge, startRegistryStandin } from './support/github/forge.js';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Forge } from '../src/forge/forge.js';
import {
  evaluateRegistry,
  type EvaluateReport,
  type ModelReport,
} from '../src/proposals/evaluate.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { degradingModel, ingestSeries } from './helpers/trades.js';
import type { GitHubStandin } from './support/github/index.js';

const token = 'ghs_workflow-test-token-9876543210';
let f: RegistryFixture;
let standin: GitHubStandin;
let octokit: Octokit;
let warnings: string[] = [];

function gitHubForge(): Forge {
  return standinForge(standin, token, {
    requestTimeoutMs: 500,
    log: { warn: (message) => warnings.push(message) },
  });
}

async function evaluate(model: string, clone = f.clone): Promise<ModelReport> {
  const report: EvaluateReport = await evaluateRegistry(await f.repo(clone), gitHubForge(), {
    models: [model],
  });
  return report.models[0]!;
}

const pullsOf = (model: string) =>
  standin.pulls.filter((p) => p.head === `modelgate/rollback/${model}`);
const alertsOf = (model: string) =>
  standin.issues.filter((i) => !i.isPullRequest && (i.body ?? '').includes(`model=${model} -->`));
async function originBranches(): Promise<string[]> {
  const refs = await f.git(
    ['for-each-ref', '--format=%(refname:short)', 'refs/heads/modelgate/'],
    f.sandbox.origin,
  );
  return refs.split('\n').filter(Boolean);
}

beforeAll(async () => {
  f = await registryFixture();
  const policyPath = join(f.clone, 'registry/policy.yaml');
  const policy = (await readFile(policyPath, 'utf8')).replace(
    'review:\n  reviewers: []\n  assignees: []',
    'review:\n  reviewers: [risk-desk]\n  assignees: [alice]\n\nmodels:\n  flash:\n    rollback: { automatic_on_severe: true }\n  scalper:\n    retraining: { event_type: retrain-model }',
  );
  await writeFile(policyPath, policy);
  await f.git([
    'commit',
    '--quiet',
    '--all',
    '-m',
    'policy: reviewers, and automatic rollback for flash',
  ]);
  await f.git(['push', '--quiet', 'origin', 'main']);
  await degradingModel(f, 'trader', 10);
  await degradingModel(f, 'scalper', 20);
  await degradingModel(f, 'swing', 30);
  await degradingModel(f, 'racer', 50);
  await degradingModel(f, 'flash', 40, { count: 300, winRate: 0.15 });
  standin = await startRegistryStandin(f, token);
  const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  octokit = new Octokit({ auth: token, baseUrl: standin.baseUrl, log: quiet });
}, 180_000);
afterEach(() => {
  expect(standin.violations).toEqual([]);
  expect(JSON.stringify(warnings)).not.toContain(token);
});
afterAll(async () => {
  await standin?.close();
  await f.cleanup();
});

describe('Workflow 1 through GitHub', () => {
  it('evaluate opens exactly one rollback PR to v2, with the evidence, labels and reviewers', async () => {
    warnings = [];
    const report = await evaluate('trader');
    expect(report.error).toBeUndefined();
    expect(report.items.map((i) => [i.kind, i.outcome])).toEqual([
      ['rollback', 'opened'],
      ['alert', 'opened'],
    ]);
    const [pull] = pullsOf('trader');
    expect(pullsOf('trader')).toHaveLength(1);
    expect(pull).toMatchObject({ state: 'open', base: 'main', merged: false });
    expect(pull!.title).toMatch(/^Roll back trader: v3 → v2 \((critical|severe)/);
    expect(pull!.labels).toEqual(expect.arrayContaining(['modelgate', 'rollback']));
    expect(pull!.labels.some((l) => /^severity:(critical|severe)$/.test(l))).toBe(true);
    expect(pull!.requestedReviewers).toEqual(['risk-desk']);
    expect(pull!.assignees).toEqual(['alice']);
    expect(pull!.body).toMatch(
      /^\*\*(Critical|Severe): trader v3 is degrading in production; this puts v2 back\.\*\*/,
    );
    expect(pull!.body).toContain('<!-- modelgate:state ');
    expect(pull!.body!.length).toBeLessThanOrEqual(65_536);
    expect(report.items[0]!.url).toMatch(/\/pull\/\d+$/);

    const [alert] = alertsOf('trader');
    expect(alertsOf('trader')).toHaveLength(1);
    expect(alert).toMatchObject({ state: 'open', assignees: ['alice'] });
    expect(alert!.labels).toEqual(expect.arrayContaining(['modelgate', 'alert']));
    expect(alert!.body).toContain(`Proposed: #${pull!.number}`);

    // The branch is the change, and the registry's own check passes on it.
    await f.git(['fetch', '--quiet', 'origin', 'modelgate/rollback/trader']);
    const changed = await f.git(['diff', '--name-only', 'origin/main', 'FETCH_HEAD']);
    expect(changed.trim().split('\n').sort()).toEqual([
      'registry/trader/deployment.yaml',
      'registry/trader/versions/v3/manifest.yaml',
    ]);
    await f.cliOk(['verify', '--rev', 'FETCH_HEAD']);
  });

  it('a second evaluate opens nothing new and writes nothing', async () => {
    const before = standin.requests.length;
    const report = await evaluate('trader');
    expect(report.items.map((i) => [i.kind, i.outcome])).toEqual([
      ['rollback', 'left alone'],
      ['alert', 'left alone'],
    ]);
    const writes = standin.requests.slice(before).filter((r) => r.method !== 'GET');
    expect(writes).toEqual([]);
    expect(pullsOf('trader')).toHaveLength(1);
  });

  it('merging the PR makes v2 production and v3 degraded; history and at tell the story', async () => {
    const [pull] = pullsOf('trader');
    const beforeMerge = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 1100)); // commit times are in seconds
    await octokit.pulls.merge({ owner: 'acme', repo: 'registry', pull_number: pull!.number });
    await f.git(['pull', '--quiet', '--ff-only']);
    const deployment = await readFile(join(f.clone, 'registry/trader/deployment.yaml'), 'utf8');
    expect(deployment).toMatch(/^production: v2$/m);
    const v3 = JSON.parse((await f.cliOk(['show', 'trader', 'v3', '--json'])).stdout) as {
      status: string;
    };
    expect(v3.status).toBe('degraded');
    const history = (await f.cliOk(['history', 'trader'])).stdout;
    expect(history).toMatch(/rolled back\s+v2\s+production v3 → v2/);
    expect(history).toMatch(/marked degraded\s+v3/);
    expect((await f.cliOk(['at', 'trader', beforeMerge])).stdout).toMatch(
      /^trader v3 was in production/,
    );
    expect((await f.cliOk(['at', 'trader', 'now'])).stdout).toMatch(/^trader v2 was in production/);
  });

  it('the next evaluate sees a healthy v2, closes the alert and leaves the merged PR alone', async () => {
    const report = await evaluate('trader');
    expect(report.decisions).toEqual([
      expect.objectContaining({ version: 'v2', role: 'production', current_severity: 'healthy' }),
    ]);
    expect(report.items.map((i) => [i.kind, i.outcome])).toEqual([['alert', 'closed']]);
    const [alert] = alertsOf('trader');
    expect(alert!.state).toBe('closed');
    expect(alert!.comments.at(-1)).toMatch(/^Closed by modelgate: trader v2 is healthy/);
    expect(pullsOf('trader')).toHaveLength(1);
    // GitHub kept the merged PR's branch; all of it is in main, so modelgate tidied it away.
    expect(await originBranches()).not.toContain('modelgate/rollback/trader');
    expect((await evaluate('trader')).items).toEqual([]);
  });
});

describe('GitHub failing, runs racing, a human saying no', () => {
  it('5xx and a lost response are retried: exactly one PR', async () => {
    standin.failNext({
      method: 'POST',
      pathPattern: '/repos/acme/registry/pulls',
      status: 502,
      times: 2,
    });
    standin.failNext({
      method: 'POST',
      pathPattern: '/repos/acme/registry/pulls',
      kind: 'lost-response',
    });
    const report = await evaluate('scalper');
    expect(report.error).toBeUndefined();
    expect(report.items.find((i) => i.kind === 'rollback')?.outcome).toBe('opened');
    expect(pullsOf('scalper')).toHaveLength(1);
    // The policy names a retraining workflow: it is started once for this episode, with the
    // evidence, and the alert says so.
    expect(report.items.find((i) => i.kind === 'retraining')).toMatchObject({ outcome: 'opened' });
    expect(standin.dispatches).toEqual([
      {
        kind: 'repository',
        payload: expect.objectContaining({
          event_type: 'retrain-model',
          client_payload: expect.objectContaining({ model: 'scalper', version: 'v3' }) as object,
        }) as object,
      },
    ]);
    expect(alertsOf('scalper')[0]!.body).toContain(
      "Retraining requested \\(repository\\_dispatch retrain\\-model\\): v3's critical degradation",
    );
  });

  it('a PR closed by a human is a no: the next evaluate leaves it closed', async () => {
    const [pull] = pullsOf('scalper');
    await octokit.pulls.update({
      owner: 'acme',
      repo: 'registry',
      pull_number: pull!.number,
      state: 'closed',
    });
    const report = await evaluate('scalper');
    const rollback = report.items.find((i) => i.kind === 'rollback');
    expect(rollback?.outcome).toBe('left alone');
    expect(rollback?.why).toMatch(
      /was closed unmerged .*a no stands until the evidence changes materially/,
    );
    expect(pullsOf('scalper')).toHaveLength(1);
    expect(pullsOf('scalper')[0]!.state).toBe('closed');
    // Still the same episode: retraining is not requested again.
    expect(standin.dispatches).toHaveLength(1);
  });

  it('GitHub down: a clear failure for that model; the rerun converges with no orphan branch', async () => {
    // The first attempt and its three retries.
    standin.failNext({
      method: 'POST',
      pathPattern: '/repos/acme/registry/pulls',
      status: 500,
      times: 4,
    });
    const failed = await evaluate('swing');
    expect(failed.error).toMatch(
      /^GitHub: opening the pull request for modelgate\/rollback\/swing failed: 500/,
    );
    expect(failed.error).not.toContain(token);
    expect(pullsOf('swing')).toHaveLength(0);
    // The run died after pushing its branch: the rerun adopts it rather than leaving it behind.
    expect(await originBranches()).toContain('modelgate/rollback/swing');
    const rerun = await evaluate('swing');
    expect(rerun.error).toBeUndefined();
    expect(rerun.items.find((i) => i.kind === 'rollback')?.outcome).toBe('opened');
    expect(pullsOf('swing')).toHaveLength(1);
    expect(alertsOf('swing')).toHaveLength(1);
  });

  it('two runs racing from two clones open one PR between them', async () => {
    const other = await f.newClone('bob');
    const reports = await Promise.all([evaluate('racer'), evaluate('racer', other)]);
    for (const report of reports) expect(report.error).toBeUndefined();
    const outcomes = reports.map((r) => r.items.find((i) => i.kind === 'rollback')?.outcome).sort();
    expect(outcomes).toEqual(['left alone', 'opened']);
    expect(pullsOf('racer')).toHaveLength(1);
    // Both may have opened an alert at the same moment; the later one closed its own.
    expect(alertsOf('racer').filter((a) => a.state === 'open')).toHaveLength(1);
    for (const duplicate of alertsOf('racer').filter((a) => a.state === 'closed')) {
      expect(duplicate.comments).toEqual([expect.stringMatching(/^Duplicate of #\d+/)]);
    }
  });

  it('new evidence updates the same PR in place; its branch stays as it was', async () => {
    const [before] = pullsOf('racer');
    await ingestSeries(f, {
      model: 'racer',
      version: 'v3',
      first: 1100,
      count: 120,
      winRate: 0.45,
      seed: 77,
    });
    const report = await evaluate('racer');
    expect(report.items.map((i) => [i.kind, i.outcome])).toEqual([
      ['rollback', 'updated'],
      ['alert', 'updated'],
    ]);
    const [after] = pullsOf('racer');
    expect(pullsOf('racer')).toHaveLength(1);
    expect(after!.number).toBe(before!.number);
    expect(after!.body).not.toBe(before!.body);
    expect(after!.body).toMatch(/^\| trades +\| +920 \|/m); // 800 trades, then 120 more
    // The change itself (production → v2, v3 degraded with its first alarm) did not change.
    expect(after!.headSha).toBe(before!.headSha);
  });

  it('severe, with automatic rollback on in the policy: the PR is opened and merged by modelgate', async () => {
    const report = await evaluate('flash');
    expect(report.error).toBeUndefined();
    expect(report.decisions[0]).toMatchObject({ version: 'v3', current_severity: 'severe' });
    expect(report.items.map((i) => [i.kind, i.outcome])).toEqual([
      ['rollback', 'opened'],
      ['rollback', 'merged'],
      ['alert', 'opened'],
    ]);
    const [pull] = pullsOf('flash');
    expect(pull).toMatchObject({ state: 'closed', merged: true });
    expect(pull!.comments.at(-1)).toMatch(/^Merged automatically: the degradation is severe/);
    await f.git(['pull', '--quiet', '--ff-only']);
    expect(await readFile(join(f.clone, 'registry/flash/deployment.yaml'), 'utf8')).toMatch(
      /^production: v2$/m,
    );
  });
});
