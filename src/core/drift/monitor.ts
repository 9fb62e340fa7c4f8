import {
  describeRate,
  drawdownDepthForRate,
  formatCount,
  losingStreakForRate,
  tradesBetweenDrawdowns,
  tradesBetweenLosingStreaks,
  wilsonUpperBound,
} from './chance.js';
import {
  DEFAULT_FALSE_ALARMS,
  LOSS_PROBABILITY_BOUND_Z,
  MEAN_ALTERNATIVES,
  MIN_TRADES_FOR_CRITICAL,
  WARM_UP_TRADES,
  WIN_RATE_WEIGHT,
  WINSOR_LIMIT,
  LOG_LIKELIHOOD_RATIO_CAP,
  SEVERE_DRAWDOWN_FLOOR,
  type FalseAlarmDesign,
} from './design.js';

/** The policy's human-readable thresholds (the seed's defaults: 0.10, 0.3, 5, 0.15). */
export interface DriftThresholds {
  /** Alert line for the win rate: baseline − this (a fraction, 0.10 = ten points). */
  win_rate_drop: number;
  /** Alert line for the annualised Sharpe ratio: baseline − this. */
  sharpe_drop: number;
  consecutive_losses: number;
  /** Fall of compounded equity from its peak, as a fraction. */
  max_drawdown: number;
  /** Converts between per-trade and annual Sharpe ratios (Sharpe per trade × √tradesPerYear). */
  tradesPerYear: number;
}

export interface MonitorConfig {
  /** Baseline Sharpe ratio per trade (annual Sharpe / √trades per year), e.g. the backtest's. */
  baselineSharpePerTrade: number;
  /** Baseline win rate (a fraction), when known: adds "the win rate fell" to the sequential test. */
  baselineWinRate?: number;
  policy: DriftThresholds;
  /** Designed trades between false alarms, per severity; the defaults suit most users. */
  falseAlarms?: Partial<FalseAlarmDesign>;
}

export type Severity = 'warning' | 'critical' | 'severe';
export const SEVERITIES: readonly Severity[] = ['warning', 'critical', 'severe'];

/**
 * - `sequential-test`: Shiryaev–Roberts mixture likelihood ratio of the baseline against
 *   "edge mostly lost", "edge reversed" and (with a baseline win rate) "win rate fell";
 * - `drawdown`: drawdown of standardised returns, calibrated against chance;
 * - `losing-streak`: the current run of losses, calibrated against chance;
 * - `policy-drawdown`: the policy's max_drawdown on compounded equity (a human threshold).
 */
export type RuleName = 'sequential-test' | 'drawdown' | 'losing-streak' | 'policy-drawdown';
export type AlternativeId = 'edge-lost' | 'edge-reversed' | 'win-rate';

export interface Baseline {
  sharpePerTrade: number;
  sharpeAnnual: number;
  tradesPerYear: number;
  winRate: number | null;
}

export interface Alarm {
  severity: Severity;
  rule: RuleName;
  /** Index (from 0) of the trade that raised the alarm. */
  tradeIndex: number;
  /** Sample size: trades seen so far, this one included. */
  trades: number;
  statistic: number;
  threshold: number;
  /** The rule's designed false-alarm rate on a healthy model, e.g. "1 per 10,000 trades". */
  falseAlarmRate: string;
  tradesBetweenFalseAlarms: number;
  /** Index of the first trade the rule blames (change point, drawdown peak, streak start). */
  since: number | null;
  baseline: Baseline;
  /** Estimated standard deviation of one trade's return when the alarm was raised. */
  returnScale: number;
  /**
   * Annualised Sharpe ratio since the estimated change when the alarm was raised (null before
   * the warm-up or when it cannot be estimated): how degraded the version looked then.
   */
  sharpeAnnualSince: number | null;
  /** The evidence in one plain paragraph, with its numbers. */
  detail: string;
}

/** One rule at one severity: where its statistic stands against its threshold now. */
export interface CheckStatus {
  rule: RuleName;
  severity: Severity;
  statistic: number;
  threshold: number;
  /** Fewest trades before this check may raise an alarm. */
  minTrades: number;
  /** The statistic is at or over its threshold and the sample is large enough. */
  active: boolean;
  falseAlarmRate: string;
  tradesBetweenFalseAlarms: number;
  description: string;
}

