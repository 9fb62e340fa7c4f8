import { isDeepStrictEqual } from 'node:util';
import { sortProblems, type Problem } from './problems.js';
import type { RegistrySnapshot, TradeFile } from './snapshot.js';
import type { VersionManifest } from './types.js';
import { locateField } from './yaml-file.js';

/**
 * What a version is, fixed when it is registered. Changing any of these would make the history
 * lie about what was trained, on what, and how it backtested; only its status, notes and the
 * "important" mark may change, and a merged cleanup may tombstone it.
 */
const IMMUTABLE_FIELDS = [
  'schema_version',
  'model',
  'version',
  'created_at',
  'created_by',
  'parent',
  'training_data',
  'artifacts',
  'evaluation',
] as const satisfies readonly (keyof VersionManifest)[];

/** A stored trades file that a change rewrote: its text before and after (undefined: removed). */
export interface ChangedTradeFile {
  path: string;
  before: string;
  after: string | undefined;
}

/**
 * The trades files the check must read: those whose blob differs or that are gone. Unchanged
 * files (the same blob) need no reading, so a pull request costs what it touches.
 */
export function tradeFilesToCompare(
  base: RegistrySnapshot,
  head: RegistrySnapshot,
): { path: string; before: TradeFile; after: TradeFile | undefined }[] {
  const changed: { path: string; before: TradeFile; after: TradeFile | undefined }[] = [];
  for (const [name, model] of base.models) {
    for (const [id, version] of model.versions) {
      const later = head.models.get(name)?.versions.get(id)?.tradeFiles;
      for (const [day, before] of version.tradeFiles) {
        const after = later?.get(day);
        if (after?.blob !== before.blob) changed.push({ path: before.path, before, after });
      }
    }
  }
  return changed;
}

/**
 * What a change (a pull request, a push) may not do to what is already stored, on top of what
 * `verifyRegistry` checks of the result: lose a version, rewrite what a version is, bring a
 * deleted version back, or remove or rewrite a stored trade. These are the seed's "never lose
 * model history" and "never auto-delete": a change that would is refused before it merges.
 */
export function verifyChange(
  base: RegistrySnapshot,
  head: RegistrySnapshot,
  trades: readonly ChangedTradeFile[],
): Problem[] {
  const problems: Problem[] = [];
  const error = (
    file: string,
    message: string,
    at: { line?: number; column?: number } = {},
  ): void => {
    problems.push({ file, line: at.line, column: at.column, message, severity: 'error' });
  };
  for (const [name, model] of base.models) {
    const later = head.models.get(name);
    for (const [id, version] of model.versions) {
      const before = version.manifest;
      const now = later?.versions.get(id);
      if (!now?.manifestPresent) {
        error(
          version.manifestPath,
          `${name} ${id} was removed: versions are never removed, so history stays readable; delete it through a cleanup proposal, which leaves a tombstone`,
        );
        continue;
      }
      const after = now.manifest;
      // An invalid manifest is already an error of its own; there is nothing to compare.
      if (!before || !after) continue;
      const text = head.texts.get(now.manifestPath);
      for (const field of IMMUTABLE_FIELDS) {
        const path = firstDifference(before[field], after[field], [field]);
        if (!path) continue;
        error(
          now.manifestPath,
          `${path.join('.')}: changed from what ${name} ${id} was registered with; a version's ${field} never changes (register a new version instead)`,
          text ? locateField(text, path) : undefined,
        );
      }
      if (before.status === 'deleted' && after.status !== 'deleted') {
        error(
          now.manifestPath,
          `status: ${name} ${id} was deleted and its artifacts are gone; it cannot come back (register the files again as a new version)`,
          text ? locateField(text, ['status']) : undefined,
        );
      }
    }
  }
  for (const file of trades) problems.push(...compareTrades(file));
  return sortProblems(problems);
}

/** The path of the first leaf that differs, so the error points at the line that changed. */
function firstDifference(
  before: unknown,
  after: unknown,
  path: (string | number)[],
): (string | number)[] | undefined {
  if (isDeepStrictEqual(before, after)) return undefined;
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null;
  if (!isObject(before) || !isObject(after) || Array.isArray(before) !== Array.isArray(after)) {
    return path;
  }
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const step = Array.isArray(before) ? Number(key) : key;
    const found = firstDifference(before[key], after[key], [...path, step]);
    if (found) {
      // A key that is gone points at its parent, which is still there.
      return key in after ? found : path;
    }
  }
  return path;
}

/** Stored trades are only ever added to: every line stored before must still be there. */
function compareTrades(file: ChangedTradeFile): Problem[] {
  if (file.after === undefined) {
    return [
      {
        file: file.path,
        message:
          'stored trades were removed: trades are evidence for past decisions and are never deleted',
        severity: 'error',
      },
    ];
  }
  const kept = new Set(file.after.split('\n'));
  const lines = file.before.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line !== '' && !kept.has(line)) {
      return [
        {
          file: file.path,
          message: `a stored trade (line ${index + 1} before this change) was removed or rewritten: stored trades are never changed, only added to`,
          severity: 'error',
        },
      ];
    }
  }
  return [];
}
