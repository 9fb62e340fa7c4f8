// Several machines at once: four `modelgate` processes, each in its own clone of one remote,
// ingest overlapping trade files and evaluate through GitHub (the stand-in) at the same time.
// Every trade must be stored exactly once, every commit that landed on main must pass `verify`,
// and between them they keep one pull request per proposal and one alert per model.
import { startRegistryStandin } from './support/github/forge.js';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Git } from '../src/git/git.js';
import { verify } from '../src/registry/queries.js';
import { invariantViolations, registryViolations } from './helpers/end-state.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { BACKTEST_SHARPE_145, degradingModel, tradeLines } from './helpers/trades.js';
import type { GitHubStandin } from './support/github/index.js';

const TSX = fileURLToPath(new URL('../node_modules/tsx/dist/loader.mjs', import.meta.url));
const CLI = fileURLToPath(new URL('../src/cli/index.ts', import.meta.url));
const token = 'ghs_concurrency-token-4444444444';
const WORKERS = ['alice', 'bob', 'carol', 'dave'];

let f: RegistryFixture;
let standin: GitHubStandin;
/** main on the remote before the workers start. */
let start: string;

interface Finished {
  who: string;
  argv: string[];
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `modelgate <argv>` from source, as its own process in `cwd`. */
function modelgate(who: string, cwd: string, argv: string[]): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, CLI, ...argv], {
      cwd,
      env: {
        ...f.env,
        MODELGATE_FORGE: 'github',
        GITHUB_TOKEN: token,
        GITHUB_REPOSITORY: 'acme/registry',
        GITHUB_API_URL: standin.baseUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ who, argv, code, stdout, stderr }));
  });
}

/** Trade lines `from`..`to` (exclusive) of one seeded series: overlapping slices agree. */
function slice(lines: string[], from: number, to: number): string {
  return `${lines.slice(from, to).join('\n')}\n`;
}

beforeAll(async () => {
  f = await registryFixture();
  await degradingModel(f, 'trader', 10);
  await f.register('quiet', BACKTEST_SHARPE_145);
  await f.cliOk(['promote', 'quiet', 'v1']);
  standin = await startRegistryStandin(f, token);
  start = (await f.git(['rev-parse', 'main'], f.sandbox.origin)).trim();
}, 120_000);
afterAll(async () => {
  await standin?.close();
  await f?.cleanup();
});

