import { ModelgateError } from '../core/problems.js';
import {
  buildRegistryCommit,
  explainGitFailure,
  readBranchTip,
  type PlannedChange,
} from './registry-writer.js';
import { resolveCommit, type LoadedSnapshot, type RegistryRepo } from './repository.js';

export interface ProposalBranchOptions {
  /** The registry's branch, which the proposal merges into. */
  baseBranch: string;
  /** Where the base branch is fetched from (default `origin` when it exists; false: local only). */
  baseRemote?: string | false;
  branch: string;
  /** Where the proposal branch is pushed; false keeps it a local branch (the local forge). */
  branchRemote: string | false;
  plan: (base: LoadedSnapshot) => PlannedChange;
}

export interface ProposalBranchResult {
  /**
   * `unchanged`: the branch already carries exactly this change and still merges cleanly.
   * `lost-race`: another run moved the branch between reading and pushing; nothing was written.
   */
  outcome: 'created' | 'updated' | 'unchanged' | 'lost-race';
  /** The branch tip afterwards (for `lost-race`, the one this run would have pushed). */
  commit: string;
  /** The base branch commit the change was planned on. */
  base: string;
}

/**
 * Makes a proposal branch carry `plan`: one commit on the base branch's tip, checked by the
 * registry's own rules (so `verify` passes on the branch). A branch that already carries the
 * same change is left alone, even if the base moved since, as long as it still merges cleanly:
 * reruns do not churn. Updates replace the branch with a lease on what was read, so two runs
 * racing cannot overwrite each other: the loser reports `lost-race` and writes nothing.
 */
export async function publishProposalBranch(
  repo: RegistryRepo,
  options: ProposalBranchOptions,
): Promise<ProposalBranchResult> {
  if (!(await repo.git.tryRun(['check-ref-format', '--branch', options.branch]))) {
    throw new ModelgateError(`invalid proposal branch name ${JSON.stringify(options.branch)}`);
  }
  const base = await readBranchTip(repo, options.baseBranch, options.baseRemote);
  if (!base.commit) {
    throw new ModelgateError(`${options.baseBranch} has no commits: run \`modelgate init\` first`);
  }
  const plan = options.plan(base);
  if (plan.writes.length === 0) throw new ModelgateError('a proposal needs a change to propose');
  const existing = await branchTip(repo, options.branch, options.branchRemote);
  if (existing && (await carriesChange(repo, existing, base.commit, plan))) {
    return { outcome: 'unchanged', commit: existing, base: base.commit };
  }
  const commit = await buildRegistryCommit(repo, base, plan);
  const moved = options.branchRemote
    ? await repo.git.attempt([
        'push',
        '--quiet',
        '--no-verify',
        `--force-with-lease=refs/heads/${options.branch}:${existing ?? ''}`,
        options.branchRemote,
        `${commit}:refs/heads/${options.branch}`,
      ])
    : await repo.git.attempt([
        'update-ref',
        `refs/heads/${options.branch}`,
        commit,
        existing ?? '0000000000000000000000000000000000000000',
      ]);
  if (!moved.ok) {
    const now = await branchTip(repo, options.branch, options.branchRemote);
    // This very commit is there: the push landed and only its answer was lost.
    if (now === commit)
      return { outcome: existing ? 'updated' : 'created', commit, base: base.commit };
    if (now !== existing) return { outcome: 'lost-race', commit, base: base.commit };
    throw new ModelgateError(
      `could not publish proposal branch ${options.branch}: ${explainGitFailure(repo, moved.stderr)}`,
    );
  }
  return { outcome: existing ? 'updated' : 'created', commit, base: base.commit };
}

async function branchTip(
  repo: RegistryRepo,
  branch: string,
  remote: string | false,
): Promise<string | undefined> {
  if (!remote) return resolveCommit(repo, `refs/heads/${branch}`);
  const listed = await repo.git.tryRun(['ls-remote', '--heads', remote, `refs/heads/${branch}`]);
  if (listed === undefined) throw new ModelgateError(`cannot reach git remote ${remote}`);
  const tip = listed.split('\t')[0]?.trim();
  if (!tip) return undefined;
  // The tip must be here to compare its files and test the merge.
  if (!(await resolveCommit(repo, tip))) {
    await repo.git.run(['fetch', '--quiet', '--no-tags', remote, `refs/heads/${branch}`]);
  }
  return tip;
}

