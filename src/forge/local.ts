import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { classifyRegistryPath } from '../core/layout.js';
import { ModelgateError, formatProblem, type Problem } from '../core/problems.js';
import { oneLine } from '../core/text.js';
import { verifyRegistry } from '../core/verify.js';
import { GitCommandError } from '../git/git.js';
import { commitTree, publishCommit, readBranchTip } from '../git/registry-writer.js';
import {
  readSnapshot,
  requireGitLfs,
  resolveCommit,
  type LoadedSnapshot,
  type RegistryRepo,
} from '../git/repository.js';
import {
  alertMarker,
  modelFromAlertBody,
  PROPOSAL_BRANCH_PREFIX,
  type AlertRecord,
  type Forge,
  type ItemState,
  type ItemUpdate,
  type NewAlert,
  type NewProposal,
  type ProposalRecord,
} from './forge.js';

/**
 * The embedded forge: no GitHub at all. A proposal is a local branch plus a proposal file,
 * an alert is an alert file, both under `<git common dir>/modelgate/` so every work tree of
 * the repository shares them and `git clean` never touches them:
 *
 *   modelgate/proposals/<id>.md   YAML front matter, the Markdown body, then `## Comments`
 *   modelgate/alerts/<id>.md      the same for an alert
 *   modelgate/ids/<id>            one file per id ever handed out (proposals and alerts share ids)
 *   modelgate/locks/              short-lived locks around a read-modify-write of one item
 *
 * Merging builds the merge commit without a work tree (`git merge-tree --write-tree`), checks
 * the merged registry like a required status check would, and publishes it the way every
 * registry write is published (a push without force, or a guarded local fast-forward).
 *
 * Reviewers and assignees are written with the item, in the one write that creates it: no
 * failure can leave them out, and a name missing later was taken off by a person. So this forge
 * has no `completePeople`, and a rerun asks nobody again.
 */

export interface LocalForgeOptions {
  repo: RegistryRepo;
  /** Branch new proposals merge into. */
  baseBranch: string;
  /** Where the base branch is pushed after a merge; default `origin` when it exists. */
  publishRemote?: string | false;
  /** Who applies and rejects, for the record; default: git's user.name, else the OS user. */
  user?: string;
  /** Told what landed but needs a person's attention (e.g. the work tree could not follow). */
  onWarning?: (warning: string) => void;
}

export interface LocalProposal extends ProposalRecord {
  base: string;
  reviewers: string[];
  assignees: string[];
  createdAt: string;
  /** Who closed or merged it. */
  closedBy: string | null;
  /** The branch tip when it was closed or merged: `git branch <branch> <headCommit>` restores it. */
  headCommit: string | null;
  /** The text of each comment, oldest first (who and when are in the file). */
  comments: string[];
  /** The proposal file (also `url`). */
  file: string;
}

export interface LocalAlert extends AlertRecord {
  assignees: string[];
  createdAt: string;
  closedAt: string | null;
  closedBy: string | null;
  comments: string[];
  file: string;
}

export interface LocalForge extends Forge {
  readonly kind: 'local';
  readonly remote: false;
  /** Open proposals, or every proposal with `all`, oldest first. */
  listProposals(options?: { all?: boolean }): Promise<LocalProposal[]>;
  /** One proposal with its comments; throws a ModelgateError naming the id when there is none. */
  readProposal(id: string): Promise<LocalProposal>;
  /** Closes an open proposal with a comment saying who rejected it (and why), deleting its branch. */
  rejectProposal(id: string, reason?: string): Promise<void>;
  /** Open alerts, or every alert with `all`, oldest first. */
  listAlerts(options?: { all?: boolean }): Promise<LocalAlert[]>;
  readAlert(id: string): Promise<LocalAlert>;
}

export function createLocalForge(options: LocalForgeOptions): LocalForge {
  return new LocalForgeStore(options);
}

type ItemKind = 'proposal' | 'alert';

interface StoredComment {
  at: string;
  by: string;
  text: string;
}

interface ProposalFront {
  id: number;
  state: ItemState;
  title: string;
  branch: string;
  base: string;
  labels: string[];
  reviewers: string[];
  assignees: string[];
  created_at: string;
  closed_at: string | null;
  closed_by: string | null;
  merge_commit: string | null;
  head_commit: string | null;
}

interface AlertFront {
  id: number;
  state: 'open' | 'closed';
  model: string;
  title: string;
  labels: string[];
  assignees: string[];
  created_at: string;
  closed_at: string | null;
  closed_by: string | null;
}