describe('four processes ingesting and evaluating against one remote at once', () => {
  let runs: Finished[];
  let uploaded: Set<string>;

  beforeAll(async () => {
    // trader v3 goes on collapsing; quiet v1 trades healthily. Each worker uploads a window of
    // each that overlaps its neighbours', so the same trades arrive from several machines.
    const trader = tradeLines({
      model: 'trader',
      version: 'v3',
      first: 1100,
      count: 1000,
      winRate: 0.45,
      seed: 21,
    })
      .trim()
      .split('\n');
    const quiet = tradeLines({
      model: 'quiet',
      version: 'v1',
      first: 0,
      count: 600,
      winRate: 0.55,
      seed: 22,
    })
      .trim()
      .split('\n');
    uploaded = new Set();
    const work = await Promise.all(
      WORKERS.map(async (who, k) => {
        const cwd = k === 0 ? f.clone : await f.newClone(who);
        const first = join(f.inputs, `${who}-trader.jsonl`);
        const second = join(f.inputs, `${who}-quiet.jsonl`);
        await writeFile(first, slice(trader, k * 200, k * 200 + 400));
        await writeFile(second, slice(quiet, k * 120, k * 120 + 240));
        for (const line of [
          ...trader.slice(k * 200, k * 200 + 400),
          ...quiet.slice(k * 120, k * 120 + 240),
        ]) {
          const t = JSON.parse(line) as { model: string; version: string; trade_id: string };
          uploaded.add(`${t.model}/${t.version}/${t.trade_id}`);
        }
        return { who, cwd, files: [first, second] };
      }),
    );
    const sequences = work.map(async ({ who, cwd, files }) => {
      const done: Finished[] = [];
      for (const file of files) {
        done.push(await modelgate(who, cwd, ['ingest', file]));
        done.push(await modelgate(who, cwd, ['evaluate', '--now', '2026-10-01T00:00:00Z']));
      }
      return done;
    });
    runs = (await Promise.all(sequences)).flat();
    // The last evaluation may have run before the last upload landed: one more, on its own,
    // sees everything.
    runs.push(await modelgate('settling', f.clone, ['evaluate', '--now', '2026-10-01T00:00:00Z']));
  }, 180_000);

  it('every process succeeds', () => {
    const failed = runs.filter((r) => r.code !== 0);
    expect(
      failed.map((r) => `${r.who}: modelgate ${r.argv.join(' ')} exited ${r.code}\n${r.stderr}`),
    ).toEqual([]);
  });

  it('every trade uploaded is stored, each exactly once', async () => {
    const origin = new Git(f.sandbox.origin, { env: f.env });
    const stored = new Map<string, number>();
    const listing = await origin.run(['ls-tree', '-r', '--name-only', 'main', '--', 'registry']);
    for (const path of listing.split('\n').filter((p) => p.includes('/trades/'))) {
      const text = await origin.run(['cat-file', 'blob', `main:${path}`]);
      for (const line of text.split('\n').filter(Boolean)) {
        const t = JSON.parse(line) as { model: string; version: string; trade_id: string };
        const key = `${t.model}/${t.version}/${t.trade_id}`;
        stored.set(key, (stored.get(key) ?? 0) + 1);
      }
    }
    expect([...stored].filter(([, count]) => count > 1)).toEqual([]);
    expect([...uploaded].filter((key) => !stored.has(key))).toEqual([]);
    // Nothing else arrived: the trades stored before plus the uploads.
    expect(stored.size).toBe(1100 + uploaded.size);
    expect(await registryViolations({ origin: f.sandbox.origin, env: f.env })).toEqual([]);
  });

  it('verify passes at every commit that landed on main, and on every proposal commit', async () => {
    const origin = new Git(f.sandbox.origin, { env: f.env });
    const landed = (await origin.run(['rev-list', `${start}..main`])).split('\n').filter(Boolean);
    // Each upload landed as a commit of its own (a process whose trades were all stored by
    // others already had nothing to commit).
    expect(landed.length).toBeGreaterThan(0);
    const proposals = (await origin.run(['rev-list', '--branches=modelgate/*', '--not', 'main']))
      .split('\n')
      .filter(Boolean);
    const repo = { git: origin, root: f.sandbox.origin };
    const failing: string[] = [];
    for (const commit of [...landed, ...proposals]) {
      const report = await verify(repo, commit);
      if (report.errors > 0) failing.push(`${commit}: ${JSON.stringify(report.problems)}`);
    }
    expect(failing).toEqual([]);
  });

  it('between them (and a settling run), one pull request per proposal and one alert per model', async () => {
    const options = { origin: f.sandbox.origin, env: f.env, standin };
    expect(await invariantViolations(options)).toEqual([]);
    const open = standin.pulls.filter((p) => p.state === 'open').map((p) => p.head);
    expect(open).toEqual(['modelgate/rollback/trader']);
    const alerts = standin.issues.filter((i) => !i.isPullRequest && i.state === 'open');
    expect(alerts.map((a) => /model=(\w+)/.exec(a.body ?? '')?.[1])).toEqual(['trader']);
    // Duplicates opened in a race were closed as such. (Two processes may both close the same
    // duplicate, each with its comment: src/proposals/evaluate.ts closes what it listed open
    // without checking it still is; harmless, so not held against them here.)
    for (const duplicate of standin.issues.filter(
      (i) => !i.isPullRequest && i.state === 'closed',
    )) {
      expect(duplicate.comments.length).toBeGreaterThan(0);
      for (const comment of duplicate.comments) expect(comment).toMatch(/^Duplicate of #\d+/);
    }
    expect(standin.violations).toEqual([]);
  });
});
