import { compareVersionIds } from '../names.js';
import { effectivePolicy, formatBytes, parseByteSize, type RetentionPolicy } from '../policy.js';
import {
  versionsInOrder,
  type ModelRecord,
  type RegistrySnapshot,
  type VersionRecord,
} from '../snapshot.js';
import type { RankMetric, VersionStatus } from '../types.js';
import {
  bytesFreedByRecords,
  distinctBytes,
  indexLfsObjects,
  isTombstone,
  selectModels,
  versionUsage,
  type LfsObjectIndex,
} from './usage.js';

export interface RetentionInput {
  snapshot: RegistrySnapshot;
  now: Date;
  /** Default all. */
  models?: string[];
  /** Versions that were ever in production, by model (from history; the snapshot cannot know). */
  everInProduction?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The rollback target drift would use, by model (defaults to deployment.previous_production). */
  rollbackTargets?: ReadonlyMap<string, string | null>;
}

export type KeepReasonCode =
  | 'production'
  | 'ab-control'
  | 'ab-candidate'
  | 'paper-trading'
  | 'rollback-target'
  | 'top-ranked'
  | 'recent'
  | 'important'
  | 'young'
  | 'no-manifest'
  | 'no-candidate-rule';

export type CandidateReasonCode = 'bottom-ranked' | 'near-duplicate' | 'outdated-never-production';

export interface Reason<Code extends string> {
  code: Code;
  /** One sentence, for a person. */
  text: string;
  /** The other version the reason is about: the kept twin of a near-duplicate, the production version an outdated one predates. */
  relatedVersion?: string;
}

export type RetentionDecision = 'keep' | 'candidate' | 'deleted';

export interface VersionPlan {
  model: string;
  version: string;
  /** Null when the manifest is missing or invalid. */
  status: VersionStatus | null;
  createdAt: string | null;
  /** Days between created_at and `now`, to 0.01; null when unknown. */
  ageDays: number | null;
  metric: { name: RankMetric; value: number | null };
  winRate: number | null;
  maxDrawdown: number | null;
  /** Its LFS pointers' sizes; 0 for a tombstone. */
  bytes: number;
  /** What deleting this version alone frees: objects no other file in the tree references. */
  frees: number;
  decision: RetentionDecision;
  /** Every keep rule that applies (empty for candidates and tombstones). */
  keepReasons: Reason<KeepReasonCode>[];
  /** Every candidate rule that applies (empty unless the decision is `candidate`). */
  candidateReasons: Reason<CandidateReasonCode>[];
}

/** A candidate always has a readable manifest and age: a version without them is kept. */
export type CandidatePlan = VersionPlan & {
  decision: 'candidate';
  status: VersionStatus;
  createdAt: string;
  ageDays: number;
};

export interface BudgetCheck {
  /** Distinct LFS bytes of the model's live versions. */
  usedBytes: number;
  /** Live (not deleted) versions. */
  versions: number;
  /** By how much each limit is exceeded; 0 when within it. */
  overBytes: number;
  overVersions: number;
  over: boolean;
}

export interface BudgetStatus {
  /** Over budget now (the same as `before.over`). */
  over: boolean;
  maxBytes: number;
  maxVersions: number;
  /** Now. */
  before: BudgetCheck;
  /** Once every candidate is deleted; nothing beyond the rules is deleted to meet the budget. */
  after: BudgetCheck;
  /** One sentence: use against budget, and what would still be over after the cleanup. */
  summary: string;
}

export interface ModelPlan {
  model: string;
  retention: RetentionPolicy;
  /** Distinct LFS bytes of its live versions (what its budget is checked against). */
  usedBytes: number;
  /** What deleting all its candidates together frees. */
  freedBytes: number;
  versionsBefore: number;
  versionsAfter: number;
  candidates: number;
  budget: BudgetStatus;
  /** Rules that could not be applied, and why. */
  notes: string[];
  /** Oldest first. */
  versions: VersionPlan[];
}

