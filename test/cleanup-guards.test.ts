// Guards no pull request gets past: verify refuses a change that deletes production, the
// rollback target, a paper-trading or A/B version, or anything marked important — even one
// made by hand, outside modelgate.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { BACKTEST_SHARPE_145 } from './helpers/trades.js';

let f: RegistryFixture;

/** Tombstones a version by hand in a local commit, runs verify, and puts everything back. */
async function verifyAfterDeleting(version: string): Promise<{ code: number; stdout: string }> {
  await f.git(['rm', '--quiet', '-r', `registry/trader/versions/${version}/artifacts`]);
  const path = join(f.clone, `registry/trader/versions/${version}/manifest.yaml`);
  const text = await readFile(path, 'utf8');
  await writeFile(
    path,
    text.replace(/^status: \w+$/m, 'status: deleted\ndeleted:\n  at: 2027-01-01T00:00:00Z'),
  );
  await f.git(['commit', '--quiet', '--all', '-m', `delete ${version} by hand`]);
  const result = await f.cli(['verify']);
  await f.git(['reset', '--quiet', '--hard', 'origin/main']);
  return result;
}

beforeAll(async () => {
  f = await registryFixture();
  for (let i = 0; i < 5; i++) await f.register('trader', BACKTEST_SHARPE_145);
  await f.cliOk(['promote', 'trader', 'v1']);
  await f.cliOk(['promote', 'trader', 'v2']);
  await f.cliOk(['mark', 'trader', 'v3', '--important']);
  await f.cliOk(['paper', 'start', 'trader', 'v4']);
}, 120_000);
afterAll(() => f.cleanup());

describe('deletions verify refuses', () => {
  it.each([
    ['v2', /deployment\.yaml:\d+:\d+: production: version v2 is deleted; it cannot be used/],
    [
      'v1',
      /deployment\.yaml:\d+:\d+: previous_production: version v1 is deleted; it cannot be used/,
    ],
    [
      'v3',
      /v3\/manifest\.yaml:\d+:\d+: status: version v3 is marked important and cannot be deleted/,
    ],
    ['v4', /deployment\.yaml:\d+:\d+: paper_trading\.\[0\]\.version: version v4 is deleted/],
  ])('deleting %s', async (version, message) => {
    const result = await verifyAfterDeleting(version);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(message);
  });

  it('a version nothing protects may be deleted', async () => {
    const result = await verifyAfterDeleting('v5');
    expect(result.code).toBe(0);
  });
});
