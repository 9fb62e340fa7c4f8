/**
 * The A/B test judge: should the candidate replace the control? Pure: returns and policy in, a
 * verdict and its evidence out; no I/O, no clock, no randomness.
 *
 * ## API
 *
 * ```ts
 * const judgement = judgeAbTest({
 *   control: controlReturns,          // per-trade returns routed to each arm, in time order
 *   candidate: candidateReturns,
 *   paired: { control, candidate },   // optional: both versions on the same signals, aligned;
 *                                     // from 30 pairs on the pairs are the evidence
 *   margin: 0.15,                     // the candidate must beat the control's Sharpe by 15%
 *   alpha: 0.01,                      // false promotions, under continuous monitoring
 *   progress: { days: 9.5, minDays: 7, maxDays: 30, minTradesPerArm: 100, requirement: 'both' },
 *   guardrail: null,                  // or why the candidate tripped a critical drift rule
 *   tradesPerYear: 252,               // annualised figures in the report; tunes the boundary
 * });
 * judgement.verdict;     // 'continue' | 'promote' | 'keep-control' | 'stop-early'
 * judgement.reason;      // one sentence for the reviewer
 * judgement.difference;  // S_cand − (1 + m)·S_ctl per trade, estimate and always-valid bounds
 * judgement.gap;         // S_cand − S_ctl per trade, likewise (stop-early reads its upper bound)
 * judgement.arms;        // per arm: trades, Sharpe per trade and annualised with always-valid
 *                        // intervals, win rate with its 95% Wilson interval
 * judgement.minimums;    // met?, trades per arm, days, and a sentence
 *
 * // Constant memory, one trade at a time (bench/ab runs this way): the same judgement.
 * const control = new ReturnMoments();  control.add(r);      // PairedReturnMoments.add(a, b)
 * judgeAbStatistics({ ...settings, control: control.statistics(), candidate: …, paired: … });
 *
 * sharpeVariance(describeReturns(returns));                    // Var(Ŝ), Mertens
 * confidenceSequenceRadius(information, alpha, mixture, 1);    // the boundary, in θ's units
 * ```
 *
 * Input that is not data (a non-finite return, pairs that do not align, a negative margin)
 * throws a RangeError. Anything else gives a judgement in which every number is finite; what is
 * undefined (the Sharpe ratio of constant returns, a ratio to a losing control) is null.
 *
 * ## Verdicts, in the order they are tried
 *
 * | verdict      | when                                                                            |
 * |--------------|---------------------------------------------------------------------------------|
 * | stop-early   | the caller's `guardrail` says the candidate tripped a critical rule             |
 * | continue     | fewer than 30 trades in an arm (or 30 pairs), or an arm's returns do not vary    |
 * |              | (keep-control instead once `days ≥ maxDays`)                                    |
 * | stop-early   | gap.upper < 0: the candidate's Sharpe ratio is below the control's, with         |
 * |              | always-valid confidence; the minimums do not have to be met                     |
 * | promote      | difference.lower > 0 (H0 rejected at α) and the minimums are met                 |
 * | keep-control | `days ≥ maxDays` without a promotion                                            |
 * | keep-control | difference.upper < 0 (the candidate cannot be (1 + m)× better) and the minimums  |
 * |              | are met                                                                         |
 * | continue     | otherwise; the reason says which bound or which minimum is missing              |
 *
 * The minimums (trades per arm and days, `requirement: 'both' | 'either'`) and the maximum are
 * the policy's lines, not statistics: they only delay a promotion or end a test.
 *
 * ## Design, and why
 *
 * - **Always-valid, because the test is re-judged on every upload.** A fixed-horizon test read
 *   at every look promotes at the null boundary 11–15% of the time at α = 1% (bench/ab). The
 *   judge uses asymptotic confidence sequences (Waudby-Smith, Arbour, Sinha, Kennedy & Ramdas
 *   2021): scaled by the information I = 1/Var(θ̂), I·(θ̂ − θ) behaves like Brownian motion in I,
 *   and a normal-mixture martingale (Robbins 1970) crosses 1/α with probability ≤ α over all
 *   looks, however many and whenever they come (Ville's inequality). Why not group-sequential
 *   alpha spending: it needs the number and timing of looks and a maximum sample in advance;
 *   uploads come when they come and the test's length is set in days, not trades. Why not the
 *   mSPRT on returns: the Sharpe ratio is not a mean, and the confidence sequence on it gives the
 *   reviewer bounds, not only a p-value.
 * - **One-sided where the decision is one-sided.** Promotion reads a lower bound, futility and
 *   harm upper bounds; each uses a half-normal mixture, 2·A^{−1/2}·exp(q²/2)·Φ(q), which is
 *   exact at level α where the two-sided boundary at 2α is only an approximation.
 * - **The Sharpe ratio per trade** Ŝ = mean / sample standard deviation, with the delta-method
 *   variance (Mertens 2002; Lo 2002 for normal returns) Var(Ŝ) ≈ (1 + Ŝ²/2 − γ₃Ŝ + (γ₄ − 3)/4·Ŝ²)/n,
 *   from the sample skewness γ₃ and kurtosis γ₄ so that skewed and heavy-tailed returns are
 *   covered. It is the variance of the influence function z − (S/2)(z² − 1).
 * - **The margin on |S_ctl|.** H0: S_cand ≤ S_ctl + m·|S_ctl|, which for a profitable control is
 *   the S_cand ≤ (1 + m)·S_ctl. The excess θ is the smaller of two linear contrasts,
 *   S_cand − (1 ± m)·S_ctl, so a candidate as bad as a losing control does not "beat" (1 + m)
 *   times a negative number. The lower bound is the smaller of the two contrasts' bounds at α
 *   (the contrast equal to θ holds its own); the upper bound spends α/2 on each.
 * - **Paired when both versions traded the same signals**: Var(D̂) = (V_cand + c²·V_ctl −
 *   2c·C)/n, with C the covariance of the two influence functions from sample co-moments; for
 *   normal returns C = ρ + S_ctl·S_cand·ρ²/2 (Jobson & Korkie 1981 with Memmel's 2003 correction).
 *   At ρ = 0.9 the per-signal variance of D̂ is 26 times smaller than an 80/20 split's.
 * - **The mixture's scale.** A normal mixture of scale ρ is tightest when the information is
 *   about 1/ρ², i.e. when the true difference is about ρ. The judge puts 90% weight on ρ =
 *   `tunedForDifference` (1 annualised Sharpe unit) per trade, about the excess over the margin
 *   of a candidate clearly worth promoting (Sharpe 3.0 against 1.5: 1.27), and 10% on ρ = 0.5
 *   per trade, tightest around 30 trades per arm, so a candidate that loses from its first
 *   trades is stopped there rather than after thousands. The second component costs about 1% of
 *   width where the first is tightest; any weights keep the rate (a weighted sum of martingales
 *   is one).
 * - **Thirty trades per arm before anything statistical**: the normal approximation and the
 *   sample moments need a few dozen trades; the mixture makes the first looks wide anyway.
 * - **Win rates** get 95% Wilson intervals (wilsonInterval, as in the live metrics): a
 *   description for the reviewer, not part of the decision.
 *
 * ## Error rates (bench/ab/README.md measures them)
 *
 * At the null boundary (candidate exactly 1.15× the control, judged every 25 trades from 30 per
 * arm): false promotions ≤ α, for Gaussian and Student-t(5) returns, unpaired and paired. A
 * candidate that is not worse is stopped early with probability ≤ α, and a candidate that is
 * (1 + m)× better is kept out by futility with probability ≤ α. The guarantees are asymptotic
 * (exact for Brownian motion); the benchmark is the evidence that they hold at these sizes.
 */
export {
  confidenceSequenceRadius,
  DEFAULT_ALPHA,
  DEFAULT_TRADES_PER_YEAR,
  DEFAULT_TUNED_DIFFERENCE,
  describePairs,
  describeReturns,
  judgeAbStatistics,
  judgeAbTest,
  LARGE_DIFFERENCE_SCALE,
  LARGE_DIFFERENCE_WEIGHT,
  MIN_TRADES_TO_JUDGE,
  PairedReturnMoments,
  ReturnMoments,
  sharpeRatio,
  sharpeVariance,
  type AbBounds,
  type AbJudgeInput,
  type AbJudgement,
  type AbJudgeSettings,
  type AbProgress,
  type AbStatisticsInput,
  type AbVerdict,
  type ArmSummary,
  type MixtureComponent,
  type PairStatistics,
  type ReturnStatistics,
} from './judge.js';