/** A human threshold from the policy, compared with the live numbers, with how telling it is. */
export interface PolicyCheck {
  name: 'win_rate_drop' | 'sharpe_drop' | 'consecutive_losses' | 'max_drawdown';
  limit: number;
  value: number | null;
  breached: boolean;
  note: string;
}

/** The sequential test's best explanation of the trades: which alternative, since when. */
export interface ChangeEstimate {
  alternative: AlternativeId;
  description: string;
  /** Index of the first trade of the most likely degraded stretch (CUSUM change-point estimate). */
  since: number;
  trades: number;
  sharpeAnnualSince: number | null;
  winRateSince: number | null;
}

export interface AlarmSummary {
  first: Partial<Record<Severity, Alarm>>;
  last: Partial<Record<Severity, Alarm>>;
  count: Record<Severity, number>;
}

export interface MonitorState {
  trades: number;
  baseline: Baseline;
  /** Estimated standard deviation of one trade's return (null during the warm-up). */
  returnScale: number | null;
  meanReturn: number | null;
  sharpePerTrade: number | null;
  sharpeAnnual: number | null;
  winRate: number | null;
  currentLosingStreak: number;
  /** Fall of compounded equity from its peak, as a fraction. */
  drawdown: number;
  /** The same fall on additive equity, in standard deviations of one trade (null in warm-up). */
  drawdownInTrades: number | null;
  /** Loss probability the streak rules use, and where it comes from. */
  lossProbability: { value: number; source: 'baseline' | 'live upper bound' } | null;
  checks: CheckStatus[];
  policy: PolicyCheck[];
  change: ChangeEstimate | null;
  /** Highest severity any alarm has reached so far (null: none). */
  highestSeverity: Severity | null;
  alarms: AlarmSummary;
}

export interface DegradationMonitor {
  /** Feed the next trade's return (a fraction of capital); returns the alarms it raised. */
  update(tradeReturn: number): readonly Alarm[];
  /** The current statistics, thresholds and policy comparisons: the evidence for a decision. */
  state(): MonitorState;
}

interface Alternative {
  id: AlternativeId;
  weight: number;
  /** Mean alternatives: the drop of the per-trade Sharpe ratio; 0 for the win-rate one. */
  drop: number;
  /** Where standardised returns are clipped for this alternative (see LIKELIHOOD_RATIO_CAP). */
  clip: number;
  llrWin: number;
  llrNoWin: number;
  description: string;
  /** This alternative's Shiryaev–Roberts statistic, one copy per level (each restarts alone). */
  robertsWarning: number;
  robertsCritical: number;
  /** Companion CUSUM of the same log-likelihood ratios: its restart is the change estimate. */
  cusum: number;
  cusumSince: number;
  sinceCount: number;
  sinceSum: number;
  sinceSumSquares: number;
  sinceWins: number;
}

interface Check {
  rule: RuleName;
  severity: Severity;
  minTrades: number;
  armed: boolean;
}

const NO_ALARMS: readonly Alarm[] = Object.freeze([]);
const ROBERTS_CAP = 1e250;

function percent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

function validate(config: MonitorConfig): void {
  const problems: string[] = [];
  const { baselineSharpePerTrade: s, baselineWinRate: w, policy: p } = config;
  if (!Number.isFinite(s) || s <= 0) {
    problems.push(
      `the baseline Sharpe ratio per trade must be a positive number, got ${s}: a model whose ` +
        'backtest does not make money has no edge to lose',
    );
  }
  if (w !== undefined && !(Number.isFinite(w) && w > 0 && w < 1)) {
    problems.push(`the baseline win rate must be a fraction between 0 and 1, got ${w}`);
  }
  for (const [name, value] of Object.entries(p)) {
    if (!Number.isFinite(value) || value <= 0) {
      problems.push(`policy ${name} must be a positive number, got ${String(value)}`);
    }
  }
  if (p.max_drawdown >= 1)
    problems.push(`policy max_drawdown must be below 1, got ${p.max_drawdown}`);
  if (problems.length > 0) throw new RangeError(`degradation monitor: ${problems.join('; ')}`);
}

