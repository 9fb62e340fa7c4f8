import type { HistoryEvent } from '../core/history.js';
import { plural } from '../core/text.js';
import { terminalText } from '../core/dashboard/format.js';
import { formatBytes } from '../core/policy.js';
import type { DriftDecision } from '../registry/drift.js';
import type { IngestReport } from '../registry/ingest.js';
import type { LocalAlert, LocalProposal } from '../forge/local.js';
import type { DiskUsage, RetentionPlan } from '../core/retention/index.js';
import type { CleanupReport } from '../proposals/cleanup.js';
import type { EvaluateReport, ItemReport } from '../proposals/evaluate.js';
import type { VersionLiveMetrics } from '../registry/live-metrics.js';
import { formatProblem, type Problem } from '../core/problems.js';
import type {
  ModelSummary,
  ProductionAtAnswer,
  VerifyReport,
  VersionDetail,
  VersionSummary,
} from '../registry/queries.js';

/**
 * Untrusted text (notes, reasons, names from history) must not move the cursor or colour the
 * terminal, nor reorder or hide what is around it (bidirectional overrides, zero-width
 * characters): one line, control and format characters removed.
 */
export const terminalSafe = terminalText;

/** A plain aligned table; numbers right-aligned. */
export function formatTable(headers: string[], rows: (string | number)[][]): string {
  const cells = rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' ? String(cell) : terminalSafe(cell))),
  );
  const numeric = headers.map(
    (_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === 'number' || row[i] === '–'),
  );
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)),
  );
  const line = (row: string[]): string =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), ...cells.map(line)].join('\n');
}

const pct = (value: number | undefined): string =>
  value === undefined ? '–' : `${(value * 100).toFixed(1)}%`;
const num = (value: number | undefined): string => (value === undefined ? '–' : value.toFixed(2));

function statusLabel(v: VersionSummary): string {
  const labels = [v.production ? 'PRODUCTION' : v.status];
  if (v.production && v.status !== 'active') labels.push(v.status);
  if (v.important) labels.push('important');
  return labels.join(', ');
}

export function formatModelList(models: ModelSummary[]): string {
  if (models.length === 0)
    return 'No models yet. Register one with `modelgate register <model> --artifact <file> --metrics <file>`.';
  return formatTable(
    ['MODEL', 'PRODUCTION', 'VERSIONS', 'LATEST', 'SIZE'],
    models.map((m) => [
      m.model,
      m.production ?? '(none)',
      m.versions.length,
      m.versions.at(-1)?.version ?? '–',
      formatBytes(m.size),
    ]),
  );
}

export function formatVersionList(model: ModelSummary): string {
  const header = `${model.model}: production ${model.production ?? '(none)'}${model.previous_production ? `, previous ${model.previous_production}` : ''}; ${model.versions.length} versions, ${formatBytes(model.size)}`;
  const table = formatTable(
    ['VERSION', 'STATUS', 'CREATED', 'SHARPE', 'WIN RATE', 'MAX DD', 'RETURN', 'TRADES', 'SIZE'],
    model.versions.map((v) => [
      v.version,
      statusLabel(v),
      v.created_at?.slice(0, 10) ?? '–',
      num(v.evaluation?.sharpe),
      pct(v.evaluation?.win_rate),
      pct(v.evaluation?.max_drawdown),
      pct(v.evaluation?.total_return),
      v.evaluation ? v.evaluation.trades : '–',
      formatBytes(v.size),
    ]),
  );
  return `${header}\n\n${table}`;
}

