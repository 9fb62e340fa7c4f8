// The A/B judge: reference values, designed error rates under continuous monitoring (seeded
// simulations), the verdict rules, and degenerate input.
//
// Cross-checked against scipy while developing:
// - the one-sided (half-normal) and two-sided normal-mixture boundaries, for one component and
//   for the judge's two: scipy.integrate.quad of ∫ exp(λS − λ²I/2) dN(0, ρ²)(λ) over λ > 0
//   (resp. all λ), weighted, solved for S with scipy.optimize.brentq at mixture value 1/α (the
//   two-sided single component also against its closed form);
// - Var(Ŝ): scipy.stats.skew / kurtosis (bias=True) and numpy std(ddof=1) in the Mertens formula;
//   the paired variance against the mean square of the per-pair influence values
//   z_cand − (Ŝ_cand/2)(z_cand² − 1) − c·(z_ctl − (Ŝ_ctl/2)(z_ctl² − 1)) computed in numpy;
// - the Mertens formula against Monte Carlo for Student-t(5) returns (S = 0.3, n = 200, 200,000
//   samples): n·Var(Ŝ) = 1.148 simulated, 1.180 by the formula (slightly cautious).
import { describe, expect, it } from 'vitest';
import {
  confidenceSequenceRadius,
  describePairs,
  describeReturns,
  judgeAbStatistics,
  judgeAbTest,
  PairedReturnMoments,
  ReturnMoments,
  sharpeRatio,
  sharpeVariance,
  type AbJudgement,
  type AbProgress,
  type AbStatisticsInput,
} from '../src/core/abtest/index.js';

// ---- seeded randomness (mulberry32 + Box–Muller) ----------------------------------------------

function randomSource(seed: number): { uniform: () => number; gaussian: () => number } {
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
  const gaussian = (): number =>
    Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, gaussian };
}

const PER_YEAR = 252;
const perTrade = (annual: number): number => annual / Math.sqrt(PER_YEAR);
const ALPHA = 0.01;
const Z_ALPHA = 2.3263478740408408; // Φ⁻¹(0.99)
const OPEN: AbProgress = {
  days: 0,
  minDays: 0,
  maxDays: Infinity,
  minTradesPerArm: 30,
  requirement: 'both',
};

interface StreamSpec {
  controlSharpe: number;
  candidateSharpe: number;
  /** null: unpaired, 20% of signals to the candidate; else paired with this noise correlation. */
  correlation: number | null;
  horizon: number;
  seed: number;
  progress?: (signals: number) => AbProgress;
  /** Stop at the first verdict other than continue (as production does). */
  stopAtDecision?: boolean;
}

interface StreamResult {
  first: Partial<Record<AbJudgement['verdict'], number>>;
  /** First look where a plain z-test, re-checked at every look, would have promoted. */
  zPromoted: number | null;
  last: AbJudgement | null;
}

/** Judged every 25 signals; σ = 1% per trade. */
function runStream(spec: StreamSpec): StreamResult {
  const random = randomSource(spec.seed);
  const control = new ReturnMoments();
  const candidate = new ReturnMoments();
  const pairs = new PairedReturnMoments();
  const empty = describeReturns([]);
  const result: StreamResult = { first: {}, zPromoted: null, last: null };
  for (let signal = 1; signal <= spec.horizon; signal++) {
    if (spec.correlation === null) {
      if (random.uniform() < 0.2) candidate.add(0.01 * (spec.candidateSharpe + random.gaussian()));
      else control.add(0.01 * (spec.controlSharpe + random.gaussian()));
    } else {
      const a = random.gaussian();
      const b = spec.correlation * a + Math.sqrt(1 - spec.correlation ** 2) * random.gaussian();
      pairs.add(0.01 * (spec.controlSharpe + a), 0.01 * (spec.candidateSharpe + b));
    }
    if (signal % 25 !== 0) continue;
    const input: AbStatisticsInput = {
      margin: 0.15,
      alpha: ALPHA,
      tradesPerYear: PER_YEAR,
      progress: spec.progress?.(signal) ?? OPEN,
      ...(spec.correlation === null
        ? { control: control.statistics(), candidate: candidate.statistics() }
        : { control: empty, candidate: empty, paired: pairs.statistics() }),
    };
    const judgement = judgeAbStatistics(input);
    result.last = judgement;
    result.first[judgement.verdict] ??= signal;
    const d = judgement.difference;
    const [nCtl, nCand] = judgement.minimums.tradesPerArm;
    if (
      result.zPromoted === null &&
      d &&
      nCtl >= 30 &&
      nCand >= 30 &&
      d.estimate / d.standardError > Z_ALPHA
    ) {
      result.zPromoted = signal;
    }
    if (spec.stopAtDecision && judgement.verdict !== 'continue') break;
  }
  return result;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Every number anywhere in the judgement is finite (null stands for "undefined"). */
function expectAllFinite(value: unknown, path = 'judgement'): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => expectAllFinite(v, `${path}[${i}]`));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) expectAllFinite(v, `${path}.${k}`);
  }
}