interface StoredItem<Front> {
  front: Front;
  body: string;
  comments: StoredComment[];
}

interface StorePaths {
  root: string;
  proposals: string;
  alerts: string;
  ids: string;
  locks: string;
}

const ITEM_FILE = /^(\d+)\.md$/;
const COMMENTS_HEADING = '## Comments';
const COMMENT_HEADING = /^### (\d{4}-\d{2}-\d{2}T[0-9:.]+Z) · (.*)$/;
/**
 * Lines of a body or comment that would read as the file's own structure. They are stored with
 * one more leading backslash (which Markdown shows as the same text) and read back without it.
 */
const STRUCTURAL_LINE = /^\\*(?:## Comments[ \t]*$|### \d{4}-\d{2}-\d{2}T)/;

class LocalForgeStore implements LocalForge {
  readonly kind = 'local' as const;
  readonly remote = false as const;
  readonly baseBranch: string;
  private readonly repo: RegistryRepo;
  private readonly publishRemote: string | false | undefined;
  private readonly onWarning: (warning: string) => void;
  private readonly configuredUser: string | undefined;
  private pathsPromise: Promise<StorePaths> | undefined;
  private userPromise: Promise<string> | undefined;

  constructor(options: LocalForgeOptions) {
    this.repo = options.repo;
    this.baseBranch = options.baseBranch;
    this.publishRemote = options.publishRemote;
    this.configuredUser = options.user;
    this.onWarning = options.onWarning ?? (() => undefined);
  }

  // ---- proposals ----

  async latestProposal(branch: string): Promise<LocalProposal | undefined> {
    const proposals = await this.allProposals();
    return proposals.filter((proposal) => proposal.branch === branch).at(-1);
  }

  async openProposals(): Promise<LocalProposal[]> {
    return (await this.listProposals()).filter((proposal) =>
      proposal.branch.startsWith(PROPOSAL_BRANCH_PREFIX),
    );
  }

  async listProposals(options: { all?: boolean } = {}): Promise<LocalProposal[]> {
    const proposals = await this.allProposals();
    return options.all ? proposals : proposals.filter((proposal) => proposal.state === 'open');
  }

  async readProposal(id: string): Promise<LocalProposal> {
    const number = parseItemId(id, 'proposal');
    const stored = await this.requireProposal(number);
    return this.toProposal(await this.itemFile('proposal', number), stored);
  }

  async createProposal(
    proposal: NewProposal,
  ): Promise<{ proposal: LocalProposal; existed: boolean }> {
    const { branch } = proposal;
    if (branch === this.baseBranch) {
      throw new ModelgateError(`a proposal cannot merge ${branch} into itself`);
    }
    if (!(await resolveCommit(this.repo, `refs/heads/${branch}`))) {
      throw new ModelgateError(
        `cannot propose ${branch}: there is no such local branch (commit the change to it first)`,
      );
    }
    // One creator per branch at a time, so two runs racing for the same branch make one proposal.
    return this.withLock(`branch-${shortHash(branch)}`, `proposals for ${branch}`, async () => {
      const open = (await this.listProposals()).find((existing) => existing.branch === branch);
      if (open) return { proposal: open, existed: true };
      const id = await this.allocateId('proposal');
      const front: ProposalFront = {
        id,
        state: 'open',
        title: proposal.title,
        branch,
        base: this.baseBranch,
        labels: unique(proposal.labels),
        reviewers: unique(proposal.reviewers),
        assignees: unique(proposal.assignees),
        created_at: now(),
        closed_at: null,
        closed_by: null,
        merge_commit: null,
        head_commit: null,
      };
      const stored: StoredItem<ProposalFront> = { front, body: proposal.body, comments: [] };
      const file = await this.itemFile('proposal', id);
      await writeAtomically(file, formatItemFile(front, stored));
      return { proposal: this.toProposal(file, stored), existed: false };
    });
  }

  async updateProposal(id: string, update: ItemUpdate): Promise<void> {
    const number = parseItemId(id, 'proposal');
    await this.withItemLock(number, async () => {
      const stored = await this.requireProposal(number);
      applyUpdate(stored, update);
      await this.saveProposal(stored);
    });
  }

  async closeProposal(id: string, comment: string): Promise<void> {
    await this.closeProposalWith(parseItemId(id, 'proposal'), comment, false);
  }

  async rejectProposal(id: string, reason?: string): Promise<void> {
    const user = await this.user();
    const why = reason?.trim();
    await this.closeProposalWith(
      parseItemId(id, 'proposal'),
      `Rejected by ${user}${why ? `: ${why}` : '.'}`,
      true,
    );
  }

  async mergeProposal(id: string, commitTitle: string): Promise<string> {
    const number = parseItemId(id, 'proposal');
    // Held across the merge, so the same proposal cannot be merged twice by racing runs.
    return this.withItemLock(number, async () => {
      const stored = await this.requireProposal(number);
      const { branch, base: baseBranch } = stored.front;
      if (stored.front.state !== 'open') {
        throw new ModelgateError(`proposal #${number} is ${stored.front.state}: nothing to merge`);
      }
      await this.refuseIfCheckedOut(number, branch);
      const head = await resolveCommit(this.repo, `refs/heads/${branch}`);
      if (!head) {
        throw new ModelgateError(
          `proposal #${number} is out of date: its branch ${branch} is gone; \`modelgate evaluate\` rebuilds it`,
        );
      }
      const base = await readBranchTip(this.repo, baseBranch, this.publishRemote);
      if (!base.commit) {
        throw new ModelgateError(`${baseBranch} has no commits: there is nothing to merge into`);
      }
      if (await this.isAncestor(head, base.commit)) {
        throw new ModelgateError(
          `proposal #${number}: ${branch} is already part of ${baseBranch}, so there is nothing to merge; reject it to close it`,
        );
      }
      const tree = await this.mergeTree(number, branch, baseBranch, base.commit, head);
      const message = `${commitTitle.trim()}\n\nMerges proposal #${number} (${branch}).\n`;
      // Harmless until published: an unreachable commit that `git gc` removes.
      const mergeCommit = await commitTree(this.repo, tree, [base.commit, head], message);
      const merged = await readSnapshot(this.repo, mergeCommit);
      refuseIfBreaksRegistry(number, base, merged);
      if (base.remote && introducesArtifacts(base, merged)) {
        // The branch was never pushed, so neither were its artifacts: a pointer on the remote
        // whose content is not there would break every clone.
        await requireGitLfs(this.repo);
        await this.repo.git.run(['lfs', 'push', base.remote, mergeCommit]);
      }
      const warnings = await publishCommit(this.repo, {
        branch: baseBranch,
        remote: base.remote,
        base: base.commit,
        commit: mergeCommit,
      });
      const user = await this.user();
      stored.front.state = 'merged';
      stored.front.closed_at = now();
      stored.front.closed_by = user;
      stored.front.merge_commit = mergeCommit;
      stored.front.head_commit = head;
      stored.comments.push({
        at: stored.front.closed_at,
        by: user,
        text: `Merged into ${baseBranch} by ${user} as ${mergeCommit}${base.remote ? ` (pushed to ${base.remote})` : ''}.`,
      });
      await this.saveProposal(stored);
      await this.deleteBranch(branch, head, warnings);
      for (const warning of warnings) this.onWarning(warning);
      return mergeCommit;
    });
  }

  // ---- alerts ----

  async openAlerts(): Promise<LocalAlert[]> {
    return this.listAlerts();
  }

  async closedAlerts(model: string): Promise<LocalAlert[]> {
    return (await this.allAlerts())
      .filter((alert) => alert.state === 'closed' && alert.model === model)
      .reverse();
  }

  async listAlerts(options: { all?: boolean } = {}): Promise<LocalAlert[]> {
    const alerts = await this.allAlerts();
    return options.all ? alerts : alerts.filter((alert) => alert.state === 'open');
  }

  async readAlert(id: string): Promise<LocalAlert> {
    const number = parseItemId(id, 'alert');
    const stored = await this.requireAlert(number);
    return this.toAlert(await this.itemFile('alert', number), stored);
  }

  async createAlert(alert: NewAlert): Promise<LocalAlert> {
    if (!alert.body.includes(alertMarker(alert.model))) {
      // The marker is how the alert is found again; without it a second one would be opened.
      throw new ModelgateError(`the body of an alert about ${alert.model} must contain its marker`);
    }
    const id = await this.allocateId('alert');
    const front: AlertFront = {
      id,
      state: 'open',
      model: alert.model,
      title: alert.title,
      labels: unique(alert.labels),
      assignees: unique(alert.assignees),
      created_at: now(),
      closed_at: null,
      closed_by: null,
    };
    const stored: StoredItem<AlertFront> = { front, body: alert.body, comments: [] };
    const file = await this.itemFile('alert', id);
    await writeAtomically(file, formatItemFile(front, stored));
    return this.toAlert(file, stored);
  }

  async updateAlert(id: string, update: ItemUpdate): Promise<void> {
    const number = parseItemId(id, 'alert');
    await this.withItemLock(number, async () => {
      const stored = await this.requireAlert(number);
      applyUpdate(stored, update);
      await this.saveAlert(stored);
    });
  }

  async closeAlert(id: string, comment: string): Promise<void> {
    const number = parseItemId(id, 'alert');
    const user = await this.user();
    await this.withItemLock(number, async () => {
      const stored = await this.requireAlert(number);
      stored.comments.push({ at: now(), by: user, text: comment });
      // Closing a closed alert only adds the comment, as closing a closed issue does.
      if (stored.front.state === 'open') {
        stored.front.state = 'closed';
        stored.front.closed_at = now();
        stored.front.closed_by = user;
      }
      await this.saveAlert(stored);
    });
  }

  // ---- either ----

  async comment(id: string, text: string, options: { unlessSaid?: boolean } = {}): Promise<void> {
    const number = parseItemId(id, 'item');
    const user = await this.user();
    const owed = (comments: readonly { text: string }[]) =>
      comments.at(-1)?.text !== text &&
      !(options.unlessSaid && comments.some((comment) => comment.text === text));
    await this.withItemLock(number, async () => {
      const proposal = await this.loadProposal(number);
      if (proposal) {
        if (!owed(proposal.comments)) return;
        proposal.comments.push({ at: now(), by: user, text });
        await this.saveProposal(proposal);
        return;
      }
      const alert = await this.loadAlert(number);
      if (!alert) throw new ModelgateError(`no proposal or alert #${number} in this repository`);
      if (!owed(alert.comments)) return;
      alert.comments.push({ at: now(), by: user, text });
      await this.saveAlert(alert);
    });
  }

  // ---- internals ----

  private async closeProposalWith(
    number: number,
    comment: string,
    mustBeOpen: boolean,
  ): Promise<void> {
    const user = await this.user();
    await this.withItemLock(number, async () => {
      const stored = await this.requireProposal(number);
      const { state, branch } = stored.front;
      if (state === 'merged') {
        throw new ModelgateError(`proposal #${number} is already merged: it cannot be closed`);
      }
      if (state === 'closed' && mustBeOpen) {
        throw new ModelgateError(`proposal #${number} is already closed`);
      }
      stored.comments.push({ at: now(), by: user, text: comment });
      if (state === 'closed') {
        // As on GitHub: closing a closed proposal only adds the comment.
        await this.saveProposal(stored);
        return;
      }
      await this.refuseIfCheckedOut(number, branch);
      const head = await resolveCommit(this.repo, `refs/heads/${branch}`);
      stored.front.state = 'closed';
      stored.front.closed_at = now();
      stored.front.closed_by = user;
      stored.front.head_commit = head ?? null;
      // Closed first, branch deleted second: a crash in between leaves a stray branch, not an
      // open proposal without one.
      await this.saveProposal(stored);
      const warnings: string[] = [];
      if (head) await this.deleteBranch(branch, head, warnings);
      for (const warning of warnings) this.onWarning(warning);
    });
  }

  private async mergeTree(
    number: number,
    branch: string,
    baseBranch: string,
    base: string,
    head: string,
  ): Promise<string> {
    const result = await this.repo.git.attempt([
      'merge-tree',
      '--write-tree',
      '--name-only',
      '--no-messages',
      '-z',
      base,
      head,
    ]);
    const [tree, ...conflicted] = result.stdout.split('\0').filter(Boolean);
    if (result.ok && tree) return tree;
    if (!tree || !/^[0-9a-f]{40,64}$/.test(tree)) {
      throw new GitCommandError(['merge-tree'], result.stderr || 'no tree written');
    }
    throw new ModelgateError(
      `proposal #${number} is out of date: ${branch} conflicts with ${baseBranch}${conflicted.length ? ` in ${conflicted.join(', ')}` : ''}; \`modelgate evaluate\` rebuilds it on the current ${baseBranch}`,
    );
  }

  private async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (
      (await this.repo.git.tryRun(['merge-base', '--is-ancestor', ancestor, descendant])) !==
      undefined
    );
  }

  /** A branch checked out in some work tree cannot be deleted without breaking that work tree. */
  private async refuseIfCheckedOut(number: number, branch: string): Promise<void> {
    const listing = await this.repo.git.run(['worktree', 'list', '--porcelain']);
    for (const block of listing.split('\n\n')) {
      const lines = block.split('\n');
      if (!lines.includes(`branch refs/heads/${branch}`)) continue;
      const where = lines.find((line) => line.startsWith('worktree '))?.slice('worktree '.length);
      throw new ModelgateError(
        `proposal #${number}: its branch ${branch} is checked out${where ? ` in ${where}` : ''}; switch to another branch first`,
      );
    }
  }

  /** Deletes the branch only if it still points where it did, so later commits are never lost. */
  private async deleteBranch(branch: string, expected: string, warnings: string[]): Promise<void> {
    const deleted = await this.repo.git.attempt([
      'update-ref',
      '-d',
      `refs/heads/${branch}`,
      expected,
    ]);
    if (!deleted.ok) {
      warnings.push(
        `branch ${branch} was kept: it moved on since (${deleted.stderr || 'update-ref failed'})`,
      );
    }
  }

  private async user(): Promise<string> {
    this.userPromise ??= (async () => {
      const configured = this.configuredUser?.trim();
      if (configured) return oneLine(configured);
      const gitName = (await this.repo.git.tryRun(['config', '--get', 'user.name']))?.trim();
      if (gitName) return oneLine(gitName);
      try {
        return userInfo().username || 'unknown';
      } catch {
        return 'unknown';
      }
    })();
    return this.userPromise;
  }

  private paths(): Promise<StorePaths> {
    this.pathsPromise ??= (async () => {
      const commonDir = (await this.repo.git.run(['rev-parse', '--git-common-dir'])).trim();
      const root = join(resolve(this.repo.root, commonDir), 'modelgate');
      const paths: StorePaths = {
        root,
        proposals: join(root, 'proposals'),
        alerts: join(root, 'alerts'),
        ids: join(root, 'ids'),
        locks: join(root, 'locks'),
      };
      for (const dir of [paths.proposals, paths.alerts, paths.ids, paths.locks]) {
        await mkdir(dir, { recursive: true });
      }
      return paths;
    })();
    return this.pathsPromise;
  }

  private async itemFile(kind: ItemKind, id: number): Promise<string> {
    const paths = await this.paths();
    return join(kind === 'proposal' ? paths.proposals : paths.alerts, `${id}.md`);
  }

  /**
   * Hands out the next id, shared by proposals and alerts. Each id is claimed by creating its
   * file in ids/ exclusively, so two processes that pick the same number cannot both have it.
   */
  private async allocateId(kind: ItemKind): Promise<number> {
    const paths = await this.paths();
    let candidate = 1;
    for (const dir of [paths.ids, paths.proposals, paths.alerts]) {
      for (const name of await readdir(dir)) {
        const id = Number(/^(\d+)(?:\.md)?$/.exec(name)?.[1] ?? 0);
        if (id >= candidate) candidate = id + 1;
      }
    }
    for (; ; candidate++) {
      try {
        await writeFile(join(paths.ids, String(candidate)), `${kind}\n`, { flag: 'wx' });
        return candidate;
      } catch (thrown) {
        if (errorCode(thrown) !== 'EEXIST') throw thrown;
      }
    }
  }

  private async withItemLock<T>(id: number, work: () => Promise<T>): Promise<T> {
    return this.withLock(`item-${id}`, `#${id}`, work);
  }

  private async withLock<T>(name: string, what: string, work: () => Promise<T>): Promise<T> {
    const lockFile = join((await this.paths()).locks, `${name}.lock`);
    await acquireLock(lockFile, what);
    try {
      return await work();
    } finally {
      await rm(lockFile, { force: true });
    }
  }

  private async allProposals(): Promise<LocalProposal[]> {
    const { proposals: dir } = await this.paths();
    const proposals = await Promise.all(
      (await listItemIds(dir)).map(async (id) => {
        const stored = await this.loadProposal(id);
        return stored && this.toProposal(join(dir, `${id}.md`), stored);
      }),
    );
    return proposals.filter((proposal) => proposal !== undefined);
  }

  private async allAlerts(): Promise<LocalAlert[]> {
    const { alerts: dir } = await this.paths();
    const alerts = await Promise.all(
      (await listItemIds(dir)).map(async (id) => {
        const stored = await this.loadAlert(id);
        return stored && this.toAlert(join(dir, `${id}.md`), stored);
      }),
    );
    return alerts.filter((alert) => alert !== undefined);
  }

  private async loadProposal(id: number): Promise<StoredItem<ProposalFront> | undefined> {
    const file = await this.itemFile('proposal', id);
    const parsed = await readItemFile(file);
    if (!parsed) return undefined;
    const fields = new FrontMatter(file, parsed.data);
    const front: ProposalFront = {
      id: fields.id(id),
      state: fields.oneOf('state', ['open', 'closed', 'merged'] as const),
      title: fields.text('title'),
      branch: fields.text('branch'),
      base: fields.optionalText('base') ?? this.baseBranch,
      labels: fields.list('labels'),
      reviewers: fields.list('reviewers'),
      assignees: fields.list('assignees'),
      created_at: fields.optionalText('created_at') ?? '',
      closed_at: fields.optionalText('closed_at'),
      closed_by: fields.optionalText('closed_by'),
      merge_commit: fields.optionalText('merge_commit'),
      head_commit: fields.optionalText('head_commit'),
    };
    return { front, body: parsed.body, comments: parsed.comments };
  }

  private async loadAlert(id: number): Promise<StoredItem<AlertFront> | undefined> {
    const file = await this.itemFile('alert', id);
    const parsed = await readItemFile(file);
    if (!parsed) return undefined;
    const fields = new FrontMatter(file, parsed.data);
    const front: AlertFront = {
      id: fields.id(id),
      state: fields.oneOf('state', ['open', 'closed'] as const),
      model: fields.text('model'),
      title: fields.text('title'),
      labels: fields.list('labels'),
      assignees: fields.list('assignees'),
      created_at: fields.optionalText('created_at') ?? '',
      closed_at: fields.optionalText('closed_at'),
      closed_by: fields.optionalText('closed_by'),
    };
    return { front, body: parsed.body, comments: parsed.comments };
  }

  private async requireProposal(id: number): Promise<StoredItem<ProposalFront>> {
    const stored = await this.loadProposal(id);
    if (stored) return stored;
    const isAlert = await stat(await this.itemFile('alert', id)).catch(() => undefined);
    throw new ModelgateError(
      isAlert ? `#${id} is an alert, not a proposal` : `no proposal #${id} in this repository`,
    );
  }

  private async requireAlert(id: number): Promise<StoredItem<AlertFront>> {
    const stored = await this.loadAlert(id);
    if (stored) return stored;
    const isProposal = await stat(await this.itemFile('proposal', id)).catch(() => undefined);
    throw new ModelgateError(
      isProposal ? `#${id} is a proposal, not an alert` : `no alert #${id} in this repository`,
    );
  }

  private async saveProposal(stored: StoredItem<ProposalFront>): Promise<void> {
    const file = await this.itemFile('proposal', stored.front.id);
    await writeAtomically(file, formatItemFile(stored.front, stored));
  }

  private async saveAlert(stored: StoredItem<AlertFront>): Promise<void> {
    const file = await this.itemFile('alert', stored.front.id);
    await writeAtomically(file, formatItemFile(stored.front, stored));
  }

  private toProposal(
    file: string,
    { front, body, comments }: StoredItem<ProposalFront>,
  ): LocalProposal {
    return {
      id: String(front.id),
      url: file,
      state: front.state,
      branch: front.branch,
      title: front.title,
      body,
      labels: front.labels,
      closedAt: front.closed_at,
      mergeCommit: front.merge_commit,
      base: front.base,
      reviewers: front.reviewers,
      assignees: front.assignees,
      createdAt: front.created_at,
      closedBy: front.closed_by,
      headCommit: front.head_commit,
      comments: comments.map((comment) => comment.text),
      file,
    };
  }

  private toAlert(file: string, { front, body, comments }: StoredItem<AlertFront>): LocalAlert {
    return {
      id: String(front.id),
      url: file,
      state: front.state,
      model: modelFromAlertBody(body) ?? front.model,
      title: front.title,
      body,
      labels: front.labels,
      assignees: front.assignees,
      createdAt: front.created_at,
      closedAt: front.closed_at,
      closedBy: front.closed_by,
      comments: comments.map((comment) => comment.text),
      file,
    };
  }
}

