import { effectivePolicy } from '../core/policy.js';
import {
  decideRetraining,
  RETRAINING_MARKER,
  RETRAINING_STARTED_MARKER,
  retrainingStartedMarker,
  workflowInputs,
  type RetrainingDecision,
} from '../core/retraining.js';
import { describeThrown, ModelgateError } from '../core/problems.js';
import { renderAlert, type AlertVersion } from '../core/proposals/alert-body.js';
import { renderRollbackProposal } from '../core/proposals/rollback-body.js';
import { contentHash, withStateBlock, type ProposalState } from '../core/proposals/state-block.js';
import type { RegistrySnapshot } from '../core/snapshot.js';
import {
  ALERT_LABEL,
  alertMarker,
  MODELGATE_LABEL,
  proposalBranch,
  type AlertRecord,
  type Forge,
  type ProposalRecord,
} from '../forge/forge.js';
import { AUTOMATIC_ROLLBACK } from './automatic-merge.js';
import {
  closeProposal,
  completePeople,
  latestProposal,
  reconcileProposal,
  stateOf,
  type ItemReport,
  type ReconcileContext,
  type Wanted,
} from './reconcile.js';
import { reconcileAbConclusion, reconcileAbStart } from './ab-test.js';
import { paperVerdicts } from '../registry/paper.js';
import { readBranchTip } from '../git/registry-writer.js';
import type { RegistryRepo } from '../git/repository.js';
import { readVersionTrades } from '../git/trades-reader.js';
import { driftDecisions, type DriftDecision } from '../registry/drift.js';
import { liveMetrics } from '../registry/live-metrics.js';
import { planProductionSwitch } from '../registry/set-production.js';

export type { ItemReport } from './reconcile.js';

export interface EvaluateOptions {
  /** Only these models; default: every model in the registry. */
  models?: string[];
  /** Decide and report, write nothing: no branch, no proposal, no alert. */
  dryRun?: boolean;
  /** The time proposals are made at (an A/B test's start); default now. */
  now?: Date;
  /** Called as each model is done, for progress on long runs. */
  onModel?: (report: ModelReport) => void;
}

export interface DecisionSummary {
  version: string;
  role: DriftDecision['role'];
  severity: DriftDecision['severity'];
  current_severity: DriftDecision['current_severity'];
  action: string;
  trades: number;
}

export interface ModelReport {
  model: string;
  decisions: DecisionSummary[];
  items: ItemReport[];
  /** Each paper-trading version's verdict. */
  paper?: { version: string; verdict: string; reason: string }[];
  /** The running A/B test's verdict so far. */
  abTest?: { control: string; candidate: string; verdict: string; reason: string };
  /** Why this model could not be evaluated; the others still were. */
  error?: string;
}

export interface EvaluateReport {
  forge: Forge['kind'];
  dryRun: boolean;
  /** The registry commit the decisions were made on. */
  commit: string;
  models: ModelReport[];
  counts: Record<ItemReport['outcome'], number>;
  errors: number;
}

const SEVERITY_LABELS = ['severity:warning', 'severity:critical', 'severity:severe'];

/**
 * The loop the product exists for: for each model, decide from its live trades, then make the
 * forge agree: a rollback proposal while production is critically degraded (closed with a
 * comment when that clears), and one alert per model while anything is wrong. Every step is
 * idempotent, so a rerun after a failure or alongside another run converges.
 */
export async function evaluateRegistry(
  repo: RegistryRepo,
  forge: Forge,
  options: EvaluateOptions = {},
): Promise<EvaluateReport> {
  const baseRemote = forge.kind === 'github' ? forge.remote : undefined;
  const base = await readBranchTip(repo, forge.baseBranch, baseRemote);
  if (!base.commit) {
    throw new ModelgateError(`${forge.baseBranch} has no commits: run \`modelgate init\` first`);
  }
  const snapshot = base.snapshot;
  const names = [...snapshot.models.keys()].sort();
  for (const wanted of options.models ?? []) {
    if (!snapshot.models.has(wanted))
      throw new ModelgateError(`no model named ${JSON.stringify(wanted)} in the registry`);
  }
  const selected = options.models?.length
    ? names.filter((name) => options.models!.includes(name))
    : names;
  const alerts = await openAlertsByModel(forge, options.dryRun ?? false);
  const context: Context = {
    repo,
    forge,
    snapshot,
    commit: base.commit,
    baseRemote,
    dryRun: options.dryRun ?? false,
    now: options.now ?? new Date(),
  };
  const models: ModelReport[] = [];
  for (const model of selected) {
    const report: ModelReport = { model, decisions: [], items: [] };
    try {
      await evaluateModel(context, model, alerts.get(model), report);
    } catch (thrown) {
      report.error = describeThrown(thrown);
    }
    models.push(report);
    options.onModel?.(report);
  }
  const counts: EvaluateReport['counts'] = {
    opened: 0,
    updated: 0,
    closed: 0,
    'left alone': 0,
    merged: 0,
  };
  for (const item of models.flatMap((m) => m.items)) counts[item.outcome]++;
  return {
    forge: forge.kind,
    dryRun: context.dryRun,
    commit: base.commit,
    models,
    counts,
    errors: models.filter((m) => m.error).length,
  };
}

