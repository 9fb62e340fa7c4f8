/**
 * The detector's fixed design: which alternatives the sequential test weighs, how long it waits
 * before judging, and the designed false-alarm rates. Why each number is what it is lives next
 * to it; bench/drift/README.md shows what they buy.
 */

/** Trades between false alarms that each severity is designed for (a healthy model's stream). */
export interface FalseAlarmDesign {
  /** The sequential test's warning level: "have a look". */
  warningEveryTrades: number;
  /** The sequential test's critical level: "propose a rollback". */
  criticalEveryTrades: number;
  /** Each severe rule (deep drawdown, very long losing streak); two rules share the budget. */
  severeEveryTrades: number;
  /** A losing streak worth a human's look (never below the policy's consecutive_losses). */
  streakWarningEveryTrades: number;
}

export const DEFAULT_FALSE_ALARMS: FalseAlarmDesign = {
  warningEveryTrades: 2_000,
  // The Shiryaev–Roberts bound makes this an upper bound on the false-alarm rate.
  criticalEveryTrades: 10_000,
  // Two severe rules at 1 per 1,000,000 each: 0.02 per 10,000 trades by design, five times under
  // the 0.1 that automatic rollback may cost. The margin is for what the design cannot see:
  // Siegmund's approximation is Gaussian, and with heavily skewed returns (a few large losses)
  // deep drawdowns come 2–4× more often than it says (bench/drift/README.md, "robustness").
  severeEveryTrades: 1_000_000,
  streakWarningEveryTrades: 10_000,
};

/**
 * Trades used to estimate the return scale σ before any statistic is computed. They are then
 * replayed through the detectors, so no trade is wasted; 30 is where a sample standard deviation
 * stops being wild (its relative error for Gaussian returns is about 13%).
 */
export const WARM_UP_TRADES = 30;

/**
 * No critical or severe alarm before this many trades: the scale estimate and the win-rate
 * estimate behind the streak rule are still settling, and a rollback on fewer trades than this
 * would be hard to defend to a human. Warnings may come from the end of the warm-up.
 */
export const MIN_TRADES_FOR_CRITICAL = 50;

/**
 * Standardised returns are clipped to ±5 before they enter the sequential test, so that one
 * fat-tailed loss cannot pass for a run of bad trades. A Gaussian trade lands beyond 5σ once in
 * 1.7 million, so the clip costs nothing there; ±5 rather than a tighter ±3 or ±4 because
 * clipping a skewed distribution moves its mean: at ±4 a model with many small losses and a few
 * big wins looks slightly worse than it is (more false alarms), and one with a few big losses
 * looks better (slower detection). ±5 balances the two. The drawdown rules see returns unclipped.
 */
export const WINSOR_LIMIT = 5;

/**
 * Huber's censored likelihood ratio (Huber 1965): no single trade may move an alternative's
 * log-likelihood ratio by more than about this much, so each alternative also clips at
 * 1/drop standard deviations when that is tighter than ±5. That only bites for large drops per
 * trade (per-trade Sharpe ratios above 0.1, i.e. above 1.6 a year at 252 trades): there, the
 * Gaussian likelihood ratio of a 5σ loss is in the hundreds, and with heavy-tailed or skewed
 * returns, where such losses are common, false alarms ran at 2–7 per 10,000 trades instead of 1.
 */
export const LOG_LIKELIHOOD_RATIO_CAP = 1;

/**
 * The severe drawdown is never shallower than 20 trade-sized moves, whatever the baseline: for a
 * model with a high Sharpe ratio per trade the chance-calibrated depth can be only 10σ, which a
 * heavy-tailed model can lose in two or three trades without anything being wrong.
 */
export const SEVERE_DRAWDOWN_FLOOR = 20;

/**
 * The alternatives the sequential test weighs against the baseline, as fractions of the baseline
 * Sharpe ratio, and their prior weights.
 *
 * - "edge mostly lost": Sharpe falls to a third of the baseline (1.5 → 0.5);
 * - "edge reversed": the model now loses as much as it used to win (1.5 → −1.5).
 *
 * Together they bracket the drops that matter: a test tuned to one drop is near-optimal for drops
 * within a factor of about two of it, and the mixture is faster than either alone in between.
 * The smaller drop takes about four times as many trades to see, so it gets the larger weight:
 * on exploration seeds (never the benchmark's evaluation seeds), moving from 0.5/0.5 to 0.7/0.3
 * took the 1.5 → 0.5 delay from about 1,050 to 1,010 trades and the 1.5 → −1.5 one from 228 to
 * 237. Weights below one spread the false-alarm budget: the mixture's bound holds for any
 * weights that sum to one.
 */
export const MEAN_ALTERNATIVES = [
  { id: 'edge-lost', sharpeFraction: 1 / 3, weight: 0.7 },
  { id: 'edge-reversed', sharpeFraction: -1, weight: 0.3 },
] as const;

/**
 * Prior weight of "the win rate fell by the policy's win_rate_drop" when the baseline win rate is
 * known. The mean alternatives share the rest, so the critical level's false-alarm bound is
 * unchanged. The price is log(1/0.8) ≈ 0.22 nats of evidence for the mean alternatives (about
 * 100 trades on a 1.5 → 0.5 drop with Gaussian returns); wins repay it when returns are heavy-
 * tailed, where counting wins is more efficient than averaging returns.
 */
export const WIN_RATE_WEIGHT = 0.2;

/** z-value of the one-sided 97.5% Wilson bound on the loss probability used by streak rules. */
export const LOSS_PROBABILITY_BOUND_Z = 1.959963984540054;
