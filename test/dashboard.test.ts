import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  renderDashboardPage,
  renderJobSummary,
  renderStatus,
  type DashboardData,
} from '../src/core/dashboard/index.js';
import { displayWidth, safeHref, utf8Length } from '../src/core/dashboard/format.js';
import {
  abModel,
  dashboard,
  degradedModel,
  everyFixture,
  healthyModel,
  HOSTILE_TEXT,
  hostileModel,
  hugeRegistry,
  newModel,
} from './support/mermaid/dashboard-fixtures.js';
import { mermaidBlocks } from './support/mermaid/render.js';

/** GFM table cells: a `|` preceded by a backslash escape is content, not a border. */
function cellCount(row: string): number {
  let pipes = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') pipes++;
  }
  return pipes - 1;
}

/** Every table as its rows, found as runs of lines starting with `|`. */
function tables(markdown: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length) {
      found.push(current);
      current = [];
    }
  }
  if (current.length) found.push(current);
  return found;
}

/** The Markdown of one model's section. */
function section(page: string, model: string): string {
  const start = page.indexOf(`\n## ${model}\n`);
  expect(start, `section ${model}`).toBeGreaterThanOrEqual(0);
  const end = page.indexOf('\n## ', start + 1);
  return page.slice(start, end === -1 ? page.indexOf('\n---\n', start) : end);
}

/** The table row of a version in a section. */
function versionRow(markdown: string, version: string): string {
  const row = markdown.split('\n').find((line) => line.startsWith(`| ${version} |`));
  expect(row, `row of ${version}`).toBeDefined();
  return row!;
}

/** Cell `column` (0-based) of a table row. */
function cell(row: string, column: number): string {
  const cells: string[] = [];
  let current = '';
  for (let i = 1; i < row.length; i++) {
    if (row[i] === '\\') {
      current += row[i]! + (row[i + 1] ?? '');
      i++;
    } else if (row[i] === '|') {
      cells.push(current.trim());
      current = '';
    } else current += row[i];
  }
  return cells[column]!;
}

const SHARPE = 3;
const WIN_RATE = 4;
const DRAWDOWN = 5;

