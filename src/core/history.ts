import type { ParsedTrailers } from './commit-message.js';
import { compareVersionIds } from './names.js';
import type { DeploymentState, VersionManifest, VersionStatus } from './types.js';

/** One commit on the registry branch that touched a model, with the files it changed. */
export interface ModelCommit {
  commit: string;
  author: string;
  /** When the change landed on the branch (committer date: the merge time for a merged PR). */
  landedAt: string;
  subject: string;
  trailers: ParsedTrailers;
  deployment?: { before?: DeploymentState; after?: DeploymentState };
  manifests: { version: string; before?: VersionManifest; after?: VersionManifest }[];
}

export type HistoryAction =
  | 'registered'
  | 'promoted'
  | 'rolled back'
  | 'production cleared'
  | 'marked degraded'
  | 'marked archived'
  | 'marked active'
  | 'deleted'
  | 'marked important'
  | 'unmarked important'
  | 'edited'
  | 'removed'
  | 'paper trading started'
  | 'paper trading stopped'
  | 'A/B test started'
  | 'A/B test stopped';

export interface HistoryEvent {
  at: string;
  action: HistoryAction;
  version?: string;
  detail: string;
  who: string;
  commit: string;
  reason?: string;
}

const STATUSES: readonly unknown[] = [
  'active',
  'degraded',
  'archived',
  'deleted',
] satisfies VersionStatus[];
const isStatus = (value: unknown): value is VersionStatus => STATUSES.includes(value);

/** A model's lifecycle from its commits, oldest first. */
export function deriveHistory(commitsOldestFirst: readonly ModelCommit[]): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  const everInProduction = new Set<string>();
  for (const c of commitsOldestFirst) {
    const event = (action: HistoryAction, version: string | undefined, detail: string): void => {
      events.push({
        at: c.landedAt,
        action,
        version,
        detail,
        who: c.author,
        commit: c.commit,
        reason: c.trailers.reason,
      });
    };
    // Production changes first: they are what a reader looks for, and what caused the rest.
    const before = c.deployment?.before;
    const after = c.deployment?.after;
    if (c.deployment) {
      const from = before?.production ?? null;
      const to = after?.production ?? null;
      if (from !== to) {
        if (!to)
          event('production cleared', from ?? undefined, `no version in production (was ${from})`);
        else {
          const rolledBack =
            c.trailers.action === 'rollback' ||
            (c.trailers.action !== 'promote' &&
              from !== null &&
              everInProduction.has(to) &&
              compareVersionIds(to, from) < 0);
          event(
            rolledBack ? 'rolled back' : 'promoted',
            to,
            from ? `production ${from} → ${to}` : `${to} is the first production version`,
          );
          everInProduction.add(to);
        }
      }
      const paperBefore = new Set((before?.paper_trading ?? []).map((p) => p.version));
      const paperAfter = new Set((after?.paper_trading ?? []).map((p) => p.version));
      for (const v of paperAfter)
        if (!paperBefore.has(v)) event('paper trading started', v, `${v} started paper trading`);
      for (const v of paperBefore)
        if (!paperAfter.has(v)) event('paper trading stopped', v, `${v} stopped paper trading`);
      const abBefore = before?.ab_test;
      const abAfter = after?.ab_test;
      if (
        abAfter &&
        (abBefore?.candidate !== abAfter.candidate || abBefore.control !== abAfter.control)
      ) {
        event(
          'A/B test started',
          abAfter.candidate,
          `A/B test ${abAfter.control} ${abAfter.split.control}% vs ${abAfter.candidate} ${abAfter.split.candidate}%`,
        );
      } else if (abBefore && !abAfter) {
        event(
          'A/B test stopped',
          abBefore.candidate,
          `A/B test of ${abBefore.candidate} against ${abBefore.control} ended`,
        );
      }
    }
    for (const { version, before, after } of c.manifests) {
      if (!before && after) {
        const parent = after.parent ? ` from ${after.parent}` : '';
        event(
          'registered',
          version,
          `${version} registered${parent} (backtest Sharpe ${after.evaluation.sharpe}, win rate ${after.evaluation.win_rate})`,
        );
      } else if (before && !after) {
        event('removed', version, `${version}'s manifest was removed from the registry`);
      } else if (before && after) {
        // A hand-broken manifest may carry any value; only real statuses become events.
        if (before.status !== after.status && isStatus(after.status)) {
          const action: HistoryAction =
            after.status === 'deleted' ? 'deleted' : `marked ${after.status}`;
          const why = after.status_reason ? `: ${after.status_reason}` : '';
          event(action, version, `${version} ${before.status} → ${after.status}${why}`);
        }
        if (Boolean(before.important) !== Boolean(after.important)) {
          event(
            after.important ? 'marked important' : 'unmarked important',
            version,
            `${version} ${after.important ? 'marked' : 'no longer marked'} important`,
          );
        }
        if (
          before.status === after.status &&
          Boolean(before.important) === Boolean(after.important)
        ) {
          event('edited', version, `${version}'s manifest was edited`);
        }
      }
    }
  }
  return events;
}

/** One stretch of time during which a version was in production. */
export interface ProductionSpell {
  version: string | null;
  from: string;
  /** When the next change landed; absent for the current spell. */
  until?: string;
  commit: string;
  who: string;
}

/** Production over time, from the deployment states each commit left behind, oldest first. */
export function productionTimeline(
  changesOldestFirst: readonly {
    commit: string;
    landedAt: string;
    who: string;
    production: string | null;
  }[],
): ProductionSpell[] {
  const spells: ProductionSpell[] = [];
  for (const change of changesOldestFirst) {
    const last = spells.at(-1);
    if (last && last.version === change.production) continue;
    if (last) last.until = change.landedAt;
    spells.push({
      version: change.production,
      from: change.landedAt,
      commit: change.commit,
      who: change.who,
    });
  }
  return spells;
}

/** The spell covering `time`, or undefined when the model had no deployment state yet. */
export function productionAt(
  spells: readonly ProductionSpell[],
  time: Date,
): ProductionSpell | undefined {
  let found: ProductionSpell | undefined;
  for (const spell of spells) {
    if (Date.parse(spell.from) <= time.getTime()) found = spell;
    else break;
  }
  return found;
}
