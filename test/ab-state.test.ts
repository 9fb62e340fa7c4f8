// An A/B test written into the deployment state: what verify guards, what ingest accepts from
// each arm, and how `route` answers the live trading system.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { BACKTEST_SHARPE_145, tradeLines } from './helpers/trades.js';

let f: RegistryFixture;
const deploymentPath = 'registry/trader/deployment.yaml';

async function writeDeployment(extra: string): Promise<void> {
  const path = join(f.clone, deploymentPath);
  const text = (await readFile(path, 'utf8')).replace(/\nab_test:[^]*$/, '\n');
  await writeFile(path, `${text.trimEnd()}\n${extra}`);
}

const TEST = `ab_test:
  control: v1
  candidate: v2
  split: { control: 80, candidate: 20 }
  started_at: 2026-10-02T09:00:00Z
`;

beforeAll(async () => {
  f = await registryFixture();
  for (let i = 0; i < 3; i++) await f.register('trader', BACKTEST_SHARPE_145);
  await f.cliOk(['promote', 'trader', 'v1']);
  await writeDeployment(TEST);
  await f.git(['commit', '--quiet', '--all', '-m', 'start an A/B test by hand']);
  await f.git(['push', '--quiet', 'origin', 'main']);
});
afterAll(() => f.cleanup());

describe('an A/B test in the deployment state', () => {
  it('verify accepts a well-formed test', async () => {
    await f.cliOk(['verify']);
  });

  it('verify refuses a control that is not production, a candidate that is not active, a bad split', async () => {
    await f.cliOk(['mark', 'trader', 'v3', '--status', 'degraded', '--reason', 'test']);
    const verifyWith = async (deployment: string): Promise<string> => {
      await writeDeployment(deployment);
      await f.git(['commit', '--quiet', '--all', '-m', 'hand edit']);
      const result = await f.cli(['verify']);
      await f.git(['reset', '--quiet', '--hard', 'origin/main']);
      expect(result.code).toBe(1);
      return result.stdout;
    };
    expect(await verifyWith(TEST.replace('control: v1', 'control: v3'))).toMatch(
      /registry\/trader\/deployment\.yaml:\d+:\d+: ab_test\.control: is v3, but production is v1/,
    );
    expect(await verifyWith(TEST.replace('candidate: v2', 'candidate: v3'))).toMatch(
      /ab_test\.candidate: version v3 is degraded; only an active version can take live traffic/,
    );
    expect(
      await verifyWith(
        TEST.replace('{ control: 80, candidate: 20 }', '{ control: 80, candidate: 30 }'),
      ),
    ).toMatch(/ab_test\.split: control 80 \+ candidate 30 must add up to 100/);
    await f.cliOk(['verify']);
  });

  it('ingest takes trades routed to the running arms', async () => {
    const file = join(f.inputs, 'arms.jsonl');
    const tagged = (version: string, arm: string, first: number) =>
      tradeLines({ model: 'trader', version, first, count: 5, winRate: 0.55, seed: first })
        .trim()
        .split('\n')
        .map((line) => JSON.stringify({ ...(JSON.parse(line) as object), arm }))
        .join('\n');
    await writeFile(file, `${tagged('v1', 'control', 0)}\n${tagged('v2', 'candidate', 10)}\n`);
    await f.cliOk(['ingest', file]);
  });

  it('after the test ends, a re-sent tagged trade is no news: the new trades beside it are stored', async () => {
    await f.git(['pull', '--quiet', '--ff-only', 'origin', 'main']);
    const deployment = join(f.clone, 'registry/trader/deployment.yaml');
    const running = await readFile(deployment, 'utf8');
    await writeFile(deployment, running.replace(/ab_test:[^]*$/, 'ab_test: null\n'));
    await f.git(['commit', '--quiet', '--all', '-m', 'end the A/B test by hand']);
    await f.git(['push', '--quiet', 'origin', 'main']);
    const resent = (await readFile(join(f.inputs, 'arms.jsonl'), 'utf8')).split('\n')[0]!;
    const fresh = tradeLines({
      model: 'trader',
      version: 'v1',
      first: 50,
      count: 3,
      winRate: 0.55,
      seed: 9,
    });
    const file = join(f.inputs, 'resent.jsonl');
    await writeFile(file, `${resent}\n${fresh}`);
    const result = await f.cliOk(['ingest', file]);
    expect(result.stdout).toMatch(/stored 3 new trades \(commit [0-9a-f]+\); 1 already stored/);
    // A new trade naming the ended test's arm is still refused.
    const late = JSON.stringify({
      ...(JSON.parse(fresh.split('\n')[0]!) as object),
      trade_id: 'late-1',
      arm: 'control',
    });
    await writeFile(file, `${late}\n`);
    expect((await f.cli(['ingest', file])).stderr).toMatch(/no A\/B test is running for trader/);
    await writeFile(deployment, running);
    await f.git(['commit', '--quiet', '--all', '-m', 'the A/B test again, for the tests below']);
    await f.git(['push', '--quiet', 'origin', 'main']);
  });

  it('ingest refuses a trade tagged with an arm the version is not running, storing nothing', async () => {
    const file = join(f.inputs, 'wrong-arm.jsonl');
    const lines = tradeLines({
      model: 'trader',
      version: 'v3',
      first: 100,
      count: 2,
      winRate: 0.5,
      seed: 1,
    })
      .trim()
      .split('\n')
      .map((line, i) =>
        JSON.stringify({ ...(JSON.parse(line) as object), arm: i === 1 ? 'candidate' : undefined }),
      );
    await writeFile(file, `${lines.join('\n')}\n`);
    const before = await f.git(['rev-parse', 'origin/main']);
    const result = await f.cli(['ingest', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'trades name an A/B arm that is not running; nothing was stored',
    );
    expect(result.stderr).toMatch(
      /wrong-arm\.jsonl:2: arm: arm "candidate", but the candidate of trader's running test is v2, not v3/,
    );
    await f.git(['fetch', '--quiet']);
    expect(await f.git(['rev-parse', 'origin/main'])).toBe(before);
  });

  it('route answers which version trades a key, the same way on every call', async () => {
    const first = (await f.cliOk(['route', 'trader', 'order-1', 'order-2', 'order-3'])).stdout;
    expect(first).toMatch(
      /^trader order-1 → v[12] \((control arm, 80|candidate arm, 20)% of keys\)$/m,
    );
    expect((await f.cliOk(['route', 'trader', 'order-1', 'order-2', 'order-3'])).stdout).toBe(
      first,
    );
    const json = JSON.parse((await f.cliOk(['route', 'trader', 'k', '--json'])).stdout) as {
      routes: { key: string; version: string; arm: string; bucket: number }[];
    };
    expect(json.routes[0]!.version).toBe(json.routes[0]!.arm === 'candidate' ? 'v2' : 'v1');
  });
});
