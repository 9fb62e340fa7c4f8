import { checkAgainstSchema, formatFieldPath } from '../yaml-file.js';

/** One closed trade, as stored: the schema's fields first, then whatever else the bot sent. */
export interface TradeRecord {
  trade_id: string;
  model: string;
  version: string;
  closed_at: string;
  return: number;
  pnl?: number | null;
  mode: 'live' | 'paper';
  arm?: 'control' | 'candidate' | null;
  /** Trades of two versions with the same signal traded the same signal: compared paired. */
  signal_id?: string | null;
  [extra: string]: unknown;
}

export type TradeCheck =
  { ok: true; trade: TradeRecord } | { ok: false; problems: { field?: string; message: string }[] };

const CORE_FIELDS = [
  'trade_id',
  'model',
  'version',
  'closed_at',
  'return',
  'pnl',
  'mode',
  'arm',
  'signal_id',
];

/** Validates one uploaded record; problems name the field and say what was expected. */
export function checkTrade(value: unknown): TradeCheck {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      problems: [{ message: 'expected a trade record (an object with trade_id, model, …)' }],
    };
  }
  const failures = checkAgainstSchema('trade', value);
  if (failures.length > 0) {
    return {
      ok: false,
      problems: failures.map(({ path, message }) => ({
        field: path.length ? formatFieldPath(path) : undefined,
        message,
      })),
    };
  }
  return { ok: true, trade: value as TradeRecord };
}

/**
 * The stored line: keys in a fixed order (schema fields, then extras sorted), so the same trade
 * always serialises to the same bytes and files diff cleanly.
 */
export function canonicalTradeLine(trade: TradeRecord): string {
  const ordered: Record<string, unknown> = {};
  // Defined, not assigned: an extra field named "__proto__" (JSON.parse makes it an own field)
  // would otherwise set the prototype and vanish from the stored line.
  const put = (key: string): void => {
    Object.defineProperty(ordered, key, {
      value: trade[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  };
  for (const key of CORE_FIELDS) {
    if (trade[key] !== undefined && trade[key] !== null) put(key);
  }
  for (const key of Object.keys(trade).sort()) {
    if (!CORE_FIELDS.includes(key)) put(key);
  }
  return JSON.stringify(ordered);
}

/**
 * Whether two records are the same trade. Only what defines a trade is compared (the time as
 * an instant, so `Z` and `+00:00` agree); extra fields are kept from the first upload.
 */
export function sameTrade(a: TradeRecord, b: TradeRecord): boolean {
  return (
    a.trade_id === b.trade_id &&
    a.model === b.model &&
    a.version === b.version &&
    Date.parse(a.closed_at) === Date.parse(b.closed_at) &&
    a.return === b.return &&
    (a.pnl ?? null) === (b.pnl ?? null) &&
    a.mode === b.mode &&
    (a.arm ?? null) === (b.arm ?? null) &&
    (a.signal_id ?? null) === (b.signal_id ?? null)
  );
}

/** What differs between two records with the same id, for the conflict message. */
export function describeTradeDifference(stored: TradeRecord, uploaded: TradeRecord): string {
  const differences: string[] = [];
  for (const key of CORE_FIELDS) {
    const before = key === 'closed_at' ? Date.parse(stored.closed_at) : (stored[key] ?? null);
    const after = key === 'closed_at' ? Date.parse(uploaded.closed_at) : (uploaded[key] ?? null);
    if (before !== after) {
      differences.push(
        `${key} ${JSON.stringify(stored[key] ?? null)} stored, ${JSON.stringify(uploaded[key] ?? null)} uploaded`,
      );
    }
  }
  return differences.join('; ');
}

/** The UTC day a trade belongs to: its storage partition. */
export function tradeDay(trade: TradeRecord): string {
  return new Date(Date.parse(trade.closed_at)).toISOString().slice(0, 10);
}

/** Order within a day file: by time, then id, so re-ingesting in any order gives the same file. */
export function compareTrades(a: TradeRecord, b: TradeRecord): number {
  return (
    Date.parse(a.closed_at) - Date.parse(b.closed_at) ||
    (a.trade_id < b.trade_id ? -1 : a.trade_id > b.trade_id ? 1 : 0)
  );
}
