/**
 * Degradation-detection benchmark: every detector side by side on the same seeded streams.
 *
 *   npx tsx bench/drift/run.ts           # the full run (a few minutes on two cores)
 *   npx tsx bench/drift/run.ts --quick   # a smoke run: same code, a fraction of the streams
 *
 * Prints Markdown: one table per noise type, PASS/MISS against the issue's targets for the
 * critical level, and expectedDetectionTrades against simulation. Exits non-zero only on a crash.
 */
import { expectedDetectionTrades } from '../../src/core/drift/index.js';
import { detectorSpecs, ModelgateLevel, monitorConfig, type DetectorSpec } from './detectors.js';
import {
  BENCHMARK_FACTS,
  CHANGE_AT,
  EVALUATION_SEED,
  HORIZON_AFTER_CHANGE,
  SCENARIOS,
} from './setup.js';
import {
  NOISES,
  runChange,
  runEarly,
  runStationary,
  type ChangeResult,
  type BenchmarkNoise,
  type StationaryResult,
} from './simulate.js';

const quick = process.argv.includes('--quick');
const SIZES = quick
  ? {
      stationaryStreams: 20,
      stationaryTrades: 50_000,
      earlyStreams: 400,
      changeStreams: 200,
      curveStreams: 100,
    }
  : {
      stationaryStreams: 1_000,
      stationaryTrades: 50_000,
      earlyStreams: 4_000,
      changeStreams: 2_000,
      curveStreams: 1_000,
    };
const EARLY_HORIZON = 1_000;
const CURVE_SHARPES = [1.0, 0.75, 0.5, 0, -1.5, -4];

const started = Date.now();
function progress(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  process.stderr.write(`[${seconds.padStart(4)} s] ${message}\n`);
}

interface NoiseResults {
  stationary: StationaryResult[];
  early: number[];
  changes: ChangeResult[][];
}

const specs = detectorSpecs(SCENARIOS[0]?.sharpeAfter ?? 0.5, SCENARIOS[1]?.sharpeAfter ?? -1.5);
const results = {} as Record<BenchmarkNoise, NoiseResults>;
for (const noise of NOISES) {
  const facts = BENCHMARK_FACTS[noise];
  progress(
    `${noise}: ${SIZES.stationaryStreams} healthy streams × ${SIZES.stationaryTrades} trades`,
  );
  const stationary = runStationary(
    specs,
    facts,
    noise,
    SIZES.stationaryStreams,
    SIZES.stationaryTrades,
    EVALUATION_SEED,
  );
  progress(`${noise}: ${SIZES.earlyStreams} healthy streams × ${EARLY_HORIZON} trades`);
  const early = runEarly(specs, facts, noise, SIZES.earlyStreams, EARLY_HORIZON, EVALUATION_SEED);
  const changes = SCENARIOS.map((scenario) => {
    progress(
      `${noise}: ${SIZES.changeStreams} streams changing ${scenario.label} at trade ${CHANGE_AT}`,
    );
    return runChange(
      specs,
      facts,
      noise,
      SIZES.changeStreams,
      CHANGE_AT,
      scenario.sharpeAfter,
      HORIZON_AFTER_CHANGE,
      EVALUATION_SEED,
      scenario.code,
    );
  });
  results[noise] = { stationary, early, changes };
}

// expectedDetectionTrades against the critical level's simulated delay, across drop sizes.
const curve = NOISES.map((noise) => {
  const facts = BENCHMARK_FACTS[noise];
  const critical: DetectorSpec = {
    name: 'modelgate critical',
    note: '',
    create: (f) => new ModelgateLevel(monitorConfig(f, false), 'critical'),
  };
  return CURVE_SHARPES.map((sharpeAfter, i) => {
    if (i === 0) progress(`${noise}: expected detection, ${SIZES.curveStreams} streams per drop`);
    const [result] = runChange(
      [critical],
      facts,
      noise,
      SIZES.curveStreams,
      CHANGE_AT,
      sharpeAfter,
      HORIZON_AFTER_CHANGE,
      EVALUATION_SEED,
      100 + i,
    );
    return result as ChangeResult;
  });
});
const elapsed = (Date.now() - started) / 1000;
progress('done');

// ---- report -------------------------------------------------------------------------------

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2
    ? (sorted[Math.floor(middle)] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}
function standardError(values: readonly number[]): number {
  const m = mean(values);
  const variance = values.reduce((a, v) => a + (v - m) ** 2, 0) / (values.length - 1);
  return Math.sqrt(variance / values.length);
}
const pct = (x: number, digits = 1): string => `${(x * 100).toFixed(digits)}%`;
const int = (x: number): string =>
  Number.isFinite(x)
    ? Math.round(x)
        .toString()
        .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    : '—';
const per10k = (r: StationaryResult): number => (r.alarms / r.trades) * 10_000;
const fixed = (x: number): string =>
  x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);

