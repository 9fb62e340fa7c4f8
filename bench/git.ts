import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TreeEntry } from '../src/core/snapshot.js';

/**
 * Process helpers shared by the generator and the benchmark. Every git they start runs in a
 * hermetic environment: no system config, a global config written by the benchmark, and none of
 * the caller's GIT_* variables (a git hook or a developer's GIT_DIR must not leak in).
 */

const HERMETIC_CONFIG = `# Written by bench/git.ts: the only git config benchmark processes see.
[user]
\tname = modelgate bench
\temail = bench@modelgate.invalid
[init]
\tdefaultBranch = main
[core]
\tautocrlf = false
[gc]
\t# No background gc or maintenance in the middle of a timed run.
\tauto = 0
[maintenance]
\tauto = false
[advice]
\tdetachedHead = false
`;

/** Writes the hermetic global git config under `workRoot` and returns the environment to use. */
export function hermeticGitEnv(workRoot: string): NodeJS.ProcessEnv {
  mkdirSync(workRoot, { recursive: true });
  const configFile = join(workRoot, 'gitconfig');
  writeFileSync(configFile, HERMETIC_CONFIG);
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GIT_')) env[key] = value;
  }
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: configFile,
    GIT_TERMINAL_PROMPT: '0',
    // No LFS filter is configured, so pointer files are checked out as they are stored.
    GIT_LFS_SKIP_SMUDGE: '1',
  };
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Written to the child's stdin, which is then closed (at once when absent). */
  input?: string;
}

export interface RunResult {
  command: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs a process to completion, capturing its output. Never throws for a non-zero exit. */
export function run(
  file: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    // A child that exits early closes the pipe; its exit status tells what went wrong.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
    child.on('close', (code, signal) => {
      resolve({
        command: [file, ...args].join(' '),
        code,
        signal,
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

export class CommandFailed extends Error {
  constructor(readonly result: RunResult) {
    const status = result.signal ? `signal ${result.signal}` : `exit code ${result.code}`;
    super(`\`${result.command}\` failed with ${status}\n${result.stderr.trim() || '(no stderr)'}`);
    this.name = 'CommandFailed';
  }
}

/** Runs git and returns its stdout; a non-zero exit throws with git's stderr. */
export async function git(args: readonly string[], options: RunOptions): Promise<Buffer> {
  const result = await run('git', args, options);
  if (result.code !== 0) throw new CommandFailed(result);
  return result.stdout;
}

/** The arguments of the tree listing that `modelgate list` and `verify` start from. */
export const LS_TREE_ARGS = ['ls-tree', '-r', '-l', '--full-tree', 'HEAD', 'registry'] as const;

/** Parses `git ls-tree -r -l` output: "<mode> <type> <object> <size>\t<path>" per line. */
export function parseLsTree(text: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    const [mode = '', , blob = '', size = ''] = line.slice(0, tab).split(/ +/);
    entries.push({ path: line.slice(tab + 1), mode, blob, size: Number(size) });
  }
  return entries;
}

/** Reads blobs with one `git cat-file --batch`; returns their text by object id. */
export async function readBlobs(
  blobs: readonly string[],
  options: Omit<RunOptions, 'input'>,
): Promise<Map<string, string>> {
  const result = await run('git', ['cat-file', '--batch'], {
    ...options,
    input: blobs.length ? `${blobs.join('\n')}\n` : '',
  });
  if (result.code !== 0) throw new CommandFailed(result);
  return parseCatFileBatch(result.stdout);
}

/** Splits `git cat-file --batch` output: "<oid> <type> <size>\n<content>\n" per object. */
export function parseCatFileBatch(output: Buffer): Map<string, string> {
  const texts = new Map<string, string>();
  let offset = 0;
  while (offset < output.length) {
    const newline = output.indexOf(0x0a, offset);
    if (newline < 0) throw new Error('truncated `git cat-file --batch` output');
    const header = output.toString('utf8', offset, newline);
    const [oid = '', type = '', size = ''] = header.split(' ');
    if (type === 'missing' || !/^\d+$/.test(size)) {
      throw new Error(`git cat-file --batch: ${header}`);
    }
    const start = newline + 1;
    const end = start + Number(size);
    texts.set(oid, output.toString('utf8', start, end));
    offset = end + 1;
  }
  return texts;
}
