// The stand-in's view of its bare repository: real git, run with the test's hermetic env.
import { execFile } from 'node:child_process';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class BareRepo {
  constructor(
    readonly path: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Runs git in the bare repo; never throws for a non-zero exit (callers decide). */
  run(args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        [...args],
        {
          cwd: this.path,
          env: { ...this.env, ...extraEnv },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
        (error, stdout, stderr) => {
          if (error && typeof error.code !== 'number') {
            reject(new Error(`cannot run git: ${error.message}`, { cause: error }));
            return;
          }
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
        },
      );
    });
  }

  async ok(args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<string> {
    const result = await this.run(args, extraEnv);
    if (result.code !== 0) {
      throw new Error(`git ${args.join(' ')} failed (${result.code}): ${result.stderr.trim()}`);
    }
    return result.stdout;
  }

  /** The commit a branch points at, or undefined when the branch does not exist. */
  async branchSha(branch: string): Promise<string | undefined> {
    if (!isPlausibleBranchName(branch)) return undefined;
    const result = await this.run([
      'rev-parse',
      '--verify',
      '--quiet',
      `refs/heads/${branch}^{commit}`,
    ]);
    return result.code === 0 ? result.stdout.trim() : undefined;
  }

  async commitsBetween(base: string, head: string): Promise<number> {
    return Number((await this.ok(['rev-list', '--count', `${base}..${head}`])).trim());
  }

  /** Diff stats of what merging `head` into `base` would bring, like GitHub's PR numbers. */
  async diffStats(
    base: string,
    head: string,
  ): Promise<{ additions: number; deletions: number; changedFiles: number }> {
    const mergeBase = await this.run(['merge-base', base, head]);
    const from = mergeBase.code === 0 ? mergeBase.stdout.trim() : base;
    const numstat = await this.ok(['diff', '--numstat', from, head]);
    let additions = 0;
    let deletions = 0;
    let changedFiles = 0;
    for (const line of numstat.split('\n')) {
      if (!line) continue;
      const [added, deleted] = line.split('\t');
      changedFiles += 1;
      // Binary files show `-`: they count as changed, not as lines.
      additions += Number(added) || 0;
      deletions += Number(deleted) || 0;
    }
    return { additions, deletions, changedFiles };
  }

  /**
   * Merges without a worktree: the merged tree, or `undefined` when the merge conflicts.
   * `git merge-tree --write-tree` exits 1 for conflicts and >1 for real failures.
   */
  async mergeTree(base: string, head: string): Promise<string | undefined> {
    const result = await this.run(['merge-tree', '--write-tree', '--no-messages', base, head]);
    if (result.code === 1) return undefined;
    if (result.code !== 0) throw new Error(`git merge-tree failed: ${result.stderr.trim()}`);
    return result.stdout.split('\n')[0]?.trim();
  }

  async treeOf(commit: string): Promise<string> {
    return (await this.ok(['rev-parse', `${commit}^{tree}`])).trim();
  }

  async commitTree(
    tree: string,
    parents: readonly string[],
    message: string,
    identity: { name: string; email: string; date: Date },
  ): Promise<string> {
    const date = `${Math.floor(identity.date.getTime() / 1000)} +0000`;
    const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-m', message];
    return (
      await this.ok(args, {
        GIT_AUTHOR_NAME: identity.name,
        GIT_AUTHOR_EMAIL: identity.email,
        GIT_AUTHOR_DATE: date,
        // GitHub commits merges made with the button as itself.
        GIT_COMMITTER_NAME: 'GitHub',
        GIT_COMMITTER_EMAIL: 'noreply@github.com',
        GIT_COMMITTER_DATE: date,
      })
    ).trim();
  }

  /** Compare-and-swap: false when the branch moved since we read `expected`. */
  async moveBranch(branch: string, next: string, expected: string): Promise<boolean> {
    const result = await this.run(['update-ref', `refs/heads/${branch}`, next, expected]);
    return result.code === 0;
  }

  async commitSubjects(base: string, head: string): Promise<string[]> {
    const out = await this.ok(['log', '--reverse', '--format=%s', `${base}..${head}`]);
    return out.split('\n').filter(Boolean);
  }
}

/** Keeps request input from being read as a git option or revision expression. */
export function isPlausibleBranchName(name: string): boolean {
  return (
    name.length > 0 &&
    !name.startsWith('-') &&
    !/[\s~^:?*[\\]|\.\.|@\{/.test(name) &&
    !name.endsWith('.lock') &&
    !name.endsWith('/')
  );
}