describe('renderDashboardPage', () => {
  const page = renderDashboardPage(everyFixture());

  it('starts with an index of every model, their production version and state, and the totals', () => {
    const index = page.slice(0, page.indexOf('\n## '));
    expect(index).toContain('# Model registry');
    expect(index).toContain('| [trend](#trend) | **v3** | 🟢 healthy | 4 |');
    expect(index).toContain('| [meanrev](#meanrev) | **v9** | 🟠 critical | 5 (2 deleted) |');
    expect(index).toContain('| [fresh](#fresh) | none | ⚪ not monitored | 1 |');
    expect(index).toContain('v6 vs v5: continue');
    expect(index).toContain(
      '[alert \\#57: modelgate alert: meanrev v9 critical](https://github.com/acme/models/issues/57)',
    );
    expect(index).toMatch(
      /\*\*Storage:\*\* 336 MB used; a fresh clone fetches 240 MB; a cleanup under the retention policy would free 144 MB: \[cleanup \\#60: [^\]]*\]\(https:\/\/github\.com\/acme\/models\/pull\/60\)/,
    );
  });

  it('ends with the commit it was generated from, never a clock', () => {
    expect(page.trimEnd().split('\n').at(-1)).toBe(
      'Generated from registry commit `3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345` on branch main, committed 2026\\-09\\-30T12:00:00Z. The page depends only on that commit: regenerating it gives the same bytes.',
    );
  });

  it('gives the same bytes for the same data, whatever the time', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    const later = renderDashboardPage(structuredClone(everyFixture()));
    vi.useRealTimers();
    expect(later).toBe(page);
    expect(renderDashboardPage(everyFixture())).toBe(page);
  });

  it('keeps every table row at its header’s column count, hostile text included', () => {
    const all = tables(page);
    expect(all.length).toBeGreaterThanOrEqual(12);
    for (const rows of all) {
      const columns = cellCount(rows[0]!);
      for (const row of rows) expect(cellCount(row), row).toBe(columns);
    }
    // The hostile note is one cell of one row: its newlines forged no row of their own.
    expect(page).not.toMatch(/^\| forged \| row \|/m);
  });

  it('marks the status of each version clearly', () => {
    const meanrev = section(page, 'meanrev');
    expect(cell(versionRow(meanrev, 'v9'), 1)).toBe('🟢 **production**, 🔴 **degraded**');
    expect(cell(versionRow(meanrev, 'v8'), 1)).toBe('↩️ previous production');
    expect(cell(versionRow(meanrev, '~~v6~~'), 1)).toBe('🗑️ deleted');
    expect(cell(versionRow(meanrev, 'v10'), 1)).toBe('active');
    const momentum = section(page, 'momentum');
    expect(cell(versionRow(momentum, 'v5'), 1)).toBe('🟢 **production**, ⚖️ A/B control');
    expect(cell(versionRow(momentum, 'v6'), 1)).toBe('🧪 A/B candidate');
    expect(cell(versionRow(momentum, 'v7'), 1)).toBe('📝 paper');
    expect(cell(versionRow(section(page, 'trend'), 'v3'), 1)).toBe(
      '🟢 **production**, ★ important',
    );
  });

  it('marks the best value of each column and the values worse than production, with a legend', () => {
    const trend = section(page, 'trend');
    expect(trend).toContain('**bold** ▲: best in its column; ▼: worse than production (v3)');
    expect(cell(versionRow(trend, 'v3'), SHARPE)).toBe('**1.32** ▲');
    expect(cell(versionRow(trend, 'v4'), SHARPE)).toBe('1.20 ▼');
    expect(cell(versionRow(trend, 'v4'), WIN_RATE)).toBe('**57.0%** ▲');
    expect(cell(versionRow(trend, 'v1'), WIN_RATE)).toBe('51.0% ▼');
    // Drawdown: smaller is better.
    expect(cell(versionRow(trend, 'v3'), DRAWDOWN)).toBe('**10.0%** ▲');
    expect(cell(versionRow(trend, 'v1'), DRAWDOWN)).toBe('20.0% ▼');
    // A column where every version agrees has no best.
    expect(cell(versionRow(section(page, 'momentum'), 'v5'), 6)).toBe('31.0%');
    // Deleted versions are shown, struck through, and neither marked nor compared.
    const meanrev = section(page, 'meanrev');
    expect(cell(versionRow(meanrev, '~~v6~~'), SHARPE)).toBe('0.70');
    expect(cell(versionRow(meanrev, 'v10'), SHARPE)).toBe('-0.35 ▼');
  });

  it('shows the live monitor against the baseline, the drift state and the open alert', () => {
    const meanrev = section(page, 'meanrev');
    expect(meanrev).toContain(
      '**Live monitor: v9 (production).** Drift: 🟠 critical: propose a rollback: roll back to v8',
    );
    expect(meanrev).toContain('| win rate | 45.0% ▼ | 55.0% |');
    expect(meanrev).toContain('| Sharpe (annualised) | -0.52 ▼ | 1.45 |');
    expect(meanrev).toContain('| current drawdown | 8.7% | – |');
    expect(meanrev).toContain('- critical sequential\\-test at trade 615');
    expect(meanrev).toContain(
      'Open alert: [alert \\#57: modelgate alert: meanrev v9 critical](https://github.com/acme/models/issues/57)',
    );
    expect(section(page, 'fresh')).toContain(
      '**Live monitor:** nothing in production or paper trading is being watched.',
    );
  });

  it('shows the A/B panel: split, progress towards the minimums, intervals and verdict', () => {
    const momentum = section(page, 'momentum');
    expect(momentum).toContain(
      '**A/B test: candidate v6 against control v5**, since 2026\\-09\\-20T00:00:00Z. Verdict so far: **continue**',
    );
    expect(momentum).toContain('| control | v5 | 80% | 240 | 1.25 | 0.41 … 2.09 |');
    expect(momentum).toContain('| candidate | v6 | 20% | 61 | 1.71 | -0.52 … 3.94 |');
    expect(momentum).toContain('| candidate trades | 61 | 100 | ██████░░░░ 61% |');
    expect(momentum).toContain('| days | 5.5 | 7.0 (at most 30.0) | ████████░░ 78% |');
    expect(momentum).toContain(
      'Both minimums are needed (the trades in each arm and the days): not met yet.',
    );
    expect(momentum).toContain('0.0031, always-valid bounds -0.0184 … 0.0247');
    expect(momentum).toContain('blue control v5, orange candidate v6');
  });

  it('gives cleanup advice and links the open proposals', () => {
    const meanrev = section(page, 'meanrev');
    expect(meanrev).toContain(
      '**Storage:** 144 MB used; deleting v8, v10 would free 96.0 MB under the retention policy: [cleanup \\#60:',
    );
    expect(meanrev).toContain(
      '- [rollback \\#58: Roll back meanrev to v8: v9 is not trading like its backtest](https://github.com/acme/models/pull/58)',
    );
    expect(section(page, 'trend')).toContain('**Open proposals:** none.');
  });

  it('draws the charts where there is data, and only there', () => {
    const count = (markdown: string): number => mermaidBlocks(markdown).length;
    expect(count(section(page, 'trend'))).toBe(2); // Sharpe bars, production's return
    expect(count(section(page, 'momentum'))).toBe(3); // and the A/B arms
    expect(count(section(page, 'fresh'))).toBe(0); // one version, one point, no trades
    const trend = mermaidBlocks(section(page, 'trend'));
    expect(trend[0]).toContain('x-axis "version" ["v1", "v2", "v3", "v4"]');
    expect(trend[0]).toContain('bar [0.9, 1.1, 1.32, 1.2]');
    expect(trend[1]).toMatch(/^xychart-beta\n {2}title "Production: cumulative return"/);
    expect(trend[1]).toContain('x-axis "days since 2026-08-01" 0 --> 59');
    // A negative Sharpe gets a zero line: bars start at the bottom of the axis.
    expect(mermaidBlocks(section(page, 'meanrev'))[0]).toContain('line [0, 0, 0]');
  });
});

