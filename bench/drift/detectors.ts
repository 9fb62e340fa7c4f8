/**
 * The detectors compared by the benchmark, each written from its published definition. Every
 * detector sees the same per-trade returns (fractions of capital) and says, trade by trade,
 * whether it alarms; after an alarm the benchmark starts a fresh instance (a restart).
 */
import {
  createDegradationMonitor,
  type DegradationMonitor,
  type MonitorConfig,
  type Severity,
} from '../../src/core/drift/index.js';

export interface Detector {
  /** Feed one trade's return; true when the detector alarms at this trade. */
  update(tradeReturn: number): boolean;
}

export interface StreamFacts {
  /** Standard deviation of one trade's return (fraction of capital). */
  returnScale: number;
  tradesPerYear: number;
  /** The manifest's claim: annual Sharpe ratio of the backtest. */
  baselineSharpeAnnual: number;
  /** The manifest's backtest win rate (used by the naive rule and the win-rate variant). */
  baselineWinRate: number;
}

export interface DetectorSpec {
  name: string;
  /** Short note for the table: what it knows, how it was tuned. */
  note: string;
  create(facts: StreamFacts): Detector;
}

/**
 * The seed proposal's naive rule (PROPOSAL.md, "Alert Thresholds"), over a rolling window of the
 * last 50 trades: alert when the window's win rate is below the baseline's minus 0.10, or its
 * annualised Sharpe ratio is below the baseline's minus 0.3, or after 5 losses in a row, or when
 * compounded equity is 15% below its peak since the (re)start. Win rate and Sharpe are judged only
 * on a full window.
 */
export class NaiveRollingRule implements Detector {
  private static readonly WINDOW = 50;
  private readonly window = new Float64Array(NaiveRollingRule.WINDOW);
  private count = 0;
  private sum = 0;
  private sumSquares = 0;
  private wins = 0;
  private streak = 0;
  private logEquity = 0;
  private peakLogEquity = 0;

  constructor(private readonly facts: StreamFacts) {}

  update(r: number): boolean {
    const size = NaiveRollingRule.WINDOW;
    const slot = this.count % size;
    if (this.count >= size) {
      const old = this.window[slot] ?? 0;
      this.sum -= old;
      this.sumSquares -= old * old;
      if (old > 0) this.wins--;
    }
    this.window[slot] = r;
    this.count++;
    this.sum += r;
    this.sumSquares += r * r;
    if (r > 0) {
      this.wins++;
      this.streak = 0;
    } else if (r < 0) this.streak++;
    this.logEquity += Math.log1p(r);
    this.peakLogEquity = Math.max(this.peakLogEquity, this.logEquity);

    if (this.streak >= 5) return true;
    if (-Math.expm1(this.logEquity - this.peakLogEquity) >= 0.15) return true;
    if (this.count < size) return false;
    if (this.wins / size < this.facts.baselineWinRate - 0.1) return true;
    const mean = this.sum / size;
    const variance = (this.sumSquares - size * mean * mean) / (size - 1);
    const sharpeAnnual = (mean / Math.sqrt(variance)) * Math.sqrt(this.facts.tradesPerYear);
    return sharpeAnnual < this.facts.baselineSharpeAnnual - 0.3;
  }
}

/**
 * Two-sided tabular CUSUM (Page 1954) as river implements it (river/drift/cusum.py, defaults
 * min_instances = 30, slack = 0.5, threshold = 5, mode "both"): the reference mean and standard
 * deviation are estimated on the first 30 samples and frozen; S⁺ = max(0, S⁺ + x − μ − kσ),
 * S⁻ = max(0, S⁻ − (x − μ) − kσ); drift when either exceeds hσ.
 */
export class RiverCusum implements Detector {
  private n = 0;
  private mean = 0;
  private sumSquaredDeviations = 0;
  private reference: number | null = null;
  private sigma = 0;
  private increase = 0;
  private decrease = 0;

