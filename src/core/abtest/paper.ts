/**
 * The paper-trading verdict: is a version running in shadow (trades with mode `paper`, no money)
 * ready to replace production? Pure: returns in, verdict and evidence out; no I/O, no clock, no
 * randomness.
 *
 * ## API
 *
 * ```ts
 * probabilisticSharpeRatio(returns, benchmarkSharpePerTrade);   // PsrResult: PSR, Ŝ, γ3, γ4, n
 * minimumTrackRecordLength(returns, benchmarkSharpePerTrade, 0.95); // MinTRL in trades
 * measureShortfall(paperReturns, liveReturns);   // paper Sharpe − live Sharpe of one version
 * paperVerdict({ paper, production, productionBacktestSharpePerTrade, paired,
 *                shortfallPerTrade, confidence: 0.95, tradesPerYear: 252 });  // PaperVerdict
 * ```
 *
 * Returns are per-trade fractions of capital. Sharpe ratios are per trade: mean over the sample
 * standard deviation (n − 1), as `live-metrics` reports them. Skewness γ3 and kurtosis γ4
 * (non-excess: 3 for a normal) are the plain moment estimators m3/m2^1.5 and m4/m2², as in
 * Bailey & López de Prado (2012), "The Sharpe ratio efficient frontier".
 *
 * ## The statistics
 *
 * Ŝ is asymptotically normal with variance (1 − γ3·Ŝ + (γ4 − 1)/4·Ŝ²)/(n − 1) (Mertens 2002),
 * so PSR(S*) = Φ((Ŝ − S*)·√(n − 1)/√(1 − γ3·Ŝ + (γ4 − 1)/4·Ŝ²)) is the confidence that the true
 * Sharpe exceeds S*: a t-test on the Sharpe ratio that charges for fat tails and negative skew.
 * MinTRL = 1 + (1 − γ3·Ŝ + (γ4 − 1)/4·Ŝ²)·(z_c/(Ŝ − S*))² is the same inequality PSR ≥ c solved
 * for n: `n ≥ MinTRL` and `PSR ≥ c` are one condition. Both are reported because MinTRL says how
 * far away a verdict is, in trades.
 *
 * ## Which comparison
 *
 * Chosen from what data there is, never from which one gives a verdict (trying each and keeping
 * the decisive one would be a multiple test):
 *
 * 1. **paired**, when production and the paper version traded at least 30 of the same signals.
 *    The differences d_i = paper_i − production_i cancel the market's move on that signal, which
 *    both versions share: with correlation ρ between them, Var(d) = 2σ²(1 − ρ), so at ρ = 0.9
 *    the same edge needs about a tenth of the trades of the unpaired comparison. `ready` means
 *    the mean difference is credibly positive: the PSR of the d series against 0, i.e. a paired
 *    t-test with the skew and kurtosis correction. Fewer than 30 pairs fall through to 2 or 3,
 *    unless neither is possible: then the pairs give an `inconclusive` that says how many more
 *    pairs a verdict needs.
 * 2. **unpaired**, when production has at least 30 live trades over the same period: the paper
 *    Sharpe against production's live Sharpe. Production's Sharpe is itself an estimate from a
 *    sample about as large as the paper one, so its sampling variance is added to the paper's
 *    (a two-sample PSR): z = (Ŝ_paper − shortfall − Ŝ_prod)/√(V_paper/(n − 1) + V_prod/(m − 1)).
 *    Treating it as exact would halve the variance for equal samples and call two identical
 *    versions `ready` about 12% of the time at 95%, not 5%. MinTRL then assumes production's
 *    trades keep growing in proportion to the paper version's, as they do over a shared period.
 * 3. **against-backtest**, when production has too few live trades (or constant ones): Bailey's
 *    one-sample PSR against production's backtest Sharpe, a fixed claim rather than a sample.
 *
 * ## Rules
 *
 * - `ready`: PSR ≥ confidence and trades ≥ MinTRL.
 * - `not-ready`: PSR ≤ 1 − confidence: the benchmark (production) is credibly better.
 * - `inconclusive` otherwise, with `moreTrades`: how many more trades MinTRL asks for, at the
 *   current estimates, to reach the verdict the estimate leans towards (null when the estimate
 *   sits exactly on the benchmark, where no number of trades would separate them).
 * - Nothing but `inconclusive` before 30 trades (or pairs): the normal approximation of Ŝ and
 *   the moment estimates of skew and kurtosis are not to be trusted on fewer.
 * - Degenerate input (no trades, one trade, constant returns, identical paired returns,
 *   non-finite values, no benchmark) is `inconclusive` with a reason that says which; every
 *   number in the verdict is finite or null, never NaN or Infinity.
 *
 * ## The paper-to-live shortfall
 *
 * Paper fills are free and instant; live ones are not. `measureShortfall` measures the gap on a
 * version that traded both ways, and the verdict subtracts it from the paper Sharpe before the
 * comparison (equivalently, adds it to the benchmark), and says so in the reason. It is applied
 * in the paired comparison too, since there the paper version's paper fills meet production's
 * live ones: converted to a return (shortfall × σ of the paper returns) and then to the
 * differences' Sharpe units, it becomes the threshold the mean difference must clear. Only a
 * positive shortfall is subtracted: a negative one (live beat paper) is noise or luck in a
 * single measurement, and crediting it would make the verdict more lenient on the strength of
 * that noise. The shortfall's own sampling error is not included; pass one measured on at least
 * 30 trades each side, which `measureShortfall` enforces.
 */
