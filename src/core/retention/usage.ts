import { versionsInOrder, type RegistrySnapshot, type VersionRecord } from '../snapshot.js';

/** One version of one model, as callers name it (e.g. from a proposal's checkbox). */
export interface VersionRef {
  model: string;
  version: string;
}

export interface VersionUsage {
  model: string;
  version: string;
  /** A tombstone (status `deleted`): its artifacts are gone, so it holds 0 bytes. */
  deleted: boolean;
  /** Sum of its LFS pointers' sizes (as `versionSize`); 0 for a tombstone. */
  bytes: number;
  /** Artifact files with a valid LFS pointer; 0 for a tombstone. */
  artifacts: number;
}

export interface ModelUsage {
  model: string;
  /** Oldest first. */
  versions: VersionUsage[];
  /** Versions that are not tombstones. */
  liveVersions: number;
  /** Sum of its versions' bytes: an object two versions share is counted twice. */
  bytes: number;
  /** Distinct LFS objects of its live versions: what the model really stores. Budgets use it. */
  storedBytes: number;
}

export interface DiskUsage {
  /** By name. */
  models: ModelUsage[];
  /** Sum of the listed models' `bytes`. */
  bytes: number;
  /** Sum of the listed models' `storedBytes`. */
  storedBytes: number;
  /**
   * What a fresh clone of the branch fetches: every distinct LFS object (by oid) referenced
   * anywhere in the tree, whatever `models` selected. It includes an artifact still stored under
   * a tombstone (which `verify` warns about), since a clone fetches it all the same.
   */
  cloneBytes: number;
  cloneObjects: number;
}

export interface UsageOptions {
  /** Only these models in `models` and the sums (default all); `cloneBytes` is always the tree. */
  models?: readonly string[];
}

/** Every LFS object the tree references, with how many artifact files point at it. */
export type LfsObjectIndex = ReadonlyMap<string, { size: number; references: number }>;

export function isTombstone(version: VersionRecord): boolean {
  return version.manifest?.status === 'deleted';
}

/** Built once per snapshot; `bytesFreedBy` and `usage` take it to avoid rescanning the tree. */
export function indexLfsObjects(snapshot: RegistrySnapshot): LfsObjectIndex {
  const index = new Map<string, { size: number; references: number }>();
  for (const model of snapshot.models.values()) {
    for (const version of model.versions.values()) {
      for (const file of version.artifactFiles.values()) {
        if (!file.pointer) continue;
        const entry = index.get(file.pointer.sha256);
        if (entry) entry.references++;
        else index.set(file.pointer.sha256, { size: file.pointer.size, references: 1 });
      }
    }
  }
  return index;
}

/** Disk use from LFS pointers only: nothing is downloaded. */
export function usage(
  snapshot: RegistrySnapshot,
  options: UsageOptions = {},
  index: LfsObjectIndex = indexLfsObjects(snapshot),
): DiskUsage {
  const names = selectModels(snapshot, options.models);
  const models: ModelUsage[] = [];
  for (const name of names) {
    const model = snapshot.models.get(name);
    if (model) models.push(modelUsage(versionsInOrder(model)));
  }
  let cloneBytes = 0;
  for (const { size } of index.values()) cloneBytes += size;
  return {
    models,
    bytes: sum(models.map((model) => model.bytes)),
    storedBytes: sum(models.map((model) => model.storedBytes)),
    cloneBytes,
    cloneObjects: index.size,
  };
}

/** Usage of one model's versions, given oldest first. */
export function modelUsage(versionsOldestFirst: readonly VersionRecord[]): ModelUsage {
  const versions = versionsOldestFirst.map(versionUsage);
  const live = versionsOldestFirst.filter((version) => !isTombstone(version));
  return {
    model: versionsOldestFirst[0]?.model ?? '',
    versions,
    liveVersions: live.length,
    bytes: sum(versions.map((version) => version.bytes)),
    storedBytes: distinctBytes(live),
  };
}

export function versionUsage(version: VersionRecord): VersionUsage {
  const deleted = isTombstone(version);
  let bytes = 0;
  let artifacts = 0;
  if (!deleted) {
    for (const file of version.artifactFiles.values()) {
      if (!file.pointer) continue;
      bytes += file.pointer.size;
      artifacts++;
    }
  }
  return { model: version.model, version: version.id, deleted, bytes, artifacts };
}

/** Bytes of the distinct LFS objects these versions reference (tombstones hold none). */
export function distinctBytes(versions: Iterable<VersionRecord>): number {
  const seen = new Set<string>();
  let bytes = 0;
  for (const version of versions) {
    if (isTombstone(version)) continue;
    for (const file of version.artifactFiles.values()) {
      if (!file.pointer || seen.has(file.pointer.sha256)) continue;
      seen.add(file.pointer.sha256);
      bytes += file.pointer.size;
    }
  }
  return bytes;
}

/**
 * The bytes deleting these versions frees: the LFS objects that only they reference. An object
 * any other file in the tree still points at (a kept version, another model) frees nothing.
 * Unknown versions and repeats are ignored.
 */
export function bytesFreedBy(
  snapshot: RegistrySnapshot,
  versionsToDelete: Iterable<VersionRef>,
  index: LfsObjectIndex = indexLfsObjects(snapshot),
): number {
  const records: VersionRecord[] = [];
  for (const ref of versionsToDelete) {
    const record = snapshot.models.get(ref.model)?.versions.get(ref.version);
    if (record) records.push(record);
  }
  return bytesFreedByRecords(records, index);
}

/** `bytesFreedBy` for records already looked up (the plan calls it once per version). */
export function bytesFreedByRecords(
  versionsToDelete: Iterable<VersionRecord>,
  index: LfsObjectIndex,
): number {
  const seenVersions = new Set<VersionRecord>();
  const referencesDeleted = new Map<string, number>();
  for (const version of versionsToDelete) {
    if (seenVersions.has(version)) continue;
    seenVersions.add(version);
    for (const file of version.artifactFiles.values()) {
      if (!file.pointer) continue;
      const oid = file.pointer.sha256;
      referencesDeleted.set(oid, (referencesDeleted.get(oid) ?? 0) + 1);
    }
  }
  let freed = 0;
  for (const [oid, count] of referencesDeleted) {
    const entry = index.get(oid);
    if (entry && entry.references === count) freed += entry.size;
  }
  return freed;
}

/** The models asked for (default all), existing ones only, by name. */
export function selectModels(
  snapshot: RegistrySnapshot,
  requested: readonly string[] | undefined,
): string[] {
  const names = requested
    ? [...new Set(requested)].filter((name) => snapshot.models.has(name))
    : [...snapshot.models.keys()];
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