export interface RetentionPlan {
  now: string;
  /** 'high' when any model is over its budget now. */
  priority: 'normal' | 'high';
  /** By name. */
  models: ModelPlan[];
  /** Every candidate, models by name, versions oldest first. */
  candidates: CandidatePlan[];
  /** One sentence per model over budget, saying what would still be over after the cleanup. */
  budgetWarnings: string[];
  totals: {
    models: number;
    /** Live versions (tombstones not counted). */
    versionsBefore: number;
    versionsAfter: number;
    tombstones: number;
    candidates: number;
    usedBytes: number;
    /** What deleting every candidate together frees (objects shared across models counted once). */
    freedBytes: number;
    /** What a fresh clone of the whole branch fetches, now and after the cleanup. */
    cloneBytesBefore: number;
    cloneBytesAfter: number;
  };
}

/**
 * Versions whose backtests agree this closely with a better-or-equal kept version add nothing a
 * rollback or an audit would miss. Win rate and drawdown are fractions, so 0.005 is half a
 * percentage point.
 */
export const NEAR_DUPLICATE_TOLERANCE = {
  /** |a − b| ≤ 2% of the larger magnitude of the rank metric. */
  metricRelative: 0.02,
  winRate: 0.005,
  maxDrawdown: 0.01,
} as const;

/** From this many ranked versions on, the bottom fraction proposes at least one. */
export const BOTTOM_MINIMUM_FROM = 5;

/** +1 where a higher value is better. A record, so a new rank metric must choose its direction. */
const METRIC_DIRECTION: Record<RankMetric, 1 | -1> = {
  sharpe: 1,
  win_rate: 1,
  total_return: 1,
  sortino: 1,
};

const DAY_MS = 86_400_000;
// Metrics are decimals from YAML: 0.521 − 0.516 is 0.005000000000000004 in binary.
const EPSILON = 1e-9;

/** floor(n × fraction), at least 1 from BOTTOM_MINIMUM_FROM ranked versions on (unless 0). */
export function bottomCount(ranked: number, fraction: number): number {
  if (fraction <= 0 || ranked === 0) return 0;
  const count = Math.floor(ranked * fraction + EPSILON);
  return ranked >= BOTTOM_MINIMUM_FROM ? Math.max(1, count) : count;
}

interface Working {
  record: VersionRecord;
  plan: VersionPlan;
  /** Rank metric × direction: higher is better. */
  score: number | null;
  ageMs: number | null;
}

/** Pure: what to keep and what to propose for deletion, with every reason. Deletes nothing. */
export function planRetention(input: RetentionInput): RetentionPlan {
  const { snapshot, now } = input;
  const index = indexLfsObjects(snapshot);
  const models: ModelPlan[] = [];
  const allCandidates: VersionRecord[] = [];
  for (const name of selectModels(snapshot, input.models)) {
    const model = snapshot.models.get(name);
    if (!model) continue;
    const { plan, candidates } = planModel(model, input, now.getTime(), index);
    models.push(plan);
    allCandidates.push(...candidates);
  }
  let cloneBytes = 0;
  for (const { size } of index.values()) cloneBytes += size;
  const freedBytes = bytesFreedByRecords(allCandidates, index);
  const total = (pick: (model: ModelPlan) => number): number =>
    models.reduce((sum, model) => sum + pick(model), 0);
  const overBudget = models.filter((model) => model.budget.before.over);
  return {
    now: now.toISOString(),
    priority: overBudget.length ? 'high' : 'normal',
    models,
    candidates: models.flatMap((model) => model.versions.filter(isCandidate)),
    budgetWarnings: overBudget.map((model) => model.budget.summary),
    totals: {
      models: models.length,
      versionsBefore: total((model) => model.versionsBefore),
      versionsAfter: total((model) => model.versionsAfter),
      tombstones: total(
        (model) => model.versions.filter((version) => version.decision === 'deleted').length,
      ),
      candidates: allCandidates.length,
      usedBytes: total((model) => model.usedBytes),
      freedBytes,
      cloneBytesBefore: cloneBytes,
      cloneBytesAfter: cloneBytes - freedBytes,
    },
  };
}

