/**
 * Seeded A/B test streams for the judge's benchmark: per-trade returns r = σ·(S + ε) for two
 * versions, routed 80/20 (unpaired) or traded side by side on the same signals (paired), with the
 * judge and a plain z-test looking at the same data every 25 signals.
 */
import {
  describeReturns,
  judgeAbStatistics,
  PairedReturnMoments,
  ReturnMoments,
  type AbStatisticsInput,
  type ReturnStatistics,
} from '../../src/core/abtest/index.js';
import { normalQuantile } from '../../src/core/stats/normal.js';
import { Random, streamSeed } from '../drift/random.js';

export const TRADES_PER_YEAR = 252;
export const CONTROL_SHARPE = 1.5 / Math.sqrt(TRADES_PER_YEAR);
export const MARGIN = 0.15;
export const ALPHA = 0.01;
export const CANDIDATE_SHARE = 0.2;
export const LOOK_EVERY = 25;
const SIGMA = 0.01;
const Z_ALPHA = normalQuantile(1 - ALPHA);

export type Noise = 'gaussian' | 'student-t5';
export const NOISES: readonly Noise[] = ['gaussian', 'student-t5'];

/** Unit-variance noise for one arm, or for both arms of a pair with correlation ρ. */
class Noises {
  constructor(
    private readonly random: Random,
    private readonly noise: Noise,
  ) {}

  /** Student-t(5) is Z / √(χ²₅/5), χ²₅ = −2 ln(U₁U₂) + Z'² (χ²₄ as two unit exponentials, plus
   * one χ²₁); × √(3/5) for unit variance (Var t₅ = 5/3). One divisor for both arms of a pair
   * makes them a bivariate t, with the Gaussians' correlation. */
  private tScale(): number {
    if (this.noise === 'gaussian') return 1;
    const z = this.random.gaussian();
    const chiSquare5 = -2 * Math.log(this.random.uniform() * this.random.uniform()) + z * z;
    return Math.sqrt(3 / chiSquare5);
  }

  one(): number {
    const scale = this.tScale();
    return this.random.gaussian() * scale;
  }

  pair(correlation: number): [number, number] {
    const scale = this.tScale();
    const a = this.random.gaussian();
    const b = correlation * a + Math.sqrt(1 - correlation * correlation) * this.random.gaussian();
    return [a * scale, b * scale];
  }
}

export interface Scenario {
  label: string;
  noise: Noise;
  /** Per-trade Sharpe ratios. */
  controlSharpe: number;
  candidateSharpe: number;
  /** null: unpaired 80/20; else both versions trade every signal, with this correlation. */
  correlation: number | null;
  /** Signals per stream: routed trades (unpaired) or pairs (paired). */
  horizon: number;
  code: number;
}

export interface StreamOutcome {
  /** Signals at the judge's first promote, or null. */
  judgePromoted: number | null;
  /** Signals at the judge's first keep-control (margin ruled out, minimums met) or stop-early. */
  judgeKeptControl: number | null;
  judgeStoppedEarly: number | null;
  /** Signals at the first look where z > z_{1−α}, the peeking z-test's promotion. */
  zPromoted: number | null;
  /** z statistic at each requested fixed horizon (the fixed-horizon test's one look). */
  zAt: number[];
  /** The largest z over the looks: the peeking z-test at any level reads it. */
  zMax: number;
  /** The judge's first verdict other than continue, where production would end the test. */
  firstDecision: { verdict: string; signal: number } | null;
}

const EMPTY: ReturnStatistics = describeReturns([]);

function settings(): Omit<AbStatisticsInput, 'control' | 'candidate' | 'paired'> {
  return {
    margin: MARGIN,
    alpha: ALPHA,
    // The weakest minimums the judge allows (30 trades per arm, no days): every look counts.
    progress: {
      days: 0,
      minDays: 0,
      maxDays: Infinity,
      minTradesPerArm: 30,
      requirement: 'both',
    },
    tradesPerYear: TRADES_PER_YEAR,
  };
}

/**
 * One stream, judged every LOOK_EVERY signals up to its horizon. It runs on whatever the verdicts,
 * recording the first of each, so a false promotion is counted even where a keep-control would
 * have ended the test first in production (the stricter measure). With `untilPromoted` it stops
 * once the judge and the z-test have both promoted and every fixed horizon has been looked at.
 */
