/**
 * What happens to each model over the simulated year, and the trades it closes each day. Pure:
 * everything comes from the seed, the model, the day and the deployment the trading system read,
 * so two registries in the same state receive exactly the same trades.
 */
import { createHash } from 'node:crypto';
import { routeKey } from '../../src/core/routing.js';
import type { DeploymentState, Evaluation } from '../../src/core/types.js';
import { mulberry32 } from '../synthetic-registry.js';

/**
 * - `healthy`: production trades like its backtest all year.
 * - `merge`: production degrades on `degradeDay`; a person merges the rollback proposal.
 * - `no`: production degrades; a person closes the first rollback proposal (a "no"), then merges
 *   the one modelgate opens again on fresh evidence.
 * - `recover`: production degrades for a few days, then trades well again; nobody acts, so
 *   modelgate closes its own proposal once the version has recovered.
 * - `auto`: production collapses (severe); the policy turns automatic rollback on.
 * - `retrain`: like `merge`, with a retraining `repository_dispatch` in the policy.
 * - `ab`: a newer version beats production in its backtest: an A/B test is proposed, merged,
 *   routed, judged and concluded by proposal.
 */
export type Script = 'healthy' | 'merge' | 'no' | 'recover' | 'auto' | 'retrain' | 'ab';

/** The first five give `--quick` one of each kind that matters; the rest fill the twenty. */
const ORDER: readonly Script[] = [
  'merge',
  'healthy',
  'no',
  'ab',
  'auto',
  'recover',
  'healthy',
  'retrain',
  'healthy',
  'no',
  'healthy',
  'merge',
  'healthy',
  'recover',
  'healthy',
  'merge',
  'healthy',
  'healthy',
  'no',
  'healthy',
];

export interface ModelPlan {
  name: string;
  script: Script;
  /** The day production starts to degrade (scripts that degrade). */
  degradeDay?: number;
  /** The day it trades well again (`recover`). */
  recoverDay?: number;
  /** Days a proposal stays open before the person acts on it. */
  humanDelay: number;
}

/** Win rates: the backtest's 55%; a degradation to 40% (edge reversed); a collapse to 5%. */
export const WIN_HEALTHY = 0.55;
export const WIN_DEGRADED = 0.4;
export const WIN_COLLAPSED = 0.05;
export const WIN_CANDIDATE = 0.6;
/**
 * Trades a `recover` model stays degraded for: about three times what its critical test needs
 * to alarm (the Shiryaev–Roberts tests are designed for one false alarm in 10,000 trades, so a
 * drop from 55% to 40% wins takes about 200 trades to detect).
 */
export const RECOVER_AFTER_TRADES = 600;

/**
 * Trades after the degradation for the script to have played out: detection, the person's
 * answer, for `no` a second alarm on fresh trades, for `recover` the recovery window.
 */
export function tradesToPlayOut(plan: ModelPlan, perDay: number): number {
  const answer = 4 * perDay;
  switch (plan.script) {
    case 'auto':
      return 300;
    case 'no':
      return 1200 + 2 * answer;
    case 'recover':
      return RECOVER_AFTER_TRADES + 1200;
    default:
      return 500 + answer;
  }
}

export function planModels(count: number, days: number, perDay: number, seed: number): ModelPlan[] {
  const random = mulberry32(seed ^ 0x5eed);
  const plans: ModelPlan[] = [];
  for (let i = 0; i < count; i++) {
    const script = ORDER[i % ORDER.length]!;
    const name = `m${String(i + 1).padStart(2, '0')}`;
    const humanDelay = 1 + Math.floor(random() * 3);
    const degrades = script !== 'healthy' && script !== 'ab';
    // Between 12% and 52% into the run, so detection, the person's answer and recovery fit.
    const degradeDay = degrades
      ? Math.max(3, Math.floor(days * (0.12 + 0.4 * random())))
      : undefined;
    plans.push({
      name,
      script,
      humanDelay,
      degradeDay,
      recoverDay:
        script === 'recover' && degradeDay !== undefined
          ? degradeDay + Math.ceil(RECOVER_AFTER_TRADES / perDay)
          : undefined,
    });
  }
  return plans;
}