  constructor(
    private readonly scale: number,
    private readonly minInstances = 30,
    private readonly slack = 0.5,
    private readonly threshold = 5,
  ) {}

  update(r: number): boolean {
    const x = r / this.scale;
    this.n++;
    const delta = x - this.mean;
    this.mean += delta / this.n;
    this.sumSquaredDeviations += delta * (x - this.mean);
    if (this.n < this.minInstances) return false;
    if (this.reference === null) {
      this.reference = this.mean;
      this.sigma = Math.sqrt(this.sumSquaredDeviations / (this.n - 1)); // river's Var: ddof = 1
    }
    const k = this.slack * this.sigma;
    const limit = this.threshold * this.sigma;
    const deviation = x - this.reference;
    this.increase = Math.max(0, this.increase + deviation - k);
    this.decrease = Math.max(0, this.decrease - deviation - k);
    return this.increase > limit || this.decrease > limit;
  }
}

/**
 * Page-Hinkley test as river implements it (river/drift/page_hinkley.py, defaults
 * min_instances = 30, delta = 0.005, threshold λ = 50, alpha = 1 − 1e-4, mode "both"):
 * with x̄ the running mean of the samples since the (re)start and dev = x − x̄,
 * S⁺ ← α·S⁺ + dev − δ and S⁻ ← α·S⁻ + dev + δ; drift when S⁺ − min S⁺ > λ or max S⁻ − S⁻ > λ.
 * Fed standardised returns (return / σ).
 */
export class PageHinkley implements Detector {
  private n = 0;
  private mean = 0;
  private sumIncrease = 0;
  private sumDecrease = 0;
  private minIncrease = Infinity;
  private maxDecrease = -1; // river's initial value

  constructor(
    private readonly scale: number,
    private readonly threshold = 50,
    private readonly mode: 'both' | 'down' = 'both',
    private readonly delta = 0.005,
    private readonly alpha = 1 - 0.0001,
    private readonly minInstances = 30,
  ) {}

  update(r: number): boolean {
    const x = r / this.scale;
    this.n++;
    this.mean += (x - this.mean) / this.n;
    const deviation = x - this.mean;
    this.sumIncrease = this.alpha * this.sumIncrease + deviation - this.delta;
    this.sumDecrease = this.alpha * this.sumDecrease + deviation + this.delta;
    if (this.sumIncrease < this.minIncrease) this.minIncrease = this.sumIncrease;
    if (this.sumDecrease > this.maxDecrease) this.maxDecrease = this.sumDecrease;
    if (this.n < this.minInstances) return false;
    const down = this.maxDecrease - this.sumDecrease > this.threshold;
    if (this.mode === 'down') return down;
    return down || this.sumIncrease - this.minIncrease > this.threshold;
  }
}

/**
 * One-sided CUSUM for a drop in the mean (Page 1954), told the true before and after means and
 * the true σ: with z = r/σ − μ₀/σ and drop δ (in σ), S ← max(0, S − z − δ/2), alarm when S > h.
 * This is Lorden's (1971) and Moustakides' (1986) optimal detector for exactly that change.
 */
export class OracleCusum implements Detector {
  private statistic = 0;
  private readonly reference: number;

  constructor(
    private readonly scale: number,
    baselineSharpePerTrade: number,
    private readonly drop: number,
    private readonly threshold: number,
  ) {
    this.reference = baselineSharpePerTrade - drop / 2;
  }

  update(r: number): boolean {
    this.statistic = Math.max(0, this.statistic - r / this.scale + this.reference);
    return this.statistic > this.threshold;
  }
}

/** modelgate's monitor, alarming when any rule reaches `level` or above. */
export class ModelgateLevel implements Detector {
  private readonly monitor: DegradationMonitor;
  private readonly rank: number;

  constructor(config: MonitorConfig, level: Severity) {
    this.monitor = createDegradationMonitor(config);
    this.rank = RANK[level];
  }

  update(r: number): boolean {
    const alarms = this.monitor.update(r);
    for (const alarm of alarms) if (RANK[alarm.severity] >= this.rank) return true;
    return false;
  }
}

