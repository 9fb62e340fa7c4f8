import { describe, expect, it } from 'vitest';
import { computeLiveMetrics, wilsonInterval } from '../src/core/trades/live-metrics.js';
import {
  canonicalTradeLine,
  checkTrade,
  sameTrade,
  tradeDay,
} from '../src/core/trades/trade-record.js';

const RETURNS = [0.1, -0.05, 0.02, -0.01, -0.02, 0.03];
const trades = RETURNS.map((r, i) => ({ closed_at: `2026-09-0${i + 1}T12:00:00Z`, return: r }));

describe('live metrics, cross-checked against values computed independently with numpy and scipy', () => {
  const m = computeLiveMetrics(trades, 252);

  it('counts, win rate and its Wilson interval', () => {
    expect(m.trades).toBe(6);
    expect(m.wins).toBe(3);
    expect(m.win_rate).toBe(0.5);
    // scipy.stats.binomtest(3, 6).proportion_ci(method='wilson')
    expect(m.win_rate_interval![0]).toBeCloseTo(0.18761630648265054, 12);
    expect(m.win_rate_interval![1]).toBeCloseTo(0.8123836935173494, 12);
  });

  it('mean, volatility, Sharpe per trade and annualised, Sortino', () => {
    expect(m.mean_return).toBeCloseTo(0.011666666666666667, 14);
    expect(m.volatility).toBeCloseTo(0.05192943930629973, 14); // numpy std(ddof=1)
    expect(m.sharpe_per_trade).toBeCloseTo(0.22466382889004824, 12);
    expect(m.sharpe_annualised).toBeCloseTo(3.566427719007816, 11);
    expect(m.sortino_per_trade).toBeCloseTo(0.5217491947499509, 12);
    expect(m.trades_per_year_source).toBe('policy');
  });

  it('drawdown on compounded equity, streaks, profit factor, total return', () => {
    expect(m.max_drawdown).toBeCloseTo(0.0598762, 12); // 1 - 1.03413618 / 1.10
    expect(m.current_drawdown).toBeCloseTo(0.031672486, 12);
    expect(m.longest_losing_streak).toBe(2);
    expect(m.current_losing_streak).toBe(0);
    expect(m.profit_factor).toBeCloseTo(1.875, 14);
    expect(m.total_return).toBeCloseTo(0.0651602654, 12);
  });

  it('estimates trades per year from timestamps once there are 7 days of trades', () => {
    expect(computeLiveMetrics(trades).trades_per_year).toBeNull(); // 5 days: too short to say
    const weekly = [...trades, { closed_at: '2026-09-08T12:00:00Z', return: 0.01 }];
    const estimated = computeLiveMetrics(weekly);
    expect(estimated.trades_per_year_source).toBe('timestamps');
    expect(estimated.trades_per_year).toBeCloseTo((6 * 365.25) / 7, 9); // 6 intervals in 7 days
  });

  it('says nothing it cannot know: no trades, one trade, no losses', () => {
    const none = computeLiveMetrics([]);
    expect(none).toMatchObject({
      trades: 0,
      win_rate: null,
      sharpe_per_trade: null,
      max_drawdown: 0,
    });
    const one = computeLiveMetrics([{ closed_at: '2026-09-01T00:00:00Z', return: 0.02 }]);
    expect(one).toMatchObject({
      trades: 1,
      volatility: null,
      sharpe_per_trade: null,
      profit_factor: null,
    });
  });

  it('a loss of 100% or more wipes the account out: drawdown 1, no NaN', () => {
    const wiped = computeLiveMetrics([
      { closed_at: '2026-09-01T00:00:00Z', return: 0.5 },
      { closed_at: '2026-09-02T00:00:00Z', return: -1.2 },
    ]);
    expect(wiped.max_drawdown).toBe(1);
    expect(wiped.total_return).toBe(-1);
  });

  it('the Wilson interval stays inside [0, 1] at the edges', () => {
    expect(wilsonInterval(0, 10)[0]).toBe(0);
    expect(wilsonInterval(10, 10)[1]).toBe(1);
  });
});

describe('trade records', () => {
  const trade = {
    trade_id: 'T-1',
    model: 'trader',
    version: 'v5',
    closed_at: '2026-09-01T23:30:00-02:00',
    return: 0.01,
    mode: 'live',
    symbol: 'ES',
  };

  it('accepts a valid record and keeps extra fields, in a fixed order', () => {
    expect(checkTrade(trade)).toEqual({ ok: true, trade });
    expect(canonicalTradeLine({ ...trade, symbol: 'ES', alpha: 1 } as never)).toBe(
      '{"trade_id":"T-1","model":"trader","version":"v5","closed_at":"2026-09-01T23:30:00-02:00","return":0.01,"mode":"live","alpha":1,"symbol":"ES"}',
    );
  });

  it('files a trade under its UTC day', () => {
    expect(tradeDay(trade as never)).toBe('2026-09-02');
  });

  it('names each bad field: text for a number, a time without offset, an unknown mode', () => {
    expect(
      checkTrade({ ...trade, return: 'NaN', closed_at: '2026-09-01T10:00:00', mode: 'demo' }),
    ).toEqual({
      ok: false,
      problems: [
        {
          field: 'closed_at',
          message:
            'expected an ISO 8601 time with offset, e.g. 2026-03-01T10:00:00Z, found the text "2026-09-01T10:00:00"',
        },
        { field: 'return', message: 'expected number, found the text "NaN"' },
        { field: 'mode', message: 'expected one of "live", "paper", found the text "demo"' },
      ],
    });
    expect(checkTrade({ ...trade, closed_at: '2026-02-30T10:00:00Z' })).toMatchObject({
      ok: false,
      problems: [
        {
          field: 'closed_at',
          message: 'expected a real calendar date, found "2026-02-30T10:00:00Z"',
        },
      ],
    });
    expect(checkTrade([1, 2])).toMatchObject({ ok: false });
  });

  it('the same trade in another time zone is the same trade; another return is not', () => {
    const utc = { ...trade, closed_at: '2026-09-02T01:30:00Z' };
    expect(sameTrade(trade as never, utc as never)).toBe(true);
    expect(sameTrade(trade as never, { ...trade, return: 0.02 } as never)).toBe(false);
  });
});