/** The branch has every planned file exactly as planned, and merges into the base cleanly. */
async function carriesChange(
  repo: RegistryRepo,
  tip: string,
  base: string,
  plan: PlannedChange,
): Promise<boolean> {
  for (const write of plan.writes) {
    const onBranch = await repo.git.tryRun([
      'rev-parse',
      '--verify',
      '--quiet',
      `${tip}:${write.path}`,
    ]);
    if ('remove' in write) {
      if (onBranch !== undefined) return false;
      continue;
    }
    if (!('text' in write)) return false;
    const planned = (await repo.git.runWithInput(['hash-object', '--stdin'], write.text)).trim();
    if (onBranch?.trim() !== planned) return false;
  }
  // Nothing else on the branch: someone's extra commit there would otherwise ride along.
  const forkPoint = (await repo.git.tryRun(['merge-base', base, tip]))?.trim();
  if (!forkPoint) return false;
  const touched = (await repo.git.run(['diff', '--name-only', '--no-renames', forkPoint, tip]))
    .split('\n')
    .filter(Boolean);
  const planned = new Set(plan.writes.map((write) => write.path));
  if (touched.length !== planned.size || touched.some((path) => !planned.has(path))) return false;
  // Merged already, or conflicting with what happened on the base since: rebuild it.
  if ((await repo.git.tryRun(['merge-base', '--is-ancestor', tip, base])) !== undefined)
    return false;
  return (await repo.git.tryRun(['merge-tree', '--write-tree', base, tip])) !== undefined;
}

/**
 * Deletes a proposal branch whose every commit is already in the base (its PR was merged and
 * the host kept the branch): nothing can be lost. Guarded by a lease on the tip it checked.
 * Returns whether a branch was deleted.
 */
export async function deleteMergedProposalBranch(
  repo: RegistryRepo,
  options: {
    branch: string;
    branchRemote: string | false;
    baseCommit: string;
    /** Runs once the branch is known to be merged and still there; a failure keeps it. */
    beforeDeleting?: () => Promise<void>;
  },
): Promise<boolean> {
  const tip = await branchTip(repo, options.branch, options.branchRemote);
  if (!tip) return false;
  const merged =
    (await repo.git.tryRun(['merge-base', '--is-ancestor', tip, options.baseCommit])) !== undefined;
  if (!merged) return false;
  await options.beforeDeleting?.();
  return deleteBranchAt(repo, options.branch, options.branchRemote, tip);
}

/**
 * Deletes the branch of a proposal closed without merging, which no open proposal owns any
 * more (closing deletes it; a run that failed in between, or a person closing the proposal,
 * leaves it). A tip committed after the close is a new proposal on its way (its run stopped
 * before opening it) and is kept for the rerun to adopt. Guarded by a lease on the tip checked.
 * Returns whether a branch was deleted.
 */
export async function deleteClosedProposalBranch(
  repo: RegistryRepo,
  options: { branch: string; branchRemote: string | false; closedAt: string },
): Promise<boolean> {
  const tip = await branchTip(repo, options.branch, options.branchRemote);
  if (!tip) return false;
  const committed = Number((await repo.git.run(['show', '-s', '--format=%ct', tip])).trim());
  if (!(committed * 1000 <= Date.parse(options.closedAt))) return false;
  return deleteBranchAt(repo, options.branch, options.branchRemote, tip);
}

async function deleteBranchAt(
  repo: RegistryRepo,
  branch: string,
  remote: string | false,
  tip: string,
): Promise<boolean> {
  const deleted = remote
    ? await repo.git.attempt([
        'push',
        '--quiet',
        '--no-verify',
        `--force-with-lease=refs/heads/${branch}:${tip}`,
        remote,
        `:refs/heads/${branch}`,
      ])
    : await repo.git.attempt(['update-ref', '-d', `refs/heads/${branch}`, tip]);
  return deleted.ok;
}