// ---- checks on the merge ----

const isError = (problem: Problem): boolean => problem.severity === 'error';

/** As the registry's required check: a merge may not add a problem the base did not have. */
function refuseIfBreaksRegistry(
  number: number,
  base: LoadedSnapshot,
  merged: LoadedSnapshot,
): void {
  const before = new Set(verifyRegistry(base.snapshot).filter(isError).map(formatProblem));
  const introduced = verifyRegistry(merged.snapshot)
    .filter(isError)
    .filter((problem) => !before.has(formatProblem(problem)));
  if (introduced.length > 0) {
    throw new ModelgateError(
      `refusing to merge proposal #${number}: the merged registry would have problems the base does not have`,
      introduced,
    );
  }
}

function introducesArtifacts(base: LoadedSnapshot, merged: LoadedSnapshot): boolean {
  const known = new Set(base.entries.map((entry) => entry.blob));
  return merged.entries.some(
    (entry) => !known.has(entry.blob) && classifyRegistryPath(entry.path).kind === 'artifact',
  );
}

// ---- ids ----

function parseItemId(id: string, what: ItemKind | 'item'): number {
  const match = /^#?(\d{1,9})$/.exec(id.trim());
  if (!match) {
    throw new ModelgateError(
      `no ${what === 'item' ? 'proposal or alert' : what} ${JSON.stringify(id)}: ids are numbers, e.g. 3`,
    );
  }
  return Number(match[1]);
}

