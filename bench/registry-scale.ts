/**
 * Scale benchmark: times the modelgate CLI on a synthetic registry of 100 models × 100 versions
 * (>10,000 commits) against the raw git work a user would otherwise run by hand.
 *
 *   npx tsx bench/registry-scale.ts
 *
 * Each command gets one warm-up run, then RUNS timed runs; modelgate and its baseline alternate
 * so that a change in machine load hits both. A failing command fails the benchmark (exit 1);
 * a missed target is reported, not hidden, but does not change the exit code.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { markdownTable } from 'markdown-table';
import { CommandFailed, git, LS_TREE_ARGS, parseLsTree, readBlobs, run } from './git.js';
import {
  ensureSyntheticRegistry,
  type ProductionChange,
  type SyntheticRegistry,
} from './synthetic-registry.js';

const RUNS = 5;
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

interface Case {
  command: string;
  args: string[];
  targetMs: number;
  /** What a user would run by hand to get the same answer from git. */
  baselineDescription: string;
  baseline: () => Promise<void>;
}

interface Timing {
  median: number;
  min: number;
}

interface Result {
  testCase: Case;
  modelgate?: Timing;
  baseline?: Timing;
  failure?: string;
}

async function main(): Promise<number> {
  const loadAtStart = loadavg();
  console.log('modelgate scale benchmark\n');

  const registry = await ensureSyntheticRegistry((line) => console.log(line));
  const { facts, repo } = registry;
  console.log(
    registry.reused
      ? `registry: reused ${repo} (generated earlier in ${facts.generationSeconds.toFixed(1)} s)`
      : `registry: generated ${repo} in ${facts.generationSeconds.toFixed(1)} s`,
  );

  const at = middleOfHistory(facts.sampleProductionChanges);
  const cases = benchmarkCases(registry, at.time);
  const cpus = await processorCount(registry);
  console.log(`
facts:
  commits            ${facts.commits.toLocaleString('en-US')} on main (${facts.firstCommitTime} … ${facts.lastCommitTime})
  models             ${facts.models}
  versions           ${facts.versions.toLocaleString('en-US')} (${facts.promotions} promotions, ${facts.rollbacks} rollbacks)
  at query           ${facts.sampleModel} at ${at.time}: production then was ${at.production ?? 'none'}
  node               ${process.version}
  nproc              ${cpus}
  load average       ${loadAtStart.map((load) => load.toFixed(2)).join(' ')} (1, 5, 15 min, at start)
  runs               1 warm-up + ${RUNS} timed per command; wall time from spawn to exit
`);

  const cliPresent = existsSync(CLI);
  if (!cliPresent)
    console.log(`dist/cli.js missing: run npm run build (measuring the baselines only)\n`);

  const results: Result[] = [];
  for (const testCase of cases) {
    process.stdout.write(`measuring ${testCase.command} …\n`);
    const modelgate = cliPresent ? () => runCli(registry, testCase.args) : undefined;
    results.push(await measureCase(testCase, modelgate));
  }

  console.log(`\n${resultTable(results)}\n`);
  console.log('baselines (git alone, started from this process, output read in full):');
  for (const { command, baselineDescription } of cases)
    console.log(`  ${command.padEnd(12)} ${baselineDescription}`);
  console.log(
    '\nreference, quoted and not measured here: GTO (iterative/gto issue #156) reports that with ~1,500 git tags' +
      '\n"most of the commands will take 6-12 seconds".',
  );

  const failures = results.filter((result) => result.failure);
  for (const { testCase, failure } of failures)
    console.error(`\nFAILED: ${testCase.command}\n${failure}`);
  if (!cliPresent) {
    console.error('\ndist/cli.js missing: run npm run build. Only the baselines were measured.');
    return 1;
  }
  return failures.length ? 1 : 0;
}

