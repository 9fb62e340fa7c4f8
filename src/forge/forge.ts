/**
 * Where proposals and alerts live. modelgate decides *what* to propose (src/proposals); a forge
 * only stores it: GitHub pull requests and issues, or, with no GitHub at all, local branches
 * with readable proposal files (the embedded default).
 *
 * Both forges share one model: a proposal is a branch `modelgate/<kind>/<model>` whose diff
 * against the base branch is the whole change, plus a title, a Markdown body (with a hidden
 * state block, see src/core/proposals/state-block.ts) and labels. Merging it approves it.
 * An alert is an issue per model. The proposal engine pushes the branch itself (with git),
 * before it asks the forge to open or update the proposal.
 */

export type ItemState = 'open' | 'closed' | 'merged';

export interface ProposalRecord {
  /** GitHub: the pull request number. Local: the proposal's number, as text. */
  id: string;
  /** Where a person reads it: the PR's page, or the local proposal file. */
  url: string;
  state: ItemState;
  /** The head branch, e.g. `modelgate/rollback/trader`. */
  branch: string;
  title: string;
  body: string;
  labels: string[];
  /** Who is asked to review it now (a team as `org/team`); giving a review ends one's request. */
  reviewers: string[];
  assignees: string[];
  /** ISO time it was closed or merged. */
  closedAt: string | null;
  /** Merge commit, when merged. */
  mergeCommit: string | null;
}

export interface AlertRecord {
  id: string;
  url: string;
  state: 'open' | 'closed';
  /** The model the alert is about, read from its hidden marker. */
  model: string;
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
}

export interface NewProposal {
  branch: string;
  title: string;
  body: string;
  labels: string[];
  reviewers: string[];
  assignees: string[];
}

export interface NewAlert {
  model: string;
  title: string;
  /** Must contain `alertMarker(model)`: it is how the alert is found again. */
  body: string;
  labels: string[];
  assignees: string[];
}

/** The people an item is meant to have: reviewers (pull requests only) and assignees. */
export interface WantedPeople {
  /** A team as `org/team`. */
  reviewers: string[];
  assignees: string[];
}

export interface ItemUpdate {
  title?: string;
  body?: string;
  addLabels?: string[];
  removeLabels?: string[];
}

export interface Forge {
  readonly kind: 'github' | 'local';
  /** Branch proposals merge into (the registry's branch). */
  readonly baseBranch: string;
  /** Git remote the proposal branches are pushed to; `false`: local branches only. */
  readonly remote: string | false;

  /** The newest proposal whose head is `branch`, in any state; undefined if there never was one. */
  latestProposal(branch: string): Promise<ProposalRecord | undefined>;
  /** Every open proposal modelgate made (head branch under `modelgate/`), oldest first. */
  openProposals(): Promise<ProposalRecord[]>;
  /**
   * Opens a proposal for a branch already pushed. When one is already open for that branch
   * (another run won a race), returns that one with `existed: true` instead of a second.
   */
  createProposal(proposal: NewProposal): Promise<{ proposal: ProposalRecord; existed: boolean }>;
  updateProposal(id: string, update: ItemUpdate): Promise<void>;
  /** Comments, then closes without merging, then deletes the head branch. */
  closeProposal(id: string, comment: string): Promise<void>;
  /** Merges as a reviewer would (a merge commit on the base branch); returns the merge commit. */
  mergeProposal(id: string, commitTitle: string): Promise<string>;
  /**
   * Comments; never twice in a row with the same text. `unlessSaid`: not when any comment on the
   * item already says exactly this (for a comment a later run may owe).
   */
  comment(id: string, text: string, options?: { unlessSaid?: boolean }): Promise<void>;

  /** Open alerts modelgate made, by model; at most one per model is kept open. */
  openAlerts(): Promise<AlertRecord[]>;
  /**
   * A model's most recently closed alerts, newest first (a few): what they remembered outlives
   * them, e.g. that retraining was requested for an episode.
   */
  closedAlerts(model: string): Promise<AlertRecord[]>;
  createAlert(alert: NewAlert): Promise<AlertRecord>;
  updateAlert(id: string, update: ItemUpdate): Promise<void>;
  /** Comments, then closes. */
  closeAlert(id: string, comment: string): Promise<void>;

  /**
   * Asks the wanted people a proposal or alert was never asked for: a run that failed while
   * opening it (GitHub down between creating it and asking) left them out, and its rerun finds it
   * open. Anyone asked once is not asked again, even when no longer there: a person took the
   * request or the assignment back, or gave the review. Absent where an item is written with its
   * people at once, so that none can be left out (the local forge).
   */
  completePeople?(id: string, wanted: WantedPeople): Promise<void>;

  /**
   * Starts the repository's workflows listening to `eventType` (a repository_dispatch), e.g.
   * retraining. Absent where the forge cannot start workflows (the local one).
   */
  dispatchEvent?(eventType: string, payload: Record<string, unknown>): Promise<void>;

  /**
   * Starts one workflow by workflow_dispatch on `ref` (default the registry's branch). Inputs
   * are strings, as GitHub requires, and the workflow must declare each of them.
   */
  dispatchWorkflow?(workflow: string, inputs: Record<string, string>, ref?: string): Promise<void>;
}

/** Every proposal branch lives under this prefix, so modelgate never touches other branches. */
export const PROPOSAL_BRANCH_PREFIX = 'modelgate/';

export function proposalBranch(kind: string, model: string): string {
  return `${PROPOSAL_BRANCH_PREFIX}${kind}/${model}`;
}

/** The label every item modelgate makes carries. */
export const MODELGATE_LABEL = 'modelgate';
export const ALERT_LABEL = 'alert';

/** Hidden in an alert's body; how the alert for a model is found again. */
export function alertMarker(model: string): string {
  return `<!-- modelgate:alert model=${model} -->`;
}

/** The model an alert body names, or undefined when the body has no marker. */
export function modelFromAlertBody(body: string | null | undefined): string | undefined {
  return /<!-- modelgate:alert model=([a-z0-9][a-z0-9._-]*) -->/.exec(body ?? '')?.[1];
}

/**
 * How reviewers and assignees are compared: GitHub ignores the case of logins and team slugs,
 * and a team is asked for by its slug alone (within the repository's organisation), so a team
 * named `org/team` is known by `team` only.
 */
export function personKey(name: string): string {
  const slash = name.indexOf('/');
  return slash < 0 ? `user:${name.toLowerCase()}` : `team:${name.slice(slash + 1).toLowerCase()}`;
}