const RANK: Record<Severity, number> = { warning: 0, critical: 1, severe: 2 };

/**
 * Thresholds tuned by `npx tsx bench/drift/calibrate.ts` on the calibration seed, which the
 * evaluation run never uses: each for 1 false alarm per 10,000 healthy Gaussian trades.
 */
export const TUNED = {
  oracleSmallDropThreshold: 49,
  oracleLargeDropThreshold: 26.31,
  pageHinkleyDownThreshold: 90.44,
};

export function monitorConfig(facts: StreamFacts, withWinRate: boolean): MonitorConfig {
  return {
    baselineSharpePerTrade: facts.baselineSharpeAnnual / Math.sqrt(facts.tradesPerYear),
    ...(withWinRate ? { baselineWinRate: facts.baselineWinRate } : {}),
    policy: {
      win_rate_drop: 0.1,
      sharpe_drop: 0.3,
      consecutive_losses: 5,
      max_drawdown: 0.15,
      tradesPerYear: facts.tradesPerYear,
    },
  };
}

/** Every detector in the benchmark, in table order. */
export function detectorSpecs(
  sharpeAfterSmallDrop: number,
  sharpeAfterLargeDrop: number,
): DetectorSpec[] {
  const perTrade = (facts: StreamFacts, annual: number): number =>
    annual / Math.sqrt(facts.tradesPerYear);
  const drop = (facts: StreamFacts, after: number): number =>
    perTrade(facts, facts.baselineSharpeAnnual) - perTrade(facts, after);
  return [
    {
      name: 'naive seed rule (window 50)',
      note: 'PROPOSAL.md thresholds',
      create: (f) => new NaiveRollingRule(f),
    },
    {
      name: 'river CUSUM (defaults)',
      note: 'k 0.5σ, h 5σ, 30 warm-up',
      create: (f) => new RiverCusum(f.returnScale),
    },
    {
      name: 'river Page-Hinkley (defaults)',
      note: 'δ 0.005, λ 50, α 1−1e-4',
      create: (f) => new PageHinkley(f.returnScale),
    },
    {
      name: 'Page-Hinkley, tuned',
      note: `down only, λ ${TUNED.pageHinkleyDownThreshold}`,
      create: (f) => new PageHinkley(f.returnScale, TUNED.pageHinkleyDownThreshold, 'down'),
    },
    {
      name: `oracle CUSUM for → ${sharpeAfterSmallDrop}`,
      note: `knows σ and both means; h ${TUNED.oracleSmallDropThreshold}`,
      create: (f) =>
        new OracleCusum(
          f.returnScale,
          perTrade(f, f.baselineSharpeAnnual),
          drop(f, sharpeAfterSmallDrop),
          TUNED.oracleSmallDropThreshold,
        ),
    },
    {
      name: `oracle CUSUM for → ${sharpeAfterLargeDrop}`,
      note: `knows σ and both means; h ${TUNED.oracleLargeDropThreshold}`,
      create: (f) =>
        new OracleCusum(
          f.returnScale,
          perTrade(f, f.baselineSharpeAnnual),
          drop(f, sharpeAfterLargeDrop),
          TUNED.oracleLargeDropThreshold,
        ),
    },
    {
      name: 'modelgate warning',
      note: 'baseline Sharpe only',
      create: (f) => new ModelgateLevel(monitorConfig(f, false), 'warning'),
    },
    {
      name: 'modelgate critical',
      note: 'baseline Sharpe only',
      create: (f) => new ModelgateLevel(monitorConfig(f, false), 'critical'),
    },
    {
      name: 'modelgate severe',
      note: 'baseline Sharpe only',
      create: (f) => new ModelgateLevel(monitorConfig(f, false), 'severe'),
    },
    {
      name: 'modelgate critical + win rate',
      note: 'also the baseline win rate',
      create: (f) => new ModelgateLevel(monitorConfig(f, true), 'critical'),
    },
  ];
}
