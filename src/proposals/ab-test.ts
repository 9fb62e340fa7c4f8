import { escapeMarkdown } from '../core/markdown.js';
import { compareVersionIds } from '../core/names.js';
import { effectivePolicy, type EffectivePolicy } from '../core/policy.js';
import { ModelgateError } from '../core/problems.js';
import { judgeAbTest, type AbJudgement } from '../core/abtest/index.js';
import { renderAbConclusion } from '../core/proposals/ab-conclusion-body.js';
import { renderAbStartProposal } from '../core/proposals/ab-start-body.js';
import { contentHash, withStateBlock, type ProposalState } from '../core/proposals/state-block.js';
import type { ModelRecord, RegistrySnapshot, VersionRecord } from '../core/snapshot.js';
import type { AbTest, Evaluation } from '../core/types.js';
import { editYaml } from '../core/yaml-file.js';
import { formatCommitMessage } from '../core/commit-message.js';
import type { Forge } from '../forge/forge.js';
import { readBranchTip, type PlannedChange } from '../git/registry-writer.js';
import type { RegistryRepo } from '../git/repository.js';
import { readVersionTrades } from '../git/trades-reader.js';
import { requireModel, requireVersion } from '../registry/change-version.js';
import { backtestTradesPerYear, driftDecisions } from '../registry/drift.js';
import type { PaperVersionVerdict } from '../registry/paper.js';
import {
  latestProposal,
  reconcileProposal,
  stateOf,
  type ItemReport,
  type ReconcileContext,
  type Wanted,
} from './reconcile.js';

export interface AbStartRequest {
  model: string;
  /** Default: the newest active version whose backtest beats production on the policy metric. */
  candidate?: string;
  /** The candidate's percent of signals; default the policy's (20). */
  candidatePercent?: number;
  /** Who asked, for a proposal made by hand. */
  by?: string;
  now: Date;
  /** A paper-trading version that proved itself: preferred over a backtest comparison. */
  passedPaper?: { version: string; why: string };
}

/** The automatic candidate: registered after production, active, and better on the metric. */
export function chooseAbCandidate(
  model: ModelRecord,
  policy: EffectivePolicy,
): { version: VersionRecord; why: string } | { none: string } {
  const production = model.deployment?.production;
  const control = production ? model.versions.get(production) : undefined;
  if (!control?.manifest)
    return { none: `${model.name} has no production version to test against` };
  const metric = policy.ab_test.metric;
  const controlValue = control.manifest.evaluation[metric];
  const better = [...model.versions.values()]
    .filter(
      (v) =>
        v.manifest?.status === 'active' &&
        compareVersionIds(v.id, control.id) > 0 &&
        typeof v.manifest.evaluation[metric] === 'number' &&
        typeof controlValue === 'number' &&
        v.manifest.evaluation[metric] > controlValue,
    )
    .sort((a, b) => compareVersionIds(b.id, a.id));
  const newest = better[0];
  if (!newest?.manifest) {
    return { none: `no version registered after ${control.id} beats it on backtest ${metric}` };
  }
  const value = newest.manifest.evaluation[metric] as number;
  return {
    version: newest,
    why: `${newest.id} beats production ${control.id} on backtest ${metric}: ${value} vs ${controlValue as number}.`,
  };
}

/** The test as it will be written into the deployment state. */
function abTestFor(
  control: string,
  candidate: string,
  candidatePercent: number,
  policy: EffectivePolicy,
  startedAt: string,
  reason: string,
): AbTest & Required<Pick<AbTest, 'min_trades_per_arm' | 'min_days' | 'max_days'>> {
  return {
    control,
    candidate,
    split: { control: 100 - candidatePercent, candidate: candidatePercent },
    started_at: startedAt,
    min_trades_per_arm: policy.ab_test.min_trades_per_arm,
    min_days: policy.ab_test.min_days,
    min_requirement: policy.ab_test.min_requirement,
    max_days: policy.ab_test.max_days,
    metric: 'sharpe',
    min_improvement: policy.ab_test.min_improvement,
    reason,
  };
}

