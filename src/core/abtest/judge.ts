/**
 * The A/B test judge: does the candidate beat the control's Sharpe ratio by the policy's margin,
 * with a false-promotion rate that holds however often the test is looked at? Pure: returns in,
 * a verdict and its evidence out. The design is documented in ./index.ts.
 */
import { normalCdf } from '../stats/normal.js';
import { wilsonInterval } from '../trades/live-metrics.js';

/** No statistical verdict (promote, stop-early, keep-control by evidence) on fewer trades per arm. */
export const MIN_TRADES_TO_JUDGE = 30;
export const DEFAULT_ALPHA = 0.01;
/** The annualised Sharpe difference the confidence sequences are tightest for, by default. */
export const DEFAULT_TUNED_DIFFERENCE = 1;
/** The trade rate that converts DEFAULT_TUNED_DIFFERENCE to per trade when none is given. */
export const DEFAULT_TRADES_PER_YEAR = 252;
/**
 * A second mixture component, for large differences: tightest around 30 trades per arm, so a
 * candidate that loses money from its first trades is stopped then, not after the thousands of
 * trades a small difference needs. Its 10% weight costs the tuned component about 1% of width.
 */
export const LARGE_DIFFERENCE_SCALE = 0.5;
export const LARGE_DIFFERENCE_WEIGHT = 0.1;

export type AbVerdict = 'continue' | 'promote' | 'keep-control' | 'stop-early';

export interface AbProgress {
  /** Days since the test started. */
  days: number;
  minDays: number;
  /** At this many days the test ends: promote if the evidence is in by then, else keep-control. */
  maxDays: number;
  minTradesPerArm: number;
  /** 'both': the minimum trades in each arm and the minimum days; 'either': whichever comes first. */
  requirement: 'both' | 'either';
}

/** What every way into the judge shares: the policy, the clock and the caller's guardrail. */
export interface AbJudgeSettings {
  /** The candidate must beat the control's Sharpe ratio by this fraction (0.15 = 15%). */
  margin: number;
  /** The false-promotion rate, valid under continuous monitoring. Default 0.01. */
  alpha?: number;
  progress: AbProgress;
  /** Why the candidate tripped a critical degradation rule, if it did: the verdict is stop-early. */
  guardrail?: string | null;
  /** Reports annualised Sharpe ratios alongside per trade, and tunes the boundary (see below). */
  tradesPerYear?: number;
  /**
   * The annualised Sharpe difference the always-valid bounds are tightest for (default 1). Any
   * value keeps every error rate; it only moves where the bounds are narrowest. Fix it for the
   * life of a test: choosing it from the data seen would void the guarantee.
   */
  tunedForDifference?: number;
}

export interface AbJudgeInput extends AbJudgeSettings {
  /** Per-trade returns of the control arm, in time order (trades routed to one arm only). */
  control: readonly number[];
  candidate: readonly number[];
  /**
   * Returns of both versions on the same signals, aligned (control[i] and candidate[i] traded
   * signal i). With at least MIN_TRADES_TO_JUDGE pairs the pairs are the evidence and the
   * unpaired arrays are not used: a caller may pass every trade in both places without them
   * being counted twice.
   */
  paired?: { control: readonly number[]; candidate: readonly number[] } | null;
  /** Wins per arm when the caller counts them itself; otherwise returns > 0. Unpaired only. */
  controlWins?: number;
  candidateWins?: number;
}

/** The same judgement from summary statistics, e.g. kept up to date by ReturnMoments. */
export interface AbStatisticsInput extends AbJudgeSettings {
  control: ReturnStatistics;
  candidate: ReturnStatistics;
  paired?: PairStatistics | null;
}

/** What the judge needs to know about one arm's returns. Moments are the sample's (divided by n). */
export interface ReturnStatistics {
  trades: number;
  wins: number;
  /** 0 without trades. */
  mean: number;
  /** Sample standard deviation (divided by n − 1); 0 with fewer than two trades. */
  standardDeviation: number;
  /** m₃ / m₂^{3/2}; 0 when the returns do not vary. */
  skewness: number;
  /** m₄ / m₂² (3 for a normal distribution, not the excess); 3 when the returns do not vary. */
  kurtosis: number;
}

/**
 * Two arms' returns on the same signals. With z the returns standardised by their sample moments,
 * the co-moments are sample means of products of z: what the covariance of the two Sharpe
 * estimates depends on beyond each arm's own moments.
 */
