import { formatCommitMessage } from '../core/commit-message.js';
import { ModelgateError } from '../core/problems.js';
import { editYaml } from '../core/yaml-file.js';
import {
  commitToRegistry,
  type CommitOptions,
  type CommitResult,
  type PlannedChange,
} from '../git/registry-writer.js';
import type { RegistryRepo } from '../git/repository.js';
import type { RegistrySnapshot } from '../core/snapshot.js';
import { requireModel, requireVersion } from './change-version.js';

export interface ProductionChange {
  model: string;
  /** For a rollback, default: the previous production version. */
  version?: string;
  reason?: string;
  /** More for the commit message's body, e.g. the evidence behind a proposed rollback. */
  details?: string;
}

export interface ProductionChangePlan extends PlannedChange {
  from: string | null;
  to: string;
}

/**
 * Points production at a version, as one reviewed-by-you commit. A person runs this by hand;
 * automated switches arrive as pull requests that a person merges.
 */
export async function promoteVersion(
  repo: RegistryRepo,
  change: ProductionChange,
  options: CommitOptions = {},
): Promise<CommitResult<ProductionChangePlan>> {
  return switchProduction(repo, change, 'promote', options);
}

/** Puts the previous (or a named) version back in production and marks the replaced one degraded. */
export async function rollbackProduction(
  repo: RegistryRepo,
  change: ProductionChange,
  options: CommitOptions = {},
): Promise<CommitResult<ProductionChangePlan>> {
  return switchProduction(repo, change, 'rollback', options);
}

async function switchProduction(
  repo: RegistryRepo,
  change: ProductionChange,
  action: 'promote' | 'rollback',
  options: CommitOptions,
): Promise<CommitResult<ProductionChangePlan>> {
  if (action === 'promote' && !change.version) throw new ModelgateError('promote needs a version');
  return commitToRegistry(repo, (base) => planProductionSwitch(base.snapshot, change, action), {
    ...options,
    // A rollback without a version goes back one more each time it runs: a rerun after a
    // run killed once it had pushed must find its switch made, not switch back again.
    resumable: {
      key: JSON.stringify([action, change.model, change.version ?? null, change.reason ?? null]),
      detail: (plan) => ({ from: plan.from, to: plan.to }),
      landed: (base, detail) => {
        const { from, to } = detail as { from: string | null; to: string };
        // Only while the switch still stands: production moved since means a new request.
        const production = base.snapshot.models.get(change.model)?.deployment?.production;
        return production === to ? { from, to, writes: [], message: '' } : undefined;
      },
    },
  });
}

/**
 * The change that switches production, planned on a registry snapshot: the deployment state,
 * and for a rollback the replaced version marked degraded. Shared by the commands and by
 * rollback proposals, whose branch carries exactly this change.
 */
export function planProductionSwitch(
  snapshot: RegistrySnapshot,
  change: ProductionChange,
  action: 'promote' | 'rollback',
): ProductionChangePlan {
  const model = requireModel(snapshot, change.model);
  const deployment = model.deployment;
  if (!deployment) {
    throw new ModelgateError(
      `${model.deploymentPath} is missing or invalid: run \`modelgate verify\``,
    );
  }
  const from = deployment.production;
  const to = change.version ?? deployment.previous_production;
  if (!to) {
    throw new ModelgateError(
      `${change.model} has no previous production version to roll back to: name one, e.g. \`modelgate rollback ${change.model} v3\``,
    );
  }
  const target = requireVersion(snapshot, change.model, to);
  if (target.manifest.status !== 'active') {
    throw new ModelgateError(
      `${change.model} ${to} is ${target.manifest.status}; only an active version can go into production`,
    );
  }
  if (from === to) {
    throw new ModelgateError(`${change.model} ${to} is already in production`);
  }
  const deploymentText = snapshot.texts.get(model.deploymentPath) ?? '';
  const writes: PlannedChange['writes'] = [
    {
      path: model.deploymentPath,
      text: editYaml(deploymentText, [
        [['production'], to],
        [['previous_production'], from],
      ]),
    },
  ];
  const reason =
    change.reason ?? (action === 'promote' ? `promoted ${to}` : `rolled back from ${from}`);
  if (action === 'rollback' && from) {
    const replaced = model.versions.get(from);
    if (replaced?.manifest && replaced.manifest.status === 'active') {
      writes.push({
        path: replaced.manifestPath,
        text: editYaml(snapshot.texts.get(replaced.manifestPath) ?? '', [
          [['status'], 'degraded'],
          [['status_reason'], reason],
        ]),
      });
    }
  }
  return {
    from,
    to,
    writes,
    message: formatCommitMessage({
      action,
      subject:
        action === 'promote'
          ? `promote ${change.model} ${to}`
          : `rollback ${change.model} to ${to}`,
      body: [
        `Production ${from ?? '(none)'} → ${to}.${action === 'rollback' && from ? ` ${from} is marked degraded.` : ''}`,
        change.details,
      ]
        .filter(Boolean)
        .join('\n\n'),
      model: change.model,
      version: to,
      reason,
    }),
  };
}
