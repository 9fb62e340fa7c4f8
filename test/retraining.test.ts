import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../src/core/policy.js';
import {
  decideRetraining,
  retrainingMarker,
  workflowInputs,
  type ProductionHealth,
  type RetrainingInput,
} from '../src/core/retraining.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const health = (over: Partial<ProductionHealth> = {}): ProductionHealth => ({
  version: 'v3',
  current_severity: 'critical',
  degraded_since: 420,
  action: 'roll back to v2',
  live: { trades: 500, win_rate: 0.44, sharpe_annualised: -0.3 },
  baseline: { sharpe_annual: 1.45, win_rate: 0.55 },
  ...over,
});
const input = (over: Partial<RetrainingInput> = {}): RetrainingInput => ({
  model: 'trader',
  policy: { ...DEFAULT_POLICY.retraining, workflow: 'retrain.yml', max_production_age_days: 90 },
  production: { version: 'v3', registeredAt: '2026-01-01T00:00:00Z' },
  health: health(),
  now: NOW,
  requested: [],
  ...over,
});

describe('when a model asks for retraining', () => {
  it('a degradation is one episode, named by the alarm that began it', () => {
    const decision = decideRetraining(input())!;
    expect(decision).toMatchObject({
      reason: 'degraded',
      episode: 'v3@420',
      alreadyRequested: false,
      target: { kind: 'workflow_dispatch', workflow: 'retrain.yml' },
    });
    // Still the same stretch later (more alarms, worse severity): the same episode, requested.
    const later = decideRetraining(
      input({
        health: health({ current_severity: 'severe' }),
        requested: [retrainingMarker('v3@420')],
      }),
    )!;
    expect(later).toMatchObject({ episode: 'v3@420', alreadyRequested: true });
    // A new stretch after a recovery is a new episode.
    expect(decideRetraining(input({ health: health({ degraded_since: 9_000 }) }))!.episode).toBe(
      'v3@9000',
    );
  });

  it('a warning is not a reason; age is, past the limit only', () => {
    const young = { version: 'v3', registeredAt: '2026-04-01T00:00:00Z' };
    const warning = health({ current_severity: 'warning' });
    expect(decideRetraining(input({ health: warning, production: young }))).toBeUndefined();
    const old = decideRetraining(input({ health: warning }))!;
    expect(old).toMatchObject({ reason: 'stale', episode: 'v3@stale' });
    expect(old.payload).toMatchObject({ age_days: 151, max_production_age_days: 90 });
    expect(
      decideRetraining(
        input({ health: warning, policy: { ...input().policy, max_production_age_days: null } }),
      ),
    ).toBeUndefined();
  });

  it('an episode already requested is recognised, and says so without a new request', () => {
    const decision = decideRetraining(input({ requested: [retrainingMarker('v3@420')] }))!;
    expect(decision.alreadyRequested).toBe(true);
  });

  it('no workflow in the policy: the note asks people, and there is no target', () => {
    const decision = decideRetraining(
      input({ policy: { ...DEFAULT_POLICY.retraining, max_production_age_days: 90 } }),
    )!;
    expect(decision.target).toBeUndefined();
    expect(decision.note).toMatch(/retrain by hand\.$/);
  });

  it('workflow_dispatch gets string inputs only: the evidence travels as JSON', () => {
    const inputs = workflowInputs(decideRetraining(input())!.payload);
    expect(Object.keys(inputs).sort()).toEqual(['evidence', 'model', 'reason', 'version']);
    expect(inputs).toMatchObject({ model: 'trader', version: 'v3', reason: 'degraded' });
    expect(JSON.parse(inputs.evidence!)).toMatchObject({
      episode: 'v3@420',
      severity: 'critical',
      live: { trades: 500 },
    });
  });
});
