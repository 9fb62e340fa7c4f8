import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { formatLfsPointer, type LfsPointer } from '../core/lfs-pointer.js';
import { ModelgateError, type Problem, formatProblem } from '../core/problems.js';
import { buildSnapshot, type TreeEntry } from '../core/snapshot.js';
import { verifyRegistry } from '../core/verify.js';
import { GitCommandError } from './git.js';
import {
  currentBranch,
  readSnapshot,
  requireGitLfs,
  resolveCommit,
  type LoadedSnapshot,
  type RegistryRepo,
} from './repository.js';

export type FileWrite =
  /** A text file (YAML), stored as is. */
  | { path: string; text: string }
  /**
   * An artifact, stored through the Git LFS clean filter so git holds only its pointer.
   * `pointer` is what the caller measured; the stored pointer must match it.
   */
  | { path: string; sourceFile: string; pointer: LfsPointer }
  /** A blob the planner already wrote (large files it streamed), by id and size. */
  | { path: string; blob: string; size: number }
  | { path: string; remove: true };

export interface PlannedChange {
  writes: FileWrite[];
  message: string;
}

export interface CommitOptions {
  /** Branch to commit to; default: the checked-out branch. */
  branch?: string;
  /** Remote to push to; default `origin` when it exists. `false` keeps the commit local. */
  remote?: string | false;
  maxAttempts?: number;
  /** Called before a retry after losing a race, with the attempt number. */
  onRetry?: (attempt: number, reason: string) => void;
}

export interface CommitResult<T extends PlannedChange> {
  /** The new commit; when `unchanged`, the tip the (empty) change was planned on. */
  commit: string | undefined;
  /** The plan had nothing to write, so nothing was committed. */
  unchanged: boolean;
  branch: string;
  remote?: string;
  plan: T;
  attempts: number;
  /** Things that landed but need a person's attention (e.g. the work tree could not follow). */
  warnings: string[];
}

const ZERO_OID = '0000000000000000000000000000000000000000';

/** Thrown inside an attempt when another writer got there first; the change is planned again. */
class LostRace extends Error {}

/**
 * Commits a change to the registry and publishes it, safely under concurrency:
 * the change is planned from the registry at the branch tip (fetched from the remote),
 * built in a temporary index without touching the work tree, checked against every
 * registry invariant, and pushed without force. When another writer got there first,
 * it fetches and plans again, so two writers both land, in order, and neither is lost.
 * A failure leaves the repository as it was: no commit on the branch, no files written.
 */
export async function commitToRegistry<T extends PlannedChange>(
  repo: RegistryRepo,
  planChange: (base: LoadedSnapshot) => T | Promise<T>,
  options: CommitOptions = {},
): Promise<CommitResult<T>> {
  const branch = options.branch ?? (await currentBranch(repo));
  if (!branch) {
    throw new ModelgateError(
      'HEAD is detached: pass --branch to say which branch the registry is on',
    );
  }
  if (!(await repo.git.tryRun(['check-ref-format', '--branch', branch]))) {
    throw new ModelgateError(`invalid branch name ${JSON.stringify(branch)}`);
  }
  const remote = await chooseRemote(repo, options.remote);
  const maxAttempts = options.maxAttempts ?? 10;
  const artifactBlobs = new Map<string, string>();
  for (let attempt = 1; ; attempt++) {
    try {
      const base = await readBase(repo, branch, remote);
      const plan = await planChange(base);
      if (plan.writes.length === 0) {
        return {
          commit: base.commit,
          unchanged: true,
          branch,
          remote,
          plan,
          attempts: attempt,
          warnings: [],
        };
      }
      if (plan.writes.some((write) => 'sourceFile' in write)) await requireGitLfs(repo);
      const commit = await buildCommit(repo, base, plan, artifactBlobs);
      const warnings = remote
        ? await pushCommit(repo, remote, branch, base.commit, commit, plan)
        : await advanceLocalBranch(repo, branch, base.commit, commit);
      return { commit, unchanged: false, branch, remote, plan, attempts: attempt, warnings };
    } catch (thrown) {
      if (!(thrown instanceof LostRace) || attempt >= maxAttempts) {
        if (thrown instanceof LostRace) {
          throw new ModelgateError(
            `gave up after ${attempt} attempts: other writers kept updating ${branch} (${thrown.message})`,
          );
        }
        throw thrown;
      }
      options.onRetry?.(attempt, thrown.message);
      // Jittered backoff so racing writers spread out instead of colliding again.
      await new Promise((resolve) =>
        setTimeout(resolve, 50 * attempt + Math.random() * 200 * attempt),
      );
    }
  }
}

