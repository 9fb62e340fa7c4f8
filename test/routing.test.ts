// Routing a signal to an A/B arm: deterministic across processes, fair to the split.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bucketOf, routeKey } from '../src/core/routing.js';
import type { DeploymentState } from '../src/core/types.js';

const running: DeploymentState = {
  schema_version: 1,
  model: 'trader',
  production: 'v5',
  paper_trading: [{ version: 'v7', started_at: '2026-10-01T00:00:00Z' }],
  ab_test: {
    control: 'v5',
    candidate: 'v6',
    split: { control: 80, candidate: 20 },
    started_at: '2026-10-02T09:00:00Z',
  },
};

describe('routing keys to arms', () => {
  it('sends about the split to the candidate, the same way every time', () => {
    let candidate = 0;
    for (let i = 0; i < 20_000; i++) {
      const route = routeKey(running, `order-${i}`)!;
      expect(route).toEqual(routeKey(running, `order-${i}`));
      expect(route.version).toBe(route.arm === 'candidate' ? 'v6' : 'v5');
      if (route.arm === 'candidate') candidate++;
    }
    // 20% of 20,000 keys, within 4 standard deviations (±226).
    expect(Math.abs(candidate - 4_000)).toBeLessThan(226);
  });

  it('a new test reshuffles which keys go where', () => {
    const later = {
      ...running,
      ab_test: { ...running.ab_test!, started_at: '2026-11-01T00:00:00Z' },
    };
    const keys = Array.from({ length: 2_000 }, (_, i) => `k${i}`);
    const same = keys.filter((k) => routeKey(running, k)!.arm === routeKey(later, k)!.arm).length;
    // Independent 80/20 draws agree on 0.8² + 0.2² = 68% of keys, not all of them.
    expect(same / keys.length).toBeGreaterThan(0.62);
    expect(same / keys.length).toBeLessThan(0.74);
  });

  it('without a test, production trades everything; paper versions shadow every signal', () => {
    const plain: DeploymentState = { ...running, ab_test: null };
    expect(routeKey(plain, 'x')).toMatchObject({
      version: 'v5',
      arm: 'production',
      shadow: ['v7'],
    });
    expect(routeKey({ ...plain, production: null }, 'x')).toBeNull();
  });

  it('the bucket is the documented formula, so other languages can route the same way', () => {
    const digest = createHash('sha256').update('trader\n2026-10-02T09:00:00Z\norder-42').digest();
    const expected = (Number(digest.readBigUInt64BE(0) >> 16n) / 2 ** 48) * 100;
    expect(bucketOf('trader', '2026-10-02T09:00:00Z', 'order-42')).toBe(expected);
  });
});