// ---- reference values -------------------------------------------------------------------------

describe('the statistics under the judge', () => {
  const x = [
    0.012, -0.004, 0.021, -0.015, 0.007, 0.003, -0.009, 0.018, 0.001, -0.002, 0.026, -0.011,
  ];
  const y = [0.01, -0.006, 0.025, -0.012, 0.004, 0.006, -0.01, 0.015, 0.003, 0.001, 0.022, -0.014];

  it('Sharpe ratio, skewness, kurtosis and Var(Ŝ) match scipy', () => {
    const reference = [
      // Ŝ, γ₃, γ₄, Var(Ŝ)
      [x, 0.2974726875770807, 0.2551632580510918, 1.90516021462559, 0.0786766922226424],
      [y, 0.28579098136050496, 0.21397286789455391, 1.9748883504937744, 0.07989623729503494],
    ] as const;
    for (const [returns, sharpe, skewness, kurtosis, variance] of reference) {
      const statistics = describeReturns(returns);
      expect(sharpeRatio(statistics)).toBeCloseTo(sharpe, 12);
      expect(statistics.skewness).toBeCloseTo(skewness, 12);
      expect(statistics.kurtosis).toBeCloseTo(kurtosis, 12);
      expect(sharpeVariance(statistics)).toBeCloseTo(variance, 12);
    }
    expect(describePairs(x, y).correlation).toBeCloseTo(0.9738980054269418, 12);
  });

  it('the paired variance of D is the mean square of the per-pair influence values (numpy)', () => {
    // 36 pairs (the data three times over), so the judge uses them.
    const tile = (r: number[]): number[] => [...r, ...r, ...r];
    const judgement = judgeAbTest({
      control: [],
      candidate: [],
      paired: { control: tile(x), candidate: tile(y) },
      margin: 0.15,
      progress: OPEN,
    });
    expect(judgement.method).toBe('paired');
    // Both Sharpe ratios are positive, so D = Ŝ_cand − 1.15·Ŝ_ctl.
    expect(judgement.difference?.estimate).toBeCloseTo(-0.057983653312683736, 12);
    expect((judgement.difference?.standardError ?? NaN) ** 2).toBeCloseTo(0.002087929265628016, 12);
    expect(judgement.gap?.estimate).toBeCloseTo(-0.012030490436315822, 12);
    expect((judgement.gap?.standardError ?? NaN) ** 2).toBeCloseTo(0.0013576476105006496, 12);
  });

  it('the mixture boundaries match numerical integration in scipy', () => {
    const scale = 1 / Math.sqrt(252);
    const information = [22, 300, 2963, 1e5];
    const oneSided = [46.562526332919276, 68.94601175133283, 182.6042369737912, 1176.6504713058212];
    const twoSided = [50.46351942833234, 74.27611695942043, 194.41483471292457, 1234.2871785196407];
    information.forEach((info, i) => {
      const one = confidenceSequenceRadius(info, 0.01, scale, 1) * info;
      const two = confidenceSequenceRadius(info, 0.01, scale, 2) * info;
      expect(Math.abs(one / (oneSided[i] ?? NaN) - 1)).toBeLessThan(1e-10);
      expect(Math.abs(two / (twoSided[i] ?? NaN) - 1)).toBeLessThan(1e-10);
    });
    // The judge's default: 90% on that scale, 10% on large differences (0.5 per trade).
    const mixture = [
      { scale, weight: 0.9 },
      { scale: 0.5, weight: 0.1 },
    ];
    const mixed: [number, number, number][] = [
      [4, 10.233286609530454, 10.765179526830314],
      [22, 19.24211935407104, 20.172217916579886],
      [300, 66.52013702832673, 70.76199073435062],
      [2963, 184.05833718564128, 195.7606123215927],
    ];
    for (const [info, one, two] of mixed) {
      expect(
        Math.abs((confidenceSequenceRadius(info, 0.01, mixture, 1) * info) / one - 1),
      ).toBeLessThan(1e-10);
      expect(
        Math.abs((confidenceSequenceRadius(info, 0.01, mixture, 2) * info) / two - 1),
      ).toBeLessThan(1e-10);
    }
    expect(confidenceSequenceRadius(Infinity, 0.01, scale, 1)).toBe(0);
  });

  it('the streaming moments and the array API give the same judgement', () => {
    const random = randomSource(7);
    const control = Array.from({ length: 400 }, () => 0.01 * (0.1 + random.gaussian()));
    const candidate = Array.from({ length: 100 }, () => 0.01 * (0.2 + random.gaussian()));
    const fromArrays = judgeAbTest({ control, candidate, margin: 0.15, progress: OPEN });
    const a = new ReturnMoments();
    const b = new ReturnMoments();
    control.forEach((r) => a.add(r));
    candidate.forEach((r) => b.add(r));
    const fromMoments = judgeAbStatistics({
      control: a.statistics(),
      candidate: b.statistics(),
      margin: 0.15,
      progress: OPEN,
    });
    expect(fromMoments.verdict).toBe(fromArrays.verdict);
    expect(fromMoments.difference?.lower).toBeCloseTo(fromArrays.difference?.lower ?? NaN, 12);
  });
});