import { formatCount } from '../drift/chance.js';
import { normalCdf, normalQuantile } from '../stats/normal.js';

/** Fewer trades (or pairs) than this give `inconclusive` whatever the numbers say. */
export const MIN_TRADES_FOR_VERDICT = 30;
export const DEFAULT_CONFIDENCE = 0.95;

/**
 * A Sharpe variance factor at or below this is a two-valued distribution at the exact point
 * where the asymptotic variance vanishes: the formula no longer describes the estimator.
 */
const MIN_VARIANCE_FACTOR = 1e-12;

export interface PsrResult {
  /** Confidence that the true per-trade Sharpe exceeds the benchmark; null when undefined. */
  psr: number | null;
  sharpe: number | null;
  skewness: number | null;
  /** Non-excess: 3 for a normal distribution. */
  kurtosis: number | null;
  trades: number;
}

interface SampleMoments {
  trades: number;
  mean: number;
  standardDeviation: number;
  sharpe: number;
  skewness: number;
  kurtosis: number;
  /** 1 − γ3·Ŝ + (γ4 − 1)/4·Ŝ²: (n − 1) × the sampling variance of Ŝ. */
  varianceFactor: number;
}

type MomentsOutcome =
  | { ok: true; moments: SampleMoments }
  | { ok: false; why: 'too-few' | 'non-finite' | 'constant' | 'two-valued'; trades: number };

/** Two passes: the mean first, so deviations (and their powers) carry no cancellation error. */
function sampleMoments(returns: readonly number[]): MomentsOutcome {
  const n = returns.length;
  if (!returns.every(Number.isFinite)) return { ok: false, why: 'non-finite', trades: n };
  if (n < 2) return { ok: false, why: 'too-few', trades: n };
  let sum = 0;
  let largest = 0;
  for (const r of returns) {
    sum += r;
    largest = Math.max(largest, Math.abs(r));
  }
  const mean = sum / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const r of returns) {
    const d = r - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  m2 /= n;
  m3 /= n;
  m4 /= n;
  const standardDeviation = Math.sqrt((m2 * n) / (n - 1));
  // Constant returns leave a standard deviation of rounding error (0.01 fifty times has a
  // spread of ~1e-18), which would make the Sharpe ratio ~1e16 instead of undefined.
  if (!(standardDeviation > 64 * Number.EPSILON * largest)) {
    return { ok: false, why: 'constant', trades: n };
  }
  const sharpe = mean / standardDeviation;
  const skewness = m3 / m2 ** 1.5;
  const kurtosis = m4 / (m2 * m2);
  const varianceFactor = sharpeVarianceFactor(sharpe, skewness, kurtosis);
  if (!(varianceFactor > MIN_VARIANCE_FACTOR)) return { ok: false, why: 'two-valued', trades: n };
  return {
    ok: true,
    moments: { trades: n, mean, standardDeviation, sharpe, skewness, kurtosis, varianceFactor },
  };
}

