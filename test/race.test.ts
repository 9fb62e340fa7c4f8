import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerVersion } from '../src/registry/register.js';
import { runBundledCli } from './helpers/bundle.js';
import { parseJson } from './helpers/cli.js';
import { sha256OfFile, writeArtifact, writeEvaluation } from './helpers/files.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { committedText } from './helpers/git.js';
import { load } from 'js-yaml';

interface Landed {
  who: string;
  version: string;
  sha256: string;
}

let f: RegistryFixture;
let bob: string;

beforeAll(async () => {
  f = await registryFixture();
  await f.register('trader', { by: 'setup' });
  bob = await f.newClone('bob');
});
afterAll(() => f.cleanup());

/** A unique artifact named after its writer, so a manifest pointing at the wrong one shows. */
async function inputsFor(
  who: string,
  round: string,
): Promise<{ artifact: string; metrics: string }> {
  const dir = join(f.inputs, `${round}-${who}`);
  await mkdir(dir);
  const artifact = await writeArtifact(join(dir, `${who}.bin`), 4096, `${round}-${who}`);
  const metrics = await writeEvaluation(join(dir, 'metrics.yaml'));
  return { artifact, metrics };
}

/** A fresh clone of origin must hold every version intact, with its artifact's bytes. */
async function expectOriginHolds(landed: Landed[]): Promise<void> {
  const check = await f.newClone(`check-${landed.map((l) => l.version).join('-')}`);
  expect((await f.cli(['verify'], { cwd: check })).stdout).toMatch(/^registry OK/);
  const subjects = await f.git(['log', '--format=%s'], check);
  for (const { who, version, sha256 } of landed) {
    expect(subjects).toContain(`modelgate: register trader ${version}\n`);
    const manifest = load(
      await committedText(check, f.env, `registry/trader/versions/${version}/manifest.yaml`),
    ) as { version: string; created_by: string; artifacts: { path: string; sha256: string }[] };
    expect(manifest).toMatchObject({
      version,
      created_by: who,
      artifacts: [{ path: `artifacts/${who}.bin`, sha256 }],
    });
    const file = join(check, `registry/trader/versions/${version}/artifacts/${who}.bin`);
    expect(await sha256OfFile(file)).toBe(sha256);
  }
}

describe('two clones registering the same model at once', () => {
  it('both land with distinct versions, round after round (two `node dist/cli.js` processes)', async () => {
    let next = 2;
    for (const round of ['r1', 'r2', 'r3']) {
      const writers = [
        { who: 'alice', cwd: f.clone, ...(await inputsFor('alice', round)) },
        { who: 'bob', cwd: bob, ...(await inputsFor('bob', round)) },
      ];
      const runs = await Promise.all(
        writers.map((w) =>
          runBundledCli(
            [
              'register',
              'trader',
              '--artifact',
              w.artifact,
              '--metrics',
              w.metrics,
              '--by',
              w.who,
              '--json',
            ],
            { cwd: w.cwd, env: f.env },
          ),
        ),
      );
      const landed: Landed[] = [];
      for (const [index, run] of runs.entries()) {
        expect(run.code, run.stderr).toBe(0);
        const w = writers[index]!;
        landed.push({
          who: w.who,
          version: parseJson<{ version: string }>(run).version,
          sha256: await sha256OfFile(w.artifact),
        });
      }
      expect(landed.map((l) => l.version).sort()).toEqual([`v${next}`, `v${next + 1}`]);
      await expectOriginHolds(landed);
      next += 2;
    }
  });

  it('both land when registerVersion runs concurrently in one process', async () => {
    const evaluation = {
      period: { start: '2025-01-01', end: '2025-06-30' },
      trades: 420,
      win_rate: 0.55,
      sharpe: 1.4,
      max_drawdown: 0.08,
      total_return: 0.21,
    };
    const writers = [
      { who: 'alice', dir: f.clone, ...(await inputsFor('alice', 'op')) },
      { who: 'bob', dir: bob, ...(await inputsFor('bob', 'op')) },
    ];
    const results = await Promise.all(
      writers.map(async (w) =>
        registerVersion(await f.repo(w.dir), {
          model: 'trader',
          artifacts: [w.artifact],
          evaluation,
          createdBy: w.who,
          cwd: f.inputs,
        }),
      ),
    );
    const landed = await Promise.all(
      results.map(async (r, i) => ({
        who: writers[i]!.who,
        version: r.plan.manifest.version,
        sha256: await sha256OfFile(writers[i]!.artifact),
      })),
    );
    expect(landed.map((l) => l.version).sort()).toEqual(['v8', 'v9']);
    await expectOriginHolds(landed);
  });
});