class Monitor implements DegradationMonitor {
  private readonly baseline: Baseline;
  private readonly budget: FalseAlarmDesign;
  private readonly alternatives: Alternative[];
  private readonly logLimitOfPolicyDrawdown: number;
  private readonly severeDrawdownDepth: number;
  private readonly checks: Check[];
  // The same checks by name, for the hot path.
  private readonly sequentialWarning: Check;
  private readonly sequentialCritical: Check;
  private readonly severeDrawdown: Check;
  private readonly streakWarning: Check;
  private readonly streakSevere: Check;
  private readonly policyDrawdown: Check;
  // A field, not the module constant: imported bindings are slower to read in the hot path.
  private readonly warmUpTrades = WARM_UP_TRADES;

  private n = 0;
  private mean = 0;
  private sumSquaredDeviations = 0; // Welford: stable variance in one pass
  private wins = 0;
  private losses = 0;
  private warmUp: number[] = [];
  // Mixture statistics of the sequential test at each level. After its alarm a level starts
  // afresh (R = 0), so a second alarm is new evidence, not the same evidence counted again; this
  // is the repeated-detection setting in which the false-alarm rate is designed and measured.
  private robertsWarning = 0;
  private robertsCritical = 0;

  private drawdownInTrades = 0;
  // Indices of the trades at the peaks; −1: the peak is the starting point, before any trade.
  private drawdownPeak = -1;
  private logEquity = 0;
  private peakLogEquity = 0;
  private equityPeak = -1;
  private streak = 0;
  private streakStart = 0;

  private highest: Severity | null = null;
  private readonly summary: AlarmSummary = {
    first: {},
    last: {},
    count: { warning: 0, critical: 0, severe: 0 },
  };

  constructor(private readonly config: MonitorConfig) {
    validate(config);
    const s0 = config.baselineSharpePerTrade;
    const perYear = config.policy.tradesPerYear;
    this.baseline = {
      sharpePerTrade: s0,
      sharpeAnnual: s0 * Math.sqrt(perYear),
      tradesPerYear: perYear,
      winRate: config.baselineWinRate ?? null,
    };
    // The sequential test's thresholds are the budgets themselves: under the baseline each
    // alternative's Shiryaev–Roberts statistic R_n has mean n (R_n − n is a martingale), so by
    // optional stopping the mean time until the weighted mixture reaches A is at least A.
    this.budget = { ...DEFAULT_FALSE_ALARMS, ...config.falseAlarms };
    this.alternatives = buildAlternatives(config, this.baseline);
    this.logLimitOfPolicyDrawdown = Math.log1p(-config.policy.max_drawdown);
    this.severeDrawdownDepth = Math.max(
      SEVERE_DRAWDOWN_FLOOR,
      drawdownDepthForRate(s0, this.budget.severeEveryTrades),
    );
    const check = (rule: RuleName, severity: Severity, minTrades: number): Check => ({
      rule,
      severity,
      minTrades,
      armed: true,
    });
    this.sequentialWarning = check('sequential-test', 'warning', WARM_UP_TRADES);
    this.sequentialCritical = check('sequential-test', 'critical', MIN_TRADES_FOR_CRITICAL);
    this.severeDrawdown = check('drawdown', 'severe', MIN_TRADES_FOR_CRITICAL);
    this.streakWarning = check('losing-streak', 'warning', WARM_UP_TRADES);
    this.streakSevere = check('losing-streak', 'severe', MIN_TRADES_FOR_CRITICAL);
    this.policyDrawdown = check('policy-drawdown', 'warning', 1);
    this.checks = [
      this.sequentialWarning,
      this.sequentialCritical,
      this.severeDrawdown,
      this.streakWarning,
      this.streakSevere,
      this.policyDrawdown,
    ];
  }

  update(tradeReturn: number): readonly Alarm[] {
    if (!Number.isFinite(tradeReturn)) {
      throw new RangeError(
        `degradation monitor: a trade return must be a finite number, got ${tradeReturn}`,
      );
    }
    const index = this.n;
    const scaleBefore = this.returnScale();
    this.n++;
    const deviation = tradeReturn - this.mean;
    this.mean += deviation / this.n;
    this.sumSquaredDeviations += deviation * (tradeReturn - this.mean);
    if (tradeReturn > 0) this.wins++;
    else if (tradeReturn < 0) this.losses++;
    this.updateEquity(tradeReturn, index);

    if (this.n < this.warmUpTrades) {
      this.warmUp.push(tradeReturn);
      return this.raiseAlarms(index);
    }
    if (this.n === this.warmUpTrades) {
      // Replay the warm-up with the scale it produced, so its trades count as evidence too.
      const scale = this.returnScale();
      this.warmUp.push(tradeReturn);
      this.warmUp.forEach((r, i) => this.updateStatistics(r, i, scale));
      this.warmUp = [];
    } else {
      // Standardise with the scale known *before* this trade: a crash is measured against the
      // trades that preceded it, not diluted by itself.
      this.updateStatistics(tradeReturn, index, scaleBefore);
    }
    return this.raiseAlarms(index);
  }

