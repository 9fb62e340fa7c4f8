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
  proposalBranch,
  type Forge,
  type ProposalRecord,
} from '../forge/forge.js';
import { deleteMergedProposalBranch, publishProposalBranch } from '../git/proposal-branch.js';
import type { PlannedChange } from '../git/registry-writer.js';
import type { RegistryRepo } from '../git/repository.js';

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
    return step.step === 'leave' && existing?.state === 'open' ? existing : undefined;
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
    report.items.push({
      kind,
      outcome: 'updated',
      why: step.why,
      id: proposal.id,
      url: proposal.url,
      title,
    });
  }
  const automatic = wanted.mergeAutomatically;
  if (!automatic) return proposal;
  const commit = await forge.mergeProposal(proposal.id, automatic.commitTitle);
  await forge.comment(proposal.id, automatic.comment(commit));
  report.items.push({
    kind,
    outcome: 'merged',
    why: `${automatic.why}: merged as ${commit.slice(0, 12)}`,
    id: proposal.id,
    url: proposal.url,
    title,
  });
  return undefined;
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
