import { stat } from 'node:fs/promises';
import { REGISTRY_DIR } from '../core/layout.js';
import { ModelgateError } from '../core/problems.js';
import {
  buildSnapshot,
  entriesToRead,
  type RegistrySnapshot,
  type TreeEntry,
} from '../core/snapshot.js';
import { Git, type GitOptions } from './git.js';

/** A git work tree that holds (or will hold) a registry. */
export interface RegistryRepo {
  git: Git;
  /** Absolute path of the work tree's top level. */
  root: string;
}

export async function openRepo(dir: string, options: GitOptions = {}): Promise<RegistryRepo> {
  const exists = await stat(dir).catch(() => undefined);
  if (!exists?.isDirectory()) throw new ModelgateError(`${dir}: no such directory`);
  const probe = new Git(dir, options);
  const version = await probe.tryRun(['--version']);
  if (!version) throw new ModelgateError('git is not installed or not on PATH');
  const top = await probe.tryRun(['rev-parse', '--show-toplevel']);
  if (!top) {
    throw new ModelgateError(
      `${dir} is not inside a git repository: run \`git init\` there first, then \`modelgate init\``,
    );
  }
  const root = top.trim();
  return { git: new Git(root, options), root };
}

/** Fails with install instructions unless git-lfs is installed; configures its filters if needed. */
export async function requireGitLfs(repo: RegistryRepo): Promise<void> {
  const version = await repo.git.tryRun(['lfs', 'version']);
  if (!version) {
    throw new ModelgateError(
      'git-lfs is not installed: model artifacts are stored with Git LFS. Install it (Debian/Ubuntu: `apt-get install git-lfs`, macOS: `brew install git-lfs`) and run `git lfs install`',
    );
  }
  const configured = await repo.git.tryRun(['config', '--get', 'filter.lfs.process']);
  if (!configured) {
    // Only the filters, in this repository: hooks are left alone (modelgate pushes LFS objects itself).
    await repo.git.run(['lfs', 'install', '--local', '--skip-repo']).catch(async () => {
      await repo.git.run(['config', '--local', 'filter.lfs.process', 'git-lfs filter-process']);
      await repo.git.run(['config', '--local', 'filter.lfs.required', 'true']);
      await repo.git.run(['config', '--local', 'filter.lfs.clean', 'git-lfs clean -- %f']);
      await repo.git.run(['config', '--local', 'filter.lfs.smudge', 'git-lfs smudge -- %f']);
    });
  }
}

/** The commit a revision names, or undefined when it does not exist (e.g. an unborn branch). */
export async function resolveCommit(repo: RegistryRepo, rev: string): Promise<string | undefined> {
  const sha = await repo.git.tryRun([
    'rev-parse',
    '--verify',
    '--quiet',
    '--end-of-options',
    `${rev}^{commit}`,
  ]);
  return sha?.trim() || undefined;
}

/** Lists the registry/ files of a commit with their blob ids and sizes. */
export async function listRegistryTree(repo: RegistryRepo, commit: string): Promise<TreeEntry[]> {
  const out = await repo.git.run([
    'ls-tree',
    '-r',
    '-l',
    '-z',
    '--full-tree',
    commit,
    '--',
    REGISTRY_DIR,
  ]);
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode, type, blob, size] = record.slice(0, tab).split(/\s+/);
    if (type !== 'blob' || !mode || !blob) {
      // A submodule (commit) or symlink under registry/ is reported by verify as a non-regular file.
      entries.push({ path: record.slice(tab + 1), mode: mode ?? '?', blob: blob ?? '', size: 0 });
      continue;
    }
    entries.push({ path: record.slice(tab + 1), mode, blob, size: Number(size) });
  }
  return entries;
}

export interface LoadedSnapshot {
  /** The commit read, or undefined for a branch with no commits yet. */
  commit?: string;
  entries: TreeEntry[];
  snapshot: RegistrySnapshot;
  /** Text of every blob read, so a writer can build the next snapshot without reading again. */
  texts: Map<string, string>;
}

/** Reads the registry as committed at `rev` (default HEAD), without touching the work tree. */
export async function readSnapshot(repo: RegistryRepo, rev = 'HEAD'): Promise<LoadedSnapshot> {
  const commit = await resolveCommit(repo, rev);
  if (!commit) {
    if (rev !== 'HEAD') throw new ModelgateError(`unknown revision ${JSON.stringify(rev)}`);
    return { entries: [], snapshot: buildSnapshot([], () => undefined), texts: new Map() };
  }
  const entries = await listRegistryTree(repo, commit);
  const blobs = await repo.git.readBlobs(entriesToRead(entries).map((entry) => entry.blob));
  const texts = new Map<string, string>();
  for (const [id, content] of blobs) texts.set(id, content.toString('utf8'));
  return { commit, entries, snapshot: buildSnapshot(entries, (blob) => texts.get(blob)), texts };
}

/** The checked-out branch, or undefined when HEAD is detached. */
export async function currentBranch(repo: RegistryRepo): Promise<string | undefined> {
  return (
    (await repo.git.tryRun(['symbolic-ref', '--quiet', '--short', 'HEAD']))?.trim() || undefined
  );
}