async function listItemIds(dir: string): Promise<number[]> {
  const names = await readdir(dir);
  return names
    .map((name) => ITEM_FILE.exec(name)?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

// ---- the item file ----

interface ParsedItemFile {
  data: Record<string, unknown>;
  body: string;
  comments: StoredComment[];
}

async function readItemFile(file: string): Promise<ParsedItemFile | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (thrown) {
    if (errorCode(thrown) === 'ENOENT') return undefined;
    throw thrown;
  }
  return parseItemFile(file, text);
}

function parseItemFile(file: string, original: string): ParsedItemFile {
  const text = original.replace(/\r\n/g, '\n');
  const malformed = (why: string): ModelgateError =>
    new ModelgateError(`${file}: ${why}; fix the file by hand or delete it`);
  const frontMatter = /^---\n([\s\S]*?\n)?---(?:\n|$)/.exec(text);
  if (!frontMatter) {
    throw malformed('does not start with a front matter block between two `---` lines');
  }
  const doc = parseDocument(frontMatter[1] ?? '');
  const error = doc.errors[0];
  if (error) {
    // +1: the opening `---` line comes before the YAML.
    const line = error.linePos ? `line ${error.linePos[0].line + 1}: ` : '';
    throw malformed(`${line}${error.message.split('\n')[0] ?? 'invalid YAML'}`);
  }
  const data: unknown = doc.toJS();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw malformed('the front matter is not a set of `key: value` fields');
  }

  const lines = text.slice(frontMatter[0].length).split('\n');
  const split = lines.findIndex((line) => line.trimEnd() === COMMENTS_HEADING);
  const bodyLines = split < 0 ? lines : lines.slice(0, split);
  // The writer puts one blank line between the body and the comments heading.
  const body = bodyLines.map(unescapeLine).join('\n').replace(/\n$/, '');
  const comments: StoredComment[] = [];
  let current: { at: string; by: string; lines: string[] } | undefined;
  const finish = (): void => {
    if (!current) return;
    const commentText = current.lines
      .map(unescapeLine)
      .join('\n')
      .replace(/^(?:[ \t]*\n)+/, '')
      .trimEnd();
    if (commentText || current.at) {
      comments.push({ at: current.at, by: current.by, text: commentText });
    }
  };
  for (const line of split < 0 ? [] : lines.slice(split + 1)) {
    const heading = COMMENT_HEADING.exec(line);
    if (heading) {
      finish();
      current = { at: heading[1]!, by: heading[2]!, lines: [] };
    } else {
      // Text a person added above the first comment heading is kept as a comment of its own.
      current ??= { at: '', by: '', lines: [] };
      current.lines.push(line);
    }
  }
  finish();
  return { data: data as Record<string, unknown>, body, comments };
}

