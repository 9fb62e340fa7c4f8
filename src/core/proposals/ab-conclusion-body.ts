import { markdownTable } from 'markdown-table';
import type { AbJudgement, ArmSummary } from '../abtest/index.js';
import { escapeMarkdown } from '../markdown.js';
import type { AbTest } from '../types.js';

export interface AbConclusionInput {
  model: string;
  test: AbTest;
  judgement: AbJudgement;
  /** The degradation rule the candidate tripped, when that is why it stops. */
  guardrail?: string | null;
}

const num = (value: number | null | undefined, digits = 2): string =>
  value === null || value === undefined ? '–' : value.toFixed(digits);
const pct = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : `${(value * 100).toFixed(1)}%`;
const interval = (range: [number, number] | null, format: (v: number) => string): string =>
  range ? `${format(range[0])} … ${format(range[1])}` : '–';

/**
 * The end of an A/B test, for a reviewer: the verdict, both arms with always-valid intervals,
 * the difference against the margin, progress towards the minimums, and what merging does.
 */
export function renderAbConclusion(input: AbConclusionInput): { title: string; body: string } {
  const { model, test, judgement } = input;
  const { control, candidate } = judgement.arms;
  const margin = Math.round((test.min_improvement ?? 0.15) * 100);
  const ratio =
    judgement.ratio === null
      ? ''
      : ` (${judgement.ratio >= 1 ? '+' : ''}${((judgement.ratio - 1) * 100).toFixed(0)}%)`;
  const title =
    judgement.verdict === 'promote'
      ? `Promote ${model} ${test.candidate} after its A/B test: Sharpe ${num(candidate.sharpeAnnualised)} vs ${num(control.sharpeAnnualised)}${ratio}`
      : judgement.verdict === 'stop-early'
        ? `Stop the A/B test on ${model} early: ${test.candidate} is worse; keep ${test.control}`
        : `End the A/B test on ${model}: keep ${test.control} (${test.candidate} not ${margin}% better)`;
  const lead =
    judgement.verdict === 'promote'
      ? `**Promote ${test.candidate}: its live Sharpe beats ${test.control}'s by more than ${margin}% with always-valid confidence.**`
      : judgement.verdict === 'stop-early'
        ? `**Stop early: ${test.candidate} is doing harm; ${test.control} keeps production.**`
        : `**Keep ${test.control}: ${test.candidate} has not shown the ${margin}% improvement the test asks for.**`;
  const row = (name: string, arm: ArmSummary, share: number): string[] => [
    `${name} (${share}%)`,
    String(arm.trades),
    num(arm.sharpeAnnualised),
    interval(arm.sharpeIntervalAnnualised, (v) => v.toFixed(2)),
    pct(arm.winRate),
    interval(arm.winRateInterval, (v) => pct(v)),
  ];
  const table = markdownTable(
    [
      ['arm', 'trades', 'Sharpe (annualised)', 'always-valid interval', 'win rate', '95% Wilson'],
      row(`${test.control} control`, control, test.split.control),
      row(`${test.candidate} candidate`, candidate, test.split.candidate),
    ],
    { align: ['l', 'r', 'r', 'r', 'r', 'r'] },
  );
  const d = judgement.difference;
  const alpha = d?.alpha ?? 0.01;
  const evidence = [
    `- ${escapeMarkdown(judgement.reason, 600)}`,
    d
      ? `- Sharpe per trade, candidate − ${(1 + margin / 100).toFixed(2)} × control: ${d.estimate.toFixed(4)}, always-valid bounds ${d.lower.toFixed(4)} … ${d.upper.toFixed(4)} (level ${alpha}: holds at every look at once). Promote needs the lower bound above 0; below-0 upper bound rules the margin out.`
      : '- The Sharpe difference is not defined yet (an arm has no variation).',
    `- Comparison: ${judgement.method === 'paired' ? 'paired, on signals both versions traded' : 'unpaired, on the trades routed to each arm'}.`,
    `- Minimums: ${escapeMarkdown(judgement.minimums.detail, 300)}; ${judgement.minimums.days.toFixed(1)} days of at most ${test.max_days ?? '–'}.`,
    ...(input.guardrail ? [`- Guardrail: ${escapeMarkdown(input.guardrail, 400)}`] : []),
  ];
  const merging =
    judgement.verdict === 'promote'
      ? [
          `- \`registry/${model}/deployment.yaml\`: production ${test.control} → ${test.candidate}; previous production ${test.control}, the rollback target; the test ends.`,
          `- The live trading system trades ${test.candidate} on every signal from the next deploy.`,
          `- To undo: revert the merge commit, which restores ${test.control} and the running test.`,
        ]
      : [
          `- \`registry/${model}/deployment.yaml\`: the test ends; ${test.control} stays production and trades every signal.`,
          `- ${test.candidate} stays registered; \`modelgate ab start ${model} ${test.candidate}\` tests it again.`,
        ];
  return {
    title,
    body: [
      lead,
      '',
      table,
      '',
      '### Evidence',
      '',
      ...evidence,
      '',
      '### What merging does',
      '',
      ...merging,
    ].join('\n'),
  };
}
