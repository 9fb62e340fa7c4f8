import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { positionOf } from './helpers/files.js';
import { runProcess } from './helpers/git.js';
import { KNOWN_INPUTS } from '../src/action/settings.js';

/** The action as a runner runs it: the bundle, inputs as INPUT_* variables, outputs to a file. */
const ACTION = fileURLToPath(new URL('../dist/action.js', import.meta.url));

let f: RegistryFixture;

async function runAction(
  inputs: Record<string, string>,
): Promise<{ code: number; stdout: string; outputs: string }> {
  const outputFile = join(f.root, `github-output-${Math.random().toString(36).slice(2)}`);
  await writeFile(outputFile, '');
  const env: NodeJS.ProcessEnv = {
    ...f.env,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: f.clone,
    GITHUB_OUTPUT: outputFile,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await runProcess(process.execPath, [ACTION], { cwd: f.clone, env });
  return { code: result.code, stdout: result.stdout, outputs: await readFile(outputFile, 'utf8') };
}

function output(outputs: string, name: string): string | undefined {
  return new RegExp(`^${name}<<(\\S+)\\n([^]*?)\\n\\1$`, 'm').exec(outputs)?.[2];
}

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
    const result = await runAction({ command: 'cleanup' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::input "command": expected one of verify, evaluate, found "cleanup"',
    );
  });

  it('refuses an input action.yml does not declare, such as a misspelt one', async () => {
    const result = await runAction({ command: 'verify', dry_run: 'true' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::unknown input "dry_run"');
  });

  it('declares exactly the inputs it reads', async () => {
    const declared = (await readFile(new URL('../action.yml', import.meta.url), 'utf8'))
      .split(/^outputs:/m)[0]!
      .split(/^inputs:/m)[1]!
      .match(/^ {2}([a-z-]+):/gm)!
      .map((line) => line.trim().slice(0, -1));
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