function planModel(
  model: ModelRecord,
  input: RetentionInput,
  nowMs: number,
  index: LfsObjectIndex,
): { plan: ModelPlan; candidates: VersionRecord[] } {
  const policy = effectivePolicy(input.snapshot.policy, model.name);
  const retention = policy.retention;
  const metricName = retention.rank_metric;
  const direction = METRIC_DIRECTION[metricName] ?? 1;
  const notes: string[] = [];

  const working = versionsInOrder(model).map((record) =>
    describeVersion(record, metricName, direction, nowMs),
  );
  const live = working.filter((version) => version.plan.status !== 'deleted');
  // Worst first; among equal scores the older version counts as worse.
  const ranked = live.filter((version) => version.score !== null);
  ranked.sort((a, b) => (a.score as number) - (b.score as number));
  const unranked = live.filter((version) => version.record.manifest && version.score === null);
  if (unranked.length) {
    notes.push(
      `${unranked.length} version${unranked.length === 1 ? ' has' : 's have'} no ${metricName} in ${unranked.length === 1 ? 'its' : 'their'} evaluation (${unranked.map((v) => v.plan.version).join(', ')}): neither top nor bottom ranked.`,
    );
  }

  applyKeepRules(model, input, retention, live, ranked);

  const history = input.everInProduction?.get(model.name);
  const production = model.deployment?.production ?? null;
  if (production && !history) {
    notes.push(
      'The outdated rule was not applied: no production history was given for this model, so which older versions were once in production is unknown.',
    );
  }
  const bottomSize = bottomCount(ranked.length, retention.bottom_fraction);
  // Place from the bottom, 1 for the worst.
  const bottom = new Map(ranked.slice(0, bottomSize).map((version, i) => [version, i + 1]));
  const bottomRule = describeBottomRule(ranked.length, retention.bottom_fraction, bottomSize);
  const kept = ranked.filter(
    (version) =>
      version.plan.keepReasons.length > 0 &&
      version.plan.winRate !== null &&
      version.plan.maxDrawdown !== null,
  );

  const candidates: VersionRecord[] = [];
  for (const version of live) {
    const { plan } = version;
    if (plan.keepReasons.length > 0) continue;
    const fromBottom = bottom.get(version);
    if (fromBottom !== undefined) {
      plan.candidateReasons.push({
        code: 'bottom-ranked',
        text: `In the bottom ${percent(retention.bottom_fraction)} by ${metricName}: ${fromBottom} of ${ranked.length} from the bottom (${number(plan.metric.value)}); ${bottomRule}.`,
      });
    }
    const twin = nearDuplicateOf(version, kept);
    if (twin) {
      const a = version.plan;
      const b = twin.plan;
      plan.candidateReasons.push({
        code: 'near-duplicate',
        text: `Performs like ${b.version}, which is kept: ${metricName} ${number(a.metric.value)} vs ${number(b.metric.value)}, win rate ${percent(a.winRate)} vs ${percent(b.winRate)}, max drawdown ${percent(a.maxDrawdown)} vs ${percent(b.maxDrawdown)}.`,
        relatedVersion: b.version,
      });
    }
    if (
      production &&
      history &&
      compareVersionIds(plan.version, production) < 0 &&
      !history.has(plan.version)
    ) {
      plan.candidateReasons.push({
        code: 'outdated-never-production',
        text: `Older than ${production}, the production version, and never in production itself.`,
        relatedVersion: production,
      });
    }
    if (plan.candidateReasons.length) {
      plan.decision = 'candidate';
      candidates.push(version.record);
    } else {
      plan.keepReasons.push({ code: 'no-candidate-rule', text: 'No rule makes it a candidate.' });
    }
  }

  for (const version of live) version.plan.frees = bytesFreedByRecords([version.record], index);

  const candidateSet = new Set(candidates);
  const remaining = live.filter((version) => !candidateSet.has(version.record));
  const maxBytes = parseByteSize(policy.budget.max_size);
  const maxVersions = policy.budget.max_versions;
  const before = budgetCheck(
    distinctBytes(live.map((version) => version.record)),
    live.length,
    maxBytes,
    maxVersions,
  );
  const after = budgetCheck(
    distinctBytes(remaining.map((version) => version.record)),
    remaining.length,
    maxBytes,
    maxVersions,
  );
  const plan: ModelPlan = {
    model: model.name,
    retention,
    usedBytes: before.usedBytes,
    freedBytes: bytesFreedByRecords(candidates, index),
    versionsBefore: live.length,
    versionsAfter: remaining.length,
    candidates: candidates.length,
    budget: {
      over: before.over,
      maxBytes,
      maxVersions,
      before,
      after,
      summary: budgetSummary(model.name, maxBytes, maxVersions, before, after, candidates.length),
    },
    notes,
    versions: working.map((version) => version.plan),
  };
  return { plan, candidates };
}