function formatItemFile(front: object, stored: { body: string; comments: StoredComment[] }) {
  const yaml = stringify(front, { lineWidth: 0 });
  const body = stored.body.split('\n').map(escapeLine).join('\n');
  const comments = stored.comments.map((comment) => {
    const by = oneLine(comment.by) || 'unknown';
    const text = comment.text.trim().split('\n').map(escapeLine).join('\n');
    return `\n### ${comment.at} · ${by}\n\n${text}\n`;
  });
  return `---\n${yaml}---\n${body}\n\n${COMMENTS_HEADING}\n${comments.join('')}`;
}

function escapeLine(line: string): string {
  return STRUCTURAL_LINE.test(line) ? `\\${line}` : line;
}

function unescapeLine(line: string): string {
  return line.startsWith('\\') && STRUCTURAL_LINE.test(line) ? line.slice(1) : line;
}

/** Reads the front matter's fields, with an error naming the file and field when one is wrong. */
class FrontMatter {
  constructor(
    private readonly file: string,
    private readonly data: Record<string, unknown>,
  ) {}

  id(expected: number): number {
    const value = this.data.id;
    if (value !== expected) {
      throw this.wrong('id', `must be ${expected}, the number in the file name`);
    }
    return expected;
  }

  text(key: string): string {
    const value = this.data[key];
    if (typeof value !== 'string' || value === '') throw this.wrong(key, 'must be a text');
    return value;
  }