export function formatVersionDetail(v: VersionDetail): string {
  const e = v.evaluation;
  const rows: [string, string][] = [
    ['model', v.model],
    ['version', v.version],
    ['status', statusLabel(v) + (v.status_reason ? ` (${terminalSafe(v.status_reason)})` : '')],
    ['created', `${v.created_at ?? '–'} by ${terminalSafe(v.created_by ?? '–')}`],
    ['parent', v.parent ?? '–'],
    ['training data', terminalSafe(v.training_data ?? '–')],
    ['notes', terminalSafe(v.notes ?? '–', 500)],
    ['manifest', v.manifest_path],
  ];
  if (e) {
    rows.push(
      ['backtest', `${e.period.start} .. ${e.period.end}, ${e.trades} trades`],
      ['  sharpe', num(e.sharpe)],
      ['  win rate', pct(e.win_rate)],
      ['  max drawdown', pct(e.max_drawdown)],
      ['  total return', pct(e.total_return)],
    );
    for (const [key, value] of Object.entries(e)) {
      if (
        !['period', 'trades', 'sharpe', 'win_rate', 'max_drawdown', 'total_return'].includes(key) &&
        typeof value === 'number'
      ) {
        rows.push([`  ${terminalSafe(key, 40)}`, String(value)]);
      }
    }
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  const artifacts = formatTable(
    ['ARTIFACT', 'SIZE', 'SHA256', 'STORED'],
    v.artifacts.map((a) => [
      a.path,
      formatBytes(a.size),
      a.sha256.slice(0, 16),
      a.stored === 'lfs-pointer' ? 'Git LFS' : a.stored,
    ]),
  );
  return `${rows.map(([k, val]) => `${k.padEnd(width)}  ${val}`).join('\n')}\n\n${artifacts}`;
}

export function formatHistory(model: string, events: HistoryEvent[]): string {
  if (events.length === 0) return `${model}: no events`;
  return formatTable(
    ['WHEN (UTC)', 'EVENT', 'VERSION', 'WHAT', 'WHO', 'COMMIT', 'REASON'],
    events.map((e) => [
      new Date(e.at).toISOString().slice(0, 16).replace('T', ' '),
      e.action,
      e.version ?? '–',
      e.detail,
      e.who,
      e.commit.slice(0, 10),
      e.reason ?? '–',
    ]),
  );
}

export function formatProductionAt(answer: ProductionAtAnswer): string {
  const { spell } = answer;
  if (!spell) return `${answer.model} did not exist yet at ${answer.at}`;
  const until = spell.until ? `until ${spell.until}` : 'and still is';
  if (!spell.version)
    return `${answer.model} had no production version at ${answer.at} (from ${spell.from} ${until})`;
  return `${answer.model} ${spell.version} was in production at ${answer.at}\n  since ${spell.from} (commit ${spell.commit.slice(0, 10)} by ${terminalSafe(spell.who)}) ${until}`;
}

export function formatVerifyReport(report: VerifyReport): string {
  const lines = report.problems.map(formatProblem).map((line) => terminalSafe(line, 1000));
  const counts = `${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`;
  const scope = `${plural(report.models, 'model')}, ${plural(report.versions, 'version')}`;
  const summary =
    report.errors === 0
      ? `registry OK: ${scope} checked${report.warnings ? ` (${counts})` : ''}`
      : `registry has problems: ${counts} in ${scope}`;
  return [...lines, summary].join('\n');
}

/** GitHub workflow commands, so problems show up on the pull request's changed lines. */
export function formatAnnotations(problems: readonly Problem[]): string {
  const escapeData = (s: string): string =>
    s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string): string =>
    escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return problems
    .map((p) => {
      const props = [`file=${escapeProperty(p.file)}`];
      if (p.line) props.push(`line=${p.line}`);
      if (p.column) props.push(`col=${p.column}`);
      const message = p.field ? `${p.field}: ${p.message}` : p.message;
      return `::${p.severity} ${props.join(',')}::${escapeData(message)}`;
    })
    .join('\n');
}

export function formatIngestReport(file: string, report: IngestReport): string {
  const lines: string[] = [];
  if (report.unchanged) {
    lines.push(`${file}: nothing new: all ${plural(report.received, 'trade')} already stored`);
  } else {
    lines.push(
      `${file}: stored ${plural(report.stored, 'new trade')} (commit ${report.commit!.slice(0, 10)}); ${report.alreadyStored} already stored`,
    );
  }
  for (const v of report.versions) {
    const span = v.days.length > 1 ? `${v.days[0]} .. ${v.days.at(-1)}` : v.days[0];
    lines.push(`  ${v.model} ${v.version}: ${plural(v.stored, 'trade')}, ${span}`);
  }
  if (report.skipped.length > 0) {
    lines.push(`skipped invalid records:`);
    for (const problem of report.skipped)
      lines.push(`  ${terminalSafe(formatProblem(problem), 1000)}`);
  }
  return lines.join('\n');
}