/**
 * 1 − γ3·Ŝ + (γ4 − 1)/4·Ŝ²: (n − 1) times the asymptotic variance of the Sharpe estimate
 * (Mertens 2002). It is 1 + Ŝ²/2 for normal returns; never negative for real data, since
 * γ4 ≥ 1 + γ3² makes it at least (1 − γ3·Ŝ/2)².
 */
export function sharpeVarianceFactor(sharpe: number, skewness: number, kurtosis: number): number {
  return 1 - skewness * sharpe + ((kurtosis - 1) / 4) * sharpe * sharpe;
}

/**
 * PSR(S*) = Φ( (Ŝ − S*)·√(n−1) / √(1 − γ3·Ŝ + (γ4−1)/4·Ŝ²) ), per-trade Sharpe, sample
 * skewness γ3 and (non-excess) kurtosis γ4. `psr` (and the moments it needs) is null for fewer
 * than 2 trades, constant or non-finite returns.
 */
export function probabilisticSharpeRatio(
  returns: readonly number[],
  benchmarkSharpePerTrade: number,
): PsrResult {
  const outcome = sampleMoments(returns);
  if (!outcome.ok) {
    return { psr: null, sharpe: null, skewness: null, kurtosis: null, trades: returns.length };
  }
  const { trades, sharpe, skewness, kurtosis, varianceFactor } = outcome.moments;
  const z =
    ((sharpe - benchmarkSharpePerTrade) * Math.sqrt(trades - 1)) / Math.sqrt(varianceFactor);
  return { psr: finiteOrNull(normalCdf(z)), sharpe, skewness, kurtosis, trades };
}

/**
 * MinTRL = 1 + (1 − γ3·Ŝ + (γ4−1)/4·Ŝ²)·(z_{confidence}/(Ŝ − S*))²: the number of trades at
 * which PSR(S*) reaches `confidence` if the estimates hold. Infinity when Ŝ ≤ S*, or when Ŝ is
 * undefined (fewer than 2 trades, constant or non-finite returns).
 */
export function minimumTrackRecordLength(
  returns: readonly number[],
  benchmarkSharpePerTrade: number,
  confidence = DEFAULT_CONFIDENCE,
): number {
  checkConfidence(confidence);
  const outcome = sampleMoments(returns);
  if (!outcome.ok) return Infinity;
  const { sharpe, varianceFactor } = outcome.moments;
  return trackRecordFor(varianceFactor, sharpe - benchmarkSharpePerTrade, confidence);
}

/** 1 + V·(z_c/edge)², Infinity for an edge ≤ 0. */
function trackRecordFor(varianceFactor: number, edge: number, confidence: number): number {
  if (!(edge > 0)) return Infinity;
  return 1 + varianceFactor * (normalQuantile(confidence) / edge) ** 2;
}

/**
 * The shortfall measured from a version that traded both on paper and live (same period): paper
 * Sharpe − live Sharpe, per trade, with its sample sizes; null when either side is too small
 * (< 30 trades) or its Sharpe ratio is undefined.
 */
export function measureShortfall(
  paper: readonly number[],
  live: readonly number[],
): { perTrade: number; paperTrades: number; liveTrades: number } | null {
  if (paper.length < MIN_TRADES_FOR_VERDICT || live.length < MIN_TRADES_FOR_VERDICT) return null;
  const paperMoments = sampleMoments(paper);
  const liveMoments = sampleMoments(live);
  if (!paperMoments.ok || !liveMoments.ok) return null;
  return {
    perTrade: paperMoments.moments.sharpe - liveMoments.moments.sharpe,
    paperTrades: paper.length,
    liveTrades: live.length,
  };
}

