import { expectedDetectionTrades } from './expected-delay.js';
import { SEVERITIES, type Alarm, type MonitorConfig, type Severity } from './monitor.js';

export const RECOVERY_WHY =
  'every rule starts afresh after an alarm, so a version still as degraded as the evidence showed when it alarmed would alarm again within about its expected detection delay; twice that delay with no alarm counts as recovered';

/**
 * Trades without an alarm after which a version counts as recovered: twice the expected delay
 * for the sequential test to flag the degradation the evidence estimates (the Sharpe ratio
 * since the estimated change; at most a third of the baseline, "the edge mostly lost", when
 * there is no estimate or it is milder), at least 100. A collapse that stops alarming has
 * recovered sooner than a slow decline; erring long keeps a proposal open through a lull.
 */
export function recoveryWindow(
  config: MonitorConfig,
  sharpeAnnualSince: number | null,
  baselineAnnual: number,
  backtestTradesPerYear: number,
): number {
  const edgeMostlyLost =
    (baselineAnnual / 3) * Math.sqrt(config.policy.tradesPerYear / backtestTradesPerYear);
  const degraded =
    sharpeAnnualSince === null ? edgeMostlyLost : Math.min(sharpeAnnualSince, edgeMostlyLost);
  const delay = expectedDetectionTrades(config, degraded);
  return Math.max(100, Math.ceil(2 * (Number.isFinite(delay) ? delay : 0)));
}

/** 0 for none standing, then 1 for the mildest severity upwards. */
function rankOf(severity: Severity | undefined): number {
  return severity === undefined ? 0 : SEVERITIES.indexOf(severity) + 1;
}

interface LatestAlarm {
  trades: number;
  window: number;
}

/**
 * Which severity still stands, from each severity's latest alarm and the recovery window fixed
 * when that alarm was raised. Fixing the window then, rather than taking it from the estimate
 * of the day, is what keeps the answer from flapping: the estimate moves with every trade, and
 * a window that moved with it turned a recovered version critical again (and back) without any
 * new alarm, opening and closing an alert each time. Now a severity only stands again after an
 * alarm of its own.
 */
export class RecoveryTracker {
  private readonly latest = new Map<Severity, LatestAlarm>();
  private newest: LatestAlarm | undefined;
  /** Per level, the alarm that began the current unbroken stretch at that level or above. */
  private readonly stretchStart = new Map<Severity, number>();

  constructor(private readonly windowFor: (sharpeAnnualSince: number | null) => number) {}

  record(alarm: Pick<Alarm, 'severity' | 'trades' | 'sharpeAnnualSince'>): void {
    // Standing only falls between alarms, so what stood just before this one says whether it
    // continues a stretch or begins one.
    const before = rankOf(this.standing(alarm.trades));
    for (const level of SEVERITIES.slice(0, rankOf(alarm.severity))) {
      if (before < rankOf(level)) this.stretchStart.set(level, alarm.trades);
    }
    const latest = { trades: alarm.trades, window: this.windowFor(alarm.sharpeAnnualSince) };
    this.latest.set(alarm.severity, latest);
    this.newest = latest;
  }

  /**
   * When the version began to stand at `level` or above without a break (the trade count of the
   * alarm that began it); undefined when it does not stand that high now. A degradation that
   * keeps alarming is one stretch however long it lasts, even once its first alarm is older than
   * any window.
   */
  standingSince(level: Severity, tradesNow: number): number | undefined {
    return rankOf(this.standing(tradesNow)) >= rankOf(level)
      ? this.stretchStart.get(level)
      : undefined;
  }

  /** The highest severity whose latest alarm is less than its window old; undefined: none. */
  standing(tradesNow: number): Severity | undefined {
    return [...SEVERITIES].reverse().find((severity) => this.standsAt(severity, tradesNow));
  }

  /**
   * The window that applies now: the standing severity's, else the newest alarm's, else the
   * one `fallback` (the current estimate) gives, since no alarm has fixed one.
   */
  window(tradesNow: number, fallback: number | null): number {
    const standing = this.standing(tradesNow);
    return (
      (standing ? this.latest.get(standing)?.window : this.newest?.window) ??
      this.windowFor(fallback)
    );
  }

  /** Trades since the newest alarm of any severity; null before the first. */
  tradesSinceLastAlarm(tradesNow: number): number | null {
    return this.newest ? tradesNow - this.newest.trades : null;
  }

  private standsAt(severity: Severity, tradesNow: number): boolean {
    const latest = this.latest.get(severity);
    return latest !== undefined && tradesNow - latest.trades < latest.window;
  }
}
