import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { runBundledCli } from './helpers/bundle.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import type { RepoState } from './helpers/git.js';

let f: RegistryFixture;
let before: RepoState;
let fileCounter = 0;

interface Trade {
  trade_id: string;
  model: string;
  version: string;
  closed_at: string;
  return: number | string;
  mode: string;
  [extra: string]: unknown;
}

const trade = (
  id: string,
  closedAt: string,
  ret: number | string,
  extra: Partial<Trade> = {},
): Trade => ({
  trade_id: id,
  model: 'trader',
  version: 'v1',
  closed_at: closedAt,
  return: ret,
  mode: 'live',
  ...extra,
});

async function upload(name: string, content: string | Buffer): Promise<string> {
  const file = join(f.inputs, `${++fileCounter}-${name}`);
  await writeFile(file, content);
  return file;
}
const jsonl = (trades: Trade[]): string => trades.map((t) => JSON.stringify(t)).join('\n') + '\n';
const DAY_ONE = 'registry/trader/versions/v1/trades/2026-09/2026-09-01.jsonl';

beforeAll(async () => {
  f = await registryFixture();
  await f.register('trader');
  await f.register('trader');
  await f.cliOk(['promote', 'trader', 'v1']);
  const first = await upload(
    'first.jsonl',
    jsonl([
      trade('A1', '2026-09-01T10:00:00Z', 0.01, { symbol: 'ES' }),
      trade('A2', '2026-09-01T09:00:00Z', -0.02),
      trade('A3', '2026-09-02T10:00:00+02:00', 0.03),
    ]),
  );
  await f.cliOk(['ingest', first]);
});
afterAll(() => f.cleanup());
beforeEach(async () => {
  before = await f.state();
});

describe('ingest stores trades', () => {
  it('one file per version and UTC day, in time order, with extra fields kept', async () => {
    const day = await f.git(['show', `HEAD:${DAY_ONE}`]);
    expect(day).toBe(
      '{"trade_id":"A2","model":"trader","version":"v1","closed_at":"2026-09-01T09:00:00Z","return":-0.02,"mode":"live"}\n' +
        '{"trade_id":"A1","model":"trader","version":"v1","closed_at":"2026-09-01T10:00:00Z","return":0.01,"mode":"live","symbol":"ES"}\n',
    );
    // 10:00+02:00 is 08:00 UTC on the 2nd.
    expect(
      await f.git(['show', 'HEAD:registry/trader/versions/v1/trades/2026-09/2026-09-02.jsonl']),
    ).toContain('"A3"');
    expect((await f.cliOk(['verify'])).stdout).toContain('registry OK');
  });

  it('commits with a structured message, pushed to origin', async () => {
    const log = await f.git([
      'log',
      '-1',
      '--format=%s%n%(trailers)',
      'origin/main',
      '--',
      'registry/trader/versions/v1/trades',
    ]);
    expect(log).toContain('modelgate: ingest 3 trades for trader v1');
    expect(log).toContain(
      'Modelgate-Action: ingest\nModelgate-Model: trader\nModelgate-Version: v1',
    );
  });

  it('re-uploading the same trades changes nothing, in any format', async () => {
    const again = await upload(
      'again.jsonl',
      jsonl([trade('A1', '2026-09-01T10:00:00Z', 0.01, { symbol: 'ES' })]),
    );
    expect((await f.cliOk(['ingest', again])).stdout).toBe(
      `${again}: nothing new: all 1 trade already stored\n`,
    );
    const csv = await upload(
      'again.csv',
      'trade_id,model,version,closed_at,return,mode\nA2,trader,v1,2026-09-01T11:00:00+02:00,-0.02,live\n',
    );
    expect((await f.cliOk(['ingest', csv])).stdout).toContain('nothing new');
    expect(await f.state()).toEqual(before);
  });

  it('CSV and JSON arrays are stored exactly like JSON Lines', async () => {
    const csv = await upload(
      'new.csv',
      'trade_id,model,version,closed_at,return,mode,pnl\r\nC1,trader,v1,2026-09-03T10:00:00Z,0.004,live,40\r\n',
    );
    const array = await upload(
      'new.json',
      JSON.stringify([trade('J1', '2026-09-03T11:00:00Z', -0.001, { pnl: -10 })]),
    );
    const result = await f.cliOk(['ingest', csv]);
    expect(result.stdout).toMatch(
      /stored 1 new trade \(commit [0-9a-f]{10}\); 0 already stored\n {2}trader v1: 1 trade, 2026-09-03\n/,
    );
    await f.cliOk(['ingest', array]);
    expect(
      await f.git(['show', 'HEAD:registry/trader/versions/v1/trades/2026-09/2026-09-03.jsonl']),
    ).toBe(
      '{"trade_id":"C1","model":"trader","version":"v1","closed_at":"2026-09-03T10:00:00Z","return":0.004,"pnl":40,"mode":"live"}\n' +
        '{"trade_id":"J1","model":"trader","version":"v1","closed_at":"2026-09-03T11:00:00Z","return":-0.001,"pnl":-10,"mode":"live"}\n',
    );
  });
});

