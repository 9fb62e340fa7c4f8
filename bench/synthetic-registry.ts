import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Writable } from 'node:stream';
import { formatCommitMessage, type RegistryCommit } from '../src/core/commit-message.js';
import {
  artifactPath,
  deploymentPath,
  LFS_ATTRIBUTES_RULE,
  manifestPath,
  POLICY_PATH,
} from '../src/core/layout.js';
import { formatLfsPointer, type LfsPointer } from '../src/core/lfs-pointer.js';
import { defaultPolicyYaml } from '../src/core/policy.js';
import { formatProblem } from '../src/core/problems.js';
import { buildSnapshot, entriesToRead } from '../src/core/snapshot.js';
import type { DeploymentState, VersionManifest, VersionStatus } from '../src/core/types.js';
import { verifyRegistry } from '../src/core/verify.js';
import { toYaml } from '../src/core/yaml-file.js';
import { git, hermeticGitEnv, LS_TREE_ARGS, parseLsTree, readBlobs } from './git.js';

/**
 * A synthetic registry for the scale benchmark: 100 models × 100 versions registered
 * round-robin over about fifteen months, with promotions and rollbacks, as >10,000 commits.
 *
 * The history is written with one `git fast-import` stream (one `git commit` per version would
 * take minutes), all randomness comes from a seeded PRNG and every timestamp from a fixed clock,
 * so the same generator version always produces the same commits, down to their hashes.
 */

/** Bump whenever the generated repository changes, so stale copies are not reused. */
export const GENERATOR_VERSION = 1;

export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
export const WORK_ROOT = join(BENCH_DIR, '.work');

const MODELS = 100;
const VERSIONS_PER_MODEL = 100;
const SEED = 0x6d6f_6467; // "modg"
const START = Date.parse('2024-01-01T00:00:00Z') / 1000;
const ARTIFACT = 'artifacts/model.onnx';
const BRANCH = 'refs/heads/main';
export const SAMPLE_MODEL = 'model-042';

export interface ProductionChange {
  /** Commit time, ISO 8601 UTC. */
  time: string;
  action: 'register' | 'promote' | 'rollback';
  production: string | null;
}

/** What the benchmark needs to know about a generated registry; also its completion marker. */
export interface RegistryFacts {
  generatorVersion: number;
  commits: number;
  models: number;
  versions: number;
  head: string;
  firstCommitTime: string;
  lastCommitTime: string;
  promotions: number;
  rollbacks: number;
  sampleModel: string;
  /** Every change of the sample model's production pointer, oldest first (starting at null). */
  sampleProductionChanges: ProductionChange[];
  /** Seconds spent generating and checking the repository when it was made. */
  generationSeconds: number;
  /** Problems `verifyRegistry` reported at generation time (errors would have aborted it). */
  verifyWarnings: number;
}

export interface SyntheticRegistry {
  repo: string;
  facts: RegistryFacts;
  reused: boolean;
  /** The hermetic git environment every process in the benchmark should run with. */
  env: NodeJS.ProcessEnv;
}

/** Returns the registry of this generator version, generating it first when needed. */
export async function ensureSyntheticRegistry(
  log: (line: string) => void = () => undefined,
): Promise<SyntheticRegistry> {
  const env = hermeticGitEnv(WORK_ROOT);
  const home = join(WORK_ROOT, `registry-${GENERATOR_VERSION}`);
  const repo = join(home, 'repo');
  const marker = join(home, 'facts.json');
  const previous = readFacts(marker);
  if (previous && (await isIntact(repo, env, previous))) {
    return { repo, facts: previous, reused: true, env };
  }
  // Anything else there is a partial or foreign attempt: start over.
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  log(`generating ${MODELS} models × ${VERSIONS_PER_MODEL} versions in ${repo} …`);
  const started = performance.now();
  const facts = await generate(repo, env, log);
  facts.generationSeconds = (performance.now() - started) / 1000;
  // Written last: its presence means the repository is complete and checked.
  writeFileSync(marker, `${JSON.stringify(facts, null, 2)}\n`);
  return { repo, facts, reused: false, env };
}

function readFacts(marker: string): RegistryFacts | undefined {
  try {
    return JSON.parse(readFileSync(marker, 'utf8')) as RegistryFacts;
  } catch {
    return undefined; // not generated yet, or interrupted
  }
}