/** What an "A/B start" proposal for this model should be now, or why there should be none. */
export function wantedAbStart(
  snapshot: RegistrySnapshot,
  request: AbStartRequest,
  previous: ProposalState | undefined,
): Wanted {
  const model = requireModel(snapshot, request.model);
  const policy = effectivePolicy(snapshot.policy, model.name);
  const deployment = model.deployment;
  const running = deployment?.ab_test;
  if (running) {
    const why = `an A/B test is already running on ${model.name}: ${running.candidate} against ${running.control}; one test at a time`;
    if (request.by) throw new ModelgateError(why);
    return { notWanted: `${why}.` };
  }
  const control = deployment?.production;
  if (!control) {
    const why = `${model.name} has no production version to test against`;
    if (request.by) throw new ModelgateError(why);
    return { notWanted: `${why}.` };
  }
  let candidate: VersionRecord;
  let why: string;
  if (request.candidate) {
    const named = requireVersion(snapshot, model.name, request.candidate);
    candidate = named;
    if (named.manifest.status !== 'active') {
      throw new ModelgateError(
        `${model.name} ${named.id} is ${named.manifest.status}; only an active version can take live traffic`,
      );
    }
    if (candidate.id === control) {
      throw new ModelgateError(
        `${model.name} ${candidate.id} is production already: it is the control`,
      );
    }
    why = `Started by hand by ${request.by ?? 'someone'}.`;
  } else if (
    request.passedPaper &&
    model.versions.get(request.passedPaper.version)?.manifest?.status === 'active'
  ) {
    candidate = model.versions.get(request.passedPaper.version)!;
    why = request.passedPaper.why;
  } else {
    const chosen = chooseAbCandidate(model, policy);
    if ('none' in chosen) return { notWanted: `${chosen.none}.` };
    candidate = chosen.version;
    why = chosen.why;
  }
  const percent = request.candidatePercent ?? policy.ab_test.candidate_percent;
  if (!Number.isInteger(percent) || percent < 1 || percent > 99) {
    throw new ModelgateError(
      `the candidate's share must be a whole percent between 1 and 99, found ${percent}`,
    );
  }
  // The start time is fixed when the proposal is first made, so reruns do not churn it.
  const startedAt =
    (previous?.target === candidate.id ? previous.keep?.started_at : undefined) ??
    request.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const test = abTestFor(control, candidate.id, percent, policy, startedAt, why);
  const controlVersion = model.versions.get(control);
  const candidateManifest = candidate.manifest;
  if (!controlVersion?.manifest || !candidateManifest) {
    throw new ModelgateError(`${model.name}: a manifest is invalid: run \`modelgate verify\``);
  }
  const rendered = renderAbStartProposal({
    model: model.name,
    control: {
      version: control,
      backtest: controlVersion.manifest.evaluation,
      notes: controlVersion.manifest.notes,
    },
    candidate: {
      version: candidate.id,
      backtest: candidateManifest.evaluation,
      notes: candidateManifest.notes,
    },
    test,
    why,
  });
  const plan = (base: RegistrySnapshot): PlannedChange => {
    const record = requireModel(base, model.name);
    if (record.deployment?.ab_test) {
      throw new ModelgateError(`an A/B test is already running on ${model.name}`);
    }
    return {
      writes: [
        {
          path: record.deploymentPath,
          text: editYaml(base.texts.get(record.deploymentPath) ?? '', [[['ab_test'], test]]),
        },
      ],
      message: formatCommitMessage({
        action: 'ab-start',
        subject: `start A/B test on ${model.name}: ${candidate.id} vs ${control}`,
        body: `${candidate.id} gets ${percent}% of live signals; ${control} keeps ${100 - percent}%.`,
        model: model.name,
        version: candidate.id,
        reason: why,
      }),
    };
  };
  const writes = plan(snapshot).writes;
  const state: ProposalState = {
    v: 1,
    kind: 'ab-start',
    model: model.name,
    current: control,
    target: candidate.id,
    severity: 'info',
    trades: 0,
    lastAlarmTrade: 0,
    hash: contentHash([
      rendered.title,
      rendered.body,
      ...writes.flatMap((w) => [w.path, 'text' in w ? w.text : '']),
    ]),
    keep: { started_at: startedAt },
    ...(request.by ? { by: request.by } : {}),
  };
  return {
    state,
    title: rendered.title,
    body: withStateBlock(rendered.body, state),
    plan,
    labels: ['ab-test'],
  };
}