export interface PairStatistics {
  pairs: number;
  control: ReturnStatistics;
  candidate: ReturnStatistics;
  /** mean(z_ctl · z_cand) */
  correlation: number;
  /** mean(z_ctl² · z_cand) */
  coskewControl: number;
  /** mean(z_ctl · z_cand²) */
  coskewCandidate: number;
  /** mean(z_ctl² · z_cand²); 1 + 2ρ² for normal returns. */
  cokurtosis: number;
}

export interface ArmSummary {
  trades: number;
  sharpePerTrade: number | null;
  sharpeAnnualised: number | null;
  /** Always-valid two-sided interval for the Sharpe ratio per trade, at level alpha. */
  sharpeInterval: [number, number] | null;
  sharpeIntervalAnnualised: [number, number] | null;
  winRate: number | null;
  /** 95% Wilson interval: a description for a reviewer, not part of the decision. */
  winRateInterval: [number, number] | null;
}

/** A per-trade Sharpe difference with always-valid bounds. */
export interface AbBounds {
  estimate: number;
  /** Holds at every look at once with probability ≥ 1 − alpha. */
  lower: number;
  /** Likewise. */
  upper: number;
  alpha: number;
  standardError: number;
}

export interface AbJudgement {
  verdict: AbVerdict;
  /** One sentence a reviewer reads. */
  reason: string;
  method: 'unpaired' | 'paired';
  arms: { control: ArmSummary; candidate: ArmSummary };
  /**
   * D = S_cand − (1 + m)·S_ctl per trade (S_cand − S_ctl − m·|S_ctl| in general, so that a losing
   * control is not beaten by an equally losing candidate). Promote when lower > 0; the margin is
   * ruled out when upper < 0. Null when a Sharpe ratio is undefined.
   */
  difference: AbBounds | null;
  /** S_cand − S_ctl per trade: stop-early when upper < 0. */
  gap: AbBounds | null;
  /** S_cand / S_ctl when S_ctl > 0. */
  ratio: number | null;
  minimums: {
    met: boolean;
    /** [control, candidate] trades in the evidence (pairs count for both in paired mode). */
    tradesPerArm: [number, number];
    days: number;
    detail: string;
  };
}

// ---- moments ------------------------------------------------------------------------------

function statisticsFromSums(
  n: number,
  shift: number,
  s1: number,
  s2: number,
  s3: number,
  s4: number,
  wins: number,
): { statistics: ReturnStatistics; secondMoment: number } {
  if (n === 0) {
    return {
      statistics: {
        trades: 0,
        wins: 0,
        mean: 0,
        standardDeviation: 0,
        skewness: 0,
        kurtosis: 3,
      },
      secondMoment: 0,
    };
  }
  // Power sums about a shift near the data (its first value) keep the cancellation small.
  const a = s1 / n;
  const e2 = s2 / n;
  const m2 = Math.max(0, e2 - a * a);
  const m3 = s3 / n - 3 * a * e2 + 2 * a * a * a;
  const m4 = s4 / n - 4 * a * (s3 / n) + 6 * a * a * e2 - 3 * a * a * a * a;
  const mean = shift + a;
  const standardDeviation = n >= 2 ? Math.sqrt((m2 * n) / (n - 1)) : 0;
  const varies = varying(mean, standardDeviation);
  return {
    statistics: {
      trades: n,
      wins,
      mean,
      standardDeviation,
      skewness: varies ? m3 / m2 ** 1.5 : 0,
      kurtosis: varies ? Math.max(1, m4 / (m2 * m2)) : 3,
    },
    // 0 when the spread is rounding: the paired co-moments are then left out too.
    secondMoment: varies ? m2 : 0,
  };
}

/**
 * Below a standard deviation of 1e-9 of the mean the spread is rounding, not risk: a Sharpe ratio
 * of a billion per trade would be noise dressed as evidence.
 */
function varying(mean: number, standardDeviation: number): boolean {
  return standardDeviation > 0 && standardDeviation > 1e-9 * Math.abs(mean);
}

function assertFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) {
    throw new RangeError(`A/B judge: ${what} must be a finite number, got ${value}`);
  }
}

/** One arm's moments, one return at a time, in constant memory. */
export class ReturnMoments {
  private n = 0;
  private shift = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;
  private s4 = 0;
  private wins = 0;

