import { formatBytes } from '../policy.js';
import { escapeMarkdown } from '../markdown.js';

export interface CleanupCandidate {
  model: string;
  version: string;
  ageDays: number;
  metric: { name: string; value: number | null };
  winRate: number | null;
  /** Bytes deleting this version alone frees (objects no kept version shares). */
  frees: number;
  reasons: string[];
  /** Ticked: in this proposal's change. Unticked: a person took it out. */
  selected: boolean;
}

export interface CleanupBodyInput {
  candidates: CleanupCandidate[];
  /** Bytes the selected versions free together. */
  freed: number;
  priority: 'normal' | 'high';
  /** Models over their budget, and by how much, said in words. */
  overBudget: string[];
  /** Whether the forge is GitHub, where LFS objects stay billed until purged. */
  github: boolean;
}

const MARKER = /<!-- modelgate:version ([a-z0-9][a-z0-9_-]*)\/([a-z0-9][a-z0-9._-]*) -->/;

/**
 * The checkbox list a reviewer edits: one line per candidate, ticked when it is in the change.
 * Renovate's dependency dashboard works this way: untick a box, and the next run rebuilds the
 * branch without that version.
 */
export function renderCleanupProposal(input: CleanupBodyInput): { title: string; body: string } {
  const selected = input.candidates.filter((c) => c.selected);
  const models = new Set(selected.map((c) => c.model));
  const title = `Clean up ${selected.length} model version${selected.length === 1 ? '' : 's'} (${formatBytes(input.freed)})${input.priority === 'high' ? ': over budget' : ''}`;
  const lines = input.candidates.map((c) => {
    const metric =
      c.metric.value === null ? '' : ` · ${c.metric.name} ${c.metric.value.toFixed(2)}`;
    const win = c.winRate === null ? '' : ` · win rate ${(c.winRate * 100).toFixed(1)}%`;
    return `- [${c.selected ? 'x' : ' '}] **${c.model} ${c.version}** · frees ${formatBytes(c.frees)} · ${Math.floor(c.ageDays)} days old${metric}${win} · ${escapeMarkdown(c.reasons.join(' '), 600)} <!-- modelgate:version ${c.model}/${c.version} -->`;
  });
  const body = [
    `**Delete ${selected.length} version${selected.length === 1 ? '' : 's'} of ${models.size} model${models.size === 1 ? '' : 's'}, freeing ${formatBytes(input.freed)}.** Untick a version to keep it: the next run rebuilds this branch without it.${input.priority === 'high' ? ' **Priority: high**, the registry is over budget.' : ''}`,
    '',
    ...lines,
    ...(input.overBudget.length
      ? [
          '',
          '### Over budget',
          '',
          ...input.overBudget.map((line) => `- ${escapeMarkdown(line, 400)}`),
        ]
      : []),
    '',
    '### What merging does',
    '',
    '- Each ticked version loses its artifacts; its manifest stays as a tombstone (status `deleted`, when, by which proposal), so its metrics, trades and history stay readable.',
    '- Production, A/B and paper versions, the rollback target and anything marked important are never candidates, and `verify` refuses any change that deletes them.',
    '- Every checkout and fresh clone shrinks at once; `git lfs prune` frees the local LFS caches.',
    ...(input.github
      ? [
          "- On github.com the LFS objects stay stored, and billed, until the repository's LFS storage is purged by GitHub's own procedure; merging does not delete them from the server.",
        ]
      : []),
    '- To undo: revert the merge commit; the artifacts come back from LFS as long as the server still has them.',
  ].join('\n');
  return { title, body };
}

/** Which candidates a body has unticked, as `model/version`: a person's "keep this". */
export function untickedVersions(body: string | null | undefined): Set<string> {
  const unticked = new Set<string>();
  for (const line of (body ?? '').split('\n')) {
    const box = /^\s*[-*] \[( |x|X)\] /.exec(line);
    const marker = MARKER.exec(line);
    if (box && marker && box[1] === ' ') unticked.add(`${marker[1]}/${marker[2]}`);
  }
  return unticked;
}
