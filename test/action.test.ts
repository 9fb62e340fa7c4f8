import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { positionOf, writeArtifact, writeEvaluation } from './helpers/files.js';
import { actionOutput, runAction as runActionWith } from './helpers/action.js';
import { KNOWN_INPUTS } from '../src/action/settings.js';
import { parse } from 'yaml';

let f: RegistryFixture;

const runAction = (inputs: Record<string, string>) => runActionWith(f, inputs);
const output = actionOutput;

beforeAll(async () => {
  f = await registryFixture();
  await f.register('trader');
});
afterAll(() => f.cleanup());

describe('the action (dist/action.js, command: verify)', () => {
  it('passes a healthy registry and sets its outputs', async () => {
    const result = await runAction({ command: 'verify', 'registry-path': '.' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 model, 1 version: 0 errors, 0 warnings');
    expect(output(result.outputs, 'errors')).toBe('0');
    expect(output(result.outputs, 'warnings')).toBe('0');
  });

  it('fails on a broken manifest, with an annotation on the line to fix', async () => {
    const manifest = 'registry/trader/versions/v1/manifest.yaml';
    const broken = (await readFile(join(f.clone, manifest), 'utf8')).replace(
      /sharpe: [\d.]+/,
      'sharpe: high',
    );
    await writeFile(join(f.clone, manifest), broken);
    await f.git(['commit', '--quiet', '--all', '--message', 'hand edit']);
    const { line, column } = positionOf(broken, 'high');

    const result = await runAction({ command: 'verify' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `::error file=${manifest},line=${line},col=${column}::evaluation.sharpe: expected number, found the text "high"`,
    );
    expect(result.stdout).toContain('::error::registry verification failed');
    expect(output(result.outputs, 'errors')).toBe('1');
  });

  it('refuses an input it does not know how to run, naming the input', async () => {
    const result = await runAction({ command: 'deploy' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::input "command": expected one of verify, evaluate, [a-z, ]+, found "deploy"/,
    );
  });

  it('refuses an input action.yml does not declare, such as a misspelt one', async () => {
    const result = await runAction({ command: 'verify', dry_run: 'true' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::unknown input "dry_run"');
  });

  it('declares exactly the inputs it reads', async () => {
    const action = parse(await readFile(new URL('../action.yml', import.meta.url), 'utf8')) as {
      inputs: Record<string, unknown>;
      runs: { using: string; main: string };
    };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    const declared = Object.keys(action.inputs);
    expect(declared.sort()).toEqual([...KNOWN_INPUTS].sort());
  });

  it('refuses a registry path that leaves the workspace', async () => {
    const result = await runAction({ command: 'verify', 'registry-path': '../elsewhere' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::input "registry-path": must stay inside the workspace',
    );
  });
});

describe('the action (dist/action.js, command: register)', () => {
  it('registers the files an earlier step made, pushed, with the new id as an output', async () => {
    await f.git(['reset', '--quiet', '--hard', 'origin/main']);
    const out = join(f.clone, 'out');
    await mkdir(out, { recursive: true });
    await writeArtifact(join(out, 'model.bin'), 4096, 'retrained');
    await writeArtifact(join(out, 'scaler.bin'), 512, 'retrained-scaler');
    await writeEvaluation(join(out, 'metrics.yaml'));
    const result = await runActionWith(
      f,
      {
        command: 'register',
        model: 'trader',
        artifacts: 'out/model.bin\nout/scaler.bin',
        metrics: 'out/metrics.yaml',
        parent: 'v1',
        'training-data': 's3://data/2026-11',
      },
      { GITHUB_ACTOR: 'retrain-bot' },
    );
    expect(result.code).toBe(0);
    expect(output(result.outputs, 'version')).toBe('v2');
    const commit = output(result.outputs, 'commit')!;
    expect(result.stdout).toContain('registered trader v2');
    // Pushed: the remote's main is the commit, and the manifest says who and from what.
    expect((await f.git(['ls-remote', f.sandbox.origin, 'refs/heads/main'])).split('\t')[0]).toBe(
      commit,
    );
    const manifest = parse(
      await f.git(['show', `${commit}:registry/trader/versions/v2/manifest.yaml`]),
    ) as { created_by: string; parent: string; training_data: string; artifacts: unknown[] };
    expect(manifest).toMatchObject({
      created_by: 'retrain-bot',
      parent: 'v1',
      training_data: 's3://data/2026-11',
    });
    expect(manifest.artifacts).toHaveLength(2);
    expect(result.summary).toContain('trader');
  });

  it.each([
    [{ artifacts: 'out/model.bin', metrics: 'out/metrics.yaml' }, 'input "model": required'],
    [
      { model: '../etc', artifacts: 'out/model.bin', metrics: 'out/metrics.yaml' },
      'input "model": ',
    ],
    [{ model: 'trader', metrics: 'out/metrics.yaml' }, 'input "artifacts": required'],
    [
      { model: 'trader', artifacts: '../secret.bin', metrics: 'out/metrics.yaml' },
      'input "artifacts": a path inside the workspace',
    ],
    [{ model: 'trader', artifacts: 'out/model.bin' }, 'input "metrics": register takes one'],
    [
      { model: 'trader', artifacts: 'out/model.bin', metrics: 'out/metrics.yaml', version: 'v1' },
      'trader v1 already exists: versions are never overwritten',
    ],
  ])('refuses %j, naming the input, and stores nothing', async (inputs, message) => {
    const before = (await f.git(['ls-remote', f.sandbox.origin, 'refs/heads/main'])).split('\t')[0];
    const result = await runAction({ command: 'register', ...inputs });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`::error::${message}`);
    expect((await f.git(['ls-remote', f.sandbox.origin, 'refs/heads/main'])).split('\t')[0]).toBe(
      before,
    );
  });
});
