// The process killed midway: `modelgate ingest`, `register` and `evaluate` (local forge) run as
// their own processes (from source, so this suite tests the code beside it) and are killed with
// SIGKILL at seeded random points spread over a run. A point is a git command of the run (the
// n-th of the clean run's, so it does not depend on how busy the machine is): right after it,
// the modelgate process alone is killed (its other git children run on, orphaned) or its whole
// process tree; or during it, the tree (git killed halfway, as when a machine or container
// dies). The remote's side of a push runs in a session of its own, as a server would. Then the
// same command runs again to completion: the end state must be the end state of a clean run,
// nothing may be left behind that blocks the rerun, and what a user must do (a lock git left
// behind that only they can tell is stale) must be said.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../bench/synthetic-registry.js';
import { createLocalForge } from '../src/forge/local.js';
import {
  endState,
  endStateDifferences,
  invariantViolations,
  leftoverLocks,
  type EndState,
} from './helpers/end-state.js';
import { writeArtifact, writeEvaluation } from './helpers/files.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { runProcess } from './helpers/git.js';
import { rewindable, type Rewind } from './helpers/rewind.js';
import { degradingModel, tradeLines } from './helpers/trades.js';

const TSX = fileURLToPath(new URL('../node_modules/tsx/dist/loader.mjs', import.meta.url));
const CLI = fileURLToPath(new URL('../src/cli/index.ts', import.meta.url));
/** Change it to try other points; a failure names the point, to run it again. */
const SEED = 20_261_001;
const KILLS = [
  'after, the modelgate process',
  'after, its process tree',
  'during, its process tree',
] as const;
type Kill = (typeof KILLS)[number];

let f: RegistryFixture;
let rewind: Rewind;
/** Where the counting git keeps its count and the point to kill at. */
let counter: string;
/** PATH with the counting git first. */
let countingPath: string;

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  pid: number;
  /** How many git commands the run started (git-lfs's own included). */
  gitCalls: number;
  /** The git command it was killed during or after. */
  killedAt: string;
}

// A git that counts its calls and, at the chosen one (by number, or the first whose arguments
// match `match:<regex>`), kills modelgate: its process group (modelgate leads it) or modelgate
// alone. git-lfs's own git calls pass through it too.
const COUNTING_GIT = (realGit: string, dir: string) => `#!/bin/sh
n=$(flock "${dir}/lock" sh -c 'n=$(( $(cat "$0/count" 2>/dev/null || echo 0) + 1 )); echo $n > "$0/count"; echo $n' "${dir}")
target=$(cat "${dir}/target" 2>/dev/null)
case "$target" in
  match:*) printf '%s\\n' "$*" | grep -Eq -- "\${target#match:}" || exec "${realGit}" "$@" ;;
  *) [ "$n" = "$target" ] || exec "${realGit}" "$@" ;;
esac
mkdir "${dir}/fired" 2>/dev/null || exec "${realGit}" "$@"
echo "git $*" > "${dir}/killed-at"
group=$(ps -o pgid= -p $$ | tr -d ' ')
case "$(cat "${dir}/kill")" in
  during*) "${realGit}" "$@" <&0 & sleep 0.02; kill -9 -"$group" ;;
  *tree) "${realGit}" "$@"; code=$?; kill -9 -"$group"; exit $code ;;
  *) "${realGit}" "$@"; code=$?; kill -9 "$group"; exit $code ;;
esac
`;

/**
 * `modelgate <argv>` from source in the clone; killed at git call `kill.at` (a number, or the
 * first call whose arguments match a regular expression) when given.
 */
