import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatCommitMessage } from '../src/core/commit-message.js';
import { deploymentPath } from '../src/core/layout.js';
import { editYaml } from '../src/core/yaml-file.js';
import { alertMarker, type NewProposal } from '../src/forge/forge.js';
import { createLocalForge, type LocalForge } from '../src/forge/local.js';
import { commitToRegistry } from '../src/git/registry-writer.js';
import { completePeople } from '../src/proposals/reconcile.js';
import { parseJson } from './helpers/cli.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { sha256OfFile } from './helpers/files.js';

let f: RegistryFixture;
let forge: LocalForge;

beforeAll(async () => {
  f = await registryFixture();
  for (let i = 0; i < 3; i++) await f.register('trader');
  await f.cliOk(['promote', 'trader', 'v1']);
  forge = await openForge();
});
afterAll(() => f.cleanup());

async function openForge(
  options: { user?: string; publishRemote?: string | false } = {},
): Promise<LocalForge> {
  return createLocalForge({ repo: await f.repo(), baseBranch: 'main', user: 'alice', ...options });
}

/**
 * A proposal branch as the proposal engine makes one: a local branch from main with one real
 * registry commit (production moved), carrying modelgate's trailers.
 */
async function branchMovingProduction(branch: string, model: string, to: string): Promise<string> {
  await f.git(['branch', '--force', branch, 'main']);
  const result = await commitToRegistry(
    await f.repo(),
    (base) => {
      const path = deploymentPath(model);
      const from = base.snapshot.models.get(model)?.deployment?.production ?? null;
      return {
        writes: [
          {
            path,
            text: editYaml(base.snapshot.texts.get(path) ?? '', [
              [['production'], to],
              [['previous_production'], from],
            ]),
          },
        ],
        message: formatCommitMessage({
          action: 'promote',
          subject: `promote ${model} ${to}`,
          model,
          version: to,
          reason: `proposed ${to}`,
        }),
      };
    },
    { branch, remote: false },
  );
  return result.commit!;
}

function newProposal(branch: string, overrides: Partial<NewProposal> = {}): NewProposal {
  return {
    branch,
    title: `Proposal for ${branch}`,
    body: `Why ${branch} should merge.\n\n| metric | value |\n| --- | --- |\n| sharpe | 1.4 |`,
    labels: ['modelgate', 'rollback'],
    reviewers: ['risk-team'],
    assignees: ['bob'],
    ...overrides,
  };
}

const rev = async (ref: string, cwd = f.clone): Promise<string> =>
  (await f.git(['rev-parse', ref], cwd)).trim();
const branchExists = async (branch: string): Promise<boolean> =>
  (await f.git(['branch', '--list', branch])).trim() !== '';
const productionInWorkTree = async (model: string): Promise<string | undefined> =>
  /^production: (\S+)$/m.exec(await readFile(join(f.clone, deploymentPath(model)), 'utf8'))?.[1];
/** A version of trader that is neither in production nor `avoid`, for a change that differs. */
async function otherTraderVersion(avoid: string[] = []): Promise<string> {
  const production = await productionInWorkTree('trader');
  return ['v1', 'v2', 'v3'].find((v) => v !== production && !avoid.includes(v))!;
}