  add(tradeReturn: number): void {
    assertFinite(tradeReturn, 'a trade return');
    if (this.n === 0) this.shift = tradeReturn;
    const d = tradeReturn - this.shift;
    const d2 = d * d;
    this.n++;
    this.s1 += d;
    this.s2 += d2;
    this.s3 += d2 * d;
    this.s4 += d2 * d2;
    if (tradeReturn > 0) this.wins++;
  }

  statistics(): ReturnStatistics {
    return statisticsFromSums(this.n, this.shift, this.s1, this.s2, this.s3, this.s4, this.wins)
      .statistics;
  }
}

/** Two arms' moments and co-moments over aligned pairs, one pair at a time. */
export class PairedReturnMoments {
  private n = 0;
  private shiftX = 0;
  private shiftY = 0;
  // x = control, y = candidate, both about their shifts.
  private x = 0;
  private y = 0;
  private xx = 0;
  private yy = 0;
  private xy = 0;
  private xxx = 0;
  private yyy = 0;
  private xxy = 0;
  private xyy = 0;
  private xxxx = 0;
  private yyyy = 0;
  private xxyy = 0;
  private winsX = 0;
  private winsY = 0;

  add(controlReturn: number, candidateReturn: number): void {
    assertFinite(controlReturn, 'a paired control return');
    assertFinite(candidateReturn, 'a paired candidate return');
    if (this.n === 0) {
      this.shiftX = controlReturn;
      this.shiftY = candidateReturn;
    }
    const dx = controlReturn - this.shiftX;
    const dy = candidateReturn - this.shiftY;
    const dx2 = dx * dx;
    const dy2 = dy * dy;
    this.n++;
    this.x += dx;
    this.y += dy;
    this.xx += dx2;
    this.yy += dy2;
    this.xy += dx * dy;
    this.xxx += dx2 * dx;
    this.yyy += dy2 * dy;
    this.xxy += dx2 * dy;
    this.xyy += dx * dy2;
    this.xxxx += dx2 * dx2;
    this.yyyy += dy2 * dy2;
    this.xxyy += dx2 * dy2;
    if (controlReturn > 0) this.winsX++;
    if (candidateReturn > 0) this.winsY++;
  }

  statistics(): PairStatistics {
    const n = this.n;
    const { statistics: control, secondMoment: m2x } = statisticsFromSums(
      n,
      this.shiftX,
      this.x,
      this.xx,
      this.xxx,
      this.xxxx,
      this.winsX,
    );
    const { statistics: candidate, secondMoment: m2y } = statisticsFromSums(
      n,
      this.shiftY,
      this.y,
      this.yy,
      this.yyy,
      this.yyyy,
      this.winsY,
    );
    if (n === 0 || m2x === 0 || m2y === 0) {
      return {
        pairs: n,
        control,
        candidate,
        correlation: 0,
        coskewControl: 0,
        coskewCandidate: 0,
        cokurtosis: 1,
      };
    }
    const a = this.x / n;
    const b = this.y / n;
    const exx = this.xx / n;
    const eyy = this.yy / n;
    const exy = this.xy / n;
    const exxy = this.xxy / n;
    const exyy = this.xyy / n;
    // Central co-moments from the power sums (expand (x − a)^i (y − b)^j and take means).
    const c11 = exy - a * b;
    const c21 = exxy - b * exx - 2 * a * exy + 2 * a * a * b;
    const c12 = exyy - a * eyy - 2 * b * exy + 2 * a * b * b;
    const c22 =
      this.xxyy / n -
      2 * b * exxy -
      2 * a * exyy +
      b * b * exx +
      a * a * eyy +
      4 * a * b * exy -
      3 * a * a * b * b;
    const sx = Math.sqrt(m2x);
    const sy = Math.sqrt(m2y);
    return {
      pairs: n,
      control,
      candidate,
      correlation: Math.max(-1, Math.min(1, c11 / (sx * sy))),
      coskewControl: c21 / (m2x * sy),
      coskewCandidate: c12 / (sx * m2y),
      cokurtosis: Math.max(0, c22 / (m2x * m2y)),
    };
  }
}

export function describeReturns(returns: readonly number[]): ReturnStatistics {
  const moments = new ReturnMoments();
  for (const r of returns) moments.add(r);
  return moments.statistics();
}

export function describePairs(
  control: readonly number[],
  candidate: readonly number[],
): PairStatistics {
  if (control.length !== candidate.length) {
    throw new RangeError(
      `A/B judge: paired returns must align, got ${control.length} control and ` +
        `${candidate.length} candidate returns`,
    );
  }
  const moments = new PairedReturnMoments();
  for (let i = 0; i < control.length; i++) moments.add(control[i] ?? NaN, candidate[i] ?? NaN);
  return moments.statistics();
}