/**
 * Publishes a commit someone else built (e.g. a merge) as the new tip of `branch`: pushed
 * without force when there is a remote, otherwise a guarded local fast-forward. Returns the
 * warnings; throws when `branch` no longer points at `base` (another writer got there first).
 */
export async function publishCommit(
  repo: RegistryRepo,
  target: { branch: string; remote: string | undefined; base: string | undefined; commit: string },
): Promise<string[]> {
  const plan: PlannedChange = { writes: [], message: '' };
  try {
    return target.remote
      ? await pushCommit(repo, target.remote, target.branch, target.base, target.commit, plan)
      : await advanceLocalBranch(repo, target.branch, target.base, target.commit);
  } catch (thrown) {
    if (thrown instanceof LostRace) {
      throw new ModelgateError(
        `${target.branch} moved while this was being done (${thrown.message}): run the command again`,
      );
    }
    throw thrown;
  }
}

/** The registry at the tip of `branch`, fetched from `remote` first when there is one. */
export async function readBranchTip(
  repo: RegistryRepo,
  branch: string,
  remote: string | false | undefined,
): Promise<LoadedSnapshot & { remote: string | undefined }> {
  const chosen = await chooseRemote(repo, remote);
  return { ...(await readBase(repo, branch, chosen)), remote: chosen };
}

async function chooseRemote(
  repo: RegistryRepo,
  wanted: string | false | undefined,
): Promise<string | undefined> {
  if (wanted === false) return undefined;
  const remotes = (await repo.git.run(['remote'])).split('\n').filter(Boolean);
  if (wanted !== undefined) {
    if (!remotes.includes(wanted))
      throw new ModelgateError(`no git remote named ${JSON.stringify(wanted)}`);
    return wanted;
  }
  return remotes.includes('origin') ? 'origin' : undefined;
}

async function readBase(
  repo: RegistryRepo,
  branch: string,
  remote: string | undefined,
): Promise<LoadedSnapshot> {
  const localTip = await resolveCommit(repo, `refs/heads/${branch}`);
  if (!remote) return localTip ? readSnapshot(repo, localTip) : emptyBase();
  const trackingRef = `refs/remotes/${remote}/${branch}`;
  const fetched = await repo.git.tryRun([
    'fetch',
    '--quiet',
    '--no-tags',
    remote,
    `+refs/heads/${branch}:${trackingRef}`,
  ]);
  const remoteTip = fetched === undefined ? undefined : await resolveCommit(repo, trackingRef);
  if (fetched === undefined) {
    // Either the remote has no such branch yet (first push) or it cannot be reached.
    const heads = await repo.git.tryRun(['ls-remote', '--heads', remote]);
    if (heads === undefined)
      throw new ModelgateError(`cannot reach git remote ${JSON.stringify(remote)}`);
  }
  // Local commits not yet pushed (e.g. `modelgate init`) are published along with the change.
  let base = remoteTip ?? localTip;
  if (
    remoteTip &&
    localTip &&
    localTip !== remoteTip &&
    (await isAncestor(repo, remoteTip, localTip))
  ) {
    base = localTip;
  }
  return base ? readSnapshot(repo, base) : emptyBase();
}

/** A branch with no commits yet: the change will be its first commit. */
function emptyBase(): LoadedSnapshot {
  return { entries: [], snapshot: buildSnapshot([], () => undefined), texts: new Map() };
}

async function isAncestor(
  repo: RegistryRepo,
  ancestor: string,
  descendant: string,
): Promise<boolean> {
  return (
    (await repo.git.tryRun(['merge-base', '--is-ancestor', ancestor, descendant])) !== undefined
  );
}

/**
 * Builds (but does not publish) the commit that applies `plan` on `base`, refusing any change
 * that would add a registry error. For branches other than the registry's own, e.g. proposals.
 */
export async function buildRegistryCommit(
  repo: RegistryRepo,
  base: LoadedSnapshot,
  plan: PlannedChange,
): Promise<string> {
  if (plan.writes.some((write) => 'sourceFile' in write)) await requireGitLfs(repo);
  return buildCommit(repo, base, plan, new Map());
}