  private returnScale(): number {
    return this.n >= 2 ? Math.sqrt(this.sumSquaredDeviations / (this.n - 1)) : 0;
  }

  private updateEquity(tradeReturn: number, index: number): void {
    this.logEquity += tradeReturn <= -1 ? -Infinity : Math.log1p(tradeReturn);
    if (this.logEquity >= this.peakLogEquity) {
      this.peakLogEquity = this.logEquity;
      this.equityPeak = index;
      this.policyDrawdown.armed = true;
    }
    if (tradeReturn < 0) {
      if (this.streak === 0) this.streakStart = index;
      this.streak++;
    } else if (tradeReturn > 0) {
      this.streak = 0;
      this.streakWarning.armed = this.streakSevere.armed = true;
    }
  }

  private updateStatistics(tradeReturn: number, index: number, scale: number): void {
    // A zero scale (every return identical so far) carries no information to standardise with.
    if (!(scale > 0)) return;
    const s0 = this.baseline.sharpePerTrade;
    const standardised = tradeReturn / scale;
    const deviation = standardised - s0;
    let warning = 0;
    let critical = 0;
    for (const alt of this.alternatives) {
      let llr: number;
      if (alt.drop > 0) {
        const z = Math.min(alt.clip, Math.max(-alt.clip, deviation));
        llr = -alt.drop * z - (alt.drop * alt.drop) / 2;
      } else {
        llr = tradeReturn > 0 ? alt.llrWin : alt.llrNoWin;
      }
      // R ← (1 + R)·LR: the sum over every possible change point of its likelihood ratio.
      // Capped far above any threshold so that a long collapse cannot overflow it.
      const ratio = Math.exp(llr);
      alt.robertsWarning = Math.min((1 + alt.robertsWarning) * ratio, ROBERTS_CAP);
      alt.robertsCritical = Math.min((1 + alt.robertsCritical) * ratio, ROBERTS_CAP);
      warning += alt.weight * alt.robertsWarning;
      critical += alt.weight * alt.robertsCritical;
      alt.cusum += llr;
      if (alt.cusum <= 0) {
        alt.cusum = 0;
        alt.cusumSince = index + 1;
        alt.sinceCount = alt.sinceSum = alt.sinceSumSquares = alt.sinceWins = 0;
      } else {
        alt.sinceCount++;
        alt.sinceSum += tradeReturn;
        alt.sinceSumSquares += tradeReturn * tradeReturn;
        if (tradeReturn > 0) alt.sinceWins++;
      }
    }
    this.robertsWarning = warning;
    this.robertsCritical = critical;

    // Drawdown of cumulative standardised returns: a CUSUM whose drift is −Sharpe when healthy.
    this.drawdownInTrades = Math.max(0, this.drawdownInTrades - standardised);
    if (this.drawdownInTrades === 0) {
      this.drawdownPeak = index;
      this.severeDrawdown.armed = true;
    }
  }

  /** The loss probability behind the streak rules: the baseline's, else a cautious live one. */
  private lossProbability(): MonitorState['lossProbability'] {
    if (this.baseline.winRate !== null) {
      return { value: 1 - this.baseline.winRate, source: 'baseline' };
    }
    const decided = this.wins + this.losses;
    if (decided === 0) return null;
    // An upper bound: a higher loss probability makes streaks look commoner, so fewer alarms.
    const bound = wilsonUpperBound(this.losses, decided, LOSS_PROBABILITY_BOUND_Z);
    return { value: bound, source: 'live upper bound' };
  }

  /** The same, as a bare number (1 before any decided trade): no allocation on the hot path. */
  private lossProbabilityValue(): number {
    if (this.baseline.winRate !== null) return 1 - this.baseline.winRate;
    const decided = this.wins + this.losses;
    return decided === 0 ? 1 : wilsonUpperBound(this.losses, decided, LOSS_PROBABILITY_BOUND_Z);
  }