async function runModelgate(
  argv: string[],
  kill?: { at: number | RegExp; how: Kill },
): Promise<Finished> {
  await writeFile(join(counter, 'count'), '0');
  const at = kill?.at ?? 0;
  await writeFile(
    join(counter, 'target'),
    typeof at === 'number' ? String(at) : `match:${at.source}`,
  );
  await rm(join(counter, 'fired'), { recursive: true, force: true });
  await writeFile(join(counter, 'kill'), kill?.how ?? '');
  await rm(join(counter, 'killed-at'), { force: true });
  const exited = await new Promise<Omit<Finished, 'gitCalls' | 'killedAt'>>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, CLI, ...argv], {
      cwd: f.clone,
      env: { ...f.env, PATH: countingPath },
      // Its own process group, so the whole tree can be killed at once.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ pid: child.pid!, code, signal, stdout, stderr }));
  });
  // Orphaned git processes of a killed run finish (or die) on their own: wait for them.
  await groupGone(exited.pid);
  const gitCalls = Number((await readFile(join(counter, 'count'), 'utf8')).trim());
  await writeFile(join(counter, 'target'), '0');
  const killedAt = await readFile(join(counter, 'killed-at'), 'utf8').catch(() => '');
  return { ...exited, gitCalls, killedAt: killedAt.trim() };
}

/** Orphaned git processes of a killed run finish (or die) on their own; wait for them. */
async function groupGone(pid: number): Promise<void> {
  for (let i = 0; i < 500; i++) {
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`processes of group ${pid} still running after 10 s`);
}

/** Every object in the remote's Git LFS store holds exactly the content its name says. */
async function corruptLfsObjects(): Promise<string[]> {
  const dir = join(f.sandbox.origin, 'lfs', 'objects');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const bad: string[] = [];
  for (const entry of entries.filter((e) => e.isFile())) {
    const content = await readFile(join(entry.parentPath, entry.name));
    if (createHash('sha256').update(content).digest('hex') !== entry.name) bad.push(entry.name);
  }
  return bad;
}

async function options() {
  const repo = await f.repo();
  return {
    origin: f.sandbox.origin,
    env: f.env,
    local: { forge: createLocalForge({ repo, baseBranch: 'main' }), clone: f.clone },
  };
}

async function state(): Promise<EndState> {
  return endState(await options());
}

interface Command {
  name: string;
  argv: () => string[];
  /** How many seeded random points. */
  randomPoints: number;
  /** Moments that matter, killed at on every run of the suite besides the random ones. */
  landmarks: { at: RegExp; how: Kill }[];
  /** What the rerun says when the killed run's push had landed, and when it had not. */
  saysDone?: { earlier: RegExp; now: RegExp };
}

// The moments a push is made or followed: the change may have landed unseen.
const PUSHING: Command['landmarks'] = [
  { at: /^push /, how: 'during, its process tree' },
  { at: /^push /, how: 'after, the modelgate process' },
  { at: /^merge --ff-only/, how: 'during, its process tree' },
];

let tradesFile: string;
let artifact: string;
let metrics: string;