// ---- designed error rates -----------------------------------------------------------------------

describe('false promotions at the null boundary, judged every 25 trades', () => {
  const control = perTrade(1.5);
  const boundary = 1.15 * control; // exactly (1 + m) × the control: H0 holds, just

  it('unpaired 80/20: at most α, where a z-test re-checked at every look promotes far more often', () => {
    const streams = 2_500;
    let judge = 0;
    let z = 0;
    for (let i = 0; i < streams; i++) {
      const r = runStream({
        controlSharpe: control,
        candidateSharpe: boundary,
        correlation: null,
        horizon: 4_000,
        seed: 1_000 + i,
      });
      if (r.first.promote !== undefined) judge++;
      if (r.zPromoted !== null) z++;
    }
    // ≤ α·streams = 25; bench/ab measures 0.3–0.5% over 20,000 trades.
    expect(judge).toBeLessThanOrEqual(ALPHA * streams);
    // The same streams are sensitive enough to catch a boundary that does not hold the rate.
    expect(z / streams).toBeGreaterThan(0.05);
  });

  it('paired, ρ = 0.9: at most α', () => {
    const streams = 2_000;
    let judge = 0;
    for (let i = 0; i < streams; i++) {
      const r = runStream({
        controlSharpe: control,
        candidateSharpe: boundary,
        correlation: 0.9,
        horizon: 2_000,
        seed: 50_000 + i,
      });
      if (r.first.promote !== undefined) judge++;
    }
    expect(judge).toBeLessThanOrEqual(ALPHA * streams);
  });
});

describe('power', () => {
  const better = { controlSharpe: perTrade(1.5), candidateSharpe: perTrade(3.0) };

  it('promotes a candidate with Sharpe 3.0 against 1.5; paired (ρ = 0.9) needs far fewer trades', () => {
    // At 252 trades a year the per-trade difference is small (D = 0.080 per trade), so an 80/20
    // unpaired test needs about ten thousand trades; pairs remove most of the noise.
    const unpaired: number[] = [];
    const paired: number[] = [];
    for (let i = 0; i < 12; i++) {
      const u = runStream({
        ...better,
        correlation: null,
        horizon: 50_000,
        seed: 90_000 + i,
        stopAtDecision: true,
      });
      const p = runStream({
        ...better,
        correlation: 0.9,
        horizon: 5_000,
        seed: 91_000 + i,
        stopAtDecision: true,
      });
      expect(u.last?.verdict).toBe('promote');
      expect(p.last?.verdict).toBe('promote');
      unpaired.push(u.first.promote ?? Infinity);
      paired.push(p.first.promote ?? Infinity);
    }
    expect(median(unpaired)).toBeGreaterThan(3_000);
    expect(median(unpaired)).toBeLessThan(25_000);
    // Normal theory says ~26× less variance; ask for at least 8× fewer signals.
    expect(median(paired) * 8).toBeLessThan(median(unpaired));
  });

  it('stops a clearly harmful candidate early, before the minimums', () => {
    const daysOf = (signals: number): number => signals / (PER_YEAR / 365);
    for (let i = 0; i < 5; i++) {
      const r = runStream({
        controlSharpe: perTrade(1.5),
        candidateSharpe: perTrade(-3),
        correlation: null,
        horizon: 10_000,
        seed: 70_000 + i,
        stopAtDecision: true,
        progress: (signals) => ({
          days: daysOf(signals),
          minDays: 30,
          maxDays: 90 * 365,
          minTradesPerArm: 1_000,
          requirement: 'both',
        }),
      });
      expect(r.last?.verdict).toBe('stop-early');
      expect(r.last?.minimums.met).toBe(false);
      expect(r.last?.gap?.upper).toBeLessThan(0);
    }
  });

  it('keeps the control when the margin is ruled out (an equal candidate, paired)', () => {
    // Per-trade Sharpe 0.5 in both arms: equal, so not 15% better, and not harmful either.
    const r = runStream({
      controlSharpe: 0.5,
      candidateSharpe: 0.5,
      correlation: 0.9,
      horizon: 10_000,
      seed: 4242,
      stopAtDecision: true,
    });
    expect(r.last?.verdict).toBe('keep-control');
    expect(r.last?.difference?.upper).toBeLessThan(0);
    expect(r.last?.reason).toMatch(/cannot be 1\.15 × better/);
  });
});

