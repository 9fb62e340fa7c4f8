import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { positionOf } from './helpers/files.js';
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
