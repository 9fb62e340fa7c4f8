import { fileURLToPath } from 'node:url';
import { runProcess, type ProcessResult } from './git.js';

/** The shipped bin (`npm run build` output, committed). */
export const BUNDLED_CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Runs `node dist/cli.js ...` as its own process, as a user or a CI job would. */
export function runBundledCli(
  argv: readonly string[],
  io: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<ProcessResult> {
  return runProcess(process.execPath, [BUNDLED_CLI, ...argv], io);
}