// ---- the Sharpe ratio's sampling distribution ----------------------------------------------------

/** The per-trade Sharpe ratio, or null when it is undefined (fewer than two trades, no spread). */
export function sharpeRatio(statistics: ReturnStatistics): number | null {
  const { trades, mean, standardDeviation } = statistics;
  return trades >= 2 && varying(mean, standardDeviation) ? mean / standardDeviation : null;
}

/**
 * n·Var(Ŝ) to first order (Mertens 2002; Lo 2002 for normal returns): the variance of the Sharpe
 * ratio's influence function z − (S/2)(z² − 1), i.e. 1 + S²/2 − γ₃·S + (γ₄ − 3)/4·S², with the
 * sample skewness γ₃ and kurtosis γ₄ so that skewed and heavy-tailed returns are covered.
 */
function sharpeInfluenceVariance(statistics: ReturnStatistics, sharpe: number): number {
  const { skewness, kurtosis } = statistics;
  const variance =
    1 + (sharpe * sharpe) / 2 - skewness * sharpe + ((kurtosis - 3) / 4) * sharpe * sharpe;
  // Non-negative in exact arithmetic (it is a mean of squares); rounding may say −1e-17.
  return Math.max(0, variance);
}

/** Var(Ŝ) ≈ (1 + Ŝ²/2 − γ₃Ŝ + (γ₄ − 3)/4·Ŝ²) / n; null when the Sharpe ratio is undefined. */
export function sharpeVariance(statistics: ReturnStatistics): number | null {
  const sharpe = sharpeRatio(statistics);
  return sharpe === null ? null : sharpeInfluenceVariance(statistics, sharpe) / statistics.trades;
}

/**
 * n·Cov(Ŝ_ctl, Ŝ_cand) on aligned pairs: the covariance of the two influence functions,
 * ρ − (S_ctl/2)·E[z_ctl² z_cand] − (S_cand/2)·E[z_ctl z_cand²] + (S_ctl·S_cand/4)(E[z_ctl² z_cand²] − 1).
 * For normal returns this is Jobson & Korkie's covariance with Memmel's (2003) correction,
 * ρ + S_ctl·S_cand·ρ²/2.
 */
function sharpeInfluenceCovariance(
  pairs: PairStatistics,
  controlSharpe: number,
  candidateSharpe: number,
): number {
  return (
    pairs.correlation -
    (controlSharpe / 2) * pairs.coskewControl -
    (candidateSharpe / 2) * pairs.coskewCandidate +
    ((controlSharpe * candidateSharpe) / 4) * (pairs.cokurtosis - 1)
  );
}

// ---- the always-valid boundary --------------------------------------------------------------

/** One normal component of a mixture boundary: N(0, scale²) on the parameter, with its weight. */
export interface MixtureComponent {
  scale: number;
  weight: number;
}

/**
 * The radius of a normal-mixture confidence sequence (Robbins 1970; as an asymptotic confidence
 * sequence, Waudby-Smith, Arbour, Sinha, Kennedy & Ramdas 2021) for a parameter whose estimate
 * has variance 1/information. A component's `scale` is the standard deviation of its normal
 * mixing distribution, in the parameter's own units: it is tightest where the information is
 * about 1/scale². Weights sum to 1 (a weighted sum of martingales is one, so Ville's inequality
 * covers any weights); a single number is one component of weight 1.
 *
 * With S = I·(θ̂ − θ), A = 1 + ρ²I and q = ρS/√A, a component's mixture martingale is
 * - two-sided: A^{−1/2}·exp(q²/2), so for one component |θ̂ − θ| ≤ √((I + 1/ρ²)(2 log(1/α) +
 *   log(1 + ρ²I))) / I at every I at once, with probability ≥ 1 − α;
 * - one-sided (a half-normal mixing distribution, for a bound on one side only):
 *   2·A^{−1/2}·exp(q²/2)·Φ(q). Narrower than the two-sided bound at level 2α, and exact where
 *   that one is an approximation.
 * The radius is S/I at the S where the weighted sum reaches 1/α.
 */
