import { cusumThreshold, formatCount } from './chance.js';
import { DEFAULT_FALSE_ALARMS, MEAN_ALTERNATIVES, WIN_RATE_WEIGHT } from './design.js';
import type { MonitorConfig } from './monitor.js';

const SIEGMUND_OVERSHOOT = 1.166;

/**
 * Expected trades from the start of a degradation to the sequential test's critical alarm, when
 * the Sharpe ratio falls from the baseline to `newSharpeAnnual` and the return scale stays put.
 * Infinity when the new Sharpe ratio is not below the baseline.
 *
 * How: each alternative of the Shiryaev–Roberts mixture behaves like a CUSUM tuned to the same
 * drop, with the same false-alarm rate as its share of the mixture (Pollak & Siegmund: the two
 * procedures are near-equivalent). For that CUSUM, in the diffusion approximation with
 * Siegmund's boundary correction, the mean time to cross b = h + 1.166 from level x under drift
 * μ (per trade, unit variance) is (b − x)/μ + (e^{−2μb} − e^{−2μx})/(2μ²). It is taken from
 * x = 0, the worst case: how far the statistic has moved before a change depends on how long
 * the monitor has run (at high trade rates, tens of thousands of trades), so the estimate errs
 * on the slow side rather than promise what the data cannot deliver. The fastest alternative
 * sets the delay. It ignores the win-rate alternative and the severe rules, which can only make
 * detection faster.
 */
export function expectedDetectionTrades(config: MonitorConfig, newSharpeAnnual: number): number {
  const perYear = config.policy.tradesPerYear;
  const s0 = config.baselineSharpePerTrade;
  const drop = s0 - newSharpeAnnual / Math.sqrt(perYear);
  if (!(drop > 0)) return Infinity;
  const tradesPerAlarm =
    config.falseAlarms?.criticalEveryTrades ?? DEFAULT_FALSE_ALARMS.criticalEveryTrades;
  const meanShare = config.baselineWinRate === undefined ? 1 : 1 - WIN_RATE_WEIGHT;
  let best = Infinity;
  for (const alternative of MEAN_ALTERNATIVES) {
    const tunedDrop = s0 * (1 - alternative.sharpeFraction);
    const slack = tunedDrop / 2;
    const threshold = cusumThreshold(-slack, tradesPerAlarm / (alternative.weight * meanShare));
    best = Math.min(best, cusumDelayFromZero(drop - slack, threshold));
  }
  return best;
}

/**
 * Mean time for a CUSUM (unit-variance steps, threshold `threshold`) to alarm after its steps'
 * mean turns to `drift`, starting from 0: the worst place to be when a change begins, so the
 * estimate errs on the slow side. Measured against the monitor (README): 1.25× the simulated
 * delay at 252 trades a year; 0.92–1.08× at 8,742 trades a year, where a monitor takes tens of
 * thousands of trades to forget its start.
 */
export function cusumDelayFromZero(drift: number, threshold: number): number {
  const b = threshold + SIEGMUND_OVERSHOOT;
  if (Math.abs(drift) < 1e-6) return b * b; // Brownian exit time from [0, b) started at 0
  return b / drift + Math.expm1(-2 * drift * b) / (2 * drift * drift);
}

/**
 * "A drop of the annual Sharpe ratio from 1.50 to 0.50 is detected in about 1,000 trades (about
 * 10 days at 100 trades a day)": what the data can and cannot tell, in the user's units.
 */
export function describeExpectedDetection(
  config: MonitorConfig,
  newSharpeAnnual: number,
  tradesPerDay?: number,
): string {
  const baselineAnnual = config.baselineSharpePerTrade * Math.sqrt(config.policy.tradesPerYear);
  const from = `from ${baselineAnnual.toFixed(2)} to ${newSharpeAnnual.toFixed(2)}`;
  const trades = expectedDetectionTrades(config, newSharpeAnnual);
  if (!Number.isFinite(trades)) return `A Sharpe ratio ${from} is not a drop: nothing to detect.`;
  const rounded = Number(trades.toPrecision(2));
  let text = `A drop of the annual Sharpe ratio ${from} is detected in about ${formatCount(rounded)} trades`;
  if (tradesPerDay !== undefined && tradesPerDay > 0) {
    const days = trades / tradesPerDay;
    const span =
      days < 2
        ? `${formatCount(Number((days * 24).toPrecision(2)))} hours`
        : days < 120
          ? `${formatCount(Number(days.toPrecision(2)))} days`
          : `${formatCount(Number((days / 365.25).toPrecision(2)))} years`;
    const rate = `${formatCount(tradesPerDay)} trade${tradesPerDay === 1 ? '' : 's'} a day`;
    text += ` (about ${span} at ${rate})`;
  }
  return `${text}.`;
}