async function buildCommit(
  repo: RegistryRepo,
  base: LoadedSnapshot,
  plan: PlannedChange,
  artifactBlobs: Map<string, string>,
): Promise<string> {
  const git = repo.git;
  // Checked before anything is written, even to the object store.
  refuseIfBreaksRegistry(base, plan);
  const written = new Map<string, string>();
  for (const write of plan.writes) {
    if ('text' in write) {
      const blob = (await git.runWithInput(['hash-object', '-w', '--stdin'], write.text)).trim();
      written.set(write.path, blob);
    } else if ('sourceFile' in write) {
      let blob = artifactBlobs.get(write.sourceFile);
      if (!blob) {
        // --path applies .gitattributes for the destination, so git-lfs stores the content
        // in .git/lfs/objects and git gets the pointer.
        blob = (
          await git.run(['hash-object', '-w', `--path=${write.path}`, write.sourceFile])
        ).trim();
        artifactBlobs.set(write.sourceFile, blob);
      }
      written.set(write.path, blob);
    } else if ('blob' in write) {
      written.set(write.path, write.blob);
    }
  }
  await confirmStoredPointers(repo, plan, written);

  const indexFile = await temporaryIndexPath(repo);
  try {
    const env = { GIT_INDEX_FILE: indexFile };
    if (base.commit) await git.run(['read-tree', base.commit], env);
    else await git.run(['read-tree', '--empty'], env);
    const lines = plan.writes.map((write) =>
      'remove' in write
        ? `0 ${ZERO_OID}\t${write.path}`
        : `100644 ${written.get(write.path)!}\t${write.path}`,
    );
    await git.runWithInput(['update-index', '--index-info'], `${lines.join('\n')}\n`, env);
    const tree = (await git.run(['write-tree'], env)).trim();
    return await commitTree(repo, tree, base.commit ? [base.commit] : [], plan.message);
  } finally {
    await rm(indexFile, { force: true });
  }
}

/** `git commit-tree`, with the one failure people meet (no identity) said plainly. */
export async function commitTree(
  repo: RegistryRepo,
  tree: string,
  parents: string[],
  message: string,
): Promise<string> {
  try {
    const args = ['commit-tree', tree, ...parents.flatMap((parent) => ['-p', parent]), '-F', '-'];
    return (await repo.git.runWithInput(args, message)).trim();
  } catch (thrown) {
    if (
      thrown instanceof GitCommandError &&
      /identity|user\.email|user\.name/i.test(thrown.gitMessage)
    ) {
      throw new ModelgateError(
        'git does not know who you are: set `git config user.name` and `git config user.email` (or GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL)',
      );
    }
    throw thrown;
  }
}

/** Safe by construction: a change that would add a registry problem is never committed. */
function refuseIfBreaksRegistry(base: LoadedSnapshot, plan: PlannedChange): void {
  const changed = new Set(plan.writes.map((write) => write.path));
  const entries: TreeEntry[] = base.entries.filter((entry) => !changed.has(entry.path));
  const newTexts = new Map<string, string>();
  for (const write of plan.writes) {
    if ('remove' in write || !write.path.startsWith('registry/')) continue;
    if ('blob' in write) {
      entries.push({ path: write.path, mode: '100644', blob: write.blob, size: write.size });
      continue;
    }
    const text = 'text' in write ? write.text : formatLfsPointer(write.pointer);
    // Not a real blob id: the blobs are written only once the change is known to be safe.
    const blob = `planned:${write.path}`;
    newTexts.set(blob, text);
    entries.push({ path: write.path, mode: '100644', blob, size: Buffer.byteLength(text) });
  }
  const textOf = (blob: string): string | undefined => newTexts.get(blob) ?? base.texts.get(blob);
  const before = new Set(verifyRegistry(base.snapshot).filter(isError).map(formatProblem));
  const introduced = verifyRegistry(buildSnapshot(entries, textOf))
    .filter(isError)
    .filter((problem) => !before.has(formatProblem(problem)));
  if (introduced.length > 0) {
    throw new ModelgateError('refusing to commit: the change would break the registry', introduced);
  }
}

