import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listModels } from '../src/registry/queries.js';
import { parseJson } from './helpers/cli.js';
import {
  registryFixture,
  type RegisteredVersion,
  type RegistryFixture,
} from './helpers/fixture.js';
import { listFilesRecursively } from './helpers/git.js';

interface ListJson {
  models: {
    model: string;
    production: string | null;
    previous_production: string | null;
    size: number;
    versions: {
      version: string;
      status: string;
      production: boolean;
      important: boolean;
      size: number;
    }[];
  }[];
}

let f: RegistryFixture;
let trader: RegisteredVersion[];
let scalper: RegisteredVersion;
/** A clone made with GIT_LFS_SKIP_SMUDGE=1: its work tree holds pointers, no artifact bytes. */
let pointersOnly: string;

beforeAll(async () => {
  f = await registryFixture();
  trader = [
    await f.register('trader', { size: 1234 }),
    await f.register('trader', { size: 70_001 }),
    await f.register('trader', { size: 3 }),
  ];
  scalper = await f.register('scalper', { size: 999 });
  await f.cliOk(['promote', 'trader', 'v1']);
  await f.cliOk(['promote', 'trader', 'v2']);
  await f.cliOk(['rollback', 'trader']);
  await f.cliOk(['mark', 'trader', 'v3', '--important']);
  pointersOnly = await f.newClone('pointers-only', { GIT_LFS_SKIP_SMUDGE: '1' });
});
afterAll(() => f.cleanup());

describe('list --json', () => {
  it('gives per model the production version and every version with status and size, without the artifacts', async () => {
    const artifact = join(pointersOnly, 'registry/trader/versions/v2/artifacts/model.bin');
    expect(await readFile(artifact, 'utf8')).toBe(
      `version https://git-lfs.github.com/spec/v1\noid sha256:${trader[1]!.sha256}\nsize 70001\n`,
    );
    const env = { ...f.env, GIT_LFS_SKIP_SMUDGE: '1' };
    const result = await f.cliOk(['list', '--json'], { cwd: pointersOnly, env });
    expect(parseJson<ListJson>(result)).toMatchObject({
      models: [
        {
          model: 'scalper',
          production: null,
          size: 999,
          versions: [{ version: 'v1', status: 'active', production: false, size: scalper.size }],
        },
        {
          model: 'trader',
          production: 'v1',
          previous_production: 'v2',
          size: 1234 + 70_001 + 3,
          versions: [
            { version: 'v1', status: 'active', production: true, important: false, size: 1234 },
            {
              version: 'v2',
              status: 'degraded',
              production: false,
              important: false,
              size: 70_001,
            },
            { version: 'v3', status: 'active', production: false, important: true, size: 3 },
          ],
        },
      ],
    });
    // Nothing was downloaded to answer.
    expect(await listFilesRecursively(join(pointersOnly, '.git', 'lfs', 'objects'))).toEqual([]);
  });

  it('sizes equal the artifact byte sizes (the operation, listModels)', async () => {
    const [model] = await listModels(await f.repo(pointersOnly), 'trader');
    expect(model!.versions.map((v) => v.size)).toEqual(trader.map((v) => v.size));
  });

  it('list <model> prints a table a person can read', async () => {
    const { stdout } = await f.cliOk(['list', 'trader'], { cwd: pointersOnly });
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('trader: production v1, previous v2; 3 versions, 71.2 kB');
    expect(lines[2]).toMatch(
      /^VERSION\s+STATUS\s+CREATED\s+SHARPE\s+WIN RATE\s+MAX DD\s+RETURN\s+TRADES\s+SIZE$/,
    );
    expect(lines[3]).toMatch(
      /^v1\s+PRODUCTION\s+\d{4}-\d\d-\d\d\s+1\.40\s+55\.0%\s+8\.0%\s+21\.0%\s+420\s+1\.2 kB$/,
    );
    expect(lines[4]).toMatch(/^v2\s+degraded\s/);
    expect(lines[5]).toMatch(/^v3\s+active, important\s.*\s3 B$/);
  });

  it('list prints every model', async () => {
    const { stdout } = await f.cliOk(['list']);
    expect(stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^MODEL\s+PRODUCTION\s+VERSIONS\s+LATEST\s+SIZE$/),
      expect.stringMatching(/^scalper\s+\(none\)\s+1\s+v1\s+999 B$/),
      expect.stringMatching(/^trader\s+v1\s+3\s+v3\s+71\.2 kB$/),
    ]);
  });

  it('global options may come before the command, as with git', async () => {
    const after = await f.cliOk(['list', '-C', f.clone, '--json'], { cwd: f.inputs });
    const before = await f.cliOk(['-C', f.clone, '--json', 'list'], { cwd: f.inputs });
    expect(before.stdout).toBe(after.stdout);
    expect(parseJson<ListJson>(before).models.map((m) => m.model)).toEqual(['scalper', 'trader']);
  });

  it('an unknown model names the ones that exist', async () => {
    const result = await f.cli(['list', 'nobody']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('modelgate list: no model named nobody (models: scalper, trader)\n');
  });
});

describe('show', () => {
  it('shows the artifacts with sha256 and size, from the pointers', async () => {
    const detail = parseJson<{
      model: string;
      version: string;
      artifacts: { path: string; sha256: string; size: number; stored: string }[];
    }>(await f.cliOk(['show', 'trader', 'v2', '--json'], { cwd: pointersOnly }));
    expect(detail).toMatchObject({ model: 'trader', version: 'v2', status: 'degraded' });
    expect(detail.artifacts).toEqual([
      {
        path: 'artifacts/model.bin',
        sha256: trader[1]!.sha256,
        size: 70_001,
        stored: 'lfs-pointer',
      },
    ]);
  });

  it('prints provenance, backtest and the artifact table', async () => {
    const { stdout } = await f.cliOk(['show', 'trader', 'v2']);
    expect(stdout).toMatch(
      /^model\s+trader\nversion\s+v2\nstatus\s+degraded \(rolled back from v2\)\n/,
    );
    expect(stdout).toContain('manifest        registry/trader/versions/v2/manifest.yaml\n');
    expect(stdout).toContain('  sharpe        1.40\n');
    expect(stdout).toMatch(
      new RegExp(
        `\\nartifacts/model\\.bin\\s+70\\.0 kB\\s+${trader[1]!.sha256.slice(0, 16)}\\s+Git LFS\\n$`,
      ),
    );
  });

  it('a version that does not exist', async () => {
    const result = await f.cli(['show', 'trader', 'v9']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('modelgate show: trader has no version v9\n');
  });
});
