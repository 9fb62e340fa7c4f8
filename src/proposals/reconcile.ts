import type { EffectivePolicy } from '../core/policy.js';
import {
  decideProposalStep,
  readStateBlock,
  type ProposalState,
  type ProposalStep,
} from '../core/proposals/state-block.js';
import type { RegistrySnapshot } from '../core/snapshot.js';
import {
  MODELGATE_LABEL,
  personKey,
  proposalBranch,
  type Forge,
  type ProposalRecord,
  type WantedPeople,
} from '../forge/forge.js';
import {
  deleteClosedProposalBranch,
  deleteMergedProposalBranch,
  publishProposalBranch,
} from '../git/proposal-branch.js';
import type { PlannedChange } from '../git/registry-writer.js';
import type { RegistryRepo } from '../git/repository.js';
import { AUTOMATIC_ROLLBACK } from './automatic-merge.js';

/** Every kind of proposal modelgate makes; each has one branch per model. */
export type ProposalKind = 'rollback' | 'ab-start' | 'ab-conclude' | 'cleanup';

/** What happened (or, in a dry run, would happen) to one proposal or alert. */
export interface ItemReport {
  kind: ProposalKind | 'alert' | 'retraining';
  outcome: 'opened' | 'updated' | 'closed' | 'left alone' | 'merged';
  why: string;
  id?: string;
  url?: string;
  title?: string;
}

export interface WantedProposal {
  state: ProposalState;
  title: string;
  /** With its state block. */
  body: string;
  /** The branch's change, planned on the base branch's registry. */
  plan: (snapshot: RegistrySnapshot) => PlannedChange;
  /** Labels besides `modelgate` and the kind. */
  labels: string[];
  /** Labels of the same family (e.g. every severity) to take off when not in `labels`. */
  exclusiveLabels?: string[];
  /** Merge as soon as it is opened or updated (automatic rollback on `severe`, when allowed). */
  mergeAutomatically?: { commitTitle: string; comment: (commit: string) => string; why: string };
}

export type Wanted = WantedProposal | { notWanted: string };

export interface ReconcileContext {
  repo: RegistryRepo;
  forge: Forge;
  snapshot: RegistrySnapshot;
  /** The base branch commit decisions were made on. */
  commit: string;
  baseRemote: string | false | undefined;
  dryRun: boolean;
}

/** The newest proposal of a kind for a model, tidying a merged branch the host kept. */
export async function latestProposal(
  context: ReconcileContext,
  kind: ProposalKind,
  model: string,
): Promise<ProposalRecord | undefined> {
  const branch = proposalBranch(kind, model);
  const existing = await context.forge.latestProposal(branch);
  if (existing?.state === 'merged' && !context.dryRun) {
    // Hosts often keep a merged PR's branch; once it is all in the base it is only clutter.
    await deleteMergedProposalBranch(context.repo, {
      branch,
      branchRemote: context.forge.remote,
      baseCommit: context.commit,
      // The first run to see the merge, while the branch is still there: if the run that merged
      // automatically failed before saying why, this one says it (commenting first, so that a
      // failure leaves the branch, and the cue, for the next run).
      beforeDeleting: () => explainAutomaticMerge(context, kind, existing),
    });
  }
  if (existing?.state === 'closed' && existing.closedAt && !context.dryRun) {
    // Closing deletes the branch, but a run that failed between the two (or a person closing
    // it by hand) leaves a branch no open proposal owns.
    await deleteClosedProposalBranch(context.repo, {
      branch,
      branchRemote: context.forge.remote,
      closedAt: existing.closedAt,
    });
  }
  return existing;
}

/**
 * Makes one proposal agree with what the evidence asks for: opens, updates, closes or leaves it
 * (see `decideProposalStep`). The branch is published before the proposal is opened or updated,
 * so a proposal never shows a change its branch does not carry. Returns the proposal that is
 * open afterwards, if any.
 */
