/**
 * The benchmark's experiments. Every detector reads the same simulated trades, side by side, and
 * restarts (a fresh instance) after each of its alarms.
 */
import type { Detector, DetectorSpec, StreamFacts } from './detectors.js';
import { Random, streamSeed } from './random.js';

/**
 * Unit-variance, mean-zero noise. The benchmark proper uses the first two; robustness.ts adds two
 * strongly skewed ones (skewness ±2): E − 1 with E exponential (many small losses, a few large
 * gains, like trend following) and its mirror 1 − E (many small gains, a few large losses, like
 * selling options).
 */
export type Noise = 'gaussian' | 'student-t4' | 'skewed-gains' | 'skewed-losses';
export type BenchmarkNoise = 'gaussian' | 'student-t4';
export const NOISES: readonly BenchmarkNoise[] = ['gaussian', 'student-t4'];

function noiseDraw(random: Random, noise: Noise): number {
  switch (noise) {
    case 'gaussian':
      return random.gaussian();
    case 'student-t4':
      return random.studentT4UnitVariance();
    case 'skewed-gains':
      return -Math.log(random.uniform()) - 1;
    case 'skewed-losses':
      return 1 + Math.log(random.uniform());
  }
}

const NOISE_CODE: Record<Noise, number> = {
  gaussian: 1,
  'student-t4': 2,
  'skewed-gains': 3,
  'skewed-losses': 4,
};

export interface StationaryResult {
  alarms: number;
  trades: number;
}

/** Healthy streams: count every false alarm, restarting the detector after each. */
export function runStationary(
  specs: readonly DetectorSpec[],
  facts: StreamFacts,
  noise: Noise,
  streams: number,
  tradesPerStream: number,
  seed: number,
): StationaryResult[] {
  const results = specs.map(() => ({ alarms: 0, trades: 0 }));
  const mean = facts.baselineSharpeAnnual / Math.sqrt(facts.tradesPerYear);
  for (let s = 0; s < streams; s++) {
    const random = new Random(streamSeed(seed, 1, NOISE_CODE[noise], s));
    const detectors = specs.map((spec) => spec.create(facts));
    for (let t = 0; t < tradesPerStream; t++) {
      const r = facts.returnScale * (mean + noiseDraw(random, noise));
      for (let d = 0; d < detectors.length; d++) {
        if ((detectors[d] as Detector).update(r)) {
          (results[d] as StationaryResult).alarms++;
          detectors[d] = (specs[d] as DetectorSpec).create(facts);
        }
      }
    }
    for (const result of results) result.trades += tradesPerStream;
  }
  return results;
}

/** Healthy streams of `horizon` trades: the share with at least one alarm. */
export function runEarly(
  specs: readonly DetectorSpec[],
  facts: StreamFacts,
  noise: Noise,
  streams: number,
  horizon: number,
  seed: number,
): number[] {
  const hits = specs.map(() => 0);
  const mean = facts.baselineSharpeAnnual / Math.sqrt(facts.tradesPerYear);
  for (let s = 0; s < streams; s++) {
    const random = new Random(streamSeed(seed, 2, NOISE_CODE[noise], s));
    const detectors: (Detector | null)[] = specs.map((spec) => spec.create(facts));
    let waiting = detectors.length;
    for (let t = 0; t < horizon && waiting > 0; t++) {
      const r = facts.returnScale * (mean + noiseDraw(random, noise));
      for (let d = 0; d < detectors.length; d++) {
        const detector = detectors[d];
        if (detector?.update(r)) {
          hits[d] = (hits[d] ?? 0) + 1;
          detectors[d] = null;
          waiting--;
        }
      }
    }
  }
  return hits.map((h) => h / streams);
}

export interface ChangeResult {
  streams: number;
  alarmsBeforeChange: number;
  /** Trades after the change up to and including the alarm (1 = at the first changed trade). */
  delays: number[];
  misses: number;
}

/** A change of the Sharpe ratio at trade `changeAt` (0-based index of the first changed trade). */
export function runChange(
  specs: readonly DetectorSpec[],
  facts: StreamFacts,
  noise: Noise,
  streams: number,
  changeAt: number,
  sharpeAfterAnnual: number,
  horizonAfterChange: number,
  seed: number,
  scenarioCode: number,
): ChangeResult[] {
  const results: ChangeResult[] = specs.map(() => ({
    streams,
    alarmsBeforeChange: 0,
    delays: [],
    misses: 0,
  }));
  const before = facts.baselineSharpeAnnual / Math.sqrt(facts.tradesPerYear);
  const after = sharpeAfterAnnual / Math.sqrt(facts.tradesPerYear);
  const end = changeAt + horizonAfterChange;
  for (let s = 0; s < streams; s++) {
    const random = new Random(streamSeed(seed, 3, NOISE_CODE[noise], scenarioCode, s));
    const detectors: (Detector | null)[] = specs.map((spec) => spec.create(facts));
    let waiting = detectors.length;
    for (let t = 0; t < end && waiting > 0; t++) {
      const r = facts.returnScale * ((t < changeAt ? before : after) + noiseDraw(random, noise));
      for (let d = 0; d < detectors.length; d++) {
        if (!detectors[d]?.update(r)) continue;
        const result = results[d] as ChangeResult;
        if (t < changeAt) result.alarmsBeforeChange++;
        else result.delays.push(t - changeAt + 1);
        detectors[d] = null;
        waiting--;
      }
    }
    detectors.forEach((detector, d) => {
      if (detector) (results[d] as ChangeResult).misses++;
    });
  }
  return results;
}
