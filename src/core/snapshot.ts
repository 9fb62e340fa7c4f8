import { classifyRegistryPath, deploymentPath, manifestPath, POLICY_PATH } from './layout.js';
import { MAX_POINTER_BYTES, parseLfsPointer, type LfsPointer } from './lfs-pointer.js';
import { compareVersionIds } from './names.js';
import type { PolicyFile } from './policy.js';
import type { Problem } from './problems.js';
import type { DeploymentState, VersionManifest } from './types.js';
import { loadYamlFile, MAX_YAML_BYTES } from './yaml-file.js';

/** One file of a git tree, as `git ls-tree -r -l` lists it. */
export interface TreeEntry {
  path: string;
  mode: string;
  blob: string;
  size: number;
}

export interface ArtifactFile {
  path: string;
  relative: string;
  blob: string;
  /** Parsed from the committed blob; absent when the blob is not a valid pointer. */
  pointer?: LfsPointer;
  pointerProblem?: string;
}

/** One day of a version's trades; its content is read only by the commands that need trades. */
export interface TradeFile {
  day: string;
  path: string;
  blob: string;
  size: number;
}

export interface VersionRecord {
  model: string;
  id: string;
  manifestPath: string;
  /** Absent when the manifest file is missing or invalid (the problem is in `problems`). */
  manifest?: VersionManifest;
  manifestPresent: boolean;
  artifactFiles: Map<string, ArtifactFile>;
  tradeFiles: Map<string, TradeFile>;
}

export interface ModelRecord {
  name: string;
  deploymentPath: string;
  deployment?: DeploymentState;
  deploymentPresent: boolean;
  versions: Map<string, VersionRecord>;
}

/** A registry as stored in one git tree: parsed records plus every per-file problem found. */
export interface RegistrySnapshot {
  policy?: PolicyFile;
  policyPresent: boolean;
  models: Map<string, ModelRecord>;
  problems: Problem[];
  /** The text of every YAML file read, by path, so later checks can point at lines. */
  texts: Map<string, string>;
}

/** The entries whose content must be read to build a snapshot: YAML files and LFS pointers. */
export function entriesToRead(entries: readonly TreeEntry[]): TreeEntry[] {
  return entries.filter((entry) => {
    const kind = classifyRegistryPath(entry.path).kind;
    if (kind === 'artifact') return entry.size <= MAX_POINTER_BYTES;
    return (
      (kind === 'policy' || kind === 'deployment' || kind === 'manifest') &&
      entry.size <= MAX_YAML_BYTES
    );
  });
}

/** Builds the registry from a tree listing and the text of the blobs `entriesToRead` chose. */
export function buildSnapshot(
  entries: readonly TreeEntry[],
  textOf: (blob: string) => string | undefined,
): RegistrySnapshot {
  const snapshot: RegistrySnapshot = {
    policyPresent: false,
    models: new Map(),
    problems: [],
    texts: new Map(),
  };
  const model = (name: string): ModelRecord => {
    let record = snapshot.models.get(name);
    if (!record) {
      record = {
        name,
        deploymentPath: deploymentPath(name),
        deploymentPresent: false,
        versions: new Map(),
      };
      snapshot.models.set(name, record);
    }
    return record;
  };
  const version = (modelName: string, id: string): VersionRecord => {
    const versions = model(modelName).versions;
    let record = versions.get(id);
    if (!record) {
      record = {
        model: modelName,
        id,
        manifestPath: manifestPath(modelName, id),
        manifestPresent: false,
        artifactFiles: new Map(),
        tradeFiles: new Map(),
      };
      versions.set(id, record);
    }
    return record;
  };
  const error = (file: string, message: string): void => {
    snapshot.problems.push({ file, message, severity: 'error' });
  };
  const yamlText = (entry: TreeEntry): string | undefined => {
    // An executable bit is harmless; a symlink or a submodule could point anywhere.
    if (entry.mode !== '100644' && entry.mode !== '100755') {
      error(entry.path, `must be a regular file, not ${describeMode(entry.mode)}`);
      return undefined;
    }
    if (entry.size > MAX_YAML_BYTES) {
      error(
        entry.path,
        `is ${entry.size} bytes; registry YAML files are at most ${MAX_YAML_BYTES}`,
      );
      return undefined;
    }
    const text = textOf(entry.blob);
    if (text === undefined) error(entry.path, 'could not be read from git');
    else snapshot.texts.set(entry.path, text);
    return text;
  };

  for (const entry of entries) {
    const place = classifyRegistryPath(entry.path);
    switch (place.kind) {
      case 'outside-layout':
        error(entry.path, `is not part of the registry layout: ${place.reason}`);
        break;
      case 'dashboard':
        break; // generated; nothing in it is registry state
      case 'policy': {
        snapshot.policyPresent = true;
        const text = yamlText(entry);
        if (text === undefined) break;
        const loaded = loadYamlFile<PolicyFile>(POLICY_PATH, text, 'policy');
        if (loaded.ok) snapshot.policy = loaded.value;
        else snapshot.problems.push(...loaded.problems);
        break;
      }
      case 'deployment': {
        const record = model(place.model);
        record.deploymentPresent = true;
        const text = yamlText(entry);
        if (text === undefined) break;
        const loaded = loadYamlFile<DeploymentState>(entry.path, text, 'deployment');
        if (loaded.ok) record.deployment = loaded.value;
        else snapshot.problems.push(...loaded.problems);
        break;
      }
      case 'manifest': {
        const record = version(place.model, place.version);
        record.manifestPresent = true;
        const text = yamlText(entry);
        if (text === undefined) break;
        const loaded = loadYamlFile<VersionManifest>(entry.path, text, 'manifest');
        if (loaded.ok) record.manifest = loaded.value;
        else snapshot.problems.push(...loaded.problems);
        break;
      }
      case 'trades': {
        const { day } = place;
        version(place.model, place.version).tradeFiles.set(day, {
          day,
          path: entry.path,
          blob: entry.blob,
          size: entry.size,
        });
        break;
      }
      case 'artifact': {
        const file: ArtifactFile = { path: entry.path, relative: place.relative, blob: entry.blob };
        if (entry.mode !== '100644' && entry.mode !== '100755') {
          file.pointerProblem = `must be a regular file, not ${describeMode(entry.mode)}`;
        } else if (entry.size > MAX_POINTER_BYTES) {
          file.pointerProblem = `is not a Git LFS pointer: ${entry.size} bytes of content were committed directly (is git-lfs installed, and does .gitattributes route artifacts to LFS?)`;
        } else {
          const parsed = parseLfsPointer(textOf(entry.blob) ?? '');
          if (parsed.ok) file.pointer = parsed.pointer;
          else file.pointerProblem = parsed.reason;
        }
        version(place.model, place.version).artifactFiles.set(place.relative, file);
        break;
      }
    }
  }
  return snapshot;
}

function describeMode(mode: string): string {
  if (mode === '120000') return 'a symbolic link';
  if (mode === '160000') return 'a submodule';
  return `an entry of git mode ${mode}`;
}

/** A model's versions, oldest first (v2 before v10). */
export function versionsInOrder(model: ModelRecord): VersionRecord[] {
  return [...model.versions.values()].sort((a, b) => compareVersionIds(a.id, b.id));
}

/** Artifact bytes of a version, read from its LFS pointers (nothing is downloaded). */
export function versionSize(version: VersionRecord): number {
  let total = 0;
  for (const file of version.artifactFiles.values()) total += file.pointer?.size ?? 0;
  return total;
}
