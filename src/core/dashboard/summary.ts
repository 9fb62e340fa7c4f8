import { utf8Length } from './format.js';
import { FULL_DETAIL, joinBlocks, pageParts, type SectionDetail } from './page.js';
import type { DashboardData } from './types.js';

/** GitHub refuses a job summary over 1 MiB; the default leaves room for the rest of a step's. */
export const JOB_SUMMARY_LIMIT = 1_000_000;

/** Less and less detail, tried in order until the summary fits: charts go first. */
const LEVELS: { detail: SectionDetail; leftOut: string }[] = [
  { detail: FULL_DETAIL, leftOut: '' },
  { detail: { charts: false, recentVersions: null }, leftOut: 'the charts' },
  {
    detail: { charts: false, recentVersions: 20 },
    leftOut: 'the charts and the versions not in use but for the 20 most recent',
  },
  {
    detail: { charts: false, recentVersions: 5 },
    leftOut: 'the charts and the versions not in use but for the 5 most recent',
  },
  {
    detail: { charts: false, recentVersions: 0 },
    leftOut: 'the charts and every version not in use',
  },
];

const FULL_PAGE = 'registry/README.md';

function trimNote(what: string[]): string {
  return `> [!NOTE]\n> Trimmed to fit GitHub's job summary limit: ${what.join('; ')} left out. ${FULL_PAGE} has everything.`;
}

/**
 * The dashboard for a GitHub Actions job summary, at most `maxBytes` bytes of UTF-8. The whole
 * page when it fits; otherwise the same page with less per model (charts first, then older
 * versions), then with the sections of the last models left out. The index of every model
 * stays: only a registry too large for even that (tens of thousands of models) loses rows.
 */
export function renderJobSummary(data: DashboardData, maxBytes = JOB_SUMMARY_LIMIT): string {
  const parts = pageParts(data);
  const count = data.models.length;
  const fixedBlocks = (note: string, index: string): string[] => [parts.title, note, index];

  for (const [level, { detail, leftOut }] of LEVELS.entries()) {
    const note = level === 0 ? '' : trimNote([leftOut]);
    const sections = data.models.map((_, i) => parts.section(i, detail));
    const text = joinBlocks([...fixedBlocks(note, parts.index()), ...sections, parts.footer]);
    if (utf8Length(text) <= maxBytes) return text;
  }

  // Even the least detail is too much: keep the first models' sections while they fit. The
  // budget is reckoned with every index row linked, the longest the index can be.
  const least = LEVELS[LEVELS.length - 1]!;
  const separator = 2;
  const noteFor = (kept: number): string =>
    trimNote([
      least.leftOut,
      `the details of ${count - kept} of ${count} models (all are in the index)`,
    ]);
  let used =
    utf8Length(joinBlocks([...fixedBlocks(noteFor(0), parts.index()), parts.footer])) + separator;
  const kept: string[] = [];
  const keptModels = new Set<string>();
  for (let i = 0; i < count; i++) {
    const section = parts.section(i, least.detail);
    const size = utf8Length(section) + separator;
    if (used + size > maxBytes) break;
    used += size;
    kept.push(section);
    keptModels.add(data.models[i]!.model);
  }
  const index = parts.index({ linked: keptModels });
  const text = joinBlocks([...fixedBlocks(noteFor(kept.length), index), ...kept, parts.footer]);
  if (kept.length > 0 || utf8Length(text) <= maxBytes) return text;

  // Not even the index fits: as many of its rows as do, found by bisection.
  const withRows = (rows: number): string =>
    joinBlocks([
      ...fixedBlocks(
        trimNote([
          least.leftOut,
          `the details of every model and ${count - rows} of ${count} index rows`,
        ]),
        parts.index({ linked: new Set(), rows }),
      ),
      parts.footer,
    ]);
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (utf8Length(withRows(mid)) <= maxBytes) low = mid;
    else high = mid - 1;
  }
  return cutToBytes(withRows(low), maxBytes);
}

/** A last resort for a limit smaller than the page's own frame: cut at a character boundary. */
function cutToBytes(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let end = Math.min(text.length, maxBytes);
  while (end > 0 && utf8Length(text.slice(0, end)) > maxBytes) end--;
  // Never end between the two halves of a surrogate pair.
  if (end > 0 && /[\ud800-\udbff]/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
