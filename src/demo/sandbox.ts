import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ModelgateError } from '../core/problems.js';

const run = promisify(execFile);

export interface Sandbox {
  dir: string;
  /** A bare repository standing in for the team's git host. */
  origin: string;
  /** Environment that isolates git from the machine's own configuration. */
  env: NodeJS.ProcessEnv;
}

/**
 * A place to run real git and git-lfs without touching the user's configuration:
 * its own global gitconfig (identity, LFS filters, `main` as default branch), no system config,
 * and only local file transport, so nothing can reach the network.
 */
export async function createSandbox(
  dir: string,
  baseEnv: NodeJS.ProcessEnv = process.env,
): Promise<Sandbox> {
  await mkdir(dir, { recursive: true });
  const gitconfig = join(dir, 'gitconfig');
  await writeFile(
    gitconfig,
    [
      '[user]',
      '\tname = Demo Trader',
      '\temail = trader@example.invalid',
      '[init]',
      '\tdefaultBranch = main',
      '[filter "lfs"]',
      '\tclean = git-lfs clean -- %f',
      '\tsmudge = git-lfs smudge -- %f',
      '\tprocess = git-lfs filter-process',
      '\trequired = true',
      '[advice]',
      '\tdetachedHead = false',
      '',
    ].join('\n'),
  );
  const env: NodeJS.ProcessEnv = {
    PATH: baseEnv.PATH,
    HOME: dir,
    LANG: 'C.UTF-8',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: gitconfig,
    GIT_ALLOW_PROTOCOL: 'file',
    GIT_TERMINAL_PROMPT: '0',
  };
  const origin = join(dir, 'origin.git');
  await git(['init', '--quiet', '--bare', '--initial-branch=main', origin], dir, env);
  return { dir, origin, env };
}

/** Clones the sandbox's origin into `name` (a team member's or a bot's checkout). */
export async function cloneOrigin(sandbox: Sandbox, name: string): Promise<string> {
  const path = join(sandbox.dir, name);
  await git(['clone', '--quiet', sandbox.origin, path], sandbox.dir, sandbox.env);
  return path;
}

export async function git(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (thrown) {
    const error = thrown as { stderr?: string; message: string };
    throw new ModelgateError(`git ${args[0]} failed: ${error.stderr?.trim() || error.message}`);
  }
}