const COMMANDS: Command[] = [
  { name: 'ingest', argv: () => ['ingest', tradesFile], randomPoints: 1, landmarks: PUSHING },
  {
    name: 'register',
    argv: () => ['register', 'trader', '--artifact', artifact, '--metrics', metrics, '--by', 'ci'],
    randomPoints: 1,
    landmarks: [{ at: /^lfs push /, how: 'during, its process tree' }, ...PUSHING],
    saysDone: {
      earlier: /trader v\d+ was registered by an earlier run/,
      now: /^registered trader v\d+/m,
    },
  },
  {
    name: 'evaluate',
    argv: () => ['evaluate', '--now', '2026-10-01T00:00:00Z'],
    randomPoints: 2,
    // The proposal branch made, its proposal not yet written.
    landmarks: [{ at: /^update-ref refs\/heads\/modelgate\//, how: 'after, its process tree' }],
  },
  {
    // Goes back one version each time it runs: a rerun must not go back again.
    name: 'rollback',
    argv: () => ['rollback', 'trader', '--reason', 'degrading'],
    randomPoints: 0,
    landmarks: [PUSHING[1]!, PUSHING[2]!],
    saysDone: {
      earlier: /done by an earlier run/,
      now: /^trader: rolled back v\d+ → v\d+ \(commit/m,
    },
  },
];

beforeAll(async () => {
  f = await registryFixture();
  const policyPath = join(f.clone, 'registry/policy.yaml');
  const policy = (await readFile(policyPath, 'utf8')).replace(
    'review:\n  reviewers: []\n  assignees: []',
    'review:\n  reviewers: [risk-desk]\n  assignees: [alice]',
  );
  await writeFile(policyPath, policy);
  await f.git(['commit', '--quiet', '--all', '-m', 'policy: reviewers']);
  await f.git(['push', '--quiet', 'origin', 'main']);
  await degradingModel(f, 'trader', 10);
  // The remote's side of a push in a session of its own: killing the client's process tree
  // must not kill the server (a killed client only drops the connection).
  const receivePack = join(f.root, 'receive-pack');
  await writeFile(receivePack, '#!/bin/sh\nexec setsid git-receive-pack "$@"\n');
  await chmod(receivePack, 0o755);
  await f.git(['config', 'remote.origin.receivepack', receivePack]);
  // 1500 new trades of v3 over two months: many day files to merge and write.
  tradesFile = join(f.inputs, 'kill-trades.jsonl');
  await writeFile(
    tradesFile,
    tradeLines({ model: 'trader', version: 'v3', first: 1100, count: 1500, winRate: 0.5, seed: 9 }),
  );
  artifact = await writeArtifact(join(f.inputs, 'kill-model.bin'), 3_000_000, 'kill');
  metrics = await writeEvaluation(join(f.inputs, 'kill-metrics.yaml'));
  counter = join(f.root, 'git-counter');
  const bin = join(counter, 'bin');
  await mkdir(bin, { recursive: true });
  const realGit = (
    await runProcess('sh', ['-c', 'command -v git'], { cwd: f.root, env: f.env })
  ).stdout.trim();
  await writeFile(join(bin, 'git'), COUNTING_GIT(realGit, counter));
  await chmod(join(bin, 'git'), 0o755);
  countingPath = `${bin}:${f.env.PATH ?? ''}`;
  rewind = await rewindable({ origin: f.sandbox.origin, clone: f.clone, env: f.env });
}, 120_000);
afterAll(() => f?.cleanup());

async function remoteMain(): Promise<string> {
  return f.git(['ls-remote', f.sandbox.origin, 'refs/heads/main']);
}

describe.each(COMMANDS.map((c) => [c.name, c] as const))(
  'modelgate %s killed midway',
  (_name, command) => {
    let clean: EndState;
    /** How many git commands a clean run starts. */
    let calls: number;

    beforeAll(async () => {
      await rewind.restore();
      const run = await runModelgate(command.argv());
      expect(run.code, run.stderr).toBe(0);
      calls = run.gitCalls;
      clean = await state();
    }, 60_000);

    // Stratified: one point in each slice of the run's git commands, so the kills spread over it.
    const random = mulberry32(
      SEED + [...command.name].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 0),
    );
    const points: { at: number | RegExp; fraction?: number; how: Kill; name: string }[] = [
      ...Array.from({ length: command.randomPoints }, (_, i) => {
        const fraction = Number(((i + random()) / command.randomPoints).toFixed(2));
        const how = KILLS[i % KILLS.length]!;
        return { at: 0, fraction, how, name: `${how} git command at ${fraction} of a run` };
      }),
      ...command.landmarks.map(({ at, how }) => ({ at, how, name: `${how} git ${at.source}` })),
    ];

    it.each(points.map((p) => [p.name, p] as const))(
      'killed %s: the rerun converges',
      async (_name, { at: landmark, fraction, how }) => {
        await rewind.restore();
        const tipBefore = await remoteMain();
        const at = fraction === undefined ? landmark : 1 + Math.floor(fraction * calls);
        const killed = await runModelgate(command.argv(), { at, how });
        const pushedBeforeKill = (await remoteMain()) !== tipBefore;
        const where = `killed ${how.split(',')[0]} git command ${String(at)} of ${calls}: ${killed.killedAt}`;
        expect(killed.signal, `${where}: not killed`).toBe('SIGKILL');
        // A lock git left behind is git's to explain: the rerun says which file, and to delete it
        // if no git is running. The user does so and runs it again.
        let rerun = await runModelgate(command.argv());
        for (let i = 0; i < 3 && rerun.code !== 0; i++) {
          const lock = /delete (\S+\.lock) and run the command again/.exec(rerun.stderr)?.[1];
          if (!lock) break;
          await rm(lock, { force: true });
          rerun = await runModelgate(command.argv());
        }
        expect(rerun.code, `${where}:\n${rerun.stdout}\n${rerun.stderr}`).toBe(0);
        const said = `${rerun.stdout}${rerun.stderr}`;
        // The user is told whether this run did it or found it done by the one that was killed.
        if (command.saysDone) {
          expect(said, where).toMatch(
            pushedBeforeKill ? command.saysDone.earlier : command.saysDone.now,
          );
        }
        // Whatever is left in .git was named to the user, who does as told and runs it once more.
        const leftovers = await leftoverLocks(join(f.clone, '.git'));
        for (const left of leftovers) {
          expect(said, `${where}: ${left} was left behind without a word`).toContain(left);
        }
        if (leftovers.length > 0) {
          for (const left of leftovers) await rm(join(f.clone, '.git', left), { force: true });
          const again = await runModelgate(command.argv());
          expect(again.code, `${where}, then again:\n${again.stdout}\n${again.stderr}`).toBe(0);
        }
        // The clone is at the registry's tip, its work tree as clean as before.
        expect(await f.git(['status', '--porcelain']), where).toBe('');
        expect(await f.git(['rev-parse', 'main'])).toBe(
          await f.git(['rev-parse', 'main'], f.sandbox.origin),
        );
        expect(await leftoverLocks(f.sandbox.origin)).toEqual([]);
        expect(await corruptLfsObjects()).toEqual([]);
        expect(await invariantViolations(await options())).toEqual([]);
        expect(endStateDifferences(clean, await state())).toEqual([]);
      },
      60_000,
    );
  },
);

describe('a lock git left when it was killed with the run', () => {
  it("the rerun that finds the change made names HEAD.lock, and the next one, after it's deleted, ends clean", async () => {
    const register = COMMANDS.find((c) => c.name === 'register')!;
    await rewind.restore();
    const versionsOnOrigin = async () =>
      (
        await f.git(
          ['ls-tree', '--name-only', 'main', 'registry/trader/versions/'],
          f.sandbox.origin,
        )
      )
        .split('\n')
        .sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
    const before = await versionsOnOrigin();
    // Killed right after following the push: the version is on the remote and the clone.
    const killed = await runModelgate(register.argv(), {
      at: /^merge --ff-only/,
      how: 'after, the modelgate process',
    });
    expect(killed.signal).toBe('SIGKILL');
    // As if git had been killed too, between moving the branch and letting go of HEAD.
    const lock = join(f.clone, '.git', 'HEAD.lock');
    await writeFile(lock, '');
    const rerun = await runModelgate(register.argv());
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(/trader v\d+ was registered by an earlier run/);
    expect(rerun.stderr).toContain(`left ${lock}: if no git is running`);
    await rm(lock);
    const again = await runModelgate(register.argv());
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/trader v\d+ was registered by an earlier run/);
    expect(again.stderr).not.toContain('HEAD.lock');
    // One version registered in all.
    const after = await versionsOnOrigin();
    expect(after.length).toBe(before.length + 1);
    expect(after.slice(0, -1)).toEqual(before);
  }, 60_000);
});