function table(header: string[], rows: string[][], align: ('l' | 'r')[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (align[i] === 'r' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function delayCells(result: ChangeResult): string[] {
  const clean = result.streams - result.alarmsBeforeChange;
  return [
    pct(result.alarmsBeforeChange / result.streams),
    result.delays.length ? int(mean(result.delays)) : '—',
    result.delays.length ? int(median(result.delays)) : '—',
    clean > 0 ? pct(result.misses / clean) : '—',
  ];
}

const out: string[] = [];
out.push('# Degradation detection benchmark');
out.push('');
out.push(
  `Returns per trade: σ = 1% of capital, ${BENCHMARK_FACTS.gaussian.tradesPerYear} trades a year, ` +
    `annual Sharpe ${BENCHMARK_FACTS.gaussian.baselineSharpeAnnual} before any change. ` +
    `False alarms: ${SIZES.stationaryStreams} healthy streams × ${int(SIZES.stationaryTrades)} trades per noise type ` +
    `(detectors restart after each alarm); first-1,000 chance: ${int(SIZES.earlyStreams)} healthy streams. ` +
    `Changes at trade ${int(CHANGE_AT)}: ${int(SIZES.changeStreams)} streams per scenario; delay counts the trades after ` +
    `the change up to and including the alarm, on streams without an alarm before the change; missed = no alarm ` +
    `within ${int(HORIZON_AFTER_CHANGE)} trades after it. Seed 0x${EVALUATION_SEED.toString(16)}${quick ? ' (QUICK RUN: few streams, numbers are rough)' : ''}.`,
);
for (const noise of NOISES) {
  const r = results[noise];
  out.push('');
  out.push(`## ${noise === 'gaussian' ? 'Gaussian noise' : 'Student-t(4) noise, unit variance'}`);
  out.push('');
  const header = ['detector', 'FA / 10k', 'FA ≤ 1,000'];
  for (const s of SCENARIOS)
    header.push(`${s.label}: alarm before`, 'mean delay', 'median', 'missed');
  const rows = specs.map((spec, d) => {
    const cells = [
      spec.name,
      fixed(per10k(r.stationary[d] as StationaryResult)),
      pct(r.early[d] ?? NaN),
    ];
    for (const change of r.changes) cells.push(...delayCells(change[d] as ChangeResult));
    return cells;
  });
  out.push(table(header, rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']));
}

out.push('');
out.push('## Targets');
out.push('');
const targetRows: string[][] = [];
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS');
for (const noise of NOISES) {
  const r = results[noise];
  const index = (name: string): number => specs.findIndex((s) => s.name === name);
  const critical = index('modelgate critical');
  const severe = index('modelgate severe');
  const fa = r.stationary[critical] as StationaryResult;
  const faRate = per10k(fa);
  const faSe = (Math.sqrt(fa.alarms) / fa.trades) * 10_000;
  targetRows.push([
    noise,
    'critical: false alarms per 10,000 trades',
    '≤ 1',
    `${faRate.toFixed(3)} ± ${faSe.toFixed(3)}`,
    verdict(faRate <= 1),
  ]);
  const early = r.early[critical] ?? NaN;
  const earlySe = Math.sqrt((early * (1 - early)) / SIZES.earlyStreams);
  targetRows.push([
    noise,
    'critical: chance of a false alarm in the first 1,000 trades',
    '≤ 5%',
    `${pct(early, 2)} ± ${pct(earlySe, 2)}`,
    verdict(early <= 0.05),
  ]);
  SCENARIOS.forEach((scenario, s) => {
    const change = r.changes[s]?.[critical] as ChangeResult;
    const limit = scenario.sharpeAfter > 0 ? 1_200 : 260;
    const m = mean(change.delays);
    targetRows.push([
      noise,
      `critical: mean delay ${scenario.label}`,
      `≤ ${int(limit)}`,
      `${m.toFixed(0)} ± ${standardError(change.delays).toFixed(0)}`,
      verdict(m <= limit),
    ]);
  });
  const sev = r.stationary[severe] as StationaryResult;
  const sevRate = per10k(sev);
  const sevSe = (Math.sqrt(sev.alarms) / sev.trades) * 10_000;
  targetRows.push([
    noise,
    'severe: false alarms per 10,000 trades',
    '≤ 0.1',
    `${sevRate.toFixed(3)} ± ${sevSe.toFixed(3)}`,
    verdict(sevRate <= 0.1),
  ]);
}
out.push(
  table(['noise', 'target', 'limit', 'measured (± 1 s.e.)', ''], targetRows, [
    'l',
    'l',
    'r',
    'r',
    'l',
  ]),
);

out.push('');
out.push('## Expected detection: expectedDetectionTrades against simulation (critical level)');
out.push('');
const config = monitorConfig(BENCHMARK_FACTS.gaussian, false);
const curveRows = CURVE_SHARPES.map((sharpeAfter, i) => {
  const estimate = expectedDetectionTrades(config, sharpeAfter);
  const cells = [`1.5 → ${sharpeAfter}`, int(estimate)];
  NOISES.forEach((_, n) => {
    const result = curve[n]?.[i] as ChangeResult;
    const m = mean(result.delays);
    cells.push(int(m), `${(estimate / m).toFixed(2)}`);
  });
  return cells;
});
out.push(
  table(['change', 'estimate', 'Gaussian', 'ratio', 't(4)', 'ratio'], curveRows, [
    'l',
    'r',
    'r',
    'r',
    'r',
    'r',
  ]),
);
out.push('');
out.push(`Run time: ${elapsed.toFixed(0)} s (Node ${process.version}, one thread).`);
console.log(out.join('\n'));
