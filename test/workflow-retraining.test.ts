// Closing the retraining loop through GitHub: a production version older than the policy allows,
// or one that degrades, starts the retraining workflow by workflow_dispatch once per episode; the
// alert says so and remembers it; a new production version ends the episode.
import { standinForge, startRegistryStandin } from './support/github/forge.js';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { evaluateRegistry, type ModelReport } from '../src/proposals/evaluate.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { BACKTEST_SHARPE_145, degradingModel } from './helpers/trades.js';
import type { GitHubStandin } from './support/github/index.js';

const token = 'ghs_retraining-test-token-0123456789';
const DAY_MS = 86_400_000;
let f: RegistryFixture;
let standin: GitHubStandin;
/** When the first versions were registered: the tests' clock counts days from here. */
let start: Date;

async function evaluate(model: string, daysLater: number): Promise<ModelReport> {
  const forge = standinForge(standin, token, {
    retry: { retries: 2, baseDelayMs: 2 },
    requestTimeoutMs: 2000,
  });
  await f.git(['pull', '--quiet', '--ff-only', 'origin', 'main']);
  const report = await evaluateRegistry(await f.repo(), forge, {
    models: [model],
    now: new Date(start.getTime() + daysLater * DAY_MS),
  });
  return report.models[0]!;
}

const alertsOf = (model: string) =>
  standin.issues.filter((i) => !i.isPullRequest && (i.body ?? '').includes(`model=${model} -->`));
/** The body as a reader sees it: Markdown escapes removed. */
const shown = (body: string | null | undefined) => (body ?? '').replace(/\\(.)/g, '$1');
const workflowRuns = () => standin.dispatches.filter((d) => d.kind === 'workflow');

beforeAll(async () => {
  f = await registryFixture();
  const policyPath = join(f.clone, 'registry/policy.yaml');
  await writeFile(
    policyPath,
    `${await readFile(policyPath, 'utf8')}
models:
  trader:
    retraining: { workflow: retrain.yml, max_production_age_days: 90 }
  scalper:
    retraining: { workflow: retrain.yml, ref: main }
  byhand:
    retraining: { max_production_age_days: 90 }
  flaky:
    retraining: { workflow: retrain.yml, max_production_age_days: 90 }
  flapper:
    retraining: { workflow: retrain.yml, max_production_age_days: 90 }
  unheard:
    retraining: { workflow: retrain.yml, max_production_age_days: 90 }
`,
  );
  await f.git(['commit', '--quiet', '--all', '-m', 'policy: retraining for trader and scalper']);
  await f.git(['push', '--quiet', 'origin', 'main']);
  for (const model of ['trader', 'byhand', 'flaky', 'flapper', 'unheard']) {
    await f.register(model, BACKTEST_SHARPE_145);
    await f.cliOk(['promote', model, 'v1']);
  }
  start = new Date();
  await degradingModel(f, 'scalper', 70);
  standin = await startRegistryStandin(f, token);
}, 180_000);
afterEach(() => expect(standin.violations).toEqual([]));
afterAll(async () => {
  await standin?.close();
  await f.cleanup();
});

describe('production older than the policy allows', () => {
  it('younger than the limit: no dispatch, no alert', async () => {
    const report = await evaluate('trader', 30);
    expect(report.items).toEqual([]);
    expect(workflowRuns()).toEqual([]);
    expect(alertsOf('trader')).toEqual([]);
  });

  it('past the limit: the retraining workflow starts once, with string inputs, and an alert says so', async () => {
    const report = await evaluate('trader', 100);
    expect(report.items.map((i) => [i.kind, i.outcome])).toEqual([
      ['retraining', 'opened'],
      ['alert', 'opened'],
    ]);
    expect(workflowRuns()).toHaveLength(1);
    const run = workflowRuns()[0]!;
    expect(run.workflowId).toBe('retrain.yml');
    const body = run.payload as { ref: string; inputs: Record<string, string> };
    expect(body.ref).toBe('main');
    expect(body.inputs).toMatchObject({ model: 'trader', version: 'v1', reason: 'stale' });
    expect(Object.values(body.inputs).every((value) => typeof value === 'string')).toBe(true);
    expect(JSON.parse(body.inputs.evidence!)).toMatchObject({
      episode: 'v1@stale',
      age_days: 100,
      max_production_age_days: 90,
    });
    const [alert] = alertsOf('trader');
    expect(alert!.title).toBe('modelgate alert: trader v1 due for retraining');
    // Age is not a severity: no severity label claims it is.
    expect(alert!.labels.filter((l) => l.startsWith('severity:'))).toEqual([]);
    expect(shown(alert!.body)).toContain(
      'Retraining requested (workflow_dispatch retrain.yml): v1 was registered on',
    );
    expect(alert!.body).toContain('<!-- modelgate:retraining v1@stale -->');
  });

  it('the next days: the same episode, so nothing is started again and the alert is unchanged', async () => {
    for (const day of [101, 140]) {
      const report = await evaluate('trader', day);
      expect(report.items.map((i) => [i.kind, i.outcome])).toEqual([['alert', 'left alone']]);
    }
    expect(workflowRuns()).toHaveLength(1);
    expect(alertsOf('trader').filter((a) => a.state === 'open')).toHaveLength(1);
  });

  it('a retrained version in production ends the episode: the alert closes', async () => {
    await f.git(['pull', '--quiet', '--ff-only', 'origin', 'main']);
    // v2 is registered today, so it is young whenever the clock says "day 1 after v2".
    await f.register('trader', BACKTEST_SHARPE_145);
    await f.cliOk(['promote', 'trader', 'v2']);
    const report = await evaluate('trader', 1);
    expect(report.items.map((i) => [i.kind, i.outcome])).toEqual([['alert', 'closed']]);
    expect(alertsOf('trader').map((a) => a.state)).toEqual(['closed']);
    expect(workflowRuns()).toHaveLength(1);
  });

  it('no retraining workflow in the policy: the alert asks people to retrain by hand', async () => {
    const report = await evaluate('byhand', 100);
    expect(report.items.map((i) => [i.kind, i.outcome])).toEqual([['alert', 'opened']]);
    expect(workflowRuns()).toHaveLength(1);
    expect(shown(alertsOf('byhand')[0]!.body)).toContain(
      'The policy names no retraining workflow (retraining.workflow or retraining.event_type), so retrain by hand.',
    );
  });
});

