// `command: evaluate` as a runner runs the bundled action: inputs in the environment, GitHub's
// API at GITHUB_API_URL (the stand-in), annotations on stdout, outputs and a job summary in files.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionOutput, runAction } from './helpers/action.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { BACKTEST_SHARPE_145, tradeLines } from './helpers/trades.js';
import { startGitHubStandin, type GitHubStandin } from './support/github/index.js';

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
  standin = await startGitHubStandin({
    bareRepo: f.sandbox.origin,
    env: f.env,
    owner: 'acme',
    repo: 'registry',
    token,
  });
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