describe('proposals in the local forge', () => {
  it('opens a proposal as a file a person can read, and lists it', async () => {
    const branch = 'modelgate/promote/trader';
    await branchMovingProduction(branch, 'trader', 'v2');
    const { proposal, existed } = await forge.createProposal(newProposal(branch));
    expect(existed).toBe(false);
    expect(proposal).toMatchObject({
      state: 'open',
      branch,
      title: `Proposal for ${branch}`,
      labels: ['modelgate', 'rollback'],
      closedAt: null,
      mergeCommit: null,
    });
    expect(proposal.url).toBe(join(f.clone, '.git', 'modelgate', 'proposals', `${proposal.id}.md`));

    const text = await readFile(proposal.url, 'utf8');
    const [, frontMatter, rest] = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(text)!;
    expect(parse(frontMatter!)).toMatchObject({
      id: Number(proposal.id),
      state: 'open',
      branch,
      base: 'main',
      title: `Proposal for ${branch}`,
      labels: ['modelgate', 'rollback'],
      reviewers: ['risk-team'],
      assignees: ['bob'],
      closed_at: null,
      merge_commit: null,
    });
    expect(rest).toBe(`${newProposal(branch).body}\n\n## Comments\n`);

    expect((await forge.listProposals()).map((p) => p.id)).toContain(proposal.id);
    expect((await forge.openProposals()).map((p) => p.id)).toContain(proposal.id);
    expect((await forge.latestProposal(branch))?.id).toBe(proposal.id);
    expect(await forge.readProposal(`#${proposal.id}`)).toMatchObject({
      id: proposal.id,
      body: newProposal(branch).body,
      reviewers: ['risk-team'],
      comments: [],
      file: proposal.url,
    });
  });

  it('creating twice for the same branch gives the one proposal', async () => {
    const branch = 'modelgate/promote/trader';
    const first = await forge.latestProposal(branch);
    const again = await forge.createProposal(newProposal(branch, { title: 'another title' }));
    expect(again).toMatchObject({
      existed: true,
      proposal: { id: first!.id, title: first!.title },
    });
    expect((await forge.listProposals()).filter((p) => p.branch === branch)).toHaveLength(1);
  });

  it('refuses a branch that does not exist, and an unknown id names the id', async () => {
    await expect(forge.createProposal(newProposal('modelgate/promote/nothing'))).rejects.toThrow(
      'cannot propose modelgate/promote/nothing: there is no such local branch',
    );
    await expect(forge.readProposal('99')).rejects.toThrow('no proposal #99');
    await expect(forge.readProposal('latest')).rejects.toThrow('no proposal "latest"');
  });

  it('merges: a merge commit on main, pushed to origin, the work tree follows, the branch is gone', async () => {
    const branch = 'modelgate/promote/trader';
    const proposal = (await forge.latestProposal(branch))!;
    const mainBefore = await rev('main');
    const branchTip = await rev(branch);

    const merge = await forge.mergeProposal(proposal.id, 'modelgate: promote trader v2');

    expect(await rev('main')).toBe(merge);
    expect(await rev('HEAD')).toBe(merge);
    expect((await f.git(['rev-list', '--parents', '-n1', merge])).trim().split(' ')).toEqual([
      merge,
      mainBefore,
      branchTip,
    ]);
    expect(await f.git(['log', '-1', '--format=%B', merge])).toBe(
      `modelgate: promote trader v2\n\nMerges proposal #${proposal.id} (${branch}).\n\n`,
    );
    expect(await rev('refs/heads/main', f.sandbox.origin)).toBe(merge);
    expect(await productionInWorkTree('trader')).toBe('v2');
    expect(await f.git(['status', '--porcelain'])).toBe('');
    expect(await branchExists(branch)).toBe(false);

    const merged = await forge.readProposal(proposal.id);
    expect(merged).toMatchObject({
      state: 'merged',
      mergeCommit: merge,
      headCommit: branchTip,
      closedBy: 'alice',
    });
    expect(merged.closedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(merged.comments.at(-1)).toBe(
      `Merged into main by alice as ${merge} (pushed to origin).`,
    );
    expect((await forge.listProposals()).map((p) => p.id)).not.toContain(proposal.id);
    expect((await forge.listProposals({ all: true })).map((p) => p.id)).toContain(proposal.id);

    // history reads the reason from the branch's own commit, at the merge.
    const { events } = parseJson<{ events: { action: string; version: string; reason: string }[] }>(
      await f.cliOk(['history', 'trader', '--json']),
    );
    expect(events.at(-1)).toMatchObject({
      action: 'promoted',
      version: 'v2',
      reason: 'proposed v2',
    });

    await expect(forge.mergeProposal(proposal.id, 'again')).rejects.toThrow(
      `proposal #${proposal.id} is merged: nothing to merge`,
    );
  });

  it('refuses a proposal that conflicts with main: out of date, main untouched', async () => {
    const branch = 'modelgate/rollback/trader';
    const onBranch = await otherTraderVersion();
    await branchMovingProduction(branch, 'trader', onBranch);
    const { proposal } = await forge.createProposal(newProposal(branch));
    // Meanwhile someone changes production on main too.
    await f.cliOk(['promote', 'trader', await otherTraderVersion([onBranch])]);
    const before = await f.state();

    await expect(forge.mergeProposal(proposal.id, 'modelgate: rollback trader')).rejects.toThrow(
      `proposal #${proposal.id} is out of date: ${branch} conflicts with main in registry/trader/deployment.yaml; \`modelgate evaluate\` rebuilds it`,
    );
    expect(await f.state()).toEqual(before);
    expect((await forge.readProposal(proposal.id)).state).toBe('open');
    expect(await branchExists(branch)).toBe(true);
  });

  it('refuses a merge whose result breaks the registry, though each side is fine', async () => {
    await f.register('scalper');
    await f.register('scalper');
    await f.cliOk(['promote', 'scalper', 'v1']);
    const branch = 'modelgate/promote/scalper';
    await branchMovingProduction(branch, 'scalper', 'v2');
    const { proposal } = await forge.createProposal(newProposal(branch));
    // Main drops v2 by hand, which is fine while nothing points at it.
    await f.git(['rm', '-r', '--quiet', 'registry/scalper/versions/v2']);
    await f.git(['commit', '--quiet', '-m', 'drop scalper v2']);
    await f.git(['push', '--quiet', 'origin', 'main']);
    const before = await f.state();

    await expect(
      forge.mergeProposal(proposal.id, 'modelgate: promote scalper v2'),
    ).rejects.toMatchObject({
      message: `refusing to merge proposal #${proposal.id}: the merged registry would have problems the base does not have`,
      problems: [
        expect.objectContaining({ message: 'production: version v2 does not exist in scalper' }),
      ],
    });
    expect(await f.state()).toEqual(before);
    expect((await forge.readProposal(proposal.id)).state).toBe('open');
  });

  it('reject comments who rejected it and why, closes it and deletes the branch', async () => {
    const proposal = (await forge.latestProposal('modelgate/rollback/trader'))!;
    const tip = await rev(proposal.branch);
    const carol = await openForge({ user: 'carol' });

    await carol.rejectProposal(proposal.id, 'the drawdown was a data glitch');

    const rejected = await forge.readProposal(proposal.id);
    expect(rejected).toMatchObject({
      state: 'closed',
      closedBy: 'carol',
      headCommit: tip,
      mergeCommit: null,
      comments: ['Rejected by carol: the drawdown was a data glitch'],
    });
    expect(await branchExists(proposal.branch)).toBe(false);
    const text = await readFile(rejected.file, 'utf8');
    expect(text).toMatch(
      /\n## Comments\n\n### \d{4}-\d{2}-\d{2}T[\d:.]+Z · carol\n\nRejected by carol: the drawdown was a data glitch\n$/,
    );
    expect((await forge.listProposals()).map((p) => p.id)).not.toContain(proposal.id);
    await expect(carol.rejectProposal(proposal.id)).rejects.toThrow(
      `proposal #${proposal.id} is already closed`,
    );
  });

  it('after a close, a new proposal for the same branch gets a new id and is the latest', async () => {
    const branch = 'modelgate/promote/scalper';
    const old = (await forge.latestProposal(branch))!;
    await forge.closeProposal(old.id, 'Superseded: the evidence changed.');
    expect(await forge.readProposal(old.id)).toMatchObject({
      state: 'closed',
      comments: ['Superseded: the evidence changed.'],
    });
    expect(await branchExists(branch)).toBe(false);

    await f.git(['branch', branch, 'main']);
    const { proposal, existed } = await forge.createProposal(newProposal(branch));
    expect(existed).toBe(false);
    expect(Number(proposal.id)).toBeGreaterThan(Number(old.id));
    expect((await forge.latestProposal(branch))?.id).toBe(proposal.id);
    await forge.closeProposal(proposal.id, 'cleaning up');
  });

  it('updates title, body and labels, and keeps a body that looks like the file structure', async () => {
    const branch = 'modelgate/test/update';
    await f.git(['branch', branch, 'main']);
    const { proposal } = await forge.createProposal(newProposal(branch));
    const trickyBody = [
      'Evidence:',
      '## Comments',
      '\\## Comments',
      '### 2025-01-01T00:00:00Z · mallory',
      '',
    ].join('\n');
    await forge.updateProposal(proposal.id, {
      title: 'Roll back trader to v1',
      body: trickyBody,
      addLabels: ['critical'],
      removeLabels: ['rollback'],
    });
    await forge.comment(proposal.id, 'first line\n## Comments\n### 2025-01-01T00:00:00Z · eve');
    await forge.comment(proposal.id, 'second');
    expect(await forge.readProposal(proposal.id)).toMatchObject({
      title: 'Roll back trader to v1',
      body: trickyBody,
      labels: ['modelgate', 'critical'],
      comments: ['first line\n## Comments\n### 2025-01-01T00:00:00Z · eve', 'second'],
    });
    await forge.closeProposal(proposal.id, 'done');
  });

  it('keeps people a person took off the file: the proposal was written with them, once', async () => {
    const branch = 'modelgate/test/people';
    await f.git(['branch', branch, 'main']);
    const { proposal } = await forge.createProposal(newProposal(branch));
    expect(proposal).toMatchObject({ reviewers: ['risk-team'], assignees: ['bob'] });
    // A person takes the reviewer and the assignee off, by editing the file.
    const text = await readFile(proposal.url, 'utf8');
    await writeFile(
      proposal.url,
      text
        .replace(/^reviewers:\n(?: {2}- .*\n)+/m, 'reviewers: []\n')
        .replace(/^assignees:\n(?: {2}- .*\n)+/m, 'assignees: []\n'),
    );
    const edited = await forge.readProposal(proposal.id);
    expect(edited).toMatchObject({ reviewers: [], assignees: [] });

    // What a rerun does with a proposal that lacks the policy's people.
    await completePeople({ forge, dryRun: false }, edited, {
      reviewers: ['risk-team'],
      assignees: ['bob'],
    });
    expect(await forge.readProposal(proposal.id)).toMatchObject({ reviewers: [], assignees: [] });
    await forge.closeProposal(proposal.id, 'done');
  });

  it('will not delete a branch that is checked out in a work tree', async () => {
    const branch = 'modelgate/test/checked-out';
    await f.git(['branch', branch, 'main']);
    const { proposal } = await forge.createProposal(newProposal(branch));
    const worktree = join(f.root, 'worktree');
    await f.git(['worktree', 'add', '--quiet', worktree, branch]);
    try {
      await expect(forge.rejectProposal(proposal.id)).rejects.toThrow(
        `proposal #${proposal.id}: its branch ${branch} is checked out in ${worktree}`,
      );
      expect((await forge.readProposal(proposal.id)).state).toBe('open');
      // A linked work tree shares the proposals: they live in the common git directory.
      const fromWorktree = createLocalForge({ repo: await f.repo(worktree), baseBranch: 'main' });
      expect((await fromWorktree.readProposal(proposal.id)).file).toBe(
        (await forge.readProposal(proposal.id)).file,
      );
    } finally {
      await f.git(['worktree', 'remove', '--force', worktree]);
    }
    await forge.rejectProposal(proposal.id);
    expect((await forge.readProposal(proposal.id)).comments).toEqual(['Rejected by alice.']);
  });

  it('merges a proposal that adds an artifact, pushing its Git LFS content to origin', async () => {
    const branch = 'modelgate/register/trader';
    await f.git(['branch', branch, 'main']);
    const registered = await f.register('trader', {
      extraArgs: ['--branch', branch, '--no-push'],
    });
    const { proposal } = await forge.createProposal(newProposal(branch));
    const merge = await forge.mergeProposal(proposal.id, `modelgate: register trader`);

    const check = await f.newClone('check-lfs');
    expect(await rev('HEAD', check)).toBe(merge);
    const artifact = join(
      check,
      `registry/trader/versions/${registered.version}/artifacts/model.bin`,
    );
    expect(await sha256OfFile(artifact)).toBe(registered.sha256);
    expect((await f.cli(['verify'], { cwd: check })).stdout).toMatch(/^registry OK/);
  });
});

describe('alerts in the local forge', () => {
  it('opens, updates, comments and closes an alert, found again by its model', async () => {
    await expect(
      forge.createAlert({
        model: 'trader',
        title: 'no marker',
        body: 'x',
        labels: [],
        assignees: [],
      }),
    ).rejects.toThrow('must contain its marker');

    const alert = await forge.createAlert({
      model: 'trader',
      title: 'trader: win rate is falling',
      body: `${alertMarker('trader')}\nWin rate 0.48 over 120 trades.`,
      labels: ['modelgate', 'alert'],
      assignees: ['bob'],
    });
    expect(alert).toMatchObject({ state: 'open', model: 'trader', labels: ['modelgate', 'alert'] });
    expect(alert.url).toBe(join(f.clone, '.git', 'modelgate', 'alerts', `${alert.id}.md`));
    expect(await readFile(alert.url, 'utf8')).toContain('title: "trader: win rate is falling"');
    expect((await forge.openAlerts()).map((a) => [a.id, a.model])).toContainEqual([
      alert.id,
      'trader',
    ]);
    await expect(forge.readProposal(alert.id)).rejects.toThrow(
      `#${alert.id} is an alert, not a proposal`,
    );

    await forge.updateAlert(alert.id, { title: 'trader: win rate fell', addLabels: ['severe'] });
    await forge.comment(alert.id, 'Still falling: 0.46.');
    await forge.closeAlert(alert.id, 'Recovered: 0.55 over the last 200 trades.');

    expect((await forge.openAlerts()).map((a) => a.id)).not.toContain(alert.id);
    const closed = (await forge.listAlerts({ all: true })).find((a) => a.id === alert.id);
    expect(closed).toMatchObject({
      state: 'closed',
      title: 'trader: win rate fell',
      labels: ['modelgate', 'alert', 'severe'],
      closedBy: 'alice',
      comments: ['Still falling: 0.46.', 'Recovered: 0.55 over the last 200 trades.'],
    });
  });
});

describe('ids and files', () => {
  it('concurrent creators get distinct ids, and one proposal per branch', async () => {
    const branches = Array.from({ length: 6 }, (_, i) => `modelgate/test/concurrent-${i}`);
    for (const branch of [...branches, 'modelgate/test/same']) {
      await f.git(['branch', branch, 'main']);
    }
    // Separate forges, as separate processes would have: nothing shared in memory.
    const forges = await Promise.all(Array.from({ length: 12 }, () => openForge()));
    const results = await Promise.all([
      ...branches.map((branch, i) =>
        forges[i]!.createProposal(newProposal(branch)).then((r) => ({ ...r, kind: 'distinct' })),
      ),
      ...[6, 7, 8].map((i) =>
        forges[i]!.createProposal(newProposal('modelgate/test/same')).then((r) => ({
          ...r,
          kind: 'same',
        })),
      ),
      ...[9, 10, 11].map((i) =>
        forges[i]!.createAlert({
          model: `model-${i}`,
          title: `alert ${i}`,
          body: alertMarker(`model-${i}`),
          labels: [],
          assignees: [],
        }).then((alert) => ({ proposal: alert, existed: false, kind: 'alert' })),
      ),
    ]);
    const created = results.filter((r) => !r.existed).map((r) => r.proposal.id);
    expect(created).toHaveLength(6 + 1 + 3);
    expect(new Set(created).size).toBe(created.length);
    const same = results.filter((r) => r.kind === 'same');
    expect(same.filter((r) => !r.existed)).toHaveLength(1);
    expect(new Set(same.map((r) => r.proposal.id)).size).toBe(1);
    expect(
      (await forge.listProposals()).filter((p) => p.branch === 'modelgate/test/same'),
    ).toHaveLength(1);
    // No temporary files or locks left behind.
    const store = join(f.clone, '.git', 'modelgate');
    for (const dir of ['proposals', 'alerts']) {
      for (const name of await readdir(join(store, dir))) expect(name).toMatch(/^\d+\.md$/);
    }
    expect(await readdir(join(store, 'locks'))).toEqual([]);
  });

  it('a hand-edited, malformed file gives an error naming the file', async () => {
    const [victim] = await forge.listProposals();
    const file = victim!.file;
    const original = await readFile(file, 'utf8');
    const cases: [string, string][] = [
      ['no front matter here\n', 'does not start with a front matter block'],
      [original.replace(/^title: .*$/m, 'title: [unclosed'), 'line '],
      [
        original.replace(/^state: open$/m, 'state: maybe'),
        'state: must be one of open, closed, merged',
      ],
      [original.replace(/^labels:/m, 'labels: 3\nold_labels:'), 'labels: must be a list of texts'],
    ];
    try {
      for (const [text, problem] of cases) {
        await writeFile(file, text);
        await expect(forge.listProposals()).rejects.toThrow(`${file}: `);
        await expect(forge.readProposal(victim!.id)).rejects.toThrow(problem);
      }
    } finally {
      await writeFile(file, original);
    }
    expect((await forge.readProposal(victim!.id)).title).toBe(victim!.title);
  });

  it('without a remote, a merge fast-forwards the local main only', async () => {
    const local = await openForge({ publishRemote: false });
    const branch = 'modelgate/local/trader';
    const to = await otherTraderVersion();
    const tip = await branchMovingProduction(branch, 'trader', to);
    const { proposal } = await local.createProposal(newProposal(branch));
    const originBefore = await rev('refs/heads/main', f.sandbox.origin);

    const merge = await local.mergeProposal(proposal.id, `modelgate: promote trader ${to}`);

    expect(await rev('HEAD')).toBe(merge);
    expect((await f.git(['rev-list', '--parents', '-n1', merge])).trim().split(' ')[2]).toBe(tip);
    expect(await productionInWorkTree('trader')).toBe(to);
    expect(await rev('refs/heads/main', f.sandbox.origin)).toBe(originBefore);
    expect((await local.readProposal(proposal.id)).comments.at(-1)).toBe(
      `Merged into main by alice as ${merge}.`,
    );
  });
});