export function runStream(
  scenario: Scenario,
  seed: number,
  stream: number,
  fixedHorizons: readonly number[],
  untilPromoted = false,
): StreamOutcome {
  const random = new Random(streamSeed(seed, scenario.code, stream));
  const noises = new Noises(random, scenario.noise);
  const control = new ReturnMoments();
  const candidate = new ReturnMoments();
  const pairs = new PairedReturnMoments();
  const base = settings();
  const outcome: StreamOutcome = {
    judgePromoted: null,
    judgeKeptControl: null,
    judgeStoppedEarly: null,
    zPromoted: null,
    zAt: fixedHorizons.map(() => NaN),
    firstDecision: null,
    zMax: -Infinity,
  };
  const lookAt = new Set(fixedHorizons);
  const lastFixedLook = Math.max(0, ...fixedHorizons);
  for (let signal = 1; signal <= scenario.horizon; signal++) {
    if (scenario.correlation === null) {
      if (random.uniform() < CANDIDATE_SHARE) {
        candidate.add(SIGMA * (scenario.candidateSharpe + noises.one()));
      } else {
        control.add(SIGMA * (scenario.controlSharpe + noises.one()));
      }
    } else {
      const [a, b] = noises.pair(scenario.correlation);
      pairs.add(SIGMA * (scenario.controlSharpe + a), SIGMA * (scenario.candidateSharpe + b));
    }
    const fixedLook = lookAt.has(signal);
    if (signal % LOOK_EVERY !== 0 && !fixedLook) continue;
    const input: AbStatisticsInput =
      scenario.correlation === null
        ? { ...base, control: control.statistics(), candidate: candidate.statistics() }
        : { ...base, control: EMPTY, candidate: EMPTY, paired: pairs.statistics() };
    const judgement = judgeAbStatistics(input);
    const d = judgement.difference;
    const enough =
      judgement.minimums.tradesPerArm[0] >= 30 && judgement.minimums.tradesPerArm[1] >= 30;
    // The baseline: the same delta-method estimate and standard error, against z_{1−α} as if
    // this look were the only one.
    const z = d && enough && d.standardError > 0 ? d.estimate / d.standardError : NaN;
    if (fixedLook) outcome.zAt[fixedHorizons.indexOf(signal)] = z;
    if (signal % LOOK_EVERY !== 0) continue;
    if (outcome.zPromoted === null && z > Z_ALPHA) outcome.zPromoted = signal;
    if (z > outcome.zMax) outcome.zMax = z;
    if (outcome.judgePromoted === null && judgement.verdict === 'promote') {
      outcome.judgePromoted = signal;
    }
    if (outcome.judgeKeptControl === null && judgement.verdict === 'keep-control') {
      outcome.judgeKeptControl = signal;
    }
    if (outcome.judgeStoppedEarly === null && judgement.verdict === 'stop-early') {
      outcome.judgeStoppedEarly = signal;
    }
    if (outcome.firstDecision === null && judgement.verdict !== 'continue') {
      outcome.firstDecision = { verdict: judgement.verdict, signal };
    }
    if (
      untilPromoted &&
      outcome.judgePromoted !== null &&
      outcome.zPromoted !== null &&
      signal >= lastFixedLook
    ) {
      break;
    }
  }
  return outcome;
}

/** Per-signal variance of D̂ = Ŝ_cand − (1 + m)Ŝ_ctl for normal returns (Lo; Memmel). */
export function differenceVariancePerSignal(scenario: Scenario): number {
  const c = 1 + MARGIN;
  const sK = scenario.controlSharpe;
  const sC = scenario.candidateSharpe;
  const vK = 1 + (sK * sK) / 2;
  const vC = 1 + (sC * sC) / 2;
  if (scenario.correlation === null) {
    return vC / CANDIDATE_SHARE + (c * c * vK) / (1 - CANDIDATE_SHARE);
  }
  const rho = scenario.correlation;
  return vC + c * c * vK - 2 * c * (rho + (sK * sC * rho * rho) / 2);
}

/** Signals a one-look z-test at level α needs for the given power: (z_{1−α} + z_p)²·v / D². */
export function fixedHorizonSignals(scenario: Scenario, power: number): number {
  const d = scenario.candidateSharpe - (1 + MARGIN) * scenario.controlSharpe;
  return Math.ceil(
    ((Z_ALPHA + normalQuantile(power)) ** 2 * differenceVariancePerSignal(scenario)) / (d * d),
  );
}

export { Z_ALPHA };
