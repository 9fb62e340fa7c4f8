/**
 * Ingest at scale: memory and throughput, each against a baseline measured in the same run.
 *
 *   npx tsx bench/ingest/run.ts                 # 1,000,000 trades (about 140 MB)
 *   npx tsx bench/ingest/run.ts --gigabyte      # about 7.5 million trades, a 1 GB upload
 *
 * 1. Memory: `modelgate ingest` (the built dist/cli.js, a real process) on the upload, its peak
 *    RSS from /usr/bin/time; again with the heap capped at 256 MB, which succeeds only if the
 *    live set is bounded rather than the size of the file.
 * 2. Throughput: computing metrics and the drift decision for every stored trade, against merely
 *    reading the upload and JSON.parse-ing it line by line.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { cloneOrigin, createSandbox } from '../../src/demo/sandbox.js';
import { openRepo } from '../../src/git/repository.js';
import { driftDecisions } from '../../src/registry/drift.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const WORK = join(ROOT, 'bench/.work/ingest');
const gigabyte = process.argv.includes('--gigabyte');
const TRADES = gigabyte ? 7_500_000 : 1_000_000;

/** Deterministic trades: one version, a few hundred a day over years, Sharpe about 1. */
async function writeUpload(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  let time = Date.parse('2020-01-06T00:00:00Z');
  for (let i = 0; i < count; i++) {
    time += Math.floor(random() * 120_000);
    const ret = ((random() + random() + random() - 1.5) * 0.02 + 0.0008).toFixed(6);
    const line = `{"trade_id":"T${i}","model":"trader","version":"v1","closed_at":"${new Date(time).toISOString()}","return":${ret},"mode":"live","symbol":"ES"}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function timed(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): { seconds: number; peakKb: number } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...args], {
    cwd,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  const [seconds, peakKb] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: seconds!, peakKb: peakKb! };
}

async function freshRegistry(name: string): Promise<{ clone: string; env: NodeJS.ProcessEnv }> {
  const dir = join(WORK, name);
  await rm(dir, { recursive: true, force: true });
  const sandbox = await createSandbox(dir);
  const clone = await cloneOrigin(sandbox, 'registry');
  const run = (...args: string[]): void => {
    const result = spawnSync(process.execPath, [CLI, ...args], {
      cwd: clone,
      env: sandbox.env,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
  };
  run('init');
  const metrics = join(dir, 'backtest.json');
  await import('node:fs/promises').then((fs) =>
    fs.writeFile(
      metrics,
      JSON.stringify({
        period: { start: '2019-01-01', end: '2019-12-31' },
        trades: 1000,
        win_rate: 0.52,
        sharpe: 1.1,
        max_drawdown: 0.1,
        total_return: 0.2,
      }),
    ),
  );
  run('register', 'trader', '--artifact', metrics, '--metrics', metrics);
  run('promote', 'trader', 'v1');
  return { clone, env: sandbox.env };
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js missing: run npm run build');
  if (!existsSync('/usr/bin/time'))
    throw new Error('/usr/bin/time is needed to read peak memory: apt-get install time');
  await mkdir(WORK, { recursive: true });
  const upload = join(WORK, `trades-${TRADES}.jsonl`);
  if (!existsSync(upload)) {
    process.stdout.write(`writing ${TRADES.toLocaleString('en')} trades to ${upload} …\n`);
    await writeUpload(upload, TRADES);
  }
  const bytes = (await stat(upload)).size;
  process.stdout.write(
    `upload: ${TRADES.toLocaleString('en')} trades, ${(bytes / 1e6).toFixed(0)} MB; node ${process.version}\n\n`,
  );

  const first = await freshRegistry('registry-a');
  const ingest = timed([process.execPath, CLI, 'ingest', upload], first.clone, first.env);
  const again = timed([process.execPath, CLI, 'ingest', upload], first.clone, first.env);
  const capped = await freshRegistry('registry-b');
  const cappedRun = timed(
    [process.execPath, '--max-old-space-size=256', CLI, 'ingest', upload],
    capped.clone,
    capped.env,
  );

  // Throughput, in this process: the baseline reads the upload and parses each line.
  const baselineStart = performance.now();
  let parsed = 0;
  for await (const line of createInterface({
    input: createReadStream(upload),
    crlfDelay: Infinity,
  })) {
    if (line) {
      JSON.parse(line);
      parsed++;
    }
  }
  const baselineSeconds = (performance.now() - baselineStart) / 1000;
  // The drift decision reads every stored trade once, computing the live metrics and running the
  // degradation monitor as it goes: the work `modelgate drift` does.
  const decisionsStart = performance.now();
  const repo = await openRepo(first.clone, { env: first.env });
  const [decision] = await driftDecisions(repo, { model: 'trader' });
  const decisionsSeconds = (performance.now() - decisionsStart) / 1000;
  if (decision?.live.trades !== parsed)
    throw new Error(`decided on ${decision?.live.trades} trades, uploaded ${parsed}`);

  const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;
  process.stdout.write(
    [
      '| measurement | time | peak RSS | note |',
      '| :-- | --: | --: | :-- |',
      `| ingest (first upload) | ${ingest.seconds.toFixed(1)} s | ${mb(ingest.peakKb)} | ${(bytes / 1e6 / ingest.seconds).toFixed(1)} MB/s |`,
      `| ingest again (all duplicates) | ${again.seconds.toFixed(1)} s | ${mb(again.peakKb)} | no commit |`,
      `| ingest, heap capped at 256 MB | ${cappedRun.seconds.toFixed(1)} s | ${mb(cappedRun.peakKb)} | peak RSS / upload size: ${((cappedRun.peakKb * 1024) / bytes).toFixed(2)} |`,
      `| baseline: read + JSON.parse each line of the upload | ${baselineSeconds.toFixed(2)} s | | ${parsed.toLocaleString('en')} lines |`,
      `| metrics and drift decision over every stored trade | ${decisionsSeconds.toFixed(2)} s | | ratio to baseline: ${(decisionsSeconds / baselineSeconds).toFixed(2)}× (target ≤ 2×); decision: ${decision.severity} |`,
      '',
    ].join('\n'),
  );
}

await main();