// ---- the verdict rules --------------------------------------------------------------------------

describe('verdict rules', () => {
  // A fixed, clearly better candidate: paired, 600 pairs, Sharpe 3.0 vs 1.5.
  const random = randomSource(31337);
  const control: number[] = [];
  const candidate: number[] = [];
  for (let i = 0; i < 2_000; i++) {
    const a = random.gaussian();
    const b = 0.9 * a + Math.sqrt(1 - 0.81) * random.gaussian();
    control.push(0.01 * (perTrade(1.5) + a));
    candidate.push(0.01 * (perTrade(3) + b));
  }
  const strong = { control: [], candidate: [], paired: { control, candidate }, margin: 0.15 };
  const progress = (over: Partial<AbProgress>): AbProgress => ({
    days: 40,
    minDays: 7,
    maxDays: 60,
    minTradesPerArm: 100,
    requirement: 'both',
    ...over,
  });

  it('promotes when H0 is rejected and the minimums are met', () => {
    const j = judgeAbTest({ ...strong, progress: progress({}), tradesPerYear: PER_YEAR });
    expect(j.verdict).toBe('promote');
    expect(j.method).toBe('paired');
    expect(j.difference?.lower).toBeGreaterThan(0);
    expect(j.minimums.met).toBe(true);
    expect(j.ratio).toBeGreaterThan(1.15);
    expect(j.arms.candidate.sharpeAnnualised).toBeCloseTo(
      (j.arms.candidate.sharpePerTrade ?? NaN) * Math.sqrt(PER_YEAR),
      12,
    );
    expect(j.reason).toMatch(/^Promote: /);
  });

  it('waits for the minimums: both, or either', () => {
    const few = judgeAbTest({ ...strong, progress: progress({ days: 3 }) });
    expect(few.verdict).toBe('continue');
    expect(few.minimums.met).toBe(false);
    expect(few.reason).toMatch(/minimums are not/);
    const either = judgeAbTest({
      ...strong,
      progress: progress({ days: 3, requirement: 'either' }),
    });
    expect(either.verdict).toBe('promote');
    const notEnoughTrades = judgeAbTest({
      ...strong,
      progress: progress({ minTradesPerArm: 5_000, requirement: 'either', days: 3 }),
    });
    expect(notEnoughTrades.verdict).toBe('continue');
    expect(notEnoughTrades.minimums.tradesPerArm).toEqual([2_000, 2_000]);
  });

  it('keeps the control at the maximum duration, unless the evidence is in with the minimums met', () => {
    const undecided = judgeAbTest({
      control: control.slice(0, 200),
      candidate: candidate.slice(1_000, 1_050),
      margin: 0.15,
      progress: progress({ days: 60 }),
    });
    expect(undecided.verdict).toBe('keep-control');
    expect(undecided.reason).toMatch(/maximum/);
    const decided = judgeAbTest({ ...strong, progress: progress({ days: 60 }) });
    expect(decided.verdict).toBe('promote');
    const unmet = judgeAbTest({
      ...strong,
      progress: progress({ days: 60, minTradesPerArm: 5_000 }),
    });
    expect(unmet.verdict).toBe('keep-control');
    expect(unmet.reason).toMatch(/minimums unmet/);
  });

  it('stop-early needs 30 trades per arm, and then ignores the minimums', () => {
    // Per-trade Sharpe +1 against −1: a candidate that loses from its first trades.
    const noise = randomSource(99);
    const winning = Array.from({ length: 30 }, () => 0.01 * (1 + noise.gaussian()));
    const losing = Array.from({ length: 30 }, () => 0.01 * (-1 + noise.gaussian()));
    const slow = progress({ days: 1, minTradesPerArm: 1_000, minDays: 30 });
    const early = judgeAbTest({
      control: winning.slice(0, 29),
      candidate: losing.slice(0, 29),
      margin: 0.15,
      progress: slow,
    });
    expect(early.verdict).toBe('continue');
    expect(early.reason).toMatch(/nothing is judged before 30 per arm/);
    const at30 = judgeAbTest({
      control: winning,
      candidate: losing,
      margin: 0.15,
      progress: slow,
    });
    expect(at30.verdict).toBe('stop-early');
    expect(at30.minimums.met).toBe(false);
  });

  it('stops early with the reason when a guardrail tripped', () => {
    const j = judgeAbTest({
      ...strong,
      progress: progress({}),
      guardrail: 'sequential test: Sharpe fell to 0.4 (critical)',
    });
    expect(j.verdict).toBe('stop-early');
    expect(j.reason).toContain('sequential test: Sharpe fell to 0.4 (critical)');
    expect(j.difference).not.toBeNull();
  });

  it('a candidate equal to a losing control is not promoted (the margin is on |S_ctl|)', () => {
    const losingControl = control.map((r) => -r);
    const j = judgeAbTest({
      control: [],
      candidate: [],
      paired: { control: losingControl, candidate: losingControl },
      margin: 0.15,
      progress: progress({}),
    });
    // (1 + m)·S_ctl is below S_ctl when S_ctl < 0; the excess is S_cand − S_ctl − m·|S_ctl| < 0.
    expect(j.verdict).toBe('keep-control');
    expect(j.difference?.estimate).toBeLessThan(0);
    expect(j.ratio).toBeNull();
  });

  it('uses pairs only from 30 on, and reports win rates with Wilson intervals', () => {
    const short = judgeAbTest({
      control: control.slice(0, 300),
      candidate: candidate.slice(300, 400),
      paired: { control: control.slice(0, 20), candidate: candidate.slice(0, 20) },
      controlWins: 160,
      margin: 0.15,
      progress: progress({}),
    });
    expect(short.method).toBe('unpaired');
    expect(short.arms.control.winRate).toBeCloseTo(160 / 300, 12);
    const [low, high] = short.arms.control.winRateInterval ?? [NaN, NaN];
    expect(low).toBeLessThan(160 / 300);
    expect(high).toBeGreaterThan(160 / 300);
    const wins = candidate.slice(300, 400).filter((r) => r > 0).length;
    expect(short.arms.candidate.winRate).toBeCloseTo(wins / 100, 12);
  });
});

