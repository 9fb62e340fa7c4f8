import { markdownTable } from 'markdown-table';
import { escapeMarkdown } from '../markdown.js';
import type { LiveMetrics } from '../trades/live-metrics.js';
import { MAX_BODY_CHARACTERS } from './rollback-body.js';

export interface AlertVersion {
  version: string;
  role: string;
  /** Standing severity: what needs attention now. */
  severity: 'healthy' | 'warning' | 'critical' | 'severe';
  live: LiveMetrics;
  baselineSharpe: number;
  baselineWinRate: number;
  /** Rules firing now or recently, as `rule (severity) at trade N, date`. */
  alarms: string[];
  action: string;
}

export interface AlertInput {
  model: string;
  versions: AlertVersion[];
  /** An open proposal that acts on this, if any. */
  proposal?: { id: string; url: string; title: string };
  /** Said how a version counts as recovered, so people know when this closes itself. */
  recovery: string;
  /** The hidden marker the forge finds the alert by (`alertMarker(model)`). */
  marker: string;
  /** Said under "What to do", e.g. that retraining was requested. Untrusted-safe: escaped. */
  notes?: string[];
  /** Hidden markers the alert carries forward (episodes retraining was requested for). */
  memory?: string[];
  /** No version is troubled, but this production version is due for retraining by age. */
  due?: string;
}

const pct = (value: number | null): string =>
  value === null ? '–' : `${(value * 100).toFixed(1)}%`;
const num = (value: number | null): string => (value === null ? '–' : value.toFixed(2));

/** One issue per model: what is wrong, how sure, what (if anything) is proposed, when it closes. */
export function renderAlert(input: AlertInput): { title: string; body: string } {
  // No versions only when production is due for retraining and drift is not watched.
  const worst = input.versions.reduce(
    (top, v) => (rank(v.severity) > rank(top.severity) ? v : top),
    input.versions[0] ?? {
      version: input.due ?? '',
      role: 'production',
      severity: 'healthy' as const,
    },
  );
  const title = input.due
    ? `modelgate alert: ${input.model} ${input.due} due for retraining`
    : `modelgate alert: ${input.model} ${worst.version} ${worst.severity}`;
  const table = markdownTable(
    [
      [
        'version',
        'role',
        'now',
        'live trades',
        'win rate (backtest)',
        'Sharpe (backtest)',
        'max drawdown',
      ],
      ...input.versions.map((v) => [
        v.version,
        v.role,
        v.severity,
        String(v.live.trades),
        `${pct(v.live.win_rate)} (${pct(v.baselineWinRate)})`,
        `${num(v.live.sharpe_annualised)} (${num(v.baselineSharpe)})`,
        pct(v.live.max_drawdown),
      ]),
    ],
    { align: ['l', 'l', 'l', 'r', 'r', 'r', 'r'] },
  );
  const rules = input.versions.flatMap((v) =>
    v.alarms.map((alarm) => `- ${v.version}: ${escapeMarkdown(alarm, 400)}`),
  );
  const actions = input.versions
    .filter((v) => v.severity !== 'healthy')
    .map((v) => `- ${v.version}: ${escapeMarkdown(v.action, 400)}`);
  const body = [
    input.due
      ? `**Due for retraining: ${input.model} ${input.due} (production) is older than the policy allows.**`
      : `**${capitalise(worst.severity)}: ${input.model} ${worst.version} (${worst.role}) is not trading like its backtest.**`,
    '',
    input.versions.length ? table : '_No version is watched for drift._',
    '',
    '### Rules that fired',
    '',
    ...(rules.length ? rules : ['_none recently_']),
    '',
    '### What to do',
    '',
    ...actions,
    ...(input.notes ?? []).map((note) => `- ${escapeMarkdown(note, 400)}`),
    ...(input.proposal
      ? ['', `Proposed: #${input.proposal.id} (${escapeMarkdown(input.proposal.title)}).`]
      : []),
    '',
    input.due
      ? `This issue is updated on every evaluation and closed by modelgate when ${escapeMarkdown(input.recovery, 400)}.`
      : `This issue is updated on every evaluation and closed by modelgate when the model is healthy again: ${escapeMarkdown(input.recovery, 400)}.`,
    '',
    input.marker,
    ...(input.memory ?? []),
    '',
  ].join('\n');
  return {
    title,
    body:
      body.length > MAX_BODY_CHARACTERS
        ? body.slice(0, MAX_BODY_CHARACTERS - 200) + `\n\n${input.marker}\n`
        : body,
  };
}

function rank(severity: AlertVersion['severity']): number {
  return ['healthy', 'warning', 'critical', 'severe'].indexOf(severity);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
