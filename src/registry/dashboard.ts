import {
  renderDashboardPage,
  type DashboardData,
  type ModelPanel,
  type ProposalLink,
} from '../core/dashboard/index.js';
import { formatCommitMessage } from '../core/commit-message.js';
import {
  commitToRegistry,
  type CommitOptions,
  type CommitResult,
  type PlannedChange,
} from '../git/registry-writer.js';
import { DASHBOARD_PATH, REGISTRY_DIR } from '../core/layout.js';
import { ModelgateError } from '../core/problems.js';
import { usage } from '../core/retention/index.js';
import { versionsInOrder, versionSize, type ModelRecord } from '../core/snapshot.js';
import type { AlertRecord, Forge, ProposalRecord } from '../forge/forge.js';
import {
  currentBranch,
  readSnapshot,
  resolveCommit,
  type RegistryRepo,
} from '../git/repository.js';
import { readVersionTrades } from '../git/trades-reader.js';
import { judgeRunningTest } from '../proposals/ab-test.js';
import { retentionPlanAt } from '../proposals/cleanup.js';
import { driftDecisions, type DriftDecision } from './drift.js';

/** At most this many points per line chart: enough for a trend, small enough for the page. */
const MAX_POINTS = 200;

/**
 * Everything the dashboard shows, gathered from the registry at one commit (and, when a forge is
 * given, its open proposals and alerts). The clock is the commit's own time, so the same
 * registry always gives the same page.
 */
