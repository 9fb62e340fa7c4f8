import { describe, expect, it } from 'vitest';
import { Random } from '../bench/drift/random.js';
import {
  createDegradationMonitor,
  describeExpectedDetection,
  detectDegradation,
  drawdownDepthForRate,
  expectedDetectionTrades,
  probabilityOfLosingStreak,
  tradesBetweenLosingStreaks,
  losingStreakForRate,
  type Alarm,
  type MonitorConfig,
} from '../src/core/drift/index.js';

const TRADES_PER_YEAR = 252;
const perTrade = (annual: number): number => annual / Math.sqrt(TRADES_PER_YEAR);
const POLICY = {
  win_rate_drop: 0.1,
  sharpe_drop: 0.3,
  consecutive_losses: 5,
  max_drawdown: 0.15,
  tradesPerYear: TRADES_PER_YEAR,
};
const CONFIG: MonitorConfig = { baselineSharpePerTrade: perTrade(1.5), policy: POLICY };
/** σ = 0.5% of capital per trade: the policy's 15% drawdown is then 30 trade-sized moves. */
const SCALE = 0.005;

/** Gaussian returns whose annual Sharpe ratio is `sharpes[i]` for the i-th segment. */
function stream(seed: number, segments: [trades: number, annualSharpe: number][]): number[] {
  const random = new Random(seed);
  const out: number[] = [];
  for (const [trades, sharpe] of segments) {
    for (let i = 0; i < trades; i++) out.push(SCALE * (perTrade(sharpe) + random.gaussian()));
  }
  return out;
}

function firstAlarmAtLeast(
  returns: number[],
  config: MonitorConfig,
  level: 'critical' | 'severe',
): Alarm | undefined {
  const monitor = createDegradationMonitor(config);
  for (const r of returns) {
    const alarm = monitor
      .update(r)
      .find((a) => a.severity === level || (level === 'critical' && a.severity === 'severe'));
    if (alarm) return alarm;
  }
  return undefined;
}

describe('a healthy model', () => {
  it('runs 5,000 trades without a critical alarm', () => {
    const result = detectDegradation(stream(1, [[5_000, 1.5]]), CONFIG);
    expect(result.trades).toBe(5_000);
    expect(result.alarms.count.critical).toBe(0);
    expect(result.alarms.count.severe).toBe(0);
    expect(['healthy', 'warning']).toContain(result.severity);
  });

  it('raises critical alarms on healthy streams no more often than designed', () => {
    // 40 streams × 5,000 trades = 200,000 healthy trades: at 1 false alarm per 10,000 trades at
    // most, 20 are expected at worst; 35 would be a 3.4-sigma excess.
    let criticals = 0;
    let severes = 0;
    for (let seed = 100; seed < 140; seed++) {
      const monitor = createDegradationMonitor(CONFIG);
      for (const r of stream(seed, [[5_000, 1.5]])) {
        for (const alarm of monitor.update(r)) {
          if (alarm.severity === 'critical') criticals++;
          if (alarm.severity === 'severe') severes++;
        }
      }
    }
    expect(criticals).toBeLessThan(35);
    expect(severes).toBeLessThanOrEqual(2);
  });
});

