// What a run leaves behind, in a form two runs can be compared by: the registry on the remote's
// main, the trades stored there, the proposal branches and what each carries, and (with the
// GitHub stand-in) every pull request and issue. Commit ids, times and item numbers differ from
// run to run and are left out or replaced by what they refer to; everything a reviewer or the
// live trading system would see is kept.
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { LocalForge } from '../../src/forge/local.js';
import { Git } from '../../src/git/git.js';
import { verify } from '../../src/registry/queries.js';
import type { GitHubStandin } from '../support/github/index.js';

export interface EndState {
  /** `registry/` on the remote's main: path → content digest (manifests without `created_at`). */
  registry: Record<string, string>;
  /** How many trades are stored on main, and a digest of their sorted `model/version/id` list. */
  trades: { count: number; digest: string };
  /** `modelgate/*` branches (on the remote, or in the clone for the local forge): path →
   * content digest of what each changes on main. */
  branches: Record<string, Record<string, string>>;
  /** Every pull request, by head then age, with numbers replaced by what they point at. */
  pulls: ItemState[];
  /** Every issue that is not a pull request (modelgate's alerts), by title then age. */
  issues: ItemState[];
  /** `repository_dispatch` events started (retraining). */
  dispatches: string[];
}

/** A forge item as compared across runs: what a person sees, keyed by what it is about. */
type ItemState = Omit<RawItem, 'number' | 'about' | 'head' | 'model'> & { key: string };

export interface EndStateOptions {
  /** The bare repository playing the remote. */
  origin: string;
  env: NodeJS.ProcessEnv;
  /** Where proposals live: the GitHub stand-in, or a clone's local forge; none: git only. */
  standin?: GitHubStandin;
  local?: { forge: LocalForge; clone: string };
  /** The registry branch; `main` when omitted. */
  branch?: string;
}

/** A pull request or issue, or a local proposal or alert, as the forge holds it. */
interface RawItem {
  number: number;
  /** `pull <branch>` or `issue <model>`: what the item is about. */
  about: string;
  head?: string;
  model?: string;
  state: string;
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
  reviewers?: string[];
  comments: string[];
}

async function forgeItems(options: EndStateOptions): Promise<RawItem[]> {
  if (options.standin) {
    const { pulls, issues } = options.standin;
    return issues.map((issue) => {
      const pull = pulls.find((p) => p.number === issue.number);
      const model = pull ? undefined : alertModel(issue.body);
      return {
        number: issue.number,
        about: pull ? `pull ${pull.head}` : `issue ${model ?? issue.title.replace(/\d+/g, 'N')}`,
        head: pull?.head,
        model,
        state: pull?.merged ? 'merged' : issue.state,
        title: issue.title,
        body: issue.body ?? '',
        labels: issue.labels,
        assignees: issue.assignees,
        reviewers: pull?.requestedReviewers,
        comments: issue.comments,
      };
    });
  }
  if (!options.local) return [];
  const { forge } = options.local;
  const proposals = (await forge.listProposals({ all: true })).map((p) => ({
    number: Number(p.id),
    about: `pull ${p.branch}`,
    head: p.branch,
    state: p.state,
    title: p.title,
    body: p.body,
    labels: p.labels,
    assignees: p.assignees,
    reviewers: p.reviewers,
    comments: p.comments,
  }));
  const alerts = (await forge.listAlerts({ all: true })).map((a) => ({
    number: Number(a.id),
    about: `issue ${a.model}`,
    model: a.model,
    state: a.state,
    title: a.title,
    body: a.body,
    labels: a.labels,
    assignees: a.assignees,
    comments: a.comments,
  }));
  return [...proposals, ...alerts].sort((a, b) => a.number - b.number);
}

/** The repository holding the proposal branches. */
function branchesRepo(options: EndStateOptions): Git {
  return new Git(options.local?.clone ?? options.origin, { env: options.env });
}

const digest = (text: string | Buffer): string =>
  createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The end state of the remote (and of the stand-in, when given). */