type Context = ReconcileContext & { now: Date };

/** One open alert per model; extras (two runs raced to open one) are closed as duplicates. */
async function openAlertsByModel(forge: Forge, dryRun: boolean): Promise<Map<string, AlertRecord>> {
  const byModel = new Map<string, AlertRecord>();
  for (const alert of await forge.openAlerts()) {
    const kept = byModel.get(alert.model);
    if (!kept) {
      byModel.set(alert.model, alert);
      continue;
    }
    if (!dryRun) await forge.closeAlert(alert.id, `Duplicate of #${kept.id}: one alert per model.`);
  }
  return byModel;
}

async function evaluateModel(
  context: Context,
  model: string,
  openAlert: AlertRecord | undefined,
  report: ModelReport,
): Promise<void> {
  const policy = effectivePolicy(context.snapshot.policy, model);
  const decisions = policy.drift.enabled ? await decisionsFor(context, model) : [];
  report.decisions = decisions.map((d) => ({
    version: d.version,
    role: d.role,
    severity: d.severity,
    current_severity: d.current_severity,
    action: d.action,
    trades: d.live.trades,
  }));
  const production = decisions.find((d) => d.role === 'production');
  const rollback = await reconcileRollback(
    context,
    model,
    policy.drift.enabled
      ? production
      : { off: `drift monitoring is off for ${model} in the policy.` },
    policy,
    report,
  );
  const judgement = await reconcileAbConclusion(context, model, context.now, report);
  const test = context.snapshot.models.get(model)?.deployment?.ab_test;
  if (judgement && test) {
    report.abTest = {
      control: test.control,
      candidate: test.candidate,
      verdict: judgement.verdict,
      reason: judgement.reason,
    };
  }
  if (production && ROLLBACK_SEVERITIES.has(production.current_severity)) {
    // A degrading production is rolled back first; testing against it would judge nothing.
    const existing = await latestProposal(context, 'ab-start', model);
    const why = `${model} ${production.version} is ${production.current_severity}: a rollback comes before any A/B test.`;
    await reconcileProposal(
      context,
      'ab-start',
      model,
      { notWanted: why },
      existing,
      policy,
      report,
    );
  } else {
    const paper = context.snapshot.models.get(model)?.deployment?.paper_trading?.length
      ? await paperVerdicts(context.repo, { model, rev: context.commit })
      : [];
    report.paper = paper.map((v) => ({ version: v.version, verdict: v.verdict, reason: v.reason }));
    await reconcileAbStart(context, model, context.now, report, paper);
  }
  const retraining = await requestRetraining(context, model, production, openAlert, policy, report);
  await reconcileAlert(context, model, decisions, openAlert, rollback, policy, report, retraining);
  if (retraining.failure || retraining.started) {
    // The alert remembered the request before it was made; now it says how it went.
    const alert = (await context.forge.openAlerts()).find((a) => a.model === model);
    const scratch = { ...report, items: [] };
    const failed = `Retraining could not be started (${retraining.failure}). modelgate does not request it twice for one episode: start it by hand.`;
    if (retraining.failure) {
      retraining.item!.why = `could not be started: ${retraining.failure}`;
      retraining.item!.outcome = 'left alone';
    }
    // Its own line in the report was written above. No open alert (a person closed it this
    // very moment) leaves nothing to amend: opening another would duplicate it.
    if (alert) {
      await reconcileAlert(context, model, decisions, alert, rollback, policy, scratch, {
        ...retraining,
        start: undefined,
        notes: retraining.failure ? [failed] : retraining.started!.notes,
        memory: retraining.failure
          ? retraining.memory
          : [...retraining.memory, retraining.started!.marker],
      });
    }
    if (!retraining.failure) return;
    throw new ModelgateError(`${model}: ${failed}`);
  }
}