export function confidenceSequenceRadius(
  information: number,
  alpha: number,
  mixture: number | readonly MixtureComponent[],
  sides: 1 | 2,
): number {
  if (information === Infinity) return 0;
  if (!(information > 0)) return Infinity;
  const components = typeof mixture === 'number' ? [{ scale: mixture, weight: 1 }] : mixture;
  const logTarget = Math.log(1 / alpha);
  if (components.length === 1) {
    const rho = components[0]?.scale ?? NaN;
    const growth = 1 + rho * rho * information;
    const target = logTarget + Math.log(growth) / 2;
    const q = sides === 2 ? Math.sqrt(2 * target) : solveHalfNormalMixture(target - Math.LN2);
    return (q * Math.sqrt(growth)) / rho / information;
  }
  // Each term is exp(offset + q²/2)·(one-sided: Φ(q)) with q = slope·S.
  const count = components.length;
  const slopes: number[] = [];
  const offsets: number[] = [];
  let s = Infinity;
  for (const { scale, weight } of components) {
    const growth = 1 + scale * scale * information;
    const slope = scale / Math.sqrt(growth);
    const offset = Math.log(weight) - Math.log(growth) / 2 + (sides === 1 ? Math.LN2 : 0);
    slopes.push(slope);
    offsets.push(offset);
    // Where this term alone reaches 1/α (one-sided: a little beyond, as Φ(q) ≥ ½): the sum is
    // larger there, so its root lies at or below.
    const excess = logTarget - offset + (sides === 1 ? Math.LN2 : 0);
    s = Math.min(s, Math.sqrt(2 * excess) / slope);
  }
  // log Σ terms is increasing and convex in S (each log-term is), so Newton's steps from above
  // fall monotonically onto the root.
  const logs: number[] = new Array<number>(count).fill(0);
  const slopesOfLogs: number[] = new Array<number>(count).fill(0);
  for (let step = 0; step < 60; step++) {
    let largest = -Infinity;
    for (let k = 0; k < count; k++) {
      const slope = slopes[k] ?? NaN;
      const q = slope * s;
      let log = (offsets[k] ?? NaN) + (q * q) / 2;
      let slopeOfLog = slope * q;
      if (sides === 1) {
        const cdf = 1 - normalCdf(-q);
        log += Math.log(cdf);
        slopeOfLog += (slope * Math.exp((-q * q) / 2)) / Math.sqrt(2 * Math.PI) / cdf;
      }
      logs[k] = log;
      slopesOfLogs[k] = slopeOfLog;
      largest = Math.max(largest, log);
    }
    let sum = 0;
    let derivative = 0;
    for (let k = 0; k < count; k++) {
      const share = Math.exp((logs[k] ?? NaN) - largest);
      sum += share;
      derivative += share * (slopesOfLogs[k] ?? NaN);
    }
    const value = largest + Math.log(sum) - logTarget;
    if (value <= 1e-12) return s / information;
    s -= value / (derivative / sum);
  }
  return s / information;
}

/**
 * q > 0 with q²/2 + log Φ(q) = target (> −log 2). The left side is convex and increasing, and
 * √(2(target + log 2)) lies at or above the root, so Newton's steps fall monotonically.
 */
function solveHalfNormalMixture(target: number): number {
  let u = Math.sqrt(2 * (target + Math.LN2));
  for (let step = 0; step < 50; step++) {
    const tail = normalCdf(-u);
    const value = (u * u) / 2 + Math.log1p(-tail) - target;
    const density = Math.exp((-u * u) / 2) / Math.sqrt(2 * Math.PI);
    const next = u - value / (u + density / (1 - tail));
    if (Math.abs(next - u) <= 1e-14 * u) return next;
    u = next;
  }
  return u;
}

// ---- the judgement -------------------------------------------------------------------------

interface Arm {
  statistics: ReturnStatistics;
  sharpe: number | null;
  /** n·Var(Ŝ) */
  influenceVariance: number;
}

interface Evidence {
  method: 'unpaired' | 'paired';
  control: Arm;
  candidate: Arm;
  pairs: PairStatistics | null;
}

export function judgeAbTest(input: AbJudgeInput): AbJudgement {
  const paired = input.paired ? describePairs(input.paired.control, input.paired.candidate) : null;
  return judgeAbStatistics({
    ...input,
    control: withWins(describeReturns(input.control), input.controlWins, 'controlWins'),
    candidate: withWins(describeReturns(input.candidate), input.candidateWins, 'candidateWins'),
    paired,
  });
}

