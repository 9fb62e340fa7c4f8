import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CLI, runBundledCli } from './helpers/bundle.js';
import { sha256OfFile, writeArtifact, writeEvaluation } from './helpers/files.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';

let f: RegistryFixture;

beforeAll(async () => {
  f = await registryFixture({ init: false });
});
afterAll(() => f.cleanup());

describe('the shipped bin (node dist/cli.js)', () => {
  it('initialises, registers, lists and verifies a registry, with the exit codes a script relies on', async () => {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
      bin: { modelgate: string };
    };
    expect(join(process.cwd(), pkg.bin.modelgate)).toBe(BUNDLED_CLI);
    const io = { cwd: f.clone, env: f.env };

    expect(await runBundledCli(['--version'], io)).toEqual({
      code: 0,
      stdout: `modelgate ${pkg.version}\n`,
      stderr: '',
    });

    const init = await runBundledCli(['init'], io);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toMatch(/^initialised the registry/);

    const artifact = await writeArtifact(join(f.inputs, 'model.onnx'), 10_000, 'bundle');
    const metrics = await writeEvaluation(join(f.inputs, 'metrics.yaml'));
    const register = await runBundledCli(
      ['register', 'trader', '--artifact', artifact, '--metrics', metrics, '--json'],
      io,
    );
    expect(register.code, register.stderr).toBe(0);
    expect(JSON.parse(register.stdout)).toMatchObject({
      model: 'trader',
      version: 'v1',
      pushed_to: 'origin',
    });

    const list = await runBundledCli(['list', '--json'], io);
    expect(JSON.parse(list.stdout)).toMatchObject({
      models: [{ model: 'trader', versions: [{ version: 'v1', size: 10_000 }] }],
    });

    const fresh = await f.newClone('fresh');
    expect(
      await sha256OfFile(join(fresh, 'registry/trader/versions/v1/artifacts/model.onnx')),
    ).toBe(await sha256OfFile(artifact));
    expect(await runBundledCli(['verify'], { cwd: fresh, env: f.env })).toEqual({
      code: 0,
      stdout: 'registry OK: 1 model, 1 version checked\n',
      stderr: '',
    });

    const usage = await runBundledCli(['list', '--bogus'], io);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Unknown option '--bogus'");

    const failure = await runBundledCli(['show', 'trader', 'v9'], io);
    expect(failure).toEqual({
      code: 1,
      stdout: '',
      stderr: 'modelgate show: trader has no version v9\n',
    });
  });
});