export async function endState(options: EndStateOptions): Promise<EndState> {
  const git = new Git(options.origin, { env: options.env });
  const branch = options.branch ?? 'main';
  const files = await registryFiles(git, branch);
  const registry: Record<string, string> = {};
  for (const [path, content] of files) registry[path] = contentDigest(path, content);
  const ids = storedTradeIds(files);
  const main = (await git.run(['rev-parse', `refs/heads/${branch}`])).trim();
  const holder = branchesRepo(options);
  const branches: Record<string, Record<string, string>> = {};
  for (const proposal of await proposalBranches(holder)) {
    branches[proposal] = await branchChange(holder, main, proposal);
  }
  const items = await forgeItems(options);
  const numbers = itemKeys(items);
  const states = items.map((item): ItemState & { kind: string } => ({
    kind: item.head ? 'pull' : 'issue',
    key: numbers.get(item.number)!,
    state: item.state,
    title: item.title,
    body: normalise(item.body, numbers),
    labels: [...item.labels].sort(),
    assignees: [...item.assignees].sort(),
    ...(item.reviewers ? { reviewers: [...item.reviewers].sort() } : {}),
    comments: item.comments.map((c) => normalise(c, numbers)),
  }));
  const byKey = (a: ItemState, b: ItemState) => a.key.localeCompare(b.key);
  const strip = ({ kind: _kind, ...state }: ItemState & { kind: string }): ItemState => state;
  return {
    registry,
    trades: { count: ids.length, digest: digest(ids.join('\n')) },
    branches,
    pulls: states
      .filter((s) => s.kind === 'pull')
      .map(strip)
      .sort(byKey),
    issues: states
      .filter((s) => s.kind === 'issue')
      .map(strip)
      .sort(byKey),
    dispatches: (options.standin?.dispatches ?? []).map((d) =>
      JSON.stringify({ kind: d.kind, payload: d.payload }),
    ),
  };
}

/**
 * What must hold in git after every run, even one that failed halfway: each trade stored once,
 * and `verify` clean on main and on every proposal branch (nothing half-written).
 */
export async function registryViolations(options: EndStateOptions): Promise<string[]> {
  const git = new Git(options.origin, { env: options.env });
  const branch = options.branch ?? 'main';
  const violations: string[] = [];
  const ids = storedTradeIds(await registryFiles(git, branch));
  for (let i = 1; i < ids.length; i++) {
    if (ids[i] === ids[i - 1]) violations.push(`trade stored twice: ${ids[i]}`);
  }
  const holder = branchesRepo(options);
  const revs = [
    { git, rev: branch },
    ...(await proposalBranches(holder)).map((rev) => ({ git: holder, rev })),
  ];
  for (const { git: where, rev } of revs) {
    const report = await verify({ git: where, root: where.dir }, `refs/heads/${rev}`);
    for (const problem of report.problems.filter((p) => p.severity === 'error')) {
      violations.push(`verify ${rev}: ${problem.file ?? ''} ${problem.message}`);
    }
  }
  return violations;
}

/**
 * What must hold once a run completed: the registry's invariants, and at most one open pull
 * request per branch and one open alert per model, and no `modelgate/*` branch on the remote
 * that no open pull request owns.
 */
export async function invariantViolations(options: EndStateOptions): Promise<string[]> {
  const violations = await registryViolations(options);
  const items = await forgeItems(options);
  const open = items.filter((i) => i.state === 'open');
  for (const about of new Set(open.map((i) => i.about))) {
    const count = open.filter((i) => i.about === about).length;
    if (count > 1) violations.push(`${count} open items for ${about}`);
  }
  const openHeads = new Set(open.flatMap((i) => (i.head ? [i.head] : [])));
  for (const proposal of await proposalBranches(branchesRepo(options))) {
    if (!openHeads.has(proposal)) violations.push(`orphan branch ${proposal}`);
  }
  return violations;
}

/** Where two end states differ, one line each, for a test failure that says what went wrong. */
export function endStateDifferences(expected: EndState, actual: EndState): string[] {
  const out: string[] = [];
  const compareRecords = (what: string, a: Record<string, string>, b: Record<string, string>) => {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (a[key] === b[key]) continue;
      out.push(
        a[key] === undefined
          ? `${what}: ${key} is extra`
          : b[key] === undefined
            ? `${what}: ${key} is missing`
            : `${what}: ${key} differs`,
      );
    }
  };
  compareRecords('registry', expected.registry, actual.registry);
  if (JSON.stringify(expected.trades) !== JSON.stringify(actual.trades)) {
    out.push(
      `trades: ${expected.trades.count} expected, ${actual.trades.count} stored (or other ids)`,
    );
  }
  for (const branch of new Set([
    ...Object.keys(expected.branches),
    ...Object.keys(actual.branches),
  ])) {
    compareRecords(
      `branch ${branch}`,
      expected.branches[branch] ?? {},
      actual.branches[branch] ?? {},
    );
    if (!(branch in expected.branches)) out.push(`branch ${branch} is extra`);
    if (!(branch in actual.branches)) out.push(`branch ${branch} is missing`);
  }
  const compareItems = (what: string, a: ItemState[], b: ItemState[]) => {
    for (const key of new Set([...a.map((i) => i.key), ...b.map((i) => i.key)])) {
      const x = a.find((i) => i.key === key);
      const y = b.find((i) => i.key === key);
      if (!x || !y) {
        out.push(`${what} ${key} is ${x ? 'missing' : 'extra'}${y ? ` (${y.state})` : ''}`);
        continue;
      }
      for (const field of Object.keys(x) as (keyof ItemState)[]) {
        const [ex, ac] = [JSON.stringify(x[field]), JSON.stringify(y[field])];
        if (ex === ac) continue;
        out.push(
          field === 'body'
            ? `${what} ${key}: body differs`
            : `${what} ${key}: ${field} ${ex} expected, ${ac} found`,
        );
      }
    }
  };
  compareItems('pull', expected.pulls, actual.pulls);
  compareItems('issue', expected.issues, actual.issues);
  if (JSON.stringify(expected.dispatches) !== JSON.stringify(actual.dispatches)) {
    out.push(
      `dispatches: ${expected.dispatches.length} expected, ${actual.dispatches.length} started`,
    );
  }
  return out;
}