export interface PaperVerdictInput {
  /** The paper version's per-trade returns, time order. */
  paper: readonly number[];
  /** Production's live returns over the same period (unpaired comparison). */
  production?: readonly number[];
  /** Fallback benchmark when production has too few live trades. */
  productionBacktestSharpePerTrade?: number;
  /** Same signals, aligned: `paper[i]` and `production[i]` are the two versions' returns on signal i. */
  paired?: { paper: readonly number[]; production: readonly number[] };
  /**
   * Measured paper-to-live shortfall in per-trade Sharpe (paper Sharpe minus live Sharpe of
   * versions that traded both ways); subtracted from the paper Sharpe. null when unmeasured.
   */
  shortfallPerTrade?: number | null;
  /** 0.95 by default; must lie strictly between 0.5 and 1. */
  confidence?: number;
  /** For reporting annualised figures only. */
  tradesPerYear?: number;
}

export type PaperVerdictKind = 'ready' | 'not-ready' | 'inconclusive';

export interface PaperVerdict {
  verdict: PaperVerdictKind;
  /** One sentence a reviewer reads, with the numbers. */
  reason: string;
  method: 'paired' | 'unpaired' | 'against-backtest';
  /**
   * Confidence that the paper version beats the benchmark (for `paired`: that the mean
   * difference clears its threshold). null when there is no comparison.
   */
  psr: number | null;
  /** Trades (pairs) at which `ready` is reached if the estimates hold; null when never. */
  minTrackRecord: number | null;
  /** Trades, or pairs for `paired`, that the comparison rests on. */
  trades: number;
  /**
   * When inconclusive: how many more trades (pairs) MinTRL asks for at the current estimates,
   * towards the verdict the estimate leans to. null otherwise, or when no number would do.
   */
  moreTrades: { count: number; toward: 'ready' | 'not-ready' } | null;
  paperSharpe: {
    perTrade: number | null;
    annualised: number | null;
    /** perTrade minus the (positive part of the) shortfall; null when no shortfall was measured. */
    afterShortfall: number | null;
  };
  /**
   * What the paper version is compared with, per trade. For `paired`, the threshold on the
   * Sharpe ratio of the differences (0, or the shortfall in those units). 0 with the source of
   * the missing benchmark when there is none; the reason then says so.
   */
  benchmark: {
    perTrade: number;
    source: 'production live' | 'production backtest' | 'paired differences';
  };
  /** The measured shortfall as given (null when unmeasured), even when negative and not applied. */
  shortfall: number | null;
}

/** Everything a comparison needs: an edge over the benchmark and the variance of its estimate. */
interface Comparison {
  method: PaperVerdict['method'];
  benchmark: PaperVerdict['benchmark'];
  /** Trades, or pairs. */
  trades: number;
  /** Estimate minus threshold, in Sharpe units. */
  edge: number;
  /** (trades − 1) × Var(edge). */
  varianceFactor: number;
  /** The reason's evidence clause, given the PSR as text. */
  evidence: (psr: string) => string;
}

/** What every verdict carries whatever the comparison: the paper Sharpe and the shortfall. */
interface Common {
  confidence: number;
  paperSharpe: PaperVerdict['paperSharpe'];
  shortfall: number | null;
  shortfallClause: string;
}

/**
 * The verdict for one paper version; see the header for the rules. Throws a RangeError for a
 * confidence outside (0.5, 1) or paired series of different lengths: those are the caller's
 * bugs, not data.
 */