describe('a degrading model', () => {
  it('is caught with severity severe soon after a collapse', () => {
    // 1,000 healthy trades, then the model loses 0.6σ a trade on average (annual Sharpe −10).
    const returns = stream(7, [
      [1_000, 1.5],
      [1_000, -10],
    ]);
    const alarm = firstAlarmAtLeast(returns, CONFIG, 'severe');
    expect(alarm).toBeDefined();
    expect(alarm?.severity).toBe('severe');
    expect(alarm?.rule).toBe('drawdown');
    const delay = (alarm?.tradeIndex ?? Infinity) - 1_000 + 1;
    expect(delay).toBeGreaterThan(0);
    expect(delay).toBeLessThan(150);
    // It blames the stretch that started near the collapse.
    expect(Math.abs((alarm?.since ?? 0) - 1_000)).toBeLessThan(40);
    // Severe alarms are preceded (or accompanied) by a critical one from the sequential test.
    const critical = firstAlarmAtLeast(returns, CONFIG, 'critical');
    expect(critical?.tradeIndex).toBeLessThanOrEqual(alarm?.tradeIndex ?? 0);
  });

  it('reaches critical after a modest drop, 1.5 → 0.5, within the expected time', () => {
    const expected = expectedDetectionTrades(CONFIG, 0.5);
    const delays: number[] = [];
    for (let seed = 200; seed < 230; seed++) {
      const alarm = firstAlarmAtLeast(
        stream(seed, [
          [1_000, 1.5],
          [8_000, 0.5],
        ]),
        CONFIG,
        'critical',
      );
      if (alarm && alarm.tradeIndex >= 1_000) delays.push(alarm.tradeIndex - 1_000 + 1);
    }
    expect(delays.length).toBeGreaterThanOrEqual(27); // a few may alarm before, none may miss
    const mean = delays.reduce((a, b) => a + b, 0) / delays.length;
    // 30 streams: the mean's standard error is about 15% of it.
    expect(mean).toBeGreaterThan(expected * 0.6);
    expect(mean).toBeLessThan(expected * 1.4);
  });

  it('names the change it sees in the evidence of a critical alarm', () => {
    const returns = stream(11, [
      [1_500, 1.5],
      [3_000, -1.5],
    ]);
    const alarm = firstAlarmAtLeast(returns, CONFIG, 'critical');
    expect(alarm?.rule).toBe('sequential-test');
    expect(alarm?.severity).toBe('critical');
    expect(alarm?.tradeIndex).toBeGreaterThan(1_500);
    expect(alarm?.trades).toBe((alarm?.tradeIndex ?? 0) + 1);
    expect(alarm?.threshold).toBe(10_000);
    expect(alarm?.statistic).toBeGreaterThanOrEqual(10_000);
    expect(alarm?.falseAlarmRate).toBe('at most 1 per 10,000 trades');
    expect(alarm?.tradesBetweenFalseAlarms).toBe(10_000);
    expect(alarm?.baseline).toEqual({
      sharpePerTrade: perTrade(1.5),
      sharpeAnnual: 1.5,
      tradesPerYear: 252,
      winRate: null,
    });
    expect(alarm?.returnScale).toBeGreaterThan(SCALE * 0.9);
    expect(alarm?.returnScale).toBeLessThan(SCALE * 1.1);
    expect(Math.abs((alarm?.since ?? 0) - 1_500)).toBeLessThan(200);
    expect(alarm?.detail).toMatch(/Shiryaev–Roberts/);
    expect(alarm?.detail).toMatch(/Sharpe fell to -1\.50/);
    expect(alarm?.detail).toMatch(/at most 1 per 10,000 trades/);
  });
});

