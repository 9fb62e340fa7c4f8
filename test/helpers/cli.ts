import { runCli } from '../../src/cli/main.js';
import type { ProcessResult } from './git.js';

/** Runs one in-process CLI invocation and captures what the user would see. */
export async function cli(
  argv: readonly string[],
  io: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<ProcessResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: io.cwd,
    env: io.env,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** Runs the CLI and fails the test, showing the output, unless it exits 0. */
export async function cliOk(
  argv: readonly string[],
  io: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<ProcessResult> {
  const result = await cli(argv, io);
  if (result.code !== 0) {
    throw new Error(
      `modelgate ${argv.join(' ')} exited ${result.code}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`,
    );
  }
  return result;
}

/** Parses the JSON a `--json` command printed. */
export function parseJson<T>(result: ProcessResult): T {
  return JSON.parse(result.stdout) as T;
}
