import { describe, expect, it } from 'vitest';
import type { ProductionSpell } from '../src/core/history.js';
import { chooseRollbackTarget } from '../src/core/rollback-target.js';
import type { VersionStatus } from '../src/core/types.js';

const spells = (...versions: (string | null)[]): ProductionSpell[] =>
  versions.map((version, i) => ({
    version,
    from: `2026-0${i + 1}-01T00:00:00Z`,
    until: i + 1 < versions.length ? `2026-0${i + 2}-01T00:00:00Z` : undefined,
    commit: `c${i}`,
    who: 'alice',
  }));

describe('chooseRollbackTarget', () => {
  const statuses: Record<string, VersionStatus> = {
    v1: 'active',
    v2: 'degraded',
    v3: 'active',
    v4: 'active',
    v5: 'active',
  };
  const statusOf = (v: string): VersionStatus | undefined => statuses[v];

  it('goes to the most recent earlier production version', () => {
    expect(chooseRollbackTarget('v5', spells('v1', 'v3', 'v4', 'v5'), statusOf)).toEqual({
      version: 'v4',
      reason: 'v4 was in production from 2026-03-01T00:00:00Z until 2026-04-01T00:00:00Z',
    });
  });

  it('never to a degraded or deleted version, and says which it passed over', () => {
    const target = chooseRollbackTarget('v5', spells('v1', 'v2', 'v5'), statusOf);
    expect(target).toEqual({
      version: 'v1',
      reason:
        'v1 was in production from 2026-01-01T00:00:00Z until 2026-02-01T00:00:00Z; skipped v2 (degraded)',
    });
  });

  it('a version registered but never in production is not a rollback target', () => {
    expect(chooseRollbackTarget('v4', spells(null, 'v4'), statusOf)).toEqual({
      version: null,
      reason: 'v4 is the first version ever in production: there is nothing to roll back to',
    });
  });

  it('says there is none when every earlier version is unusable', () => {
    expect(chooseRollbackTarget('v5', spells('v2', 'v5'), statusOf).version).toBeNull();
    expect(chooseRollbackTarget('v5', spells('v9', 'v5'), statusOf).reason).toBe(
      'no earlier production version is usable: v9 (no longer in the registry)',
    );
  });

  it('only earlier versions: a later production version is not a rollback target', () => {
    expect(chooseRollbackTarget('v3', spells('v1', 'v3', 'v4'), statusOf).version).toBe('v1');
  });

  it('falls back to the deployment state when history is short (a shallow clone)', () => {
    expect(chooseRollbackTarget('v5', spells('v5'), statusOf, 'v4')).toEqual({
      version: 'v4',
      reason:
        'v4 is the previous production version in deployment.yaml (history does not show its time in production: a shallow clone?)',
    });
    expect(chooseRollbackTarget('v5', spells('v5'), statusOf, 'v2')).toEqual({
      version: null,
      reason: 'no earlier production version is usable: v2 (degraded)',
    });
  });

  it('a version that came back into production counts once, at its latest spell', () => {
    expect(chooseRollbackTarget('v5', spells('v3', 'v4', 'v3', 'v5'), statusOf).reason).toMatch(
      /^v3 was in production from 2026-03-01/,
    );
  });
});
