import { createGitHubForge, type GitHubForgeOptions } from '../../../src/forge/github.js';
import type { Forge } from '../../../src/forge/forge.js';
import { startGitHubStandin, type GitHubStandin } from './standin.js';

/**
 * The GitHub forge pointed at a stand-in serving acme/registry: quick retries and no pacing, so
 * faults are met in milliseconds. `overrides` for what a test is about (retries, a log).
 */
export function standinForge(
  standin: GitHubStandin,
  token: string,
  overrides: Partial<GitHubForgeOptions> = {},
): Forge {
  return createGitHubForge({
    token,
    owner: 'acme',
    repo: 'registry',
    baseUrl: standin.baseUrl,
    baseBranch: 'main',
    remote: 'origin',
    retry: { retries: 3, baseDelayMs: 2 },
    paceWrites: false,
    ...overrides,
  });
}

/** The stand-in serving a registry fixture's bare origin as acme/registry. */
export function startRegistryStandin(
  f: { sandbox: { origin: string }; env: NodeJS.ProcessEnv },
  token: string,
): Promise<GitHubStandin> {
  return startGitHubStandin({
    bareRepo: f.sandbox.origin,
    env: f.env,
    owner: 'acme',
    repo: 'registry',
    token,
  });
}
