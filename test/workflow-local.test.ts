// The seed's Workflow 1 through the local forge, as a person on a laptop runs it: evaluate opens
// a rollback proposal with its evidence, a rerun changes nothing, `apply` merges it, history tells
// the story, and the healthy model is left alone. Also: a "no" that stands, and a condition that
// clears because production changed by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluateReport, ModelReport } from '../src/proposals/evaluate.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { degradingModel } from './helpers/trades.js';

let f: RegistryFixture;

async function evaluate(...args: string[]): Promise<EvaluateReport> {
  return JSON.parse((await f.cliOk(['evaluate', '--json', ...args])).stdout) as EvaluateReport;
}

function modelIn(report: EvaluateReport, model: string): ModelReport {
  const found = report.models.find((m) => m.model === model);
  if (!found) throw new Error(`${model} missing from the report`);
  return found;
}

beforeAll(async () => {
  f = await registryFixture();
  await degradingModel(f, 'trader', 10);
  await degradingModel(f, 'scalper', 20);
  await degradingModel(f, 'swing', 30);
}, 120_000);
afterAll(() => f.cleanup());

describe('Workflow 1 through the local forge', () => {
  let first: EvaluateReport;

  it('evaluate opens exactly one rollback proposal per degraded model, with an alert', async () => {
    first = await evaluate();
    expect(first.forge).toBe('local');
    for (const model of ['trader', 'scalper', 'swing']) {
      const report = modelIn(first, model);
      expect(report.error).toBeUndefined();
      expect(report.decisions[0]).toMatchObject({ version: 'v3', role: 'production' });
      expect(['critical', 'severe']).toContain(report.decisions[0]!.current_severity);
      const rollback = report.items.find((i) => i.kind === 'rollback');
      expect(rollback).toMatchObject({ outcome: 'opened' });
      expect(rollback!.title).toMatch(
        new RegExp(`^Roll back ${model}: v3 → v2 \\((critical|severe)`),
      );
      expect(report.items.find((i) => i.kind === 'alert')).toMatchObject({ outcome: 'opened' });
    }
    expect(first.counts).toMatchObject({ opened: 6, updated: 0, closed: 0 });

    const list = (await f.cliOk(['proposals'])).stdout;
    expect(list).toContain('modelgate/rollback/trader');
    expect(list).toMatch(/alert/);
  });

  it('the proposal reads as a reviewer needs it, and its branch is exactly the change', async () => {
    const id = modelIn(first, 'trader').items.find((i) => i.kind === 'rollback')!.id!;
    const text = (await f.cliOk(['proposals', id])).stdout;
    expect(text).toMatch(/^#\d+ Roll back trader: v3 → v2/);
    expect(text).toMatch(
      /\*\*(Critical|Severe): trader v3 is degrading in production; this puts v2 back\.\*\*/,
    );
    expect(text).toContain('### What merging does');
    // The raw trades are folded, as on GitHub; --full shows them.
    expect(text).toMatch(
      /▸ Raw window: \d+ trades since the change began \(folded: modelgate proposals \d+ --full\)/,
    );
    const full = (await f.cliOk(['proposals', id, '--full'])).stdout;
    expect(full).toMatch(/<details><summary>Raw window[^]*2026-\d\d-\d\dT[^]*<\/details>/);
    expect(text).not.toContain('modelgate:state'); // the hidden block stays hidden

    const changed = await f.git(['diff', '--name-only', 'main', 'modelgate/rollback/trader']);
    expect(changed.trim().split('\n').sort()).toEqual([
      'registry/trader/deployment.yaml',
      'registry/trader/versions/v3/manifest.yaml',
    ]);
    const deployment = await f.git([
      'show',
      'modelgate/rollback/trader:registry/trader/deployment.yaml',
    ]);
    expect(deployment).toMatch(/^production: v2$/m);
    const manifest = await f.git([
      'show',
      'modelgate/rollback/trader:registry/trader/versions/v3/manifest.yaml',
    ]);
    expect(manifest).toMatch(/^status: degraded$/m);
    expect(manifest).toMatch(/status_reason: .*(critical|severe) degradation in production/);
    await f.cliOk(['verify', '--rev', 'modelgate/rollback/trader']);
    // Nothing reached main or origin yet: approval is the merge.
    expect(await f.git(['show', 'origin/main:registry/trader/deployment.yaml'])).toMatch(
      /^production: v3$/m,
    );
  });

  it('a second evaluate with the same evidence changes nothing', async () => {
    const tips = await f.git(['for-each-ref', 'refs/heads/modelgate/']);
    const again = await evaluate();
    expect(again.counts).toMatchObject({
      opened: 0,
      updated: 0,
      closed: 0,
      merged: 0,
      'left alone': 6,
    });
    expect(await f.git(['for-each-ref', 'refs/heads/modelgate/'])).toBe(tips);
    const text = (await f.cliOk(['evaluate', '--dry-run'])).stdout;
    expect(text).toContain('dry run: evaluated 3 models');
    expect(text).toContain('would leave alone');
  });

  it('apply merges the rollback as a reviewer would; history and at tell the story', async () => {
    const before = new Date().toISOString();
    // Commit times have a resolution of one second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const id = modelIn(first, 'trader').items.find((i) => i.kind === 'rollback')!.id!;
    const applied = await f.cliOk(['apply', id]);
    expect(applied.stdout).toMatch(
      /^merged proposal #\d+ into main as [0-9a-f]{12}: Roll back trader/,
    );
    expect(await f.git(['show', 'origin/main:registry/trader/deployment.yaml'])).toMatch(
      /^production: v2$/m,
    );
    const show = JSON.parse((await f.cliOk(['show', 'trader', 'v3', '--json'])).stdout) as {
      status: string;
    };
    expect(show.status).toBe('degraded');
    const history = (await f.cliOk(['history', 'trader'])).stdout;
    expect(history).toMatch(/rollback.*v2/);
    expect(history).toMatch(/(critical|severe) degradation in production/);
    expect((await f.cliOk(['at', 'trader', before])).stdout).toContain('v3');
    expect((await f.cliOk(['at', 'trader', 'now'])).stdout).toContain('v2');
    expect((await f.cliOk(['proposals', '--all'])).stdout).toMatch(
      /merged\s+modelgate\/rollback\/trader/,
    );
  });

  it('the next evaluate sees a healthy v2, closes the alert and leaves the closed loop alone', async () => {
    const report = modelIn(await evaluate('--model', 'trader'), 'trader');
    expect(report.decisions).toEqual([
      expect.objectContaining({ version: 'v2', role: 'production', current_severity: 'healthy' }),
    ]);
    expect(report.items.filter((i) => i.kind === 'rollback')).toEqual([]);
    expect(report.items).toEqual([
      expect.objectContaining({
        kind: 'alert',
        outcome: 'closed',
        why: expect.stringMatching(/v2 is healthy/) as string,
      }),
    ]);
    const again = modelIn(await evaluate('--model', 'trader'), 'trader');
    expect(again.items).toEqual([]);
  });

  it('a rejected proposal is a no: it is not reopened while the evidence is the same', async () => {
    const id = modelIn(first, 'scalper').items.find((i) => i.kind === 'rollback')!.id!;
    await f.cliOk(['reject', id, '--reason', 'a known data feed outage']);
    expect(await f.git(['branch', '--list', 'modelgate/rollback/scalper'])).toBe('');
    const report = modelIn(await evaluate('--model', 'scalper'), 'scalper');
    const rollback = report.items.find((i) => i.kind === 'rollback');
    expect(rollback).toMatchObject({ outcome: 'left alone', id });
    expect(rollback!.why).toMatch(/was closed unmerged.*a no stands/);
    // The alert stays: the model is still degraded, and people should still know. It no longer
    // points at the rejected proposal; after that, the same evidence leaves it alone.
    expect(report.items.find((i) => i.kind === 'alert')).toMatchObject({ outcome: 'updated' });
    const again = modelIn(await evaluate('--model', 'scalper'), 'scalper');
    expect(again.items.map((i) => [i.kind, i.outcome])).toEqual([
      ['rollback', 'left alone'],
      ['alert', 'left alone'],
    ]);
  });

  it('when production changes by hand, the open proposal is closed with a comment saying why', async () => {
    const id = modelIn(first, 'swing').items.find((i) => i.kind === 'rollback')!.id!;
    await f.cliOk(['rollback', 'swing', 'v1', '--reason', 'back to the oldest by hand']);
    const report = modelIn(await evaluate('--model', 'swing'), 'swing');
    expect(report.items.find((i) => i.kind === 'rollback')).toMatchObject({
      outcome: 'closed',
      id,
      why: expect.stringContaining('production is now v1, changed outside this proposal') as string,
    });
    const proposal = (await f.cliOk(['proposals', id])).stdout;
    expect(proposal).toMatch(/^closed /m);
    expect(proposal).toContain('Closed by modelgate: swing production is now v1');
    expect(await f.git(['branch', '--list', 'modelgate/rollback/swing'])).toBe('');
  });
});
