import {
  createDegradationMonitor,
  describeExpectedDetection,
  type Alarm,
  type MonitorConfig,
  type MonitorState,
  RECOVERY_WHY,
  RecoveryTracker,
  recoveryWindow,
  type Severity,
} from '../core/drift/index.js';
import { effectivePolicy } from '../core/policy.js';
import { ModelgateError } from '../core/problems.js';
import { chooseRollbackTarget, type RollbackTarget } from '../core/rollback-target.js';
import type { ModelRecord, VersionRecord } from '../core/snapshot.js';
import { LiveMetricsAccumulator, type LiveMetrics } from '../core/trades/live-metrics.js';
import type { Evaluation } from '../core/types.js';
import type { RegistryRepo } from '../git/repository.js';
import { readVersionTrades } from '../git/trades-reader.js';
import { requireModel, requireVersion } from './change-version.js';
import { loadRegistry, readProductionTimeline } from './queries.js';

export type DecisionSeverity = Severity | 'healthy';

export interface AlarmWithTime extends Omit<Alarm, 'baseline'> {
  /** When the trade that raised it closed. */
  at: string;
}

export interface DriftDecision {
  model: string;
  version: string;
  /** `other`: neither in production nor paper trading; reported for information only. */
  role: 'production' | 'paper' | 'other';
  mode: 'live' | 'paper';
  /** Highest severity reached since the version began trading: its record. */
  severity: DecisionSeverity;
  /**
   * Highest severity still standing: raised within the last `recovery.window_trades` trades.
   * This is what needs acting on now; below `severity`, the version has recovered from it.
   */
  current_severity: DecisionSeverity;
  /**
   * While `current_severity` is critical or worse: the trade count at the alarm that began this
   * unbroken stretch of it (one degradation, however many alarms it raises). Null otherwise.
   */
  degraded_since: number | null;
  recovery: {
    /** No alarm for this many trades counts as recovered. */
    window_trades: number;
    trades_since_last_alarm: number | null;
    why: string;
  };
  /** What the decision asks for, in one sentence. */
  action: string;
  baseline: {
    source: 'backtest';
    why: string;
    sharpe_annual: number;
    sharpe_per_trade: number;
    backtest_trades_per_year: number;
    win_rate: number;
  };
  live: LiveMetrics;
  /** First and last alarm of each severity, with the trade's time. */
  alarms: AlarmWithTime[];
  evidence: Omit<MonitorState, 'alarms'>;
  /** Production only: where a rollback would go. */
  rollback_target: RollbackTarget | null;
  /** What the data can tell at the observed trade rate. */
  detection_outlook: string[];
}

const BASELINE_WHY =
  'the backtest in the manifest: the claim the version was promoted on. Its own first live trades would let a version that was bad from its first day define normal as bad.';

