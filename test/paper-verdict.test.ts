import { describe, expect, it } from 'vitest';
import {
  measureShortfall,
  minimumTrackRecordLength,
  paperVerdict,
  probabilisticSharpeRatio,
  type PaperVerdict,
  type PaperVerdictInput,
} from '../src/core/abtest/paper.js';

/** mulberry32: small, seeded, good enough to draw test returns. */
function seededUniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Box–Muller on the seeded uniforms. */
function seededGaussian(seed: number): () => number {
  const uniform = seededUniform(seed);
  return () => {
    const u = 1 - uniform(); // (0, 1]: log(0) would be -Infinity
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
}

/** σ = 1% of capital per trade; returns with the given per-trade Sharpe ratio. */
const SCALE = 0.01;
function returns(seed: number, trades: number, sharpePerTrade: number): number[] {
  const gaussian = seededGaussian(seed);
  return Array.from({ length: trades }, () => SCALE * (sharpePerTrade + gaussian()));
}

/** Production and paper on the same signals: a shared market move plus each version's own noise. */
function pairedReturns(
  seed: number,
  signals: number,
  correlation: number,
  productionSharpe: number,
  paperSharpe: number,
): { paper: number[]; production: number[] } {
  const gaussian = seededGaussian(seed);
  const paper: number[] = [];
  const production: number[] = [];
  for (let i = 0; i < signals; i++) {
    const shared = gaussian();
    const own = gaussian();
    production.push(SCALE * (productionSharpe + shared));
    paper.push(
      SCALE * (paperSharpe + correlation * shared + Math.sqrt(1 - correlation ** 2) * own),
    );
  }
  return { paper, production };
}

/** Every number anywhere in the verdict is finite: no NaN, no Infinity. */
function expectAllFinite(value: unknown): void {
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  else if (value && typeof value === 'object') Object.values(value).forEach(expectAllFinite);
}

function verdict(input: PaperVerdictInput): PaperVerdict {
  const result = paperVerdict(input);
  expectAllFinite(result);
  return result;
}

// A small fixed sample, and one with two large losses among small gains (strong negative skew,
// fat tails), so the skewness and kurtosis terms matter.
const FIXED = [
  0.012, -0.004, 0.021, 0.003, -0.015, 0.008, 0.017, -0.002, 0.006, -0.011, 0.025, 0.001, -0.007,
  0.014, 0.009, -0.019, 0.004, 0.011, -0.003, 0.03,
];
const SKEWED = [
  0.004, 0.006, 0.005, 0.007, 0.003, -0.045, 0.006, 0.004, 0.008, 0.005, 0.002, 0.006, 0.007, -0.03,
  0.005, 0.004, 0.006, 0.003, 0.007, 0.005,
];

describe('PSR and MinTRL against scipy', () => {
  // Reference values computed with numpy/scipy while developing:
  //   S = r.mean()/r.std(ddof=1); g3 = scipy.stats.skew(r)
  //   g4 = scipy.stats.kurtosis(r, fisher=False)
  //   V = 1 - g3*S + (g4-1)/4*S**2
  //   PSR = scipy.stats.norm.cdf((S-b)*sqrt(n-1)/sqrt(V)); MinTRL = 1 + V*(norm.ppf(c)/(S-b))**2
  it('matches on a small fixed sample', () => {
    const at0 = probabilisticSharpeRatio(FIXED, 0);
    expect(at0.trades).toBe(20);
    expect(at0.sharpe).toBeCloseTo(0.38479518145478764, 12);
    expect(at0.skewness).toBeCloseTo(0.037510117572740594, 12);
    expect(at0.kurtosis).toBeCloseTo(2.4076187337143424, 12);
    expect(at0.psr).toBeCloseTo(0.9501752894063505, 8);
    expect(probabilisticSharpeRatio(FIXED, 0.1).psr).toBeCloseTo(0.8885116932460297, 8);
    expect(probabilisticSharpeRatio(FIXED, 0.2).psr).toBeCloseTo(0.7854541078479569, 8);
    expect(probabilisticSharpeRatio(FIXED, 0.5).psr).toBeCloseTo(0.31101812323857647, 8);

    expect(minimumTrackRecordLength(FIXED, 0)).toBeCloseTo(19.96074115181828, 8);
    expect(minimumTrackRecordLength(FIXED, 0.1, 0.95)).toBeCloseTo(35.613800422044534, 8);
    expect(minimumTrackRecordLength(FIXED, 0.2, 0.99)).toBeCloseTo(165.4478032991862, 7);
  });

  it('charges for negative skew and fat tails', () => {
    const result = probabilisticSharpeRatio(SKEWED, 0);
    expect(result.sharpe).toBeCloseTo(0.06694710658052189, 12);
    expect(result.skewness).toBeCloseTo(-2.7615653962854254, 12);
    expect(result.kurtosis).toBeCloseTo(9.093659941028626, 12);
    expect(result.psr).toBeCloseTo(0.6052902070397242, 8);
    // With normal moments (V = 1 + S²/2) scipy gives 0.6146614168260437: the correction lowers it.
    expect(result.psr!).toBeLessThan(0.6146614168260437);
    expect(probabilisticSharpeRatio(SKEWED, 0.1).psr).toBeCloseTo(0.44754984555491184, 8);
    expect(minimumTrackRecordLength(SKEWED, -0.3)).toBeCloseTo(24.990143214034237, 8);
  });

  it('is one inequality: PSR ≥ c exactly when n ≥ MinTRL', () => {
    // At 20 trades FIXED sits just past MinTRL ≈ 19.96 against 0, and PSR just past 0.95.
    expect(probabilisticSharpeRatio(FIXED, 0).psr!).toBeGreaterThanOrEqual(0.95);
    expect(probabilisticSharpeRatio(FIXED, 0.01).psr!).toBeLessThan(0.95);
    expect(minimumTrackRecordLength(FIXED, 0.01)).toBeGreaterThan(20);
  });

  it('MinTRL is Infinity when the Sharpe ratio does not beat the benchmark or is undefined', () => {
    expect(minimumTrackRecordLength(FIXED, 0.5)).toBe(Infinity);
    expect(minimumTrackRecordLength(FIXED, 0.38479518145478764)).toBe(Infinity);
    expect(minimumTrackRecordLength([], 0)).toBe(Infinity);
    expect(minimumTrackRecordLength([0.01, 0.01, 0.01], 0)).toBe(Infinity);
    expect(() => minimumTrackRecordLength(FIXED, 0, 1)).toThrow(RangeError);
  });

  it('PSR is null, never NaN, where it is undefined', () => {
    expect(probabilisticSharpeRatio([], 0)).toEqual({
      psr: null,
      sharpe: null,
      skewness: null,
      kurtosis: null,
      trades: 0,
    });
    expect(probabilisticSharpeRatio([0.01], 0).psr).toBeNull();
    expect(probabilisticSharpeRatio(Array<number>(50).fill(0.01), 0).psr).toBeNull();
    expect(probabilisticSharpeRatio([0.01, Number.NaN, 0.02], 0).psr).toBeNull();
  });
});

describe('the unpaired verdict against production live', () => {
  it('calls a clearly better paper version ready', () => {
    const result = verdict({
      paper: returns(1, 500, 0.25),
      production: returns(2, 500, 0),
      shortfallPerTrade: 0.01,
      tradesPerYear: 252,
    });
    expect(result.verdict).toBe('ready');
    expect(result.method).toBe('unpaired');
    expect(result.benchmark.source).toBe('production live');
    expect(result.psr!).toBeGreaterThanOrEqual(0.95);
    expect(result.trades).toBeGreaterThanOrEqual(result.minTrackRecord!);
    expect(result.paperSharpe.annualised).toBeCloseTo(
      result.paperSharpe.perTrade! * Math.sqrt(252),
    );
    expect(result.reason).toMatch(/^Ready: paper Sharpe .* against production's live .* MinTRL/);
    expect(result.reason).toContain('shortfall of 0.01 per trade was subtracted');
  });

  it('calls a worse one not ready', () => {
    const result = verdict({
      paper: returns(3, 500, 0),
      production: returns(4, 500, 0.25),
      shortfallPerTrade: 0,
    });
    expect(result.verdict).toBe('not-ready');
    expect(result.psr!).toBeLessThanOrEqual(0.05);
    expect(result.minTrackRecord).toBeNull(); // it would never become ready at these estimates
    expect(result.reason).toMatch(/^Not ready: .* production is credibly better/);
  });

  it("includes production's own sampling error: identical versions are rarely called ready", () => {
    // Both at Sharpe 0.1 over 200 trades, 2,000 seeded runs. Treating production's estimate as
    // exact (one-sample PSR against it) calls about 12% of them ready; the two-sample test about
    // the designed 5% (4.7% over 4,000 runs while developing).
    let readyTwoSample = 0;
    let readyOneSample = 0;
    const runs = 2_000;
    for (let run = 0; run < runs; run++) {
      const paper = returns(100_000 + run, 200, 0.1);
      const production = returns(150_000 + run, 200, 0.1);
      if (paperVerdict({ paper, production, shortfallPerTrade: 0 }).verdict === 'ready') {
        readyTwoSample++;
      }
      const productionSharpe = probabilisticSharpeRatio(production, 0).sharpe!;
      if (probabilisticSharpeRatio(paper, productionSharpe).psr! >= 0.95) readyOneSample++;
    }
    expect(readyTwoSample / runs).toBeLessThan(0.065);
    expect(readyOneSample / runs).toBeGreaterThan(0.09);
  });
});

describe('the verdict against production backtest', () => {
  it('falls back to the backtest when production has too few live trades', () => {
    const paper = returns(5, 400, 0.2);
    const result = verdict({
      paper,
      production: returns(6, 12, 0),
      productionBacktestSharpePerTrade: 0.05,
      shortfallPerTrade: 0,
    });
    expect(result.method).toBe('against-backtest');
    expect(result.benchmark).toEqual({ perTrade: 0.05, source: 'production backtest' });
    expect(result.reason).toContain('production has only 12 live trades');
    // Against a fixed benchmark it is exactly Bailey's PSR and MinTRL.
    expect(result.psr).toBeCloseTo(probabilisticSharpeRatio(paper, 0.05).psr!, 12);
    expect(result.minTrackRecord).toBeCloseTo(minimumTrackRecordLength(paper, 0.05), 9);
  });

  it('leaves a marginal version inconclusive, with the trades MinTRL still asks for', () => {
    const paper = returns(7, 200, 0.1);
    const result = verdict({ paper, productionBacktestSharpePerTrade: 0.05 });
    expect(result.verdict).toBe('inconclusive');
    expect(result.psr!).toBeGreaterThan(0.05);
    expect(result.psr!).toBeLessThan(0.95);
    expect(result.minTrackRecord!).toBeGreaterThan(result.trades);
    expect(result.moreTrades).toEqual({
      count: Math.ceil(result.minTrackRecord!) - result.trades,
      toward: 'ready',
    });
    expect(result.reason).toContain(
      `about ${result.moreTrades!.count.toLocaleString('en-US')} more trades`,
    );
    expect(result.reason).toContain('no paper-to-live shortfall has been measured');
  });
});

describe('the paper-to-live shortfall', () => {
  const paper = returns(8, 600, 0.2);
  const input = { paper, productionBacktestSharpePerTrade: 0.1 };

  it('is measured as paper Sharpe minus live Sharpe, on at least 30 trades each side', () => {
    const paperRun = returns(9, 300, 0.2);
    const liveRun = returns(10, 250, 0.15);
    const measured = measureShortfall(paperRun, liveRun)!;
    expect(measured.perTrade).toBeCloseTo(
      probabilisticSharpeRatio(paperRun, 0).sharpe! - probabilisticSharpeRatio(liveRun, 0).sharpe!,
      12,
    );
    expect(measured).toMatchObject({ paperTrades: 300, liveTrades: 250 });
    expect(measureShortfall(paperRun, liveRun.slice(0, 29))).toBeNull();
    expect(measureShortfall(Array<number>(40).fill(0.01), liveRun)).toBeNull();
  });

  it('lowers the paper Sharpe and can turn ready into inconclusive', () => {
    const without = verdict({ ...input, shortfallPerTrade: 0 });
    const withShortfall = verdict({ ...input, shortfallPerTrade: 0.08 });
    expect(without.verdict).toBe('ready');
    expect(withShortfall.verdict).toBe('inconclusive');
    expect(withShortfall.paperSharpe.afterShortfall).toBeCloseTo(
      withShortfall.paperSharpe.perTrade! - 0.08,
      12,
    );
    expect(withShortfall.psr!).toBeLessThan(without.psr!);
    // Subtracting it from the paper Sharpe is the same as adding it to the benchmark.
    expect(withShortfall.psr).toBeCloseTo(probabilisticSharpeRatio(paper, 0.18).psr!, 12);
    expect(withShortfall.shortfall).toBe(0.08);
    expect(withShortfall.reason).toContain('after shortfall');
    expect(withShortfall.reason).toContain('shortfall of 0.08 per trade was subtracted');
  });

  it('is not credited when negative, and is reported as unmeasured when null', () => {
    const credited = verdict({ ...input, shortfallPerTrade: -0.05 });
    const unmeasured = verdict({ ...input, shortfallPerTrade: null });
    expect(credited.psr).toBe(unmeasured.psr);
    expect(credited.paperSharpe.afterShortfall).toBe(credited.paperSharpe.perTrade);
    expect(credited.reason).toContain('shortfall of -0.05 (live beat paper) was not credited');
    expect(unmeasured.paperSharpe.afterShortfall).toBeNull();
    expect(unmeasured.shortfall).toBeNull();
  });

  it('raises the bar for the paired differences too', () => {
    const pairs = pairedReturns(11, 400, 0.9, 0.05, 0.15);
    const without = verdict({ paper: pairs.paper, paired: pairs, shortfallPerTrade: 0 });
    const withShortfall = verdict({ paper: pairs.paper, paired: pairs, shortfallPerTrade: 0.05 });
    expect(without.benchmark.perTrade).toBe(0);
    expect(withShortfall.benchmark.perTrade).toBeGreaterThan(0);
    expect(withShortfall.psr!).toBeLessThan(without.psr!);
    expect(withShortfall.reason).toContain('for the shortfall');
  });
});

describe('the paired verdict', () => {
  it('tests the mean difference on shared signals against 0', () => {
    const pairs = pairedReturns(12, 300, 0.9, 0.05, 0.2);
    const result = verdict({
      paper: pairs.paper,
      production: pairs.production,
      paired: pairs,
      shortfallPerTrade: 0,
    });
    expect(result.method).toBe('paired');
    expect(result.benchmark).toEqual({ perTrade: 0, source: 'paired differences' });
    expect(result.verdict).toBe('ready');
    const differences = pairs.paper.map((p, i) => p - pairs.production[i]!);
    expect(result.psr).toBeCloseTo(probabilisticSharpeRatio(differences, 0).psr!, 12);
    expect(result.reason).toMatch(/^Ready: on 300 shared signals .* meet MinTRL \d+/);
  });

  it('calls a worse version not ready on shared signals', () => {
    const pairs = pairedReturns(13, 300, 0.9, 0.2, 0.05);
    const result = verdict({ paper: pairs.paper, paired: pairs, shortfallPerTrade: 0 });
    expect(result.verdict).toBe('not-ready');
  });

  it('reaches a verdict on many fewer trades than the unpaired comparison of the same edge', () => {
    // Production at Sharpe 0.05, paper at 0.15 per trade, correlation 0.9 on shared signals.
    // Theory: Var(d) = 2σ²(1 − ρ) = 0.2σ², against 2σ² for two independent Sharpe estimates,
    // so the paired comparison needs about a tenth of the trades.
    const firstReady = (series: (n: number) => PaperVerdictInput): number => {
      for (let n = 30; n <= 6_000; n += 10) {
        if (paperVerdict(series(n)).verdict === 'ready') return n;
      }
      return Infinity;
    };
    const pairedFirst: number[] = [];
    const unpairedFirst: number[] = [];
    const minTrackRatios: number[] = [];
    for (const seed of [21, 22, 23, 24, 25]) {
      const all = pairedReturns(seed, 6_000, 0.9, 0.05, 0.15);
      const slice = (n: number) => ({
        paper: all.paper.slice(0, n),
        production: all.production.slice(0, n),
      });
      pairedFirst.push(
        firstReady((n) => ({ paper: slice(n).paper, paired: slice(n), shortfallPerTrade: 0 })),
      );
      unpairedFirst.push(firstReady((n) => ({ ...slice(n), shortfallPerTrade: 0 })));
      const full = { ...slice(6_000), shortfallPerTrade: 0 };
      const paired = verdict({ ...full, paired: slice(6_000) });
      const unpaired = verdict(full);
      minTrackRatios.push(unpaired.minTrackRecord! / paired.minTrackRecord!);
    }
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[2]!;
    expect(median(unpairedFirst)).toBeLessThan(Infinity);
    expect(median(unpairedFirst) / median(pairedFirst)).toBeGreaterThanOrEqual(3);
    for (const ratio of minTrackRatios) expect(ratio).toBeGreaterThanOrEqual(3);
  });

  it('falls back to unpaired when shared signals are too few but production has enough', () => {
    const pairs = pairedReturns(14, 20, 0.9, 0.05, 0.15);
    const result = verdict({
      paper: returns(15, 300, 0.15),
      production: returns(16, 300, 0.05),
      paired: pairs,
    });
    expect(result.method).toBe('unpaired');
    expect(result.reason).toContain('20 shared signals are too few to pair');
  });

  it('rejects misaligned pairs as a caller bug', () => {
    expect(() => paperVerdict({ paper: [], paired: { paper: [0.01], production: [] } })).toThrow(
      RangeError,
    );
  });
});

describe('degenerate input', () => {
  it('gives inconclusive with an honest reason, never NaN', () => {
    const backtest = { productionBacktestSharpePerTrade: 0.05 };

    const empty = verdict({ paper: [], ...backtest });
    expect(empty).toMatchObject({
      verdict: 'inconclusive',
      psr: null,
      trades: 0,
      moreTrades: null,
    });
    expect(empty.paperSharpe).toEqual({ perTrade: null, annualised: null, afterShortfall: null });
    expect(empty.reason).toContain('has 0 trades, too few for a Sharpe ratio');

    const single = verdict({ paper: [0.02], ...backtest });
    expect(single.verdict).toBe('inconclusive');

    const constant = verdict({ paper: Array<number>(50).fill(0.01), ...backtest });
    expect(constant.verdict).toBe('inconclusive');
    expect(constant.reason).toContain('50 returns are all the same');

    const notFinite = verdict({ paper: [0.01, Number.NaN, 0.02, -0.01], ...backtest });
    expect(notFinite.reason).toContain('not finite');

    const pairs = pairedReturns(17, 100, 0.9, 0.1, 0.1);
    const identical = verdict({
      paper: pairs.paper,
      paired: { paper: pairs.paper, production: pairs.paper },
    });
    expect(identical).toMatchObject({ verdict: 'inconclusive', method: 'paired', psr: null });
    expect(identical.reason).toContain('is the same on all 100 shared signals');

    const noBenchmark = verdict({ paper: returns(18, 300, 0.3), production: returns(19, 10, 0) });
    expect(noBenchmark.verdict).toBe('inconclusive');
    expect(noBenchmark.reason).toContain(
      'there is no benchmark: production has only 10 live trades',
    );

    // A constant production series has no Sharpe ratio to compare with: the backtest is used.
    const flatProduction = verdict({
      paper: returns(20, 300, 0.3),
      production: Array<number>(300).fill(0),
      ...backtest,
    });
    expect(flatProduction.method).toBe('against-backtest');
    expect(flatProduction.reason).toContain("production's live Sharpe ratio is undefined");
  });

  it('waits for 30 trades whatever the numbers say, and says how many more', () => {
    const paper = returns(26, 12, 1.5); // a huge edge on 12 trades
    const result = verdict({ paper, productionBacktestSharpePerTrade: 0 });
    expect(result.verdict).toBe('inconclusive');
    expect(result.psr!).toBeGreaterThan(0.95);
    expect(result.moreTrades).toEqual({ count: 18, toward: 'ready' });
    expect(result.reason).toContain('12 trades are fewer than the 30 any verdict needs');

    const fewPairs = pairedReturns(27, 12, 0.9, 0.05, 0.15);
    const pairedResult = verdict({ paper: fewPairs.paper, paired: fewPairs });
    expect(pairedResult).toMatchObject({ verdict: 'inconclusive', method: 'paired', trades: 12 });
    expect(pairedResult.moreTrades!.count).toBeGreaterThanOrEqual(18);
  });

  it('rejects a confidence outside (0.5, 1)', () => {
    expect(() => paperVerdict({ paper: FIXED, confidence: 1.2 })).toThrow(RangeError);
    expect(() => paperVerdict({ paper: FIXED, confidence: 0.5 })).toThrow(RangeError);
  });
});