function benchmarkCases(registry: SyntheticRegistry, atTime: string): Case[] {
  const { repo, env, facts } = registry;
  const model = facts.sampleModel;
  const options = { cwd: repo, env };
  const readAllManifests = async (): Promise<void> => {
    const entries = parseLsTree((await git(LS_TREE_ARGS, options)).toString('utf8'));
    const manifests = entries.filter((entry) => entry.path.endsWith('/manifest.yaml'));
    const texts = await readBlobs(
      manifests.map((entry) => entry.blob),
      options,
    );
    if (texts.size !== facts.versions) {
      throw new Error(`baseline read ${texts.size} manifests; the registry has ${facts.versions}`);
    }
  };
  const manifestsBaseline = `git ${LS_TREE_ARGS.join(' ')} + git cat-file --batch of every manifest.yaml`;
  const historyArgs = ['log', '--format=%H%x09%aI%x09%s', '--', `registry/${model}`];
  const atArgs = ['log', '--format=%H%x09%cI', '--', `registry/${model}/deployment.yaml`];
  return [
    {
      command: 'list --json',
      args: ['list', '--json'],
      targetMs: 1000,
      baselineDescription: manifestsBaseline,
      baseline: readAllManifests,
    },
    {
      command: 'verify',
      args: ['verify'],
      targetMs: 3000,
      baselineDescription: manifestsBaseline,
      baseline: readAllManifests,
    },
    {
      command: 'history',
      args: ['history', model],
      targetMs: 1000,
      baselineDescription: `git ${historyArgs.join(' ')}`,
      baseline: async () => void (await git(historyArgs, options)),
    },
    {
      command: 'at',
      args: ['at', model, atTime],
      targetMs: 1000,
      baselineDescription: `git ${atArgs.join(' ')}`,
      baseline: async () => void (await git(atArgs, options)),
    },
  ];
}

/** Runs `node dist/cli.js …` in the registry; its output is read and dropped. */
async function runCli(registry: SyntheticRegistry, args: readonly string[]): Promise<void> {
  const result = await run(process.execPath, [CLI, ...args], {
    cwd: registry.repo,
    env: registry.env,
  });
  if (result.code !== 0) throw new CommandFailed(result);
}

/** One warm-up each, then RUNS rounds alternating modelgate and baseline. */
async function measureCase(
  testCase: Case,
  modelgate: (() => Promise<void>) | undefined,
): Promise<Result> {
  const samples = { modelgate: [] as number[], baseline: [] as number[] };
  const steps: [number[], () => Promise<void>][] = [[samples.baseline, testCase.baseline]];
  if (modelgate) steps.unshift([samples.modelgate, modelgate]);
  try {
    for (const [, step] of steps) await step();
    for (let round = 0; round < RUNS; round++) {
      for (const [times, step] of steps) {
        const start = performance.now();
        await step();
        times.push(performance.now() - start);
      }
    }
  } catch (thrown) {
    return { testCase, failure: thrown instanceof Error ? thrown.message : String(thrown) };
  }
  return {
    testCase,
    modelgate: modelgate ? summarize(samples.modelgate) : undefined,
    baseline: summarize(samples.baseline),
  };
}

function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2
      ? (sorted[middle] ?? Number.NaN)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? Number.NaN };
}

function resultTable(results: readonly Result[]): string {
  const ms = (value: number | undefined): string =>
    value === undefined ? '—' : value >= 100 ? value.toFixed(0) : value.toFixed(1);
  const rows = results.map(({ testCase, modelgate, baseline, failure }) => {
    const verdict = failure
      ? 'FAILED'
      : !modelgate
        ? 'not run'
        : modelgate.median < testCase.targetMs
          ? 'PASS'
          : 'MISS';
    const ratio =
      modelgate && baseline ? `${(modelgate.median / baseline.median).toFixed(1)}×` : '—';
    return [
      testCase.command,
      ms(modelgate?.median),
      ms(modelgate?.min),
      ms(baseline?.median),
      ms(baseline?.min),
      ratio,
      `< ${testCase.targetMs}`,
      verdict,
    ];
  });
  const header = [
    'command',
    'modelgate median (ms)',
    'modelgate min (ms)',
    'baseline median (ms)',
    'baseline min (ms)',
    'modelgate/baseline',
    'target (ms)',
    'result',
  ];
  return markdownTable([header, ...rows], { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'] });
}

/**
 * A time in the middle of the sample model's history, halfway between two production changes,
 * so the answer is unambiguous: the production set by the earlier change.
 */
function middleOfHistory(changes: readonly ProductionChange[]): {
  time: string;
  production: string | null;
} {
  const index = Math.max(0, Math.floor((changes.length - 2) / 2));
  const before = changes[index];
  const after = changes[index + 1];
  if (!before || !after) throw new Error('the sample model has fewer than two production changes');
  const middle = (Date.parse(before.time) + Date.parse(after.time)) / 2;
  return {
    time: new Date(Math.floor(middle / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
    production: before.production,
  };
}

async function processorCount(registry: Pick<SyntheticRegistry, 'repo' | 'env'>): Promise<string> {
  const result = await run('nproc', [], { cwd: registry.repo, env: registry.env }).catch(
    () => undefined,
  );
  return result?.code === 0
    ? result.stdout.toString().trim()
    : `${availableParallelism()} (os.availableParallelism)`;
}

process.exitCode = await main().catch((thrown: unknown) => {
  console.error(thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown));
  return 1;
});