/** Part of `evaluate`: propose an A/B test when a newer version beats production. */
export async function reconcileAbStart(
  context: ReconcileContext,
  model: string,
  now: Date,
  report: { items: ItemReport[] },
  paper?: PaperVersionVerdict[],
): Promise<void> {
  const policy = effectivePolicy(context.snapshot.policy, model);
  const existing = await latestProposal(context, 'ab-start', model);
  const ready = paper?.find((v) => v.verdict === 'ready');
  const wanted = wantedAbStart(
    context.snapshot,
    {
      model,
      now,
      passedPaper: ready
        ? { version: ready.version, why: `${ready.version} passed paper trading: ${ready.reason}` }
        : undefined,
    },
    stateOf(existing),
  );
  await reconcileProposal(context, 'ab-start', model, wanted, existing, policy, report);
}

/** `modelgate ab start`: the same proposal, opened by a person for a version they choose. */
export async function proposeAbStart(
  repo: RegistryRepo,
  forge: Forge,
  request: AbStartRequest & { candidate: string; by: string },
): Promise<ItemReport> {
  const context = await contextFor(repo, forge);
  const policy = effectivePolicy(context.snapshot.policy, request.model);
  const existing = await latestProposal(context, 'ab-start', request.model);
  const wanted = wantedAbStart(context.snapshot, request, stateOf(existing));
  const report: { items: ItemReport[] } = { items: [] };
  await reconcileProposal(context, 'ab-start', request.model, wanted, existing, policy, report);
  return report.items[0]!;
}

async function contextFor(repo: RegistryRepo, forge: Forge): Promise<ReconcileContext> {
  const baseRemote = forge.kind === 'github' ? forge.remote : undefined;
  const base = await readBranchTip(repo, forge.baseBranch, baseRemote);
  if (!base.commit) {
    throw new ModelgateError(`${forge.baseBranch} has no commits: run \`modelgate init\` first`);
  }
  return {
    repo,
    forge,
    snapshot: base.snapshot,
    commit: base.commit,
    baseRemote,
    dryRun: false,
  };
}

export type AbEnding =
  | { kind: 'promote'; why: string }
  | { kind: 'keep-control'; why: string }
  | { kind: 'stop-early'; why: string }
  | { kind: 'stopped-by-hand'; why: string };

/**
 * The change that ends the running test: for a promotion, the candidate becomes production and
 * the control is kept as the rollback target; otherwise the test is removed and the control
 * simply stays production.
 */
export function planAbEnding(
  snapshot: RegistrySnapshot,
  model: string,
  ending: AbEnding,
): PlannedChange {
  const record = requireModel(snapshot, model);
  const test = record.deployment?.ab_test;
  if (!test) throw new ModelgateError(`no A/B test is running on ${model}`);
  const text = snapshot.texts.get(record.deploymentPath) ?? '';
  if (ending.kind === 'promote') {
    return {
      writes: [
        {
          path: record.deploymentPath,
          text: editYaml(text, [
            [['production'], test.candidate],
            [['previous_production'], test.control],
            [['ab_test'], null],
          ]),
        },
      ],
      message: formatCommitMessage({
        action: 'promote',
        subject: `promote ${model} ${test.candidate} after its A/B test`,
        body: `Production ${test.control} → ${test.candidate}; ${test.control} stays the rollback target. The A/B test ends.`,
        model,
        version: test.candidate,
        reason: ending.why,
      }),
    };
  }
  return {
    writes: [{ path: record.deploymentPath, text: editYaml(text, [[['ab_test'], null]]) }],
    message: formatCommitMessage({
      action: 'ab-end',
      subject: `end A/B test on ${model}: keep ${test.control}`,
      body: `${test.candidate} stops taking live signals; ${test.control} trades them all again.`,
      model,
      version: test.control,
      reason: ending.why,
    }),
  };
}

/** `modelgate ab stop`: a proposal to end the running test and keep the control. */
export async function proposeAbStop(
  repo: RegistryRepo,
  forge: Forge,
  request: { model: string; by: string; reason?: string },
): Promise<ItemReport> {
  const context = await contextFor(repo, forge);
  const policy = effectivePolicy(context.snapshot.policy, request.model);
  const record = requireModel(context.snapshot, request.model);
  const test = record.deployment?.ab_test;
  if (!test) throw new ModelgateError(`no A/B test is running on ${request.model}`);
  const why = `Stopped by hand by ${request.by}${request.reason ? `: ${request.reason}` : ''}.`;
  const ending: AbEnding = { kind: 'stopped-by-hand', why };
  const rendered = renderAbEndingByHand(request.model, test, why);
  const existing = await latestProposal(context, 'ab-conclude', request.model);
  const plan = (snapshot: RegistrySnapshot): PlannedChange =>
    planAbEnding(snapshot, request.model, ending);
  const writes = plan(context.snapshot).writes;
  const state: ProposalState = {
    v: 1,
    kind: 'ab-conclude',
    model: request.model,
    current: test.candidate,
    target: test.control,
    severity: 'stopped-by-hand',
    trades: 0,
    lastAlarmTrade: 0,
    hash: contentHash([
      rendered.title,
      rendered.body,
      ...writes.flatMap((w) => [w.path, 'text' in w ? w.text : '']),
    ]),
    by: request.by,
  };
  const report: { items: ItemReport[] } = { items: [] };
  await reconcileProposal(
    context,
    'ab-conclude',
    request.model,
    {
      state,
      title: rendered.title,
      body: withStateBlock(rendered.body, state),
      plan,
      labels: ['ab-test'],
    },
    existing,
    policy,
    report,
  );
  return report.items[0]!;
}