export async function collectDashboardData(
  repo: RegistryRepo,
  options: { rev?: string; forge?: Forge } = {},
): Promise<DashboardData> {
  const source = await sourceCommit(repo, options.rev ?? 'HEAD');
  const { snapshot } = await readSnapshot(repo, source.commit);
  const now = new Date(source.committedAt);
  const [proposals, alerts] = options.forge
    ? await Promise.all([options.forge.openProposals(), options.forge.openAlerts()])
    : [[], []];
  const plan = await retentionPlanAt(repo, snapshot, source.commit, now);
  const used = usage(snapshot);
  const cleanupProposal = proposals.find((p) => p.branch === 'modelgate/cleanup/registry');
  const models: ModelPanel[] = [];
  for (const model of [...snapshot.models.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    models.push(
      await modelPanel(repo, snapshot, model, source.commit, now, {
        proposals: proposals.filter((p) => p.branch.endsWith(`/${model.name}`)),
        alert: alerts.find((a) => a.model === model.name),
        plan: plan.models.find((m) => m.model === model.name),
        cleanupProposal,
      }),
    );
  }
  return {
    source: {
      commit: source.commit,
      committedAt: source.committedAt,
      branch: (await currentBranch(repo)) ?? 'main',
    },
    models,
    totals: {
      usedBytes: used.storedBytes,
      cloneBytes: used.cloneBytes,
      freeableBytes: plan.totals.freedBytes,
      cleanupProposal: cleanupProposal ? link('cleanup', cleanupProposal) : null,
    },
  };
}

/**
 * The newest commit that changed the registry, the page itself aside: regenerating the page
 * after committing it gives the same page, so the workflow commits only real changes.
 */
async function sourceCommit(
  repo: RegistryRepo,
  rev: string,
): Promise<{ commit: string; committedAt: string }> {
  // Resolved first, so the revision reaches `git log` as a commit id and never as an option.
  const resolved = await resolveCommit(repo, rev);
  if (!resolved) throw new ModelgateError(`unknown revision ${JSON.stringify(rev)}`);
  const line = (
    await repo.git.run([
      'log',
      '-1',
      '--format=%H %cI',
      resolved,
      '--',
      REGISTRY_DIR,
      `:(exclude)${DASHBOARD_PATH}`,
    ])
  ).trim();
  const [commit, committedAt] = line.split(' ');
  if (!commit || !committedAt) throw new ModelgateError(`no registry commit at ${rev}`);
  return { commit, committedAt: new Date(committedAt).toISOString() };
}

const link = (kind: string, p: ProposalRecord | AlertRecord): ProposalLink => ({
  kind,
  id: p.id,
  url: p.url,
  title: p.title,
});

async function modelPanel(
  repo: RegistryRepo,
  snapshot: Awaited<ReturnType<typeof readSnapshot>>['snapshot'],
  model: ModelRecord,
  commit: string,
  now: Date,
  extra: {
    proposals: ProposalRecord[];
    alert: AlertRecord | undefined;
    plan: Awaited<ReturnType<typeof retentionPlanAt>>['models'][number] | undefined;
    cleanupProposal: ProposalRecord | undefined;
  },
): Promise<ModelPanel> {
  const state = model.deployment;
  const roles = (id: string): ModelPanel['versions'][number]['roles'] => {
    const list: ModelPanel['versions'][number]['roles'] = [];
    if (state?.production === id) list.push('production');
    if (state?.previous_production === id) list.push('previous production');
    if (state?.ab_test?.control === id) list.push('A/B control');
    if (state?.ab_test?.candidate === id) list.push('A/B candidate');
    if (state?.paper_trading?.some((p) => p.version === id)) list.push('paper');
    return list;
  };
  const versions = versionsInOrder(model).flatMap((v) => {
    const m = v.manifest;
    if (!m) return [];
    const e = m.evaluation;
    return [
      {
        version: v.id,
        status: m.status,
        roles: roles(v.id),
        important: m.important === true,
        createdAt: m.created_at,
        backtest: {
          sharpe: e.sharpe,
          win_rate: e.win_rate,
          max_drawdown: e.max_drawdown,
          total_return: e.total_return,
          trades: e.trades,
        },
        sizeBytes: versionSize(v),
        notes: m.notes ?? null,
      },
    ];
  });
  let decisions: DriftDecision[] = [];
  if (state?.production || state?.paper_trading?.length) {
    decisions = await driftDecisions(repo, { model: model.name, rev: commit }).catch(() => []);
  }
  const production = decisions.find((d) => d.role === 'production');
  const order = ['healthy', 'warning', 'critical', 'severe'] as const;
  const worst = decisions.reduce<(typeof order)[number] | null>(
    (top, d) =>
      top === null || order.indexOf(d.current_severity) > order.indexOf(top)
        ? d.current_severity
        : top,
    null,
  );
  const productionVersion = state?.production ? model.versions.get(state.production) : undefined;
  const productionEquity = productionVersion
    ? downsample(await equityOf(repo, productionVersion))
    : [];
  let abTest: ModelPanel['abTest'] = null;
  if (state?.ab_test) {
    const { test, evidence, judgement } = await judgeRunningTest(
      repo,
      snapshot,
      model.name,
      commit,
      now,
    );
    abTest = {
      control: test.control,
      candidate: test.candidate,
      split: test.split,
      startedAt: test.started_at,
      verdict: judgement.verdict,
      reason: judgement.reason,
      progress: {
        tradesPerArm: judgement.minimums.tradesPerArm,
        minTradesPerArm: test.min_trades_per_arm ?? 0,
        days: judgement.minimums.days,
        minDays: test.min_days ?? 0,
        maxDays: test.max_days ?? 0,
        requirement: test.min_requirement ?? 'both',
        met: judgement.minimums.met,
      },
      arms: {
        control: armView(judgement.arms.control),
        candidate: armView(judgement.arms.candidate),
      },
      difference: judgement.difference
        ? {
            estimate: judgement.difference.estimate,
            lower: judgement.difference.lower,
            upper: judgement.difference.upper,
          }
        : null,
      equity: {
        control: downsample(cumulative(evidence.controlTimes, evidence.control)),
        candidate: downsample(cumulative(evidence.candidateTimes, evidence.candidate)),
      },
    };
  }
  return {
    model: model.name,
    production: state?.production ?? null,
    state: worst ?? 'not monitored',
    versions,
    live: production
      ? {
          version: production.version,
          role: production.role,
          trades: production.live.trades,
          winRate: production.live.win_rate,
          sharpeAnnualised: production.live.sharpe_annualised,
          maxDrawdown: production.live.max_drawdown,
          currentDrawdown: production.live.current_drawdown,
          baseline: {
            sharpe: production.baseline.sharpe_annual,
            winRate: production.baseline.win_rate,
          },
          severity: production.current_severity,
          action: production.action,
          alarms: production.alarms
            .filter(
              (a) => production.evidence.trades - a.trades < production.recovery.window_trades,
            )
            .map((a) => `${a.severity} ${a.rule} at trade ${a.trades} (${a.at})`),
        }
      : null,
    alert: extra.alert ? link('alert', extra.alert) : null,
    productionEquity,
    abTest,
    cleanup: {
      usedBytes: extra.plan?.usedBytes ?? 0,
      freeableBytes: extra.plan?.freedBytes ?? 0,
      candidates: (extra.plan?.versions ?? [])
        .filter((v) => v.decision === 'candidate')
        .map((v) => v.version),
      budget: extra.plan?.budget.summary ?? '',
      proposal: extra.cleanupProposal ? link('cleanup', extra.cleanupProposal) : null,
    },
    proposals: extra.proposals.map((p) => link(p.branch.split('/')[1] ?? 'proposal', p)),
  };
}

function armView(arm: {
  trades: number;
  sharpeAnnualised: number | null;
  sharpeIntervalAnnualised: [number, number] | null;
}): { trades: number; sharpeAnnualised: number | null; interval: [number, number] | null } {
  return {
    trades: arm.trades,
    sharpeAnnualised: arm.sharpeAnnualised,
    interval: arm.sharpeIntervalAnnualised,
  };
}

async function equityOf(
  repo: RegistryRepo,
  version: Parameters<typeof readVersionTrades>[1],
): Promise<{ at: string; cumulativeReturn: number }[]> {
  const times: string[] = [];
  const returns: number[] = [];
  for await (const day of readVersionTrades(repo, version, { mode: 'live' })) {
    for (const trade of day) {
      times.push(trade.closed_at);
      returns.push(trade.return);
    }
  }
  return cumulative(times, returns);
}

/** Compounded: what a unit of capital became, minus one. */
function cumulative(
  times: readonly string[],
  returns: readonly number[],
): { at: string; cumulativeReturn: number }[] {
  let equity = 1;
  return returns.map((r, i) => {
    equity *= 1 + r;
    return { at: times[i]!, cumulativeReturn: equity - 1 };
  });
}

/** Evenly spaced points, always keeping the last. */
function downsample<T>(points: T[]): T[] {
  if (points.length <= MAX_POINTS) return points;
  const step = points.length / MAX_POINTS;
  const kept: T[] = [];
  for (let i = 0; i < MAX_POINTS - 1; i++) kept.push(points[Math.floor(i * step)]!);
  kept.push(points[points.length - 1]!);
  return kept;
}

/**
 * Writes the page into the registry as one commit, only when it changed: the page depends on the
 * registry, not the clock, so regenerating it after committing it changes nothing.
 */
export async function writeDashboard(
  repo: RegistryRepo,
  data: DashboardData,
  options: CommitOptions = {},
): Promise<CommitResult<PlannedChange> & { page: string }> {
  const page = renderDashboardPage(data);
  const result = await commitToRegistry(
    repo,
    async (base) => ({
      writes:
        base.commit &&
        (await repo.git.tryRun(['show', `${base.commit}:${DASHBOARD_PATH}`])) === page
          ? []
          : [{ path: DASHBOARD_PATH, text: page }],
      message: formatCommitMessage({
        action: 'dashboard',
        subject: `dashboard for registry commit ${data.source.commit.slice(0, 10)}`,
        body: `Regenerated ${DASHBOARD_PATH} from ${data.source.commit} (${data.source.committedAt}).`,
        reason: 'the registry changed',
      }),
    }),
    options,
  );
  return { ...result, page };
}
