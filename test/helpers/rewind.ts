// Puts a remote and a clone back where they were, fast: every ref moved back (objects written
// since stay, unreachable and harmless), the work tree reset, stray files removed. Cases that
// must each start from the same registry use it instead of building the registry again.
import { execFile } from 'node:child_process';
import { cp, readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { git } from './git.js';

export interface Rewind {
  /** Back to the moment `rewindable` was called. */
  restore(): Promise<void>;
}

export async function rewindable(options: {
  origin: string;
  clone: string;
  env: NodeJS.ProcessEnv;
}): Promise<Rewind> {
  const { origin, clone, env } = options;
  const wanted = { origin: await refsOf(origin, env), clone: await refsOf(clone, env) };
  const branch = (await git(['symbolic-ref', 'HEAD'], clone, env)).trim();
  // The local forge keeps its proposals and alerts in the clone's git directory.
  const store = join(clone, '.git', 'modelgate');
  // Kept beside the clone, so it goes when the test's folder does.
  const storeCopy = join(dirname(clone), `.${basename(clone)}-forge-store`);
  const hasStore = await stat(store).then(
    () => true,
    () => false,
  );
  await rm(storeCopy, { recursive: true, force: true });
  if (hasStore) await cp(store, storeCopy, { recursive: true });
  return {
    restore: async () => {
      // A killed run may have left git's locks (and modelgate's temporary indexes) behind.
      await removeLeftovers(origin);
      await removeLeftovers(join(clone, '.git'));
      await resetRefs(origin, wanted.origin, env);
      await resetRefs(clone, wanted.clone, env);
      await git(['symbolic-ref', 'HEAD', branch], clone, env);
      await git(['reset', '--quiet', '--hard', 'HEAD'], clone, env);
      await git(['clean', '--quiet', '-fdx'], clone, env);
      await rm(store, { recursive: true, force: true });
      if (hasStore) await cp(storeCopy, store, { recursive: true });
    },
  };
}

async function removeLeftovers(gitDir: string): Promise<void> {
  const entries = await readdir(gitDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (entry.isFile() && /\.lock$|^modelgate-.*\.index$/.test(entry.name)) {
      await rm(join(entry.parentPath, entry.name), { force: true });
    }
  }
}

async function refsOf(dir: string, env: NodeJS.ProcessEnv): Promise<Map<string, string>> {
  const listing = await git(['for-each-ref', '--format=%(refname) %(objectname)'], dir, env);
  return new Map(
    listing
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ') as [string, string]),
  );
}

async function resetRefs(
  dir: string,
  wanted: Map<string, string>,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const now = await refsOf(dir, env);
  const commands = [
    ...[...now.keys()].filter((ref) => !wanted.has(ref)).map((ref) => `delete ${ref}`),
    ...[...wanted]
      .filter(([ref, sha]) => now.get(ref) !== sha)
      .map(([ref, sha]) => `update ${ref} ${sha}`),
  ];
  if (commands.length === 0) return;
  await new Promise<void>((resolve, reject) => {
    const child = execFile('git', ['update-ref', '--stdin'], { cwd: dir, env }, (error) =>
      error ? reject(new Error(`git update-ref in ${dir}: ${error.message}`)) : resolve(),
    );
    child.stdin!.end(`${commands.join('\n')}\n`);
  });
}
