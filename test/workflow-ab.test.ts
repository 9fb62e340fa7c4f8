// The seed's Workflow 2 through the local forge: a retrained version that beats production on
// its backtest is proposed for an A/B test; merging starts it; people can start and stop tests
// by hand through the same proposals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { EvaluateReport, ModelReport } from '../src/proposals/evaluate.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { BACKTEST_SHARPE_145, ingestSeries } from './helpers/trades.js';

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
    expect(report.items.find((i) => i.kind === 'ab-conclude')).toMatchObject({
      outcome: 'left alone',
      why: 'opened by Demo Trader by hand: left to people',
    });
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

describe('concluding an A/B test by proposal', () => {
  let g: RegistryFixture;

  async function evaluateAt(now: string): Promise<ModelReport> {
    const report = JSON.parse(
      (await g.cliOk(['evaluate', '--json', '--model', 'desk', '--now', now])).stdout,
    ) as EvaluateReport;
    return report.models[0]!;
  }

  /** Trades routed to one arm: one every `everyMinutes` from `start`. */
  async function armTrades(
    version: string,
    arm: string,
    count: number,
    winRate: number,
    seed: number,
    everyMinutes: number,
  ): Promise<void> {
    await ingestSeries(g, {
      model: 'desk',
      version,
      first: 0,
      count,
      winRate,
      seed,
      start: '2026-10-01T00:30:00Z',
      everyMinutes,
      idPrefix: `${version}-${arm}-${seed}`,
      extra: { arm },
    });
  }

  beforeAll(async () => {
    g = await registryFixture();
    // A daily strategy: 252 trades a year, so Sharpe per trade × √252 is the annual figure.
    const daily = {
      sharpe: 1.9,
      win_rate: 0.6,
      trades: 252,
      period: { start: '2025-01-01', end: '2025-12-31' },
    };
    for (let i = 0; i < 3; i++) await g.register('desk', daily);
    await g.cliOk(['promote', 'desk', 'v2']);
    const started = await g.cliOk(['ab', 'start', 'desk', 'v3', '--now', '2026-10-01T00:00:00Z']);
    await g.cliOk(['apply', /#(\d+)/.exec(started.stdout)![1]!]);
  }, 120_000);
  afterAll(() => g.cleanup());

  it('too little evidence: the test continues and nothing is proposed', async () => {
    await armTrades('v2', 'control', 40, 0.6, 1, 30);
    await armTrades('v3', 'candidate', 10, 0.7, 2, 120);
    const report = await evaluateAt('2026-10-02T00:00:00Z');
    expect(report.abTest).toMatchObject({ candidate: 'v3', control: 'v2', verdict: 'continue' });
    expect(report.items.filter((i) => i.kind === 'ab-conclude')).toEqual([]);
  });

  it('a clearly better candidate, once the minimums are met, gets a promotion proposal with intervals', async () => {
    // About 14 days: the control (Sharpe ≈ 0.12 per trade) every 5 minutes, the candidate
    // (≈ 0.34 per trade) every 20: an 80/20 split.
    await armTrades('v2', 'control', 4000, 0.6, 3, 5);
    await armTrades('v3', 'candidate', 1000, 0.7, 4, 20);
    const report = await evaluateAt('2026-10-15T00:00:00Z');
    expect(report.abTest?.verdict).toBe('promote');
    const item = report.items.find((i) => i.kind === 'ab-conclude');
    expect(item).toMatchObject({ outcome: 'opened' });
    expect(item!.title).toMatch(
      /^Promote desk v3 after its A\/B test: Sharpe [\d.]+ vs [\d.]+ \(\+\d+%\)$/,
    );
    const text = (await g.cliOk(['proposals', item!.id!])).stdout;
    expect(text).toContain(
      "**Promote v3: its live Sharpe beats v2's by more than 15% with always-valid confidence.**",
    );
    expect(text).toMatch(/\| v2 control \(80%\) +\| +4040 \|/);
    expect(text).toMatch(/\| v3 candidate \(20%\) +\| +1010 \|/);
    expect(text).toMatch(/always-valid bounds -?[\d.]+ … -?[\d.]+ \(level 0\.01/);
    // A rerun on the same evidence leaves it alone.
    const again = await evaluateAt('2026-10-15T00:00:00Z');
    expect(again.items.find((i) => i.kind === 'ab-conclude')).toMatchObject({
      outcome: 'left alone',
    });

    await g.cliOk(['apply', item!.id!]);
    const deployment = await g.git(['show', 'origin/main:registry/desk/deployment.yaml']);
    expect(deployment).toMatch(/^production: v3$/m);
    expect(deployment).toMatch(/^previous_production: v2$/m);
    expect(deployment).toMatch(/^ab_test: null$/m);
    const history = (await g.cliOk(['history', 'desk'])).stdout;
    expect(history).toMatch(/promoted\s+v3\s+production v2 → v3/);
    expect(history).toMatch(/A\/B test stopped\s+v3/);
  });

  it('a candidate that is not better: at the maximum duration the proposal is to keep the control', async () => {
    const started = await g.cliOk(['ab', 'start', 'desk', 'v1', '--now', '2026-10-20T00:00:00Z']);
    await g.cliOk(['apply', /#(\d+)/.exec(started.stdout)![1]!]);
    await ingestSeries(g, {
      model: 'desk',
      version: 'v3',
      first: 0,
      count: 400,
      winRate: 0.6,
      seed: 11,
      start: '2026-10-20T01:00:00Z',
      everyMinutes: 90,
      idPrefix: 'v3-keep',
      extra: { arm: 'control' },
    });
    await ingestSeries(g, {
      model: 'desk',
      version: 'v1',
      first: 0,
      count: 100,
      winRate: 0.6,
      seed: 12,
      start: '2026-10-20T01:00:00Z',
      everyMinutes: 360,
      idPrefix: 'v1-keep',
      extra: { arm: 'candidate' },
    });
    expect((await evaluateAt('2026-11-01T00:00:00Z')).abTest?.verdict).toBe('continue');
    const report = await evaluateAt('2026-11-20T02:00:00Z'); // 31 days after the first trade
    expect(report.abTest?.verdict).toBe('keep-control');
    const item = report.items.find((i) => i.kind === 'ab-conclude');
    expect(item).toMatchObject({
      outcome: 'opened',
      title: 'End the A/B test on desk: keep v3 (v1 not 15% better)',
    });
    await g.cliOk(['apply', item!.id!]);
    const deployment = await g.git(['show', 'origin/main:registry/desk/deployment.yaml']);
    expect(deployment).toMatch(/^production: v3$/m);
    expect(deployment).toMatch(/^ab_test: null$/m);
  });

  it('a harmful candidate stops early, before the minimums', async () => {
    const started = await g.cliOk(['ab', 'start', 'desk', 'v2', '--now', '2026-12-01T00:00:00Z']);
    await g.cliOk(['apply', /#(\d+)/.exec(started.stdout)![1]!]);
    await ingestSeries(g, {
      model: 'desk',
      version: 'v3',
      first: 0,
      count: 800,
      winRate: 0.6,
      seed: 21,
      start: '2026-12-01T01:00:00Z',
      everyMinutes: 5,
      idPrefix: 'v3-harm',
      extra: { arm: 'control' },
    });
    await ingestSeries(g, {
      model: 'desk',
      version: 'v2',
      first: 0,
      count: 200,
      winRate: 0.3,
      seed: 22,
      start: '2026-12-01T01:00:00Z',
      everyMinutes: 20,
      idPrefix: 'v2-harm',
      extra: { arm: 'candidate' },
    });
    const report = await evaluateAt('2026-12-04T00:00:00Z');
    expect(report.abTest?.verdict).toBe('stop-early');
    expect(report.items.find((i) => i.kind === 'ab-conclude')).toMatchObject({
      outcome: 'opened',
      title: 'Stop the A/B test on desk early: v2 is worse; keep v3',
    });
  });
});

describe('paper trading', () => {
  let h: RegistryFixture;
  beforeAll(async () => {
    h = await registryFixture();
    const daily = {
      sharpe: 1.9,
      win_rate: 0.6,
      trades: 252,
      period: { start: '2025-01-01', end: '2025-12-31' },
    };
    for (let i = 0; i < 3; i++) await h.register('shadow', daily);
    await h.cliOk(['promote', 'shadow', 'v2']);
  }, 120_000);
  afterAll(() => h.cleanup());

  it('a version goes into paper trading by command; its verdict waits for evidence', async () => {
    const started = await h.cliOk([
      'paper',
      'start',
      'shadow',
      'v3',
      '--now',
      '2026-10-01T00:00:00Z',
    ]);
    expect(started.stdout).toMatch(/^started paper trading shadow v3 \(commit [0-9a-f]{10}\)$/m);
    expect((await h.cliOk(['history', 'shadow'])).stdout).toMatch(/paper trading started\s+v3/);
    const again = await h.cli(['paper', 'start', 'shadow', 'v3']);
    expect(again.stderr).toContain('shadow v3 is already paper trading');
    expect((await h.cliOk(['paper', 'shadow'])).stdout).toMatch(
      /^shadow v3 \(paper since 2026-10-01T00:00:00Z\): inconclusive: /,
    );
  });

  it('paired with production on the same signals, a better paper version is ready, and evaluate proposes its A/B test', async () => {
    const common = {
      model: 'shadow',
      first: 0,
      count: 400,
      start: '2026-10-01T01:00:00Z',
      everyMinutes: 60,
      signalPrefix: 'sig',
    };
    await ingestSeries(h, { ...common, version: 'v2', winRate: 0.6, seed: 31 });
    await ingestSeries(h, { ...common, version: 'v3', mode: 'paper', winRate: 0.7, seed: 32 });
    const verdict = JSON.parse((await h.cliOk(['paper', 'shadow', '--json'])).stdout) as {
      verdicts: { version: string; verdict: string; method: string; trades: number }[];
    };
    expect(verdict.verdicts[0]).toMatchObject({
      version: 'v3',
      verdict: 'ready',
      method: 'paired',
      trades: 400,
    });
    const report = JSON.parse(
      (await h.cliOk(['evaluate', '--json', '--now', '2026-10-20T00:00:00Z'])).stdout,
    ) as EvaluateReport;
    const model = report.models[0]!;
    expect(model.paper).toEqual([expect.objectContaining({ version: 'v3', verdict: 'ready' })]);
    const item = model.items.find((i) => i.kind === 'ab-start');
    expect(item).toMatchObject({
      outcome: 'opened',
      title: 'Start A/B test on shadow: v3 (20%) vs v2 (80%)',
    });
    expect((await h.cliOk(['proposals', item!.id!])).stdout).toContain('v3 passed paper trading: ');
  });
});