function renderAbEndingByHand(
  model: string,
  test: AbTest,
  why: string,
): { title: string; body: string } {
  return {
    title: `End A/B test on ${model}: keep ${test.control}, stop ${test.candidate}`,
    body: [
      `**End the A/B test: ${test.control} keeps production and all live signals; ${test.candidate} stops trading.** ${escapeMarkdown(why, 500)}`,
      '',
      '### What merging does',
      '',
      `- \`registry/${model}/deployment.yaml\`: \`ab_test\` removed; production stays ${test.control}.`,
      `- \`modelgate route\` sends every key to ${test.control} from the next deploy; trades tagged \`arm\` are refused from then on.`,
      `- To test ${test.candidate} again later: \`modelgate ab start ${model} ${test.candidate}\`.`,
    ].join('\n'),
  };
}

/** The running test's evidence, read from the registry's stored trades. */
export interface AbEvidence {
  control: number[];
  candidate: number[];
  /** When each control and candidate trade closed, in the same order (for charts). */
  controlTimes: string[];
  candidateTimes: string[];
  paired: { control: number[]; candidate: number[] };
  /** Days from the first trade routed to an arm until now. */
  days: number;
}

/**
 * Trades routed to each arm since the test started (live, tagged with the arm), and pairs where
 * the candidate also traded (typically on paper) a signal the control traded.
 */
export async function readAbEvidence(
  repo: RegistryRepo,
  model: ModelRecord,
  test: AbTest,
  now: Date,
): Promise<AbEvidence> {
  const since = new Date(test.started_at);
  const control: number[] = [];
  const controlTimes: string[] = [];
  const candidateTimes: string[] = [];
  const controlBySignal = new Map<string, number>();
  let first = Infinity;
  const controlVersion = model.versions.get(test.control);
  const candidateVersion = model.versions.get(test.candidate);
  if (!controlVersion || !candidateVersion) {
    throw new ModelgateError(`${model.name}: the A/B test names a version that does not exist`);
  }
  for await (const day of readVersionTrades(repo, controlVersion, { since, mode: 'live' })) {
    for (const trade of day) {
      if (trade.arm !== 'control') continue;
      control.push(trade.return);
      controlTimes.push(trade.closed_at);
      first = Math.min(first, Date.parse(trade.closed_at));
      if (trade.signal_id) controlBySignal.set(trade.signal_id, trade.return);
    }
  }
  const candidate: number[] = [];
  const paired = { control: [] as number[], candidate: [] as number[] };
  for await (const day of readVersionTrades(repo, candidateVersion, { since })) {
    for (const trade of day) {
      if (trade.mode === 'live' && trade.arm === 'candidate') {
        candidate.push(trade.return);
        candidateTimes.push(trade.closed_at);
        first = Math.min(first, Date.parse(trade.closed_at));
      }
      const partner = trade.signal_id ? controlBySignal.get(trade.signal_id) : undefined;
      if (partner !== undefined) {
        paired.control.push(partner);
        paired.candidate.push(trade.return);
      }
    }
  }
  const days = Number.isFinite(first) ? Math.max(0, (now.getTime() - first) / 86_400_000) : 0;
  return { control, candidate, controlTimes, candidateTimes, paired, days };
}

