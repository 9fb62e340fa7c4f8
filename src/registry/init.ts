import { formatCommitMessage } from '../core/commit-message.js';
import { LFS_ATTRIBUTES_RULE, POLICY_PATH } from '../core/layout.js';
import { defaultPolicyYaml } from '../core/policy.js';
import { commitToRegistry, type CommitOptions, type FileWrite } from '../git/registry-writer.js';
import { requireGitLfs, type RegistryRepo } from '../git/repository.js';

export interface InitResult {
  /** The commit made, or undefined when the repository already was a registry. */
  commit?: string;
  wrote: string[];
  warnings: string[];
}

/** Makes a git repository a registry: the policy with its defaults, and the LFS rule for artifacts. */
export async function initRegistry(
  repo: RegistryRepo,
  options: CommitOptions = {},
): Promise<InitResult> {
  await requireGitLfs(repo);
  let wrote: string[] = [];
  const result = await commitToRegistry(
    repo,
    async (base) => {
      const writes: FileWrite[] = [];
      if (!base.snapshot.policyPresent)
        writes.push({ path: POLICY_PATH, text: defaultPolicyYaml() });
      const attributes = base.commit
        ? ((await repo.git.tryRun(['cat-file', 'blob', `${base.commit}:.gitattributes`])) ?? '')
        : '';
      if (!attributes.split('\n').some((line) => line.trim() === LFS_ATTRIBUTES_RULE)) {
        const separator = attributes && !attributes.endsWith('\n') ? '\n' : '';
        writes.push({
          path: '.gitattributes',
          text: `${attributes}${separator}# modelgate: version artifacts are stored with Git LFS.\n${LFS_ATTRIBUTES_RULE}\n`,
        });
      }
      wrote = writes.map((write) => write.path);
      return {
        writes,
        message: formatCommitMessage({
          action: 'init',
          subject: 'init registry',
          body: 'Registry policy with the default thresholds, and Git LFS for version artifacts.',
          reason: 'new registry',
        }),
      };
    },
    options,
  );
  return { commit: result.unchanged ? undefined : result.commit, wrote, warnings: result.warnings };
}