/** A finished repository is reused only while its branch is still where generation left it. */
async function isIntact(
  repo: string,
  env: NodeJS.ProcessEnv,
  facts: RegistryFacts,
): Promise<boolean> {
  if (facts.generatorVersion !== GENERATOR_VERSION || !existsSync(join(repo, '.git'))) return false;
  const head = await git(['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: repo, env }).catch(
    () => undefined,
  );
  return head?.toString().trim() === facts.head;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a tiny, fast 32-bit PRNG; plenty for synthetic data. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(min: number, max: number): number {
    return min + (max - min) * this.next();
  }
  int(min: number, max: number): number {
    return Math.floor(this.float(min, max + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  hex(length: number): string {
    let text = '';
    while (text.length < length) {
      text += Math.floor(this.next() * 2 ** 32)
        .toString(16)
        .padStart(8, '0');
    }
    return text.slice(0, length);
  }
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

// ---------------------------------------------------------------------------------------------
// The registry's story

interface Person {
  name: string;
  email: string;
}

const RESEARCHERS: readonly Person[] = [
  { name: 'Ada Quant', email: 'ada@desk.example' },
  { name: 'Ben Signal', email: 'ben@desk.example' },
  { name: 'Chloe Alpha', email: 'chloe@desk.example' },
  { name: 'Retrain Bot', email: 'retrain-bot@desk.example' },
];
const REGISTRY_ADMIN: Person = { name: 'Dana Risk', email: 'dana@desk.example' };
const RELEASE_MANAGERS: readonly Person[] = [
  REGISTRY_ADMIN,
  { name: 'Eli Ops', email: 'eli@desk.example' },
];
const INSTRUMENTS = ['es', 'nq', 'btc', 'eth', 'eurusd', 'cl', 'gc', 'zn'] as const;
const TWEAKS = [
  'wider lookback window',
  'added order-book imbalance features',
  'retuned stop-loss',
  'dropped stale volume features',
  'new regime filter',
  'longer training window',
  'lower learning rate',
] as const;

interface ModelState {
  name: string;
  instrument: string;
  production: string | null;
  previous: string | null;
  /** Round from which the next registered active version is promoted. */
  nextPromotion: number;
  /** Round in which the current production is rolled back, if one is planned. */
  rollbackAt?: number;
  sharpe: Map<string, number>;
  winRate: Map<string, number>;
}

interface FileChange {
  path: string;
  content: string;
}

interface PlannedCommit {
  author: Person;
  time: number;
  message: RegistryCommit;
  files: FileChange[];
}

function isoTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

function isoDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

function deploymentYaml(state: ModelState): string {
  const deployment: DeploymentState = {
    schema_version: 1,
    model: state.name,
    production: state.production,
    previous_production: state.previous,
  };
  return toYaml(deployment);
}

function versionStatus(random: Random): { status: VersionStatus; reason?: string } {
  const roll = random.float(0, 1);
  if (roll < 0.03) return { status: 'archived', reason: 'superseded; kept for audit' };
  if (roll < 0.05)
    return { status: 'degraded', reason: 'paper trading win rate fell below the backtest' };
  return { status: 'active' };
}

function registerVersion(
  random: Random,
  state: ModelState,
  number: number,
  time: number,
): { commit: PlannedCommit; status: VersionStatus } {
  const version = `v${number}`;
  const parent = number > 1 ? `v${number - 1}` : null;
  const author = random.pick(RESEARCHERS);
  const sharpe = round(random.float(0.5, 2.0), 3);
  const winRate = round(random.float(0.48, 0.6), 4);
  const end = time - 86_400 * random.int(1, 3);
  const start = end - 86_400 * random.int(180, 730);
  const trades = random.int(400, 6000);
  const pointer: LfsPointer = { sha256: random.hex(64), size: random.int(5_000_000, 80_000_000) };
  const { status, reason } = versionStatus(random);
  const manifest: VersionManifest = {
    schema_version: 1,
    model: state.name,
    version,
    created_at: isoTime(time),
    created_by: author.email,
    parent,
    training_data: `s3://market-data/${state.instrument}/bars-1m/${isoDate(start)}_${isoDate(end)}.parquet`,
    notes: number === 1 ? 'First version.' : `Retrained from ${parent}: ${random.pick(TWEAKS)}.`,
    status,
    ...(reason ? { status_reason: reason } : {}),
    important: random.chance(0.02),
    artifacts: [{ path: ARTIFACT, ...pointer }],
    evaluation: {
      period: { start: isoDate(start), end: isoDate(end) },
      trades,
      win_rate: winRate,
      sharpe,
      sortino: round(sharpe * random.float(1.1, 1.6), 3),
      max_drawdown: round(random.float(0.03, 0.25), 4),
      total_return: round(sharpe * random.float(0.05, 0.25) - 0.02, 4),
      profit_factor: round(1 + sharpe * random.float(0.15, 0.35), 3),
    },
  };
  state.sharpe.set(version, sharpe);
  state.winRate.set(version, winRate);
  const files: FileChange[] = [
    { path: manifestPath(state.name, version), content: toYaml(manifest) },
    { path: artifactPath(state.name, version, ARTIFACT), content: formatLfsPointer(pointer) },
  ];
  if (number === 1)
    files.push({ path: deploymentPath(state.name), content: deploymentYaml(state) });
  const commit: PlannedCommit = {
    author,
    time,
    files,
    message: {
      action: 'register',
      subject: `register ${state.name} ${version}`,
      model: state.name,
      version,
      reason: `nightly retrain on data through ${isoDate(end)}`,
    },
  };
  return { commit, status };
}

function promote(random: Random, state: ModelState, version: string, time: number): PlannedCommit {
  const from = state.production;
  const sharpe = state.sharpe.get(version) ?? 0;
  const reason = from
    ? `sharpe ${sharpe} vs ${state.sharpe.get(from) ?? 0} for ${from} after 14 days of paper trading`
    : `first production version, sharpe ${sharpe}`;
  state.previous = from;
  state.production = version;
  return {
    author: random.pick(RELEASE_MANAGERS),
    time,
    files: [{ path: deploymentPath(state.name), content: deploymentYaml(state) }],
    message: {
      action: 'promote',
      subject: `promote ${state.name} ${version} to production`,
      model: state.name,
      version,
      reason,
    },
  };
}

function rollback(random: Random, state: ModelState, time: number): PlannedCommit {
  const from = state.production ?? 'none';
  const to = state.previous;
  if (!to) throw new Error(`${state.name}: rollback planned without a previous production`);
  const baseline = state.winRate.get(from) ?? 0.55;
  const live = round(baseline - random.float(0.1, 0.15), 2);
  state.production = to;
  state.previous = from;
  return {
    author: random.pick(RELEASE_MANAGERS),
    time,
    files: [{ path: deploymentPath(state.name), content: deploymentYaml(state) }],
    message: {
      action: 'rollback',
      subject: `rollback ${state.name} to ${to}`,
      body: `Live win rate of ${from} fell to ${live} over 3 days; back to ${to}.`,
      model: state.name,
      version: to,
      reason: `win rate ${live} < baseline ${baseline} - 0.10`,
    },
  };
}

/**
 * Plans the whole history, commit by commit: init, then rounds in which every model registers
 * its next version, followed, when due, by a promotion (about every tenth version) or a planned
 * rollback (after about one promotion in five).
 */
function* planHistory(
  random: Random,
  onProduction: (model: string, change: ProductionChange) => void,
): Generator<PlannedCommit> {
  let clock = START;
  const tick = (): number => (clock += random.int(3000, 4200));
  yield {
    author: REGISTRY_ADMIN,
    time: clock,
    files: [
      { path: '.gitattributes', content: `${LFS_ATTRIBUTES_RULE}\n` },
      { path: POLICY_PATH, content: defaultPolicyYaml() },
    ],
    message: {
      action: 'init',
      subject: 'init registry',
      reason: 'new model registry for the trading desk',
    },
  };
  const models: ModelState[] = Array.from({ length: MODELS }, (_, index) => ({
    name: `model-${String(index).padStart(3, '0')}`,
    instrument: random.pick(INSTRUMENTS),
    production: null,
    previous: null,
    nextPromotion: random.int(2, 10),
    sharpe: new Map(),
    winRate: new Map(),
  }));
  for (let number = 1; number <= VERSIONS_PER_MODEL; number++) {
    for (const state of models) {
      const registered = registerVersion(random, state, number, tick());
      yield registered.commit;
      if (number === 1) {
        onProduction(state.name, {
          time: isoTime(registered.commit.time),
          action: 'register',
          production: null,
        });
      }
      let change: PlannedCommit | undefined;
      if (state.rollbackAt !== undefined && number >= state.rollbackAt) {
        change = rollback(random, state, tick());
        state.rollbackAt = undefined;
      } else if (number >= state.nextPromotion && registered.status === 'active') {
        change = promote(random, state, `v${number}`, tick());
        state.nextPromotion = number + random.int(8, 12);
        if (state.previous && random.chance(0.2)) state.rollbackAt = number + random.int(1, 3);
      }
      if (change) {
        yield change;
        onProduction(state.name, {
          time: isoTime(change.time),
          action: change.message.action === 'rollback' ? 'rollback' : 'promote',
          production: state.production,
        });
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Writing the repository

/** Buffers the fast-import stream into large writes and respects the pipe's backpressure. */
class FastImportWriter {
  private pending: string[] = [];
  private pendingLength = 0;
  constructor(private readonly stdin: Writable) {}

  async commit(commit: PlannedCommit): Promise<void> {
    const who = `${commit.author.name} <${commit.author.email}> ${commit.time} +0000`;
    const parts = [`commit ${BRANCH}\n`, `author ${who}\n`, `committer ${who}\n`];
    parts.push(data(formatCommitMessage(commit.message)));
    for (const file of commit.files)
      parts.push(`M 100644 inline ${file.path}\n`, data(file.content));
    parts.push('\n');
    await this.write(parts.join(''));
  }

  async finish(): Promise<void> {
    await this.write('done\n', true);
    this.stdin.end();
  }

  private async write(text: string, flush = false): Promise<void> {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (!flush && this.pendingLength < 1 << 20) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    if (!this.stdin.write(chunk)) await once(this.stdin, 'drain');
  }
}

function data(content: string): string {
  return `data ${Buffer.byteLength(content)}\n${content}\n`;
}

async function fastImport(
  repo: string,
  env: NodeJS.ProcessEnv,
  commits: Iterable<PlannedCommit>,
): Promise<{ count: number; first: number; last: number }> {
  const child = spawn('git', ['fast-import', '--quiet', '--done'], {
    cwd: repo,
    env,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  // If fast-import dies, writes fail with EPIPE; its exit status and stderr tell why.
  let broken = false;
  child.stdin.on('error', () => (broken = true));
  const writer = new FastImportWriter(child.stdin);
  let count = 0;
  let first = Number.NaN;
  let last = Number.NaN;
  for (const commit of commits) {
    if (broken) break;
    await writer.commit(commit);
    if (count === 0) first = commit.time;
    last = commit.time;
    count++;
  }
  if (!broken) await writer.finish();
  const code = await exited;
  if (code !== 0 || broken) {
    throw new Error(
      `git fast-import failed (exit code ${code}):\n${Buffer.concat(stderr).toString('utf8')}`,
    );
  }
  return { count, first, last };
}

async function generate(
  repo: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<RegistryFacts> {
  mkdirSync(repo, { recursive: true });
  const inRepo = { cwd: repo, env };
  await git(['init', '--quiet', '-b', 'main', repo], inRepo);

  const random = new Random(SEED);
  const sampleChanges: ProductionChange[] = [];
  const history = planHistory(random, (model, change) => {
    if (model === SAMPLE_MODEL) sampleChanges.push(change);
  });
  let imported = performance.now();
  const { count, first, last } = await fastImport(repo, env, history);
  log(`  fast-import: ${count} commits in ${seconds(imported)}`);

  imported = performance.now();
  await git(['reset', '--quiet', '--hard', 'main'], inRepo);
  log(`  checkout: ${seconds(imported)}`);

  const checked = performance.now();
  const head = (await git(['rev-parse', 'HEAD'], inRepo)).toString().trim();
  const counted = Number((await git(['rev-list', '--count', 'main'], inRepo)).toString());
  if (counted !== count)
    throw new Error(`expected ${count} commits on main, git counts ${counted}`);
  await git(['fsck', '--no-progress', '--no-dangling'], inRepo);
  const warnings = await verifyGeneratedTree(repo, env);
  log(`  checks (rev-list, fsck, verifyRegistry): ${seconds(checked)}`);

  const actionLog = (
    await git(['log', '--format=%(trailers:key=Modelgate-Action,valueonly)'], inRepo)
  ).toString();
  const tally = (action: string): number =>
    actionLog.split('\n').filter((line) => line === action).length;
  return {
    generatorVersion: GENERATOR_VERSION,
    commits: count,
    models: MODELS,
    versions: MODELS * VERSIONS_PER_MODEL,
    head,
    firstCommitTime: isoTime(first),
    lastCommitTime: isoTime(last),
    promotions: tally('promote'),
    rollbacks: tally('rollback'),
    sampleModel: SAMPLE_MODEL,
    sampleProductionChanges: sampleChanges,
    generationSeconds: 0,
    verifyWarnings: warnings,
  };
}

/** Runs modelgate's own snapshot builder and verifier on HEAD; any error aborts generation. */
async function verifyGeneratedTree(repo: string, env: NodeJS.ProcessEnv): Promise<number> {
  const entries = parseLsTree((await git(LS_TREE_ARGS, { cwd: repo, env })).toString('utf8'));
  const texts = await readBlobs(
    entriesToRead(entries).map((entry) => entry.blob),
    { cwd: repo, env },
  );
  const problems = verifyRegistry(buildSnapshot(entries, (blob) => texts.get(blob)));
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length) {
    const shown = errors.slice(0, 20).map(formatProblem).join('\n');
    throw new Error(
      `generated registry fails verifyRegistry with ${errors.length} errors:\n${shown}`,
    );
  }
  return problems.length;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
