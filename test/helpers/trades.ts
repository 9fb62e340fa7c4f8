import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RegistryFixture } from './fixture.js';

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
  /** Minutes between trades; default 60. */
  everyMinutes?: number;
  /** Trade ids are `<idPrefix>-<i>`; default `<version>-<mode>`. */
  idPrefix?: string;
  /** When set, trade i carries `signal_id: <signalPrefix>-<i>`: series with one prefix pair up. */
  signalPrefix?: string;
  /** Fields added to every trade, e.g. an A/B arm. */
  extra?: Record<string, unknown>;
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
  const step = (series.everyMinutes ?? 60) * 60_000;
  for (let i = series.first; i < series.first + series.count; i++) {
    const ret = 0.002 * (uniform() < series.winRate ? 0.92 : -1.09);
    lines.push(
      JSON.stringify({
        trade_id: `${series.idPrefix ?? `${series.version}-${mode}`}-${i}`,
        model: series.model,
        version: series.version,
        closed_at: new Date(start + i * step).toISOString(),
        return: Number(ret.toFixed(6)),
        mode,
        ...(series.signalPrefix ? { signal_id: `${series.signalPrefix}-${i}` } : {}),
        ...series.extra,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A backtest at 24 trades a day (about 21,000 over 2.4 years): Sharpe 1.45, 55% wins. */
export const BACKTEST_SHARPE_145 = {
  sharpe: 1.45,
  win_rate: 0.55,
  trades: 21_110,
  period: { start: '2024-01-01', end: '2026-05-31' },
};

/** Writes the series to a file under the fixture's inputs and ingests it. */
export async function ingestSeries(f: RegistryFixture, series: TradeSeries): Promise<void> {
  const file = join(f.inputs, `${series.model}-${series.version}-${series.first}.jsonl`);
  await writeFile(file, tradeLines(series));
  await f.cliOk(['ingest', file]);
}

/**
 * The seed's Workflow 1 for one model: v1..v3 registered; v2 promoted and trading healthily for
 * 300 trades; v3 promoted, healthy for 300 trades, then collapsing (by default 500 trades at a
 * 45% win rate: from 55% to 45%).
 */
export async function degradingModel(
  f: RegistryFixture,
  model: string,
  seed: number,
  collapse = { count: 500, winRate: 0.45 },
): Promise<void> {
  for (let i = 0; i < 3; i++) await f.register(model, BACKTEST_SHARPE_145);
  await f.cliOk(['promote', model, 'v2']);
  await ingestSeries(f, { model, version: 'v2', first: 0, count: 300, winRate: 0.55, seed });
  await f.cliOk(['promote', model, 'v3']);
  await ingestSeries(f, {
    model,
    version: 'v3',
    first: 300,
    count: 300,
    winRate: 0.55,
    seed: seed + 1,
  });
  await ingestSeries(f, {
    model,
    version: 'v3',
    first: 600,
    count: collapse.count,
    winRate: collapse.winRate,
    seed: seed + 2,
  });
}