function withWins(
  statistics: ReturnStatistics,
  wins: number | undefined,
  name: string,
): ReturnStatistics {
  if (wins === undefined) return statistics;
  if (!(Number.isInteger(wins) && wins >= 0 && wins <= statistics.trades)) {
    throw new RangeError(
      `A/B judge: ${name} must be a whole number from 0 to the arm's ${statistics.trades} trades, got ${wins}`,
    );
  }
  return { ...statistics, wins };
}

function validateSettings(settings: AbJudgeSettings): void {
  const problems: string[] = [];
  const { margin, alpha, progress, tradesPerYear, tunedForDifference } = settings;
  if (!(Number.isFinite(margin) && margin >= 0)) {
    problems.push(`the margin must be a fraction ≥ 0, got ${margin}`);
  }
  if (alpha !== undefined && !(alpha > 0 && alpha < 0.5)) {
    problems.push(`alpha must be between 0 and 0.5, got ${alpha}`);
  }
  if (tradesPerYear !== undefined && !(Number.isFinite(tradesPerYear) && tradesPerYear > 0)) {
    problems.push(`tradesPerYear must be a positive number, got ${tradesPerYear}`);
  }
  if (
    tunedForDifference !== undefined &&
    !(Number.isFinite(tunedForDifference) && tunedForDifference > 0)
  ) {
    problems.push(`tunedForDifference must be a positive number, got ${tunedForDifference}`);
  }
  for (const key of ['days', 'minDays', 'minTradesPerArm'] as const) {
    const value = progress[key];
    if (!(Number.isFinite(value) && value >= 0)) {
      problems.push(`progress.${key} must be a number ≥ 0, got ${value}`);
    }
  }
  if (!(progress.maxDays >= 0)) {
    problems.push(`progress.maxDays must be a number ≥ 0, got ${progress.maxDays}`);
  }
  if (progress.requirement !== 'both' && progress.requirement !== 'either') {
    problems.push(
      `progress.requirement must be 'both' or 'either', got ${String(progress.requirement)}`,
    );
  }
  if (problems.length > 0) throw new RangeError(`A/B judge: ${problems.join('; ')}`);
}

function arm(statistics: ReturnStatistics): Arm {
  const sharpe = sharpeRatio(statistics);
  return {
    statistics,
    sharpe,
    influenceVariance: sharpe === null ? 0 : sharpeInfluenceVariance(statistics, sharpe),
  };
}

/** Estimate and variance of Ŝ_cand − coefficient·Ŝ_ctl. */
function linearContrast(
  evidence: Evidence,
  coefficient: number,
): { estimate: number; variance: number } {
  const { control, candidate, pairs } = evidence;
  const sCtl = control.sharpe ?? 0;
  const sCand = candidate.sharpe ?? 0;
  const estimate = sCand - coefficient * sCtl;
  if (pairs) {
    const covariance = sharpeInfluenceCovariance(pairs, sCtl, sCand);
    const perPair =
      candidate.influenceVariance +
      coefficient * coefficient * control.influenceVariance -
      2 * coefficient * covariance;
    return { estimate, variance: Math.max(0, perPair) / pairs.pairs };
  }
  return {
    estimate,
    variance:
      candidate.influenceVariance / candidate.statistics.trades +
      (coefficient * coefficient * control.influenceVariance) / control.statistics.trades,
  };
}

function boundaryMixture(tunedScale: number): MixtureComponent[] {
  return tunedScale >= LARGE_DIFFERENCE_SCALE
    ? [{ scale: tunedScale, weight: 1 }]
    : [
        { scale: tunedScale, weight: 1 - LARGE_DIFFERENCE_WEIGHT },
        { scale: LARGE_DIFFERENCE_SCALE, weight: LARGE_DIFFERENCE_WEIGHT },
      ];
}

function bounds(
  contrasts: { estimate: number; variance: number }[],
  alpha: number,
  mixture: readonly MixtureComponent[],
): AbBounds {
  // θ = min over the contrasts (one contrast, or the two of |S_ctl|'s branches; see the margin).
  // Lower: the contrast equal to θ keeps its own lower bound with probability 1 − α, and the
  // minimum of the lower bounds is below it. Upper: θ sits below every contrast's upper bound
  // only if all hold, so each side spends α / (number of contrasts).
  const upperAlpha = alpha / contrasts.length;
  let estimate = Infinity;
  let lower = Infinity;
  let upper = Infinity;
  let standardError = 0;
  for (const { estimate: e, variance } of contrasts) {
    const information = variance > 0 ? 1 / variance : Infinity;
    if (e < estimate) {
      estimate = e;
      standardError = Math.sqrt(variance);
    }
    lower = Math.min(lower, e - confidenceSequenceRadius(information, alpha, mixture, 1));
    upper = Math.min(upper, e + confidenceSequenceRadius(information, upperAlpha, mixture, 1));
  }
  return { estimate, lower, upper, alpha, standardError };
}

