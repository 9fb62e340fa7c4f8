/**
 * The benchmark's world: what the streams look like, which changes are tested, and the seeds.
 */
import type { StreamFacts } from './detectors.js';
import type { BenchmarkNoise } from './simulate.js';

const TRADES_PER_YEAR = 252;
const BASELINE_SHARPE_ANNUAL = 1.5;
/**
 * Returns are fractions of capital with σ = 1% per trade. Only the policy's 15% drawdown line and
 * the naive rule's depend on this scale (15% is 15 trade-sized moves); every statistical detector
 * is scale-free.
 */
const RETURN_SCALE = 0.01;

const perTrade = BASELINE_SHARPE_ANNUAL / Math.sqrt(TRADES_PER_YEAR);

/** P(Z > −S) for a standard Gaussian: the backtest win rate a Gaussian model would report. */
function gaussianWinRate(sharpePerTrade: number): number {
  // Φ(x) through erf, by the Abramowitz & Stegun 7.1.26 rational form (error < 1.5e-7).
  const x = sharpePerTrade / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return 0.5 * (1 + Math.sign(x) * erf);
}

/**
 * P(T > −S√2) for Student-t with 4 degrees of freedom (unit-variance noise is T/√2), from its
 * closed-form distribution: F(t) = ½ + (3/8)·u·(1 − u²/12), u = t/√(1 + t²/4).
 */
function studentT4WinRate(sharpePerTrade: number): number {
  const t = sharpePerTrade * Math.SQRT2;
  const u = t / Math.sqrt(1 + (t * t) / 4);
  return 0.5 + (3 / 8) * u * (1 - (u * u) / 12);
}

export const BENCHMARK_FACTS: Record<BenchmarkNoise, StreamFacts> = {
  gaussian: {
    returnScale: RETURN_SCALE,
    tradesPerYear: TRADES_PER_YEAR,
    baselineSharpeAnnual: BASELINE_SHARPE_ANNUAL,
    baselineWinRate: gaussianWinRate(perTrade),
  },
  'student-t4': {
    returnScale: RETURN_SCALE,
    tradesPerYear: TRADES_PER_YEAR,
    baselineSharpeAnnual: BASELINE_SHARPE_ANNUAL,
    baselineWinRate: studentT4WinRate(perTrade),
  },
};

export interface Scenario {
  label: string;
  sharpeAfter: number;
  code: number;
}

/** The changes, at trade 1,000 (the 1,001st trade is the first with the new Sharpe ratio). */
export const CHANGE_AT = 1_000;
export const HORIZON_AFTER_CHANGE = 20_000;
export const SCENARIOS: readonly Scenario[] = [
  { label: '1.5 → 0.5', sharpeAfter: 0.5, code: 1 },
  { label: '1.5 → −1.5', sharpeAfter: -1.5, code: 2 },
];

/** Evaluation and calibration seeds never overlap: calibrate.ts uses only the second. */
export const EVALUATION_SEED = 0x2025_1124;
export const CALIBRATION_SEED = 0x5eed_ca1b;