async function decisionsFor(context: Context, model: string): Promise<DriftDecision[]> {
  const record = context.snapshot.models.get(model);
  const deployment = record?.deployment;
  if (!deployment?.production && !deployment?.paper_trading?.length) return [];
  return driftDecisions(context.repo, { model, rev: context.commit });
}

const ROLLBACK_SEVERITIES = new Set(['critical', 'severe']);

async function reconcileRollback(
  context: Context,
  model: string,
  watched: DriftDecision | { off: string } | undefined,
  policy: ReturnType<typeof effectivePolicy>,
  report: ModelReport,
): Promise<ProposalRecord | undefined> {
  const production = watched && 'off' in watched ? undefined : watched;
  let existing = await latestProposal(context, 'rollback', model);
  const previous = stateOf(existing);

  // Production moved by other means while a proposal was open: that proposal is about a version
  // no longer in production, so it is closed; a new one follows if the new one is degraded too.
  if (
    existing?.state === 'open' &&
    previous &&
    production &&
    previous.current !== production.version
  ) {
    const why = `${model} production is now ${production.version}, changed outside this proposal, so rolling back ${previous.current} no longer applies.`;
    report.items.push(await closeProposal(context, 'rollback', existing, why));
    existing = { ...existing, state: 'closed', closedAt: new Date().toISOString() };
  }

  const wanted: Wanted =
    watched && 'off' in watched
      ? { notWanted: watched.off }
      : await wantedRollback(context, model, production, policy);
  return reconcileProposal(context, 'rollback', model, wanted, existing, policy, report);
}

