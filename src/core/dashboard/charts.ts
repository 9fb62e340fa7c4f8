import type { AbTestPanel, EquityPoint, VersionPanel } from './types.js';

/**
 * Mermaid `xychart-beta` charts, which GitHub draws from a ```mermaid fence.
 *
 * Safety by construction: a chart holds only fixed words, numbers written as plain decimals
 * (the grammar has no exponents), dates formatted here from parsed timestamps, and version ids
 * reduced to `[A-Za-z0-9._-]` inside double quotes. No note, title, action or URL ever reaches
 * a chart, so none can close a quote, start a directive (`%%{init}%%`), add a `click` or
 * `style` statement, or end the fence.
 */

/** Bars beyond this are unreadable; the versions in use and the most recent ones are kept. */
export const MAX_BARS = 40;
/** Points per line: enough for a smooth curve, few enough to keep the page small. */
export const MAX_LINE_POINTS = 200;

/** The palette the A/B chart sets, so the page can say which line is which arm. */
export const ARM_COLOURS = { control: 'blue', candidate: 'orange' } as const;
const ARM_PALETTE = '#1f6feb, #f0883e';

export function mermaidFence(chart: string): string {
  return ['```mermaid', chart, '```'].join('\n');
}

/** A version id as a quoted category; anything outside the id alphabet becomes `_`. */
function chartLabel(text: string): string {
  const safe = text.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40);
  return safe === '' ? '_' : safe;
}

/** Distinct quoted labels: a band axis merges equal categories into one bar. */
function chartLabels(ids: string[]): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    const base = chartLabel(id);
    let label = base;
    for (let n = 2; used.has(label); n++) label = `${base}_${n}`;
    used.add(label);
    return `"${label}"`;
  });
}

/** A plain decimal the xychart grammar accepts: no exponent, no "-0", clamped to a sane range. */
export function chartNumber(value: number, digits = 4): string {
  const clamped = Math.max(-1e9, Math.min(1e9, value));
  const text = clamped
    .toFixed(digits)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

/** An axis range that includes 0, is never empty, and ends on round numbers. */
function axisRange(values: number[]): [number, number] {
  let low = values.reduce((min, v) => Math.min(min, v), 0);
  let high = values.reduce((max, v) => Math.max(max, v), 0);
  if (high - low < 1e-9) high = low + 1;
  const step = 10 ** (Math.floor(Math.log10(high - low)) - 1);
  low = Math.floor(low / step + 1e-9) * step;
  high = Math.ceil(high / step - 1e-9) * step;
  return [low, high];
}

export interface SharpeChart {
  chart: string;
  /** Versions drawn, of how many that have a Sharpe ratio. */
  shown: number;
  total: number;
  /** Whether a zero line was drawn: bars start at the axis minimum, not at 0. */
  zeroLine: boolean;
}

/**
 * Backtest Sharpe per version, as bars. Null with fewer than two versions to compare. Deleted
 * versions are left out: they can no longer be deployed.
 */
export function sharpeChart(versions: VersionPanel[]): SharpeChart | null {
  const candidates = versions.filter(
    (v) => v.status !== 'deleted' && Number.isFinite(v.backtest.sharpe),
  );
  if (candidates.length < 2) return null;
  const shown = pickVersions(candidates, MAX_BARS);
  const values = shown.map((v) => v.backtest.sharpe);
  const [low, high] = axisRange(values);
  // Mermaid draws a bar from the bottom of the axis, so a negative Sharpe would look like a
  // short positive bar; a line at 0 shows which side of zero each bar ends.
  const zeroLine = low < 0;
  const lines = [
    'xychart-beta',
    '  title "Backtest Sharpe by version"',
    `  x-axis "version" [${chartLabels(shown.map((v) => v.version)).join(', ')}]`,
    `  y-axis "Sharpe" ${chartNumber(low, 2)} --> ${chartNumber(high, 2)}`,
    `  bar [${values.map((v) => chartNumber(v, 2)).join(', ')}]`,
    ...(zeroLine ? [`  line [${values.map(() => '0').join(', ')}]`] : []),
  ];
  return { chart: lines.join('\n'), shown: shown.length, total: candidates.length, zeroLine };
}

/** At most `limit` versions, in their order: every version in use, then the most recent. */
export function pickVersions(versions: VersionPanel[], limit: number): VersionPanel[] {
  if (versions.length <= limit) return versions;
  const keep = new Set(versions.filter((v) => v.roles.length > 0).slice(0, limit));
  for (let i = versions.length - 1; i >= 0 && keep.size < limit; i--) keep.add(versions[i]!);
  return versions.filter((v) => keep.has(v));
}

interface TimedValue {
  time: number;
  value: number;
}

/** Points with a readable time and a finite value, in time order. */
function timed(points: EquityPoint[]): TimedValue[] {
  return points
    .map((p) => ({ time: parseTimestamp(p.at), value: p.cumulativeReturn }))
    .filter((p) => Number.isFinite(p.time) && Number.isFinite(p.value))
    .sort((a, b) => a.time - b.time);
}

/** Milliseconds since the epoch; a time without an offset is read as UTC, never local time. */
export function parseTimestamp(text: string): number {
  const withoutZone = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text);
  return Date.parse(withoutZone ? `${text}Z` : text);
}