  private streakThreshold(severity: Severity): number {
    const q = this.lossProbabilityValue();
    if (severity === 'severe') return losingStreakForRate(q, this.budget.severeEveryTrades);
    return Math.max(
      this.config.policy.consecutive_losses,
      losingStreakForRate(q, this.budget.streakWarningEveryTrades),
    );
  }

  private statistic(check: Check): { statistic: number; threshold: number } {
    switch (check.rule) {
      case 'sequential-test':
        return check.severity === 'critical'
          ? { statistic: this.robertsCritical, threshold: this.budget.criticalEveryTrades }
          : { statistic: this.robertsWarning, threshold: this.budget.warningEveryTrades };
      case 'drawdown':
        return { statistic: this.drawdownInTrades, threshold: this.severeDrawdownDepth };
      case 'losing-streak':
        return { statistic: this.streak, threshold: this.streakThreshold(check.severity) };
      case 'policy-drawdown':
        return { statistic: this.currentDrawdown(), threshold: this.config.policy.max_drawdown };
    }
  }

  private currentDrawdown(): number {
    return this.n > 0 ? -Math.expm1(this.logEquity - this.peakLogEquity) : 0;
  }

  private raiseAlarms(index: number): readonly Alarm[] {
    let raised: Alarm[] | undefined;
    for (const check of this.checks) {
      if (!check.armed || this.n < check.minTrades) continue;
      if (!this.mayFire(check)) continue;
      const { statistic, threshold } = this.statistic(check);
      if (!(statistic >= threshold)) continue;
      check.armed = false;
      const alarm = this.alarm(check, index, statistic, threshold);
      (raised ??= []).push(alarm);
      this.record(alarm);
      if (check.rule === 'sequential-test') this.restart(check);
    }
    return raised ?? NO_ALARMS;
  }

  /** Starts one level of the sequential test afresh after its alarm, and re-arms it. */
  private restart(check: Check): void {
    for (const alt of this.alternatives) {
      if (check.severity === 'critical') alt.robertsCritical = 0;
      else alt.robertsWarning = 0;
    }
    if (check.severity === 'critical') this.robertsCritical = 0;
    else this.robertsWarning = 0;
    check.armed = true;
  }

  /** A cheap test, exact except for streaks, that keeps the common path free of log() and exp(). */
  private mayFire(check: Check): boolean {
    switch (check.rule) {
      case 'sequential-test':
        return check.severity === 'critical'
          ? this.robertsCritical >= this.budget.criticalEveryTrades
          : this.robertsWarning >= this.budget.warningEveryTrades;
      case 'drawdown':
        return this.drawdownInTrades >= this.severeDrawdownDepth;
      case 'losing-streak':
        return this.streak >= 2 && this.streak >= this.streakThreshold(check.severity);
      case 'policy-drawdown':
        return this.logEquity - this.peakLogEquity <= this.logLimitOfPolicyDrawdown;
    }
  }

  private record(alarm: Alarm): void {
    const s = alarm.severity;
    this.summary.first[s] ??= alarm;
    this.summary.last[s] = alarm;
    this.summary.count[s]++;
    if (this.highest === null || SEVERITIES.indexOf(s) > SEVERITIES.indexOf(this.highest)) {
      this.highest = s;
    }
  }

  private tradesBetweenFalseAlarms(check: Check, threshold: number): number {
    switch (check.rule) {
      case 'sequential-test':
        return threshold;
      case 'drawdown':
        return tradesBetweenDrawdowns(this.baseline.sharpePerTrade, threshold);
      case 'losing-streak':
        return tradesBetweenLosingStreaks(this.lossProbability()?.value ?? 1, threshold);
      case 'policy-drawdown':
        return this.tradesBetweenPolicyDrawdowns();
    }
  }

  /** How often a healthy model's compounded equity falls max_drawdown below its peak. */
  private tradesBetweenPolicyDrawdowns(): number {
    const scale = this.returnScale();
    if (!(scale > 0)) return NaN;
    const depth = -Math.log1p(-this.config.policy.max_drawdown) / scale;
    return tradesBetweenDrawdowns(this.baseline.sharpePerTrade, depth);
  }