async function wantedRollback(
  context: Context,
  model: string,
  production: DriftDecision | undefined,
  policy: ReturnType<typeof effectivePolicy>,
): Promise<Wanted> {
  const branch = proposalBranch('rollback', model);
  if (!production) return { notWanted: `${model} has no production version being monitored.` };
  const severity = production.current_severity;
  if (!ROLLBACK_SEVERITIES.has(severity)) {
    return {
      notWanted: ROLLBACK_SEVERITIES.has(production.severity)
        ? `${model} ${production.version} recovered: no critical alarm in its last ${production.recovery.window_trades} trades (${production.recovery.why}).`
        : `${model} ${production.version} is ${severity}: no critical rule fired.`,
    };
  }
  const target = production.rollback_target?.version;
  if (!target) {
    return {
      notWanted: `${model} ${production.version} is ${severity}, but there is no version to roll back to (${production.rollback_target?.reason ?? 'none'}).`,
    };
  }
  const record = context.snapshot.models.get(model)!;
  const current = record.versions.get(production.version);
  const targetVersion = record.versions.get(target);
  if (!current?.manifest || !targetVersion?.manifest) {
    throw new ModelgateError(
      `${model}: the manifest of ${current?.manifest ? target : production.version} is invalid: run \`modelgate verify\``,
    );
  }
  const currentManifest = current.manifest;
  const targetManifest = targetVersion.manifest;
  const fired = production.alarms.filter((a) => a.severity === severity);
  // The first alarm of this episode: stable as trades accumulate, so the branch does not churn.
  const inEpisode = fired.filter(
    (a) => production.evidence.trades - a.trades < production.recovery.window_trades,
  );
  const cause = inEpisode[0] ?? fired[fired.length - 1]!;
  const reason = `${severity} degradation in production: ${cause.rule} alarm at live trade ${cause.trades} (${cause.at}); rolled back to ${target} by proposal ${branch}`;
  const details = [
    `Evidence: ${production.live.trades} live trades, win rate ${pct(production.live.win_rate)} against ${pct(production.baseline.win_rate)} in the backtest, Sharpe ${fixed(production.live.sharpe_annualised)} against ${fixed(production.baseline.sharpe_annual)}.`,
    ...production.alarms.map(
      (a) =>
        `- ${a.severity} ${a.rule} at trade ${a.trades} (${a.at}): ${a.falseAlarmRate} on a healthy model`,
    ),
  ].join('\n');
  const plan = (snapshot: RegistrySnapshot) =>
    planProductionSwitch(snapshot, { model, version: target, reason, details }, 'rollback');
  const writes = plan(context.snapshot).writes;

  const [targetLive] = await liveMetrics(context.repo, {
    model,
    version: target,
    rev: context.commit,
    mode: 'live',
  });
  const since = production.evidence.change?.since ?? Math.max(0, production.live.trades - 200);
  const window: { closed_at: string; return: number }[] = [];
  let index = 0;
  for await (const day of readVersionTrades(context.repo, current, { mode: 'live' })) {
    for (const trade of day) {
      if (index++ >= since) window.push({ closed_at: trade.closed_at, return: trade.return });
    }
  }
  const rendered = renderRollbackProposal({
    model,
    severity: severity as 'critical' | 'severe',
    current: {
      version: current.id,
      live: production.live,
      backtest: currentManifest.evaluation,
      notes: currentManifest.notes,
    },
    target: {
      version: target,
      live: targetLive?.metrics ?? null,
      backtest: targetManifest.evaluation,
      notes: targetManifest.notes,
      why: production.rollback_target?.reason ?? '',
    },
    alarms: production.alarms,
    change: production.evidence.change
      ? {
          description: production.evidence.change.description,
          since: production.evidence.change.since,
          trades: production.evidence.change.trades,
          winRate: production.evidence.change.winRateSince,
          // Annualised at the monitor's rate: the backtest's, unless the policy sets one.
          sharpeAnnual: production.evidence.change.sharpeAnnualSince,
        }
      : null,
    window,
  });
  const lastAlarm = production.alarms
    .filter((a) => ROLLBACK_SEVERITIES.has(a.severity))
    .reduce((latest, a) => Math.max(latest, a.trades), 0);
  const hash = contentHash([
    rendered.title,
    rendered.body,
    ...writes.flatMap((w) => [w.path, 'text' in w ? w.text : '']),
  ]);
  const state: ProposalState = {
    v: 1,
    kind: 'rollback',
    model,
    current: current.id,
    target,
    severity,
    trades: production.evidence.trades,
    lastAlarmTrade: lastAlarm,
    hash,
  };
  return {
    state,
    title: rendered.title,
    body: withStateBlock(rendered.body, state),
    plan,
    labels: [`severity:${severity}`],
    exclusiveLabels: SEVERITY_LABELS,
    mergeAutomatically:
      severity === 'severe' && policy.rollback.automatic_on_severe
        ? {
            commitTitle: AUTOMATIC_ROLLBACK.commitTitle(model, target),
            comment: AUTOMATIC_ROLLBACK.comment,
            why: AUTOMATIC_ROLLBACK.why,
          }
        : undefined,
  };
}

