import { spawn } from 'node:child_process';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit, type SimpleGit, type SimpleGitOptions } from 'simple-git';
import { ModelgateError } from '../core/problems.js';

export interface GitOptions {
  /** Environment for every git process; defaults to this process's environment. */
  env?: NodeJS.ProcessEnv;
}

/**
 * The one place modelgate runs git. Arguments are always arrays (never a shell string).
 * simple-git runs ordinary commands; the few plumbing commands that need stdin or stream
 * binary output (`cat-file --batch`, `hash-object --stdin`, `update-index --index-info`)
 * are spawned directly, because simple-git cannot feed a process's stdin.
 */
export class Git {
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;
  private readonly client: SimpleGit;

  constructor(dir: string, options: GitOptions = {}) {
    this.dir = dir;
    this.env = { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0' };
    this.client = simpleGit(clientOptions(dir)).env(this.env);
  }

  /** Runs git and returns stdout; a failure throws GitCommandError with git's own message. */
  async run(args: string[], extraEnv?: NodeJS.ProcessEnv): Promise<string> {
    try {
      return extraEnv
        ? await simpleGit(clientOptions(this.dir))
            .env({ ...this.env, ...extraEnv })
            .raw(args)
        : await this.client.raw(args);
    } catch (thrown) {
      throw new GitCommandError(args, thrown instanceof Error ? thrown.message : String(thrown));
    }
  }

  /** Like run, but a non-zero exit returns undefined instead of throwing (for queries). */
  async tryRun(args: string[]): Promise<string | undefined> {
    const result = await this.attempt(args);
    return result.ok ? result.stdout : undefined;
  }

  /** Runs git and reports the outcome, with git's own message when it failed. */
  async attempt(args: string[]): Promise<{ ok: boolean; stdout: string; stderr: string }> {
    const result = await this.spawn(args);
    return { ok: result.code === 0, stdout: result.stdout.toString('utf8'), stderr: result.stderr };
  }

  /** Runs git with input on stdin. */
  async runWithInput(
    args: string[],
    input: string | Buffer,
    extraEnv?: NodeJS.ProcessEnv,
  ): Promise<string> {
    const result = await this.spawn(args, input, extraEnv);
    if (result.code !== 0)
      throw new GitCommandError(args, result.stderr || `exit code ${result.code}`);
    return result.stdout.toString('utf8');
  }

  /** Stores files as blobs, as they are (no filters), in one process; returns their ids in order. */
  async hashFiles(paths: readonly string[]): Promise<string[]> {
    if (paths.length === 0) return [];
    const out = await this.runWithInput(
      ['hash-object', '-w', '--no-filters', '--stdin-paths'],
      `${paths.join('\n')}\n`,
    );
    const ids = out.split('\n').filter(Boolean);
    if (ids.length !== paths.length)
      throw new GitCommandError(['hash-object'], `expected ${paths.length} ids, got ${ids.length}`);
    return ids;
  }

  /**
   * Reads many blobs in one `git cat-file --batch` process. The ids go in and the contents
   * come out through temporary files, not pipes: through a pipe Node receives thousands of small
   * chunks, which more than doubles the time to read a large registry (measured in bench/).
   */
  async readBlobs(ids: readonly string[]): Promise<Map<string, Buffer>> {
    const unique = [...new Set(ids)];
    const blobs = new Map<string, Buffer>();
    if (unique.length === 0) return blobs;
    const args = ['cat-file', '--batch', '--buffer'];
    const scratch = await mkdtemp(join(tmpdir(), 'modelgate-'));
    let stdout: Buffer;
    try {
      await writeFile(join(scratch, 'ids'), `${unique.join('\n')}\n`);
      const input = await open(join(scratch, 'ids'), 'r');
      const output = await open(join(scratch, 'blobs'), 'w');
      try {
        const result = await this.spawn(args, undefined, undefined, [input.fd, output.fd]);
        if (result.code !== 0) throw new GitCommandError(args, result.stderr);
      } finally {
        await input.close();
        await output.close();
      }
      stdout = await readFile(join(scratch, 'blobs'));
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
    let offset = 0;
    for (const id of unique) {
      const headerEnd = stdout.indexOf(0x0a, offset);
      if (headerEnd < 0) throw new GitCommandError(args, 'output ended early');
      const header = stdout.toString('utf8', offset, headerEnd);
      const [, type, sizeText] = header.split(' ');
      if (type === undefined || sizeText === undefined) {
        offset = headerEnd + 1; // "<id> missing"
        continue;
      }
      const size = Number(sizeText);
      blobs.set(id, stdout.subarray(headerEnd + 1, headerEnd + 1 + size));
      offset = headerEnd + 1 + size + 1;
    }
    return blobs;
  }

  private spawn(
    args: string[],
    input?: string | Buffer,
    extraEnv?: NodeJS.ProcessEnv,
    files?: [stdin: number, stdout: number],
  ): Promise<{ code: number; stdout: Buffer; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, {
        cwd: this.dir,
        env: extraEnv ? { ...this.env, ...extraEnv } : this.env,
        stdio: files ? [files[0], files[1], 'pipe'] : ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', (error) =>
        reject(
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? new ModelgateError('git is not installed or not on PATH')
            : error,
        ),
      );
      child.on('close', (code) =>
        resolve({
          code: code ?? 1,
          stdout: Buffer.concat(out),
          stderr: Buffer.concat(err).toString('utf8').trim(),
        }),
      );
      child.stdin?.on('error', () => undefined); // git may exit before reading all input
      child.stdin?.end(input ?? '');
    });
  }
}

/**
 * simple-git refuses environment variables such as GIT_CONFIG_GLOBAL, GIT_ASKPASS or
 * GIT_SSH_COMMAND unless allowed. Here they come from the user's own environment (CI runners
 * set several), which is as trusted as running git by hand; modelgate's own arguments never
 * carry config overrides and every name in them is validated first.
 */
function clientOptions(baseDir: string): Partial<SimpleGitOptions> {
  return {
    baseDir,
    maxConcurrentProcesses: 4,
    trimmed: false,
    unsafe: {
      allowUnsafeAskPass: true,
      allowUnsafeConfigPaths: true,
      allowUnsafeConfigEnvCount: true,
      allowUnsafeEditor: true,
      allowUnsafeDiffExternal: true,
      allowUnsafePager: true,
      allowUnsafeGitProxy: true,
      allowUnsafeTemplateDir: true,
      allowUnsafeSshCommand: true,
    },
  };
}

export class GitCommandError extends ModelgateError {
  readonly args: readonly string[];
  readonly gitMessage: string;
  constructor(args: readonly string[], gitMessage: string) {
    super(`git ${args[0] ?? ''} failed: ${gitMessage.trim()}`);
    this.args = args;
    this.gitMessage = gitMessage;
  }
}