export async function reconcileProposal(
  context: ReconcileContext,
  kind: ProposalKind,
  model: string,
  wanted: Wanted,
  existing: ProposalRecord | undefined,
  policy: EffectivePolicy,
  report: { items: ItemReport[] },
): Promise<ProposalRecord | undefined> {
  const { forge } = context;
  const branch = proposalBranch(kind, model);
  const step = decideProposalStep(
    'notWanted' in wanted ? wanted : { state: wanted.state },
    existing,
  );
  if (step.step === 'leave' && existing?.state !== 'open' && 'notWanted' in wanted) {
    return undefined; // nothing open and nothing wanted: nothing to report
  }
  if ('notWanted' in wanted || step.step === 'close' || step.step === 'leave') {
    report.items.push(await closeOrLeave(context, kind, existing, step));
    if (step.step !== 'leave' || existing?.state !== 'open') return undefined;
    if ('notWanted' in wanted || context.dryRun) return existing;
    await completeLabels(context, kind, existing, wanted);
    await completePeople(context, existing, policy.review);
    // A run that opened it but failed before merging it (GitHub down at that moment) left an
    // automatic rollback waiting for a person: this run finishes it.
    if (!wanted.mergeAutomatically) return existing;
    const published = await publishProposalBranch(context.repo, {
      baseBranch: forge.baseBranch,
      baseRemote: context.baseRemote,
      branch,
      branchRemote: forge.remote,
      plan: (base) => wanted.plan(base.snapshot),
    });
    if (published.outcome === 'lost-race') return existing;
    return mergeAutomatically(context, kind, existing, wanted, report);
  }

  const { title, body, plan } = wanted;
  if (context.dryRun) {
    report.items.push({
      kind,
      outcome: step.step === 'open' ? 'opened' : 'updated',
      why: step.why,
      id: step.step === 'update' ? existing?.id : undefined,
      title,
    });
    return existing;
  }
  const published = await publishProposalBranch(context.repo, {
    baseBranch: forge.baseBranch,
    baseRemote: context.baseRemote,
    branch,
    branchRemote: forge.remote,
    plan: (base) => plan(base.snapshot),
  });
  if (published.outcome === 'lost-race') {
    report.items.push({
      kind,
      outcome: 'left alone',
      why: `another run moved ${branch} at the same time; it is proposing this`,
      title,
    });
    return undefined;
  }
  const labels = [MODELGATE_LABEL, kind, ...wanted.labels];
  let proposal: ProposalRecord;
  if (step.step === 'open') {
    const created = await forge.createProposal({
      branch,
      title,
      body,
      labels,
      reviewers: policy.review.reviewers,
      assignees: policy.review.assignees,
    });
    proposal = created.proposal;
    report.items.push({
      kind,
      outcome: created.existed ? 'left alone' : 'opened',
      why: created.existed ? 'another run opened it first' : step.why,
      id: proposal.id,
      url: proposal.url,
      title,
    });
  } else {
    proposal = existing!;
    await forge.updateProposal(proposal.id, {
      title,
      body,
      addLabels: labels,
      removeLabels: (wanted.exclusiveLabels ?? []).filter(
        (label) => !labels.includes(label) && proposal.labels.includes(label),
      ),
    });
    await completePeople(context, proposal, policy.review);
    report.items.push({
      kind,
      outcome: 'updated',
      why: step.why,
      id: proposal.id,
      url: proposal.url,
      title,
    });
  }
  if (!wanted.mergeAutomatically) return proposal;
  return mergeAutomatically(context, kind, proposal, wanted, report);
}

/**
 * The comment an automatic merge owes its proposal, posted unless some comment already says it.
 * Only a merge whose commit carries the automatic title (a person's merge never does).
 */
async function explainAutomaticMerge(
  context: ReconcileContext,
  kind: ProposalKind,
  merged: ProposalRecord,
): Promise<void> {
  if (kind !== 'rollback' || !merged.mergeCommit) return;
  // A shallow clone may lack the merge commit: then nothing can be told, and nothing is said.
  const subject = await context.repo.git.tryRun(['show', '-s', '--format=%s', merged.mergeCommit]);
  if (subject === undefined || !AUTOMATIC_ROLLBACK.isCommitTitle(subject.trim())) return;
  await context.forge.comment(merged.id, AUTOMATIC_ROLLBACK.comment(merged.mergeCommit), {
    unlessSaid: true,
  });
}