async function reconcileAlert(
  context: Context,
  model: string,
  decisions: DriftDecision[],
  existing: AlertRecord | undefined,
  proposal: ProposalRecord | undefined,
  policy: ReturnType<typeof effectivePolicy>,
  report: ModelReport,
  retraining: Retraining = { notes: [], memory: [] },
): Promise<void> {
  const troubled = decisions.filter((d) => d.role !== 'other' && d.current_severity !== 'healthy');
  if (troubled.length === 0 && !retraining.due) {
    if (!existing) return;
    const why = healthyReason(model, decisions);
    if (!context.dryRun) await context.forge.closeAlert(existing.id, `Closed by modelgate: ${why}`);
    report.items.push({
      kind: 'alert',
      outcome: 'closed',
      why,
      id: existing.id,
      url: existing.url,
      title: existing.title,
    });
    return;
  }
  const rendered = renderAlert({
    model,
    marker: alertMarker(model),
    notes: retraining.notes,
    memory: retraining.memory,
    due: troubled.length === 0 ? retraining.due : undefined,
    recovery: troubled[0]
      ? `a version counts as recovered after ${troubled[0].recovery.window_trades} trades with no alarm`
      : 'a newer version is in production',
    proposal: proposal ? { id: proposal.id, url: proposal.url, title: proposal.title } : undefined,
    versions: decisions
      .filter((d) => d.role !== 'other')
      .map((d): AlertVersion => ({
        version: d.version,
        role: d.role,
        severity: d.current_severity,
        live: d.live,
        baselineSharpe: d.baseline.sharpe_annual,
        baselineWinRate: d.baseline.win_rate,
        alarms: d.alarms
          .filter((a) => d.evidence.trades - a.trades < d.recovery.window_trades)
          .map(
            (a) =>
              `${a.rule} (${a.severity}) at trade ${a.trades}, ${a.at}: ${a.falseAlarmRate} on a healthy model`,
          ),
        action: d.action,
      })),
  });
  const worst = troubled
    .map((d) => d.current_severity)
    .sort(bySeverity)
    .at(-1);
  // Due for retraining by age alone is not a severity: no severity label says it.
  const labels = [MODELGATE_LABEL, ALERT_LABEL, ...(worst ? [`severity:${worst}`] : [])];
  if (!existing) {
    const item: ItemReport = {
      kind: 'alert',
      outcome: 'opened',
      why: troubled.length
        ? troubled.map((d) => `${d.version} ${d.current_severity}`).join(', ')
        : 'due for retraining',
      title: rendered.title,
    };
    if (!context.dryRun) {
      const created = await context.forge.createAlert({
        model,
        title: rendered.title,
        body: rendered.body,
        labels,
        assignees: policy.review.assignees,
      });
      item.id = created.id;
      item.url = created.url;
      await startRetraining(retraining);
      // Two runs racing can both open one; the later closes its own, so one stays open.
      const first = (await context.forge.openAlerts())
        .filter((alert) => alert.model === model)
        .sort((a, b) => Number(a.id) - Number(b.id))[0];
      if (first && first.id !== created.id) {
        await context.forge.closeAlert(
          created.id,
          `Duplicate of #${first.id}: one alert per model.`,
        );
        Object.assign(item, {
          outcome: 'left alone',
          why: `another run opened #${first.id} at the same time`,
          id: first.id,
          url: first.url,
        });
      }
    }
    report.items.push(item);
    return;
  }
  const same = existing.title === rendered.title && existing.body.trim() === rendered.body.trim();
  if (!same && !context.dryRun) {
    await context.forge.updateAlert(existing.id, {
      title: rendered.title,
      body: rendered.body,
      addLabels: labels,
      removeLabels: SEVERITY_LABELS.filter(
        (label) => label !== `severity:${worst}` && existing.labels.includes(label),
      ),
    });
    await startRetraining(retraining);
  }
  await completePeople(context, existing, { reviewers: [], assignees: policy.review.assignees });
  report.items.push({
    kind: 'alert',
    outcome: same ? 'left alone' : 'updated',
    why: same ? 'same evidence: unchanged' : 'new evidence',
    id: existing.id,
    url: existing.url,
    title: rendered.title,
  });
}

interface Retraining {
  notes: string[];
  /** Markers of the episodes retraining was requested for, carried in the alert's body. */
  memory: string[];
  /** Production is due for retraining by age alone: the alert stays open to say so. */
  due?: string;
  /** Starts the workflow: called once the alert remembers the episode. */
  start?: () => Promise<void>;
  /** The report's line for it, amended when starting fails. */
  item?: ItemReport;
  /** Why starting failed, when it did. */
  failure?: string;
  /** What the alert will say once GitHub confirms the start… */
  confirmation?: { notes: string[]; marker: string };
  /** …set to it when GitHub did. */
  started?: { notes: string[]; marker: string };
}

/**
 * What the alert says about a requested episode with no confirmed start: the start failed, its
 * answer was lost (it may have happened), or the run died in between. Also what it says for the
 * moment between the request and its confirmation.
 */
const NOT_CONFIRMED =
  'Retraining was requested for this episode, but its start was not confirmed. modelgate does not request it twice for one episode: check whether it is running, and otherwise start it by hand.';

/**
 * Closes the retraining loop: when production degrades (critical or worse) or is older than the
 * policy allows, start the policy's retraining workflow once per episode, with the model and the
 * evidence. Which episodes were requested is remembered in the model's alert, so reruns do not
 * repeat it.
 */
