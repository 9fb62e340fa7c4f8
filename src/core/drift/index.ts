/**
 * Degradation detection for one model version's live trades. Pure: returns and policy in,
 * alarms and evidence out; no I/O, no clock, no randomness.
 *
 * ## API
 *
 * ```ts
 * const monitor = createDegradationMonitor({
 *   baselineSharpePerTrade: 1.5 / Math.sqrt(252), // e.g. the manifest's backtest Sharpe
 *   baselineWinRate: 0.55,                        // optional: also watch the win rate
 *   policy: { win_rate_drop: 0.1, sharpe_drop: 0.3, consecutive_losses: 5,
 *             max_drawdown: 0.15, tradesPerYear: 252 },
 *   falseAlarms: { criticalEveryTrades: 10_000 }, // optional: designed rates, per severity
 * });
 * for (const trade of tradesInTimeOrder) {
 *   for (const alarm of monitor.update(trade.return)) notify(alarm); // Alarm[]: raised now
 * }
 * monitor.state();  // MonitorState: every check's statistic vs threshold, policy lines, change
 *
 * detectDegradation(returns, config);       // DegradationResult: the same over a whole series,
 *                                           // with `severity` = highest reached or 'healthy'
 * expectedDetectionTrades(config, 0.5);     // ≈ trades from a drop to Sharpe 0.5 to `critical`
 * describeExpectedDetection(config, 0.5, 40);  // "… in about 1,000 trades (about 25 days …)"
 * new RecoveryTracker(windowFor).standing(n);  // severity still standing after its last alarm
 * ```
 *
 * Returns are fractions of capital, as recorded; the monitor estimates their scale σ itself
 * (running standard deviation, after a 30-trade warm-up that is then replayed).
 *
 * ## Severities and rules
 *
 * | severity | rule              | fires when                                                | designed false alarms          |
 * |----------|-------------------|-----------------------------------------------------------|--------------------------------|
 * | warning  | `sequential-test` | Shiryaev–Roberts mixture ≥ 2,000                          | ≤ 1 per 2,000 trades           |
 * | warning  | `losing-streak`   | streak ≥ max(policy, rarer than 1 per 10,000 trades)      | 1 per 10,000 trades            |
 * | warning  | `policy-drawdown` | compounded equity ≥ policy.max_drawdown below its peak     | human line; its chance is told |
 * | critical | `sequential-test` | Shiryaev–Roberts mixture ≥ 10,000, after ≥ 50 trades      | ≤ 1 per 10,000 trades          |
 * | severe   | `drawdown`        | drawdown ≥ max(20σ, 1-in-a-million depth), ≥ 50 trades    | 1 per 1,000,000 trades         |
 * | severe   | `losing-streak`   | streak rarer than 1 per 1,000,000 trades, ≥ 50 trades     | 1 per 1,000,000 trades         |
 *
 * `warning` tells a human; `critical` proposes a rollback; `severe` is an unmistakable collapse,
 * eligible for automatic rollback where a user turns that on. A severe alarm is at least as
 * grave as a critical one: "critical or above" is the rollback signal.
 *
 * ## Design, and why
 *
 * - **The sequential test** weighs the baseline against two alternatives at once, "the edge is
 *   mostly lost" (Sharpe → a third of the baseline) and "the edge reversed" (Sharpe → minus the
 *   baseline), plus "the win rate fell by win_rate_drop" when a baseline win rate is known. It is
 *   a weighted mixture of Shiryaev–Roberts statistics R ← (1 + R)·LR on standardised returns
 *   (clipped at ±5σ, and per alternative so that no trade moves the log-likelihood ratio by more
 *   than ~1: Huber's censoring). Why Shiryaev–Roberts rather than a bank of CUSUMs or a GLR:
 *   each R − n is a martingale under the baseline, so the mixture's mean time to a false alarm
 *   is at least its threshold, whatever the correlation between the alternatives; the threshold
 *   *is* the designed rate, for every baseline, with no simulation-tuned constants. A mixture is
 *   faster than either alternative alone between them, whereas a GLR over every drop size pays
 *   for its generality with a higher threshold, and the targets leave little room: the oracle
 *   CUSUM needs ~245 trades for a reversal against a 260 target. After an alarm a level starts
 *   afresh. A companion CUSUM per alternative estimates when the change began.
 * - **Deep drawdowns are calibrated against chance**: the drawdown of standardised returns is a
 *   CUSUM with slack = baseline Sharpe, so Siegmund's approximation says how often a healthy
 *   model reaches a given depth. (The same CUSUM, in likelihood units, is the "edge reversed"
 *   alternative's: the sequential test already weighs drawdowns; the severe rule asks for one
 *   a hundred times rarer than its critical level.)
 * - **Losing streaks are calibrated against chance**: a streak of L with loss probability q starts
 *   once per 1/((1−q)·q^L) trades; q is the baseline's, or a 97.5% upper bound from live trades.
 *   Five losses in a row happen every ~99 trades to a 55% model, so the policy's 5 is a floor for
 *   the warning, never the warning itself.
 * - **Minimum samples**: nothing statistical before 30 trades; nothing critical or severe before 50.
 *
 * bench/drift/README.md measures all of this against river's CUSUM and Page-Hinkley, the seed's
 * naive rule and an oracle CUSUM that knows the change, on Gaussian and Student-t returns.
 */
export {
  createDegradationMonitor,
  detectDegradation,
  SEVERITIES,
  type Alarm,
  type AlarmSummary,
  type AlternativeId,
  type Baseline,
  type ChangeEstimate,
  type CheckStatus,
  type DegradationMonitor,
  type DegradationResult,
  type DriftThresholds,
  type MonitorConfig,
  type MonitorState,
  type PolicyCheck,
  type RuleName,
  type Severity,
} from './monitor.js';
export {
  expectedDetectionTrades,
  describeExpectedDetection,
  cusumDelayFromZero,
} from './expected-delay.js';
export {
  cusumAverageRunLength,
  cusumThreshold,
  describeRate,
  drawdownDepthForRate,
  formatCount,
  losingStreakForRate,
  probabilityOfLosingStreak,
  tradesBetweenDrawdowns,
  tradesBetweenLosingStreaks,
  wilsonUpperBound,
} from './chance.js';
export { RECOVERY_WHY, RecoveryTracker, recoveryWindow } from './recovery.js';
export { DEFAULT_FALSE_ALARMS, type FalseAlarmDesign } from './design.js';
