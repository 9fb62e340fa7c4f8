// The seed's Workflow 3 ("Storage Cleanup") through the local forge and through GitHub: the plan
// proposes the old, poor versions with the space each frees; a reviewer unticks one; the
// proposal is rebuilt without it; merging leaves tombstones; production stays safe, and a
// hand-made deletion of production fails `verify`.
import { standinForge, startRegistryStandin } from './support/github/forge.js';
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createLocalForge } from '../src/forge/local.js';
import type { Forge } from '../src/forge/forge.js';
import { reconcileCleanup, type CleanupReport } from '../src/proposals/cleanup.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import type { GitHubStandin } from './support/github/index.js';

const LATER = new Date('2027-06-01T00:00:00Z'); // every version is months old by then
const backtest = (sharpe: number, winRate: number) => ({
  sharpe,
  win_rate: winRate,
  trades: 20_000,
  period: { start: '2024-01-01', end: '2026-05-31' },
});

/** 15 versions: v1–v3 old and poor, v4 decent (production before v5), v5 production, v6 promising on paper. */
const SHARPES = [0.3, 0.4, 0.5, 1.3, 1.45, 1.6, 1.1, 1.15, 1.2, 1.25, 1.35, 1.38, 1.41, 1.5, 1.55];
const sizes = new Map<string, number>();

async function workflow3Registry(f: RegistryFixture): Promise<void> {
  for (const [index, sharpe] of SHARPES.entries()) {
    const size = 3_000 + index * 1_000;
    const registered = await f.register('trader', { ...backtest(sharpe, 0.5 + index / 100), size });
    sizes.set(registered.version, size);
  }
  await f.cliOk(['promote', 'trader', 'v4']);
  await f.cliOk(['promote', 'trader', 'v5']);
  await f.cliOk(['paper', 'start', 'trader', 'v6']);
}

function manifestOf(text: string): { status: string; deleted?: { proposal: string } } {
  return parse(text) as { status: string; deleted?: { proposal: string } };
}

