import { ModelgateError } from './problems.js';
import type { RankMetric } from './types.js';

export interface DriftPolicy {
  enabled: boolean;
  win_rate_drop: number;
  sharpe_drop: number;
  consecutive_losses: number;
  max_drawdown: number;
  trades_per_year?: number;
}
export interface AbTestPolicy {
  candidate_percent: number;
  min_trades_per_arm: number;
  min_days: number;
  min_requirement: 'both' | 'either';
  max_days: number;
  metric: RankMetric;
  min_improvement: number;
}
export interface RetentionPolicy {
  rank_metric: RankMetric;
  keep_top: number;
  keep_last: number;
  min_age_days: number;
  bottom_fraction: number;
}
export interface BudgetPolicy {
  max_size: number | string;
  max_versions: number;
}
/** How modelgate asks for a retrained version; every field null: it never does. */
export interface RetrainingPolicy {
  /** A repository_dispatch event type that starts retraining. */
  event_type: string | null;
  /** Or a workflow file started by workflow_dispatch (inputs model, version, reason, evidence). */
  workflow: string | null;
  /** The branch workflow_dispatch runs on; null: the registry's branch. */
  ref: string | null;
  /** Production registered longer ago than this asks for retraining even when it trades well. */
  max_production_age_days: number | null;
}

export interface EffectivePolicy {
  drift: DriftPolicy;
  ab_test: AbTestPolicy;
  retention: RetentionPolicy;
  budget: BudgetPolicy;
  rollback: { automatic_on_severe: boolean };
  review: { reviewers: string[]; assignees: string[] };
  retraining: RetrainingPolicy;
}

type Sections = { [K in keyof EffectivePolicy]?: Partial<EffectivePolicy[K]> };
/** registry/policy.yaml as written: every section optional, per-model overrides under `models`. */
export interface PolicyFile extends Sections {
  schema_version: 1;
  models?: Record<string, Sections>;
}

/** The users' own numbers (seed proposal), used wherever the policy file is silent. */
export const DEFAULT_POLICY: EffectivePolicy = {
  drift: {
    enabled: true,
    win_rate_drop: 0.1,
    sharpe_drop: 0.3,
    consecutive_losses: 5,
    max_drawdown: 0.15,
  },
  ab_test: {
    candidate_percent: 20,
    min_trades_per_arm: 100,
    min_days: 7,
    min_requirement: 'both',
    max_days: 30,
    metric: 'sharpe',
    min_improvement: 0.15,
  },
  retention: {
    rank_metric: 'sharpe',
    keep_top: 3,
    keep_last: 5,
    min_age_days: 30,
    bottom_fraction: 0.2,
  },
  budget: { max_size: '5 GB', max_versions: 20 },
  rollback: { automatic_on_severe: false },
  review: { reviewers: [], assignees: [] },
  retraining: { event_type: null, workflow: null, ref: null, max_production_age_days: null },
};

/** The policy that applies to one model: defaults, then the file's sections, then its overrides. */
export function effectivePolicy(file: PolicyFile | undefined, model?: string): EffectivePolicy {
  const layers: Sections[] = [file ?? {}, (model && file?.models?.[model]) || {}];
  const result = structuredClone(DEFAULT_POLICY) as unknown as Record<string, object>;
  for (const layer of layers) {
    for (const [section, values] of Object.entries(layer)) {
      if (section in result && values && typeof values === 'object') {
        result[section] = { ...result[section], ...values };
      }
    }
  }
  return result as unknown as EffectivePolicy;
}

const UNITS: Record<string, number> = {
  B: 1,
  kB: 1e3,
  KB: 1e3,
  KiB: 2 ** 10,
  MB: 1e6,
  MiB: 2 ** 20,
  GB: 1e9,
  GiB: 2 ** 30,
  TB: 1e12,
  TiB: 2 ** 40,
};

/** "5 GB" → 5,000,000,000; "500 MiB" → 524,288,000; a plain number is bytes. */
export function parseByteSize(size: number | string): number {
  if (typeof size === 'number') return size;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]+)\s*$/.exec(size);
  const unit = match?.[2] ? UNITS[match[2]] : undefined;
  if (!match?.[1] || unit === undefined) {
    throw new ModelgateError(
      `cannot read the size ${JSON.stringify(size)}: use e.g. "5 GB" or "500 MiB"`,
    );
  }
  const bytes = Math.round(Number(match[1]) * unit);
  // A budget is bytes on a disk: beyond 2^53 it cannot be counted exactly, let alone stored.
  if (!Number.isSafeInteger(bytes)) {
    throw new ModelgateError(
      `cannot read the size ${JSON.stringify(size.length > 40 ? `${size.slice(0, 40)}…` : size)}: too large (at most 8 PB)`,
    );
  }
  return bytes;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 'B';
  for (const next of units) {
    if (value < 1000) break;
    value /= 1000;
    unit = next;
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${unit}`;
}

/** registry/policy.yaml as `init` writes it: every default spelled out, with the reason for each. */
export function defaultPolicyYaml(): string {
  const d = DEFAULT_POLICY;
  return `# modelgate registry policy. Every setting is optional; the values shown are the defaults.
# Override any section for one model under \`models:\`, e.g.
#   models:
#     trader:
#       drift: { sharpe_drop: 0.2 }
schema_version: 1

drift:
  enabled: ${d.drift.enabled}
  win_rate_drop: ${d.drift.win_rate_drop}      # alert when live win rate falls 10 points below baseline (55% -> 45%)
  sharpe_drop: ${d.drift.sharpe_drop}         # alert when live Sharpe falls 0.3 below baseline
  consecutive_losses: ${d.drift.consecutive_losses}   # alert after this many losing trades in a row
  max_drawdown: ${d.drift.max_drawdown}       # alert at 15% drawdown from the equity peak

ab_test:
  candidate_percent: ${d.ab_test.candidate_percent}   # 80/20 split: 20% of traffic to the candidate
  min_trades_per_arm: ${d.ab_test.min_trades_per_arm}
  min_days: ${d.ab_test.min_days}
  min_requirement: ${d.ab_test.min_requirement}    # "both": ${d.ab_test.min_trades_per_arm} trades AND ${d.ab_test.min_days} days; "either": whichever comes first
  max_days: ${d.ab_test.max_days}
  metric: ${d.ab_test.metric}
  min_improvement: ${d.ab_test.min_improvement}    # switch only if the candidate is more than 15% better

retention:
  rank_metric: ${d.retention.rank_metric}
  keep_top: ${d.retention.keep_top}             # always keep the best 3 by rank_metric
  keep_last: ${d.retention.keep_last}            # always keep the 5 most recent versions
  min_age_days: ${d.retention.min_age_days}        # never suggest deleting a version younger than this
  bottom_fraction: ${d.retention.bottom_fraction}    # the worst 20% by rank_metric are candidates

budget:
  max_size: ${d.budget.max_size}          # artifact storage per model
  max_versions: ${d.budget.max_versions}

rollback:
  automatic_on_severe: ${d.rollback.automatic_on_severe}   # never switch models without review unless you turn this on

review:
  reviewers: []
  assignees: []

retraining:
  event_type: null     # a repository_dispatch type that starts your retraining, e.g. retrain-model
  workflow: null       # or a workflow file started by workflow_dispatch, e.g. retrain.yml
  max_production_age_days: null   # also ask for retraining when production is older than this
`;
}
