import { createHash } from 'node:crypto';

/**
 * What modelgate remembers about a proposal, hidden in its body as an HTML comment, so the
 * forge itself is the only state: a rerun reads it back instead of keeping a database.
 */
export interface ProposalState {
  v: 1;
  kind: string;
  model: string;
  /** The version the proposal acts on (for a rollback: production when it was proposed). */
  current: string;
  /** Where it goes (for a rollback: the version put back). */
  target: string;
  severity: string;
  /** Trades of `current` that the evidence covered. */
  trades: number;
  /** Trade count at the latest alarm of the proposal's severity or above. */
  lastAlarmTrade: number;
  /** Hash of everything a reviewer sees: title, body and the branch's change. Same hash, no-op. */
  hash: string;
  /** Who opened it by hand (`modelgate ab start`, …); evaluate leaves such proposals to people. */
  by?: string;
  /** Values a rebuilt proposal must keep, e.g. an A/B test's start time. */
  keep?: Record<string, string>;
}

const OPEN = '<!-- modelgate:state ';
const CLOSE = ' -->';

/** The body with its state block appended. JSON cannot end the comment: `>` is escaped. */
export function withStateBlock(body: string, state: ProposalState): string {
  const json = JSON.stringify(state).replace(/>/g, '\\u003e').replace(/</g, '\\u003c');
  return `${body.trimEnd()}\n\n${OPEN}${json}${CLOSE}\n`;
}

/** The state block of a body, or undefined when there is none or it was edited into nonsense. */
export function readStateBlock(body: string | null | undefined): ProposalState | undefined {
  if (!body) return undefined;
  const start = body.lastIndexOf(OPEN);
  if (start < 0) return undefined;
  const end = body.indexOf(CLOSE, start + OPEN.length);
  if (end < 0) return undefined;
  try {
    const parsed: unknown = JSON.parse(body.slice(start + OPEN.length, end));
    if (!isState(parsed)) return undefined;
    return parsed;
  } catch {
    return undefined;
  }
}

function isState(value: unknown): value is ProposalState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.v === 1 &&
    ['kind', 'model', 'current', 'target', 'severity', 'hash'].every(
      (key) => typeof v[key] === 'string',
    ) &&
    typeof v.trades === 'number' &&
    typeof v.lastAlarmTrade === 'number' &&
    (v.by === undefined || typeof v.by === 'string') &&
    (v.keep === undefined ||
      (typeof v.keep === 'object' &&
        v.keep !== null &&
        Object.values(v.keep).every((value) => typeof value === 'string')))
  );
}

/** A short, stable fingerprint of what a reviewer would see. */
export function contentHash(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest('hex').slice(0, 16);
}

const SEVERITY_RANK: Record<string, number> = { warning: 1, critical: 2, severe: 3 };

/**
 * Whether the evidence differs enough from what a person already said no to (or already merged)
 * to ask again. Material: a different version to act on or to go to; a higher severity; or an
 * alarm raised by trades that arrived after the proposal's last update. The detectors restart
 * after every alarm, so a version that stays degraded raises a fresh one from new trades. More
 * trades of the same story, or the same alarms again, are not material.
 */
export function materialChange(
  previous: ProposalState,
  next: ProposalState,
): { material: boolean; why: string } {
  if (previous.current !== next.current)
    return { material: true, why: `it now concerns ${next.current}, not ${previous.current}` };
  if (previous.target !== next.target)
    return { material: true, why: `the target is now ${next.target}, not ${previous.target}` };
  if ((SEVERITY_RANK[next.severity] ?? 0) > (SEVERITY_RANK[previous.severity] ?? 0))
    return { material: true, why: `severity rose from ${previous.severity} to ${next.severity}` };
  if (next.lastAlarmTrade > previous.trades)
    return {
      material: true,
      why: `a new ${next.severity} alarm at trade ${next.lastAlarmTrade}, from trades after the last proposal (${previous.trades} trades)`,
    };
  return {
    material: false,
    why: `no material change: same versions, severity ${next.severity}, no new alarm since trade ${previous.trades}`,
  };
}

export type ExistingProposal = {
  id: string;
  state: 'open' | 'closed' | 'merged';
  closedAt: string | null;
  body: string;
};

export type ProposalStep =
  | { step: 'open'; why: string }
  | { step: 'update'; why: string }
  | { step: 'close'; why: string }
  | { step: 'leave'; why: string };

/**
 * The one place that decides what happens to a proposal: given what the evidence asks for now
 * (`wanted`, or a reason it no longer applies) and the newest proposal on the branch.
 */
export function decideProposalStep(
  wanted: { state: ProposalState } | { notWanted: string },
  existing: ExistingProposal | undefined,
): ProposalStep {
  const previous = existing ? readStateBlock(existing.body) : undefined;
  if ('notWanted' in wanted) {
    if (existing?.state === 'open' && previous?.by)
      return { step: 'leave', why: `opened by ${previous.by} by hand: left to people` };
    if (existing?.state === 'open') return { step: 'close', why: wanted.notWanted };
    return { step: 'leave', why: wanted.notWanted };
  }
  const next = wanted.state;
  if (!existing) return { step: 'open', why: 'no proposal yet' };
  if (existing.state === 'open') {
    if (previous?.by)
      return { step: 'leave', why: `opened by ${previous.by} by hand: left to people` };
    if (previous?.hash === next.hash) return { step: 'leave', why: 'same evidence: unchanged' };
    return {
      step: 'update',
      why: previous ? 'new evidence' : 'the hidden state block was missing or edited',
    };
  }
  const when = existing.closedAt ? ` on ${existing.closedAt.slice(0, 10)}` : '';
  const verdict = existing.state === 'merged' ? `was merged${when}` : `was closed unmerged${when}`;
  if (!previous) return { step: 'open', why: `#${existing.id} ${verdict} without a state block` };
  const change = materialChange(previous, next);
  if (change.material)
    return { step: 'open', why: `#${existing.id} ${verdict}, but ${change.why}` };
  return {
    step: 'leave',
    why: `#${existing.id} ${verdict}: ${existing.state === 'closed' ? 'a no stands' : 'done'} until the evidence changes materially (${change.why})`,
  };
}
