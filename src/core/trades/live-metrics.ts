/**
 * Live performance of one version over a window of trades, in one pass and constant memory,
 * so a million trades cost little more than reading them.
 */
export interface LiveMetrics {
  trades: number;
  wins: number;
  win_rate: number | null;
  /** 95% Wilson score interval for the win rate: honest for small samples and rates near 0 or 1. */
  win_rate_interval: [number, number] | null;
  mean_return: number | null;
  /** Sample standard deviation of per-trade returns. */
  volatility: number | null;
  sharpe_per_trade: number | null;
  /** Per-trade Sharpe × √(trades per year). */
  sharpe_annualised: number | null;
  sortino_per_trade: number | null;
  sortino_annualised: number | null;
  trades_per_year: number | null;
  trades_per_year_source: 'policy' | 'timestamps' | null;
  /** Largest fall from a peak of compounded equity (equity × (1 + return) per trade), as a fraction. */
  max_drawdown: number;
  /** Fall from the peak at the last trade. */
  current_drawdown: number;
  current_losing_streak: number;
  longest_losing_streak: number;
  /** Sum of gains over the sum of losses; null when there is no loss yet. */
  profit_factor: number | null;
  total_return: number;
  first_trade_at: string | null;
  last_trade_at: string | null;
}

export interface MetricsTrade {
  closed_at: string;
  return: number;
}

const Z_95 = 1.959963984540054;
const YEAR_MS = 365.25 * 86_400_000;

export class LiveMetricsAccumulator {
  private n = 0;
  private wins = 0;
  private mean = 0;
  private m2 = 0; // Welford: numerically stable variance in one pass
  private downsideSquares = 0;
  private gains = 0;
  private losses = 0;
  private logEquity = 0;
  private peakLogEquity = 0;
  private maxDrawdown = 0;
  private streak = 0;
  private longestStreak = 0;
  private firstAt: string | null = null;
  private lastAt: string | null = null;

  add(trade: MetricsTrade): void {
    const r = trade.return;
    this.n++;
    const delta = r - this.mean;
    this.mean += delta / this.n;
    this.m2 += delta * (r - this.mean);
    if (r > 0) {
      this.wins++;
      this.gains += r;
      this.streak = 0;
    } else if (r < 0) {
      this.losses -= r;
      this.downsideSquares += r * r;
      this.streak++;
      this.longestStreak = Math.max(this.longestStreak, this.streak);
    }
    // Log equity avoids underflow over very long histories; a return of -100% or worse wipes out.
    this.logEquity += r <= -1 ? -Infinity : Math.log1p(r);
    this.peakLogEquity = Math.max(this.peakLogEquity, this.logEquity);
    this.maxDrawdown = Math.max(
      this.maxDrawdown,
      1 - Math.exp(this.logEquity - this.peakLogEquity),
    );
    this.firstAt ??= trade.closed_at;
    this.lastAt = trade.closed_at;
  }

  /** `tradesPerYear` from policy when set; else estimated from the timestamps (≥ 7 days of data). */
  result(tradesPerYear?: number): LiveMetrics {
    const n = this.n;
    const volatility = n >= 2 ? Math.sqrt(this.m2 / (n - 1)) : null;
    const sharpe = volatility ? this.mean / volatility : null;
    const downside = n > 0 ? Math.sqrt(this.downsideSquares / n) : 0;
    const sortino = n > 0 && downside > 0 ? this.mean / downside : null;
    const spanMs =
      this.firstAt && this.lastAt ? Date.parse(this.lastAt) - Date.parse(this.firstAt) : 0;
    const estimated = n >= 2 && spanMs >= 7 * 86_400_000 ? ((n - 1) * YEAR_MS) / spanMs : null;
    const perYear = tradesPerYear ?? estimated;
    const annualise = (value: number | null): number | null =>
      value !== null && perYear !== null ? value * Math.sqrt(perYear) : null;
    return {
      trades: n,
      wins: this.wins,
      win_rate: n > 0 ? this.wins / n : null,
      win_rate_interval: n > 0 ? wilsonInterval(this.wins, n) : null,
      mean_return: n > 0 ? this.mean : null,
      volatility,
      sharpe_per_trade: sharpe,
      sharpe_annualised: annualise(sharpe),
      sortino_per_trade: sortino,
      sortino_annualised: annualise(sortino),
      trades_per_year: perYear,
      trades_per_year_source:
        tradesPerYear !== undefined ? 'policy' : estimated !== null ? 'timestamps' : null,
      max_drawdown: this.maxDrawdown,
      current_drawdown: n > 0 ? 1 - Math.exp(this.logEquity - this.peakLogEquity) : 0,
      current_losing_streak: this.streak,
      longest_losing_streak: this.longestStreak,
      profit_factor: this.losses > 0 ? this.gains / this.losses : null,
      total_return: Math.exp(this.logEquity) - 1,
      first_trade_at: this.firstAt,
      last_trade_at: this.lastAt,
    };
  }
}

/** Wilson score interval (Wilson 1927) at 95%. */
export function wilsonInterval(successes: number, n: number, z = Z_95): [number, number] {
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At the edges the bound is exactly 0 or 1; floating point would say 0.9999999999999999.
  return [successes === 0 ? 0 : centre - half, successes === n ? 1 : centre + half];
}

export function computeLiveMetrics(
  trades: Iterable<MetricsTrade>,
  tradesPerYear?: number,
): LiveMetrics {
  const accumulator = new LiveMetricsAccumulator();
  for (const trade of trades) accumulator.add(trade);
  return accumulator.result(tradesPerYear);
}