/** v1 was production before v2; v3 (the `ab` model only) beats v2 in its backtest. */
export function versionsOf(plan: ModelPlan): { version: string; evaluation: Evaluation }[] {
  const base: Evaluation = {
    period: { start: '2023-01-01', end: '2025-05-31' },
    trades: 21_110,
    win_rate: 0.55,
    sharpe: 1.45,
    max_drawdown: 0.08,
    total_return: 0.21,
  };
  const versions = [
    { version: 'v1', evaluation: base },
    { version: 'v2', evaluation: base },
  ];
  if (plan.script === 'ab') {
    versions.push({ version: 'v3', evaluation: { ...base, sharpe: 1.8, win_rate: 0.58 } });
  }
  return versions;
}

/** The policy overrides the scenario needs, as YAML to append under `models:`. */
export function policyOverrides(plans: readonly ModelPlan[]): string {
  const lines: string[] = [];
  for (const plan of plans) {
    if (plan.script === 'auto') {
      lines.push(`  ${plan.name}:`, '    rollback: { automatic_on_severe: true }');
    } else if (plan.script === 'retrain') {
      lines.push(`  ${plan.name}:`, '    retraining: { event_type: retrain-model }');
    } else if (plan.script === 'ab') {
      lines.push(
        `  ${plan.name}:`,
        '    ab_test: { candidate_percent: 50, min_trades_per_arm: 40, min_days: 5, max_days: 15 }',
      );
    }
  }
  return lines.length ? `\nmodels:\n${lines.join('\n')}\n` : '';
}

export function winRate(plan: ModelPlan, version: string, day: number): number {
  if (version === 'v3') return WIN_CANDIDATE;
  if (version !== 'v2' || plan.degradeDay === undefined || day < plan.degradeDay) {
    return WIN_HEALTHY;
  }
  if (plan.recoverDay !== undefined && day >= plan.recoverDay) return WIN_HEALTHY;
  return plan.script === 'auto' ? WIN_COLLAPSED : WIN_DEGRADED;
}

export interface Trade {
  trade_id: string;
  model: string;
  version: string;
  closed_at: string;
  return: number;
  mode: 'live';
  arm?: 'control' | 'candidate';
}

export const DAY_MS = 86_400_000;

function seedOf(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

/**
 * One model's closed trades of one day, routed as the trading system routes them from the
 * deployment it read that morning: wins of +0.92σ, losses of −1.09σ (σ = 0.2%), so 55% wins is a
 * Sharpe of 1.45 at the backtest's 24 trades a day (per trade, whatever the daily count).
 */
export function tradesOfDay(
  plan: ModelPlan,
  deployment: DeploymentState,
  day: number,
  perDay: number,
  start: number,
  seed: number,
): Trade[] {
  const random = mulberry32(seedOf(`${seed}|${plan.name}|${day}`));
  const trades: Trade[] = [];
  const spacing = DAY_MS / perDay;
  for (let i = 0; i < perDay; i++) {
    const id = `${plan.name}-d${day}-${i}`;
    const route = routeKey(deployment, id);
    if (!route) throw new Error(`${plan.name} has no production version to trade`);
    const win = random() < winRate(plan, route.version, day);
    const closedAt = start + day * DAY_MS + Math.floor(i * spacing + random() * spacing * 0.9);
    trades.push({
      trade_id: id,
      model: plan.name,
      version: route.version,
      closed_at: new Date(closedAt).toISOString(),
      return: Number((0.002 * (win ? 0.92 : -1.09)).toFixed(6)),
      mode: 'live',
      ...(route.arm === 'production' ? {} : { arm: route.arm }),
    });
  }
  return trades;
}

/**
 * What the person does about an open proposal today, given how many days it has been open and
 * whether they already said no to this model's rollback once.
 */
export function humanDecision(
  plan: ModelPlan,
  kind: string,
  day: number,
  age: number,
  saidNo: boolean,
): 'merge' | 'close' | 'wait' {
  if (kind === 'ab-start' || kind === 'ab-conclude')
    return age >= plan.humanDelay ? 'merge' : 'wait';
  if (kind !== 'rollback') return 'wait';
  const inEpisode = plan.degradeDay !== undefined && day >= plan.degradeDay;
  if (!inEpisode || plan.script === 'healthy' || plan.script === 'ab') {
    // A false alarm on a model trading like its backtest: the desk says no.
    return age >= 2 ? 'close' : 'wait';
  }
  if (plan.script === 'recover') return 'wait';
  // Automatic rollback should get there first; the person steps in only if it does not.
  if (plan.script === 'auto') return age >= 5 ? 'merge' : 'wait';
  if (age < plan.humanDelay) return 'wait';
  if (plan.script === 'no' && !saidNo) return 'close';
  return 'merge';
}
