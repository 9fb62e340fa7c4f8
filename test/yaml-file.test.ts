import { describe, expect, it } from 'vitest';
import { loadYamlFile } from '../src/core/yaml-file.js';

const metrics = (winRate: string): string =>
  `period: { start: 2024-01-01, end: 2025-12-31 }\ntrades: 100\nwin_rate: ${winRate}\nsharpe: 1.2\nmax_drawdown: 0.1\ntotal_return: 0.2\n`;

describe('loadYamlFile messages', () => {
  it('states a bound plainly: a win rate of 55 is not a fraction', () => {
    expect(loadYamlFile('backtest.yaml', metrics('55'), 'evaluation')).toEqual({
      ok: false,
      problems: [
        {
          file: 'backtest.yaml',
          line: 3,
          column: 11,
          field: 'win_rate',
          message: 'expected a number <= 1, found 55',
          severity: 'error',
        },
      ],
    });
  });

  it('refuses .nan and .inf, which YAML allows but no metric can be', () => {
    const loaded = loadYamlFile('backtest.yaml', metrics('.nan'), 'evaluation');
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '3:11 expected a finite number',
    ]);
  });
});
