// The required check on a pull request compares it with its base: a change may add versions and
// trades, promote, mark and tombstone, but never lose a version, rewrite what one is, bring a
// deleted one back, or remove a stored trade. Through the CLI (--base) and the bundled action
// run as the runner runs it on a pull_request event.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { actionOutput, runAction } from './helpers/action.js';
import { positionOf } from './helpers/files.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { ingestSeries } from './helpers/trades.js';

let f: RegistryFixture;
let base: string;
const V1 = 'registry/trader/versions/v1';
const MANIFEST = `${V1}/manifest.yaml`;

beforeAll(async () => {
  f = await registryFixture();
  await f.register('trader');
  await f.register('trader');
  await f.cliOk(['promote', 'trader', 'v1']);
  await ingestSeries(f, {
    model: 'trader',
    version: 'v1',
    first: 0,
    count: 40,
    winRate: 0.55,
    seed: 3,
  });
  base = (await f.git(['rev-parse', 'HEAD'])).trim();
}, 120_000);
afterAll(() => f.cleanup());
beforeEach(async () => {
  await f.git(['reset', '--quiet', '--hard', base]);
});

/** A hand-made change on a branch, as a pull request would bring it. */
async function handChange(edit: () => Promise<void>): Promise<string> {
  await edit();
  await f.git(['add', '--all']);
  await f.git(['commit', '--quiet', '-m', 'hand edit']);
  return (await f.git(['rev-parse', 'HEAD'])).trim();
}

async function verifyAgainstBase(): Promise<{ code: number; lines: string[] }> {
  const result = await f.cli(['verify', '--base', base]);
  return { code: result.code, lines: result.stdout.trimEnd().split('\n') };
}

async function tradeFile(): Promise<string> {
  const months = await readdir(join(f.clone, V1, 'trades'));
  const days = await readdir(join(f.clone, V1, 'trades', months[0]!));
  return `${V1}/trades/${months[0]}/${days[0]}`;
}

describe('verify --base: what a change did to what was stored', () => {
  it('an ordinary change passes: a new version, more trades, a mark, a note', async () => {
    await f.register('trader');
    await ingestSeries(f, {
      model: 'trader',
      version: 'v1',
      first: 40,
      count: 10,
      winRate: 0.55,
      seed: 4,
    });
    await f.cliOk(['mark', 'trader', 'v2', '--important']);
    const { code, lines } = await verifyAgainstBase();
    expect(lines.at(-1)).toBe('registry OK: 1 model, 3 versions checked');
    expect(code).toBe(0);
  });

  it('rewriting a backtest figure is refused on its line, though the result alone is valid', async () => {
    let text = '';
    await handChange(async () => {
      text = (await readFile(join(f.clone, MANIFEST), 'utf8')).replace(
        /sharpe: [\d.]+/,
        'sharpe: 3.5',
      );
      await writeFile(join(f.clone, MANIFEST), text);
    });
    expect((await f.cli(['verify'])).code).toBe(0);
    const { code, lines } = await verifyAgainstBase();
    expect(code).toBe(1);
    expect(lines[0]).toBe(
      `${MANIFEST}:${positionOf(text, 'sharpe: 3.5').line}:${positionOf(text, '3.5').column}: evaluation.sharpe: changed from what trader v1 was registered with; a version's evaluation never changes (register a new version instead)`,
    );
  });

  it('removing a version folder is refused: history stays readable', async () => {
    await handChange(() => rm(join(f.clone, 'registry/trader/versions/v2'), { recursive: true }));
    const { code, lines } = await verifyAgainstBase();
    expect(code).toBe(1);
    expect(lines[0]).toMatch(
      /^registry\/trader\/versions\/v2\/manifest\.yaml: trader v2 was removed: versions are never removed/,
    );
  });

  it('removing or rewriting one stored trade is refused', async () => {
    const path = await tradeFile();
    await handChange(async () => {
      const lines = (await readFile(join(f.clone, path), 'utf8')).split('\n');
      lines[1] = lines[1]!.replace(/"return":-?[\d.e-]+/, '"return":0.999');
      await writeFile(join(f.clone, path), lines.join('\n'));
    });
    const { code, lines } = await verifyAgainstBase();
    expect(code).toBe(1);
    expect(lines[0]).toBe(
      `${path}: a stored trade (line 2 before this change) was removed or rewritten: stored trades are never changed, only added to`,
    );
  });
});

describe('the action on a pull_request event (dist/action.js, command: verify)', () => {
  async function pullRequestEvent(): Promise<string> {
    const file = join(f.root, 'pull-request-event.json');
    const head = (await f.git(['rev-parse', 'HEAD'])).trim();
    await writeFile(
      file,
      JSON.stringify({
        action: 'synchronize',
        number: 7,
        pull_request: {
          number: 7,
          base: { ref: 'main', sha: base },
          head: { ref: 'edit', sha: head },
        },
      }),
    );
    return file;
  }

  it('a bad pull request fails, with an annotation on each file to fix', async () => {
    const path = await tradeFile();
    await handChange(async () => {
      const lines = (await readFile(join(f.clone, path), 'utf8')).split('\n');
      await writeFile(join(f.clone, path), lines.slice(1).join('\n'));
      await rm(join(f.clone, 'registry/trader/versions/v2'), { recursive: true });
    });
    const event = await pullRequestEvent();
    const run = await runAction(
      f,
      { command: 'verify' },
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error file=${path}::a stored trade (line 1 before this change) was removed or rewritten`,
    );
    expect(run.stdout).toContain(
      '::error file=registry/trader/versions/v2/manifest.yaml::trader v2 was removed',
    );
    expect(run.stdout).toContain('::error::registry verification failed');
    expect(actionOutput(run.outputs, 'errors')).toBe('2');
  });

  it('the same pull request, fixed: passes and says the change was checked', async () => {
    await ingestSeries(f, {
      model: 'trader',
      version: 'v1',
      first: 100,
      count: 5,
      winRate: 0.55,
      seed: 5,
    });
    const run = await runAction(
      f,
      { command: 'verify' },
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: await pullRequestEvent(),
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`(the change since ${base.slice(0, 10)} checked too)`);
  });
});
