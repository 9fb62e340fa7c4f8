import { effectivePolicy } from '../core/policy.js';
import { ModelgateError } from '../core/problems.js';
import {
  renderCleanupProposal,
  untickedVersions,
  type CleanupCandidate,
} from '../core/proposals/cleanup-body.js';
import { contentHash, withStateBlock, type ProposalState } from '../core/proposals/state-block.js';
import { bytesFreedBy, planRetention, type RetentionPlan } from '../core/retention/index.js';
import type { RegistrySnapshot } from '../core/snapshot.js';
import type { Forge } from '../forge/forge.js';
import { readBranchTip } from '../git/registry-writer.js';
import type { RegistryRepo } from '../git/repository.js';
import { readProductionTimeline } from '../registry/queries.js';
import { planTombstones } from '../registry/tombstone.js';
import {
  latestProposal,
  reconcileProposal,
  stateOf,
  type ItemReport,
  type ReconcileContext,
} from './reconcile.js';

/** One cleanup proposal for the whole registry: one review, one merge, one place to untick. */
const SCOPE = 'registry';

export interface CleanupOptions {
  now: Date;
  dryRun?: boolean;
}

export interface CleanupReport {
  forge: Forge['kind'];
  dryRun: boolean;
  commit: string;
  plan: RetentionPlan;
  /** The versions the proposal deletes (after people's unticks). */
  selected: string[];
  /** Candidates a person unticked. */
  unticked: string[];
  freed: number;
  item: ItemReport | null;
}

/** The retention plan at the registry branch's tip, with what history knows. */
export async function retentionPlanAt(
  repo: RegistryRepo,
  snapshot: RegistrySnapshot,
  commit: string,
  now: Date,
): Promise<RetentionPlan> {
  const everInProduction = new Map<string, Set<string>>();
  for (const model of snapshot.models.keys()) {
    const spells = await readProductionTimeline(repo, model, commit);
    everInProduction.set(
      model,
      new Set(spells.flatMap((spell) => (spell.version ? [spell.version] : []))),
    );
  }
  return planRetention({ snapshot, now, everInProduction });
}

/**
 * `modelgate cleanup`: opens or updates the registry's cleanup proposal from the retention plan.
 * A version a person unticked stays out; the body is read again right before it is rewritten,
 * so a box ticked or unticked during the run is not lost.
 */
export async function reconcileCleanup(
  repo: RegistryRepo,
  forge: Forge,
  options: CleanupOptions,
): Promise<CleanupReport> {
  const baseRemote = forge.kind === 'github' ? forge.remote : undefined;
  const base = await readBranchTip(repo, forge.baseBranch, baseRemote);
  if (!base.commit) throw new ModelgateError(`${forge.baseBranch} has no commits`);
  const context: ReconcileContext = {
    repo,
    forge,
    snapshot: base.snapshot,
    commit: base.commit,
    baseRemote,
    dryRun: options.dryRun ?? false,
  };
  const plan = await retentionPlanAt(repo, base.snapshot, base.commit, options.now);
  const policy = effectivePolicy(base.snapshot.policy);
  let report: CleanupReport | undefined;
  // Twice at most: if the body changed between reading it and rewriting it, build again from it.
  for (let attempt = 0; attempt < 2; attempt++) {
    const existing = await latestProposal(context, 'cleanup', SCOPE);
    const open = existing?.state === 'open' ? existing : undefined;
    const unticked = untickedVersions(open?.body);
    const previous = stateOf(existing);
    const candidates = candidatesOf(plan, unticked);
    const selected = candidates.filter((c) => c.selected);
    const freed = bytesFreedBy(
      base.snapshot,
      selected.map((c) => ({ model: c.model, version: c.version })),
    );
    const items: ItemReport[] = [];
    const at = previous?.keep?.at ?? options.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const proposalName = open ? `#${open.id}` : `modelgate/cleanup/${SCOPE}`;
    if (selected.length === 0) {
      const why =
        candidates.length === 0
          ? 'no version is a cleanup candidate under the retention policy.'
          : 'every candidate was unticked: nothing left to delete.';
      await reconcileProposal(context, 'cleanup', SCOPE, { notWanted: why }, existing, policy, {
        items,
      });
    } else {
      const rendered = renderCleanupProposal({
        candidates,
        freed,
        priority: plan.priority,
        overBudget: plan.budgetWarnings,
        github: forge.kind === 'github',
      });
      const change = {
        versions: selected.map((c) => ({ model: c.model, version: c.version })),
        at,
        proposal: proposalName,
      };
      const writes = planTombstones(base.snapshot, change).writes;
      const state: ProposalState = {
        v: 1,
        kind: 'cleanup',
        model: SCOPE,
        // What was on offer: a new candidate is a material change after a "no".
        current: contentHash(candidates.map((c) => `${c.model}/${c.version}`)),
        target: contentHash(selected.map((c) => `${c.model}/${c.version}`)),
        severity: plan.priority,
        trades: 0,
        lastAlarmTrade: 0,
        hash: contentHash([
          rendered.title,
          rendered.body,
          ...writes.flatMap((w) => [w.path, 'text' in w ? w.text : 'remove']),
        ]),
        keep: { at },
      };
      if (open && !context.dryRun) {
        // A box ticked since this run read the body must not be lost: read it once more.
        const fresh = await forge.latestProposal(open.branch);
        if (fresh && fresh.body !== open.body && attempt === 0) continue;
      }
      await reconcileProposal(
        context,
        'cleanup',
        SCOPE,
        {
          state,
          title: rendered.title,
          body: withStateBlock(rendered.body, state),
          plan: (snapshot) => planTombstones(snapshot, change),
          labels: [`priority:${plan.priority}`],
          exclusiveLabels: ['priority:normal', 'priority:high'],
        },
        existing,
        policy,
        { items },
      );
      // Once the proposal has a number, the tombstones name it rather than the branch.
      const opened = items.find((i) => i.outcome === 'opened');
      if (opened?.id && !context.dryRun && attempt === 0) {
        report = {
          forge: forge.kind,
          dryRun: context.dryRun,
          commit: base.commit,
          plan,
          selected: selected.map((c) => `${c.model}/${c.version}`),
          unticked: [...unticked],
          freed,
          item: opened,
        };
        continue;
      }
    }
    const item = items[0] ?? null;
    return {
      forge: forge.kind,
      dryRun: context.dryRun,
      commit: base.commit,
      plan,
      selected: selected.map((c) => `${c.model}/${c.version}`),
      unticked: [...unticked],
      freed,
      // The first pass opened it; the second only renamed the proposal in the tombstones.
      item: report?.item ?? item,
    };
  }
  if (report) return report;
  throw new ModelgateError(
    'the cleanup proposal kept changing while it was being updated: run again',
  );
}

function candidatesOf(plan: RetentionPlan, unticked: Set<string>): CleanupCandidate[] {
  return plan.candidates.map((v): CleanupCandidate => ({
    model: v.model,
    version: v.version,
    ageDays: v.ageDays,
    metric: v.metric,
    winRate: v.winRate,
    frees: v.frees,
    reasons: v.candidateReasons.map((r) => r.text),
    selected: !unticked.has(`${v.model}/${v.version}`),
  }));
}