describe('degenerate input', () => {
  it('no trades, one trade, constant returns: continue, every number finite', () => {
    const cases: [number[], number[]][] = [
      [[], []],
      [[0.01], [0.02]],
      [Array<number>(100).fill(0.01), Array<number>(100).fill(0.01)],
      [Array<number>(100).fill(0), Array.from({ length: 100 }, (_, i) => (i % 2 ? 0.01 : -0.01))],
      [
        Array.from({ length: 100 }, (_, i) => (i % 3 ? 0.01 : -0.01)),
        Array<number>(100).fill(-0.02),
      ],
    ];
    for (const [control, candidate] of cases) {
      const j = judgeAbTest({
        control,
        candidate,
        paired: {
          control: candidate.slice(0, control.length),
          candidate: control.slice(0, candidate.length),
        },
        margin: 0.15,
        progress: { days: 3, minDays: 7, maxDays: 30, minTradesPerArm: 100, requirement: 'both' },
        tradesPerYear: 252,
      });
      expect(j.verdict).toBe('continue');
      expect(j.reason).toMatch(/^Waiting for data/);
      expectAllFinite(j);
    }
  });

  it('rejects input that is not data', () => {
    const progress = OPEN;
    expect(() => judgeAbTest({ control: [NaN], candidate: [], margin: 0.15, progress })).toThrow(
      RangeError,
    );
    expect(() =>
      judgeAbTest({
        control: [],
        candidate: [],
        paired: { control: [1, 2], candidate: [1] },
        margin: 0.15,
        progress,
      }),
    ).toThrow(/align/);
    expect(() => judgeAbTest({ control: [], candidate: [], margin: -1, progress })).toThrow(
      /margin/,
    );
    expect(() =>
      judgeAbTest({ control: [0.1], candidate: [], controlWins: 2, margin: 0.15, progress }),
    ).toThrow(/controlWins/);
  });
});
