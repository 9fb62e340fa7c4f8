import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  defaultPolicyYaml,
  effectivePolicy,
  parseByteSize,
  type PolicyFile,
} from '../src/core/policy.js';
import { loadYamlFile } from '../src/core/yaml-file.js';

describe('policy', () => {
  it('the file init writes is valid and spells out the proposal defaults', () => {
    const loaded = loadYamlFile<PolicyFile>('registry/policy.yaml', defaultPolicyYaml(), 'policy');
    expect(loaded.ok).toBe(true);
    expect(loaded.ok && effectivePolicy(loaded.value)).toEqual(DEFAULT_POLICY);
    expect(DEFAULT_POLICY.drift).toMatchObject({
      win_rate_drop: 0.1,
      sharpe_drop: 0.3,
      consecutive_losses: 5,
      max_drawdown: 0.15,
    });
    expect(DEFAULT_POLICY.ab_test).toMatchObject({
      candidate_percent: 20,
      min_trades_per_arm: 100,
      min_days: 7,
      min_improvement: 0.15,
    });
    expect(DEFAULT_POLICY.retention).toMatchObject({
      keep_top: 3,
      keep_last: 5,
      min_age_days: 30,
      bottom_fraction: 0.2,
    });
    expect(DEFAULT_POLICY.budget).toEqual({ max_size: '5 GB', max_versions: 20 });
    expect(DEFAULT_POLICY.rollback.automatic_on_severe).toBe(false);
  });

  it('a model override changes only what it names, for that model only', () => {
    const file: PolicyFile = {
      schema_version: 1,
      drift: { sharpe_drop: 0.25 },
      models: { trader: { drift: { consecutive_losses: 8 }, budget: { max_versions: 40 } } },
    };
    const trader = effectivePolicy(file, 'trader');
    expect(trader.drift).toEqual({
      ...DEFAULT_POLICY.drift,
      sharpe_drop: 0.25,
      consecutive_losses: 8,
    });
    expect(trader.budget).toEqual({ max_size: '5 GB', max_versions: 40 });
    const other = effectivePolicy(file, 'hedger');
    expect(other.drift).toEqual({ ...DEFAULT_POLICY.drift, sharpe_drop: 0.25 });
    expect(other.budget).toEqual(DEFAULT_POLICY.budget);
  });

  it('reads sizes people write, in decimal and binary units', () => {
    expect(parseByteSize('5 GB')).toBe(5_000_000_000);
    expect(parseByteSize('500 MiB')).toBe(524_288_000);
    expect(parseByteSize('1.5GiB')).toBe(1_610_612_736);
    expect(parseByteSize(1234)).toBe(1234);
    expect(() => parseByteSize('5 gigs')).toThrow(
      'cannot read the size "5 gigs": use e.g. "5 GB" or "500 MiB"',
    );
  });

  it('a typo in the policy is an error at its line, not a silently ignored setting', () => {
    const text = 'schema_version: 1\ndrift:\n  sharpe_dorp: 0.2\n';
    expect(loadYamlFile('registry/policy.yaml', text, 'policy')).toMatchObject({
      ok: false,
      problems: [
        {
          line: 3,
          column: 3,
          field: 'drift.sharpe_dorp',
          message: expect.stringContaining('unknown field "sharpe_dorp"') as unknown,
        },
      ],
    });
  });
});
