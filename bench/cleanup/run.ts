/**
 * Retention plan benchmark: `planRetention` on 100 models × 100 versions, against building the
 * snapshot of the same tree with `buildSnapshot` (the work every command already does before it
 * can plan anything), both measured in this run on the same in-memory tree.
 *
 *   npx tsx bench/cleanup/run.ts
 *
 * No git: the tree listing and blob texts are generated in memory (seeded, so every run plans
 * the same registry). One warm-up each, then RUNS rounds alternating plan and baseline so that a
 * change in machine load hits both. Target: plan median < 1000 ms. A miss is reported, not
 * hidden, and does not change the exit code; a crash or an invalid tree exits 1.
 */
import { availableParallelism, loadavg } from 'node:os';
import { markdownTable } from 'markdown-table';
import { artifactPath, deploymentPath, manifestPath, POLICY_PATH } from '../../src/core/layout.js';
import { formatLfsPointer, type LfsPointer } from '../../src/core/lfs-pointer.js';
import { defaultPolicyYaml, formatBytes } from '../../src/core/policy.js';
import { planRetention, usage } from '../../src/core/retention/index.js';
import { buildSnapshot, entriesToRead, type TreeEntry } from '../../src/core/snapshot.js';
import type { DeploymentState, VersionManifest, VersionStatus } from '../../src/core/types.js';
import { toYaml } from '../../src/core/yaml-file.js';
import { mulberry32 } from '../synthetic-registry.js';

const MODELS = 100;
const VERSIONS_PER_MODEL = 100;
const RUNS = 7;
const TARGET_MS = 1000;
const SEED = 0x636c_6e75; // "clnu"
const NOW = new Date('2026-11-24T00:00:00Z');
/** About one version an hour, round-robin, so each model's newest week or so is younger than 30 days. */
const START_MS = NOW.getTime() - MODELS * VERSIONS_PER_MODEL * 3_600_000 - 3 * 86_400_000;

interface SyntheticTree {
  entries: TreeEntry[];
  texts: Map<string, string>;
  everInProduction: Map<string, Set<string>>;
  facts: { tombstones: number; sharedModelFiles: number; promotions: number };
}

/**
 * Per model: ~every 10th version promoted (the last promotion is production, the one before its
 * previous_production), 2% important, 3% archived, 2% degraded, 3% tombstones; one paper
 * version on every tenth model and an A/B test on every twentieth. Each version stores a 5–80 MB
 * model and the model's shared 2 kB scaler; one in ten reuses its parent's model file (a config
 * change), so shared objects are exercised.
 */
function syntheticTree(): SyntheticTree {
  const next = mulberry32(SEED);
  const between = (min: number, max: number): number => min + (max - min) * next();
  const hex = (): string => {
    let text = '';
    while (text.length < 64)
      text += Math.floor(next() * 2 ** 32)
        .toString(16)
        .padStart(8, '0');
    return text.slice(0, 64);
  };
  const round = (value: number, digits: number): number => Number(value.toFixed(digits));
  const entries: TreeEntry[] = [];
  const texts = new Map<string, string>();
  const add = (path: string, text: string): void => {
    const blob = `b${entries.length}`;
    entries.push({ path, mode: '100644', blob, size: Buffer.byteLength(text) });
    texts.set(blob, text);
  };
  const everInProduction = new Map<string, Set<string>>();
  const facts = { tombstones: 0, sharedModelFiles: 0, promotions: 0 };
  add(POLICY_PATH, defaultPolicyYaml());

  for (let m = 0; m < MODELS; m++) {
    const model = `model-${String(m).padStart(3, '0')}`;
    const promoted: string[] = [];
    const scaler: LfsPointer = { sha256: hex(), size: 2_000 };
    let parentModelFile: LfsPointer | undefined;
    for (let n = 1; n <= VERSIONS_PER_MODEL; n++) {
      const version = `v${n}`;
      const created = new Date(START_MS + ((n - 1) * MODELS + m) * 3_600_000);
      const roll = next();
      const status: VersionStatus =
        roll < 0.03 ? 'deleted' : roll < 0.06 ? 'archived' : roll < 0.08 ? 'degraded' : 'active';
      const reuse = parentModelFile !== undefined && next() < 0.1;
      const modelFile: LfsPointer =
        reuse && parentModelFile
          ? parentModelFile
          : { sha256: hex(), size: Math.floor(between(5e6, 80e6)) };
      if (reuse) facts.sharedModelFiles++;
      parentModelFile = modelFile;
      const sharpe = round(between(0.3, 2.2), 3);
      const manifest: VersionManifest = {
        schema_version: 1,
        model,
        version,
        created_at: created.toISOString().replace('.000Z', 'Z'),
        created_by: 'retrain-bot@desk.example',
        parent: n > 1 ? `v${n - 1}` : null,
        status,
        important: status !== 'deleted' && next() < 0.02,
        artifacts: [
          { path: 'artifacts/model.onnx', ...modelFile },
          { path: 'artifacts/scaler.json', ...scaler },
        ],
        evaluation: {
          period: { start: '2023-01-01', end: created.toISOString().slice(0, 10) },
          trades: Math.floor(between(400, 6000)),
          win_rate: round(between(0.47, 0.6), 4),
          sharpe,
          sortino: round(sharpe * between(1.1, 1.6), 3),
          max_drawdown: round(between(0.03, 0.25), 4),
          total_return: round(sharpe * between(0.05, 0.25) - 0.02, 4),
        },
        ...(status === 'deleted'
          ? { deleted: { at: NOW.toISOString().replace('.000Z', 'Z'), proposal: '#1' } }
          : {}),
      };
      add(manifestPath(model, version), toYaml(manifest));
      if (status === 'deleted') {
        facts.tombstones++;
        continue;
      }
      add(artifactPath(model, version, 'artifacts/model.onnx'), formatLfsPointer(modelFile));
      add(artifactPath(model, version, 'artifacts/scaler.json'), formatLfsPointer(scaler));
      if (status === 'active' && n <= 95 && next() < 0.1) promoted.push(version);
    }
    facts.promotions += promoted.length;
    everInProduction.set(model, new Set(promoted));
    const production = promoted.at(-1) ?? null;
    const deployment: DeploymentState = {
      schema_version: 1,
      model,
      production,
      previous_production: promoted.at(-2) ?? null,
      ...(m % 10 === 3
        ? { paper_trading: [{ version: 'v99', started_at: '2026-11-20T00:00:00Z' }] }
        : {}),
      ...(m % 20 === 7 && production
        ? {
            ab_test: {
              control: production,
              candidate: 'v98',
              split: { control: 80, candidate: 20 },
              started_at: '2026-11-15T00:00:00Z',
            },
          }
        : {}),
    };
    add(deploymentPath(model), toYaml(deployment));
  }
  return { entries, texts, everInProduction, facts };
}

