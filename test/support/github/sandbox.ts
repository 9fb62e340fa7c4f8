import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cloneOrigin, createSandbox, git, type Sandbox } from '../../../src/demo/sandbox.js';
import { startGitHubStandin, type GitHubStandin } from './standin.js';

export interface StandinSandbox {
  root: string;
  sandbox: Sandbox;
  /** A clone of the bare origin with one commit on main (README.md and shared.txt). */
  work: string;
  standin: GitHubStandin;
}

/** A bare origin with one commit on main, a clone of it, and the stand-in serving it. */
export async function startStandinSandbox(options: {
  prefix: string;
  owner: string;
  repo: string;
  token: string;
}): Promise<StandinSandbox> {
  const root = await mkdtemp(join(tmpdir(), options.prefix));
  const sandbox = await createSandbox(root);
  const work = await cloneOrigin(sandbox, 'work');
  await writeFile(join(work, 'README.md'), 'registry\n');
  await writeFile(join(work, 'shared.txt'), 'original\n');
  await git(['add', '.'], work, sandbox.env);
  await git(['commit', '--quiet', '-m', 'initial'], work, sandbox.env);
  await git(['push', '--quiet', 'origin', 'main'], work, sandbox.env);
  const standin = await startGitHubStandin({
    bareRepo: sandbox.origin,
    env: sandbox.env,
    owner: options.owner,
    repo: options.repo,
    token: options.token,
  });
  return { root, sandbox, work, standin };
}
