import { markdownTable } from 'markdown-table';
import { escapeMarkdown } from '../markdown.js';
import type { AbTest, Evaluation } from '../types.js';

export interface AbStartInput {
  model: string;
  control: { version: string; backtest: Evaluation; notes?: string | null };
  candidate: { version: string; backtest: Evaluation; notes?: string | null };
  test: AbTest & Required<Pick<AbTest, 'min_trades_per_arm' | 'min_days' | 'max_days'>>;
  /** Why now: "v6 beats production on backtest Sharpe", or who started it by hand. */
  why: string;
}

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;

/**
 * "Start A/B test": what the candidate promises, how the test will judge it, and what merging
 * does. The test itself decides; this proposal only asks to let it run.
 */
export function renderAbStartProposal(input: AbStartInput): { title: string; body: string } {
  const { model, control, candidate, test } = input;
  const margin = test.min_improvement ?? 0.15;
  const title = `Start A/B test on ${model}: ${candidate.version} (${test.split.candidate}%) vs ${control.version} (${test.split.control}%)`;
  const table = markdownTable(
    [
      ['backtest', `${control.version} (production, control)`, `${candidate.version} (candidate)`],
      ['Sharpe', control.backtest.sharpe.toFixed(2), candidate.backtest.sharpe.toFixed(2)],
      ['win rate', pct(control.backtest.win_rate), pct(candidate.backtest.win_rate)],
      ['max drawdown', pct(control.backtest.max_drawdown), pct(candidate.backtest.max_drawdown)],
      ['total return', pct(control.backtest.total_return), pct(candidate.backtest.total_return)],
      ['trades', String(control.backtest.trades), String(candidate.backtest.trades)],
      [
        'period',
        `${control.backtest.period.start} .. ${control.backtest.period.end}`,
        `${candidate.backtest.period.start} .. ${candidate.backtest.period.end}`,
      ],
    ],
    { align: ['l', 'r', 'r'] },
  );
  const minimums =
    test.min_requirement === 'either'
      ? `${test.min_trades_per_arm} trades per arm or ${test.min_days} days, whichever comes first`
      : `${test.min_trades_per_arm} trades per arm and ${test.min_days} days`;
  const notes = [control, candidate]
    .filter((v) => v.notes)
    .map((v) => `- ${v.version}: ${escapeMarkdown(v.notes ?? '', 500)}`);
  const body = [
    `**Start an A/B test: ${candidate.version} gets ${test.split.candidate}% of live signals, ${control.version} (production) keeps ${test.split.control}%.** ${escapeMarkdown(input.why, 500)}`,
    '',
    table,
    '',
    'A backtest is a claim; the test checks it with money at a limited share.',
    '',
    '### How the test is judged',
    '',
    `- Promote ${candidate.version} only when its live Sharpe is more than ${Math.round(margin * 100)}% better than ${control.version}'s with always-valid confidence (a false promotion at most 1 time in 100, however often it is checked), and after at least ${minimums}.`,
    `- Keep ${control.version} when the data rule a ${Math.round(margin * 100)}% improvement out, or after ${test.max_days} days without a decision; stop early if ${candidate.version} is clearly worse or trips a critical degradation rule.`,
    '- Every metrics upload re-evaluates the test; the decision arrives as another pull request.',
    '',
    '### What merging does',
    '',
    `- \`registry/${model}/deployment.yaml\`: \`ab_test\` with control ${control.version}, candidate ${candidate.version}, split ${test.split.control}/${test.split.candidate}, the minimums and the success criterion.`,
    `- The live trading system routes each signal by \`modelgate route ${model} <key>\` (a hash of the key: the same key always goes to the same arm) and tags its trades with \`arm\`.`,
    `- To end it early: \`modelgate ab stop ${model}\`, which proposes the end like any other change.`,
    ...(notes.length ? ['', '### Version notes (from the manifests)', '', ...notes] : []),
  ].join('\n');
  return { title, body };
}
