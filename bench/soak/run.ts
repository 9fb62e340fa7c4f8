/**
 * Soak: a simulated year of daily ingest and evaluate cycles through the GitHub stand-in, with
 * faults injected, checked for anything lost, duplicated or left behind (see README.md).
 *
 *   npx tsx bench/soak/run.ts            # 365 days × 20 models
 *   npx tsx bench/soak/run.ts --quick    # 30 days × 5 models
 *   options: --days N --models N --trades-per-day N --seed N --fault-days P --ingest-every N
 *            --verbose --keep
 *
 * Two registries live through the same year in lockstep, from the same seeded origin: a clean
 * twin with no faults (the baseline, timed in the same run, and the expected state) and a
 * faulty twin whose GitHub stand-in and git origin fail at seeded random points. Each day, on
 * each twin: a person merges or closes proposals that have been open long enough (through the
 * stand-in's API); the bot uploads that day's trades for every model, routed by the deployment
 * it read that morning (`ingestTrades`, as the CLI and the action call it); then
 * `evaluateRegistry` runs through the GitHub forge with the day's simulated time. A failed run
 * is rerun at once, as a workflow re-run would be. At the end of each day the two twins'
 * proposals, alerts and production versions must agree; at the end of the year every trade
 * must be stored exactly once, no proposal or alert duplicated, no branch orphaned, and
 * `verify` clean. The clean twin runs a day ahead of the faulty one, concurrently.
 *
 * Prints Markdown tables; exits 1 when any invariant breaks, 2 on a crash.
 */
import { availableParallelism, loadavg } from 'node:os';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownTable } from 'markdown-table';
import { modelFromAlertBody } from '../../src/forge/forge.js';
import { mulberry32 } from '../synthetic-registry.js';
import {
  FAULT_KINDS,
  planFaults,
  type FaultKind,
  type PlannedFault,
  type SeenPush,
  type SeenRequest,
} from './faults.js';
import { DAY_MS, planModels, tradesToPlayOut, type ModelPlan } from './scenario.js';
import {
  dispatchIdentity,
  OWNER,
  REQUEST_TIMEOUT_MS,
  RETRIES,
  Twin,
  type DispatchCall,
  type RunOutcome,
} from './twin.js';

// ---- options --------------------------------------------------------------------------------

