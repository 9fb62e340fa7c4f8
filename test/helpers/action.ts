import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProcess } from './git.js';
import type { RegistryFixture } from './fixture.js';

/** The bundled action, run as a runner runs it: inputs as INPUT_* variables, files for outputs. */
const ACTION = fileURLToPath(new URL('../../dist/action.js', import.meta.url));

export interface ActionRun {
  code: number;
  stdout: string;
  /** The GITHUB_OUTPUT file's content. */
  outputs: string;
  /** The GITHUB_STEP_SUMMARY file's content. */
  summary: string;
}

export async function runAction(
  f: RegistryFixture,
  inputs: Record<string, string>,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<ActionRun> {
  const id = Math.random().toString(36).slice(2);
  const outputFile = join(f.root, `github-output-${id}`);
  const summaryFile = join(f.root, `github-summary-${id}`);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    ...f.env,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: f.clone,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await runProcess(process.execPath, [ACTION], { cwd: f.clone, env });
  return {
    code: result.code,
    stdout: result.stdout,
    outputs: await readFile(outputFile, 'utf8'),
    summary: await readFile(summaryFile, 'utf8'),
  };
}

/** One output from a GITHUB_OUTPUT file (written as name<<delimiter … delimiter). */
export function actionOutput(outputs: string, name: string): string | undefined {
  return new RegExp(`^${name}<<(\\S+)\\n([^]*?)\\n\\1$`, 'm').exec(outputs)?.[2];
}
