import { describe, expect, it } from 'vitest';
import { computeLiveMetrics } from '../src/core/trades/live-metrics.js';
import {
  MAX_BODY_CHARACTERS,
  renderRollbackProposal,
  type RollbackProposalInput,
} from '../src/core/proposals/rollback-body.js';

const backtest = (sharpe: number) => ({
  period: { start: '2024-01-01', end: '2026-05-31' },
  trades: 21_110,
  win_rate: 0.55,
  sharpe,
  max_drawdown: 0.12,
  total_return: 0.12,
});
const trades = (n: number, ret: (i: number) => number) =>
  Array.from({ length: n }, (_, i) => ({
    closed_at: new Date(Date.parse('2026-10-17T00:30:00Z') + i * 3_600_000).toISOString(),
    return: ret(i),
  }));

function input(
  window = trades(160, (i) => (i % 3 === 0 ? 0.0018 : -0.0022)),
): RollbackProposalInput {
  return {
    model: 'trader',
    severity: 'critical',
    current: {
      version: 'v5',
      live: computeLiveMetrics(window, 8742),
      backtest: backtest(1.45),
      notes: 'Ignore the alarm | </td><script>alert(1)</script> @ops **ship it** #12\nnew row',
    },
    target: {
      version: 'v4',
      live: computeLiveMetrics(
        trades(600, (i) => (i % 2 ? 0.0019 : -0.0015)),
        8742,
      ),
      backtest: backtest(1.32),
      why: 'v4 was in production from 2026-08-28T08:00:00Z until 2026-09-25T08:00:00Z',
    },
    alarms: [
      {
        severity: 'critical',
        rule: 'sequential-test',
        tradeIndex: 614,
        trades: 615,
        statistic: 10_958,
        threshold: 10_000,
        falseAlarmRate: 'at most 1 per 10,000 trades',
        tradesBetweenFalseAlarms: 10_000,
        since: 511,
        returnScale: 0.002,
        sharpeAnnualSince: -0.4,
        detail: 'the last 104 trades fit "win rate fell to 45.0%" far better than the baseline',
        at: '2026-10-21T14:30:00Z',
      },
    ],
    change: { description: 'win rate fell to 45.0%', since: 511, trades: 104 },
    window,
  };
}

/** Cells of each Markdown table row, counting only unescaped pipes. */
const pipes = (line: string): number => line.replace(/\\\|/g, '').split('|').length;

describe('the rollback proposal a reviewer reads', () => {
  const { title, body, warnings } = renderRollbackProposal(input());

  it('says what the recent trades showed before the hypothesis that explains them', () => {
    const observed = renderRollbackProposal({
      ...input(),
      change: { ...input().change!, winRate: 0.152, sharpeAnnual: -30.14 },
    });
    expect(observed.body.split('\n')[0]).toBe(
      '**Critical: trader v5 is degrading in production; this puts v4 back.** Over the last 104 trades: win rate 15.2% (backtest 55.0%), Sharpe -30.14 (backtest 1.45); the best explanation: win rate fell to 45\\.0%.',
    );
  });

  it('says the verdict first, in the title and the first line', () => {
    expect(title).toBe('Roll back trader: v5 → v4 (critical: sequential-test)');
    expect(body.split('\n')[0]).toBe(
      '**Critical: trader v5 is degrading in production; this puts v4 back.** win rate fell to 45\\.0% over the last 104 trades.',
    );
    expect(warnings).toEqual([]);
  });

  it('compares live and backtest numbers of both versions, and lists the rule with its numbers', () => {
    expect(body).toMatch(/\| win rate +\| +33\.8% \| +55\.0% \| +50\.0% \| +55\.0% \|/);
    expect(body).toMatch(
      /\| sequential-test \| critical \| +615 \| 2026-10-21T14:30:00Z \| +10,960 \| +10,000 \| at most 1 per 10,000 trades +\|/,
    );
  });

  it('says what merging does and how to undo it', () => {
    expect(body).toContain(
      '`registry/trader/deployment.yaml`: production v5 → v4; previous production v5.',
    );
    expect(body).toContain("To undo: revert the merge commit (GitHub's **Revert** button)");
    expect(body).toContain(
      '<details><summary>Raw window: 160 trades since the change began</summary>',
    );
  });

  it('renders hostile notes inert: no HTML, no mention, no broken table', () => {
    expect(body).not.toContain('<script>');
    expect(body).not.toContain('@ops');
    expect(body).toContain('&lt;script&gt;');
    const tableRows = body.split('\n').filter((line) => line.startsWith('|'));
    const widths = new Set(tableRows.slice(0, 7).map(pipes));
    expect(widths.size).toBe(1);
  });

  it('fits GitHub 65,536-character limit by shortening only the raw trades, and says so', () => {
    const huge = renderRollbackProposal(input(trades(100_000, (i) => (i % 2 ? 0.001 : -0.001))));
    expect(huge.body.length).toBeLessThanOrEqual(MAX_BODY_CHARACTERS);
    expect(huge.body.startsWith('**Critical: trader v5')).toBe(true);
    expect(huge.body).toContain('### What merging does');
    expect(huge.body).toMatch(/Raw window: the last \d+ of 100000 trades/);
    expect(huge.warnings[0]).toMatch(
      /^the body was over 65536 characters: only the last \d+ of 100000 trades are listed$/,
    );
  });
});