describe('evidence', () => {
  it('reports the policy drawdown on compounded equity with exact numbers', () => {
    const monitor = createDegradationMonitor(CONFIG);
    expect(monitor.update(0.1)).toEqual([]);
    expect(monitor.update(-0.1)).toEqual([]);
    const [alarm] = monitor.update(-0.1);
    // Equity 1.1 → 0.99 → 0.891: 19% below the peak of 1.1, over the policy's 15%.
    expect(alarm?.rule).toBe('policy-drawdown');
    expect(alarm?.severity).toBe('warning');
    expect(alarm?.tradeIndex).toBe(2);
    expect(alarm?.statistic).toBeCloseTo(1 - 0.891 / 1.1, 12);
    expect(alarm?.threshold).toBe(0.15);
    expect(alarm?.since).toBe(1);
    expect(alarm?.detail).toContain('19.0% below the peak it reached 2 trades ago');
    expect(alarm?.detail).toContain("policy's limit is 15.0%");
  });

  it('calibrates losing streaks against the baseline win rate', () => {
    const config: MonitorConfig = { ...CONFIG, baselineWinRate: 0.55 };
    const monitor = createDegradationMonitor(config);
    for (let i = 0; i < 100; i++) monitor.update(i % 2 === 0 ? 0.01 : -0.004);
    const raised: Alarm[] = [];
    for (let i = 0; i < 17; i++) raised.push(...monitor.update(-0.001));
    const streaks = raised.filter((a) => a.rule === 'losing-streak');
    // Warning: the shortest streak a 55% model reaches less than once per 10,000 trades:
    // 0.55 × 0.45^10 = 1/5,340 is too common, 0.55 × 0.45^11 = 1/11,870 is not.
    expect(streaks[0]?.severity).toBe('warning');
    expect(streaks[0]?.statistic).toBe(11);
    expect(streaks[0]?.threshold).toBe(11);
    expect(streaks[0]?.tradesBetweenFalseAlarms).toBeCloseTo(1 / (0.55 * 0.45 ** 11), 6);
    expect(streaks[0]?.detail).toContain('the policy alerts at 5');
    // Severe: less than once per 1,000,000 trades: 0.55 × 0.45^17 ≈ 1/1,400,000.
    expect(streaks[1]?.severity).toBe('severe');
    expect(streaks[1]?.statistic).toBe(17);
    expect(streaks[1]?.since).toBe(99); // the last of the alternating trades lost too
    const state = monitor.state();
    const policy = state.policy.find((p) => p.name === 'consecutive_losses');
    expect(policy?.breached).toBe(true);
    expect(policy?.note).toContain('has 5 in a row about 1 per 99 trades');
  });

  it('states every check with its threshold and designed false-alarm rate', () => {
    const state = monitor(stream(3, [[400, 1.5]])).state();
    expect(state.trades).toBe(400);
    expect(state.returnScale).toBeGreaterThan(SCALE * 0.85);
    expect(state.checks.map((c) => `${c.rule}/${c.severity}`)).toEqual([
      'sequential-test/warning',
      'sequential-test/critical',
      'drawdown/severe',
      'losing-streak/warning',
      'losing-streak/severe',
      'policy-drawdown/warning',
    ]);
    const severeDrawdown = state.checks.find((c) => c.rule === 'drawdown');
    expect(severeDrawdown?.threshold).toBeCloseTo(drawdownDepthForRate(perTrade(1.5), 1e6), 9);
    expect(severeDrawdown?.falseAlarmRate).toBe('about 1 per 1,000,000 trades');
    const critical = state.checks.find((c) => c.severity === 'critical');
    expect(critical?.minTrades).toBe(50);
    expect(state.policy.map((p) => p.name)).toEqual([
      'sharpe_drop',
      'consecutive_losses',
      'max_drawdown',
    ]);
    expect(state.lossProbability?.source).toBe('live upper bound');
  });

  it('computes nothing statistical during the warm-up', () => {
    const m = monitor(stream(4, [[29, 1.5]]));
    const state = m.state();
    expect(state.returnScale).toBeNull();
    expect(state.drawdownInTrades).toBeNull();
    expect(state.change).toBeNull();
    expect(m.state().checks.every((c) => !c.active)).toBe(true);
  });
});

function monitor(returns: number[], config: MonitorConfig = CONFIG) {
  const m = createDegradationMonitor(config);
  for (const r of returns) m.update(r);
  return m;
}