export function paperVerdict(input: PaperVerdictInput): PaperVerdict {
  const confidence = input.confidence ?? DEFAULT_CONFIDENCE;
  checkConfidence(confidence);
  const paired = input.paired;
  if (paired && paired.paper.length !== paired.production.length) {
    throw new RangeError(
      `paired series must be aligned: ${paired.paper.length} paper and ${paired.production.length} production returns`,
    );
  }

  const paperOutcome = sampleMoments(input.paper);
  const paperSharpe = paperOutcome.ok ? paperOutcome.moments.sharpe : null;
  const perYear =
    input.tradesPerYear !== undefined &&
    Number.isFinite(input.tradesPerYear) &&
    input.tradesPerYear > 0
      ? input.tradesPerYear
      : null;
  const shortfall =
    input.shortfallPerTrade !== undefined &&
    input.shortfallPerTrade !== null &&
    Number.isFinite(input.shortfallPerTrade)
      ? input.shortfallPerTrade
      : null;
  // Only a cost is charged; see the header for why a negative shortfall is not credited.
  const appliedShortfall = shortfall !== null && shortfall > 0 ? shortfall : 0;
  const common: Common = {
    confidence,
    paperSharpe: {
      perTrade: paperSharpe,
      annualised:
        paperSharpe !== null && perYear !== null ? paperSharpe * Math.sqrt(perYear) : null,
      afterShortfall:
        paperSharpe !== null && shortfall !== null ? paperSharpe - appliedShortfall : null,
    },
    shortfall,
    shortfallClause:
      shortfall === null
        ? 'no paper-to-live shortfall has been measured, so the paper figures may flatter'
        : shortfall > 0
          ? `the measured paper-to-live shortfall of ${sharpeText(shortfall)} per trade was subtracted`
          : shortfall === 0
            ? 'the measured paper-to-live shortfall is 0'
            : `the measured shortfall of ${sharpeText(shortfall)} (live beat paper) was not credited`,
  };

  const productionOutcome = input.production ? sampleMoments(input.production) : null;
  const productionLive =
    productionOutcome?.ok && productionOutcome.moments.trades >= MIN_TRADES_FOR_VERDICT
      ? productionOutcome.moments
      : null;
  const backtest =
    input.productionBacktestSharpePerTrade !== undefined &&
    Number.isFinite(input.productionBacktestSharpePerTrade)
      ? input.productionBacktestSharpePerTrade
      : null;

  // 1. Paired when there are enough shared signals, or when pairs are all there is (then the
  //    verdict says how many more are needed).
  if (
    paired &&
    (paired.paper.length >= MIN_TRADES_FOR_VERDICT || (!productionLive && backtest === null))
  ) {
    const differences = paired.paper.map((p, i) => p - paired.production[i]!);
    const pairs = differences.length;
    const outcome = sampleMoments(differences);
    if (!outcome.ok) {
      return inconclusive(
        common,
        'paired',
        { perTrade: 0, source: 'paired differences' },
        pairs,
        pairedDegenerate(outcome.why, pairs),
      );
    }
    const d = outcome.moments;
    // The shortfall is a loss of return per trade of shortfall × σ_paper; in units of σ_d it is
    // the Sharpe ratio the differences must beat.
    const pairedPaper = sampleMoments(paired.paper);
    const paperScale = pairedPaper.ok ? pairedPaper.moments.standardDeviation : 0;
    const threshold = (appliedShortfall * paperScale) / d.standardDeviation;
    return decide(common, {
      method: 'paired',
      benchmark: { perTrade: threshold, source: 'paired differences' },
      trades: pairs,
      edge: d.sharpe - threshold,
      varianceFactor: d.varianceFactor,
      evidence: (psr) =>
        `on ${formatCount(pairs)} shared signals the paper version's return minus production's ` +
        `averaged ${returnText(d.mean)} per trade (Sharpe of the differences ` +
        `${sharpeText(d.sharpe)}` +
        (threshold > 0 ? `, against ${sharpeText(threshold)} for the shortfall` : '') +
        `), so the confidence that the paper version is better (PSR) is ${psr}`,
    });
  }

  // 2 and 3 need the paper version's own Sharpe ratio.
  const benchmark: PaperVerdict['benchmark'] = productionLive
    ? { perTrade: productionLive.sharpe, source: 'production live' }
    : backtest !== null
      ? { perTrade: backtest, source: 'production backtest' }
      : { perTrade: 0, source: 'production live' };
  const method = productionLive || backtest === null ? 'unpaired' : 'against-backtest';
  if (!paperOutcome.ok) {
    const why = paperDegenerate(paperOutcome.why, input.paper.length);
    return inconclusive(common, method, benchmark, input.paper.length, why);
  }
  const paperMoments = paperOutcome.moments;
  const paperText =
    `paper Sharpe ${sharpeText(paperMoments.sharpe)} per trade` +
    (perYear !== null
      ? ` (${sharpeText(paperMoments.sharpe * Math.sqrt(perYear))} annualised)`
      : '') +
    (appliedShortfall > 0
      ? `, ${sharpeText(paperMoments.sharpe - appliedShortfall)} after shortfall,`
      : '');
  const pairedNote = paired
    ? ` (${formatCount(paired.paper.length)} shared signals are too few to pair)`
    : '';

  if (productionLive) {
    // Production's trades grow with the paper version's over a shared period: its share of the
    // variance, per paper trade, stays (n − 1)/(m − 1) × V_prod.
    const ratio = (paperMoments.trades - 1) / (productionLive.trades - 1);
    return decide(common, {
      method,
      benchmark,
      trades: paperMoments.trades,
      edge: paperMoments.sharpe - appliedShortfall - productionLive.sharpe,
      varianceFactor: paperMoments.varianceFactor + productionLive.varianceFactor * ratio,
      evidence: (psr) =>
        `${paperText} against production's live ${sharpeText(productionLive.sharpe)} over ` +
        `${formatCount(paperMoments.trades)} paper and ${formatCount(productionLive.trades)} ` +
        `production trades${pairedNote} gives PSR ${psr}`,
    });
  }

  const liveCount = input.production?.length ?? 0;
  const whyNotLive =
    input.production === undefined
      ? 'no live production trades were given'
      : liveCount < MIN_TRADES_FOR_VERDICT
        ? `production has only ${formatCount(liveCount)} live trades`
        : "production's live Sharpe ratio is undefined";
  if (backtest === null) {
    const why = `there is no benchmark: ${whyNotLive}${pairedNote} and no backtest Sharpe ratio was given`;
    return inconclusive(common, method, benchmark, paperMoments.trades, why);
  }
  return decide(common, {
    method,
    benchmark,
    trades: paperMoments.trades,
    edge: paperMoments.sharpe - appliedShortfall - backtest,
    varianceFactor: paperMoments.varianceFactor,
    evidence: (psr) =>
      `${paperText} against production's backtest ${sharpeText(backtest)} ` +
      `(${whyNotLive}${pairedNote}) over ${formatCount(paperMoments.trades)} trades gives PSR ${psr}`,
  });
}