  private rateText(check: Check, trades: number): string {
    if (Number.isNaN(trades)) return 'unknown until the return scale is estimated';
    const rate = describeRate(trades);
    switch (check.rule) {
      case 'sequential-test':
        return `at most ${rate}`;
      case 'policy-drawdown':
        return `about ${rate} (a human threshold, not a statistical one)`;
      default:
        return `about ${rate}`;
    }
  }

  private alarm(check: Check, index: number, statistic: number, threshold: number): Alarm {
    const trades = this.tradesBetweenFalseAlarms(check, threshold);
    return {
      severity: check.severity,
      rule: check.rule,
      tradeIndex: index,
      trades: this.n,
      statistic,
      threshold,
      falseAlarmRate: this.rateText(check, trades),
      tradesBetweenFalseAlarms: trades,
      since: this.since(check.rule),
      baseline: this.baseline,
      returnScale: this.returnScale(),
      sharpeAnnualSince: this.change()?.sharpeAnnualSince ?? null,
      detail: this.explain(check, statistic, threshold, trades),
    };
  }

  private since(rule: RuleName): number | null {
    switch (rule) {
      case 'sequential-test':
        return this.change()?.since ?? null;
      case 'drawdown':
        return this.drawdownPeak + 1;
      case 'losing-streak':
        return this.streak > 0 ? this.streakStart : null;
      case 'policy-drawdown':
        return this.equityPeak + 1;
    }
  }

  private explain(check: Check, statistic: number, threshold: number, trades: number): string {
    const b = this.baseline;
    const scale = this.returnScale();
    const rate = describeRate(trades);
    switch (check.rule) {
      case 'sequential-test': {
        const change = this.change();
        const since = change
          ? `the last ${formatCount(change.trades)} trades` +
            (change.sharpeAnnualSince === null
              ? ''
              : ` (annualised Sharpe ${change.sharpeAnnualSince.toFixed(2)})`) +
            ` fit "${change.description}" far better than the baseline`
          : 'the trades fit a degraded model better than the baseline';
        return (
          `Sequential test (Shiryaev–Roberts) at ${formatCount(statistic)}, over its ` +
          `${check.severity} level ${formatCount(threshold)}: ${since} Sharpe of ` +
          `${b.sharpeAnnual.toFixed(2)} (${formatCount(this.n)} trades in all). A healthy model ` +
          `reaches this level at most ${rate} on average.`
        );
      }
      case 'drawdown':
        return (
          `Drawdown of ${statistic.toFixed(1)} trade-sized moves (σ = ${percent(scale, 2)} per ` +
          `trade, so ${percent(statistic * scale)} of capital on additive equity) ` +
          `${this.drawdownPeak < 0 ? 'since the start' : `since its peak ${tradesAgo(this.n, this.drawdownPeak)}`}. ` +
          `A healthy model with Sharpe ` +
          `${b.sharpeAnnual.toFixed(2)} (${b.sharpePerTrade.toFixed(3)} per trade) falls ` +
          `${threshold.toFixed(1)} moves deep about ${rate}.`
        );
      case 'losing-streak': {
        const loss = this.lossProbability();
        const source =
          loss?.source === 'baseline' ? 'from the baseline win rate' : 'a cautious live estimate';
        return (
          `${statistic} losing trades in a row. With a loss probability of ` +
          `${percent(loss?.value ?? 1)} (${source}), a healthy model has a streak of ` +
          `${threshold} about ${rate}` +
          (check.severity === 'warning'
            ? ` (the policy alerts at ${this.config.policy.consecutive_losses}).`
            : '.')
        );
      }
      case 'policy-drawdown':
        return (
          `Equity is ${percent(statistic)} below ${
            this.equityPeak < 0
              ? 'its starting level'
              : `the peak it reached ${tradesAgo(this.n, this.equityPeak)}`
          }: the policy's limit is ${percent(threshold)}. By chance alone, a healthy ` +
          `model with this volatility falls that far ${
            Number.isNaN(trades) ? 'at an unknown rate' : `about ${rate}`
          }.`
        );
    }
  }