const TIME_UNITS = [
  { name: 'days', ms: 86_400_000, stamp: 10 },
  { name: 'hours', ms: 3_600_000, stamp: 16 },
  { name: 'minutes', ms: 60_000, stamp: 16 },
  { name: 'seconds', ms: 1000, stamp: 19 },
] as const;

interface TimeAxis {
  line: string;
  start: number;
  end: number;
  /** The axis title, for the text under the chart. */
  title: string;
}

/** A linear x axis in the largest unit that gives at least two of them; null for no span. */
function timeAxis(start: number, end: number): TimeAxis | null {
  const span = end - start;
  const unit = TIME_UNITS.find((u) => span / u.ms >= 2) ?? TIME_UNITS[3];
  const length = Math.round((span / unit.ms) * 100) / 100;
  if (!(length > 0)) return null;
  const since = new Date(start).toISOString().slice(0, unit.stamp).replace('T', ' ');
  const title = `${unit.name} since ${since}${unit.stamp > 10 ? ' UTC' : ''}`;
  return { line: `  x-axis "${title}" 0 --> ${chartNumber(length, 2)}`, start, end, title };
}

/**
 * A step function read on an even time grid: the value of the last point at or before each
 * grid time (0 before the first: nothing has been earned yet). The xychart grammar spaces line
 * points evenly, so uneven timestamps must be put on a grid to keep the time axis honest.
 */
function onGrid(points: TimedValue[], grid: number[]): number[] {
  const values: number[] = [];
  let next = 0;
  let current = 0;
  for (const time of grid) {
    while (next < points.length && points[next]!.time <= time) current = points[next++]!.value;
    values.push(current);
  }
  return values;
}

function evenGrid(start: number, end: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) =>
    i === count - 1 ? end : start + ((end - start) * i) / (count - 1),
  );
}

export interface LineChart {
  chart: string;
  xTitle: string;
}

/** Cumulative return of production over time; null without two points at different times. */
export function productionEquityChart(points: EquityPoint[]): LineChart | null {
  const series = timed(points);
  if (series.length < 2) return null;
  const axis = timeAxis(series[0]!.time, series[series.length - 1]!.time);
  if (!axis) return null;
  const grid = evenGrid(axis.start, axis.end, Math.min(series.length, MAX_LINE_POINTS));
  const values = onGrid(series, grid).map((v) => v * 100);
  const [low, high] = axisRange(values);
  const chart = [
    'xychart-beta',
    '  title "Production: cumulative return"',
    axis.line,
    `  y-axis "cumulative return (%)" ${chartNumber(low, 2)} --> ${chartNumber(high, 2)}`,
    `  line [${values.map((v) => chartNumber(v, 3)).join(', ')}]`,
  ].join('\n');
  return { chart, xTitle: axis.title };
}

/**
 * Both arms' cumulative returns on one time axis, control first. The palette is set in the
 * chart so the text under it can name the colours. Null unless both arms have a point and the
 * points span some time.
 */
export function abEquityChart(ab: AbTestPanel): LineChart | null {
  const control = timed(ab.equity.control);
  const candidate = timed(ab.equity.candidate);
  if (control.length === 0 || candidate.length === 0) return null;
  const start = Math.min(control[0]!.time, candidate[0]!.time);
  const end = Math.max(control[control.length - 1]!.time, candidate[candidate.length - 1]!.time);
  const axis = timeAxis(start, end);
  if (!axis) return null;
  const count = Math.max(2, Math.min(control.length + candidate.length, MAX_LINE_POINTS));
  const grid = evenGrid(start, end, count);
  const controlValues = onGrid(control, grid).map((v) => v * 100);
  const candidateValues = onGrid(candidate, grid).map((v) => v * 100);
  const [low, high] = axisRange([...controlValues, ...candidateValues]);
  const chart = [
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${ARM_PALETTE}"}}}}%%`,
    'xychart-beta',
    '  title "A/B test: cumulative return per arm"',
    axis.line,
    `  y-axis "cumulative return (%)" ${chartNumber(low, 2)} --> ${chartNumber(high, 2)}`,
    `  line [${controlValues.map((v) => chartNumber(v, 3)).join(', ')}]`,
    `  line [${candidateValues.map((v) => chartNumber(v, 3)).join(', ')}]`,
  ].join('\n');
  return { chart, xTitle: axis.title };
}
