import { createHash } from 'node:crypto';
import type { DeploymentState } from './types.js';

export interface Route {
  /** The version that trades this key with money. */
  version: string;
  /** `production` when no A/B test runs; otherwise the arm the key falls in. */
  arm: 'production' | 'control' | 'candidate';
  /** Versions that should also see this signal without money (paper trading). */
  shadow: string[];
  /** Where the key fell in [0, 100): the candidate gets keys below its percent. */
  bucket: number;
}

/**
 * Which version trades a signal or order key. Deterministic: a hash of the model, the test's
 * start time and the key, so every process and every restart routes a key the same way, a new
 * test reshuffles keys (arms do not inherit the last test's luck), and the share of keys each
 * arm gets converges to the split. Null when the model has no production version yet.
 */
export function routeKey(state: DeploymentState, key: string): Route | null {
  const shadow = (state.paper_trading ?? []).map((paper) => paper.version);
  const test = state.ab_test;
  if (!test) {
    if (!state.production) return null;
    return {
      version: state.production,
      arm: 'production',
      shadow,
      bucket: bucketOf(state.model, '', key),
    };
  }
  const bucket = bucketOf(state.model, test.started_at, key);
  const candidate = bucket < test.split.candidate;
  return {
    version: candidate ? test.candidate : test.control,
    arm: candidate ? 'candidate' : 'control',
    shadow,
    bucket,
  };
}

/**
 * A uniform number in [0, 100) from SHA-256 (its first 48 bits), so routing does not depend on
 * the platform's hash or on the order keys arrive in. Reimplementable in any language:
 * sha256(`${model}\n${started_at}\n${key}`), first 6 bytes big-endian, / 2^48 × 100.
 */
export function bucketOf(model: string, startedAt: string, key: string): number {
  const digest = createHash('sha256').update(`${model}\n${startedAt}\n${key}`).digest();
  return (digest.readUIntBE(0, 6) / 2 ** 48) * 100;
}