async function requestRetraining(
  context: Context,
  model: string,
  production: DriftDecision | undefined,
  alert: AlertRecord | undefined,
  policy: ReturnType<typeof effectivePolicy>,
  report: ModelReport,
): Promise<Retraining> {
  const body = alert?.body ?? '';
  const memory = [
    ...[...body.matchAll(RETRAINING_MARKER)].map((m) => m[0]),
    ...[...body.matchAll(RETRAINING_STARTED_MARKER)].map((m) => m[0]),
  ];
  const record = context.snapshot.models.get(model);
  const productionVersion = record?.deployment?.production;
  const manifest = productionVersion
    ? record?.versions.get(productionVersion)?.manifest
    : undefined;
  const decision = decideRetraining({
    model,
    policy: policy.retraining,
    production:
      productionVersion && manifest
        ? { version: productionVersion, registeredAt: manifest.created_at }
        : undefined,
    health: production,
    now: context.now,
    requested: memory,
  });
  if (!decision) return { notes: [], memory };
  const due = decision.reason === 'stale' ? (productionVersion ?? undefined) : undefined;
  const { target } = decision;
  const startedMarker = retrainingStartedMarker(decision.episode);
  if (!target) return { notes: [decision.note], memory, due };
  if (decision.alreadyRequested) {
    const note = memory.includes(startedMarker) ? decision.note : NOT_CONFIRMED;
    return { notes: [note], memory, due };
  }
  // A flapping model closes its alert and opens a new one within one episode: the closed alert
  // still remembers the request (and whether its start was confirmed).
  const closed = await context.forge.closedAlerts(model);
  const remembered = closed.find((alert) => (alert.body ?? '').includes(decision.marker));
  if (remembered) {
    const started = (remembered.body ?? '').includes(startedMarker);
    return {
      notes: [started ? decision.note : NOT_CONFIRMED],
      memory: [...memory, decision.marker, ...(started ? [startedMarker] : [])],
      due,
    };
  }
  const how =
    target.kind === 'workflow_dispatch'
      ? `workflow_dispatch ${target.workflow}`
      : `repository_dispatch ${target.eventType}`;
  const item: ItemReport = { kind: 'retraining', outcome: 'opened', why: decision.why, title: how };
  const dispatch = dispatcher(context.forge, target, decision.payload);
  if (!dispatch) {
    report.items.push({
      ...item,
      outcome: 'left alone',
      why: `the ${context.forge.kind} forge cannot start workflows: run your retraining by hand`,
    });
    return { notes: [], memory, due };
  }
  report.items.push(item);
  if (context.dryRun) return { notes: [decision.note], memory, due, item };
  return {
    // Until GitHub confirms the start, the alert says it is not confirmed: if this run ends
    // before it can say more, that stays true.
    notes: [NOT_CONFIRMED],
    memory: [...memory, decision.marker],
    due,
    start: dispatch,
    item,
    confirmation: { notes: [decision.note], marker: startedMarker },
  };
}

/**
 * Starts retraining the moment the alert remembers its episode, before anything else can fail:
 * a failure before this costs the request (the rerun makes it), never repeats it.
 */
async function startRetraining(retraining: Retraining): Promise<void> {
  const start = retraining.start;
  if (!start) return;
  retraining.start = undefined;
  try {
    await start();
    retraining.started = retraining.confirmation;
  } catch (thrown) {
    retraining.failure = describeThrown(thrown);
  }
}

/** How this forge starts the target, or undefined when it cannot (the local forge). */
function dispatcher(
  forge: Forge,
  target: NonNullable<RetrainingDecision['target']>,
  payload: Record<string, unknown>,
): (() => Promise<void>) | undefined {
  if (target.kind === 'workflow_dispatch') {
    return forge.dispatchWorkflow
      ? () => forge.dispatchWorkflow!(target.workflow, workflowInputs(payload), target.ref)
      : undefined;
  }
  return forge.dispatchEvent ? () => forge.dispatchEvent!(target.eventType, payload) : undefined;
}

function healthyReason(model: string, decisions: DriftDecision[]): string {
  const production = decisions.find((d) => d.role === 'production');
  if (!production) return `${model} has nothing in production or paper trading to watch.`;
  return production.severity === 'healthy'
    ? `${model} ${production.version} is healthy: no rule fired.`
    : `${model} ${production.version} is healthy again: no alarm in its last ${production.recovery.window_trades} trades.`;
}

const ORDER = ['healthy', 'warning', 'critical', 'severe'];
const bySeverity = (a: string, b: string): number => ORDER.indexOf(a) - ORDER.indexOf(b);
const pct = (value: number | null): string =>
  value === null ? '–' : `${(value * 100).toFixed(1)}%`;
const fixed = (value: number | null): string => (value === null ? '–' : value.toFixed(2));
