import { formatBytes } from '../policy.js';
import { displayWidth, fitWidth, fixed, padWidth, percent, terminalText } from './format.js';
import type { DashboardData, ModelPanel, ProposalLink } from './types.js';

interface Column {
  header: string;
  /** The most columns a cell may take before it is cut with "…" (the last: what is left). */
  max: number;
  alignRight?: boolean;
  cell: (model: ModelPanel) => string;
}

const COLUMNS: Column[] = [
  { header: 'MODEL', max: 24, cell: (m) => m.model },
  { header: 'PRODUCTION', max: 14, cell: (m) => m.production ?? '(none)' },
  { header: 'STATE', max: 13, cell: (m) => m.state },
  {
    header: 'SHARPE (BT)',
    max: 15,
    alignRight: true,
    cell: (m) =>
      m.live ? `${fixed(m.live.sharpeAnnualised)} (${fixed(m.live.baseline.sharpe)})` : '–',
  },
  {
    header: 'WIN RATE (BT)',
    max: 15,
    alignRight: true,
    cell: (m) =>
      m.live ? `${percent(m.live.winRate)} (${percent(m.live.baseline.winRate)})` : '–',
  },
  {
    header: 'TRADES',
    max: 8,
    alignRight: true,
    cell: (m) => (m.live ? String(m.live.trades) : '–'),
  },
  {
    header: 'A/B',
    max: Infinity,
    cell: (m) =>
      m.abTest ? `${m.abTest.candidate} vs ${m.abTest.control}: ${m.abTest.verdict}` : '–',
  },
];

const GAP = '  ';

const link = (p: ProposalLink): string => `${p.kind} #${p.id}: ${p.title}`;

/**
 * The dashboard for a terminal: the registry on two lines, one row per model, then what needs
 * a person (drift, alerts, A/B tests, open proposals). Every line fits in `width` columns; all
 * data passes through `terminalText`, so nothing can move the cursor or recolour the screen.
 */
export function renderStatus(data: DashboardData, width = 100): string {
  const t = data.totals;
  const head = [
    `registry ${data.source.commit.slice(0, 12)} on ${data.source.branch}, committed ${data.source.committedAt}`,
    `${data.models.length} model${data.models.length === 1 ? '' : 's'}: ${formatBytes(t.usedBytes)} used, a clone fetches ${formatBytes(t.cloneBytes)}, cleanup would free ${formatBytes(t.freeableBytes)}${t.cleanupProposal ? ` (${link(t.cleanupProposal)})` : ''}`,
  ];
  const lines = [...head.map((line) => terminalText(line, 1000))];
  if (data.models.length > 0) lines.push('', ...modelTable(data.models, width));
  const attention = data.models.flatMap(needsAttention);
  if (attention.length > 0) lines.push('', ...attention);
  return lines.map((line) => fitWidth(line, Math.max(1, width)).trimEnd()).join('\n');
}

function modelTable(models: ModelPanel[], width: number): string[] {
  const cells = models.map((m) => COLUMNS.map((c) => terminalText(c.cell(m), 200)));
  const natural = COLUMNS.map((c, i) =>
    cells.reduce((most, row) => Math.max(most, displayWidth(row[i]!)), c.header.length),
  );
  const widths = COLUMNS.map((c, i) => Math.min(c.max, natural[i]!));
  // The last column takes what the others leave, so a row is cut inside it, not mid-table.
  const last = COLUMNS.length - 1;
  const others = widths.slice(0, last).reduce((sum, w) => sum + w + GAP.length, 0);
  widths[last] = Math.min(natural[last]!, Math.max(COLUMNS[last]!.header.length, width - others));
  const line = (row: string[]): string =>
    row.map((cell, i) => padWidth(cell, widths[i]!, COLUMNS[i]!.alignRight)).join(GAP);
  return [line(COLUMNS.map((c) => c.header)), ...cells.map(line)];
}

/** Lines for what a person should look at in this model; none for a quiet, healthy one. */
function needsAttention(model: ModelPanel): string[] {
  // Each piece made safe on its own, so the indentation around it survives.
  const safe = (text: string): string => terminalText(text, 1000);
  const lines: string[] = [];
  const name = safe(model.model);
  const live = model.live;
  if (live && live.severity !== 'healthy') {
    lines.push(
      safe(
        `${name} ${live.version} (${terminalText(live.role, 24)}): ${live.severity.toUpperCase()}: ${live.action}`,
      ),
    );
  }
  const withUrl = (proposal: ProposalLink): void => {
    lines.push(safe(`${name}: ${link(proposal)}`));
    if (proposal.url.trim()) lines.push(`  ${safe(proposal.url)}`);
  };
  if (model.alert) withUrl(model.alert);
  const ab = model.abTest;
  if (ab) {
    const p = ab.progress;
    lines.push(
      safe(
        `${name} A/B ${ab.candidate} vs ${ab.control}: ${terminalText(ab.verdict, 24)} (trades ${p.tradesPerArm[0]}, ${p.tradesPerArm[1]} of ${p.minTradesPerArm} per arm; ${fixed(p.days, 1)} of ${fixed(p.minDays, 1)} days; minimums ${p.met ? 'met' : 'not met'})`,
      ),
    );
  }
  for (const proposal of model.proposals) withUrl(proposal);
  return lines;
}