/** Part of `evaluate`: judge the running test and propose its end when the evidence is in. */
export async function reconcileAbConclusion(
  context: ReconcileContext,
  model: string,
  now: Date,
  report: { items: ItemReport[] },
): Promise<AbJudgement | undefined> {
  const policy = effectivePolicy(context.snapshot.policy, model);
  const record = requireModel(context.snapshot, model);
  const existing = await latestProposal(context, 'ab-conclude', model);
  const test = record.deployment?.ab_test;
  if (!test) {
    await reconcileProposal(
      context,
      'ab-conclude',
      model,
      { notWanted: `no A/B test is running on ${model} any more.` },
      existing,
      policy,
      report,
    );
    return undefined;
  }
  const { evidence, judgement, guardrail } = await judgeRunningTest(
    context.repo,
    context.snapshot,
    model,
    context.commit,
    now,
  );
  if (judgement.verdict === 'continue') {
    await reconcileProposal(
      context,
      'ab-conclude',
      model,
      { notWanted: `the A/B test continues: ${judgement.reason}` },
      existing,
      policy,
      report,
    );
    return judgement;
  }
  const ending: AbEnding = { kind: judgement.verdict, why: judgement.reason };
  const rendered = renderAbConclusion({ model, test, judgement, guardrail });
  const plan = (snapshot: RegistrySnapshot): PlannedChange => planAbEnding(snapshot, model, ending);
  const writes = plan(context.snapshot).writes;
  const state: ProposalState = {
    v: 1,
    kind: 'ab-conclude',
    model,
    current: test.candidate,
    target: judgement.verdict === 'promote' ? test.candidate : test.control,
    severity: judgement.verdict,
    trades: evidence.control.length + evidence.candidate.length,
    lastAlarmTrade: 0,
    hash: contentHash([
      rendered.title,
      rendered.body,
      ...writes.flatMap((w) => [w.path, 'text' in w ? w.text : '']),
    ]),
  };
  await reconcileProposal(
    context,
    'ab-conclude',
    model,
    {
      state,
      title: rendered.title,
      body: withStateBlock(rendered.body, state),
      plan,
      labels: ['ab-test', `verdict:${judgement.verdict}`],
      exclusiveLabels: ['verdict:promote', 'verdict:keep-control', 'verdict:stop-early'],
    },
    existing,
    policy,
    report,
  );
  return judgement;
}

/** The running test's evidence and verdict, as `evaluate` and the dashboard see it. */
export async function judgeRunningTest(
  repo: RegistryRepo,
  snapshot: RegistrySnapshot,
  model: string,
  commit: string,
  now: Date,
): Promise<{
  test: AbTest;
  evidence: AbEvidence;
  judgement: AbJudgement;
  guardrail: string | null;
}> {
  const policy = effectivePolicy(snapshot.policy, model);
  const record = requireModel(snapshot, model);
  const test = record.deployment?.ab_test;
  if (!test) throw new ModelgateError(`no A/B test is running on ${model}`);
  const evidence = await readAbEvidence(repo, record, test, now);
  const guardrail = await candidateGuardrail(repo, model, test, commit);
  const judgement = judgeAbTest({
    control: evidence.control,
    candidate: evidence.candidate,
    paired: evidence.paired.control.length > 0 ? evidence.paired : null,
    margin: test.min_improvement ?? policy.ab_test.min_improvement,
    progress: {
      days: evidence.days,
      minDays: test.min_days ?? policy.ab_test.min_days,
      maxDays: test.max_days ?? policy.ab_test.max_days,
      minTradesPerArm: test.min_trades_per_arm ?? policy.ab_test.min_trades_per_arm,
      requirement: test.min_requirement ?? policy.ab_test.min_requirement,
    },
    guardrail,
    // Annualised like the backtests the versions were promoted on, unless the policy says.
    tradesPerYear:
      policy.drift.trades_per_year ??
      tradesPerYearOf(record.versions.get(test.control)?.manifest?.evaluation),
  });
  return { test, evidence, judgement, guardrail };
}

/** The candidate must not trip a critical degradation rule while it trades real money. */
async function candidateGuardrail(
  repo: RegistryRepo,
  model: string,
  test: AbTest,
  commit: string,
): Promise<string | null> {
  const [decision] = await driftDecisions(repo, {
    model,
    version: test.candidate,
    rev: commit,
  });
  if (
    !decision ||
    (decision.current_severity !== 'critical' && decision.current_severity !== 'severe')
  )
    return null;
  const alarm = decision.alarms.filter((a) => a.severity === decision.current_severity).at(-1);
  return `${test.candidate} is ${decision.current_severity} against its own backtest${alarm ? ` (${alarm.rule} at trade ${alarm.trades}, ${alarm.at})` : ''}`;
}

const tradesPerYearOf = (evaluation: Evaluation | undefined): number | undefined =>
  evaluation ? backtestTradesPerYear(evaluation) : undefined;