/** The blobs git-lfs produced must be exactly the pointers the change was checked with. */
async function confirmStoredPointers(
  repo: RegistryRepo,
  plan: PlannedChange,
  written: Map<string, string>,
): Promise<void> {
  const artifacts = plan.writes.filter((write) => 'sourceFile' in write);
  const stored = await repo.git.readBlobs(artifacts.map((write) => written.get(write.path)!));
  for (const write of artifacts) {
    const text = stored.get(written.get(write.path)!)?.toString('utf8') ?? '';
    if (text === formatLfsPointer(write.pointer)) continue;
    throw new ModelgateError(
      text.startsWith('version ')
        ? `${write.sourceFile} changed while it was being registered: register it again`
        : `${write.path} would be committed as content, not as a Git LFS pointer: does .gitattributes in your work tree contain the rule \`modelgate init\` writes?`,
    );
  }
}

const isError = (problem: Problem): boolean => problem.severity === 'error';

async function temporaryIndexPath(repo: RegistryRepo): Promise<string> {
  const name = `modelgate-${process.pid}-${randomBytes(6).toString('hex')}.index`;
  const path = (await repo.git.run(['rev-parse', '--git-path', name])).trim();
  return isAbsolute(path) ? path : join(repo.root, path);
}

async function pushCommit(
  repo: RegistryRepo,
  remote: string,
  branch: string,
  base: string | undefined,
  commit: string,
  plan: PlannedChange,
): Promise<string[]> {
  if (plan.writes.some((write) => 'sourceFile' in write)) {
    // Artifacts first: a pushed pointer whose content is not on the server would break every clone.
    await repo.git.run(['lfs', 'push', remote, commit]);
  }
  const pushed = await repo.git.attempt([
    'push',
    '--quiet',
    '--no-verify',
    remote,
    `${commit}:refs/heads/${branch}`,
  ]);
  if (!pushed.ok) {
    const tip = await repo.git.tryRun(['ls-remote', '--heads', remote, `refs/heads/${branch}`]);
    const remoteTip = tip?.split('\t')[0]?.trim();
    if (remoteTip && remoteTip !== base)
      throw new LostRace(`${remote}/${branch} moved to ${remoteTip.slice(0, 12)}`);
    // Not a race: a protected branch, a hook, permissions or the network. Say what git said.
    throw new ModelgateError(
      `git push to ${remote} ${branch} was refused: ${pushed.stderr || 'no reason given'}`,
    );
  }
  await repo.git.run(['update-ref', `refs/remotes/${remote}/${branch}`, commit]);
  return followLocally(repo, branch, commit);
}

/** Without a remote, moving the local branch is the publish step, guarded against races. */
async function advanceLocalBranch(
  repo: RegistryRepo,
  branch: string,
  base: string | undefined,
  commit: string,
): Promise<string[]> {
  if ((await currentBranch(repo)) === branch) {
    const head = await resolveCommit(repo, 'HEAD');
    if (head !== base) throw new LostRace(`${branch} moved while the change was being built`);
    // Here the fast-forward is the publish step itself: if it cannot happen, nothing landed.
    if ((await repo.git.tryRun(['merge', '--ff-only', '--quiet', commit])) === undefined) {
      if ((await resolveCommit(repo, 'HEAD')) !== head)
        throw new LostRace(`${branch} moved during the update`);
      throw new ModelgateError(
        `cannot update your work tree to the new commit: local changes are in the way of ${branch}; commit or stash them and run the command again`,
      );
    }
    return [];
  }
  const moved = await repo.git.tryRun([
    'update-ref',
    `refs/heads/${branch}`,
    commit,
    base ?? ZERO_OID,
  ]);
  if (moved === undefined) throw new LostRace(`${branch} moved while the change was being built`);
  return [];
}

/** After a push, brings the local branch (and the work tree, when checked out) up to date. */
async function followLocally(
  repo: RegistryRepo,
  branch: string,
  commit: string,
): Promise<string[]> {
  const localTip = await resolveCommit(repo, `refs/heads/${branch}`);
  if (localTip && !(await isAncestor(repo, localTip, commit))) {
    return [
      `your local ${branch} has commits that are not on the remote; run \`git pull --rebase\` to see this change`,
    ];
  }
  if ((await currentBranch(repo)) === branch) {
    if ((await repo.git.tryRun(['merge', '--ff-only', '--quiet', commit])) === undefined) {
      return [
        `the change is pushed, but your work tree could not follow (local changes in the way?): run \`git pull --ff-only\``,
      ];
    }
  } else if (localTip) {
    await repo.git.run(['update-ref', `refs/heads/${branch}`, commit, localTip]);
  }
  return [];
}