function inconclusive(
  common: Common,
  method: PaperVerdict['method'],
  benchmark: PaperVerdict['benchmark'],
  trades: number,
  why: string,
): PaperVerdict {
  return {
    verdict: 'inconclusive',
    reason: `Inconclusive: ${why}; ${common.shortfallClause}.`,
    method,
    psr: null,
    minTrackRecord: null,
    trades,
    moreTrades: null,
    paperSharpe: common.paperSharpe,
    benchmark,
    shortfall: common.shortfall,
  };
}

function decide(common: Common, comparison: Comparison): PaperVerdict {
  const { confidence, shortfallClause } = common;
  const { method, benchmark, trades, edge, varianceFactor } = comparison;
  const psr = normalCdf((edge * Math.sqrt(trades - 1)) / Math.sqrt(varianceFactor));
  const toReady = trackRecordFor(varianceFactor, edge, confidence);
  const toNotReady = trackRecordFor(varianceFactor, -edge, confidence);
  const evidence = comparison.evidence(psrText(psr));
  const unit = method === 'paired' ? 'pairs' : 'trades';
  const low = roundConfidence(1 - confidence);
  const shared = {
    method,
    psr: finiteOrNull(psr),
    minTrackRecord: finiteOrNull(toReady),
    trades,
    paperSharpe: common.paperSharpe,
    benchmark,
    shortfall: common.shortfall,
  };
  const leaning = edge > 0 ? 'ready' : edge < 0 ? 'not-ready' : null;
  const moreTrades = (atLeast: number): PaperVerdict['moreTrades'] => {
    if (leaning === null) return null;
    const needed = Math.max(atLeast, Math.ceil(leaning === 'ready' ? toReady : toNotReady));
    return Number.isFinite(needed) && needed > trades
      ? { count: needed - trades, toward: leaning }
      : null;
  };

  if (trades < MIN_TRADES_FOR_VERDICT) {
    const more = moreTrades(MIN_TRADES_FOR_VERDICT);
    return {
      ...shared,
      verdict: 'inconclusive',
      reason:
        `Inconclusive: ${formatCount(trades)} ${unit} are fewer than the ` +
        `${MIN_TRADES_FOR_VERDICT} any verdict needs; so far ${evidence}` +
        (more
          ? `, and at these estimates about ${formatCount(more.count)} more would show it ${more.toward}`
          : '') +
        `; ${shortfallClause}.`,
      moreTrades: more,
    };
  }
  // PSR ≥ c and n ≥ MinTRL are one inequality; both are checked so that rounding at the
  // boundary cannot make the reason contradict itself.
  if (psr >= confidence && trades >= toReady) {
    return {
      ...shared,
      verdict: 'ready',
      reason:
        `Ready: ${evidence} ≥ ${confidence}, and ${formatCount(trades)} ${unit} meet ` +
        `MinTRL ${formatCount(Math.ceil(toReady))}; ${shortfallClause}.`,
      moreTrades: null,
    };
  }
  if (psr <= low) {
    return {
      ...shared,
      verdict: 'not-ready',
      reason: `Not ready: ${evidence} ≤ ${low}, so production is credibly better; ${shortfallClause}.`,
      moreTrades: null,
    };
  }
  const more = moreTrades(trades + 1);
  return {
    ...shared,
    verdict: 'inconclusive',
    reason:
      `Inconclusive: ${evidence}, neither ≥ ${confidence} nor ≤ ${low}; ` +
      (more
        ? `at these estimates about ${formatCount(more.count)} more ${unit} would show it ${more.toward}`
        : `at these estimates no number of ${unit} would separate them`) +
      `; ${shortfallClause}.`,
    moreTrades: more,
  };
}

