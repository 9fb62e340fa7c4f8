import { ModelgateError } from '../core/problems.js';
import { currentBranch, type RegistryRepo } from '../git/repository.js';
import type { Forge } from './forge.js';
import { createGitHubForge, gitHubSettingsFromEnv } from './github.js';
import { createLocalForge, type LocalForge } from './local.js';

export type ForgeKind = 'local' | 'github';

export interface ForgeChoice {
  /** Default: MODELGATE_FORGE from the environment, else `local` (no GitHub needed). */
  kind?: string;
  env: NodeJS.ProcessEnv;
  /** A token given explicitly (the action's `token` input); else GITHUB_TOKEN or GH_TOKEN. */
  token?: string;
  /** The registry's branch; default: the checked-out branch. */
  baseBranch?: string;
  /** Who acts, for the local forge's record. */
  user?: string;
  onWarning?: (warning: string) => void;
}

export function forgeKind(choice: Pick<ForgeChoice, 'kind' | 'env'>): ForgeKind {
  const kind = choice.kind ?? (choice.env.MODELGATE_FORGE || 'local');
  if (kind !== 'local' && kind !== 'github') {
    throw new ModelgateError(
      `unknown forge ${JSON.stringify(kind)}: use local (branches and proposal files in this clone) or github`,
    );
  }
  return kind;
}

export async function openForge(repo: RegistryRepo, choice: ForgeChoice): Promise<Forge> {
  const kind = forgeKind(choice);
  const baseBranch = choice.baseBranch ?? (await currentBranch(repo));
  if (!baseBranch) {
    throw new ModelgateError(
      'HEAD is detached: pass --branch to say which branch the registry is on',
    );
  }
  if (kind === 'local') return openLocalForge(repo, { ...choice, baseBranch });
  const settings = gitHubSettingsFromEnv(choice.env, choice.token);
  if ('missing' in settings) {
    throw new ModelgateError(`the github forge needs ${settings.missing}`);
  }
  return createGitHubForge({
    ...settings,
    baseBranch,
    remote: 'origin',
    log: { warn: (message) => choice.onWarning?.(message) },
  });
}

export function openLocalForge(
  repo: RegistryRepo,
  choice: Omit<ForgeChoice, 'kind' | 'env' | 'token'> & { baseBranch: string },
): LocalForge {
  return createLocalForge({
    repo,
    baseBranch: choice.baseBranch,
    user: choice.user,
    onWarning: choice.onWarning,
  });
}
