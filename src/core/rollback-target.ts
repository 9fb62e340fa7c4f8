import type { ProductionSpell } from './history.js';
import type { VersionStatus } from './types.js';

export type RollbackTarget =
  { version: string; reason: string } | { version: null; reason: string };

/**
 * Where a rollback goes: the most recent earlier production version that is still usable.
 * Degraded and deleted versions are never chosen (a degraded one already failed live; a deleted
 * one has no artifacts). Archived versions may be: they were retired, not found wanting.
 */
export function chooseRollbackTarget(
  current: string,
  spellsOldestFirst: readonly ProductionSpell[],
  statusOf: (version: string) => VersionStatus | undefined,
  /** The deployment state's record, for when history is short (a shallow clone, as in CI). */
  previousProduction?: string | null,
): RollbackTarget {
  const skipped: string[] = [];
  const considered = new Set<string>([current]);
  // Only what came before the current version's latest time in production is "earlier".
  const currentSpell = spellsOldestFirst.findLastIndex((spell) => spell.version === current);
  const earlier = currentSpell >= 0 ? spellsOldestFirst.slice(0, currentSpell) : spellsOldestFirst;
  for (const spell of [...earlier].reverse()) {
    const version = spell.version;
    if (!version || considered.has(version)) continue;
    considered.add(version);
    const status = statusOf(version);
    if (status === 'active' || status === 'archived') {
      return {
        version,
        reason: `${version} was in production from ${spell.from}${spell.until ? ` until ${spell.until}` : ''}${skipped.length ? `; skipped ${skipped.join(', ')}` : ''}`,
      };
    }
    skipped.push(`${version} (${status ?? 'no longer in the registry'})`);
  }
  const recorded =
    previousProduction && !considered.has(previousProduction) ? previousProduction : undefined;
  const recordedStatus = recorded ? statusOf(recorded) : undefined;
  if (recorded && (recordedStatus === 'active' || recordedStatus === 'archived')) {
    return {
      version: recorded,
      reason: `${recorded} is the previous production version in deployment.yaml (history does not show its time in production: a shallow clone?)`,
    };
  }
  if (recorded) skipped.push(`${recorded} (${recordedStatus ?? 'no longer in the registry'})`);
  return {
    version: null,
    reason: skipped.length
      ? `no earlier production version is usable: ${skipped.join(', ')}`
      : `${current} is the first version ever in production: there is nothing to roll back to`,
  };
}