export function isCandidate(version: VersionPlan): version is CandidatePlan {
  return version.decision === 'candidate';
}

function describeVersion(
  record: VersionRecord,
  metricName: RankMetric,
  direction: 1 | -1,
  nowMs: number,
): Working {
  const manifest = record.manifest;
  const evaluation = manifest?.evaluation;
  const metricValue = finiteOrNull(evaluation?.[metricName]);
  const createdMs = manifest ? Date.parse(manifest.created_at) : Number.NaN;
  const ageMs = Number.isNaN(createdMs) ? null : nowMs - createdMs;
  const deleted = isTombstone(record);
  const plan: VersionPlan = {
    model: record.model,
    version: record.id,
    status: manifest?.status ?? null,
    createdAt: manifest?.created_at ?? null,
    ageDays: ageMs === null ? null : Math.round((ageMs / DAY_MS) * 100) / 100,
    metric: { name: metricName, value: metricValue },
    winRate: finiteOrNull(evaluation?.win_rate),
    maxDrawdown: finiteOrNull(evaluation?.max_drawdown),
    bytes: versionUsage(record).bytes,
    frees: 0,
    decision: deleted ? 'deleted' : 'keep',
    keepReasons: [],
    candidateReasons: [],
  };
  return {
    record,
    plan,
    score: deleted || metricValue === null ? null : metricValue * direction,
    ageMs,
  };
}

/** Adds every keep reason that applies, in the order the rules are documented. */
function applyKeepRules(
  model: ModelRecord,
  input: RetentionInput,
  retention: RetentionPolicy,
  live: readonly Working[],
  ranked: readonly Working[],
): void {
  const deployment = model.deployment;
  const production = deployment?.production ?? null;
  const abTest = deployment?.ab_test ?? null;
  const paper = new Map((deployment?.paper_trading ?? []).map((p) => [p.version, p.started_at]));
  const rollbackTarget = input.rollbackTargets?.has(model.name)
    ? (input.rollbackTargets.get(model.name) ?? null)
    : (deployment?.previous_production ?? null);
  const topFromBest = new Map<Working, number>();
  for (let i = ranked.length - 1, place = 1; i >= 0 && place <= retention.keep_top; i--, place++) {
    topFromBest.set(ranked[i] as Working, place);
  }
  const recent = new Set(live.slice(Math.max(0, live.length - retention.keep_last)));
  const minAgeMs = retention.min_age_days * DAY_MS;

  for (const version of live) {
    const { plan } = version;
    const id = plan.version;
    const keep = (code: KeepReasonCode, text: string): void => {
      plan.keepReasons.push({ code, text });
    };
    if (!version.record.manifest) {
      keep('no-manifest', 'Its manifest is missing or invalid, so nothing is known about it.');
    }
    if (id === production) keep('production', 'In production.');
    if (abTest && id === abTest.control) {
      keep('ab-control', `Control of the running A/B test against ${abTest.candidate}.`);
    }
    if (abTest && id === abTest.candidate) {
      keep('ab-candidate', `Candidate in the running A/B test against ${abTest.control}.`);
    }
    const paperSince = paper.get(id);
    if (paperSince !== undefined) keep('paper-trading', `Paper trading since ${paperSince}.`);
    if (id === rollbackTarget) {
      keep('rollback-target', 'The rollback target: drift would roll back to it.');
    }
    const place = topFromBest.get(version);
    if (place !== undefined) {
      keep(
        'top-ranked',
        `Number ${place} by ${plan.metric.name} (${number(plan.metric.value)}); the top ${retention.keep_top} are kept.`,
      );
    }
    if (recent.has(version)) {
      keep('recent', `One of the last ${retention.keep_last} versions registered.`);
    }
    if (version.record.manifest?.important) keep('important', 'Marked important.');
    if (version.record.manifest && version.ageMs === null) {
      keep('young', `Its created_at cannot be read as a time, so it may be recent.`);
    } else if (version.ageMs !== null && version.ageMs < minAgeMs) {
      keep(
        'young',
        `${Math.floor(version.ageMs / DAY_MS)} days old: nothing younger than ${retention.min_age_days} days is proposed for deletion.`,
      );
    }
  }
}

