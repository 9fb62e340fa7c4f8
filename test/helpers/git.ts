import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program and reports its exit code and output; never throws for a non-zero exit. */
export function runProcess(
  file: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      { cwd: options.cwd, env: options.env, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          // The program could not be started at all (e.g. not on PATH).
          reject(new Error(`cannot run ${file}: ${error.message}`, { cause: error }));
          return;
        }
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/** Runs git in `cwd`; a failure throws with git's own message so a broken setup is obvious. */
export async function git(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const result = await runProcess('git', args, { cwd, env });
  if (result.code !== 0) {
    throw new Error(`git ${args.join(' ')} failed (${result.code}) in ${cwd}:\n${result.stderr}`);
  }
  return result.stdout;
}

/** Everything a user could see change in a clone and its origin after a command. */
export interface RepoState {
  localHead: string;
  /** Every ref of the bare origin with its commit. */
  originRefs: string;
  /** `git status --porcelain` including untracked and ignored files. */
  status: string;
  /** Every ref of the clone (branches, remote-tracking refs, tags) with its commit. */
  refs: string;
  /** Objects in the clone's Git LFS store: a refused command must not store artifacts. */
  lfsObjects: string[];
  /** Leftovers such as temporary index files. */
  gitDirFiles: string[];
}

export async function listFilesRecursively(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export async function repoState(
  clone: string,
  origin: string,
  env: NodeJS.ProcessEnv,
): Promise<RepoState> {
  // One after another: `git status` briefly takes index.lock, which the listing would see.
  const gitDir = await readdir(join(clone, '.git'));
  const lfsObjects = await listFilesRecursively(join(clone, '.git', 'lfs', 'objects'));
  const localHead = await runProcess('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], {
    cwd: clone,
    env,
  });
  const originRefs = await git(['for-each-ref', '--format=%(refname) %(objectname)'], origin, env);
  const refs = await git(['for-each-ref', '--format=%(refname) %(objectname)'], clone, env);
  const status = await git(
    ['status', '--porcelain', '--untracked-files=all', '--ignored'],
    clone,
    env,
  );
  return {
    localHead: localHead.stdout.trim(),
    originRefs,
    status,
    refs,
    lfsObjects,
    gitDirFiles: gitDir.filter((name) => name.endsWith('.index') || name.endsWith('.lock')).sort(),
  };
}

/** The committed text of a file at a revision, exactly as stored (for an artifact: its pointer). */
export function committedText(
  clone: string,
  env: NodeJS.ProcessEnv,
  path: string,
  rev = 'HEAD',
): Promise<string> {
  return git(['cat-file', '-p', `${rev}:${path}`], clone, env);
}

export async function commitCount(clone: string, env: NodeJS.ProcessEnv, rev = 'HEAD') {
  return Number((await git(['rev-list', '--count', rev], clone, env)).trim());
}

/** An environment whose git commits carry this author and committer date. */
export function envAt(env: NodeJS.ProcessEnv, isoTime: string): NodeJS.ProcessEnv {
  return { ...env, GIT_AUTHOR_DATE: isoTime, GIT_COMMITTER_DATE: isoTime };
}
