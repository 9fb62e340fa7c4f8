// The seed's Workflow 2 through the local forge: a retrained version that beats production on
// its backtest is proposed for an A/B test; merging starts it; people can start and stop tests
// by hand through the same proposals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { EvaluateReport, ModelReport } from '../src/proposals/evaluate.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { BACKTEST_SHARPE_145 } from './helpers/trades.js';

let f: RegistryFixture;

async function evaluate(...args: string[]): Promise<ModelReport> {
  const report = JSON.parse(
    (await f.cliOk(['evaluate', '--json', ...args])).stdout,
  ) as EvaluateReport;
  return report.models.find((m) => m.model === 'trader')!;
}

const abStart = (report: ModelReport) => report.items.find((i) => i.kind === 'ab-start');

beforeAll(async () => {
  f = await registryFixture();
  for (let i = 0; i < 5; i++) await f.register('trader', BACKTEST_SHARPE_145);
  await f.cliOk(['promote', 'trader', 'v5']);
  await f.register('trader', { ...BACKTEST_SHARPE_145, sharpe: 1.6 }); // v6
}, 120_000);
afterAll(() => f.cleanup());

describe('starting an A/B test by proposal', () => {
  let id: string;

  it('a new version that beats production on its backtest gets a "Start A/B test" proposal', async () => {
    const report = await evaluate();
    const item = abStart(report);
    expect(item).toMatchObject({
      outcome: 'opened',
      title: 'Start A/B test on trader: v6 (20%) vs v5 (80%)',
    });
    expect(item!.why).toBe('no proposal yet');
    id = item!.id!;
    const text = (await f.cliOk(['proposals', id])).stdout;
    expect(text).toContain(
      '**Start an A/B test: v6 gets 20% of live signals, v5 (production) keeps 80%.** v6 beats production v5 on backtest sharpe: 1.6 vs 1.45.',
    );
    expect(text).toContain('after at least 100 trades per arm and 7 days');
    const deployment = await f.git([
      'show',
      'modelgate/ab-start/trader:registry/trader/deployment.yaml',
    ]);
    expect((parse(deployment) as { ab_test: unknown }).ab_test).toEqual({
      control: 'v5',
      candidate: 'v6',
      split: { control: 80, candidate: 20 },
      started_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) as string,
      min_trades_per_arm: 100,
      min_days: 7,
      min_requirement: 'both',
      max_days: 30,
      metric: 'sharpe',
      min_improvement: 0.15,
      reason: 'v6 beats production v5 on backtest sharpe: 1.6 vs 1.45.',
    });
    await f.cliOk(['verify', '--rev', 'modelgate/ab-start/trader']);
  });

  it('a rerun leaves it alone: the start time is kept, the branch does not churn', async () => {
    const tip = await f.git(['rev-parse', 'modelgate/ab-start/trader']);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(abStart(await evaluate())).toMatchObject({
      outcome: 'left alone',
      why: 'same evidence: unchanged',
    });
    expect(await f.git(['rev-parse', 'modelgate/ab-start/trader'])).toBe(tip);
  });

  it('merging starts the test: routing splits keys, history records it, evaluate proposes no second test', async () => {
    await f.cliOk(['apply', id]);
    const routes = JSON.parse(
      (
        await f.cliOk([
          'route',
          'trader',
          ...Array.from({ length: 200 }, (_, i) => `k${i}`),
          '--json',
        ])
      ).stdout,
    ) as { routes: { version: string }[] };
    const toCandidate = routes.routes.filter((r) => r.version === 'v6').length;
    expect(toCandidate).toBeGreaterThan(20);
    expect(toCandidate).toBeLessThan(60);
    expect((await f.cliOk(['history', 'trader'])).stdout).toMatch(
      /A\/B test started\s+v6\s+A\/B test v5 80% vs v6 20%/,
    );
    expect(abStart(await evaluate())).toBeUndefined();
    const again = await f.cli(['ab', 'start', 'trader', 'v4']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      'an A/B test is already running on trader: v6 against v5; one test at a time',
    );
  });

  it('ab stop proposes the end by hand; evaluate leaves a hand-made proposal to people', async () => {
    const stop = await f.cliOk([
      'ab',
      'stop',
      'trader',
      '--reason',
      'desk wants v5 only this week',
    ]);
    expect(stop.stdout).toMatch(/^opened proposal #\d+: End A\/B test on trader: keep v5, stop v6/);
    const stopId = /#(\d+)/.exec(stop.stdout)![1]!;
    const report = await evaluate();
    expect(report.items.find((i) => i.kind === 'ab-conclude')).toBeUndefined();
    await f.cliOk(['apply', stopId]);
    expect(await f.git(['show', 'origin/main:registry/trader/deployment.yaml'])).toMatch(
      /^ab_test: null$/m,
    );
    expect((await f.cliOk(['history', 'trader'])).stdout).toMatch(
      /A\/B test stopped\s+v6.*Stopped by hand by Demo Trader: desk wants v5 only this week/,
    );
  });

  it('ab start by hand: a chosen version and split; bad requests change nothing', async () => {
    const bad = await f.cli(['ab', 'start', 'trader', 'v6', '--split', '100/0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--split "100/0": give control/candidate percents adding up to 100',
    );
    const unknown = await f.cli(['ab', 'start', 'trader', 'v9']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/trader has no version v9/);
    const started = await f.cliOk(['ab', 'start', 'trader', 'v4', '--split', '70/30']);
    expect(started.stdout).toMatch(
      /^(opened|updated) proposal #\d+: Start A\/B test on trader: v4 \(30%\) vs v5 \(70%\)/,
    );
    const deployment = await f.git([
      'show',
      'modelgate/ab-start/trader:registry/trader/deployment.yaml',
    ]);
    expect(deployment).toMatch(/candidate: v4\n {2}split:\n {4}control: 70\n {4}candidate: 30/);
    expect(deployment).toMatch(/reason: Started by hand by Demo Trader\./);
  });
});