describe('hostile text', () => {
  const data = dashboard([hostileModel()]);
  const page = renderDashboardPage(data);

  it('injects no markup: the only HTML is the page’s own comment', () => {
    expect(page.match(/</g)).toHaveLength(1);
    expect(page.startsWith('<!-- Generated by modelgate')).toBe(true);
    // Outside the charts (whose arrows are axis ranges), the comment's end is the only `-->`.
    const prose = page.replace(/^```mermaid\n[\s\S]*?\n```$/gm, '');
    expect(prose.match(/-->/g)).toHaveLength(1);
    expect(page).not.toMatch(/<script|<img|<b>|<i>/i);
    expect(page).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
  });

  it('notifies nobody and links nowhere but the web', () => {
    expect(page).not.toMatch(/(^|[^\w&#])@ops/);
    expect(page).toContain('&#64;ops\\-team');
    const destinations = [...page.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]!);
    expect(destinations.length).toBeGreaterThan(0);
    for (const href of destinations) expect(href).toMatch(/^(https:\/\/|#)/);
    expect(page).not.toMatch(/\]\(javascript:|\]\(file:/);
    // javascript: and file: URLs are shown as text, not links.
    expect(page).toContain('(javascript:alert\\(6\\))');
    expect(page).toContain('(file:///etc/passwd)');
  });

  it('encodes everything in a URL that could end the link or break its row', () => {
    expect(page).toContain(
      '[ab\\-conclude \\#70: End the A/B test \\| &lt;i&gt;now&lt;/i&gt;](https://example.com/pull/2%29%7C%3Cb%3Ex%3C/b%3E%22%27%60%40ops%5B1%5D%2A_~%5C)',
    );
    expect(safeHref('https://example.com/a b')).toBeNull();
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' https://github.com/acme/models/pull/7 ')).toBe(
      'https://github.com/acme/models/pull/7',
    );
  });

  it('opens no fence but the charts’ own, and cannot close them early', () => {
    const fences = page.split('\n').filter((line) => line.startsWith('```'));
    expect(fences.length % 2).toBe(0);
    fences.forEach((line, i) => expect(line).toBe(i % 2 === 0 ? '```mermaid' : '```'));
    expect(page).toContain('\\`\\`\\` fenced \\`\\`\\`');
  });

  it('puts no free text in a chart: every line is a statement the dashboard writes', () => {
    const charts = mermaidBlocks(page);
    expect(charts).toHaveLength(3);
    const label = '"[A-Za-z0-9._-]+"';
    const number = '-?\\d+(\\.\\d+)?';
    const statement = new RegExp(
      [
        '^xychart-beta$',
        '^%%\\{init: \\{"themeVariables": \\{"xyChart": \\{"plotColorPalette": "#1f6feb, #f0883e"\\}\\}\\}\\}%%$',
        '^ {2}title "(Backtest Sharpe by version|Production: cumulative return|A/B test: cumulative return per arm)"$',
        `^ {2}x-axis "version" \\[${label}(, ${label})*\\]$`,
        `^ {2}x-axis "(days|hours|minutes|seconds) since [0-9: -]+( UTC)?" 0 --> ${number}$`,
        `^ {2}y-axis "(Sharpe|cumulative return \\(%\\))" ${number} --> ${number}$`,
        `^ {2}(bar|line) \\[${number}(, ${number})*\\]$`,
      ].join('|'),
    );
    for (const chart of charts) {
      for (const line of chart.split('\n')) expect(line).toMatch(statement);
    }
    // Version ids that are Mermaid keywords stay quoted labels; a forged id is reduced.
    expect(charts[0]).toContain(
      'x-axis "version" ["click", "style", "end", "v1___--__x_____init___", "subgraph"]',
    );
    expect(charts.join('\n')).not.toMatch(/script|onerror|click v1|style v1|securityLevel/);
  });

  it('keeps the tables whole', () => {
    for (const rows of tables(page)) {
      const columns = cellCount(rows[0]!);
      for (const row of rows) expect(cellCount(row), row).toBe(columns);
    }
  });
});

describe('renderStatus', () => {
  afterEach(() => vi.useRealTimers());

  it('shows every model in a line no wider than the terminal', () => {
    const status = renderStatus(everyFixture());
    const lines = status.split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(100);
    expect(status).toContain('registry 3f9c2a1b7d4e on main, committed 2026-09-30T12:00:00Z');
    expect(status).toMatch(/^meanrev +v9 +critical +-0\.52 \(1\.45\) +45\.0% \(55\.0%\) +672/m);
    expect(status).toMatch(/^fresh +\(none\) +not monitored/m);
    expect(status).toContain(
      'meanrev v9 (production): CRITICAL: propose a rollback: roll back to v8',
    );
    expect(status).toContain('meanrev: rollback #58: Roll back meanrev to v8');
    expect(status).toContain('  https://github.com/acme/models/pull/58');
    expect(status).toContain(
      'momentum A/B v6 vs v5: continue (trades 240, 61 of 100 per arm; 5.5 of 7.0 days; minimums not met)',
    );
  });

  it('cannot be pushed past its width or recoloured by hostile, wide or invisible text', () => {
    const wide = hostileModel();
    wide.live!.action = `漢字の説明 🚨🚨🚨 ${'ｗｉｄｅ'.repeat(30)} \u200b\u200d\u202e ${HOSTILE_TEXT}`;
    wide.model = 'a-model-name-that-is-long-enough-to-need-cutting-in-the-table';
    const data = dashboard([wide, degradedModel()]);
    for (const width of [100, 72, 40]) {
      for (const line of renderStatus(data, width).split('\n')) {
        expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      }
    }
    const status = renderStatus(data);
    // eslint-disable-next-line no-control-regex -- control characters are what is checked
    expect(status).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(status).not.toMatch(/\u200b|\u200d|\u202e/);
  });

  it('is deterministic', () => {
    expect(renderStatus(everyFixture())).toBe(renderStatus(structuredClone(everyFixture())));
  });
});

describe('renderJobSummary', () => {
  it('is the page itself when it fits', () => {
    const data = everyFixture();
    const summary = renderJobSummary(data);
    expect(summary).toBe(renderDashboardPage(data).replace(/^<!--.*-->\n\n/, ''));
  });

  describe('for a huge registry (300 models × 100 versions)', () => {
    const data: DashboardData = hugeRegistry(300, 100);
    const page = renderDashboardPage(data);
    const summary = renderJobSummary(data);

    it('stays under the limit by trimming charts and old versions, never the index', () => {
      expect(utf8Length(page)).toBeGreaterThan(5_000_000);
      expect(utf8Length(summary)).toBeLessThanOrEqual(1_000_000);
      expect(mermaidBlocks(summary)).toHaveLength(0);
      expect(summary).toMatch(/Trimmed to fit GitHub's job summary limit: the charts and/);
      for (const model of data.models) {
        expect(summary).toContain(`| [${model.model.replace(/-/g, '\\-')}](#${model.model}) |`);
      }
      // Production is always in the table; the oldest versions went.
      const first = section(summary, 'model\\-000');
      expect(first).toContain('| v100 | 🟢 **production** |');
      expect(first).not.toContain('| v1 |');
      expect(first).toMatch(
        /_\d+ older versions are not shown here \(▲ and ▼ compare them all\)\._/,
      );
      expect(summary.trimEnd().split('\n').at(-1)).toMatch(/^Generated from registry commit/);
    });

    it('leaves out the last models’ details before any index row', () => {
      const small = renderJobSummary(data, 150_000);
      expect(utf8Length(small)).toBeLessThanOrEqual(150_000);
      expect(small).toMatch(/the details of \d+ of 300 models \(all are in the index\)/);
      const indexRows = small.split('\n').filter((line) => /^\| \[?model\\-\d{3}/.test(line));
      expect(indexRows).toHaveLength(300);
      // Only models whose section is on the page are linked.
      const linked = indexRows.filter((row) => row.startsWith('| ['));
      const sections = small.match(/^## /gm) ?? [];
      expect(sections.length).toBeGreaterThan(0);
      expect(linked).toHaveLength(sections.length);
    });

    it('still fits a limit smaller than the index, listing the first models', () => {
      const tiny = renderJobSummary(data, 20_000);
      expect(utf8Length(tiny)).toBeLessThanOrEqual(20_000);
      expect(tiny).toMatch(/_\d+ more models are not listed here\._/);
      expect(tiny).toContain('| model\\-000 |');
    });

    it('is deterministic', () => {
      expect(renderJobSummary(data)).toBe(summary);
    });
  });

  it('handles an empty registry', () => {
    const data = dashboard([]);
    expect(renderDashboardPage(data)).toContain('No models yet.');
    expect(renderStatus(data).split('\n')).toHaveLength(2);
    expect(renderJobSummary(data)).toContain('No models yet.');
  });

  it('handles models with nothing to show', () => {
    const page = renderDashboardPage(dashboard([newModel(), healthyModel(), abModel()]));
    expect(section(page, 'fresh')).toContain('worse than production, none yet');
  });
});