describe('ingest refuses, storing nothing', () => {
  async function refused(
    content: string | Buffer,
    name = 'bad.jsonl',
    args: string[] = [],
  ): Promise<string> {
    const file = await upload(name, content);
    const result = await f.cli(['ingest', file, ...args]);
    expect(result.code).toBe(1);
    expect(await f.state()).toEqual(before);
    return result.stderr.replaceAll(file, '<file>');
  }

  it('the same trade id with different content, on the same day', async () => {
    expect(await refused(jsonl([trade('A1', '2026-09-01T10:00:00Z', 0.05)]))).toBe(
      'modelgate ingest: <file>: trades already stored with different content; nothing was stored\n' +
        '  <file>:1: trade_id: trade A1 of trader v1 is already stored with different content (return 0.01 stored, 0.05 uploaded)\n',
    );
  });

  it('the same trade id stored on another day', async () => {
    expect(
      await refused(
        jsonl([
          trade('ok', '2026-09-05T10:00:00Z', 0.01),
          trade('A1', '2026-09-04T10:00:00Z', 0.01),
        ]),
      ),
    ).toContain(
      `<file>:2: trade_id: trade A1 of trader v1 is already stored in ${DAY_ONE} with different content (closed_at "2026-09-01T10:00:00Z" stored, "2026-09-04T10:00:00Z" uploaded)`,
    );
  });

  it('the same trade id twice in one upload, on different days', async () => {
    expect(
      await refused(
        jsonl([
          trade('D1', '2026-09-06T10:00:00Z', 0.01),
          trade('D1', '2026-09-07T10:00:00Z', 0.01),
        ]),
      ),
    ).toContain(
      '<file>:2: trade_id: trade D1 of trader v1 also appears on line 1 with different content',
    );
  });

  it('NaN, Infinity and text in numeric fields; times without offset or impossible', async () => {
    const csv =
      'trade_id,model,version,closed_at,return,mode,pnl\n' +
      'N1,trader,v1,2026-09-08T10:00:00Z,NaN,live,\n' +
      'N2,trader,v1,2026-09-08T10:00:00Z,0.01,live,Infinity\n' +
      'N3,trader,v1,2026-09-08 10:00:00,0.01,live,\n' +
      'N4,trader,v1,2026-09-31T10:00:00Z,0.01,live,\n';
    expect(await refused(csv, 'bad.csv')).toBe(
      'modelgate ingest: <file>: 4 invalid records; nothing was stored (use --skip-invalid to store the valid ones)\n' +
        '  <file>:2: return: expected number, found the text "NaN"\n' +
        '  <file>:3: pnl: expected number or null, found the text "Infinity"\n' +
        '  <file>:4: closed_at: expected an ISO 8601 time with offset, e.g. 2026-03-01T10:00:00Z, found the text "2026-09-08 10:00:00"\n' +
        '  <file>:5: closed_at: expected a real calendar date, found "2026-09-31T10:00:00Z"\n',
    );
  });

  it('trades for a model or version the registry does not have', async () => {
    const stderr = await refused(
      jsonl([
        trade('U1', '2026-09-08T10:00:00Z', 0.01, { model: 'ghost' }),
        trade('U2', '2026-09-08T10:00:00Z', 0.01, { version: 'v9' }),
      ]),
    );
    expect(stderr).toContain(
      '<file>:1: version: trade for an unknown version: no model named ghost in the registry',
    );
    expect(stderr).toContain(
      '<file>:2: version: trade for an unknown version: trader has no version v9',
    );
  });

  it('an empty file, a header-only CSV, a file that is not UTF-8', async () => {
    expect(await refused('', 'empty.jsonl')).toBe(
      'modelgate ingest: <file>: the file is empty; nothing was stored\n',
    );
    expect(await refused('trade_id,model,version,closed_at,return,mode\n', 'header.csv')).toBe(
      'modelgate ingest: <file>: no trades in the file; nothing was stored\n',
    );
    const latin1 = Buffer.concat([
      Buffer.from('{"trade_id":"caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n'),
    ]);
    expect(await refused(latin1, 'latin1.jsonl')).toMatch(
      /^modelgate ingest: <file>:1: not UTF-8 text \(invalid bytes at byte \d+\)/,
    );
  });

  it('a line that is not JSON names its line', async () => {
    expect(
      await refused(
        `${JSON.stringify(trade('B1', '2026-09-08T10:00:00Z', 0.01))}\n{"trade_id": \n`,
      ),
    ).toMatch(/<file>:2: not valid JSON/);
  });
});

