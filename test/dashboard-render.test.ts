// Every chart the dashboard generates, drawn by the real mermaid library in headless Chromium:
// a chart GitHub would fail to draw fails here. Skipped only on a developer machine without
// Chromium; in CI (CI set) a missing browser is a failure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDashboardPage, type DashboardData } from '../src/core/dashboard/index.js';
import {
  abModel,
  dashboard,
  degradedModel,
  equityCurve,
  everyFixture,
  healthyModel,
  hostileModel,
  hugeRegistry,
} from './support/mermaid/dashboard-fixtures.js';
import { findChromium, mermaidBlocks, renderMermaidCharts } from './support/mermaid/render.js';

const chromium = findChromium();
const skip = chromium === null && !process.env.CI;
if (skip) {
  console.warn(
    'dashboard-render.test.ts skipped: Chromium is not installed (install chromium to draw the charts; in CI this fails instead)',
  );
}

/** Data at the edges of what the charts handle: spans of seconds, negative and huge values. */
function edgeCases(): DashboardData {
  const seconds = healthyModel();
  seconds.model = 'seconds';
  seconds.productionEquity = [
    { at: '2026-09-30T12:00:00Z', cumulativeReturn: 0 },
    { at: '2026-09-30T12:00:01.5Z', cumulativeReturn: -0.001 },
  ];
  const losing = degradedModel();
  losing.model = 'losing';
  losing.versions = losing.versions.map((v) => ({
    ...v,
    backtest: { ...v.backtest, sharpe: -1.5 - v.backtest.sharpe },
  }));
  losing.productionEquity = equityCurve(200, '2026-01-01T00:00:00Z', -0.01);
  const extreme = abModel();
  extreme.model = 'extreme';
  extreme.versions[0]!.backtest.sharpe = 1e15;
  extreme.versions[1]!.backtest.sharpe = -1e-9;
  extreme.productionEquity = [
    { at: '2026-09-01T00:00:00+02:00', cumulativeReturn: 1e12 },
    { at: '2026-09-01T00:30:00', cumulativeReturn: 3 },
  ];
  const many = hugeRegistry(1, 120).models[0]!;
  return dashboard([seconds, losing, extreme, many]);
}

describe.skipIf(skip)('dashboard charts in a real browser', () => {
  it('draws every chart of the generated pages, and catches a broken one', async () => {
    expect(chromium, 'CI must have Chromium installed to draw the charts').not.toBeNull();
    const pages = [
      // The page committed for this repository's own example registry, as GitHub would show it.
      readFileSync(new URL('../registry/README.md', import.meta.url), 'utf8'),
      renderDashboardPage(everyFixture()),
      renderDashboardPage(dashboard([hostileModel()])),
      renderDashboardPage(edgeCases()),
    ];
    const charts = [...new Set(pages.flatMap(mermaidBlocks))];
    // trend 2, momentum 3, meanrev 2, hostile 3; seconds 2, losing 2, extreme 3, many 2
    expect(charts.length).toBeGreaterThanOrEqual(17);
    const broken = 'xychart-beta\n  x-axis [v1, "v\n2"]\n  bar [1e3, 2]';

    const started = Date.now();
    const outcomes = await renderMermaidCharts([...charts, broken]);
    const elapsed = Date.now() - started;

    const failures = outcomes
      .slice(0, charts.length)
      .map((outcome, i) => ({ outcome, chart: charts[i]! }))
      .filter(({ outcome }) => !outcome.ok)
      .map(({ outcome, chart }) => `${outcome.error}\n---\n${chart}`);
    expect(failures).toEqual([]);
    for (const outcome of outcomes.slice(0, charts.length)) {
      expect(outcome.svg).toMatch(/^<svg/);
      expect(outcome.svg).not.toMatch(/<script|onerror|javascript:/i);
    }

    // The harness is not blind: a chart mermaid cannot parse is reported as a failure.
    const last = outcomes.at(-1)!;
    expect(last.ok).toBe(false);
    expect(last.error).toMatch(/Parse error|Expecting|Lexical error/);

    // What was drawn is what was meant: one bar per version, both arms in their colours.
    const momentumBars = charts.findIndex((c) => c.includes('"v4", "v5", "v6", "v7"'));
    expect(momentumBars).toBeGreaterThanOrEqual(0);
    expect(barCount(outcomes[momentumBars]!.svg)).toBe(4);
    const arms = charts.findIndex((c) => c.includes('cumulative return per arm'));
    expect(outcomes[arms]!.svg).toContain('stroke="#1f6feb"');
    expect(outcomes[arms]!.svg).toContain('stroke="#f0883e"');
    const hostileBars = charts.findIndex((c) => c.includes('"click", "style", "end"'));
    expect(barCount(outcomes[hostileBars]!.svg)).toBe(5);

    console.info(`rendered ${charts.length + 1} charts in Chromium in ${elapsed} ms`);
  }, 120_000);
});

/** Bars mermaid drew: rects in the plot area, not the background. */
function barCount(svg: string): number {
  return (svg.match(/<rect [^>]*fill="[^"]*"[^>]*>/g) ?? []).filter(
    (rect) => !rect.includes('class="background"'),
  ).length;
}
