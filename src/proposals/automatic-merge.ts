/**
 * The one proposal modelgate merges itself: a rollback from a `severe` degradation, when the
 * policy sets `rollback.automatic_on_severe`. Its merge commit's title marks it, so that a later
 * run can tell that merge from a person's and say why it happened if the run that merged it
 * could not (see `latestProposal`).
 */
export const AUTOMATIC_ROLLBACK = {
  commitTitle: (model: string, target: string): string =>
    `modelgate: automatic rollback of ${model} to ${target} (severe)`,
  isCommitTitle: (subject: string): boolean =>
    subject.startsWith('modelgate: automatic rollback of '),
  /** Names the merge commit, so it can only be written once the merge is made. */
  comment: (commit: string): string =>
    `Merged automatically: the degradation is severe and the policy sets \`rollback.automatic_on_severe\`. To undo, revert ${commit}.`,
  why: 'severe, and the policy turns automatic rollback on',
};
