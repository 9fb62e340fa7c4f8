import { markdownTable } from 'markdown-table';
import type { Alarm } from '../drift/index.js';
import { escapeMarkdown } from '../markdown.js';
import type { LiveMetrics } from '../trades/live-metrics.js';
import type { Evaluation } from '../types.js';

/** GitHub refuses pull-request bodies longer than this. */
export const MAX_BODY_CHARACTERS = 65_536;
/** Kept free for the hidden state block the proposal engine appends. */
const STATE_BLOCK_ROOM = 1_024;
const BODY_LIMIT = MAX_BODY_CHARACTERS - STATE_BLOCK_ROOM;

export interface VersionEvidence {
  version: string;
  live: LiveMetrics | null;
  backtest: Evaluation;
  /** The manifest's notes: untrusted text. */
  notes?: string | null;
}

export interface RollbackProposalInput {
  model: string;
  severity: 'critical' | 'severe';
  current: VersionEvidence;
  target: VersionEvidence & { why: string };
  alarms: (Omit<Alarm, 'baseline'> & { at: string })[];
  change: {
    /** The sequential test's best explanation, e.g. "win rate fell to 45.0%". */
    description: string;
    since: number;
    trades: number;
    /** What those trades actually showed. */
    winRate?: number | null;
    sharpeAnnual?: number | null;
  } | null;
  /** Trades of the current version since the change began, oldest first, for the raw window. */
  window: { closed_at: string; return: number }[];
}

export interface RenderedProposal {
  title: string;
  body: string;
  /** Said when the body had to be shortened to fit GitHub's limit. */
  warnings: string[];
}

const pct = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : `${(value * 100).toFixed(1)}%`;
const num = (value: number | null | undefined, digits = 2): string =>
  value === null || value === undefined ? '–' : value.toFixed(digits);

/** 10958 → "10,960": four significant digits, never in exponent form. */
const readable = (value: number): string => Number(value.toPrecision(4)).toLocaleString('en-US');

/**
 * The pull request a reviewer judges in ten seconds: the verdict first, then the numbers that
 * justify it, what merging does and how to undo it; the raw trades last, folded away.
 */
