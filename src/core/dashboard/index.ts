/**
 * The registry dashboard, rendered. Pure: the caller gathers `DashboardData` from one registry
 * commit; these functions turn it into text. No file system, no clock: the same data gives the
 * same bytes, so regenerating registry/README.md at the same commit changes nothing.
 *
 * ## API
 *
 * ```ts
 * renderDashboardPage(data);          // registry/README.md, which GitHub renders
 * renderJobSummary(data, maxBytes);   // the same page, trimmed to fit a job summary
 * renderStatus(data, width);          // a compact terminal view, every line ≤ width columns
 * ```
 *
 * ## The page
 *
 * An index of every model (production version, drift state, live Sharpe against its backtest,
 * A/B test, open alert) with the storage totals; then per model the version table (status
 * labels; **bold** ▲ the best value of each backtest column, ▼ worse than production), a bar
 * chart of backtest Sharpe, the live monitor with production's cumulative return, the A/B panel
 * with its progress towards the minimums, intervals, verdict and both arms' returns, storage
 * advice and open proposals; at the bottom the commit it was generated from.
 *
 * ## Untrusted text
 *
 * Notes, actions, alarms, proposal titles and URLs come from people and bots. In Markdown they
 * pass through `escapeMarkdown` (no HTML, no mention, no `|` or newline to break a table);
 * URLs become links only when http(s), percent-encoded so they cannot end the link or the row.
 * Charts (`charts.ts`) hold no free text at all: version ids reduced to the id alphabet inside
 * quotes, numbers, fixed words and dates formatted here. In the terminal, control and format
 * characters are removed and wide characters counted as two columns.
 *
 * ## The job summary
 *
 * GitHub refuses a summary over 1 MiB. The page is tried whole, then without charts, then with
 * fewer versions per model (those in use are always shown), then with the last models'
 * sections left out; the index of every model is kept, and a note says what was left out.
 */
export { renderDashboardPage } from './page.js';
export { JOB_SUMMARY_LIMIT, renderJobSummary } from './summary.js';
export { renderStatus } from './status.js';
export type {
  AbTestPanel,
  ArmView,
  BacktestFigures,
  DashboardData,
  EquityPoint,
  LivePanel,
  ModelPanel,
  ProposalLink,
  Severity,
  VersionPanel,
  VersionRole,
} from './types.js';
