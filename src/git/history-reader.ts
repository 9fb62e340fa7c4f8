import { parseTrailers, type ParsedTrailers } from '../core/commit-message.js';
import type { ModelCommit } from '../core/history.js';
import { classifyRegistryPath, deploymentPath, modelDir } from '../core/layout.js';
import type { DeploymentState, VersionManifest } from '../core/types.js';
import jsYaml from 'js-yaml';
import { resolveCommit, type RegistryRepo } from './repository.js';

const RECORD = '\x1e';
const FIELD = '\x1f';
const ZERO_OID = /^0+$/;

interface RawCommit {
  commit: string;
  parents: string[];
  author: string;
  landedAt: string;
  subject: string;
  trailers: ParsedTrailers;
  changes: { path: string; before?: string; after?: string }[];
}

/**
 * Reads what landed on a branch for one model: its first-parent history (so a merged pull
 * request appears once, at its merge time) with the blobs each commit changed.
 */
export async function readModelCommits(
  repo: RegistryRepo,
  model: string,
  rev = 'HEAD',
  onlyDeployment = false,
): Promise<ModelCommit[]> {
  const tip = await resolveCommit(repo, rev);
  if (!tip) return [];
  const path = onlyDeployment ? deploymentPath(model) : `${modelDir(model)}/`;
  const out = await repo.git.run([
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--raw',
    '--no-renames',
    '--no-abbrev',
    '-z',
    `--format=${RECORD}%H${FIELD}%P${FIELD}%an${FIELD}%cI${FIELD}%s${FIELD}%(trailers:only,unfold)${FIELD}`,
    tip,
    '--',
    path,
  ]);
  const raw = parseLog(out);
  await addMergedTrailers(repo, raw);
  const wanted = new Set<string>();
  for (const c of raw) {
    for (const change of c.changes) {
      if (change.before) wanted.add(change.before);
      if (change.after) wanted.add(change.after);
    }
  }
  const blobs = await repo.git.readBlobs([...wanted]);
  const load = <T>(blob: string | undefined): T | undefined => {
    const content = blob ? blobs.get(blob) : undefined;
    if (!content) return undefined;
    try {
      // History shows what was there, valid or not; unreadable files count as absent.
      const value = jsYaml.load(content.toString('utf8'), { schema: jsYaml.CORE_SCHEMA });
      return value && typeof value === 'object' ? (value as T) : undefined;
    } catch {
      return undefined;
    }
  };
  return raw.reverse().map((c): ModelCommit => {
    const result: ModelCommit = {
      commit: c.commit,
      author: c.author,
      landedAt: c.landedAt,
      subject: c.subject,
      trailers: c.trailers,
      manifests: [],
    };
    for (const change of c.changes) {
      const place = classifyRegistryPath(change.path);
      if (place.kind === 'deployment' && place.model === model) {
        result.deployment = {
          before: load<DeploymentState>(change.before),
          after: load<DeploymentState>(change.after),
        };
      } else if (place.kind === 'manifest' && place.model === model) {
        result.manifests.push({
          version: place.version,
          before: load<VersionManifest>(change.before),
          after: load<VersionManifest>(change.after),
        });
      }
    }
    return result;
  });
}

function parseLog(out: string): RawCommit[] {
  const commits: RawCommit[] = [];
  for (const record of out.split(RECORD)) {
    if (!record.trim()) continue;
    const fields = record.split(FIELD);
    const [commit = '', parents = '', author = '', landedAt = '', subject = '', trailers = ''] =
      fields;
    const rawPart = fields.slice(6).join(FIELD);
    const changes: RawCommit['changes'] = [];
    // -z raw entries: ":<mode> <mode> <old> <new> <status>\0<path>\0"
    const tokens = rawPart.split('\0');
    for (let i = 0; i < tokens.length; i++) {
      const meta = tokens[i]?.replace(/^\n+/, '');
      if (!meta?.startsWith(':')) continue;
      const [, , before, after] = meta.slice(1).split(' ');
      const path = tokens[++i];
      if (!path) continue;
      changes.push({
        path,
        before: before && !ZERO_OID.test(before) ? before : undefined,
        after: after && !ZERO_OID.test(after) ? after : undefined,
      });
    }
    commits.push({
      commit,
      parents: parents.split(' ').filter(Boolean),
      author,
      landedAt,
      subject,
      trailers: parseTrailers(trailers),
      changes,
    });
  }
  return commits;
}

/** A merge commit says "Merge pull request #12"; the reason is in the commits it brought in. */
async function addMergedTrailers(repo: RegistryRepo, commits: RawCommit[]): Promise<void> {
  const merges = commits.filter((c) => c.parents.length > 1 && !c.trailers.action);
  if (merges.length === 0) return;
  const out = await repo.git.run([
    'log',
    '--no-walk=unsorted',
    `--format=${RECORD}%H${FIELD}%(trailers:only,unfold)`,
    ...merges.map((c) => c.parents[1]!),
  ]);
  const byCommit = new Map<string, ParsedTrailers>();
  for (const record of out.split(RECORD)) {
    const [commit, trailers] = record.split(FIELD);
    if (commit && trailers !== undefined) byCommit.set(commit.trim(), parseTrailers(trailers));
  }
  for (const merge of merges) merge.trailers = byCommit.get(merge.parents[1]!) ?? merge.trailers;
}