export function renderRollbackProposal(input: RollbackProposalInput): RenderedProposal {
  const { model, current, target } = input;
  const fired = input.alarms.filter(
    (alarm) => alarm.severity === 'critical' || alarm.severity === 'severe',
  );
  const lead = fired[0];
  const title = `Roll back ${model}: ${current.version} → ${target.version} (${input.severity}${lead ? `: ${lead.rule}` : ''})`;
  const verdict =
    `**${input.severity === 'severe' ? 'Severe' : 'Critical'}: ${model} ${current.version} is degrading in production; ` +
    `this puts ${target.version} back.** ${input.change ? changeSentence(input.change, current.backtest) : ''}`.trim();

  const metricsTable = markdownTable(
    [
      [
        '',
        `${current.version} live`,
        `${current.version} backtest`,
        `${target.version} live (earlier)`,
        `${target.version} backtest`,
      ],
      [
        'trades',
        String(current.live?.trades ?? 0),
        String(current.backtest.trades),
        String(target.live?.trades ?? 0),
        String(target.backtest.trades),
      ],
      [
        'win rate',
        pct(current.live?.win_rate),
        pct(current.backtest.win_rate),
        pct(target.live?.win_rate),
        pct(target.backtest.win_rate),
      ],
      [
        'Sharpe (annualised)',
        num(current.live?.sharpe_annualised),
        num(current.backtest.sharpe),
        num(target.live?.sharpe_annualised),
        num(target.backtest.sharpe),
      ],
      [
        'max drawdown',
        pct(current.live?.max_drawdown),
        pct(current.backtest.max_drawdown),
        pct(target.live?.max_drawdown),
        pct(target.backtest.max_drawdown),
      ],
      [
        'longest losing streak',
        String(current.live?.longest_losing_streak ?? '–'),
        '–',
        String(target.live?.longest_losing_streak ?? '–'),
        '–',
      ],
    ],
    { align: ['l', 'r', 'r', 'r', 'r'] },
  );

  const rules = fired.length
    ? markdownTable(
        [
          [
            'rule',
            'severity',
            'at trade',
            'when',
            'statistic',
            'threshold',
            'false alarms by design',
          ],
          ...fired.map((alarm) => [
            alarm.rule,
            alarm.severity,
            String(alarm.trades),
            alarm.at,
            readable(alarm.statistic),
            readable(alarm.threshold),
            escapeMarkdown(alarm.falseAlarmRate),
          ]),
        ],
        { align: ['l', 'l', 'r', 'l', 'r', 'r', 'l'] },
      )
    : '_No statistical rule fired: this proposal was made by hand._';
  const details = fired.map((alarm) => `- ${escapeMarkdown(alarm.detail, 1000)}`).join('\n');

  const merging = [
    '### What merging does',
    '',
    `- \`registry/${model}/deployment.yaml\`: production ${current.version} → ${target.version}; previous production ${current.version}.`,
    `- \`registry/${model}/versions/${current.version}/manifest.yaml\`: status degraded, with the reason.`,
    `- The live trading system reads the deployment state: it trades ${target.version} from the next deploy.`,
    '',
    `To undo: revert the merge commit (GitHub's **Revert** button), which restores ${current.version} as production.`,
    `Why ${target.version}: ${escapeMarkdown(target.why, 500)}`,
  ].join('\n');

  const notes = [current, target]
    .filter((v) => v.notes)
    .map((v) => `- ${v.version}: ${escapeMarkdown(v.notes ?? '', 500)}`)
    .join('\n');

  const head = [
    verdict,
    '',
    metricsTable,
    '',
    '### Rules that fired',
    '',
    rules,
    '',
    details,
    '',
    merging,
    ...(notes ? ['', '### Version notes (from the manifests)', '', notes] : []),
  ].join('\n');

  const window = rawWindow(input.window);
  const warnings: string[] = [];
  let body = `${head}\n\n${window}\n`;
  if (body.length > BODY_LIMIT) {
    // The raw trades go first; the verdict, numbers and what merging does are never cut.
    const room = BODY_LIMIT - head.length - 200;
    const kept = room > 0 ? input.window.slice(-Math.floor(room / 40)) : [];
    body = `${head}\n\n${rawWindow(kept, input.window.length)}\n`;
    warnings.push(
      `the body was over ${MAX_BODY_CHARACTERS} characters: only the last ${kept.length} of ${input.window.length} trades are listed`,
    );
  }
  if (body.length > BODY_LIMIT) {
    body = `${body.slice(0, BODY_LIMIT - 40)}\n\n_(cut to fit GitHub's limit)_\n`;
    warnings.push(`the body was cut to ${MAX_BODY_CHARACTERS} characters`);
  }
  return { title, body, warnings };
}

function rawWindow(trades: { closed_at: string; return: number }[], total = trades.length): string {
  const rows = trades.map((t) => `${t.closed_at}  ${(t.return * 100).toFixed(4)}%`).join('\n');
  const shown = trades.length < total ? `the last ${trades.length} of ${total}` : `${total}`;
  return `<details><summary>Raw window: ${shown} trades since the change began</summary>\n\n\`\`\`\n${rows}\n\`\`\`\n\n</details>`;
}

/** What the recent trades showed, then the hypothesis that explains them best (its own words). */
function changeSentence(
  change: NonNullable<RollbackProposalInput['change']>,
  backtest: Evaluation,
): string {
  const observed = [
    change.winRate === null || change.winRate === undefined
      ? undefined
      : `win rate ${pct(change.winRate)} (backtest ${pct(backtest.win_rate)})`,
    change.sharpeAnnual === null || change.sharpeAnnual === undefined
      ? undefined
      : `Sharpe ${num(change.sharpeAnnual)} (backtest ${num(backtest.sharpe)})`,
  ].filter(Boolean);
  const hypothesis = escapeMarkdown(change.description);
  return observed.length
    ? `Over the last ${change.trades} trades: ${observed.join(', ')}; the best explanation: ${hypothesis}.`
    : `${hypothesis} over the last ${change.trades} trades.`;
}