/** Merges a proposal the policy lets modelgate merge itself, and says so on it. */
async function mergeAutomatically(
  context: ReconcileContext,
  kind: ProposalKind,
  proposal: ProposalRecord,
  wanted: WantedProposal,
  report: { items: ItemReport[] },
): Promise<undefined> {
  const automatic = wanted.mergeAutomatically!;
  const commit = await context.forge.mergeProposal(proposal.id, automatic.commitTitle);
  await context.forge.comment(proposal.id, automatic.comment(commit));
  report.items.push({
    kind,
    outcome: 'merged',
    why: `${automatic.why}: merged as ${commit.slice(0, 12)}`,
    id: proposal.id,
    url: proposal.url,
    title: wanted.title,
  });
  return undefined;
}

/**
 * A proposal left alone must still carry its labels: a run that failed right after opening it
 * (GitHub down between creating the pull request and labelling it) left it without them, and
 * its rerun finds the same evidence and otherwise changes nothing.
 */
async function completeLabels(
  context: ReconcileContext,
  kind: ProposalKind,
  existing: ProposalRecord,
  wanted: WantedProposal,
): Promise<void> {
  // Label names are case-insensitive on GitHub.
  const has = new Set(existing.labels.map((label) => label.toLowerCase()));
  const missing = [MODELGATE_LABEL, kind, ...wanted.labels].filter(
    (label) => !has.has(label.toLowerCase()),
  );
  if (missing.length > 0 && !context.dryRun) {
    await context.forge.updateProposal(existing.id, { addLabels: missing });
  }
}

/**
 * An open proposal or alert must still have the people the policy names, for the same reason as
 * its labels: a run that failed while asking for them (GitHub down right after opening it) left
 * it without them. The item as listed says who is there now; only when someone is missing does
 * the forge look further, and it asks only whoever was never asked: a request a person took back
 * (or a review given) stands.
 */
export async function completePeople(
  context: Pick<ReconcileContext, 'forge' | 'dryRun'>,
  item: { id: string; reviewers?: string[]; assignees: string[] },
  wanted: WantedPeople,
): Promise<void> {
  const missing = (want: readonly string[], have: readonly string[]) => {
    const present = new Set(have.map(personKey));
    return want.filter((name) => !present.has(personKey(name)));
  };
  const lacking: WantedPeople = {
    // Alerts are issues: nobody reviews them.
    reviewers: item.reviewers ? missing(wanted.reviewers, item.reviewers) : [],
    assignees: missing(wanted.assignees, item.assignees),
  };
  if (lacking.reviewers.length === 0 && lacking.assignees.length === 0) return;
  if (!context.dryRun) await context.forge.completePeople?.(item.id, lacking);
}

/** Closes a proposal whose condition cleared, with a comment saying why. */
export async function closeProposal(
  context: ReconcileContext,
  kind: ProposalKind,
  existing: ProposalRecord,
  why: string,
): Promise<ItemReport> {
  return closeOrLeave(context, kind, existing, { step: 'close', why });
}

async function closeOrLeave(
  context: ReconcileContext,
  kind: ProposalKind,
  existing: ProposalRecord | undefined,
  step: ProposalStep,
): Promise<ItemReport> {
  const base = { kind, id: existing?.id, url: existing?.url, title: existing?.title };
  if (step.step === 'close' && existing) {
    if (!context.dryRun)
      await context.forge.closeProposal(existing.id, `Closed by modelgate: ${step.why}`);
    return { ...base, outcome: 'closed', why: step.why };
  }
  return { ...base, outcome: 'left alone', why: step.why };
}

/** The state a proposal's body carries, if it has one. */
export const stateOf = (proposal: ProposalRecord | undefined): ProposalState | undefined =>
  proposal ? readStateBlock(proposal.body) : undefined;