const args = process.argv.slice(2);
const quick = args.includes('--quick');
function option(name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`);
  return value;
}
const DAYS = option('days', quick ? 30 : 365);
const MODELS = option('models', quick ? 5 : 20);
const PER_DAY = option('trades-per-day', quick ? 48 : 24);
const SEED = option('seed', 0x50a6);
/** The share of days with faults (one, sometimes two). */
const FAULT_DAYS = option('fault-days', 0.5);
const INGEST_EVERY = Math.max(1, Math.floor(option('ingest-every', 1)));
const KEEP = args.includes('--keep');
const VERBOSE = args.includes('--verbose');
/** Runs a day may take on the faulty twin: the scheduled one and up to three reruns. */
const MAX_RUNS = 4;
const START = Date.parse('2026-01-05T00:00:00Z');
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORK = join(ROOT, 'bench/.work/soak');

const wallStart = performance.now();
function progress(message: string): void {
  const seconds = ((performance.now() - wallStart) / 1000).toFixed(0);
  process.stderr.write(`[${seconds.padStart(5)} s] ${message}\n`);
}

// ---- what each day leaves ---------------------------------------------------------------------

interface DayResult {
  day: number;
  cleanSeconds: number;
  faultySeconds: number;
  /** The clean twin's runs: one, unless it failed (it must not). */
  cleanRuns: RunOutcome[];
  faultyRuns: RunOutcome[];
  faults: PlannedFault[];
  /** The faulty twin's forge or production differs from the clean twin's after the day. */
  divergence?: string;
}

interface Breach {
  day: number;
  twin: string;
  what: string;
}

/**
 * The retraining dispatches a twin is expected to lack: calls whose last request the stand-in
 * answered with an injected fault without performing it (modelgate never retries a dispatch:
 * one request per episode, at most), after which the model's alert said to start it by hand.
 * Each counts as the dispatch it was meant to be, by model and episode; any other missing or
 * extra dispatch still shows.
 */
function excusedDispatches(twin: Twin): DispatchCall[] {
  return twin.dispatchCalls.filter((c) => c.injectedFailure && c.alertSaysByHand);
}

/** The episodes modelgate tried to start retraining for, with the day: `v2@1234 day 120, …`. */
function episodesOf(twin: Twin, model: string): string {
  const calls = twin.dispatchCalls.filter((c) => c.model === model);
  return calls.map((c) => `${c.episode} day ${c.day}`).join(', ') || 'none';
}

/** Dispatches by model and episode, `+ excused` counting those an injected fault stopped. */
function dispatchCounts(twin: Twin, withExcused: boolean): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const d of twin.standin.dispatches) {
    const { model, episode } = dispatchIdentity(d.payload);
    add(`${model} ${episode}`);
  }
  if (withExcused) for (const c of excusedDispatches(twin)) add(`${c.model} ${c.episode}`);
  return counts;
}

/**
 * What a person sees on GitHub, numbers stripped: pulls, alerts, dispatches (by model and
 * episode; a dispatch an injected fault stopped counts as made, see `excusedDispatches`) and
 * production.
 */
async function visibleState(twin: Twin): Promise<string[]> {
  const strip = (text: string): string => text.replace(/#\d+/g, '#');
  const lines: string[] = [];
  const pulls = twin.standin.pulls
    .filter((p) => p.headOwner === OWNER)
    .sort((a, b) => a.head.localeCompare(b.head) || a.number - b.number);
  for (const p of pulls)
    lines.push(`pull ${p.head} ${p.merged ? 'merged' : p.state}: ${strip(p.title)}`);
  const alerts = twin.standin.issues
    .filter((i) => !i.isPullRequest)
    .map((i) => ({ issue: i, model: modelFromAlertBody(i.body) ?? '?' }))
    .sort((a, b) => a.model.localeCompare(b.model) || a.issue.number - b.issue.number);
  for (const { issue, model } of alerts) {
    lines.push(`alert ${model} ${issue.state}: ${strip(issue.title)}`);
  }
  for (const [key, n] of [...dispatchCounts(twin, true)].sort())
    lines.push(`dispatch ${key} ×${n}`);
  for (const [model, version] of [...(await twin.production())].sort()) {
    lines.push(`production ${model} ${version}`);
  }
  return lines;
}

/**
 * Where two visible states differ: the first line only the clean twin has and the first only the
 * faulty twin has (compared as multisets, so one missing line does not make every later line
 * look different), or, when they hold the same lines in another order, the first position.
 */
function firstDifference(a: string[], b: string[]): string | undefined {
  if (a.length === b.length && a.every((line, i) => line === b[i])) return undefined;
  const count = new Map<string, number>();
  for (const line of b) count.set(line, (count.get(line) ?? 0) + 1);
  const onlyA: string[] = [];
  for (const line of a) {
    const left = count.get(line) ?? 0;
    if (left > 0) count.set(line, left - 1);
    else onlyA.push(line);
  }
  const onlyB = b.filter((line) => {
    const left = count.get(line) ?? 0;
    if (left > 0) count.set(line, left - 1);
    return left > 0;
  });
  if (onlyA.length || onlyB.length) {
    return `clean only: ${onlyA[0] ?? '(nothing)'} | faulty only: ${onlyB[0] ?? '(nothing)'}`;
  }
  const i = a.findIndex((line, k) => line !== b[k]);
  return `same lines, another order at ${i}: clean: ${a[i]} | faulty: ${b[i]}`;
}

/** Checked on both twins after every day: one open PR per branch, one open alert per model. */
function dayBreaches(twin: Twin, day: number): Breach[] {
  const breaches: Breach[] = [];
  const openPulls = new Map<string, number>();
  for (const p of twin.standin.pulls) {
    if (p.state === 'open') openPulls.set(p.head, (openPulls.get(p.head) ?? 0) + 1);
  }
  for (const [head, n] of openPulls) {
    if (n > 1) breaches.push({ day, twin: twin.name, what: `${n} open pull requests for ${head}` });
  }
  const openAlerts = new Map<string, number>();
  for (const i of twin.standin.issues) {
    if (i.isPullRequest || i.state !== 'open') continue;
    const model = modelFromAlertBody(i.body) ?? '?';
    openAlerts.set(model, (openAlerts.get(model) ?? 0) + 1);
  }
  for (const [model, n] of openAlerts) {
    if (n > 1) breaches.push({ day, twin: twin.name, what: `${n} open alerts for ${model}` });
  }
  return breaches;
}

// ---- the year ---------------------------------------------------------------------------------

async function main(): Promise<number> {
  await rm(WORK, { recursive: true, force: true });
  const plans = planModels(MODELS, DAYS, PER_DAY, SEED);
  progress(
    `seeding a registry of ${MODELS} models (${plans.map((p) => `${p.name}:${p.script}`).join(' ')})`,
  );
  const setupStart = performance.now();
  const origin = await Twin.seedOrigin(join(WORK, 'seed'), plans, START);
  const options = { perDay: PER_DAY, start: START, seed: SEED };
  const clean = await Twin.create('clean', join(WORK, 'clean'), origin, plans, options);
  const faulty = await Twin.create('faulty', join(WORK, 'faulty'), origin, plans, options);
  const setupSeconds = (performance.now() - setupStart) / 1000;
  progress(`set up in ${setupSeconds.toFixed(1)} s; ${DAYS} days begin`);

  const random = mulberry32(SEED ^ 0xfa017);
  const targetHistory = new Map<string, number>();
  let unmet = 0;
  const days: DayResult[] = [];
  const breaches: Breach[] = [];
  const transientOrphans: Breach[] = [];
  const orphansYesterday = new Map<string, Set<string>>();
  try {
    // The clean twin runs one day ahead of the faulty one, concurrently: its day d+1 does not
    // depend on the faulty twin, whose day d needs the clean twin's day d for its targets.
    let ahead: Promise<CleanDay> = cleanDay(clean, 0);
    for (let day = 0; day < DAYS; day++) {
      const today = await ahead;
      if (day + 1 < DAYS) ahead = cleanDay(clean, day + 1);
      // The last day has no faults, so the year ends on a state every rerun has had a chance
      // to fix.
      const armed =
        day < DAYS - 1
          ? planFaults(random, FAULT_DAYS, today.requests, today.pushes, targetHistory)
          : ([] as PlannedFault[]);
      const faultyDay = await faultyRun(faulty, day, armed);
      unmet += faultyDay.unmet;
      const result: DayResult = {
        day,
        cleanSeconds: today.seconds,
        faultySeconds: faultyDay.seconds,
        cleanRuns: today.runs,
        faultyRuns: faultyDay.runs,
        faults: armed,
      };
      const difference = firstDifference(today.visible, faultyDay.visible);
      if (difference) result.divergence = difference;
      days.push(result);
      breaches.push(...today.breaches, ...faultyDay.breaches);
      // A proposal branch without an open PR at the end of a day (a deletion that failed) must
      // be gone by the end of the next: only one still there a day later is an orphan.
      for (const [twin, list] of [
        ['clean', today.orphans],
        ['faulty', faultyDay.orphans],
      ] as const) {
        const seen = orphansYesterday.get(twin) ?? new Set<string>();
        for (const o of list) {
          if (seen.has(o.branch) || day === DAYS - 1) {
            breaches.push({ day, twin, what: `branch ${o.branch}: ${o.why}` });
          } else {
            transientOrphans.push({ day, twin, what: `branch ${o.branch}: ${o.why}` });
          }
        }
        orphansYesterday.set(twin, new Set(list.map((o) => o.branch)));
      }
      const runs = faultyDay.runs;
      const cleanRun = today.runs[0]!;
      if (!cleanRun.ok || VERBOSE || (quick && day % 5 === 4) || day % 25 === 24 || difference) {
        progress(
          `day ${day + 1}/${DAYS}: clean ${today.seconds.toFixed(1)} s (ingest ${cleanRun.ingestSeconds.toFixed(1)} s), faulty ${faultyDay.seconds.toFixed(1)} s ` +
            `(${runs.length} run${runs.length > 1 ? 's' : ''}, faults: ${armed.map((f) => `${f.kind}${f.hard ? ' (hard)' : ''} on ${f.target}`).join('; ') || 'none'})` +
            (cleanRun.ok ? '' : `; CLEAN RUN FAILED: ${cleanRun.errors.join('; ')}`) +
            (difference ? `; DIVERGED: ${difference}` : ''),
        );
      }
    }
    progress('the year is over: checking');
    return await report(
      plans,
      clean,
      faulty,
      days,
      breaches,
      transientOrphans,
      setupSeconds,
      unmet,
    );
  } finally {
    await clean.close();
    await faulty.close();
    if (!KEEP) await rm(WORK, { recursive: true, force: true });
  }
}

const nowOf = (day: number): Date => new Date(START + (day + 1) * DAY_MS - 1000);
/** The bot uploads every INGEST_EVERY days (and on the last), evaluate runs every day. */
const uploadDay = (day: number): boolean => (day + 1) % INGEST_EVERY === 0 || day === DAYS - 1;

interface CleanDay {
  runs: RunOutcome[];
  seconds: number;
  /** What the run did, by model: where the faulty twin's faults will go. */
  requests: SeenRequest[];
  pushes: SeenPush[];
  visible: string[];
  breaches: Breach[];
  orphans: { branch: string; why: string }[];
}

/** The clean twin's day: the baseline, the expected state, and the faulty twin's targets. */
async function cleanDay(clean: Twin, day: number): Promise<CleanDay> {
  const started = performance.now();
  await clean.humanRound(day);
  const upload = await clean.writeUpload(day, uploadDay(day));
  const requestStart = clean.standin.requests.length;
  const pushStart = clean.pushOffset();
  const bounds: { request: number; push: number }[] = [];
  const state = { ingested: false };
  const runs = [
    await clean.run(day, upload, state, nowOf(day), {
      beforeModel: (k) => {
        bounds[k] = { request: clean.standin.requests.length, push: clean.pushOffset() };
      },
    }),
  ];
  // It has no faults and must not fail; if it does anyway (a real timeout under load), it is
  // reported, and rerun like the faulty twin so the two stay comparable.
  while (!runs.at(-1)!.ok && runs.length < MAX_RUNS) {
    runs.push(await clean.run(day, upload, state, nowOf(day)));
  }
  clean.noteOpen(day);
  const seconds = (performance.now() - started) / 1000;
  const requests: SeenRequest[] = clean.standin.requests.slice(requestStart).map((r, i) => ({
    method: r.method,
    path: r.path,
    model: Math.max(
      0,
      bounds.findLastIndex((b) => b.request <= requestStart + i),
    ),
  }));
  const pushes: SeenPush[] = [];
  const offsets = [pushStart, ...bounds.map((b) => b.push), clean.pushOffset()];
  for (let k = 0; k + 1 < offsets.length; k++) {
    for (const p of await clean.pushesBetween(offsets[k]!, offsets[k + 1]!)) {
      pushes.push({ ref: p.ref, deletion: p.deletion, model: k - 1 });
    }
  }
  return {
    runs,
    seconds,
    requests,
    pushes,
    visible: await visibleState(clean),
    breaches: dayBreaches(clean, day),
    orphans: await clean.branchesWithoutOpenPull(),
  };
}

/** The faulty twin's day: faults armed as their model comes up, failed runs rerun at once. */
async function faultyRun(
  faulty: Twin,
  day: number,
  armed: readonly PlannedFault[],
): Promise<{
  runs: RunOutcome[];
  seconds: number;
  unmet: number;
  visible: string[];
  breaches: Breach[];
  orphans: { branch: string; why: string }[];
}> {
  const started = performance.now();
  await faulty.humanRound(day);
  const upload = await faulty.writeUpload(day, uploadDay(day));
  // Each fault is armed once, when its model's evaluation first starts (in a rerun if an
  // earlier run stopped before reaching it).
  const pending = new Set(armed);
  const arm = (model: number): void => {
    for (const f of pending) {
      if (f.model !== model) continue;
      if (f.http) faulty.standin.failNext(f.http);
      if (f.push) faulty.armPush(f.push);
      pending.delete(f);
    }
  };
  arm(-1);
  const state = { ingested: false };
  const runs: RunOutcome[] = [];
  do {
    runs.push(await faulty.run(day, upload, state, nowOf(day), { beforeModel: arm }));
  } while (!runs.at(-1)!.ok && runs.length < MAX_RUNS);
  // GitHub is healthy again: faults never met (their request did not come) are dropped, so
  // none lingers into the person's round or the next day.
  const unmet = faulty.standin.clearFaults() + (faulty.armPush(undefined) ? 1 : 0);
  faulty.noteOpen(day);
  faulty.noteDispatchFailuresAtEndOfDay(day);
  const seconds = (performance.now() - started) / 1000;
  return {
    runs,
    seconds,
    unmet,
    visible: await visibleState(faulty),
    breaches: dayBreaches(faulty, day),
    orphans: await faulty.branchesWithoutOpenPull(),
  };
}

// ---- the closing checks and the report ------------------------------------------------------

interface TradeCheck {
  sent: number;
  stored: number;
  missing: string[];
  duplicated: string[];
  unexpected: string[];
  different: string[];
}

async function checkTrades(twin: Twin): Promise<TradeCheck> {
  const stored = await twin.storedTrades();
  const check: TradeCheck = {
    sent: twin.sent.size,
    stored: 0,
    missing: [],
    duplicated: [],
    unexpected: [],
    different: [],
  };
  for (const [id, s] of stored) {
    check.stored += s.n;
    if (s.n > 1) check.duplicated.push(id);
    const sent = twin.sent.get(id);
    if (!sent) check.unexpected.push(id);
    else if (sent.version !== s.version || sent.ret !== s.ret || sent.arm !== s.arm) {
      check.different.push(id);
    }
  }
  for (const id of twin.sent.keys()) if (!stored.has(id)) check.missing.push(id);
  return check;
}

interface ProposalCounts {
  opened: number;
  mergedByPerson: number;
  mergedByModelgate: number;
  closedByPerson: number;
  closedByModelgate: number;
  open: number;
}

function proposalCounts(twin: Twin, kind: string): ProposalCounts {
  const counts: ProposalCounts = {
    opened: 0,
    mergedByPerson: 0,
    mergedByModelgate: 0,
    closedByPerson: 0,
    closedByModelgate: 0,
    open: 0,
  };
  const mergedByPerson = new Set(
    twin.humanLog.filter((h) => h.action === 'merge' && h.ok).map((h) => h.number),
  );
  for (const p of twin.standin.pulls) {
    if (p.headOwner !== OWNER || !p.head.startsWith(`modelgate/${kind}/`)) continue;
    counts.opened += 1;
    if (p.state === 'open') counts.open += 1;
    else if (p.merged && mergedByPerson.has(p.number)) counts.mergedByPerson += 1;
    else if (p.merged) counts.mergedByModelgate += 1;
    else if (twin.humanClosed.has(p.number)) counts.closedByPerson += 1;
    else counts.closedByModelgate += 1;
  }
  return counts;
}

function alertCounts(twin: Twin): {
  opened: number;
  closed: number;
  open: number;
  duplicates: number;
} {
  const alerts = twin.standin.issues.filter((i) => !i.isPullRequest);
  return {
    opened: alerts.length,
    closed: alerts.filter((a) => a.state === 'closed').length,
    open: alerts.filter((a) => a.state === 'open').length,
    duplicates: alerts.filter((a) => a.comments.some((c) => c.startsWith('Duplicate of'))).length,
  };
}

/** Comments posted twice in a row on one pull request or issue. */
function duplicateComments(twin: Twin): string[] {
  const found: string[] = [];
  for (const item of twin.standin.issues) {
    item.comments.forEach((c, i) => {
      if (i > 0 && item.comments[i - 1] === c) found.push(`#${item.number}: ${c.slice(0, 80)}`);
    });
  }
  return found;
}