/** Lock files and temporary index files left in a clone's `.git` (and the remote's). */
export async function leftoverLocks(gitDir: string): Promise<string[]> {
  const entries = await readdir(gitDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter(
      (e) =>
        e.isFile() &&
        (e.name.endsWith('.lock') || /^modelgate-.*\.index$/.test(e.name)) &&
        // The local forge's own locks are its business, and it recovers abandoned ones.
        !join(e.parentPath, e.name).includes(`${join('modelgate', 'locks')}`),
    )
    .map((e) => join(e.parentPath, e.name).slice(gitDir.length + 1))
    .sort();
}

async function registryFiles(git: Git, branch: string): Promise<Map<string, Buffer>> {
  const listing = await git.run(['ls-tree', '-r', '-z', `refs/heads/${branch}`, '--', 'registry']);
  const entries = listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      return { blob: line.slice(0, tab).split(' ')[2]!, path: line.slice(tab + 1) };
    });
  const blobs = await git.readBlobs(entries.map((e) => e.blob));
  return new Map(entries.map((e) => [e.path, blobs.get(e.blob) ?? Buffer.alloc(0)]));
}

/** Manifests carry the time they were registered, which no two runs share. */
function contentDigest(path: string, content: Buffer): string {
  if (!path.endsWith('/manifest.yaml')) return digest(content);
  return digest(content.toString('utf8').replace(/^created_at: .*\n/m, ''));
}

function storedTradeIds(files: Map<string, Buffer>): string[] {
  const ids: string[] = [];
  for (const [path, content] of files) {
    const match = /^registry\/([^/]+)\/versions\/([^/]+)\/trades\//.exec(path);
    if (!match) continue;
    for (const line of content.toString('utf8').split('\n')) {
      if (!line) continue;
      const { trade_id } = JSON.parse(line) as { trade_id: string };
      ids.push(`${match[1]}/${match[2]}/${trade_id}`);
    }
  }
  return ids.sort();
}

async function proposalBranches(git: Git): Promise<string[]> {
  const refs = await git.run(['for-each-ref', '--format=%(refname)', 'refs/heads/modelgate/']);
  return refs
    .split('\n')
    .filter(Boolean)
    .map((ref) => ref.slice('refs/heads/'.length))
    .sort();
}

/** The files a branch changes against where it left main, by content. */
async function branchChange(
  git: Git,
  main: string,
  branch: string,
): Promise<Record<string, string>> {
  const fork = (await git.run(['merge-base', main, `refs/heads/${branch}`])).trim();
  const diff = await git.run([
    'diff-tree',
    '-r',
    '-z',
    '--no-renames',
    fork,
    `refs/heads/${branch}`,
  ]);
  const fields = diff.split('\0').filter(Boolean);
  const changes: { path: string; blob: string }[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [, , , blob, status] = fields[i]!.split(' ');
    changes.push({ path: fields[i + 1]!, blob: status === 'D' ? '' : blob! });
  }
  const blobs = await git.readBlobs(changes.map((c) => c.blob).filter(Boolean));
  const change: Record<string, string> = {};
  for (const { path, blob } of changes) {
    change[path] = blob ? contentDigest(path, blobs.get(blob) ?? Buffer.alloc(0)) : 'removed';
  }
  return change;
}

function alertModel(body: string | null): string | undefined {
  return /<!-- modelgate:alert model=([^ ]+) -->/.exec(body ?? '')?.[1];
}

/** Each item number → what it is: a pull request by its head, an alert by its model. */
function itemKeys(items: RawItem[]): Map<number, string> {
  const keys = new Map<number, string>();
  const seen = new Map<string, number>();
  for (const item of [...items].sort((a, b) => a.number - b.number)) {
    const n = (seen.get(item.about) ?? 0) + 1;
    seen.set(item.about, n);
    keys.set(item.number, n === 1 ? item.about : `${item.about} (${n})`);
  }
  return keys;
}

/** Item numbers become what they point at; commit ids and times become placeholders. */
function normalise(text: string, numbers: Map<number, string>): string {
  return text
    .replace(/(#|\/pull\/|\/issues\/)(\d+)\b/g, (whole, prefix: string, n: string) => {
      const key = numbers.get(Number(n));
      return key ? `${prefix}<${key}>` : whole;
    })
    .replace(/\b[0-9a-f]{40}\b/g, '<commit>')
    .replace(/\b[0-9a-f]{12}\b/g, '<commit>');
}