export function formatLiveMetrics(result: VersionLiveMetrics): string {
  const m = result.metrics;
  const b = result.backtest;
  const interval = m.win_rate_interval
    ? ` (95% CI ${pct(m.win_rate_interval[0])}–${pct(m.win_rate_interval[1])})`
    : '';
  const perYear =
    m.trades_per_year === null
      ? 'not annualised: set drift.trades_per_year or trade for 7 days'
      : `${Math.round(m.trades_per_year)} trades/year (${m.trades_per_year_source === 'policy' ? 'from policy' : 'estimated from timestamps'})`;
  const rows: (string | number)[][] = [
    ['trades', m.trades, b ? b.trades : '–'],
    ['win rate', `${pct(m.win_rate ?? undefined)}${interval}`, pct(b?.win_rate)],
    ['Sharpe (annualised)', num(m.sharpe_annualised ?? undefined), num(b?.sharpe)],
    ['Sharpe per trade', num3(m.sharpe_per_trade), '–'],
    ['Sortino (annualised)', num(m.sortino_annualised ?? undefined), num(b?.sortino)],
    ['max drawdown (compounded)', pct(m.max_drawdown), pct(b?.max_drawdown)],
    ['current drawdown', pct(m.current_drawdown), '–'],
    ['losing streak now / longest', `${m.current_losing_streak} / ${m.longest_losing_streak}`, '–'],
    ['profit factor', num(m.profit_factor ?? undefined), num(b?.profit_factor)],
    ['mean return per trade', pct4(m.mean_return), '–'],
    ['total return', pct(m.total_return), pct(b?.total_return)],
  ];
  const header = `${result.model} ${result.version} (${result.role}), ${result.mode} trades${result.since ? ` since ${result.since}` : ''}: ${perYear}`;
  const span = m.first_trade_at ? `\n${m.first_trade_at} .. ${m.last_trade_at}` : '\nno trades yet';
  return `${header}${span}\n\n${formatTable(
    ['METRIC', 'LIVE', 'BACKTEST'],
    rows.map((row) => row.map(String)),
  )}`;
}

const num3 = (value: number | null): string => (value === null ? '–' : value.toFixed(3));
const pct4 = (value: number | null): string =>
  value === null ? '–' : `${(value * 100).toFixed(3)}%`;

export function formatDriftDecision(d: DriftDecision): string {
  const live = d.live;
  const e = d.evidence;
  const lines = [
    `${d.model} ${d.version} (${d.role}): ${d.current_severity.toUpperCase()}: ${d.action}`,
    '',
    `baseline   backtest Sharpe ${num(d.baseline.sharpe_annual)} (${num3(d.baseline.sharpe_per_trade)} per trade at ${Math.round(d.baseline.backtest_trades_per_year)} trades/year), win rate ${pct(d.baseline.win_rate)}`,
    `live       ${plural(live.trades, `${d.mode} trade`)}${live.first_trade_at ? ` ${live.first_trade_at} .. ${live.last_trade_at}` : ''}: win rate ${pct(live.win_rate ?? undefined)}, Sharpe per trade ${num3(live.sharpe_per_trade)}, drawdown ${pct(live.current_drawdown)} (max ${pct(live.max_drawdown)}), losing streak ${live.current_losing_streak}`,
  ];
  if (e.change) {
    lines.push(
      `change     ${terminalSafe(e.change.description)} since trade ${e.change.since + 1} (${e.change.trades} trades)`,
    );
  }
  if (d.rollback_target) {
    lines.push(
      `rollback   ${d.rollback_target.version ? `to ${d.rollback_target.version}: ` : 'none: '}${terminalSafe(d.rollback_target.reason)}`,
    );
  }
  if (d.alarms.length > 0) {
    lines.push('', 'alarms (first and latest of each severity):');
    for (const alarm of d.alarms) {
      lines.push(
        `  ${alarm.severity.padEnd(8)} ${alarm.rule} at trade ${alarm.trades} (${alarm.at}); by design ${alarm.falseAlarmRate} on a healthy model`,
      );
      lines.push(`           ${terminalSafe(alarm.detail, 600)}`);
    }
  }
  lines.push(
    '',
    formatTable(
      ['CHECK', 'SEVERITY', 'STATISTIC', 'THRESHOLD', 'FALSE ALARMS BY DESIGN', 'NOW'],
      e.checks.map((check) => [
        check.rule,
        check.severity,
        check.statistic.toPrecision(3),
        check.threshold.toPrecision(3),
        check.falseAlarmRate,
        check.active
          ? 'OVER'
          : e.trades < check.minTrades
            ? `needs ${check.minTrades} trades`
            : 'ok',
      ]),
    ),
    '',
    'policy lines (human thresholds; the checks above decide):',
    ...e.policy.map(
      (p) =>
        `  ${p.breached ? 'CROSSED' : 'ok     '} ${p.name} ${Number(p.limit.toPrecision(4))}: ${terminalSafe(p.note, 300)}`,
    ),
    '',
    'what the data can tell at this trade rate:',
    ...d.detection_outlook.map((line) => `  ${line}`),
  );
  return lines.join('\n');
}

