import { formatCommitMessage } from '../core/commit-message.js';
import { assertSafeName } from '../core/names.js';
import { ModelgateError } from '../core/problems.js';
import type { ModelRecord, RegistrySnapshot, VersionRecord } from '../core/snapshot.js';
import type { VersionManifest, VersionStatus } from '../core/types.js';
import { editYaml, type FieldPath } from '../core/yaml-file.js';
import {
  commitToRegistry,
  type CommitOptions,
  type CommitResult,
  type PlannedChange,
} from '../git/registry-writer.js';
import type { LoadedSnapshot, RegistryRepo } from '../git/repository.js';

export function requireModel(snapshot: RegistrySnapshot, model: string): ModelRecord {
  assertSafeName('model name', model);
  if (!snapshot.policyPresent) {
    throw new ModelgateError(
      'this repository is not a modelgate registry yet: run `modelgate init` first',
    );
  }
  const record = snapshot.models.get(model);
  if (!record) {
    const known = [...snapshot.models.keys()].sort();
    throw new ModelgateError(
      `no model named ${model}${known.length ? ` (models: ${known.join(', ')})` : ''}`,
    );
  }
  return record;
}

export function requireVersion(
  snapshot: RegistrySnapshot,
  model: string,
  version: string,
): VersionRecord & { manifest: VersionManifest } {
  const record = requireModel(snapshot, model);
  assertSafeName('version id', version);
  const found = record.versions.get(version);
  if (!found?.manifestPresent) throw new ModelgateError(`${model} has no version ${version}`);
  if (!found.manifest) {
    throw new ModelgateError(
      `${found.manifestPath} is invalid: run \`modelgate verify\` to see why`,
    );
  }
  return found as VersionRecord & { manifest: VersionManifest };
}

export interface MarkInput {
  model: string;
  version: string;
  important?: boolean;
  status?: Exclude<VersionStatus, 'deleted'>;
  reason?: string;
}

/** Marks a version important (kept by every cleanup) or changes its status, as one commit. */
export async function markVersion(
  repo: RegistryRepo,
  input: MarkInput,
  options: CommitOptions = {},
): Promise<CommitResult<PlannedChange>> {
  if (input.important === undefined && input.status === undefined) {
    throw new ModelgateError(
      'mark needs --important, --not-important or --status <active|degraded|archived>',
    );
  }
  return commitToRegistry(
    repo,
    (base: LoadedSnapshot) => {
      const target = requireVersion(base.snapshot, input.model, input.version);
      const manifest = target.manifest;
      if (manifest.status === 'deleted') {
        throw new ModelgateError(
          `${input.model} ${input.version} is deleted; it can no longer be marked`,
        );
      }
      const production = base.snapshot.models.get(input.model)?.deployment?.production;
      if (input.status === 'archived' && production === input.version) {
        throw new ModelgateError(
          `${input.model} ${input.version} is in production: promote or roll back to another version before archiving it`,
        );
      }
      const changes: [FieldPath, unknown][] = [];
      const said: string[] = [];
      if (input.important !== undefined && Boolean(manifest.important) !== input.important) {
        changes.push([['important'], input.important]);
        said.push(input.important ? 'important' : 'not important');
      }
      if (input.status !== undefined && manifest.status !== input.status) {
        changes.push([['status'], input.status]);
        changes.push([['status_reason'], input.reason ?? null]);
        said.push(input.status);
      }
      if (changes.length === 0) return { writes: [], message: '' };
      const text = base.snapshot.texts.get(target.manifestPath) ?? '';
      return {
        writes: [{ path: target.manifestPath, text: editYaml(text, changes) }],
        message: formatCommitMessage({
          action: 'mark',
          subject: `mark ${input.model} ${input.version} ${said.join(', ')}`,
          model: input.model,
          version: input.version,
          reason: input.reason ?? `marked ${said.join(', ')}`,
        }),
      };
    },
    options,
  );
}
