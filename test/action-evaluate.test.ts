// `command: evaluate` as a runner runs the bundled action: inputs in the environment, GitHub's
// API at GITHUB_API_URL (the stand-in), annotations on stdout, outputs and a job summary in files.
import { startRegistryStandin } from './support/github/forge.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionOutput, runAction } from './helpers/action.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { BACKTEST_SHARPE_145, tradeLines } from './helpers/trades.js';
import type { GitHubStandin } from './support/github/index.js';

const token = 'ghs_action-token-5555555555';
let f: RegistryFixture;
let standin: GitHubStandin;
let github: NodeJS.ProcessEnv;

beforeAll(async () => {
  f = await registryFixture();
  for (let i = 0; i < 3; i++) await f.register('trader', BACKTEST_SHARPE_145);
  await f.register('quiet', BACKTEST_SHARPE_145);
  await f.cliOk(['promote', 'trader', 'v2']);
  await f.cliOk(['promote', 'trader', 'v3']);
  await f.cliOk(['promote', 'quiet', 'v1']);
  const file = join(f.inputs, 'trades.jsonl');
  await writeFile(
    file,
    tradeLines({ model: 'trader', version: 'v3', first: 0, count: 300, winRate: 0.55, seed: 3 }) +
      tradeLines({
        model: 'trader',
        version: 'v3',
        first: 300,
        count: 500,
        winRate: 0.45,
        seed: 4,
      }) +
      tradeLines({ model: 'quiet', version: 'v1', first: 0, count: 400, winRate: 0.55, seed: 5 }),
  );
  await f.cliOk(['ingest', file]);
  standin = await startRegistryStandin(f, token);
  github = { GITHUB_API_URL: standin.baseUrl, GITHUB_REPOSITORY: 'acme/registry' };
}, 120_000);
afterAll(async () => {
  await standin?.close();
  await f.cleanup();
});