describe.each(['local', 'github'] as const)('Workflow 3 through the %s forge', (kind) => {
  let f: RegistryFixture;
  let standin: GitHubStandin | undefined;
  let forge: Forge;
  let first: CleanupReport;

  beforeAll(async () => {
    f = await registryFixture();
    await workflow3Registry(f);
    if (kind === 'github') {
      standin = await startRegistryStandin(f, 't0ken');
      forge = standinForge(standin, 't0ken', { retry: { retries: 2, baseDelayMs: 2 } });
    } else {
      forge = createLocalForge({ repo: await f.repo(), baseBranch: 'main' });
    }
  }, 120_000);
  afterAll(async () => {
    if (standin) {
      expect(standin.violations).toEqual([]);
      await standin.close();
    }
    await f.cleanup();
  });

  it.runIf(kind === 'local')('usage and the plan, from the command line', async () => {
    const used = (await f.cliOk(['usage'])).stdout;
    expect(used).toMatch(/^trader +v1 +1 +3\.0 kB$/m);
    expect(used).toMatch(/^trader: [\d.]+ kB in 15 live versions$/m);
    expect(used).toMatch(/^total: [\d.]+ kB; a fresh clone fetches [\d.]+ kB \(15 LFS objects\)$/m);
    const plan = (await f.cliOk(['cleanup', '--plan', '--now', LATER.toISOString()])).stdout;
    expect(plan).toMatch(
      /^retention plan at 2027-06-01T00:00:00\.000Z: 3 candidates of 15 live versions/m,
    );
    expect(plan).toMatch(/^ {2}v1 +DELETE +3\.0 kB {2}.*bottom/m);
    expect(plan).toMatch(/^ {2}v5 +keep .*production/m);
    expect(plan).toMatch(/^ {2}v6 +keep .*Paper trading since/m);
    const dry = (await f.cliOk(['cleanup', '--dry-run', '--now', LATER.toISOString()])).stdout;
    expect(dry).toMatch(/^dry run: would have opened cleanup proposal: Clean up 3 model versions/m);
    expect((await f.cliOk(['proposals'])).stdout).toContain('no open proposals');
  });

  it('the proposal deletes v1–v3, with the space each frees and the total', async () => {
    first = await reconcileCleanup(await f.repo(), forge, { now: LATER });
    expect(first.selected).toEqual(['trader/v1', 'trader/v2', 'trader/v3']);
    expect(first.freed).toBe(sizes.get('v1')! + sizes.get('v2')! + sizes.get('v3')!);
    expect(first.item).toMatchObject({ kind: 'cleanup', outcome: 'opened' });
    const body = await bodyOf(first.item!.id!);
    for (const v of ['v1', 'v2', 'v3'])
      expect(body).toMatch(
        new RegExp(`^- \\[x\\] \\*\\*trader ${v}\\*\\* · frees [\\d.]+ kB`, 'm'),
      );
    expect(body).not.toMatch(/\*\*trader v[4-9]\*\*|\*\*trader v1[0-5]\*\*/);
    const branch = await branchFiles();
    expect(branch.filter((p) => p.includes('/artifacts/')).sort()).toEqual(
      ['v1', 'v2', 'v3'].map((v) => `registry/trader/versions/${v}/artifacts/model.bin`),
    );
  });

  it('a rerun changes nothing; unticking v3 rebuilds the proposal without it', async () => {
    const again = await reconcileCleanup(await f.repo(), forge, { now: LATER });
    expect(again.item).toMatchObject({ outcome: 'left alone' });
    const body = await bodyOf(first.item!.id!);
    await forge.updateProposal(first.item!.id!, {
      body: body.replace('- [x] **trader v3**', '- [ ] **trader v3**'),
    });
    const rebuilt = await reconcileCleanup(await f.repo(), forge, { now: LATER });
    expect(rebuilt.item).toMatchObject({ outcome: 'updated' });
    expect(rebuilt.selected).toEqual(['trader/v1', 'trader/v2']);
    expect(rebuilt.unticked).toEqual(['trader/v3']);
    expect(rebuilt.freed).toBe(sizes.get('v1')! + sizes.get('v2')!);
    expect(await bodyOf(first.item!.id!)).toMatch(/^- \[ \] \*\*trader v3\*\*/m);
    expect((await branchFiles()).some((p) => p.includes('/v3/'))).toBe(false);
  });

  it('merged: v1 and v2 are tombstones, v3–v6 intact, production safe, verify passes', async () => {
    if (kind === 'github') {
      const octokit = new Octokit({ auth: 't0ken', baseUrl: standin!.baseUrl });
      await octokit.pulls.merge({
        owner: 'acme',
        repo: 'registry',
        pull_number: Number(first.item!.id),
      });
      await f.git(['pull', '--quiet', '--ff-only']);
    } else {
      await f.cliOk(['apply', first.item!.id!]);
    }
    for (const v of ['v1', 'v2']) {
      const manifest = manifestOf(
        await f.git(['show', `origin/main:registry/trader/versions/${v}/manifest.yaml`]),
      );
      expect(manifest.status).toBe('deleted');
      expect(manifest.deleted?.proposal).toBe(`#${first.item!.id}`);
      expect(
        await f.git(['ls-tree', '--name-only', 'origin/main', `registry/trader/versions/${v}/`]),
      ).not.toContain('artifacts');
    }
    for (const v of ['v3', 'v4', 'v5', 'v6']) {
      expect(
        manifestOf(await f.git(['show', `origin/main:registry/trader/versions/${v}/manifest.yaml`]))
          .status,
      ).toBe('active');
    }
    expect(await f.git(['show', 'origin/main:registry/trader/deployment.yaml'])).toMatch(
      /^production: v5$/m,
    );
    await f.cliOk(['verify']);
    expect((await f.cliOk(['history', 'trader'])).stdout).toMatch(/deleted\s+v1/);
    expect((await f.cliOk(['show', 'trader', 'v1'])).stdout).toMatch(/deleted/);
  });

  it('a hand-made change deleting production fails verify', async () => {
    await f.git(['rm', '--quiet', '-r', 'registry/trader/versions/v5/artifacts']);
    const path = `${f.clone}/registry/trader/versions/v5/manifest.yaml`;
    const { readFile, writeFile } = await import('node:fs/promises');
    const text = await readFile(path, 'utf8');
    await writeFile(
      path,
      text.replace(/^status: active$/m, 'status: deleted\ndeleted:\n  at: 2027-06-01T00:00:00Z'),
    );
    await f.git(['commit', '--quiet', '--all', '-m', 'delete production by hand']);
    const result = await f.cli(['verify']);
    await f.git(['reset', '--quiet', '--hard', 'origin/main']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /registry\/trader\/deployment\.yaml:\d+:\d+: production: version v5 is deleted; it cannot be used/,
    );
  });

  async function bodyOf(id: string): Promise<string> {
    if (kind === 'github') return standin!.pulls.find((p) => String(p.number) === id)!.body ?? '';
    return (await createLocalForge({ repo: await f.repo(), baseBranch: 'main' }).readProposal(id))
      .body;
  }

  async function branchFiles(): Promise<string[]> {
    const ref =
      kind === 'github' ? 'origin/modelgate/cleanup/registry' : 'modelgate/cleanup/registry';
    if (kind === 'github')
      await f.git([
        'fetch',
        '--quiet',
        'origin',
        '+refs/heads/modelgate/cleanup/registry:refs/remotes/origin/modelgate/cleanup/registry',
      ]);
    return (await f.git(['diff', '--name-only', `${ref}~1`, ref])).split('\n').filter(Boolean);
  }
});