/** Decisions for a model's production and paper versions, or one named version. */
export async function driftDecisions(
  repo: RegistryRepo,
  query: { model: string; version?: string; rev?: string },
): Promise<DriftDecision[]> {
  const snapshot = await loadRegistry(repo, query.rev);
  const model = requireModel(snapshot, query.model);
  const policy = effectivePolicy(snapshot.policy, model.name);
  const targets = query.version
    ? [requireVersion(snapshot, model.name, query.version)]
    : monitoredVersions(model);
  if (targets.length === 0) {
    throw new ModelgateError(
      `${model.name} has no production or paper version to monitor: name one with --version`,
    );
  }
  const decisions: DriftDecision[] = [];
  for (const version of targets) {
    const evaluation = version.manifest?.evaluation;
    if (!evaluation)
      throw new ModelgateError(`${version.manifestPath} is invalid: run \`modelgate verify\``);
    const role: DriftDecision['role'] =
      model.deployment?.production === version.id
        ? 'production'
        : model.deployment?.paper_trading?.some((p) => p.version === version.id)
          ? 'paper'
          : 'other';

    const mode = role === 'paper' ? 'paper' : 'live';
    if (!(evaluation.sharpe > 0)) {
      throw new ModelgateError(
        `${version.manifestPath}: evaluation.sharpe is ${evaluation.sharpe}; drift detection watches for the loss of the edge a backtest showed, and this backtest shows none`,
      );
    }
    const backtestPerYear = backtestTradesPerYear(evaluation);
    const tradesPerYear = policy.drift.trades_per_year ?? backtestPerYear;
    const config: MonitorConfig = {
      baselineSharpePerTrade: evaluation.sharpe / Math.sqrt(backtestPerYear),
      // A win rate of exactly 0 or 1 leaves nothing to test a fall against.
      baselineWinRate:
        evaluation.win_rate > 0 && evaluation.win_rate < 1 ? evaluation.win_rate : undefined,
      policy: {
        win_rate_drop: policy.drift.win_rate_drop,
        sharpe_drop: policy.drift.sharpe_drop,
        consecutive_losses: policy.drift.consecutive_losses,
        max_drawdown: policy.drift.max_drawdown,
        tradesPerYear,
      },
    };
    const monitor = createDegradationMonitor(config);
    const recoveries = new RecoveryTracker((sharpeAnnualSince) =>
      recoveryWindow(config, sharpeAnnualSince, evaluation.sharpe, backtestPerYear),
    );
    const metrics = new LiveMetricsAccumulator();
    const alarms: AlarmWithTime[] = [];
    const firstOf = new Set<Severity>();
    const lastIndexOf = new Map<Severity, number>();
    for await (const day of readVersionTrades(repo, version, { mode })) {
      for (const trade of day) {
        metrics.add(trade);
        for (const alarm of monitor.update(trade.return)) {
          recoveries.record(alarm);
          const entry: AlarmWithTime = { ...withoutBaseline(alarm), at: trade.closed_at };
          // Keep the first alarm of each severity, and the latest (replacing the previous latest).
          if (!firstOf.has(alarm.severity)) {
            firstOf.add(alarm.severity);
            alarms.push(entry);
          } else {
            const last = lastIndexOf.get(alarm.severity);
            if (last !== undefined) alarms[last] = entry;
            else {
              lastIndexOf.set(alarm.severity, alarms.length);
              alarms.push(entry);
            }
          }
        }
      }
    }
    const live = metrics.result(policy.drift.trades_per_year);
    // The alarms are listed above with their times; the rest of the state is the evidence.
    const state: Partial<MonitorState> = monitor.state();
    delete state.alarms;
    const evidence = state as Omit<MonitorState, 'alarms'>;
    const severity: DecisionSeverity = evidence.highestSeverity ?? 'healthy';
    const tradesNow = evidence.trades;
    const currentSeverity: DecisionSeverity = recoveries.standing(tradesNow) ?? 'healthy';
    const recovery = recoveries.window(tradesNow, evidence.change?.sharpeAnnualSince ?? null);
    const rollbackTarget =
      role === 'production' ? await rollbackTargetFor(repo, model, version, query.rev) : null;
    const tradesPerDay = live.trades_per_year !== null ? live.trades_per_year / 365.25 : undefined;
    const baselineAnnual = evaluation.sharpe;
    const outlook = [baselineAnnual - policy.drift.sharpe_drop, 0, -baselineAnnual]
      .filter((target, index, all) => target < baselineAnnual && all.indexOf(target) === index)
      .map((target) =>
        describeExpectedDetection(
          config,
          target * Math.sqrt(tradesPerYear / backtestPerYear),
          tradesPerDay,
        ),
      );
    decisions.push({
      model: model.name,
      version: version.id,
      role,
      mode,
      severity,
      current_severity: currentSeverity,
      degraded_since: recoveries.standingSince('critical', tradesNow) ?? null,
      recovery: {
        window_trades: recovery,
        trades_since_last_alarm: recoveries.tradesSinceLastAlarm(tradesNow),
        why: RECOVERY_WHY,
      },
      action: actionFor(
        currentSeverity,
        severity,
        role,
        rollbackTarget,
        policy.rollback.automatic_on_severe,
        recovery,
      ),
      baseline: {
        source: 'backtest',
        why: BASELINE_WHY,
        sharpe_annual: evaluation.sharpe,
        sharpe_per_trade: config.baselineSharpePerTrade,
        backtest_trades_per_year: backtestPerYear,
        win_rate: evaluation.win_rate,
      },
      live,
      alarms: alarms.sort((a, b) => a.tradeIndex - b.tradeIndex),
      evidence,
      rollback_target: rollbackTarget,
      detection_outlook: outlook,
    });
  }
  return decisions;
}

/** The baseline is reported once for the decision, not again in every alarm. */
function withoutBaseline(alarm: Alarm): Omit<Alarm, 'baseline'> {
  const copy: Partial<Alarm> = { ...alarm };
  delete copy.baseline;
  return copy as Omit<Alarm, 'baseline'>;
}

function monitoredVersions(model: ModelRecord): VersionRecord[] {
  const state = model.deployment;
  const ids = [state?.production, ...(state?.paper_trading ?? []).map((p) => p.version)];
  return [...new Set(ids)].flatMap((id) => {
    const version = id ? model.versions.get(id) : undefined;
    return version ? [version] : [];
  });
}

/** The backtest's own trade rate: its trades over its period (at least a day, to stay finite). */
export function backtestTradesPerYear(evaluation: Evaluation): number {
  const days = Math.max(
    1,
    (Date.parse(evaluation.period.end) - Date.parse(evaluation.period.start)) / 86_400_000 + 1,
  );
  return Math.max(1, evaluation.trades) / (days / 365.25);
}

async function rollbackTargetFor(
  repo: RegistryRepo,
  model: ModelRecord,
  version: VersionRecord,
  rev?: string,
): Promise<RollbackTarget> {
  const spells = await readProductionTimeline(repo, model.name, rev);
  return chooseRollbackTarget(
    version.id,
    spells,
    (id) => model.versions.get(id)?.manifest?.status,
    model.deployment?.previous_production,
  );
}

function actionFor(
  severity: DecisionSeverity,
  everSeverity: DecisionSeverity,
  role: DriftDecision['role'],
  target: RollbackTarget | null,
  automatic: boolean,
  recoveryTrades: number,
): string {
  if (severity === 'healthy' && everSeverity !== 'healthy')
    return `none: recovered (no alarm in the last ${recoveryTrades} trades; it reached ${everSeverity} earlier)`;
  if (severity === 'healthy') return 'none: no rule fired';
  if (role === 'other')
    return 'none: the version neither trades nor paper trades; for information only';
  if (severity === 'warning')
    return 'tell a human: a warning, not enough evidence to propose a switch';
  if (role === 'paper')
    return `stop paper trading: the version ${severity === 'severe' ? 'collapsed' : 'degraded'} on paper`;
  const where = target?.version
    ? `roll back to ${target.version}`
    : `no version to roll back to (${target?.reason ?? 'unknown'})`;
  if (severity === 'critical') return `propose a rollback: ${where}`;
  return `severe: ${where}; ${automatic ? 'eligible for automatic rollback (rollback.automatic_on_severe is on)' : 'propose it now (automatic rollback is off in the policy)'}`;
}
