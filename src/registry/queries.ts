import {
  deriveHistory,
  productionAt,
  productionTimeline,
  type HistoryEvent,
  type ProductionSpell,
} from '../core/history.js';
import { assertSafeName } from '../core/names.js';
import { ModelgateError, sortProblems, type Problem } from '../core/problems.js';
import {
  versionSize,
  versionsInOrder,
  type ModelRecord,
  type RegistrySnapshot,
  type VersionRecord,
} from '../core/snapshot.js';
import type { Evaluation, VersionStatus } from '../core/types.js';
import { verifyRegistry } from '../core/verify.js';
import { tradeFilesToCompare, verifyChange } from '../core/verify-change.js';
import { readModelCommits } from '../git/history-reader.js';
import { readSnapshot, type RegistryRepo } from '../git/repository.js';
import { requireModel, requireVersion } from './change-version.js';

export interface VersionSummary {
  version: string;
  status: VersionStatus | 'invalid';
  production: boolean;
  important: boolean;
  created_at: string | null;
  created_by: string | null;
  parent: string | null;
  /** Artifact bytes, from the LFS pointers. */
  size: number;
  evaluation: Evaluation | null;
}

export interface ModelSummary {
  model: string;
  production: string | null;
  previous_production: string | null;
  size: number;
  versions: VersionSummary[];
}

export function summarizeVersion(model: ModelRecord, version: VersionRecord): VersionSummary {
  const m = version.manifest;
  return {
    version: version.id,
    status: m?.status ?? 'invalid',
    production: model.deployment?.production === version.id,
    important: m?.important ?? false,
    created_at: m?.created_at ?? null,
    created_by: m?.created_by ?? null,
    parent: m?.parent ?? null,
    size: versionSize(version),
    evaluation: m?.evaluation ?? null,
  };
}

export function summarizeModel(model: ModelRecord): ModelSummary {
  const versions = versionsInOrder(model).map((version) => summarizeVersion(model, version));
  return {
    model: model.name,
    production: model.deployment?.production ?? null,
    previous_production: model.deployment?.previous_production ?? null,
    size: versions.reduce((sum, v) => sum + v.size, 0),
    versions,
  };
}

export async function loadRegistry(repo: RegistryRepo, rev = 'HEAD'): Promise<RegistrySnapshot> {
  const { snapshot } = await readSnapshot(repo, rev);
  if (!snapshot.policyPresent) {
    throw new ModelgateError(
      rev === 'HEAD'
        ? 'this repository is not a modelgate registry yet (no committed registry/policy.yaml): run `modelgate init`'
        : `${rev} has no registry (no registry/policy.yaml)`,
    );
  }
  return snapshot;
}

export async function listModels(
  repo: RegistryRepo,
  model?: string,
  rev?: string,
): Promise<ModelSummary[]> {
  const snapshot = await loadRegistry(repo, rev);
  if (model !== undefined) return [summarizeModel(requireModel(snapshot, model))];
  return [...snapshot.models.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(summarizeModel);
}

export interface VersionDetail extends VersionSummary {
  model: string;
  training_data: string | null;
  notes: string | null;
  status_reason: string | null;
  artifacts: {
    path: string;
    sha256: string;
    size: number;
    /** `deleted`: removed by a cleanup; the manifest is a tombstone. */
    stored: 'lfs-pointer' | 'missing' | 'not-lfs' | 'deleted';
  }[];
  manifest_path: string;
}

export async function showVersion(
  repo: RegistryRepo,
  model: string,
  version: string,
  rev?: string,
): Promise<VersionDetail> {
  const snapshot = await loadRegistry(repo, rev);
  const record = requireVersion(snapshot, model, version);
  const m = record.manifest;
  return {
    model,
    ...summarizeVersion(requireModel(snapshot, model), record),
    training_data: m.training_data ?? null,
    notes: m.notes ?? null,
    status_reason: m.status_reason ?? null,
    manifest_path: record.manifestPath,
    artifacts: m.artifacts.map((artifact) => {
      const file = record.artifactFiles.get(artifact.path);
      return {
        ...artifact,
        stored: !file
          ? m.status === 'deleted'
            ? 'deleted'
            : 'missing'
          : file.pointer
            ? 'lfs-pointer'
            : 'not-lfs',
      };
    }),
  };
}

export interface VerifyReport {
  commit?: string;
  /** The commit the change was compared with, when one was given. */
  base?: string;
  models: number;
  versions: number;
  problems: Problem[];
  errors: number;
  warnings: number;
}

/**
 * Checks the registry at `rev`, and, given `base` (a pull request's base, a push's previous tip),
 * what the change did to what was already stored there: no version lost or rewritten, no stored
 * trade removed.
 */
export async function verify(
  repo: RegistryRepo,
  rev = 'HEAD',
  options: { base?: string } = {},
): Promise<VerifyReport> {
  const { commit, snapshot } = await readSnapshot(repo, rev);
  const problems = verifyRegistry(snapshot);
  let base: string | undefined;
  if (options.base !== undefined) {
    const before = await readSnapshot(repo, options.base);
    base = before.commit;
    const changed = tradeFilesToCompare(before.snapshot, snapshot);
    const blobs = await repo.git.readBlobs(
      changed.flatMap((file) => [file.before.blob, ...(file.after ? [file.after.blob] : [])]),
    );
    const text = (blob: string) => blobs.get(blob)?.toString('utf8') ?? '';
    problems.push(
      ...verifyChange(
        before.snapshot,
        snapshot,
        changed.map((file) => ({
          path: file.path,
          before: text(file.before.blob),
          after: file.after ? text(file.after.blob) : undefined,
        })),
      ),
    );
  }
  let versions = 0;
  for (const model of snapshot.models.values()) versions += model.versions.size;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    commit,
    base,
    models: snapshot.models.size,
    versions,
    problems: sortProblems(problems),
    errors,
    warnings: problems.length - errors,
  };
}

export async function modelHistory(
  repo: RegistryRepo,
  model: string,
  rev?: string,
): Promise<HistoryEvent[]> {
  assertSafeName('model name', model);
  const commits = await readModelCommits(repo, model, rev);
  if (commits.length === 0) throw new ModelgateError(`no history for a model named ${model}`);
  return deriveHistory(commits);
}

export interface ProductionAtAnswer {
  model: string;
  at: string;
  version: string | null;
  /** The stretch of time covering `at`; absent when the model did not exist yet. */
  spell?: ProductionSpell;
}

export async function productionAtTime(
  repo: RegistryRepo,
  model: string,
  time: Date,
  rev?: string,
): Promise<ProductionAtAnswer> {
  assertSafeName('model name', model);
  const spells = await readProductionTimeline(repo, model, rev);
  if (spells.length === 0) throw new ModelgateError(`no history for a model named ${model}`);
  const spell = productionAt(spells, time);
  return { model, at: time.toISOString(), version: spell?.version ?? null, spell };
}

/** Production over time for one model, from what landed on the branch (oldest first). */
export async function readProductionTimeline(
  repo: RegistryRepo,
  model: string,
  rev?: string,
): Promise<ProductionSpell[]> {
  const commits = await readModelCommits(repo, model, rev, true);
  return productionTimeline(
    commits.map((c) => ({
      commit: c.commit,
      landedAt: c.landedAt,
      who: c.author,
      production: c.deployment?.after?.production ?? null,
    })),
  );
}
