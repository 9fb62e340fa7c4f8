import { formatCommitMessage } from '../core/commit-message.js';
import { formatBytes } from '../core/policy.js';
import { ModelgateError } from '../core/problems.js';
import { versionSize, type RegistrySnapshot } from '../core/snapshot.js';
import { editYaml } from '../core/yaml-file.js';
import type { FileWrite, PlannedChange } from '../git/registry-writer.js';
import { requireVersion } from './change-version.js';

export interface Tombstoning {
  versions: { model: string; version: string }[];
  /** When the deletion was proposed; recorded in each tombstone. */
  at: string;
  /** Which proposal deletes them (`#12`, or the branch before the number is known). */
  proposal: string;
}

/**
 * Deletes versions the safe way: their artifacts go, their manifests stay as tombstones
 * (status deleted, when, by which proposal), so metrics, trades and history stay readable.
 * Whatever must never be deleted is refused by `verify` when the change is built.
 */
export function planTombstones(snapshot: RegistrySnapshot, change: Tombstoning): PlannedChange {
  if (change.versions.length === 0) throw new ModelgateError('nothing to delete');
  const writes: FileWrite[] = [];
  let bytes = 0;
  for (const { model, version } of change.versions) {
    const record = requireVersion(snapshot, model, version);
    if (record.manifest.status === 'deleted') {
      throw new ModelgateError(`${model} ${version} is deleted already`);
    }
    bytes += versionSize(record);
    for (const artifact of record.artifactFiles.values()) {
      writes.push({ path: artifact.path, remove: true });
    }
    writes.push({
      path: record.manifestPath,
      text: editYaml(snapshot.texts.get(record.manifestPath) ?? '', [
        [['status'], 'deleted'],
        [['status_reason'], `deleted by cleanup proposal ${change.proposal}`],
        [['deleted'], { at: change.at, by: 'modelgate cleanup', proposal: change.proposal }],
      ]),
    });
  }
  const names = change.versions.map((v) => `${v.model} ${v.version}`);
  return {
    writes,
    message: formatCommitMessage({
      action: 'cleanup',
      subject: `delete ${names.length} version${names.length === 1 ? '' : 's'}: ${names.join(', ')}`,
      body: `Artifacts removed (${formatBytes(bytes)}); the manifests stay as tombstones.`,
      reason: `cleanup proposal ${change.proposal}`,
    }),
  };
}