  optionalText(key: string): string | null {
    const value = this.data[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw this.wrong(key, 'must be a text or null');
    return value;
  }

  list(key: string): string[] {
    const value = this.data[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
      throw this.wrong(key, 'must be a list of texts');
    }
    return value;
  }

  oneOf<const T extends string>(key: string, allowed: readonly T[]): T {
    const value = this.data[key];
    if (typeof value !== 'string' || !allowed.includes(value as T)) {
      throw this.wrong(key, `must be one of ${allowed.join(', ')}`);
    }
    return value as T;
  }

  private wrong(key: string, rule: string): ModelgateError {
    return new ModelgateError(
      `${this.file}: ${key}: ${rule} (found ${JSON.stringify(this.data[key]) ?? 'nothing'}); fix the file by hand or delete it`,
    );
  }
}

// ---- files ----

/** A temporary file renamed into place: a reader or a crash sees the old file or the new one. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = join(
    dirname(file),
    `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (thrown) {
    await rm(temp, { force: true });
    throw thrown;
  }
}

const LOCK_WAIT_MS = 60_000;
/** A lock older than this whose holder cannot be checked (another host) is taken as abandoned. */
const LOCK_ABANDONED_MS = 10 * 60_000;

interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

async function acquireLock(lockFile: string, what: string): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  const holder: LockHolder = { pid: process.pid, host: hostname(), since: now() };
  for (;;) {
    try {
      await writeFile(lockFile, `${JSON.stringify(holder)}\n`, { flag: 'wx' });
      return;
    } catch (thrown) {
      if (errorCode(thrown) !== 'EEXIST') throw thrown;
    }
    if (await isAbandoned(lockFile)) {
      await rm(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new ModelgateError(
        `${what} is being changed by another modelgate process (lock ${lockFile}); if none is running, delete that file`,
      );
    }
    await new Promise((done) => setTimeout(done, 20 + Math.random() * 80));
  }
}

/** A lock left behind by a process that died (crashed mid-change) must not block forever. */
async function isAbandoned(lockFile: string): Promise<boolean> {
  let text: string;
  let age: number;
  try {
    text = await readFile(lockFile, 'utf8');
    age = Date.now() - (await stat(lockFile)).mtimeMs;
  } catch {
    return false; // released meanwhile: just try again
  }
  let holder: Partial<LockHolder> | undefined;
  try {
    holder = JSON.parse(text) as Partial<LockHolder>;
  } catch {
    // Created but not yet written, or cut short by a crash.
    return age > 10_000;
  }
  if (holder.host === hostname() && typeof holder.pid === 'number') {
    if (holder.pid === process.pid) return false;
    try {
      process.kill(holder.pid, 0);
      return false;
    } catch (thrown) {
      return errorCode(thrown) === 'ESRCH';
    }
  }
  return age > LOCK_ABANDONED_MS;
}

// ---- small things ----

function errorCode(thrown: unknown): string | undefined {
  return (thrown as NodeJS.ErrnoException | undefined)?.code;
}

function now(): string {
  return new Date().toISOString();
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function applyUpdate(
  stored: { front: { title: string; labels: string[] }; body: string },
  update: ItemUpdate,
): void {
  if (update.title !== undefined) stored.front.title = update.title;
  if (update.body !== undefined) stored.body = update.body;
  const removed = new Set(update.removeLabels ?? []);
  stored.front.labels = unique([...stored.front.labels, ...(update.addLabels ?? [])]).filter(
    (label) => !removed.has(label),
  );
}
