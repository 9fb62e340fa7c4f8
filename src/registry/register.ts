import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { formatCommitMessage } from '../core/commit-message.js';
import { artifactPath, deploymentPath, manifestPath } from '../core/layout.js';
import { assertSafeName, nextVersionId } from '../core/names.js';
import { formatBytes } from '../core/policy.js';
import { ModelgateError } from '../core/problems.js';
import type { DeploymentState, Evaluation, VersionManifest } from '../core/types.js';
import { loadYamlFile, toYaml } from '../core/yaml-file.js';
import {
  commitToRegistry,
  type CommitOptions,
  type CommitResult,
  type PlannedChange,
} from '../git/registry-writer.js';
import { requireGitLfs, type RegistryRepo } from '../git/repository.js';

export interface RegisterInput {
  model: string;
  /** Artifact files, absolute or relative to `cwd`. */
  artifacts: string[];
  evaluation: Evaluation;
  /** Ask for this id; by default the next in v1, v2, … is assigned when the change lands. */
  version?: string;
  parent?: string;
  trainingData?: string;
  notes?: string;
  important?: boolean;
  createdBy: string;
  cwd: string;
  now?: () => Date;
}

export interface RegisterPlan extends PlannedChange {
  manifest: VersionManifest;
}

interface HashedArtifact {
  source: string;
  relative: string;
  sha256: string;
  size: number;
}

/** Registers a new version: artifacts into Git LFS, a validated manifest, one commit, pushed. */
export async function registerVersion(
  repo: RegistryRepo,
  input: RegisterInput,
  options: CommitOptions = {},
): Promise<CommitResult<RegisterPlan>> {
  // Everything a person could get wrong is checked before anything is written.
  const model = assertSafeName('model name', input.model);
  if (input.version !== undefined) assertSafeName('version id', input.version);
  if (input.parent !== undefined) assertSafeName('version id', input.parent);
  if (input.artifacts.length === 0)
    throw new ModelgateError('register needs at least one --artifact file');
  const artifacts = await hashArtifacts(input.artifacts, input.cwd);
  await requireGitLfs(repo);

  return commitToRegistry(
    repo,
    (base): RegisterPlan => {
      const { snapshot } = base;
      if (!snapshot.policyPresent) {
        throw new ModelgateError(
          'this repository is not a modelgate registry yet: run `modelgate init` first',
        );
      }
      const existing = snapshot.models.get(model);
      const version = input.version ?? nextVersionId(existing?.versions.keys() ?? []);
      if (existing?.versions.has(version)) {
        throw new ModelgateError(
          `${model} ${version} already exists: versions are never overwritten`,
        );
      }
      if (input.parent && !existing?.versions.has(input.parent)) {
        throw new ModelgateError(`--parent ${input.parent}: ${model} has no such version`);
      }
      const manifest: VersionManifest = {
        schema_version: 1,
        model,
        version,
        created_at: (input.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        created_by: input.createdBy,
        parent: input.parent ?? null,
        training_data: input.trainingData ?? null,
        notes: input.notes ?? null,
        status: 'active',
        important: input.important ?? false,
        artifacts: artifacts.map(({ relative, sha256, size }) => ({
          path: relative,
          sha256,
          size,
        })),
        evaluation: input.evaluation,
      };
      const manifestText = toYaml(manifest);
      const checked = loadYamlFile(manifestPath(model, version), manifestText, 'manifest');
      if (!checked.ok)
        throw new ModelgateError('the manifest to be written is invalid', checked.problems);
      const writes: RegisterPlan['writes'] = [
        { path: manifestPath(model, version), text: manifestText },
      ];
      for (const artifact of artifacts) {
        writes.push({
          path: artifactPath(model, version, artifact.relative),
          sourceFile: artifact.source,
          pointer: { sha256: artifact.sha256, size: artifact.size },
        });
      }
      if (!existing?.deploymentPresent) {
        const deployment: DeploymentState = {
          schema_version: 1,
          model,
          production: null,
          previous_production: null,
        };
        writes.push({ path: deploymentPath(model), text: toYaml(deployment) });
      }
      const total = artifacts.reduce((sum, a) => sum + a.size, 0);
      const e = input.evaluation;
      return {
        manifest,
        writes,
        message: formatCommitMessage({
          action: 'register',
          subject: `register ${model} ${version}`,
          body: [
            `Registered ${model} ${version}${input.parent ? ` (retrained from ${input.parent})` : ''}: ${artifacts.length} artifact${artifacts.length === 1 ? '' : 's'}, ${formatBytes(total)}.`,
            `Backtest ${e.period.start}..${e.period.end}: Sharpe ${e.sharpe}, win rate ${e.win_rate}, max drawdown ${e.max_drawdown}, total return ${e.total_return}, ${e.trades} trades.`,
          ].join('\n'),
          model,
          version,
          reason: input.notes ?? 'new version',
        }),
      };
    },
    {
      ...options,
      // Registering adds a version each time: a rerun after a run killed once it had pushed
      // must find that version, not add another.
      resumable: {
        key: registrationKey(model, input, artifacts),
        detail: (plan) => ({ version: plan.manifest.version }),
        landed: (base, detail) => {
          const { version } = detail as { version?: string };
          const manifest = version
            ? base.snapshot.models.get(model)?.versions.get(version)?.manifest
            : undefined;
          return manifest && { manifest, writes: [], message: '' };
        },
      },
    },
  );
}

/** One line for a person: what was registered, where it went, or that an earlier run did it. */
export function describeRegistration(result: CommitResult<RegisterPlan>): string {
  const { model, version } = result.plan.manifest;
  const pushed = result.remote ? `, pushed to ${result.remote}/${result.branch}` : '';
  return result.resumedFrom
    ? `${model} ${version} was registered by an earlier run of this request that was interrupted before it could say so (commit ${result.resumedFrom.slice(0, 10)}${pushed}); nothing was registered again`
    : `registered ${model} ${version} (commit ${result.commit?.slice(0, 10)}${pushed})`;
}

/** Everything a registration says: the same request, rerun, gives the same key. */
function registrationKey(model: string, input: RegisterInput, artifacts: HashedArtifact[]): string {
  return JSON.stringify([
    'register',
    model,
    input.version ?? null,
    input.parent ?? null,
    input.trainingData ?? null,
    input.notes ?? null,
    input.important ?? false,
    input.createdBy,
    artifacts.map(({ relative, sha256, size }) => [relative, sha256, size]),
    input.evaluation,
  ]);
}

async function hashArtifacts(paths: readonly string[], cwd: string): Promise<HashedArtifact[]> {
  const seen = new Map<string, string>();
  const hashed: HashedArtifact[] = [];
  for (const given of paths) {
    const source = resolve(cwd, given);
    const name = basename(source);
    assertSafeName('artifact file name', name);
    const previous = seen.get(name);
    if (previous)
      throw new ModelgateError(
        `--artifact ${given}: same file name as ${previous}; artifact names must differ`,
      );
    seen.set(name, given);
    const info = await stat(source).catch(() => undefined);
    if (!info) throw new ModelgateError(`--artifact ${given}: no such file`);
    if (!info.isFile()) throw new ModelgateError(`--artifact ${given}: not a regular file`);
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of createReadStream(source)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    hashed.push({ source, relative: `artifacts/${name}`, sha256: hash.digest('hex'), size });
  }
  return hashed;
}