describe('an alert closed and opened again within one episode', () => {
  it('remembers the request through the closed alert: retraining is not started twice', async () => {
    const first = await evaluate('flapper', 100);
    expect(first.items.find((i) => i.kind === 'retraining')?.outcome).toBe('opened');
    const runs = workflowRuns().length;
    const [alert] = alertsOf('flapper');
    const octokit = new Octokit({ auth: token, baseUrl: standin.baseUrl });
    await octokit.issues.update({
      owner: 'acme',
      repo: 'registry',
      issue_number: alert!.number,
      state: 'closed',
    });
    const again = await evaluate('flapper', 101);
    expect(again.items.map((i) => [i.kind, i.outcome])).toEqual([['alert', 'opened']]);
    expect(workflowRuns()).toHaveLength(runs);
    const reopened = alertsOf('flapper').find((a) => a.state === 'open');
    expect(reopened!.body).toContain('<!-- modelgate:retraining v1@stale -->');
  });
});

describe('GitHub failing to start the workflow', () => {
  it('is not retried (at most once per episode): the run fails and the alert says to start it by hand', async () => {
    standin.failNext({
      method: 'POST',
      pathPattern: '/repos/acme/registry/actions/workflows/retrain.yml/dispatches',
      status: 502,
    });
    const before = workflowRuns().length;
    const failed = await evaluate('flaky', 100);
    expect(failed.error).toMatch(
      /^flaky: Retraining could not be started \(GitHub: starting the retrain\.yml workflow on main failed: 502/,
    );
    expect(failed.items.find((i) => i.kind === 'retraining')).toMatchObject({
      outcome: 'left alone',
    });
    const [alert] = alertsOf('flaky');
    expect(shown(alert!.body)).toContain(
      'modelgate does not request it twice for one episode: start it by hand.',
    );
    const rerun = await evaluate('flaky', 101);
    expect(rerun.error).toBeUndefined();
    expect(workflowRuns().length).toBe(before);
    // The rerun does not request it again, and the alert goes on saying so.
    const [after] = alertsOf('flaky');
    expect(shown(after!.body)).toContain('start it by hand.');
    expect(shown(after!.body)).not.toContain('Retraining requested');
  });

  it('a start whose confirmation could not be written is shown as not confirmed, never as made', async () => {
    const before = workflowRuns().length;
    // The workflow starts; GitHub then fails while the alert is amended to say so.
    standin.failNext({
      method: 'PATCH',
      pathPattern: /^\/repos\/acme\/registry\/issues\/\d+$/,
      status: 502,
      times: 100,
    });
    const failed = await evaluate('unheard', 100);
    expect(failed.error).toMatch(/502/);
    expect(workflowRuns().length).toBe(before + 1);
    standin.clearFaults();
    const rerun = await evaluate('unheard', 101);
    expect(rerun.error).toBeUndefined();
    expect(workflowRuns().length).toBe(before + 1);
    const [alert] = alertsOf('unheard');
    expect(shown(alert!.body)).toContain(
      'its start was not confirmed. modelgate does not request it twice for one episode: check whether it is running, and otherwise start it by hand.',
    );
    expect(shown(alert!.body)).not.toContain('Retraining requested');
  });
});

describe('production degrading', () => {
  it('starts the workflow on the configured ref with the degradation evidence, once', async () => {
    const before = workflowRuns().length;
    const first = await evaluate('scalper', 1);
    expect(first.items.find((i) => i.kind === 'retraining')?.outcome).toBe('opened');
    const run = workflowRuns().at(-1)!;
    const body = run.payload as { ref: string; inputs: Record<string, string> };
    expect(body.inputs).toMatchObject({ model: 'scalper', version: 'v3', reason: 'degraded' });
    const evidence = JSON.parse(body.inputs.evidence!) as Record<string, unknown>;
    expect(evidence.severity).toMatch(/^(critical|severe)$/);
    expect(evidence.live).toMatchObject({ trades: 800 });
    expect(evidence.episode).toMatch(/^v3@\d+$/);
    const again = await evaluate('scalper', 2);
    expect(again.items.find((i) => i.kind === 'retraining')).toBeUndefined();
    expect(workflowRuns()).toHaveLength(before + 1);
  });
});