/** What the scenario says must have happened to a model, and whether it did (faulty twin). */
function scenarioRow(
  plan: ModelPlan,
  twin: Twin,
  production: Map<string, string | null>,
): { expected: string; observed: string; met: boolean | undefined } {
  const pulls = twin.standin.pulls
    .filter((p) => p.headOwner === OWNER && p.head.endsWith(`/${plan.name}`))
    .sort((a, b) => a.number - b.number);
  const rollbacks = pulls.filter((p) => p.head.startsWith('modelgate/rollback/'));
  const after = rollbacks.filter(
    (p) => (twin.firstSeen.get(p.number) ?? -1) >= (plan.degradeDay ?? 0),
  );
  const fate = (p: (typeof pulls)[number]): string =>
    p.state === 'open'
      ? 'open'
      : p.merged
        ? twin.humanLog.some((h) => h.number === p.number && h.action === 'merge' && h.ok)
          ? 'merged by a person'
          : 'merged by modelgate'
        : twin.humanClosed.has(p.number)
          ? 'closed by a person'
          : 'closed by modelgate';
  const describe = (list: typeof pulls): string =>
    list.length
      ? list.map((p) => `#${p.number} day ${twin.firstSeen.get(p.number)} ${fate(p)}`).join(', ')
      : 'none';
  const version = production.get(plan.name) ?? 'none';
  // Enough trades left after the degradation for the script to play out.
  const room =
    plan.degradeDay !== undefined &&
    (DAYS - plan.degradeDay) * PER_DAY >= tradesToPlayOut(plan, PER_DAY);
  switch (plan.script) {
    case 'healthy': {
      return {
        expected: 'v2 all year; a rollback PR only on a false alarm (closed by a person)',
        observed: `production ${version}; rollback PRs: ${describe(rollbacks)}`,
        met: version === 'v2',
      };
    }
    case 'merge':
    case 'retrain': {
      const merged = after.some((p) => fate(p) === 'merged by a person');
      // v2's degradation is the episode the script plays; v1, production again after the
      // rollback, may raise a false critical alarm like any healthy version (the tests allow one
      // in 10,000 trades), and that is an episode of its own. Each episode is dispatched at most
      // once (checked below, for every model).
      const ofV2 = (episode: string): boolean => episode.startsWith('v2@');
      const made = twin.standin.dispatches
        .map((d) => dispatchIdentity(d.payload))
        .filter((d) => d.model === plan.name && ofV2(d.episode)).length;
      // A dispatch an injected fault stopped is not retried: the alert says to start it by hand.
      const stopped = excusedDispatches(twin).filter(
        (c) => c.model === plan.name && ofV2(c.episode),
      ).length;
      return {
        expected: `rollback PR after day ${plan.degradeDay}, merged by a person; production v1${plan.script === 'retrain' ? "; one retraining dispatch for v2's degradation (or one stopped by an injected fault, the alert saying to start it by hand), others only for false alarms of v1" : ''}`,
        observed: `${describe(after)}; production ${version}${plan.script === 'retrain' ? `; v2 dispatches ${made}${stopped ? ` + ${stopped} stopped by an injected fault (the alert says to start it by hand)` : ''}; episodes tried: ${episodesOf(twin, plan.name)}` : ''}`,
        met: room
          ? merged && version === 'v1' && (plan.script !== 'retrain' || made + stopped === 1)
          : undefined,
      };
    }
    case 'no': {
      const saidNo = after.findIndex((p) => fate(p) === 'closed by a person');
      const mergedLater = after.slice(saidNo + 1).some((p) => fate(p) === 'merged by a person');
      return {
        expected: `rollback PR after day ${plan.degradeDay} closed by a person; reopened on fresh evidence and merged; production v1`,
        observed: `${describe(after)}; production ${version}`,
        met: room ? saidNo >= 0 && mergedLater && version === 'v1' : undefined,
      };
    }
    case 'recover': {
      return {
        expected: `rollback PR after day ${plan.degradeDay}; closed by modelgate once v2 recovers; production v2`,
        observed: `${describe(after)}; production ${version}`,
        met: room
          ? after.length > 0 &&
            after.every((p) => fate(p) === 'closed by modelgate' || p.state === 'open') &&
            version === 'v2'
          : undefined,
      };
    }
    case 'auto': {
      return {
        expected: `rollback PR after day ${plan.degradeDay}, merged by modelgate (severe, automatic); production v1`,
        observed: `${describe(after)}; production ${version}`,
        met: room
          ? after.some((p) => fate(p) === 'merged by modelgate') && version === 'v1'
          : undefined,
      };
    }
    case 'ab': {
      const starts = pulls.filter((p) => p.head.startsWith('modelgate/ab-start/'));
      const ends = pulls.filter((p) => p.head.startsWith('modelgate/ab-conclude/'));
      return {
        expected:
          'A/B start PR merged; conclusion PR merged; production v3 (promoted) or v2 (kept)',
        observed: `start ${describe(starts)}; conclusion ${describe(ends)}; production ${version}`,
        met:
          DAYS >= 25
            ? starts.some((p) => p.merged) &&
              ends.some((p) => p.merged) &&
              (version === 'v3' || version === 'v2')
            : undefined,
      };
    }
  }
}