const WOULD: Record<ItemReport['outcome'], string> = {
  opened: 'would open',
  updated: 'would update',
  closed: 'would close',
  'left alone': 'would leave alone',
  merged: 'would merge',
};

/** What `evaluate` decided per model and did (or would do) about each proposal and alert. */
export function formatEvaluateReport(report: EvaluateReport): string {
  const lines = [
    `${report.dryRun ? 'dry run: ' : ''}evaluated ${plural(report.models.length, 'model')} at ${report.commit.slice(0, 12)} (${report.forge} forge)`,
  ];
  for (const model of report.models) {
    lines.push('');
    if (model.error) {
      lines.push(`${model.model}: could not evaluate: ${terminalSafe(model.error)}`);
      continue;
    }
    if (model.decisions.length === 0)
      lines.push(`${model.model}: nothing in production or paper trading to watch`);
    for (const d of model.decisions) {
      const record = d.severity !== d.current_severity ? ` (reached ${d.severity})` : '';
      lines.push(
        `${model.model} ${d.version} (${d.role}, ${plural(d.trades, 'trade')}): ${d.current_severity.toUpperCase()}${record}: ${terminalSafe(d.action)}`,
      );
    }
    for (const paper of model.paper ?? []) {
      lines.push(
        `${model.model} ${paper.version} (paper): ${paper.verdict}: ${terminalSafe(paper.reason, 400)}`,
      );
    }
    if (model.abTest) {
      const t = model.abTest;
      lines.push(
        `${model.model} A/B test ${t.candidate} vs ${t.control}: ${t.verdict}: ${terminalSafe(t.reason, 400)}`,
      );
    }
    for (const item of model.items) {
      const outcome = report.dryRun ? WOULD[item.outcome] : item.outcome;
      const id = item.id ? ` #${item.id}` : '';
      const title = item.title ? ` ${terminalSafe(item.title)}` : '';
      lines.push(`  ${item.kind.padEnd(8)} ${outcome}${id}:${title}`);
      lines.push(`           why: ${terminalSafe(item.why, 400)}`);
      if (item.url) lines.push(`           ${terminalSafe(item.url)}`);
    }
  }
  const c = report.counts;
  lines.push(
    '',
    `${report.dryRun ? 'would have: ' : ''}opened ${c.opened}, updated ${c.updated}, closed ${c.closed}, merged ${c.merged}, left alone ${c['left alone']}${report.errors ? `; ${plural(report.errors, 'model')} could not be evaluated` : ''}`,
  );
  return lines.join('\n');
}

export function formatLocalProposalList(
  proposals: LocalProposal[],
  alerts: LocalAlert[],
  all: boolean,
): string {
  const lines: string[] = [];
  if (proposals.length === 0) lines.push(all ? 'no proposals' : 'no open proposals');
  else
    lines.push(
      formatTable(
        ['#', 'state', 'branch', 'title'],
        proposals.map((p) => [p.id, p.state, p.branch, p.title]),
      ),
    );
  if (alerts.length > 0) {
    lines.push(
      '',
      formatTable(
        ['#', 'alert', 'model', 'title'],
        alerts.map((a) => [a.id, a.state, a.model, a.title]),
      ),
    );
  }
  if (proposals.some((p) => p.state === 'open')) {
    lines.push(
      '',
      'read one: modelgate proposals <id>; approve: modelgate apply <id>; decline: modelgate reject <id>',
    );
  }
  return lines.join('\n');
}

/**
 * A proposal as a reviewer reads it: what it is, then its body, then the conversation. Like
 * GitHub, folded `<details>` (the raw trades) stay folded unless `full` is asked for.
 */
