/**
 * Where the faulty twin's faults go. Each day's targets are taken from what the clean twin, in
 * the same state, actually did that day: the requests each model's evaluation made and the
 * pushes of the run. So a fault lands on a request or push that will really happen (a pull
 * request being opened, an alert closed, a branch pushed), not on one that never comes.
 */
import type { Fault } from '../../test/support/github/index.js';
import { RETRIES } from './twin.js';

export type FaultKind =
  | '5xx'
  | 'timeout'
  | 'lost response'
  | 'secondary rate limit'
  | '422'
  | 'refused push'
  | 'lost push';

export const FAULT_KINDS: readonly FaultKind[] = [
  '5xx',
  'timeout',
  'lost response',
  'secondary rate limit',
  '422',
  'refused push',
  'lost push',
];

const WEIGHTS: Record<FaultKind, number> = {
  '5xx': 0.22,
  timeout: 0.1,
  'lost response': 0.18,
  'secondary rate limit': 0.14,
  '422': 0.1,
  'refused push': 0.14,
  'lost push': 0.12,
};

/** A request the clean twin's stand-in served, with the model whose evaluation made it. */
export interface SeenRequest {
  method: string;
  path: string;
  /** Index of the model in evaluation order (the alert listing before the first counts as 0). */
  model: number;
}

/** A push the clean twin's origin received; model -1 is the ingest before evaluation. */
export interface SeenPush {
  ref: string;
  deletion: boolean;
  model: number;
}

export interface PlannedFault {
  kind: FaultKind;
  /** Beyond what the retries absorb: the run fails and must be rerun. */
  hard: boolean;
  /** Armed as this model's evaluation starts (-1: before the ingest). */
  model: number;
  http?: Fault;
  /** The ref whose next push the origin refuses, or takes and then drops the connection. */
  push?: { ref: string; lose: boolean };
  /** What was hit, for the log. */
  target: string;
}

/** `GET /repos/acme/registry/issues/12/comments` → a pattern matching any issue number. */
export function pathPattern(path: string): RegExp {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\/\d+(?=\/|$)/g, '/\\d+');
  return new RegExp(`^${escaped}$`);
}

const templateOf = (r: { method: string; path: string }): string =>
  `${r.method} ${pathPattern(r.path).source}`;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function pickKind(random: () => number): FaultKind {
  let x = random();
  for (const kind of FAULT_KINDS) {
    x -= WEIGHTS[kind];
    if (x < 0) return kind;
  }
  return '5xx';
}

/** Of the candidates, one of those faulted least often so far: every target gets its turn. */
function leastFaulted<T>(
  random: () => number,
  candidates: readonly T[],
  key: (item: T) => string,
  history: Map<string, number>,
): T {
  const fewest = Math.min(...candidates.map((c) => history.get(key(c)) ?? 0));
  const chosen = pick(
    random,
    candidates.filter((c) => (history.get(key(c)) ?? 0) === fewest),
  );
  history.set(key(chosen), fewest + 1);
  return chosen;
}

/**
 * The day's faults: none on most days; on a `probability` share of days one, sometimes two.
 * Hard faults outlast the forge's retries (or are final, like a 422 or a refused push), so the
 * run fails and the rerun must converge; the others must be absorbed without anyone noticing.
 * `history` counts the targets faulted so far, so rare steps (a merge, a dispatch, a branch
 * deletion) are hit when they happen rather than drowned by the common ones.
 */
export function planFaults(
  random: () => number,
  probability: number,
  requests: readonly SeenRequest[],
  pushes: readonly SeenPush[],
  history: Map<string, number>,
): PlannedFault[] {
  if (random() >= probability) return [];
  const count = random() < 0.3 ? 2 : 1;
  const faults: PlannedFault[] = [];
  for (let n = 0; n < count; n++) {
    let kind = pickKind(random);
    const isPush = kind === 'refused push' || kind === 'lost push';
    // One push fault a day, and only where something is pushed: else fail a request instead.
    if (isPush && (pushes.length === 0 || faults.some((f) => f.push))) kind = '5xx';
    if (kind === 'refused push' || kind === 'lost push') {
      // The ingest's push to main, or a proposal branch pushed (or deleted) during evaluation.
      const push = leastFaulted(
        random,
        pushes,
        (p) => `${kind} ${p.model < 0 ? 'ingest' : p.ref.replace(/\/[^/]+$/, '')} ${p.deletion}`,
        history,
      );
      const shortRef = push.ref.replace(/^refs\/heads\//, '');
      faults.push({
        kind,
        hard: kind === 'refused push',
        model: push.model,
        push: { ref: push.ref, lose: kind === 'lost push' },
        target:
          push.model < 0
            ? 'the ingest push to main'
            : `${push.deletion ? 'deleting' : 'pushing'} ${shortRef}`,
      });
      continue;
    }
    if (requests.length === 0) continue;
    // Writes are rarer than reads but are where faults hurt: most faults go to a write.
    const writes = requests.filter((r) => r.method !== 'GET');
    const pool = writes.length > 0 && random() < 0.75 ? writes : requests;
    const request = leastFaulted(random, pool, templateOf, history);
    // The stand-in counts matching requests from the moment the fault is armed (as the model's
    // evaluation starts), so skipping the earlier ones reaches exactly this request.
    const skip = requests.filter(
      (r) => r.model === request.model && templateOf(r) === templateOf(request),
    );
    const match = {
      method: request.method,
      pathPattern: pathPattern(request.path),
      skip: skip.indexOf(request),
    };
    const hard = kind === '422' || random() < 0.35;
    let http: Fault;
    switch (kind) {
      case '5xx':
        http = {
          ...match,
          status: pick(random, [500, 502, 503]),
          times: hard ? RETRIES + 1 : 1 + Math.floor(random() * RETRIES),
        };
        break;
      case 'timeout':
        http = { ...match, kind: 'timeout', times: hard ? RETRIES + 1 : 1 };
        break;
      case 'lost response':
        http = { ...match, kind: 'lost-response', times: hard ? RETRIES + 1 : 1 };
        break;
      case 'secondary rate limit':
        // The forge waits out two of them as GitHub's retry-after asks, then gives up.
        http = {
          ...match,
          status: pick(random, [403, 429]),
          retryAfter: 1,
          times: hard ? 3 : 1,
        };
        break;
      default:
        http = { ...match, status: 422, times: 1 };
    }
    faults.push({
      kind,
      hard,
      model: request.model,
      http,
      target: `${request.method} ${request.path.replace(/^\/repos\/[^/]+\/[^/]+/, '')}`,
    });
  }
  return faults;
}