export function judgeAbStatistics(input: AbStatisticsInput): AbJudgement {
  validateSettings(input);
  const alpha = input.alpha ?? DEFAULT_ALPHA;
  const margin = input.margin;
  const { progress } = input;
  const perYear = input.tradesPerYear;
  const mixture = boundaryMixture(
    (input.tunedForDifference ?? DEFAULT_TUNED_DIFFERENCE) /
      Math.sqrt(perYear ?? DEFAULT_TRADES_PER_YEAR),
  );
  const pairs = input.paired && input.paired.pairs >= MIN_TRADES_TO_JUDGE ? input.paired : null;
  const evidence: Evidence = pairs
    ? { method: 'paired', control: arm(pairs.control), candidate: arm(pairs.candidate), pairs }
    : { method: 'unpaired', control: arm(input.control), candidate: arm(input.candidate), pairs };
  const { control, candidate } = evidence;
  const nCtl = control.statistics.trades;
  const nCand = candidate.statistics.trades;
  const annualise = (x: number): number | null =>
    perYear === undefined ? null : x * Math.sqrt(perYear);

  const summary = (side: Arm): ArmSummary => {
    const { trades, wins } = side.statistics;
    const sharpe = side.sharpe;
    const radius =
      sharpe === null
        ? Infinity
        : confidenceSequenceRadius(
            side.influenceVariance > 0 ? trades / side.influenceVariance : Infinity,
            alpha,
            mixture,
            2,
          );
    const interval: [number, number] | null =
      sharpe === null ? null : [sharpe - radius, sharpe + radius];
    return {
      trades,
      sharpePerTrade: sharpe,
      sharpeAnnualised: sharpe === null ? null : annualise(sharpe),
      sharpeInterval: interval,
      sharpeIntervalAnnualised:
        interval === null || perYear === undefined
          ? null
          : [interval[0] * Math.sqrt(perYear), interval[1] * Math.sqrt(perYear)],
      winRate: trades > 0 ? wins / trades : null,
      winRateInterval: trades > 0 ? wilsonInterval(wins, trades) : null,
    };
  };
  const arms = { control: summary(control), candidate: summary(candidate) };

  const defined = control.sharpe !== null && candidate.sharpe !== null;
  // The margin relative to |S_ctl|: S_ctl + m|S_ctl| = max((1 + m)S_ctl, (1 − m)S_ctl), so the
  // excess over it is the smaller of two linear contrasts, each with a delta-method variance.
  const coefficients = margin > 0 ? [1 + margin, 1 - margin] : [1];
  const difference = defined
    ? bounds(
        coefficients.map((c) => linearContrast(evidence, c)),
        alpha,
        mixture,
      )
    : null;
  const gap = defined ? bounds([linearContrast(evidence, 1)], alpha, mixture) : null;
  const ratio =
    control.sharpe !== null && candidate.sharpe !== null && control.sharpe > 0
      ? candidate.sharpe / control.sharpe
      : null;

  const tradesMet = nCtl >= progress.minTradesPerArm && nCand >= progress.minTradesPerArm;
  const daysMet = progress.days >= progress.minDays;
  const met = progress.requirement === 'both' ? tradesMet && daysMet : tradesMet || daysMet;
  const unit = evidence.method === 'paired' ? 'pairs' : 'trades';
  const minimums = {
    met,
    tradesPerArm: [nCtl, nCand] as [number, number],
    days: progress.days,
    detail:
      `${formatCount(nCtl)} control and ${formatCount(nCand)} candidate ${unit === 'pairs' ? 'trades (paired)' : 'trades'} ` +
      `of ${formatCount(progress.minTradesPerArm)} per arm, ${formatDays(progress.days)} of ` +
      `${formatDays(progress.minDays)} (${progress.requirement === 'both' ? 'both needed' : 'either suffices'}): ` +
      (met ? 'met' : 'not met'),
  };

  const confidence = formatPercent(1 - alpha);
  const sharpeText = (perTrade: number): string => {
    const annual = annualise(perTrade);
    return annual === null ? `${perTrade.toFixed(3)} per trade` : `${annual.toFixed(2)} annualised`;
  };
  const differenceText = (x: number): string => {
    const annual = annualise(x);
    return annual === null ? x.toFixed(3) : annual.toFixed(2);
  };
  const differenceUnit = perYear === undefined ? ' per trade' : ' annualised';
  const multiple = `${(1 + margin).toFixed(2).replace(/\.?0+$/, '')} ×`;
  const judgement = (verdict: AbVerdict, reason: string): AbJudgement => ({
    verdict,
    reason,
    method: evidence.method,
    arms,
    difference,
    gap,
    ratio,
    minimums,
  });

  if (input.guardrail) {
    return judgement(
      'stop-early',
      `The candidate tripped a critical degradation rule: ${input.guardrail.replace(/\.$/, '')}.`,
    );
  }
  const atMaximum = progress.days >= progress.maxDays;
  const enough = nCtl >= MIN_TRADES_TO_JUDGE && nCand >= MIN_TRADES_TO_JUDGE;
  if (!defined || !enough || difference === null || gap === null) {
    const why = !enough
      ? `${formatCount(nCtl)} control and ${formatCount(nCand)} candidate ${unit}, and nothing is judged before ${MIN_TRADES_TO_JUDGE} per arm`
      : control.sharpe === null
        ? "the control's returns do not vary, so its Sharpe ratio is undefined"
        : "the candidate's returns do not vary, so its Sharpe ratio is undefined";
    return atMaximum
      ? judgement(
          'keep-control',
          `The test reached its maximum of ${formatDays(progress.maxDays)} without evidence: ${why}.`,
        )
      : judgement('continue', `Waiting for data: ${why}.`);
  }

  const sCtl = control.sharpe ?? 0;
  const sCand = candidate.sharpe ?? 0;
  const pair = `the candidate's Sharpe ratio is ${sharpeText(sCand)} against the control's ${sharpeText(sCtl)}`;
  const over = `${formatCount(nCtl + (evidence.method === 'paired' ? 0 : nCand))} ${evidence.method === 'paired' ? 'pairs' : 'trades'}`;
  if (gap.upper < 0) {
    return judgement(
      'stop-early',
      `The candidate is worse than the control with always-valid ${confidence} confidence: ` +
        `${pair}, at least ${differenceText(-gap.upper)}${differenceUnit} below it (${over}).`,
    );
  }
  if (difference.lower > 0) {
    const beats = `the candidate beats ${multiple} the control's Sharpe ratio with always-valid ${confidence} confidence`;
    if (met) {
      return judgement(
        'promote',
        `Promote: ${beats}; ${pair}, an excess over the margin of at least ${differenceText(difference.lower)}${differenceUnit} (${over}).`,
      );
    }
    if (!atMaximum) {
      return judgement(
        'continue',
        `The evidence is in (${beats}) but the minimums are not: ${minimums.detail}.`,
      );
    }
  }
  const range = `its excess over ${multiple} the control's Sharpe ratio is between ${differenceText(difference.lower)} and ${differenceText(difference.upper)}${differenceUnit} (always-valid ${confidence}; ${over})`;
  if (atMaximum) {
    return judgement(
      'keep-control',
      difference.lower > 0
        ? `The test reached its maximum of ${formatDays(progress.maxDays)} with the candidate ahead but the minimums unmet: ${minimums.detail}.`
        : `The test reached its maximum of ${formatDays(progress.maxDays)} without the candidate proving itself: ${range}.`,
    );
  }
  if (difference.upper < 0) {
    if (met) {
      return judgement(
        'keep-control',
        `The candidate cannot be ${multiple} better than the control: ${range}.`,
      );
    }
    return judgement(
      'continue',
      `The candidate cannot be ${multiple} better (${range}), but the minimums are not met: ${minimums.detail}.`,
    );
  }
  return judgement('continue', `Not decided yet: ${pair}; ${range}.`);
}

// ---- words ----------------------------------------------------------------------------------

function formatCount(x: number): string {
  return Number.isFinite(x)
    ? Math.round(x)
        .toString()
        .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    : '∞';
}

function formatDays(days: number): string {
  if (!Number.isFinite(days)) return 'no limit in days';
  const rounded = Math.round(days * 10) / 10;
  return `${rounded} day${rounded === 1 ? '' : 's'}`;
}

function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}