/**
 * The kept version closest above `version` by rank metric whose win rate and drawdown also agree
 * within NEAR_DUPLICATE_TOLERANCE. `kept` is ordered by score, worst first.
 */
function nearDuplicateOf(version: Working, kept: readonly Working[]): Working | undefined {
  const score = version.score;
  const { winRate, maxDrawdown } = version.plan;
  if (score === null || winRate === null || maxDrawdown === null) return undefined;
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((kept[middle]?.score as number) < score) low = middle + 1;
    else high = middle;
  }
  // As scores rise the gap grows faster than the tolerance, so the first one out of it ends the scan.
  for (let i = low; i < kept.length; i++) {
    const other = kept[i] as Working;
    const otherScore = other.score as number;
    const tolerance =
      NEAR_DUPLICATE_TOLERANCE.metricRelative * Math.max(Math.abs(score), Math.abs(otherScore));
    if (otherScore - score > tolerance + EPSILON) break;
    if (
      Math.abs((other.plan.winRate as number) - winRate) <=
        NEAR_DUPLICATE_TOLERANCE.winRate + EPSILON &&
      Math.abs((other.plan.maxDrawdown as number) - maxDrawdown) <=
        NEAR_DUPLICATE_TOLERANCE.maxDrawdown + EPSILON
    ) {
      return other;
    }
  }
  return undefined;
}

function describeBottomRule(ranked: number, fraction: number, size: number): string {
  const floor = Math.floor(ranked * fraction + EPSILON);
  return size > floor
    ? `floor(${ranked} × ${fraction}) = ${floor}, raised to ${size} as a model with ${BOTTOM_MINIMUM_FROM} or more ranked versions always has one`
    : `the bottom ${size} = floor(${ranked} × ${fraction})`;
}

function budgetCheck(
  usedBytes: number,
  versions: number,
  maxBytes: number,
  maxVersions: number,
): BudgetCheck {
  const overBytes = Math.max(0, usedBytes - maxBytes);
  const overVersions = Math.max(0, versions - maxVersions);
  return { usedBytes, versions, overBytes, overVersions, over: overBytes > 0 || overVersions > 0 };
}

function budgetSummary(
  model: string,
  maxBytes: number,
  maxVersions: number,
  before: BudgetCheck,
  after: BudgetCheck,
  candidates: number,
): string {
  const use = `${model} uses ${formatBytes(before.usedBytes)} of ${formatBytes(maxBytes)} and has ${before.versions} of at most ${maxVersions} versions`;
  if (!before.over) return `${use}: within budget.`;
  const excess = (check: BudgetCheck): string =>
    [
      check.overBytes ? `${formatBytes(check.overBytes)}` : '',
      check.overVersions ? `${plural(check.overVersions, 'version')}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
  const cleanup = `deleting its ${plural(candidates, 'candidate')} leaves ${formatBytes(after.usedBytes)} in ${plural(after.versions, 'version')}`;
  return after.over
    ? `${use}: ${excess(before)} over budget; ${cleanup}, still ${excess(after)} over (retention rules delete nothing more to meet a budget).`
    : `${use}: ${excess(before)} over budget; ${cleanup}, within budget.`;
}

function finiteOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function number(value: number | null): string {
  return value === null ? 'unknown' : String(Number(value.toFixed(3)));
}

function percent(fraction: number | null): string {
  return fraction === null ? 'unknown' : `${Number((fraction * 100).toFixed(2))}%`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