  private change(): ChangeEstimate | null {
    if (this.n < WARM_UP_TRADES) return null;
    let best: Alternative | undefined;
    for (const alt of this.alternatives) {
      if (!best || alt.cusum > best.cusum + Math.log(best.weight / alt.weight)) best = alt;
    }
    if (!best) return null;
    const count = best.sinceCount;
    const variance =
      count >= 2
        ? (best.sinceSumSquares - (best.sinceSum * best.sinceSum) / count) / (count - 1)
        : 0;
    return {
      alternative: best.id,
      description: best.description,
      since: best.cusumSince,
      trades: count,
      sharpeAnnualSince:
        variance > 0
          ? (best.sinceSum / count / Math.sqrt(variance)) * Math.sqrt(this.baseline.tradesPerYear)
          : null,
      winRateSince: count > 0 ? best.sinceWins / count : null,
    };
  }

  state(): MonitorState {
    const n = this.n;
    const scale = this.returnScale();
    const sharpe = scale > 0 ? this.mean / scale : null;
    const perYear = this.baseline.tradesPerYear;
    const checks: CheckStatus[] = this.checks.map((check) => {
      const { statistic, threshold } = this.statistic(check);
      const trades = this.tradesBetweenFalseAlarms(check, threshold);
      return {
        rule: check.rule,
        severity: check.severity,
        statistic,
        threshold,
        minTrades: check.minTrades,
        active: n >= check.minTrades && statistic >= threshold,
        falseAlarmRate: this.rateText(check, trades),
        tradesBetweenFalseAlarms: trades,
        description: describeCheck(check),
      };
    });
    return {
      trades: n,
      baseline: this.baseline,
      returnScale: n >= WARM_UP_TRADES ? scale : null,
      meanReturn: n > 0 ? this.mean : null,
      sharpePerTrade: sharpe,
      sharpeAnnual: sharpe === null ? null : sharpe * Math.sqrt(perYear),
      winRate: n > 0 ? this.wins / n : null,
      currentLosingStreak: this.streak,
      drawdown: this.currentDrawdown(),
      drawdownInTrades: n >= WARM_UP_TRADES ? this.drawdownInTrades : null,
      lossProbability: this.lossProbability(),
      checks,
      policy: this.policyChecks(sharpe),
      change: this.change(),
      highestSeverity: this.highest,
      alarms: structuredClone(this.summary),
    };
  }

  private policyChecks(sharpePerTrade: number | null): PolicyCheck[] {
    const p = this.config.policy;
    const b = this.baseline;
    const n = this.n;
    const checks: PolicyCheck[] = [];
    if (b.winRate !== null) {
      const limit = b.winRate - p.win_rate_drop;
      const value = n > 0 ? this.wins / n : null;
      const se = value === null ? NaN : Math.sqrt((b.winRate * (1 - b.winRate)) / n);
      checks.push({
        name: 'win_rate_drop',
        limit,
        value,
        breached: value !== null && value < limit,
        note:
          value === null
            ? 'no trades yet'
            : `live win rate ${percent(value)} over ${formatCount(n)} trades against a line at ` +
              `${percent(limit)}; a healthy model's win rate over this many trades varies by ` +
              `±${percent(1.96 * se)} (95%), so the line alone is ${
                1.96 * se > p.win_rate_drop ? 'not yet' : 'now'
              } telling.`,
      });
    }
    {
      const limit = b.sharpeAnnual - p.sharpe_drop;
      const value = sharpePerTrade === null ? null : sharpePerTrade * Math.sqrt(b.tradesPerYear);
      // Standard error of an estimated Sharpe ratio (Lo 2002): √((1 + S²/2)/n) per trade.
      const se =
        n > 1
          ? Math.sqrt((1 + (b.sharpePerTrade * b.sharpePerTrade) / 2) / n) *
            Math.sqrt(b.tradesPerYear)
          : NaN;
      checks.push({
        name: 'sharpe_drop',
        limit,
        value,
        breached: value !== null && value < limit,
        note:
          value === null
            ? 'too few trades for a Sharpe ratio'
            : `live annualised Sharpe ${value.toFixed(2)} over ${formatCount(n)} trades against ` +
              `a line at ${limit.toFixed(2)}; its 95% margin of error is ±${(1.96 * se).toFixed(2)}, ` +
              `so the line alone is ${1.96 * se > p.sharpe_drop ? 'not yet' : 'now'} telling.`,
      });
    }
    {
      const loss = this.lossProbability();
      const every = loss ? tradesBetweenLosingStreaks(loss.value, p.consecutive_losses) : NaN;
      checks.push({
        name: 'consecutive_losses',
        limit: p.consecutive_losses,
        value: this.streak,
        breached: this.streak >= p.consecutive_losses,
        note: loss
          ? `${this.streak} losses in a row now; with a loss probability of ${percent(loss.value)}` +
            ` a healthy model has ${p.consecutive_losses} in a row about ${describeRate(every)}.`
          : 'no wins or losses yet',
      });
    }
    {
      const every = this.tradesBetweenPolicyDrawdowns();
      const drawdown = this.currentDrawdown();
      checks.push({
        name: 'max_drawdown',
        limit: p.max_drawdown,
        value: drawdown,
        breached: drawdown >= p.max_drawdown,
        note:
          `compounded equity is ${percent(drawdown)} below its peak; a healthy model at this ` +
          `volatility falls ${percent(p.max_drawdown, 0)} ${
            Number.isNaN(every)
              ? 'at a rate unknown until the scale is estimated'
              : `about ${describeRate(every)}`
          }.`,
      });
    }
    return checks;
  }
}

