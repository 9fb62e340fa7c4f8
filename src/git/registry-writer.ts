import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
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

/**
 * A change a rerun must recognise rather than make again, for requests that are not idempotent
 * by themselves (register adds a version, rollback goes back one more): the commit about to be
 * pushed is recorded in the git directory under `key`, which the same request, rerun, gives
 * again. A run killed after pushing leaves the record; its rerun finds the commit on the branch
 * and reports what `landed` makes of it instead of planning the change a second time. The record
 * goes once the change landed and the work tree followed it; one older than a day is ignored (a
 * request that late is a new one).
 */
export interface Resumable<T extends PlannedChange> {
  key: string;
  /** What to keep beside the commit for `landed` (JSON). */
  detail: (plan: T) => unknown;
  /** The plan to report for a change that landed before: no writes. Undefined: plan anew. */
  landed: (base: LoadedSnapshot, detail: unknown) => T | undefined;
}

export interface CommitResult<T extends PlannedChange> {
  /** The new commit; when `unchanged`, the tip the (empty) change was planned on. */
  commit: string | undefined;
  /** The plan had nothing to write, so nothing was committed. */
  unchanged: boolean;
  /**
   * An earlier run of this same request made the change and was interrupted before it could
   * say so (see `Resumable`): the commit it made, which `commit` (the tip) contains.
   */
  resumedFrom?: string;
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
  options: CommitOptions & { resumable?: Resumable<T> } = {},
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
  const record = options.resumable && (await pendingRecord(repo, options.resumable.key));
  for (let attempt = 1; ; attempt++) {
    try {
      const base = await readBase(repo, branch, remote);
      // Read at every attempt: an earlier attempt of this very run may have landed unheard.
      const earlier = await record?.read();
      const landed =
        earlier && base.commit && (await isAncestor(repo, earlier.commit, base.commit))
          ? options.resumable!.landed(base, earlier.detail)
          : undefined;
      const plan = landed ?? (await planChange(base));
      if (plan.writes.length === 0) {
        const warnings = remote && base.commit ? await catchUp(repo, branch, base.commit) : [];
        // The earlier run was killed: git may have been killed with it, holding a lock.
        if (landed) warnings.push(...(await locksLeftBehind(repo, branch)));
        if (landed && warnings.length === 0) await record?.clear();
        return {
          commit: base.commit,
          unchanged: true,
          ...(landed && earlier ? { resumedFrom: earlier.commit } : {}),
          branch,
          remote,
          plan,
          attempts: attempt,
          warnings,
        };
      }
      if (plan.writes.some((write) => 'sourceFile' in write)) await requireGitLfs(repo);
      const commit = await buildCommit(repo, base, plan, artifactBlobs);
      await record?.write({ commit, detail: options.resumable!.detail(plan) });
      const warnings = remote
        ? await pushCommit(repo, remote, branch, base.commit, commit, plan)
        : await advanceLocalBranch(repo, branch, base.commit, commit);
      // Kept while the work tree is behind: the user is told to run the command again.
      if (warnings.length === 0) await record?.clear();
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

interface PendingChange {
  commit: string;
  detail: unknown;
  /** When it was recorded (ms): a rerun comes soon; a request days later is a new one. */
  at: number;
}

const PENDING_LIFETIME_MS = 24 * 3600 * 1000;

/** Where a resumable change's commit is recorded: `<git dir>/modelgate/pending/<key hash>`. */
async function pendingRecord(
  repo: RegistryRepo,
  key: string,
): Promise<{
  read(): Promise<PendingChange | undefined>;
  write(pending: Omit<PendingChange, 'at'>): Promise<void>;
  clear(): Promise<void>;
}> {
  const gitDir = (await repo.git.run(['rev-parse', '--git-common-dir'])).trim();
  const dir = join(isAbsolute(gitDir) ? gitDir : join(repo.root, gitDir), 'modelgate', 'pending');
  const file = join(dir, `${createHash('sha256').update(key).digest('hex')}.json`);
  return {
    read: async () => {
      const text = await readFile(file, 'utf8').catch(() => undefined);
      try {
        const pending = text ? (JSON.parse(text) as Partial<PendingChange>) : undefined;
        const fresh =
          typeof pending?.at === 'number' && Date.now() - pending.at < PENDING_LIFETIME_MS;
        return fresh &&
          typeof pending.commit === 'string' &&
          /^[0-9a-f]{40,64}$/.test(pending.commit)
          ? (pending as PendingChange)
          : undefined;
      } catch {
        return undefined; // cut short by a kill: as if it were not there
      }
    },
    write: async (pending) => {
      await mkdir(dir, { recursive: true });
      // Whole or not at all: a record cut short must not be read as another.
      const partial = `${file}.${process.pid}.tmp`;
      await writeFile(partial, JSON.stringify({ ...pending, at: Date.now() }));
      await rename(partial, file);
    },
    clear: () => rm(file, { force: true }),
  };
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
  const fetched = await repo.git.attempt([
    'fetch',
    '--quiet',
    '--no-tags',
    remote,
    `+refs/heads/${branch}:${trackingRef}`,
  ]);
  if (!fetched.ok) {
    // Either the remote has no such branch yet (first push), or it cannot be reached, or the
    // fetch failed here (a lock left by a killed git, a full disk): only the first may go on,
    // since planning on a stale tip would make every push lose a race that is not there.
    const heads = await repo.git.attempt(['ls-remote', '--heads', remote, `refs/heads/${branch}`]);
    if (!heads.ok) throw new ModelgateError(`cannot reach git remote ${JSON.stringify(remote)}`);
    if (heads.stdout.trim()) {
      throw new ModelgateError(
        `cannot fetch ${branch} from ${remote}: ${explainGitFailure(repo, fetched.stderr)}`,
      );
    }
  }
  const remoteTip = fetched.ok ? await resolveCommit(repo, trackingRef) : undefined;
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
  const relative = (await repo.git.run(['rev-parse', '--git-path', name])).trim();
  const path = isAbsolute(relative) ? relative : join(repo.root, relative);
  await removeAbandonedIndexes(dirname(path));
  return path;
}

const TEMPORARY_INDEX = /^modelgate-(\d+)-[0-9a-f]+\.index(\.lock)?$/;

/**
 * A run killed while building its commit leaves its temporary index (and git's lock on it)
 * behind: harmless, but they would pile up. Those of processes no longer running are removed;
 * the pid in the name says whose they are (the git directory is on this machine).
 */
async function removeAbandonedIndexes(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(TEMPORARY_INDEX.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    await rm(join(dir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (thrown) {
    // EPERM: it runs, as someone else.
    return (thrown as NodeJS.ErrnoException).code !== 'ESRCH';
  }
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
  let remoteTip = commit;
  if (!pushed.ok) {
    const tip = await repo.git.tryRun(['ls-remote', '--heads', remote, `refs/heads/${branch}`]);
    const now = tip?.split('\t')[0]?.trim();
    if (!now || now === base) {
      // Not a race: a protected branch, a hook, permissions or the network. Say what git said.
      throw new ModelgateError(
        `git push to ${remote} ${branch} was refused: ${pushed.stderr || 'no reason given'}`,
      );
    }
    // The branch moved: another writer landed first, or this push landed and only its answer
    // was lost (a dropped connection): then planning again would apply the change twice.
    if (!(await landedUnder(repo, remote, branch, commit, now))) {
      throw new LostRace(`${remote}/${branch} moved to ${now.slice(0, 12)}`);
    }
    remoteTip = now;
  }
  const warnings: string[] = [];
  const tracked = await repo.git.attempt([
    'update-ref',
    `refs/remotes/${remote}/${branch}`,
    remoteTip,
  ]);
  if (!tracked.ok) {
    // The change has landed; only this clone's record of the remote is behind.
    warnings.push(
      `the change is pushed, but refs/remotes/${remote}/${branch} could not be updated: ${explainGitFailure(repo, tracked.stderr)}`,
    );
  }
  return [...warnings, ...(await followLocally(repo, branch, commit))];
}

/** Whether `commit` is on the remote branch whose tip is `tip` (the tip itself, or below it). */
async function landedUnder(
  repo: RegistryRepo,
  remote: string,
  branch: string,
  commit: string,
  tip: string,
): Promise<boolean> {
  if (tip === commit) return true;
  if (!(await resolveCommit(repo, tip))) {
    await repo.git.tryRun(['fetch', '--quiet', '--no-tags', remote, `refs/heads/${branch}`]);
  }
  if (!(await resolveCommit(repo, tip))) return false;
  return isAncestor(repo, commit, tip);
}

/**
 * Git's message, with what to do when it is a lock a killed git process left behind: git never
 * removes those itself, and cannot tell them from the lock of a git that is still running.
 */
export function explainGitFailure(repo: RegistryRepo, stderr: string): string {
  const lock = /Unable to create '([^']+\.lock)': File exists/.exec(stderr)?.[1];
  if (!lock) return stderr.trim() || 'no reason given';
  const path = isAbsolute(lock) ? lock : join(repo.root, lock);
  return `${path} exists: another git process is working in ${repo.root}, or one was killed and left its lock behind; if no git is running there, delete ${path} and run the command again`;
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
    const merged = await repo.git.attempt(['merge', '--ff-only', '--quiet', commit]);
    if (!merged.ok) {
      if ((await resolveCommit(repo, 'HEAD')) !== head)
        throw new LostRace(`${branch} moved during the update`);
      if (/Unable to create '[^']+\.lock'/.test(merged.stderr)) {
        throw new ModelgateError(
          `cannot update ${branch}: ${explainGitFailure(repo, merged.stderr)}`,
        );
      }
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

/**
 * Nothing to write, but the local branch may be behind the remote's tip: a run killed between
 * pushing and following (its rerun finds the change there already) left it so. It follows now,
 * as it would have.
 */
async function catchUp(repo: RegistryRepo, branch: string, tip: string): Promise<string[]> {
  const localTip = await resolveCommit(repo, `refs/heads/${branch}`);
  if (!localTip || localTip === tip || !(await isAncestor(repo, localTip, tip))) return [];
  return followLocally(repo, branch, tip, 'nothing new was written');
}

/**
 * Locks a git process killed while updating `branch` would have left (git never removes them
 * itself), each named with what to do. Only asked after a run known to have been killed: a lock
 * seen at any other time may be a running git's.
 */
async function locksLeftBehind(repo: RegistryRepo, branch: string): Promise<string[]> {
  const warnings: string[] = [];
  for (const name of ['HEAD.lock', 'index.lock', `refs/heads/${branch}.lock`]) {
    const relative = (await repo.git.run(['rev-parse', '--git-path', name])).trim();
    const path = isAbsolute(relative) ? relative : join(repo.root, relative);
    if (await stat(path).catch(() => undefined)) {
      warnings.push(
        `an interrupted earlier run left ${path}: if no git is running in ${repo.root}, delete ${path}`,
      );
    }
  }
  return warnings;
}

/** After a push, brings the local branch (and the work tree, when checked out) up to date. */
async function followLocally(
  repo: RegistryRepo,
  branch: string,
  commit: string,
  done = 'the change is pushed',
): Promise<string[]> {
  const localTip = await resolveCommit(repo, `refs/heads/${branch}`);
  if (localTip && !(await isAncestor(repo, localTip, commit))) {
    return [
      `your local ${branch} has commits that are not on the remote; run \`git pull --rebase\` to see this change`,
    ];
  }
  if ((await currentBranch(repo)) === branch) {
    let merged = await repo.git.attempt(['merge', '--ff-only', '--quiet', commit]);
    if (!merged.ok && localTip && (await completesInterruptedUpdate(repo, localTip, commit))) {
      merged = await repo.git.attempt(['reset', '--quiet', '--hard', commit]);
    }
    if (!merged.ok) {
      const lock = /Unable to create '[^']+\.lock'/.test(merged.stderr);
      return [
        lock
          ? `${done}, but your work tree could not follow: ${explainGitFailure(repo, merged.stderr)}`
          : `${done}, but your work tree could not follow (local changes in the way?): run \`git pull --ff-only\``,
      ];
    }
  } else if (localTip) {
    await repo.git.run(['update-ref', `refs/heads/${branch}`, commit, localTip]);
  }
  return [];
}

/**
 * Whether the work tree's only changes are an interrupted fast-forward from `from` to `to` (a
 * run killed while git was checking the new files out, its lock since removed): nothing staged,
 * and every changed, new or missing file is one `to` changes, a changed or new one with its
 * content in `to` already (or the start of it: the file git was writing). Then moving to `to`
 * outright loses nothing; git itself would refuse, taking those files for local changes.
 */
async function completesInterruptedUpdate(
  repo: RegistryRepo,
  from: string,
  to: string,
): Promise<boolean> {
  const status = await repo.git.attempt([
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=all',
    '--no-renames',
  ]);
  if (!status.ok) return false;
  const entries = status.stdout.split('\0').filter(Boolean);
  if (entries.length === 0) return false;
  const changing = new Set(
    (await repo.git.run(['diff', '--name-only', '-z', '--no-renames', from, to]))
      .split('\0')
      .filter(Boolean),
  );
  for (const entry of entries) {
    const [staged, unstaged, path] = [entry[0], entry[1], entry.slice(3)];
    if ((staged !== ' ' && staged !== '?') || !changing.has(path)) return false;
    // Gone: git removes a file before writing its new content (or for good).
    if (unstaged === 'D') continue;
    const wanted = (
      await repo.git.tryRun(['rev-parse', '--verify', '--quiet', `${to}:${path}`])
    )?.trim();
    if (!wanted) return false;
    // Through the same clean filter as a commit (an artifact is compared as its LFS pointer).
    const present = (await repo.git.tryRun(['hash-object', `--path=${path}`, '--', path]))?.trim();
    if (present !== wanted && !(await writtenHalfway(repo, path, wanted))) return false;
  }
  return true;
}

/** A file whose content is the start of the blob's: git was writing it when it was killed. */
async function writtenHalfway(repo: RegistryRepo, path: string, blob: string): Promise<boolean> {
  const written = await readFile(join(repo.root, path)).catch(() => undefined);
  if (!written) return false;
  const full = (await repo.git.readBlobs([blob])).get(blob);
  return (
    full !== undefined &&
    written.length < full.length &&
    full.subarray(0, written.length).equals(written)
  );
}
