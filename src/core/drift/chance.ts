/**
 * How often things happen by chance to a healthy model: the numbers that turn a rule's threshold
 * into a designed false-alarm rate, and a user's threshold into a sentence such as "a healthy
 * model has a streak this long about once every 98 trades".
 */

/**
 * Siegmund's correction for the overshoot of a Gaussian random walk over a boundary: the
 * discrete CUSUM behaves like Brownian motion with its boundary moved out by 2 × 0.583 standard
 * deviations (Siegmund 1985, *Sequential Analysis*, §X.2; 0.583 = −ζ(1/2)/√(2π)).
 */
const SIEGMUND_OVERSHOOT = 1.166;

/**
 * Average run length of the one-sided CUSUM `S ← max(0, S + Y − k)` started at 0, for
 * Gaussian increments `Y − k` with mean `drift` and unit variance, until `S > h`
 * (Siegmund's approximation; accurate to a few percent for h ≥ 3).
 *
 * With `drift < 0` this is the mean time between false alarms; with `drift > 0`, the mean delay.
 */
export function cusumAverageRunLength(drift: number, threshold: number): number {
  const b = threshold + SIEGMUND_OVERSHOOT;
  const x = -2 * drift * b;
  if (Math.abs(x) < 1e-6) return b * b; // the driftless limit, without cancellation
  return (Math.expm1(x) - x) / (2 * drift * drift);
}

/**
 * The CUSUM threshold whose average run length under `drift` (< 0: no change) is
 * `tradesBetweenAlarms`. Bisection: the run length grows monotonically with the threshold.
 */
export function cusumThreshold(drift: number, tradesBetweenAlarms: number): number {
  let low = 0;
  let high = 1;
  while (cusumAverageRunLength(drift, high) < tradesBetweenAlarms) high *= 2;
  for (let i = 0; i < 100; i++) {
    const middle = (low + high) / 2;
    if (cusumAverageRunLength(drift, middle) < tradesBetweenAlarms) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * Mean number of trades between drawdowns at least `depth` deep (in standard deviations of a
 * trade's return), for a healthy model with the given Sharpe ratio per trade.
 *
 * The drawdown of cumulative standardised returns from their running peak is exactly a CUSUM
 * `D ← max(0, D − r/σ)` whose increments have mean −Sharpe; so "how rare is this drawdown" is a
 * CUSUM run length.
 */
export function tradesBetweenDrawdowns(sharpePerTrade: number, depth: number): number {
  return cusumAverageRunLength(-sharpePerTrade, depth);
}

/** The drawdown depth (in standard deviations of one trade) reached once per `trades` trades. */
export function drawdownDepthForRate(sharpePerTrade: number, trades: number): number {
  return cusumThreshold(-sharpePerTrade, trades);
}

/**
 * Expected number of trades between losing streaks that reach `length`, for independent trades
 * that lose with probability `lossProbability`: a streak reaches `length` at a given trade when
 * that trade and the `length − 1` before it lose and the one before them won, probability
 * (1 − q)·q^length.
 */
export function tradesBetweenLosingStreaks(lossProbability: number, length: number): number {
  if (length <= 0) return 1;
  const q = lossProbability;
  if (q <= 0) return Infinity;
  if (q >= 1) return 1;
  return 1 / ((1 - q) * q ** length);
}

/** The shortest losing streak that a healthy model reaches at most once per `trades` trades. */
export function losingStreakForRate(lossProbability: number, trades: number): number {
  const q = lossProbability;
  if (q <= 0) return 1;
  if (q >= 1) return Infinity;
  return Math.max(1, Math.ceil(Math.log(1 / (trades * (1 - q))) / Math.log(q)));
}

/**
 * Exact probability of at least one run of `length` losses among `trades` independent trades
 * (the classical run problem, de Moivre / Feller vol. I §XIII.7), by dynamic programming over the
 * length of the current run: O(trades × length).
 */
export function probabilityOfLosingStreak(
  lossProbability: number,
  length: number,
  trades: number,
): number {
  if (length <= 0) return 1;
  if (trades < length) return 0;
  const q = lossProbability;
  // running[i] = P(no run of `length` yet, and the current run of losses is exactly i)
  let running = new Float64Array(length);
  running[0] = 1;
  let hit = 0;
  for (let t = 0; t < trades; t++) {
    const next = new Float64Array(length);
    let alive = 0;
    for (let i = 0; i < length; i++) alive += running[i] ?? 0;
    next[0] = alive * (1 - q);
    for (let i = 0; i + 1 < length; i++) next[i + 1] = (running[i] ?? 0) * q;
    hit += (running[length - 1] ?? 0) * q;
    running = next;
  }
  return Math.min(1, hit);
}

/**
 * Upper end of the Wilson score interval for a proportion (Wilson 1927): a loss probability
 * that is unlikely to be an underestimate, so that a streak judged "rare" really is.
 */
export function wilsonUpperBound(successes: number, trials: number, z: number): number {
  if (trials <= 0) return 1;
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials ** 2));
  return Math.min(1, centre + half);
}

/** 12345.6 → "12,346"; 0.5 → "0.5"; Infinity → "never". Deterministic (no locale tables). */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'never' : '-never';
  if (Math.abs(value) < 10) return String(Number(value.toPrecision(2)));
  if (Math.abs(value) >= 1e12) return value.toPrecision(2);
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return rounded < 0 ? `-${grouped}` : grouped;
}

/** "1 per 10,000 trades", to three significant figures. */
export function describeRate(tradesBetweenAlarms: number): string {
  if (!Number.isFinite(tradesBetweenAlarms)) return 'never';
  const rounded = Number(tradesBetweenAlarms.toPrecision(3));
  return `1 per ${formatCount(rounded)} trades`;
}