/** "3 trades ago": how long ago trade `index` was, with `trades` seen so far. */
function tradesAgo(trades: number, index: number): string {
  const ago = trades - 1 - index;
  return ago === 0 ? 'at this trade' : `${formatCount(ago)} trade${ago === 1 ? '' : 's'} ago`;
}

function describeCheck(check: Check): string {
  switch (check.rule) {
    case 'sequential-test':
      return 'Shiryaev–Roberts likelihood ratio of the baseline against a degraded model';
    case 'drawdown':
      return 'drawdown of standardised returns, in standard deviations of one trade';
    case 'losing-streak':
      return 'current run of losing trades';
    case 'policy-drawdown':
      return "fall of compounded equity from its peak, against the policy's max_drawdown";
  }
}

function buildAlternatives(config: MonitorConfig, baseline: Baseline): Alternative[] {
  const s0 = baseline.sharpePerTrade;
  const annual = baseline.sharpeAnnual;
  const p0 = config.baselineWinRate;
  const meanShare = p0 === undefined ? 1 : 1 - WIN_RATE_WEIGHT;
  const blank = {
    robertsWarning: 0,
    robertsCritical: 0,
    cusum: 0,
    cusumSince: 0,
    sinceCount: 0,
    sinceSum: 0,
    sinceSumSquares: 0,
    sinceWins: 0,
    llrWin: 0,
    llrNoWin: 0,
    clip: Infinity,
  };
  const alternatives: Alternative[] = MEAN_ALTERNATIVES.map((a) => ({
    ...blank,
    id: a.id,
    weight: a.weight * meanShare,
    drop: s0 * (1 - a.sharpeFraction),
    clip: Math.min(WINSOR_LIMIT, LOG_LIKELIHOOD_RATIO_CAP / (s0 * (1 - a.sharpeFraction))),
    description: `Sharpe fell to ${(annual * a.sharpeFraction).toFixed(2)}`,
  }));
  if (p0 !== undefined) {
    // A drop as large as the win rate itself makes no sense as an alternative: halve it instead.
    const p1 = p0 - config.policy.win_rate_drop > 0 ? p0 - config.policy.win_rate_drop : p0 / 2;
    alternatives.push({
      ...blank,
      id: 'win-rate',
      weight: WIN_RATE_WEIGHT,
      drop: 0,
      llrWin: Math.log(p1 / p0),
      llrNoWin: Math.log((1 - p1) / (1 - p0)),
      description: `win rate fell to ${percent(p1)}`,
    });
  }
  return alternatives;
}

/** A degradation monitor for one version's per-trade returns, fed in time order. */
export function createDegradationMonitor(config: MonitorConfig): DegradationMonitor {
  return new Monitor(config);
}

export interface DegradationResult extends MonitorState {
  /** Highest severity reached over the whole stream, or 'healthy'. */
  severity: Severity | 'healthy';
}

/** Runs a monitor over a whole series of returns (in time order) and reports where it ended. */
export function detectDegradation(
  returns: readonly number[],
  config: MonitorConfig,
): DegradationResult {
  const monitor = createDegradationMonitor(config);
  for (const r of returns) monitor.update(r);
  const state = monitor.state();
  return { severity: state.highestSeverity ?? 'healthy', ...state };
}