describe('--skip-invalid', () => {
  it('stores the valid records and lists each skipped line', async () => {
    const file = await upload(
      'mixed.jsonl',
      jsonl([
        trade('S1', '2026-09-09T10:00:00Z', 0.01),
        trade('S2', '2026-09-09T11:00:00Z', 'oops'),
        trade('S3', '2026-09-09T12:00:00Z', 0.02, { version: 'v9' }),
      ]),
    );
    const result = await f.cliOk(['ingest', file, '--skip-invalid']);
    expect(result.stdout.replaceAll(file, '<file>')).toMatch(
      /stored 1 new trade .*\n {2}trader v1: 1 trade, 2026-09-09\nskipped invalid records:\n {2}<file>:2: return: expected number, found the text "oops"\n {2}<file>:3: version: trade for an unknown version: trader has no version v9\n$/,
    );
    expect(
      await f.git(['show', 'HEAD:registry/trader/versions/v1/trades/2026-09/2026-09-09.jsonl']),
    ).toContain('"S1"');
  });
});

describe('two bots uploading at once', () => {
  it('both land, and every trade is stored exactly once', async () => {
    const bob = await f.newClone('bob');
    const carol = await f.newClone('carol');
    const batch = (prefix: string): Trade[] =>
      Array.from({ length: 50 }, (_, i) =>
        trade(
          `${prefix}${i}`,
          `2026-09-10T${String(10 + (i % 10)).padStart(2, '0')}:0${i % 10}:00Z`,
          0.001 * (i - 25),
        ),
      );
    const overlap = trade('SHARED', '2026-09-10T09:00:00Z', 0.002);
    const files = await Promise.all([
      upload('bob.jsonl', jsonl([...batch('BOB-'), overlap])),
      upload('carol.jsonl', jsonl([...batch('CAROL-'), overlap])),
    ]);
    const results = await Promise.all([
      runBundledCli(['ingest', files[0]], { cwd: bob, env: f.env }),
      runBundledCli(['ingest', files[1]], { cwd: carol, env: f.env }),
    ]);
    expect(results.map((r) => (r.code === 0 ? 0 : r.stderr))).toEqual([0, 0]);
    await f.git(['pull', '--quiet', '--ff-only']);
    const day = await readFile(
      join(f.clone, 'registry/trader/versions/v1/trades/2026-09/2026-09-10.jsonl'),
      'utf8',
    );
    const ids = day
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as Trade).trade_id);
    expect(ids.length).toBe(101);
    expect(new Set(ids).size).toBe(101);
  });
});

describe('metrics', () => {
  it('reads the stored trades back: production first, with the backtest beside it', async () => {
    const result = JSON.parse(
      (await f.cliOk(['metrics', 'trader', '--json', '--since', '2026-09-01'])).stdout,
    ) as {
      versions: {
        version: string;
        role: string;
        metrics: { trades: number; wins: number };
        backtest: { sharpe: number };
      }[];
    };
    expect(result.versions.map((v) => [v.version, v.role])).toEqual([['v1', 'production']]);
    expect(result.versions[0]!.metrics.trades).toBeGreaterThan(100);
    expect(result.versions[0]!.backtest.sharpe).toBeTypeOf('number');
    const text = (await f.cliOk(['metrics', 'trader', '--version', 'v1', '--since', '2026-09-02']))
      .stdout;
    expect(text).toMatch(/^trader v1 \(production\), live trades since 2026-09-02T00:00:00.000Z/);
    expect(text).toContain('max drawdown (compounded)');
  });

  it('a version with no trades says so', async () => {
    expect((await f.cliOk(['metrics', 'trader', '--version', 'v2'])).stdout).toContain(
      'no trades yet',
    );
  });
});

describe('progress for a person watching a long upload', () => {
  it('shows how much is read on stderr when it is a terminal, then that it is storing', async () => {
    // One trade with a large extra field: a 21 MB upload that ingests quickly.
    const big = trade('BIG-1', '2026-09-20T10:00:00Z', 0.01, { note: 'x'.repeat(21_000_000) });
    const file = await upload('big.jsonl', `${JSON.stringify(big)}\n`);
    let stderr = '';
    const code = await runCli(['ingest', file], {
      cwd: f.clone,
      env: f.env,
      stdout: () => undefined,
      stderr: (text) => {
        stderr += text;
      },
      stderrIsTerminal: true,
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(/\rmodelgate ingest: 1\.0 MB of 21\.0 MB \(4%\)/);
    expect(stderr).toMatch(/\rmodelgate ingest: 21\.0 MB of 21\.0 MB \(100%\); storing…\n$/);
  });

  it('stays quiet when stderr is not a terminal (CI logs)', async () => {
    const file = await upload(
      'quiet.jsonl',
      `${JSON.stringify(trade('Q-1', '2026-09-21T10:00:00Z', 0.01, { note: 'y'.repeat(21_000_000) }))}\n`,
    );
    expect((await f.cliOk(['ingest', file])).stderr).toBe('');
  });
});