function pairedDegenerate(
  why: Exclude<MomentsOutcome, { ok: true }>['why'],
  pairs: number,
): string {
  switch (why) {
    case 'too-few':
      return `${formatCount(pairs)} shared signals are too few to compare`;
    case 'non-finite':
      return 'the paired returns contain values that are not finite numbers';
    case 'constant':
      return (
        `the paper version's return minus production's is the same on all ${formatCount(pairs)} ` +
        'shared signals, so the difference has no spread to test'
      );
    case 'two-valued':
      return (
        'the differences take two values at the one point where the sampling variance of ' +
        'their Sharpe ratio vanishes, so PSR is undefined'
      );
  }
}

function paperDegenerate(
  why: Exclude<MomentsOutcome, { ok: true }>['why'],
  trades: number,
): string {
  switch (why) {
    case 'too-few':
      return `the paper version has ${formatCount(trades)} trades, too few for a Sharpe ratio`;
    case 'non-finite':
      return "the paper version's returns contain values that are not finite numbers";
    case 'constant':
      return (
        `the paper version's ${formatCount(trades)} returns are all the same, ` +
        'so its Sharpe ratio is undefined'
      );
    case 'two-valued':
      return (
        "the paper version's returns take two values at the one point where the sampling " +
        'variance of their Sharpe ratio vanishes, so PSR is undefined'
      );
  }
}

function checkConfidence(confidence: number): void {
  if (!(confidence > 0.5 && confidence < 1)) {
    throw new RangeError(`confidence must lie strictly between 0.5 and 1, not ${confidence}`);
  }
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** Three significant figures: per-trade Sharpe ratios are small numbers. */
function sharpeText(value: number): string {
  return String(Number(value.toPrecision(3)));
}

function returnText(value: number): string {
  return String(Number(value.toPrecision(2)));
}

/** PSR to three decimals, without rounding a near-certainty to a certainty. */
function psrText(psr: number): string {
  if (psr > 0.999) return '> 0.999';
  if (psr < 0.001) return '< 0.001';
  return psr.toFixed(3);
}

function roundConfidence(value: number): number {
  return Number(value.toPrecision(10));
}
