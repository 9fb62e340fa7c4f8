import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { tradeLines } from './helpers/trades.js';
import type { DriftDecision } from '../src/registry/drift.js';

let f: RegistryFixture;

function trades(
  version: string,
  mode: 'live' | 'paper',
  first: number,
  count: number,
  winRate: number,
  seed: number,
): string {
  return tradeLines({ model: 'trader', version, mode, first, count, winRate, seed });
}

async function ingest(name: string, content: string): Promise<void> {
  const file = join(f.inputs, name);
  await writeFile(file, content);
  await f.cliOk(['ingest', file]);
}

async function decisions(...args: string[]): Promise<DriftDecision[]> {
  return (
    JSON.parse((await f.cliOk(['drift', 'trader', '--json', ...args])).stdout) as {
      decisions: DriftDecision[];
    }
  ).decisions;
}

beforeAll(async () => {
  f = await registryFixture();
  // Backtests at 24 trades a day (about 21,000 over 2.4 years), Sharpe 1.45, win rate 55%.
  const backtest = {
    sharpe: 1.45,
    win_rate: 0.55,
    trades: 21_110,
    period: { start: '2024-01-01', end: '2026-05-31' },
  };
  for (let i = 0; i < 3; i++) await f.register('trader', backtest);
  await f.cliOk(['promote', 'trader', 'v1']);
  await f.cliOk(['promote', 'trader', 'v2']);
});
afterAll(() => f.cleanup());

describe('drift decisions from stored trades', () => {
  it('a healthy production version: no rule fires over 600 trades', async () => {
    await ingest('healthy.jsonl', trades('v2', 'live', 0, 600, 0.55, 7));
    const [decision] = await decisions();
    expect(decision).toMatchObject({
      version: 'v2',
      role: 'production',
      mode: 'live',
      severity: 'healthy',
      action: 'none: no rule fired',
    });
    expect(decision!.live.trades).toBe(600);
    expect(decision!.baseline).toMatchObject({
      source: 'backtest',
      sharpe_annual: 1.45,
      win_rate: 0.55,
    });
    // The backtest's own rate: 21,110 trades over 2024-01-01 .. 2026-05-31.
    expect(decision!.baseline.backtest_trades_per_year).toBeCloseTo(21_110 / (882 / 365.25), 6);
    expect(decision!.alarms).toEqual([]);
  });

  it('a collapse reaches critical within days, proposes a rollback to the previous production version, with evidence', async () => {
    await ingest('collapse.jsonl', trades('v2', 'live', 600, 168, 0.36, 11));
    const [decision] = await decisions();
    expect(decision!.severity === 'critical' || decision!.severity === 'severe').toBe(true);
    expect(decision!.rollback_target).toMatchObject({ version: 'v1' });
    expect(decision!.action).toContain('roll back to v1');
    const critical = decision!.alarms.find((alarm) => alarm.severity === 'critical');
    expect(critical).toBeDefined();
    // Raised after the collapse began, from trades of the collapse.
    expect(critical!.trades).toBeGreaterThan(600);
    expect(critical!.falseAlarmRate).toMatch(/1 per 10,000 trades/);
    expect(critical!.at >= '2026-09-26').toBe(true);
    const text = (await f.cliOk(['drift', 'trader'])).stdout;
    expect(text).toMatch(/^trader v2 \(production\): (CRITICAL|SEVERE): .*roll back to v1/);
    expect(text).toContain('what the data can tell at this trade rate:');
  });

  it('a version neither in production nor paper trading is reported for information only', async () => {
    const [decision] = await decisions('--version', 'v1');
    expect(decision).toMatchObject({ version: 'v1', role: 'other', rollback_target: null });
    expect(decision!.action).toBe('none: no rule fired');
  });

  it('a paper version is judged on its paper trades', async () => {
    // Putting a version into paper trading is a reviewed change to the deployment state.
    const deployment = join(f.clone, 'registry/trader/deployment.yaml');
    const { readFile } = await import('node:fs/promises');
    await writeFile(
      deployment,
      `${await readFile(deployment, 'utf8')}paper_trading:\n  - version: v3\n    started_at: 2026-08-31T00:00:00Z\n`,
    );
    await f.git(['commit', '--quiet', '--all', '-m', 'paper trade v3']);
    await f.git(['push', '--quiet', 'origin', 'HEAD:main']);
    await ingest('paper.jsonl', trades('v3', 'paper', 0, 100, 0.55, 3));
    const all = await decisions();
    expect(all.map((d) => [d.version, d.role, d.mode])).toEqual([
      ['v2', 'production', 'live'],
      ['v3', 'paper', 'paper'],
    ]);
    expect(all[1]!.live.trades).toBe(100);
    expect(all[1]!.rollback_target).toBeNull();
  });
});
