import type { RetrainingPolicy } from './policy.js';

/** What the retraining decision needs to know about production's drift (a DriftDecision fits). */
export interface ProductionHealth {
  version: string;
  current_severity: 'healthy' | 'warning' | 'critical' | 'severe';
  /** Trade count at the alarm that began the current stretch of critical or worse. */
  degraded_since: number | null;
  action: string;
  live: { trades: number; win_rate: number | null; sharpe_annualised: number | null };
  baseline: { sharpe_annual: number; win_rate: number };
}

export interface RetrainingInput {
  model: string;
  policy: RetrainingPolicy;
  /** The production version and when it was registered; absent when nothing is in production. */
  production?: { version: string; registeredAt: string };
  /** Its drift decision, when drift is watched. */
  health?: ProductionHealth;
  now: Date;
  /** Episodes retraining was already requested for (markers carried in the model's alert). */
  requested: readonly string[];
}

export type RetrainingReason = 'degraded' | 'stale';

export interface RetrainingDecision {
  reason: RetrainingReason;
  /** Once per episode: `<version>@<first alarm's trade>` for a degradation, `<version>@stale`. */
  episode: string;
  /** The hidden marker the alert carries so reruns do not request this episode again. */
  marker: string;
  /** True when this episode was requested before: say so, send nothing. */
  alreadyRequested: boolean;
  /** How it would be started; absent when the policy names no workflow (people retrain by hand). */
  target?:
    | { kind: 'workflow_dispatch'; workflow: string; ref?: string }
    | {
        kind: 'repository_dispatch';
        eventType: string;
      };
  /** What the alert says, plain text (the alert escapes it). */
  note: string;
  /** Why, for the job summary and the report. */
  why: string;
  /** Sent with the dispatch: the model, the version and the evidence. */
  payload: Record<string, unknown>;
}

const DEGRADED = new Set(['critical', 'severe']);
const DAY_MS = 86_400_000;

export function retrainingMarker(episode: string): string {
  return `<!-- modelgate:retraining ${episode} -->`;
}
/** Finds the markers in an alert body. */
export const RETRAINING_MARKER = /<!-- modelgate:retraining ([a-z0-9._-]+@(?:\d+|stale)) -->/g;

/**
 * Carried beside the episode's marker once GitHub confirmed the start. The request's marker is
 * written before the start and this one after, so an alert with the first alone (the start
 * failed, its answer was lost, or the run died in between) says to check and start it by hand.
 */
export function retrainingStartedMarker(episode: string): string {
  return `<!-- modelgate:retraining-started ${episode} -->`;
}
/** Finds the confirmation markers in an alert body. */
export const RETRAINING_STARTED_MARKER =
  /<!-- modelgate:retraining-started ([a-z0-9._-]+@(?:\d+|stale)) -->/g;

/**
 * Whether a model needs a retrained version, and which episode that is: production degraded to
 * critical or worse (the episode starts at the alarm that began its unbroken stretch of it),
 * or, failing that, production registered longer ago than the policy allows (one episode per
 * production version). Pure: the caller dispatches and remembers.
 */
export function decideRetraining(input: RetrainingInput): RetrainingDecision | undefined {
  const { policy, health, production } = input;
  const target = retrainingTarget(policy);
  const how = target
    ? target.kind === 'workflow_dispatch'
      ? `workflow_dispatch ${target.workflow}`
      : `repository_dispatch ${target.eventType}`
    : undefined;
  const decide = (
    reason: RetrainingReason,
    episode: string,
    situation: string,
    evidence: Record<string, unknown>,
  ): RetrainingDecision => {
    const marker = retrainingMarker(episode);
    return {
      reason,
      episode,
      marker,
      alreadyRequested: input.requested.includes(marker),
      target,
      note: how
        ? `Retraining requested (${how}): ${situation}.`
        : `Due for retraining: ${situation}. The policy names no retraining workflow (retraining.workflow or retraining.event_type), so retrain by hand.`,
      why: `${situation}; once per episode (${episode})`,
      payload: { model: input.model, version: episode.split('@')[0], reason, episode, ...evidence },
    };
  };
  if (health && DEGRADED.has(health.current_severity)) {
    const from = health.degraded_since ?? 0;
    return decide(
      'degraded',
      `${health.version}@${from}`,
      `${health.version}'s ${health.current_severity} degradation from trade ${from}`,
      {
        severity: health.current_severity,
        action: health.action,
        live: {
          trades: health.live.trades,
          win_rate: health.live.win_rate,
          sharpe_annualised: health.live.sharpe_annualised,
        },
        baseline: { sharpe: health.baseline.sharpe_annual, win_rate: health.baseline.win_rate },
      },
    );
  }
  const maxDays = policy.max_production_age_days;
  if (production && maxDays !== null) {
    const registered = Date.parse(production.registeredAt);
    const ageDays = Math.floor((input.now.getTime() - registered) / DAY_MS);
    if (Number.isFinite(ageDays) && ageDays > maxDays) {
      return decide(
        'stale',
        `${production.version}@stale`,
        // The date, not the age: the alert's text stays the same from day to day.
        `${production.version} was registered on ${production.registeredAt.slice(0, 10)}, longer ago than the ${maxDays} days the policy allows production`,
        {
          registered_at: production.registeredAt,
          age_days: ageDays,
          max_production_age_days: maxDays,
        },
      );
    }
  }
  return undefined;
}

function retrainingTarget(policy: RetrainingPolicy): RetrainingDecision['target'] {
  if (policy.workflow) {
    return {
      kind: 'workflow_dispatch',
      workflow: policy.workflow,
      ...(policy.ref ? { ref: policy.ref } : {}),
    };
  }
  if (policy.event_type) return { kind: 'repository_dispatch', eventType: policy.event_type };
  return undefined;
}

/**
 * workflow_dispatch takes string inputs only, and the workflow must declare each one: the model,
 * the version, the reason, and the evidence as JSON.
 */
export function workflowInputs(payload: Record<string, unknown>): Record<string, string> {
  const { model, version, reason, ...evidence } = payload;
  return {
    model: String(model),
    version: String(version),
    reason: String(reason),
    evidence: JSON.stringify(evidence),
  };
}
