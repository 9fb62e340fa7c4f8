import type { VersionRecord } from '../core/snapshot.js';
import type { TradeRecord } from '../core/trades/trade-record.js';
import type { RegistryRepo } from './repository.js';

export interface TradeFilter {
  /** Only trades closed at or after this time. */
  since?: Date;
  mode?: 'live' | 'paper';
}

/** Day files read per `cat-file` call: bounded memory, few processes. */
const DAYS_PER_READ = 256;

/**
 * A version's stored trades in time order, a day at a time (one await per day, not per trade:
 * over a million trades the difference is a good part of the time). Day files are sorted within
 * themselves and read in day order; stored lines were validated at ingest, so they are only
 * parsed here.
 */
export async function* readVersionTrades(
  repo: RegistryRepo,
  version: VersionRecord,
  filter: TradeFilter = {},
): AsyncGenerator<TradeRecord[]> {
  const sinceDay = filter.since?.toISOString().slice(0, 10);
  const sinceMs = filter.since?.getTime();
  const days = [...version.tradeFiles.values()]
    .filter((file) => !sinceDay || file.day >= sinceDay)
    .sort((a, b) => (a.day < b.day ? -1 : 1));
  for (let start = 0; start < days.length; start += DAYS_PER_READ) {
    const batch = days.slice(start, start + DAYS_PER_READ);
    const blobs = await repo.git.readBlobs(batch.map((file) => file.blob));
    for (const file of batch) {
      const text = blobs.get(file.blob)?.toString('utf8') ?? '';
      const trades: TradeRecord[] = [];
      let from = 0;
      while (from < text.length) {
        let to = text.indexOf('\n', from);
        if (to < 0) to = text.length;
        if (to > from) {
          const trade = JSON.parse(text.slice(from, to)) as TradeRecord;
          if (
            (!filter.mode || trade.mode === filter.mode) &&
            (sinceMs === undefined || Date.parse(trade.closed_at) >= sinceMs)
          ) {
            trades.push(trade);
          }
        }
        from = to + 1;
      }
      if (trades.length > 0) yield trades;
    }
  }
}