function stats(values: readonly number[]): {
  mean: number;
  median: number;
  p95: number;
  max: number;
} {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const sum = values.reduce((a, b) => a + b, 0);
  return {
    mean: sum / Math.max(1, values.length),
    median: at(0.5),
    p95: at(0.95),
    max: sorted.at(-1) ?? 0,
  };
}

async function report(
  plans: readonly ModelPlan[],
  clean: Twin,
  faulty: Twin,
  days: readonly DayResult[],
  breaches: readonly Breach[],
  transientOrphans: readonly Breach[],
  setupSeconds: number,
  unmet: number,
): Promise<number> {
  const out: string[] = [];
  const table = (rows: string[][], align?: ('l' | 'r' | 'c')[]): void => {
    out.push(markdownTable(rows, { align }), '');
  };
  const n = (x: number): string => x.toLocaleString('en');
  const invariants: [string, boolean, string][] = [];

  out.push(`# Soak: ${DAYS} days × ${MODELS} models through the GitHub stand-in`, '');
  out.push(
    `${PER_DAY} trades per model per day, uploaded ${INGEST_EVERY === 1 ? 'daily' : `every ${INGEST_EVERY} days`} (a tenth of each upload re-sent with the next); evaluate daily; ` +
      `faults on ${Math.round(FAULT_DAYS * 100)}% of days (not the last); forge: ${RETRIES} retries, ` +
      `${REQUEST_TIMEOUT_MS} ms request timeout; up to ${MAX_RUNS - 1} immediate reruns. Seed ${SEED}; ` +
      `simulated days from ${new Date(START).toISOString().slice(0, 10)}; node ${process.version}, ` +
      `${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(2)} at the end (this run included).`,
    '',
  );

  // Runs and faults.
  const faultyRuns = days.flatMap((d) => d.faultyRuns);
  const failedRuns = faultyRuns.filter((r) => !r.ok).length;
  let unrecovered = 0;
  for (const [i, d] of days.entries()) {
    if (d.faultyRuns.at(-1)!.ok) continue;
    const next = days[i + 1];
    if (!next || !next.faultyRuns[0]!.ok) unrecovered += 1;
  }
  const recoveredSameDay = days.filter(
    (d) => d.faultyRuns.length > 1 && d.faultyRuns.at(-1)!.ok,
  ).length;
  const cleanFailed = days.flatMap((d) =>
    d.cleanRuns.filter((r) => !r.ok).map((r) => ({ day: d.day, r })),
  );
  const armedBy = new Map<FaultKind, { all: number; hard: number }>();
  for (const f of days.flatMap((d) => d.faults)) {
    const entry = armedBy.get(f.kind) ?? { all: 0, hard: 0 };
    entry.all += 1;
    if (f.hard) entry.hard += 1;
    armedBy.set(f.kind, entry);
  }
  const injected = faulty.standin.requests.flatMap((r) => (r.injected ? [{ r }] : []));
  const pushFaults = (await faulty.pushesBetween(0, faulty.pushOffset())).filter((p) => p.fault);
  const kindOf = (r: (typeof injected)[number]['r']): FaultKind =>
    r.fault === 'timeout'
      ? 'timeout'
      : r.fault === 'lost-response'
        ? 'lost response'
        : r.status === 403 || r.status === 429
          ? 'secondary rate limit'
          : r.status === 422
            ? '422'
            : '5xx';
  const rows: string[][] = [['', 'clean twin (baseline)', 'faulty twin']];
  rows.push(['days', n(days.length), n(days.length)]);
  rows.push([
    `runs (evaluate, with the ingest on upload days: every ${INGEST_EVERY === 1 ? 'day' : `${INGEST_EVERY} days`})`,
    n(days.reduce((sum, d) => sum + d.cleanRuns.length, 0)),
    n(faultyRuns.length),
  ]);
  rows.push(['runs that failed', n(cleanFailed.length), n(failedRuns)]);
  rows.push(['days a failed run was recovered by an immediate rerun', '–', n(recoveredSameDay)]);
  rows.push(['failed runs not recovered by the next run', '–', n(unrecovered)]);
  const description: Record<FaultKind, string> = {
    '5xx': '5xx (500, 502, 503)',
    timeout: 'timeout (no answer)',
    'lost response': 'lost response (done, answer dropped)',
    'secondary rate limit': 'secondary rate limit (403 or 429, retry-after 1 s)',
    '422': '422 Validation Failed',
    'refused push': 'git push refused by the origin',
    'lost push': 'git push landed, answer lost',
  };
  for (const kind of FAULT_KINDS) {
    const armed = armedBy.get(kind) ?? { all: 0, hard: 0 };
    const hits =
      kind === 'refused push' || kind === 'lost push'
        ? pushFaults.filter((p) => p.fault === (kind === 'lost push' ? 'lost' : 'refused')).length
        : injected.filter((x) => kindOf(x.r) === kind).length;
    rows.push([
      `faults: ${description[kind]}`,
      '0',
      `${n(armed.all)} planned (${n(armed.hard)} hard), ${n(hits)} ${kind.endsWith('push') ? 'pushes' : 'requests'} hit`,
    ]);
  }
  rows.push([
    'faults whose request or push never came (dropped at the end of the day)',
    '–',
    n(unmet),
  ]);
  rows.push([
    'forge warnings (waits, gave-ups)',
    n(clean.warnings.length),
    n(faulty.warnings.length),
  ]);
  out.push('## Runs and faults', '');
  table(rows, ['l', 'r', 'r']);
  invariants.push([
    'the clean twin never failed a run',
    cleanFailed.length === 0,
    cleanFailed.map((f) => `day ${f.day}: ${f.r.errors.join('; ')}`).join(' / ') || '–',
  ]);
  invariants.push([
    'every failed run recovered by the next one',
    unrecovered === 0,
    `${n(failedRuns)} failed, ${n(unrecovered)} not recovered`,
  ]);

  // Trades.
  const [cleanTrades, faultyTrades] = [await checkTrades(clean), await checkTrades(faulty)];
  out.push('## Trades', '');
  const tradeRow = (label: string, pick: (t: TradeCheck, twin: Twin) => string): string[] => [
    label,
    pick(cleanTrades, clean),
    pick(faultyTrades, faulty),
  ];
  table(
    [
      ['', 'clean twin', 'faulty twin'],
      tradeRow('trades sent (distinct ids)', (t) => n(t.sent)),
      tradeRow('records uploaded (re-sends included)', (_, w) => n(w.uploadedRecords)),
      tradeRow('of which re-sent', (_, w) => n(w.resentRecords)),
      tradeRow('trade lines stored (read back from origin/main)', (t) => n(t.stored)),
      tradeRow('sent but not stored', (t) => n(t.missing.length)),
      tradeRow('stored more than once', (t) => n(t.duplicated.length)),
      tradeRow('stored but never sent', (t) => n(t.unexpected.length)),
      tradeRow('stored with another version, return or arm', (t) => n(t.different.length)),
      tradeRow('uploads refused, not by an injected fault', (_, w) => n(w.refusedUploads.length)),
    ],
    ['l', 'r', 'r'],
  );
  for (const [name, t] of [
    ['clean', cleanTrades],
    ['faulty', faultyTrades],
  ] as const) {
    const bad = [...t.missing, ...t.duplicated, ...t.unexpected, ...t.different];
    invariants.push([
      `${name} twin: each sent trade stored exactly once, as sent`,
      bad.length === 0 && t.stored === t.sent,
      bad.length
        ? `e.g. ${bad.slice(0, 3).join(', ')}`
        : `${n(t.sent)} sent, ${n(t.stored)} stored`,
    ]);
  }

  // Proposals and alerts.
  out.push('## Proposals and alerts', '');
  const prow: string[][] = [
    [
      '',
      'twin',
      'opened',
      'merged by a person',
      'merged by modelgate',
      'closed by a person',
      'closed by modelgate',
      'open at the end',
    ],
  ];
  for (const kind of ['rollback', 'ab-start', 'ab-conclude']) {
    for (const twin of [clean, faulty]) {
      const c = proposalCounts(twin, kind);
      prow.push([
        `${kind} PRs`,
        twin.name,
        n(c.opened),
        n(c.mergedByPerson),
        n(c.mergedByModelgate),
        n(c.closedByPerson),
        n(c.closedByModelgate),
        n(c.open),
      ]);
    }
  }
  for (const twin of [clean, faulty]) {
    const a = alertCounts(twin);
    prow.push(['alert issues', twin.name, n(a.opened), '', '', '', n(a.closed), n(a.open)]);
  }
  table(prow, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r']);
  const extra: string[][] = [['', 'clean twin', 'faulty twin']];
  const dispatchCell = (twin: Twin): string => {
    const stopped = twin.dispatchCalls.filter((c) => c.injectedFailure).length;
    const lost = twin.dispatchCalls.filter((c) => c.failed && c.performed).length;
    const other = twin.dispatchCalls.filter(
      (c) => c.failed && !c.performed && !c.injectedFailure,
    ).length;
    return (
      `${n(twin.standin.dispatches.length)} made` +
      (stopped ? `; ${n(stopped)} stopped by an injected fault` : '') +
      (lost ? `; ${n(lost)} made, answer lost` : '') +
      (other ? `; ${n(other)} failed otherwise` : '')
    );
  };
  extra.push(['retraining dispatches', dispatchCell(clean), dispatchCell(faulty)]);
  extra.push([
    'alerts closed as duplicates',
    n(alertCounts(clean).duplicates),
    n(alertCounts(faulty).duplicates),
  ]);
  const [cleanDupComments, faultyDupComments] = [
    duplicateComments(clean),
    duplicateComments(faulty),
  ];
  extra.push([
    'comments posted twice in a row',
    n(cleanDupComments.length),
    n(faultyDupComments.length),
  ]);
  extra.push([
    'person: merges / closes (failed after 6 tries)',
    `${n(clean.humanLog.filter((h) => h.action === 'merge').length)} / ${n(clean.humanLog.filter((h) => h.action === 'close').length)} (${n(clean.humanLog.filter((h) => !h.ok).length)})`,
    `${n(faulty.humanLog.filter((h) => h.action === 'merge').length)} / ${n(faulty.humanLog.filter((h) => h.action === 'close').length)} (${n(faulty.humanLog.filter((h) => !h.ok).length)})`,
  ]);
  const [cleanBranches, faultyBranches] = [
    await clean.branchesWithoutOpenPull(),
    await faulty.branchesWithoutOpenPull(),
  ];
  extra.push([
    'proposal branches on the remote without an open PR, at the end',
    n(cleanBranches.length),
    n(faultyBranches.length),
  ]);
  extra.push([
    'days ending with one that the next run tidied (e.g. a deletion push that failed)',
    n(new Set(transientOrphans.filter((b) => b.twin === 'clean').map((b) => b.day)).size),
    n(new Set(transientOrphans.filter((b) => b.twin === 'faulty').map((b) => b.day)).size),
  ]);
  table(extra, ['l', 'r', 'r']);

  const diverged = days.filter((d) => d.divergence);
  const endDifference = firstDifference(await visibleState(clean), await visibleState(faulty));
  invariants.push([
    'the faulty twin ends with the same PRs, alerts, dispatches and production as the clean twin',
    endDifference === undefined,
    endDifference ??
      `${n(diverged.length)} days ended apart${diverged[0] ? ` (first: day ${diverged[0].day}: ${diverged[0].divergence})` : ''}`,
  ]);
  invariants.push([
    'every day: at most one open PR per model and kind, one open alert per model; no proposal branch without an open PR two days running',
    breaches.length === 0,
    breaches
      .slice(0, 3)
      .map((b) => `day ${b.day} ${b.twin}: ${b.what}`)
      .join('; ') || '–',
  ]);
  // Retraining: each episode dispatched at most once on either twin, and the faulty twin made
  // the clean twin's dispatches (model and episode) but for those an injected fault stopped
  // (never retried, by design), each of which left the alert saying to start it by hand, and
  // still saying so at the end of the day (its rerun must not claim the request was made).
  const cleanDispatches = dispatchCounts(clean, false);
  const faultyExpected = dispatchCounts(faulty, true);
  const twice = [...cleanDispatches, ...faultyExpected].filter(([, k]) => k > 1);
  const dispatchDifference = firstDifference(
    [...cleanDispatches].map(([key, k]) => `${key} ×${k}`).sort(),
    [...faultyExpected].map(([key, k]) => `${key} ×${k}`).sort(),
  );
  const stopped = faulty.dispatchCalls.filter((c) => c.injectedFailure);
  const silent = stopped.filter((c) => !c.alertSaysByHand || c.stillSaysByHand === false);
  invariants.push([
    'no alert closed as a duplicate; no retraining episode dispatched twice; the faulty twin dispatched what the clean twin did, less those an injected fault stopped (the alert then saying to start it by hand)',
    alertCounts(faulty).duplicates === 0 &&
      twice.length === 0 &&
      dispatchDifference === undefined &&
      silent.length === 0,
    `${alertCounts(faulty).duplicates} duplicate alerts; dispatches ${n(clean.standin.dispatches.length)} (clean) vs ${n(faulty.standin.dispatches.length)} (faulty)` +
      (stopped.length
        ? ` + ${n(stopped.length)} stopped by an injected fault (${stopped.map((c) => `day ${c.day} ${c.model} ${c.episode}: ${c.injectedFailure}, alert ${c.alertSaysByHand ? 'says to start it by hand' : 'SILENT'}${c.stillSaysByHand === false ? ' (no longer at the end of the day)' : ''}`).join('; ')})`
        : '') +
      (twice.length ? `; twice: ${twice.map(([key]) => key).join(', ')}` : '') +
      (dispatchDifference ? `; ${dispatchDifference}` : ''),
  ]);
  invariants.push([
    'no comment posted twice',
    faultyDupComments.length === 0 && cleanDupComments.length === 0,
    [...cleanDupComments, ...faultyDupComments].slice(0, 2).join(' / ') || '–',
  ]);
  invariants.push([
    'no proposal branch without an open PR at the end',
    cleanBranches.length + faultyBranches.length === 0,
    [...cleanBranches, ...faultyBranches]
      .slice(0, 3)
      .map((b) => `${b.branch}: ${b.why}`)
      .join('; ') || '–',
  ]);

  // Scenario.
  out.push('## What the scenario expects (faulty twin)', '');
  const production = await faulty.production();
  const srows: string[][] = [['model', 'script', 'expected', 'observed', 'result']];
  let scenarioMet = true;
  for (const plan of plans) {
    const row = scenarioRow(plan, faulty, production);
    if (row.met === false) scenarioMet = false;
    srows.push([
      plan.name,
      plan.script,
      row.expected,
      row.observed,
      row.met === undefined ? 'too late to tell' : row.met ? 'PASS' : 'MISS',
    ]);
  }
  table(srows);
  invariants.push(['every scripted degradation, A/B test and answer played out', scenarioMet, '–']);

  // verify and the stand-in.
  const [cleanVerify, faultyVerify] = [await clean.verifyAll(), await faulty.verifyAll()];
  invariants.push([
    '`verify` clean on main and on every open PR head',
    cleanVerify.errors.length + faultyVerify.errors.length === 0,
    `${cleanVerify.heads + faultyVerify.heads} open heads checked${cleanVerify.errors.length + faultyVerify.errors.length ? `; ${[...cleanVerify.errors, ...faultyVerify.errors].slice(0, 2).join('; ')}` : ''}`,
  ]);
  const violations = [...clean.standin.violations, ...faulty.standin.violations];
  invariants.push([
    "every request and response valid against GitHub's OpenAPI description",
    violations.length === 0,
    violations.length
      ? violations
          .slice(0, 2)
          .map((v) => `${v.kind} ${v.method} ${v.path}: ${v.problems[0]?.message}`)
          .join('; ')
      : `${n(clean.standin.requests.length + faulty.standin.requests.length)} requests`,
  ]);

  out.push('## Invariants', '');
  table(
    [
      ['invariant', 'result', 'detail'],
      ...invariants.map(([what, ok, detail]) => [what, ok ? 'PASS' : 'FAIL', detail]),
    ],
    ['l', 'l', 'l'],
  );

  // Time.
  const cleanTimes = stats(days.map((d) => d.cleanSeconds));
  const faultyTimes = stats(days.map((d) => d.faultySeconds));
  const total = (performance.now() - wallStart) / 1000;
  const sum = (pick: (d: DayResult) => number): number => days.reduce((s, d) => s + pick(d), 0);
  const s = (x: number): string => `${x.toFixed(2)} s`;
  out.push('## Time and memory', '');
  table(
    [
      [
        'day cycle (person, upload, ingest, evaluate)',
        'total',
        'mean',
        'median',
        'p95',
        'max',
        'ratio to baseline',
      ],
      [
        'baseline: clean twin',
        s(sum((d) => d.cleanSeconds)),
        s(cleanTimes.mean),
        s(cleanTimes.median),
        s(cleanTimes.p95),
        s(cleanTimes.max),
        '1.00×',
      ],
      [
        'faulty twin, reruns included',
        s(sum((d) => d.faultySeconds)),
        s(faultyTimes.mean),
        s(faultyTimes.median),
        s(faultyTimes.p95),
        s(faultyTimes.max),
        `${(sum((d) => d.faultySeconds) / sum((d) => d.cleanSeconds)).toFixed(2)}×`,
      ],
    ],
    ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  const first = days.map((d) => d.cleanRuns[0]!);
  const ingests = first.filter((r) => r.ingestSeconds > 0).map((r) => r.ingestSeconds);
  const evaluates = first.map((r) => r.seconds - r.ingestSeconds);
  out.push(
    `Clean twin, per run: ingest ${s(stats(ingests).mean)} mean (${n(ingests.length)} uploads), ` +
      `evaluate of ${MODELS} models ${s(stats(evaluates).mean)} mean, ${s(stats(evaluates).p95)} p95 ` +
      `(the rest of a day is the person's round and writing the upload). The twins run concurrently ` +
      `(the clean one a day ahead), so each day's times include the other twin's load.`,
    '',
  );
  out.push(
    `Setup (seeding ${MODELS} models, two twins): ${setupSeconds.toFixed(1)} s. Wall time: ${(total / 60).toFixed(1)} min. ` +
      `Peak RSS of this process (both stand-ins, both bots; git children not included): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB.`,
    '',
  );
  const refused = [...clean.refusedUploads, ...faulty.refusedUploads];
  if (refused.length) {
    out.push('Uploads refused for another reason than an injected fault (first three):', '');
    for (const r of refused.slice(0, 3)) {
      out.push(`- ${r.twin} twin, day ${r.day}: ${r.error.split('\n')[0]} (${r.fix})`);
    }
    out.push('');
  }
  if (transientOrphans.length) {
    out.push(
      'Proposal branches without an open PR at the end of a day, gone by the next (first five):',
      '',
    );
    for (const b of transientOrphans.slice(0, 5))
      out.push(`- ${b.twin} twin, day ${b.day}: ${b.what}`);
    out.push('');
  }
  const failures = days.flatMap((d) =>
    d.faultyRuns.filter((r) => !r.ok).map((r) => ({ day: d.day, r })),
  );
  if (failures.length) {
    out.push('Failed runs on the faulty twin (first five):', '');
    for (const { day, r } of failures.slice(0, 5))
      out.push(`- day ${day}: ${r.errors[0]?.split('\n')[0]}`);
    out.push('');
  }
  console.log(out.join('\n'));
  return invariants.every(([, ok]) => ok) ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
