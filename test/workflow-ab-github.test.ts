// The seed's Workflow 2 through GitHub: register v6 beating v5 → a "Start A/B test" PR → merged
// → routed trades for both arms uploaded → a promotion PR with confidence intervals → merged →
// v6 is production and v5 the rollback target; history tells it. Real Octokit, the stand-in,
// merges that are real merges in the bare origin.
import { standinForge, startRegistryStandin } from './support/github/forge.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { evaluateRegistry, type ModelReport } from '../src/proposals/evaluate.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { ingestSeries } from './helpers/trades.js';
import type { GitHubStandin } from './support/github/index.js';

const token = 'ghs_workflow2-token-2222222222';
let f: RegistryFixture;
let standin: GitHubStandin;
let octokit: Octokit;

/** Daily strategies: 252 trades a year, so Sharpe per trade × √252 is the annual figure. */
const daily = (sharpe: number) => ({
  sharpe,
  win_rate: 0.6,
  trades: 252,
  period: { start: '2025-01-01', end: '2025-12-31' },
});

async function evaluate(now: string): Promise<ModelReport> {
  const forge = standinForge(standin, token);
  const report = await evaluateRegistry(await f.repo(), forge, { now: new Date(now) });
  return report.models[0]!;
}

async function merge(number: number): Promise<void> {
  await octokit.pulls.merge({ owner: 'acme', repo: 'registry', pull_number: number });
  await f.git(['pull', '--quiet', '--ff-only']);
}

beforeAll(async () => {
  f = await registryFixture();
  for (const sharpe of [1.2, 1.3, 1.35, 1.4, 1.45]) await f.register('trader', daily(sharpe));
  await f.cliOk(['promote', 'trader', 'v5']);
  standin = await startRegistryStandin(f, token);
  octokit = new Octokit({ auth: token, baseUrl: standin.baseUrl });
}, 120_000);
afterEach(() => expect(standin.violations).toEqual([]));
afterAll(async () => {
  await standin?.close();
  await f.cleanup();
});

describe('Workflow 2 through GitHub', () => {
  it('registering v6 that beats v5 opens one "Start A/B test" PR; merging it starts the test', async () => {
    await f.register('trader', daily(1.6)); // v6: the seed's 1.6 vs 1.45
    const report = await evaluate('2026-10-01T00:00:00Z');
    expect(report.items.map((i) => [i.kind, i.outcome])).toEqual([['ab-start', 'opened']]);
    const [pull] = standin.pulls;
    expect(pull).toMatchObject({ head: 'modelgate/ab-start/trader', state: 'open' });
    expect(pull!.title).toBe('Start A/B test on trader: v6 (20%) vs v5 (80%)');
    expect(pull!.labels).toEqual(expect.arrayContaining(['modelgate', 'ab-start', 'ab-test']));
    expect(pull!.body).toContain('v6 beats production v5 on backtest sharpe: 1\\.6 vs 1\\.45\\.');
    expect((await evaluate('2026-10-01T01:00:00Z')).items.map((i) => i.outcome)).toEqual([
      'left alone',
    ]);
    await merge(pull!.number);
    const deployment = await readFile(join(f.clone, 'registry/trader/deployment.yaml'), 'utf8');
    expect(deployment).toMatch(/^ab_test:\n {2}control: v5\n {2}candidate: v6\n/m);
  });

  it('routed trades arrive; once the evidence holds, a promotion PR shows the intervals', async () => {
    // The live system routes by `modelgate route`; here the arms' shares follow the 80/20 split.
    await ingestSeries(f, {
      model: 'trader',
      version: 'v5',
      first: 0,
      count: 4000,
      winRate: 0.6,
      seed: 5,
      start: '2026-10-01T06:00:00Z',
      everyMinutes: 5,
      idPrefix: 'ctl',
      extra: { arm: 'control' },
    });
    await ingestSeries(f, {
      model: 'trader',
      version: 'v6',
      first: 0,
      count: 1000,
      winRate: 0.7,
      seed: 6,
      start: '2026-10-01T06:00:00Z',
      everyMinutes: 20,
      idPrefix: 'cand',
      extra: { arm: 'candidate' },
    });
    const report = await evaluate('2026-10-15T12:00:00Z');
    expect(report.abTest).toMatchObject({ control: 'v5', candidate: 'v6', verdict: 'promote' });
    const item = report.items.find((i) => i.kind === 'ab-conclude');
    expect(item).toMatchObject({ outcome: 'opened' });
    const pull = standin.pulls.find((p) => p.head === 'modelgate/ab-conclude/trader')!;
    expect(pull.title).toMatch(
      /^Promote trader v6 after its A\/B test: Sharpe [\d.]+ vs [\d.]+ \(\+\d+%\)$/,
    );
    expect(pull.labels).toEqual(expect.arrayContaining(['ab-conclude', 'verdict:promote']));
    expect(pull.body).toMatch(
      /\| v5 control \(80%\) +\| +4000 \| +[\d.]+ \| +-?[\d.]+ … [\d.]+ \|/,
    );
    expect(pull.body).toMatch(/\| v6 candidate \(20%\) +\| +1000 \|/);
    expect(pull.body).toContain('always-valid bounds');

    await merge(pull.number);
    const deployment = await readFile(join(f.clone, 'registry/trader/deployment.yaml'), 'utf8');
    expect(deployment).toMatch(/^production: v6$/m);
    expect(deployment).toMatch(/^previous_production: v5$/m);
    const history = (await f.cliOk(['history', 'trader'])).stdout;
    expect(history).toMatch(/A\/B test started\s+v6/);
    expect(history).toMatch(/promoted\s+v6\s+production v5 → v6/);
    // v5 is the rollback target now, as drift would name it.
    const drift = JSON.parse((await f.cliOk(['drift', 'trader', '--json'])).stdout) as {
      decisions: { rollback_target: { version: string } }[];
    };
    expect(drift.decisions[0]!.rollback_target.version).toBe('v5');
    expect((await evaluate('2026-10-16T00:00:00Z')).items).toEqual([]);
  });
});
