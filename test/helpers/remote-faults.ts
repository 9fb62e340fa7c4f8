// Faults of the git remote itself, for a bare repository playing the team's git host: pushes
// refused by a server-side hook, a push that lands but whose answer never reaches the client,
// and Git LFS uploads that fail. Each is switched on by a flag file in the bare repository, so
// a test turns it on for one run and off for the rerun.
import { chmod, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const REFUSE_FLAG = 'test-refuse-push';
const LOSE_ANSWER_FLAG = 'test-lose-push-answer';

// Hooks run in the bare repository (their working directory), with `<old> <new> <ref>` lines
// on stdin. The flag holds an extended regular expression for the refs it applies to.
const PRE_RECEIVE = `#!/bin/sh
while read old new ref; do
  if [ -f ${REFUSE_FLAG} ] && printf '%s\\n' "$ref" | grep -Eq "$(cat ${REFUSE_FLAG})"; then
    echo "push to $ref refused by the server (test fault)" >&2
    exit 1
  fi
done
exit 0
`;

// After the refs moved, kill git-receive-pack (the hook's parent) before it reports back: the
// push happened, but the client hears only that the connection dropped. Once only.
const POST_RECEIVE = `#!/bin/sh
while read old new ref; do
  if [ -f ${LOSE_ANSWER_FLAG} ] && printf '%s\\n' "$ref" | grep -Eq "$(cat ${LOSE_ANSWER_FLAG})"; then
    rm -f ${LOSE_ANSWER_FLAG}
    kill -9 $PPID
  fi
done
exit 0
`;

/** Installs the hooks; they do nothing until a fault is switched on. */
export async function installPushFaultHooks(origin: string): Promise<void> {
  for (const [name, text] of [
    ['pre-receive', PRE_RECEIVE],
    ['post-receive', POST_RECEIVE],
  ] as const) {
    const path = join(origin, 'hooks', name);
    await writeFile(path, text);
    await chmod(path, 0o755);
  }
}

/** Every push to a ref matching `refPattern` is refused until `healRemote`. */
export function refusePushes(origin: string, refPattern: string): Promise<void> {
  return writeFile(join(origin, REFUSE_FLAG), refPattern);
}

/** The next push to a ref matching `refPattern` lands, but its answer is lost. */
export function losePushAnswer(origin: string, refPattern: string): Promise<void> {
  return writeFile(join(origin, LOSE_ANSWER_FLAG), refPattern);
}

/** Git LFS uploads fail until `healRemote`: the server's object store cannot be written. */
export async function breakLfsStore(origin: string): Promise<void> {
  await rm(join(origin, 'lfs'), { recursive: true, force: true });
  await writeFile(join(origin, 'lfs'), 'not a directory: the LFS store is broken (test fault)\n');
}

/** Switches the push faults off (a broken LFS store is repaired by restoring the remote). */
export async function healRemote(origin: string): Promise<void> {
  await rm(join(origin, REFUSE_FLAG), { force: true });
  await rm(join(origin, LOSE_ANSWER_FLAG), { force: true });
}