export function formatLocalProposal(p: LocalProposal, full = false): string {
  const visible = p.body
    .split('\n')
    .filter((line) => !line.startsWith('<!-- modelgate:'))
    // modelgate's own Markdown, but control characters are still stripped.
    // eslint-disable-next-line no-control-regex -- matching them is the point
    .map((line) => unescapeForTerminal(line.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')))
    .join('\n')
    .trimEnd();
  const body = full
    ? visible
    : visible.replace(
        /<details><summary>(.*?)<\/summary>[\s\S]*?<\/details>/g,
        (_, summary: string) => `▸ ${summary} (folded: modelgate proposals ${p.id} --full)`,
      );
  return [
    `#${p.id} ${terminalSafe(p.title)}`,
    `${p.state}${p.closedAt ? ` ${p.closedAt}` : ''} · ${p.branch} → ${p.base} · labels: ${p.labels.join(', ') || '–'} · ${p.file}`,
    '',
    body,
    ...(p.comments.length
      ? ['', '## Comments', '', ...p.comments.map((c) => `- ${terminalSafe(c, 1000)}`)]
      : []),
  ].join('\n');
}

/** Markdown escapes keep GitHub from rendering untrusted text; a terminal shows it literally. */
function unescapeForTerminal(line: string): string {
  return line
    .replace(/\\([\\`*_{}[\]()#+\-.!|~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#64;/g, '@')
    .replace(/&amp;/g, '&');
}

export function formatUsage(used: DiskUsage, plan: RetentionPlan): string {
  const rows = used.models.flatMap((model) =>
    model.versions.map((v) => [
      model.model,
      v.version,
      v.deleted ? 'deleted' : '',
      v.artifacts,
      formatBytes(v.bytes),
    ]),
  );
  return [
    formatTable(['MODEL', 'VERSION', 'STATE', 'ARTIFACTS', 'SIZE'], rows),
    '',
    ...used.models.map(
      (m) =>
        `${m.model}: ${formatBytes(m.storedBytes)} in ${plural(m.liveVersions, 'live version')}`,
    ),
    `total: ${formatBytes(used.storedBytes)}; a fresh clone fetches ${formatBytes(used.cloneBytes)} (${plural(used.cloneObjects, 'LFS object')})`,
    `a cleanup under the retention policy would free ${formatBytes(plan.totals.freedBytes)} (${plural(plan.totals.candidates, 'version')}): modelgate cleanup --plan`,
  ].join('\n');
}

/** Every version with its decision and every reason, candidates first. */
export function formatRetentionPlan(plan: RetentionPlan): string {
  const lines = [
    `retention plan at ${plan.now}: ${plural(plan.totals.candidates, 'candidate')} of ${plan.totals.versionsBefore} live versions, freeing ${formatBytes(plan.totals.freedBytes)} (priority ${plan.priority})`,
  ];
  for (const model of plan.models) {
    lines.push('', `${model.model}: ${formatBytes(model.usedBytes)}, ${model.budget.summary}`);
    for (const v of model.versions) {
      const reasons = (v.decision === 'candidate' ? v.candidateReasons : v.keepReasons)
        .map((r) => r.text)
        .join(' ');
      const what =
        v.decision === 'candidate' ? 'DELETE' : v.decision === 'deleted' ? 'deleted' : 'keep';
      lines.push(
        `  ${v.version.padEnd(8)} ${what.padEnd(7)} ${formatBytes(v.frees).padStart(9)}  ${terminalSafe(reasons, 300)}`,
      );
    }
    for (const note of model.notes) lines.push(`  note: ${terminalSafe(note, 300)}`);
  }
  for (const warning of plan.budgetWarnings)
    lines.push('', `over budget: ${terminalSafe(warning, 300)}`);
  return lines.join('\n');
}

export function formatCleanupReport(report: CleanupReport): string {
  const item = report.item;
  const head = item
    ? `${report.dryRun ? 'dry run: would have ' : ''}${item.outcome} cleanup proposal${item.id ? ` #${item.id}` : ''}: ${terminalSafe(item.title ?? '')}\n  why: ${terminalSafe(item.why, 400)}${item.url ? `\n  ${terminalSafe(item.url)}` : ''}`
    : 'no cleanup proposal: nothing to propose';
  return [
    head,
    `deletes: ${report.selected.join(', ') || '–'} (frees ${formatBytes(report.freed)})`,
    ...(report.unticked.length
      ? [`kept because a person unticked them: ${report.unticked.join(', ')}`]
      : []),
  ].join('\n');
}
