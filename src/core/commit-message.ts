import { oneLine } from './text.js';

/**
 * Registry commits carry git trailers so that `git log` alone tells a model's story, and
 * `modelgate history` can say why each change was made:
 *
 *   modelgate: rollback trader to v4
 *
 *   Win rate fell from 55% to 45% over 3 days.
 *
 *   Modelgate-Action: rollback
 *   Modelgate-Model: trader
 *   Modelgate-Version: v4
 *   Modelgate-Reason: win rate 0.45 < baseline 0.55 - 0.10
 */
export type RegistryAction =
  | 'init'
  | 'register'
  | 'promote'
  | 'rollback'
  | 'mark'
  | 'ingest'
  | 'ab-start'
  | 'ab-end'
  | 'cleanup'
  | 'dashboard';

export interface RegistryCommit {
  action: RegistryAction;
  subject: string;
  body?: string;
  model?: string;
  version?: string;
  reason: string;
}

export const TRAILER_KEYS = {
  action: 'Modelgate-Action',
  model: 'Modelgate-Model',
  version: 'Modelgate-Version',
  reason: 'Modelgate-Reason',
} as const;

export function formatCommitMessage(commit: RegistryCommit): string {
  const trailers = [
    `${TRAILER_KEYS.action}: ${commit.action}`,
    commit.model ? `${TRAILER_KEYS.model}: ${commit.model}` : undefined,
    commit.version ? `${TRAILER_KEYS.version}: ${commit.version}` : undefined,
    `${TRAILER_KEYS.reason}: ${oneLine(commit.reason) || 'none given'}`,
  ].filter(Boolean);
  const body = commit.body?.trim();
  return `modelgate: ${oneLine(commit.subject, 120)}\n\n${body ? `${body}\n\n` : ''}${trailers.join('\n')}\n`;
}

export interface ParsedTrailers {
  action?: string;
  model?: string;
  version?: string;
  reason?: string;
}

/** Reads modelgate's trailers from the `%(trailers:unfold,only)` text of a commit. */
export function parseTrailers(text: string): ParsedTrailers {
  const result: ParsedTrailers = {};
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    for (const [field, trailer] of Object.entries(TRAILER_KEYS)) {
      if (key === trailer.toLowerCase()) result[field as keyof ParsedTrailers] = value;
    }
  }
  return result;
}
