export interface TradeSeries {
  model: string;
  version: string;
  mode?: 'live' | 'paper';
  /** Index of the first trade: trade i closes i hours after `start`. */
  first: number;
  count: number;
  winRate: number;
  seed: number;
  start?: string;
}

/**
 * Seeded JSONL trades: wins of +0.92σ with probability `winRate`, else losses of −1.09σ
 * (σ = 0.2%), one an hour. At 55% wins that is a Sharpe of about 1.45 at 24 trades a day.
 */
export function tradeLines(series: TradeSeries): string {
  const mode = series.mode ?? 'live';
  let state = series.seed;
  const uniform = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const start = Date.parse(series.start ?? '2026-09-01T00:30:00Z');
  const lines: string[] = [];
  for (let i = series.first; i < series.first + series.count; i++) {
    const ret = 0.002 * (uniform() < series.winRate ? 0.92 : -1.09);
    lines.push(
      JSON.stringify({
        trade_id: `${series.version}-${mode}-${i}`,
        model: series.model,
        version: series.version,
        closed_at: new Date(start + i * 3_600_000).toISOString(),
        return: Number(ret.toFixed(6)),
        mode,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}