interface Timing {
  median: number;
  min: number;
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

function main(): number {
  const loadAtStart = loadavg();
  const generated = performance.now();
  const tree = syntheticTree();
  const toRead = entriesToRead(tree.entries);
  const textOf = (blob: string): string | undefined => tree.texts.get(blob);
  const build = () => buildSnapshot(tree.entries, textOf);
  const snapshot = build();
  const errors = snapshot.problems.filter((problem) => problem.severity === 'error');
  if (errors.length) {
    console.error(`the synthetic tree has ${errors.length} problems, e.g.`, errors.slice(0, 5));
    return 1;
  }
  const plan = () => planRetention({ snapshot, now: NOW, everInProduction: tree.everInProduction });
  const generationMs = performance.now() - generated;

  const samples = { plan: [] as number[], baseline: [] as number[], usage: [] as number[] };
  plan();
  build();
  usage(snapshot);
  for (let round = 0; round < RUNS; round++) {
    let start = performance.now();
    plan();
    samples.plan.push(performance.now() - start);
    start = performance.now();
    build();
    samples.baseline.push(performance.now() - start);
    start = performance.now();
    usage(snapshot);
    samples.usage.push(performance.now() - start);
  }
  const result = plan();
  const disk = usage(snapshot);
  const timings = {
    plan: summarize(samples.plan),
    baseline: summarize(samples.baseline),
    usage: summarize(samples.usage),
  };

  const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
  const ratio = (timing: Timing): string =>
    `${(timing.median / timings.baseline.median).toFixed(2)}×`;
  const reasons = new Map<string, number>();
  for (const version of result.candidates)
    for (const reason of version.candidateReasons)
      reasons.set(reason.code, (reasons.get(reason.code) ?? 0) + 1);

  console.log(`modelgate retention plan benchmark

facts:
  tree               ${tree.entries.length.toLocaleString('en-US')} entries (${toRead.length.toLocaleString('en-US')} read), generated and checked in ${ms(generationMs)} ms
  models × versions  ${MODELS} × ${VERSIONS_PER_MODEL} (${tree.facts.tombstones} tombstones, ${tree.facts.promotions} promotions, ${tree.facts.sharedModelFiles} versions reusing the parent's model file)
  now                ${NOW.toISOString()}
  node               ${process.version}
  cores              ${availableParallelism()}
  load average       ${loadAtStart.map((load) => load.toFixed(2)).join(' ')} (1, 5, 15 min, at start)
  runs               1 warm-up + ${RUNS} timed each, alternating

plan:
  candidates         ${result.totals.candidates} of ${result.totals.versionsBefore} live versions (${[...reasons].map(([code, count]) => `${code} ${count}`).join(', ')})
  frees              ${formatBytes(result.totals.freedBytes)} of ${formatBytes(disk.cloneBytes)} a clone fetches
  priority           ${result.priority} (${result.budgetWarnings.length} models over budget)
`);
  const verdict = timings.plan.median < TARGET_MS ? 'PASS' : 'MISS';
  console.log(
    markdownTable(
      [
        ['step', 'median (ms)', 'min (ms)', 'ratio to baseline', 'target (ms)', 'result'],
        [
          'planRetention',
          ms(timings.plan.median),
          ms(timings.plan.min),
          ratio(timings.plan),
          `< ${TARGET_MS}`,
          verdict,
        ],
        ['usage', ms(timings.usage.median), ms(timings.usage.min), ratio(timings.usage), '', ''],
        [
          'baseline: buildSnapshot',
          ms(timings.baseline.median),
          ms(timings.baseline.min),
          '1.00×',
          '',
          '',
        ],
      ],
      { align: ['l', 'r', 'r', 'r', 'r', 'l'] },
    ),
  );
  return 0;
}

process.exitCode = (() => {
  try {
    return main();
  } catch (thrown) {
    console.error(thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown));
    return 1;
  }
})();
