/**
 * Tunes the comparison detectors that need tuning (the oracle CUSUMs and the tuned
 * Page-Hinkley) to 1 false alarm per 10,000 healthy Gaussian trades, on calibration seeds that
 * the evaluation run (`run.ts`) never uses. Prints the thresholds to paste into `TUNED` in
 * detectors.ts.
 *
 * modelgate's own thresholds are not tuned here or anywhere: they follow from the designed
 * false-alarm rates (the Shiryaev–Roberts bound, Siegmund's approximation, run probabilities).
 *
 *   npx tsx bench/drift/calibrate.ts
 */
import {
  OracleCusum,
  PageHinkley,
  type Detector,
  type DetectorSpec,
  type StreamFacts,
} from './detectors.js';
import { runStationary } from './simulate.js';
import { BENCHMARK_FACTS, CALIBRATION_SEED, SCENARIOS } from './setup.js';

const TARGET_PER_10K = 1;
const STREAMS = 200;
const TRADES = 50_000;

function falseAlarmsPer10k(create: (facts: StreamFacts) => Detector): number {
  const spec: DetectorSpec = { name: 'candidate', note: '', create };
  const [result] = runStationary(
    [spec],
    BENCHMARK_FACTS.gaussian,
    'gaussian',
    STREAMS,
    TRADES,
    CALIBRATION_SEED,
  );
  return result ? (result.alarms / result.trades) * 10_000 : NaN;
}

/** Bisection on a threshold (false alarms fall as it rises), with common random numbers. */
function tune(
  label: string,
  low: number,
  high: number,
  make: (h: number) => DetectorSpec['create'],
) {
  for (let i = 0; i < 18; i++) {
    const middle = (low + high) / 2;
    if (falseAlarmsPer10k(make(middle)) > TARGET_PER_10K) low = middle;
    else high = middle;
  }
  const threshold = Number(high.toFixed(2));
  const check = falseAlarmsPer10k(make(threshold));
  console.log(`${label}: ${threshold} (${check.toFixed(3)} false alarms per 10,000 trades)`);
  return threshold;
}

const perTrade = (annual: number): number =>
  annual / Math.sqrt(BENCHMARK_FACTS.gaussian.tradesPerYear);
const baseline = perTrade(BENCHMARK_FACTS.gaussian.baselineSharpeAnnual);
const started = Date.now();
for (const scenario of SCENARIOS) {
  tune(
    `oracle CUSUM threshold for → ${scenario.sharpeAfter}`,
    1,
    200,
    (h) => (facts) =>
      new OracleCusum(facts.returnScale, baseline, baseline - perTrade(scenario.sharpeAfter), h),
  );
}
tune(
  'Page-Hinkley (down) threshold λ',
  1,
  1000,
  (h) => (facts) => new PageHinkley(facts.returnScale, h, 'down'),
);
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