describe('losing streaks by chance', () => {
  it('matches hand computation for a 55% win rate', () => {
    const q = 0.45;
    const p = 0.55;
    // A streak reaches 5 at a trade when it and the 4 before it lose and the one before won.
    expect(tradesBetweenLosingStreaks(q, 5)).toBeCloseTo(1 / (p * q ** 5), 9);
    expect(tradesBetweenLosingStreaks(q, 5)).toBeCloseTo(98.53, 2);
    // At least one run of 5 losses among 5, 6, 7 trades: LLLLL; or WLLLLL; or ?WLLLLL.
    expect(probabilityOfLosingStreak(q, 5, 4)).toBe(0);
    expect(probabilityOfLosingStreak(q, 5, 5)).toBeCloseTo(q ** 5, 12);
    expect(probabilityOfLosingStreak(q, 5, 6)).toBeCloseTo(q ** 5 * (1 + p), 12);
    expect(probabilityOfLosingStreak(q, 5, 7)).toBeCloseTo(q ** 5 * (1 + 2 * p), 12);
    // Over 1,000 trades a streak of 5 is all but certain: the seed's rule cries wolf.
    expect(probabilityOfLosingStreak(q, 5, 1_000)).toBeGreaterThan(0.9999);
    expect(losingStreakForRate(q, 10_000)).toBe(11);
  });
});

describe('expected detection time', () => {
  it('shrinks as the drop grows', () => {
    const sharpes = [1.4, 1.2, 1.0, 0.75, 0.5, 0.25, 0, -0.5, -1, -1.5, -3, -5];
    const trades = sharpes.map((s) => expectedDetectionTrades(CONFIG, s));
    for (let i = 1; i < trades.length; i++) {
      expect(trades[i]).toBeLessThan(trades[i - 1] ?? Infinity);
    }
    expect(trades.every((t) => Number.isFinite(t) && t > 0)).toBe(true);
    expect(expectedDetectionTrades(CONFIG, 1.5)).toBe(Infinity);
    expect(expectedDetectionTrades(CONFIG, 2)).toBe(Infinity);
  });

  it('says it in days at the model’s trade rate', () => {
    expect(describeExpectedDetection(CONFIG, 0.5, 100)).toBe(
      'A drop of the annual Sharpe ratio from 1.50 to 0.50 is detected in about 1,300 trades ' +
        '(about 13 days at 100 trades a day).',
    );
  });

  it('stays positive and ordered at high trade rates, where a per-trade edge is tiny', () => {
    // 24 trades a day: the baseline per trade is 0.016 standard deviations. Estimates from the
    // stationary law went negative here; every drop must take a positive, finite time, and a
    // bigger drop less of it.
    const fast = {
      ...CONFIG,
      baselineSharpePerTrade: 1.45 / Math.sqrt(8742),
      policy: { ...CONFIG.policy, tradesPerYear: 8742 },
    };
    const delays = [1.15, 0.5, 0, -1.45, -5].map((sharpe) => expectedDetectionTrades(fast, sharpe));
    for (const delay of delays) expect(delay).toBeGreaterThan(0);
    expect([...delays].sort((a, b) => b - a)).toEqual(delays);
  });
});

describe('bad input', () => {
  it('refuses a baseline without an edge and impossible policy values', () => {
    expect(() => createDegradationMonitor({ ...CONFIG, baselineSharpePerTrade: -0.1 })).toThrow(
      /baseline Sharpe ratio per trade must be a positive number, got -0.1/,
    );
    expect(() => createDegradationMonitor({ ...CONFIG, baselineWinRate: 1.2 })).toThrow(
      /win rate must be a fraction/,
    );
    expect(() =>
      createDegradationMonitor({ ...CONFIG, policy: { ...POLICY, max_drawdown: 1.5 } }),
    ).toThrow(/max_drawdown must be below 1/);
  });

  it('refuses a non-finite return', () => {
    const m = createDegradationMonitor(CONFIG);
    expect(() => m.update(Number.NaN)).toThrow(/finite number, got NaN/);
  });

  it('survives a stream with no spread at all', () => {
    const result = detectDegradation(new Array<number>(200).fill(0.001), CONFIG);
    expect(result.severity).toBe('healthy');
    expect(result.returnScale).toBe(0);
  });
});