describe('the action, command: evaluate', () => {
  it('opens the rollback PR and the alert, annotates, summarises, and never shows the token', async () => {
    const run = await runAction(f, { command: 'evaluate', token }, github);
    expect(run.code).toBe(0);
    expect(standin.violations).toEqual([]);
    expect(standin.pulls).toHaveLength(1);
    expect(standin.pulls[0]!.head).toBe('modelgate/rollback/trader');
    expect(run.stdout).toMatch(
      /^::error title=modelgate%3A trader (critical|severe)::trader v3 \(production\) is (critical|severe): propose a rollback: roll back to v2$/m,
    );
    expect(run.stdout).toContain('2 models: opened 2, updated 0, closed 0, merged 0, left alone 0');
    // The runner masks what `::add-mask::` names; nothing else may carry the token.
    const unmasked = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(unmasked.join('\n')).not.toContain(token);
    expect(run.stdout).toContain(`::add-mask::${token}`);

    const opened = JSON.parse(actionOutput(run.outputs, 'opened')!) as {
      model: string;
      kind: string;
    }[];
    expect(opened.map((o) => `${o.model} ${o.kind}`).sort()).toEqual([
      'trader alert',
      'trader rollback',
    ]);
    const report = JSON.parse(actionOutput(run.outputs, 'report')!) as {
      models: { model: string }[];
    };
    expect(report.models.map((m) => m.model)).toEqual(['quiet', 'trader']);
    expect(run.summary).toContain('<h2>modelgate evaluate</h2>');
    expect(run.summary).toMatch(
      /<td>trader<\/td><td>v3 \(production\)<\/td><td>(critical|severe)<\/td><td>rollback #\d+ opened, alert #\d+ opened<\/td>/,
    );
    expect(run.summary).toMatch(
      /<td>quiet<\/td><td>v1 \(production\)<\/td><td>healthy<\/td><td>–<\/td>/,
    );
  });

  it('a dry run reports what it would do and writes nothing', async () => {
    const before = standin.requests.length;
    const run = await runAction(f, { command: 'evaluate', token, 'dry-run': 'true' }, github);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'dry run: 2 models: opened 0, updated 0, closed 0, merged 0, left alone 2',
    );
    expect(standin.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('bad inputs are refused before anything runs, naming the input', async () => {
    const dry = await runAction(f, { command: 'evaluate', token, 'dry-run': 'yes please' }, github);
    expect(dry.stdout).toContain(
      '::error::input "dry-run": expected true or false, found "yes please"',
    );
    const models = await runAction(
      f,
      { command: 'evaluate', token, models: 'trader, ../x' },
      github,
    );
    expect(models.stdout).toContain('::error::input "models": unsafe model name "../x"');
    const noToken = await runAction(f, { command: 'evaluate' }, { ...github, GITHUB_TOKEN: '' });
    expect(noToken.code).toBe(1);
    expect(noToken.stdout).toContain('::error::the github forge needs a GitHub token');
  });
});

describe('the action, command: dashboard', () => {
  it('pushes the regenerated page once; a second run finds it current', async () => {
    const first = await runAction(f, { command: 'dashboard', token }, github);
    expect(first.code).toBe(0);
    expect(actionOutput(first.outputs, 'dashboard-changed')).toBe('true');
    await f.git(['fetch', '--quiet', 'origin']);
    const page = await f.git(['show', 'origin/main:registry/README.md']);
    expect(page).toContain('# Model registry');
    expect(page).toMatch(/\[trader\]\(#trader\)/);
    // The open rollback PR from the evaluate run is linked.
    expect(page).toMatch(/Roll back trader: v3 → v2/);
    expect(first.summary).toContain('# Model registry');
    const second = await runAction(f, { command: 'dashboard', token }, github);
    expect(second.code).toBe(0);
    expect(actionOutput(second.outputs, 'dashboard-changed')).toBe('false');
    expect(standin.violations).toEqual([]);
  });
});

describe('the action, command: ingest', () => {
  async function dispatch(payload: unknown): Promise<Awaited<ReturnType<typeof runAction>>> {
    const eventPath = join(f.root, `event-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(eventPath, JSON.stringify(payload));
    return runAction(
      f,
      { command: 'ingest' },
      {
        ...github,
        GITHUB_EVENT_NAME: 'repository_dispatch',
        GITHUB_EVENT_PATH: eventPath,
      },
    );
  }
  const trades = (first: number, count: number) =>
    tradeLines({
      model: 'quiet',
      version: 'v1',
      first,
      count,
      winRate: 0.55,
      seed: 9,
      idPrefix: 'dispatch',
    })
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it('stores the trades of a repository_dispatch payload, once', async () => {
    const event = { action: 'modelgate-metrics', client_payload: { trades: trades(0, 3) } };
    const run = await dispatch(event);
    expect(run.code).toBe(0);
    expect(actionOutput(run.outputs, 'trades-stored')).toBe('3');
    const again = await dispatch(event);
    expect(actionOutput(again.outputs, 'trades-stored')).toBe('0');
    await f.git(['fetch', '--quiet', 'origin']);
    expect(await f.git(['log', '-1', '--format=%s', 'origin/main'])).toMatch(
      /^modelgate: (ingest|dashboard)/,
    );
  });

  it('a payload is data: the wrong type, a non-array or a bad record is refused, nothing stored', async () => {
    const before = (await f.git(['ls-remote', f.sandbox.origin, 'refs/heads/main'])).split('\t')[0];
    const wrongType = await dispatch({ action: 'deploy', client_payload: { trades: [] } });
    expect(wrongType.stdout).toContain(
      '::error::repository_dispatch of type "deploy": modelgate ingests only type modelgate-metrics',
    );
    const notArray = await dispatch({
      action: 'modelgate-metrics',
      client_payload: { trades: '$(rm -rf /)' },
    });
    expect(notArray.stdout).toContain('client_payload.trades must be an array of trade records');
    const bad = trades(10, 2);
    bad[1] = { ...bad[1], return: 'a lot', version: '../../etc' };
    const invalid = await dispatch({
      action: 'modelgate-metrics',
      client_payload: { trades: bad },
    });
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toMatch(/client_payload\.trades \(line N is trades\[N-1\]\):2: /);
    expect((await f.git(['ls-remote', f.sandbox.origin, 'refs/heads/main'])).split('\t')[0]).toBe(
      before,
    );
  });
});

describe('the action, command: cleanup', () => {
  it('plans against the registry and says when there is nothing to propose', async () => {
    const run = await runAction(f, { command: 'cleanup', token, 'dry-run': 'true' }, github);
    expect(run.code).toBe(0);
    // Every version here was registered minutes ago: nothing is old enough to propose.
    expect(run.stdout).toContain('no cleanup proposal: nothing to propose');
    const report = JSON.parse(actionOutput(run.outputs, 'cleanup')!) as {
      selected: string[];
      plan: { candidates: number; versionsBefore: number };
    };
    expect(report.selected).toEqual([]);
    expect(report.plan).toMatchObject({ candidates: 0, versionsBefore: 4 });
  });
});

describe('the action, command: plan', () => {
  it('shards the models into a matrix that fromJSON can read', async () => {
    const run = await runAction(f, { command: 'plan', shards: '2' }, github);
    expect(run.code).toBe(0);
    const matrix = JSON.parse(actionOutput(run.outputs, 'matrix')!) as {
      include: { index: number; models: string; count: number }[];
    };
    const models = matrix.include.flatMap((shard) => shard.models.split(','));
    expect(models.sort()).toEqual(['quiet', 'trader']);
    const bad = await runAction(f, { command: 'plan', shards: '300' }, github);
    expect(bad.stdout).toContain(
      '::error::input "shards": a whole number from 1 to 256 (GitHub\'s matrix limit)',
    );
  });
});
