import { createHash } from 'node:crypto';
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ModelgateError } from '../core/problems.js';
import type { Evaluation } from '../core/types.js';
import { toYaml } from '../core/yaml-file.js';
import { openRepo, type RegistryRepo } from '../git/repository.js';
import { markVersion } from '../registry/change-version.js';
import { initRegistry } from '../registry/init.js';
import { registerVersion } from '../registry/register.js';
import { promoteVersion } from '../registry/set-production.js';
import { createLocalForge } from '../forge/local.js';
import { routeKey } from '../core/routing.js';
import { loadRegistry } from '../registry/queries.js';
import { cloneOrigin, createSandbox, type Sandbox } from './sandbox.js';

export interface DemoOptions {
  dir: string;
  print: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Runs a modelgate command as a user would type it, printing its output. */
  runCommand?: (argv: string[], cwd: string, env: NodeJS.ProcessEnv) => Promise<number>;
}

const MARKER = '.modelgate-demo';

/** The trading model of the users' proposal: five retrained versions, each a little better. */
const TRADER_VERSIONS: { day: string; evaluation: Evaluation; notes: string; data: string }[] = [
  {
    day: '2026-06-01',
    notes: 'Baseline gradient-boosted signal on 1h bars.',
    data: 'datasets/bars-1h@2026-05-31',
    evaluation: backtest(0.85, 0.521, 0.071, 0.19, 20_310),
  },
  {
    day: '2026-06-29',
    notes: 'Added order-book imbalance features.',
    data: 'datasets/bars-1h@2026-06-28',
    evaluation: backtest(0.98, 0.529, 0.082, 0.17, 20_870),
  },
  {
    day: '2026-07-27',
    notes: 'Retrained with June data; tighter stop-loss.',
    data: 'datasets/bars-1h@2026-07-26',
    evaluation: backtest(1.21, 0.538, 0.098, 0.15, 21_020),
  },
  {
    day: '2026-08-24',
    notes: 'Volatility-regime filter.',
    data: 'datasets/bars-1h@2026-08-23',
    evaluation: backtest(1.32, 0.544, 0.111, 0.13, 20_950),
  },
  {
    day: '2026-09-21',
    notes: 'Retrained with August data; new position sizing.',
    data: 'datasets/bars-1h@2026-09-20',
    evaluation: backtest(1.45, 0.55, 0.123, 0.12, 21_110),
  },
];

function backtest(
  sharpe: number,
  winRate: number,
  totalReturn: number,
  maxDrawdown: number,
  trades: number,
): Evaluation {
  return {
    period: { start: '2024-01-01', end: '2026-05-31' },
    trades,
    win_rate: winRate,
    sharpe,
    sortino: Number((sharpe * 1.4).toFixed(2)),
    max_drawdown: maxDrawdown,
    total_return: totalReturn,
    profit_factor: Number((1 + sharpe / 40).toFixed(3)),
  };
}

/**
 * The README's first command: a registry with a local "origin", real git and git-lfs, and the
 * story of one trading model told through modelgate's own commands. Each chapter is one
 * workflow; later features add theirs.
 */
export async function runDemo(options: DemoOptions): Promise<void> {
  const { dir, print } = options;
  await clearPreviousDemo(dir);
  const sandbox = await createSandbox(dir, options.env);
  await writeFile(join(dir, MARKER), 'created by `modelgate demo`; safe to delete\n');
  const clone = await cloneOrigin(sandbox, 'registry');
  const repo = await openRepo(clone, { env: sandbox.env });
  print(
    `modelgate demo: a registry in ${clone}\n  with a local "origin" at ${sandbox.origin} (real git ${await gitVersion(repo)}, real git-lfs)\n`,
  );

  const chapters: [string, (context: Chapter) => Promise<void>][] = [
    ['1. A summer of retraining: each version registered, the best promoted', retrainAndPromote],
    ['2. What a person reads', readRegistry],
    ['3. Live trading: the trading bot uploads its trades; v5 starts to fail', liveTrading],
    [
      '4. Workflow 1: a rollback proposal, reviewed and merged (local forge: no GitHub needed)',
      rollbackByProposal,
    ],
    [
      '5. Workflow 2: v6, retrained for the new regime, is A/B tested and promoted',
      abTestAndPromote,
    ],
    ['6. Workflow 3: storage cleanup, proposed with reasons, approved by merging', storageCleanup],
    ['7. The dashboard: one page GitHub renders, and a terminal view', dashboard],
  ];
  const context: Chapter = { sandbox, repo, clone, print, options };
  for (const [title, chapter] of chapters) {
    print(`\n== ${title} ==\n`);
    await chapter(context);
  }
  print(
    `\nThe sandbox stays in ${dir}: try \`cd ${clone} && git log --stat\` or any modelgate command there.`,
  );
}

interface Chapter {
  sandbox: Sandbox;
  repo: RegistryRepo;
  clone: string;
  print: (text: string) => void;
  options: DemoOptions;
}

/** Commits carry the simulated day, so `at` and `history` tell a story spread over months. */
function repoOn(chapter: Chapter, isoTime: string): Promise<RegistryRepo> {
  const env = { ...chapter.sandbox.env, GIT_AUTHOR_DATE: isoTime, GIT_COMMITTER_DATE: isoTime };
  return openRepo(chapter.clone, { env });
}

/** Promotions that followed a registration, in the order the team made them. */
const PROMOTIONS: Record<string, { day: string; reason: string }> = {
  v3: { day: '2026-08-01', reason: 'first version to beat the benchmark' },
  v4: { day: '2026-08-28', reason: 'Sharpe 1.32 vs 1.21 in backtest' },
  v5: { day: '2026-09-25', reason: 'Sharpe 1.45 vs 1.32 in backtest' },
};

async function retrainAndPromote(chapter: Chapter): Promise<void> {
  await initRegistry(await repoOn(chapter, '2026-05-30T09:00:00Z'));
  chapter.print(
    "$ modelgate init\n  registry/policy.yaml written with the proposal's thresholds; artifacts go to Git LFS",
  );
  const artifacts = join(chapter.sandbox.dir, 'training-output');
  for (const [index, version] of TRADER_VERSIONS.entries()) {
    const id = `v${index + 1}`;
    const folder = join(artifacts, id);
    await mkdir(folder, { recursive: true });
    const model = join(folder, 'model.onnx');
    const scaler = join(folder, 'scaler.json');
    await writeFile(model, syntheticWeights(`trader-${id}`, 1_500_000 + index * 250_000));
    await writeFile(scaler, JSON.stringify({ mean: [0.1 * index, 0.2], std: [1.1, 0.9] }, null, 2));
    await writeFile(join(folder, 'backtest.yaml'), toYaml(version.evaluation));
    const when = `${version.day}T18:00:00Z`;
    const result = await registerVersion(await repoOn(chapter, when), {
      model: 'trader',
      artifacts: [model, scaler],
      evaluation: version.evaluation,
      parent: index > 0 ? `v${index}` : undefined,
      trainingData: version.data,
      notes: version.notes,
      createdBy: 'training-pipeline',
      cwd: chapter.clone,
      now: () => new Date(when),
    });
    chapter.print(
      `${version.day}  $ modelgate register trader --artifact model.onnx --artifact scaler.json --metrics backtest.yaml${index > 0 ? ` --parent v${index}` : ''}\n            registered trader ${result.plan.manifest.version} (backtest Sharpe ${version.evaluation.sharpe}), pushed to origin`,
    );
    const promotion = PROMOTIONS[id];
    if (promotion) {
      const repo = await repoOn(chapter, `${promotion.day}T08:00:00Z`);
      const promoted = await promoteVersion(repo, {
        model: 'trader',
        version: id,
        reason: promotion.reason,
      });
      chapter.print(
        `${promotion.day}  $ modelgate promote trader ${id} --reason "${promotion.reason}"\n            production ${promoted.plan.from ?? '(none)'} → ${id}`,
      );
    }
  }
  await markVersion(await repoOn(chapter, '2026-09-25T08:05:00Z'), {
    model: 'trader',
    version: 'v4',
    important: true,
    reason: 'last version before the sizing change',
  });
  chapter.print(
    '2026-09-25  $ modelgate mark trader v4 --important --reason "last version before the sizing change"',
  );
}

async function readRegistry(chapter: Chapter): Promise<void> {
  await showCommands(chapter, [
    ['list'],
    ['list', 'trader'],
    ['show', 'trader', 'v5'],
    ['history', 'trader'],
    ['at', 'trader', '2026-09-01T12:00:00Z'],
    ['verify'],
  ]);
}

/** Runs modelgate commands as a user types them, printing what they print. */
async function showCommands(
  chapter: Chapter,
  commands: string[][],
  env = chapter.sandbox.env,
): Promise<void> {
  const run = chapter.options.runCommand;
  if (!run) return;
  for (const argv of commands) {
    chapter.print(`$ modelgate ${argv.join(' ')}`);
    const code = await run(argv, chapter.clone, env);
    if (code !== 0) {
      throw new ModelgateError(
        `demo: \`modelgate ${argv.join(' ')}\` failed with exit code ${code}`,
      );
    }
    chapter.print('');
  }
}

/** 24 trades a day; per-trade returns with a 0.2% standard deviation (about 19% a year). */
const TRADES_PER_DAY = 24;
const RETURN_SCALE = 0.002;

/**
 * Four weeks of v5 in production: three healthy weeks at its backtest Sharpe, then a week in
 * which its edge is gone and reversed (a regime change the model was not trained for): it now
 * loses on most trades. The bot uploads a file a week, as a CI job would; modelgate then says
 * what the trades show, and what it proposes.
 */
async function liveTrading(chapter: Chapter): Promise<void> {
  const { uniform, normal } = seededRandom(2026);
  // Like many strategies, v5 wins a little more often than it loses, and loses a little more
  // than it wins: +0.92 or -1.09 standard deviations, with a little jitter. At a 55% win rate
  // that is its backtest (Sharpe 1.45 at 24 trades a day); at 36% it has collapsed.
  const weeks: { label: string; winRate: number }[] = [
    { label: 'week 1', winRate: 0.55 },
    { label: 'week 2', winRate: 0.55 },
    { label: 'week 3', winRate: 0.55 },
    { label: 'week 4', winRate: 0.36 },
  ];
  const folder = join(chapter.sandbox.dir, 'bot-uploads');
  await mkdir(folder, { recursive: true });
  let tradeNumber = 0;
  const start = Date.parse('2026-09-26T00:00:00Z');
  for (const [index, week] of weeks.entries()) {
    const lines: string[] = [];
    for (let day = 0; day < 7; day++) {
      for (let slot = 0; slot < TRADES_PER_DAY; slot++) {
        const closedAt = new Date(start + ((index * 7 + day) * 24 + slot) * 3_600_000 + 1_800_000);
        const ret = RETURN_SCALE * ((uniform() < week.winRate ? 0.92 : -1.09) + 0.1 * normal());
        lines.push(
          JSON.stringify({
            trade_id: `v5-${++tradeNumber}`,
            model: 'trader',
            version: 'v5',
            closed_at: closedAt.toISOString().replace('.000Z', 'Z'),
            return: Number(ret.toFixed(6)),
            mode: 'live',
            symbol: 'ES',
          }),
        );
      }
    }
    const file = join(folder, `trades-${week.label.replace(' ', '-')}.jsonl`);
    await writeFile(file, `${lines.join('\n')}\n`);
    const uploadDay = new Date(start + (index + 1) * 7 * 86_400_000).toISOString();
    const env = {
      ...chapter.sandbox.env,
      GIT_AUTHOR_DATE: uploadDay,
      GIT_COMMITTER_DATE: uploadDay,
    };
    await showCommands(chapter, [['ingest', file]], env);
  }
  await showCommands(chapter, [
    ['metrics', 'trader'],
    ['drift', 'trader'],
  ]);
}

/**
 * The seed's Workflow 1, as a person runs it on a laptop: `evaluate` turns the critical decision
 * into a proposal (a branch whose diff is the rollback, and a proposal file with the evidence);
 * a rerun changes nothing; `apply` merges it as a reviewer would; history tells the story; and
 * the next `evaluate` finds v4 healthy and leaves the closed loop alone.
 */
async function rollbackByProposal(chapter: Chapter): Promise<void> {
  const at = (isoTime: string): NodeJS.ProcessEnv => ({
    ...chapter.sandbox.env,
    GIT_AUTHOR_DATE: isoTime,
    GIT_COMMITTER_DATE: isoTime,
  });
  await showCommands(chapter, [['evaluate']], at('2026-10-24T06:00:00Z'));
  chapter.print('A rerun with the same evidence changes nothing:\n');
  await showCommands(chapter, [['evaluate'], ['proposals']], at('2026-10-24T06:05:00Z'));
  const repo = await openRepo(chapter.clone, { env: chapter.sandbox.env });
  const [proposal] = await createLocalForge({ repo, baseBranch: 'main' }).listProposals();
  if (!proposal) throw new ModelgateError('demo: evaluate opened no rollback proposal');
  chapter.print('What the reviewer reads:\n');
  await showCommands(chapter, [['proposals', proposal.id]]);
  chapter.print('The reviewer approves by merging:\n');
  await showCommands(chapter, [['apply', proposal.id]], at('2026-10-24T09:30:00Z'));
  await showCommands(
    chapter,
    [
      ['history', 'trader'],
      ['at', 'trader', '2026-10-24T09:00:00Z'],
      ['at', 'trader', '2026-10-24T10:00:00Z'],
    ],
    at('2026-10-24T09:45:00Z'),
  );
  chapter.print('The next evaluation finds v4 healthy and leaves the merged proposal alone:\n');
  await showCommands(chapter, [['evaluate']], at('2026-10-25T06:00:00Z'));
}

/**
 * The seed's Workflow 2: v6 is retrained on the new regime and beats v4's backtest, so
 * `evaluate` proposes an 80/20 A/B test. The live system routes each signal with the same hash
 * `modelgate route` uses; v6 also paper-trades the signals routed to v4, so the two can be
 * compared on the same signals (paired), which is far more sensitive. Weekly uploads, an
 * evaluation after each: the test continues until the evidence holds, then a promotion proposal
 * carries the always-valid intervals, and merging it makes v6 production with v4 its rollback
 * target. The edge here is exaggerated so the test ends within weeks: a realistic 15% Sharpe
 * improvement takes years of trades to establish, and the test would say so.
 */
async function abTestAndPromote(chapter: Chapter): Promise<void> {
  const at = (isoTime: string): NodeJS.ProcessEnv => ({
    ...chapter.sandbox.env,
    GIT_AUTHOR_DATE: isoTime,
    GIT_COMMITTER_DATE: isoTime,
  });
  const registered = '2026-10-25T18:00:00Z';
  const evaluation = backtest(1.6, 0.556, 0.141, 0.11, 23_400);
  const folder = join(chapter.sandbox.dir, 'training-output', 'v6');
  await mkdir(folder, { recursive: true });
  const model = join(folder, 'model.onnx');
  await writeFile(model, syntheticWeights('trader-v6', 1_900_000));
  await writeFile(join(folder, 'backtest.yaml'), toYaml(evaluation));
  await registerVersion(await repoOn(chapter, registered), {
    model: 'trader',
    artifacts: [model],
    evaluation,
    parent: 'v4',
    trainingData: 'datasets/bars-1h@2026-10-24',
    notes: 'Retrained on the post-September regime.',
    createdBy: 'training-pipeline',
    cwd: chapter.clone,
    now: () => new Date(registered),
  });
  chapter.print(
    '2026-10-25  $ modelgate register trader --artifact model.onnx --metrics backtest.yaml --parent v4\n            registered trader v6 (backtest Sharpe 1.6), pushed to origin\n',
  );
  const evaluate = (now: string): string[] => ['evaluate', '--now', now];
  await showCommands(chapter, [evaluate('2026-10-26T06:00:00Z')], at('2026-10-26T06:00:00Z'));
  const repo = await openRepo(chapter.clone, { env: chapter.sandbox.env });
  const forge = createLocalForge({ repo, baseBranch: 'main' });
  const start = (await forge.listProposals()).find((p) => p.branch === 'modelgate/ab-start/trader');
  if (!start) throw new ModelgateError('demo: evaluate opened no A/B test proposal');
  await showCommands(chapter, [['proposals', start.id]]);
  await showCommands(chapter, [['apply', start.id]], at('2026-10-26T09:00:00Z'));
  chapter.print('The live trading system asks which version trades each signal:\n');
  await showCommands(chapter, [
    ['route', 'trader', 'ES-2026-10-27T00', 'ES-2026-10-27T01', 'ES-2026-10-27T02'],
  ]);

  chapter.print(
    'Two weeks of trading follow. v6 also paper-trades the signals routed to v4, so the two are compared on the same signals. Its edge is exaggerated so the test ends in two weeks: a realistic 15% Sharpe improvement takes years of trades to establish, and the test would keep saying "continue".\n',
  );
  const deployment = (await loadRegistry(repo)).models.get('trader')?.deployment;
  if (!deployment?.ab_test) throw new ModelgateError('demo: the A/B test did not start');
  const { normal } = seededRandom(6);
  const folderOut = join(chapter.sandbox.dir, 'bot-uploads');
  const first = Date.parse('2026-10-26T12:00:00Z');
  for (let week = 0; week < 2; week++) {
    const lines: string[] = [];
    for (let hour = week * 7 * 24; hour < (week + 1) * 7 * 24; hour++) {
      const signal = `ES-${new Date(first + hour * 3_600_000).toISOString().slice(0, 13)}`;
      const closedAt = new Date(first + hour * 3_600_000 + 1_800_000)
        .toISOString()
        .replace('.000Z', 'Z');
      // One market move, seen by both versions: that is why their returns correlate.
      const market = normal();
      const v4Return = RETURN_SCALE * (0.014 + market);
      const v6Return = RETURN_SCALE * (0.14 + 0.9 * market + Math.sqrt(1 - 0.81) * normal());
      const route = routeKey(deployment, signal)!;
      const trade = (version: string, ret: number, mode: 'live' | 'paper', arm?: string) =>
        JSON.stringify({
          trade_id: `${version}-${mode}-${signal}`,
          model: 'trader',
          version,
          closed_at: closedAt,
          return: Number(ret.toFixed(6)),
          mode,
          ...(arm ? { arm } : {}),
          signal_id: signal,
          symbol: 'ES',
        });
      if (route.arm === 'candidate') lines.push(trade('v6', v6Return, 'live', 'candidate'));
      else {
        lines.push(trade('v4', v4Return, 'live', 'control'));
        lines.push(trade('v6', v6Return, 'paper')); // v6 shadows the control's signals
      }
    }
    const file = join(folderOut, `ab-week-${week + 1}.jsonl`);
    await writeFile(file, `${lines.join('\n')}\n`);
    const uploaded = new Date(first + (week + 1) * 7 * 86_400_000)
      .toISOString()
      .replace('.000Z', 'Z');
    await showCommands(chapter, [['ingest', file]], at(uploaded));
    await showCommands(chapter, [evaluate(uploaded)], at(uploaded));
  }
  const conclusion = (await forge.listProposals()).find(
    (p) => p.branch === 'modelgate/ab-conclude/trader',
  );
  if (!conclusion) throw new ModelgateError('demo: the A/B test reached no conclusion');
  await showCommands(chapter, [['proposals', conclusion.id]]);
  await showCommands(chapter, [['apply', conclusion.id]], at('2026-11-09T15:00:00Z'));
  await showCommands(
    chapter,
    [
      ['history', 'trader'],
      ['list', 'trader'],
    ],
    at('2026-11-09T15:05:00Z'),
  );
}

/**
 * The seed's Workflow 3 on the demo's registry: disk usage from LFS pointers, the retention plan
 * with a reason for every version, one cleanup proposal with a checkbox per version, and after
 * the merge a tombstone whose metrics and history stay readable.
 */
async function storageCleanup(chapter: Chapter): Promise<void> {
  const now = '2026-12-01T06:00:00Z';
  const env = { ...chapter.sandbox.env, GIT_AUTHOR_DATE: now, GIT_COMMITTER_DATE: now };
  await showCommands(chapter, [['usage'], ['cleanup', '--plan', '--now', now]]);
  await showCommands(chapter, [['cleanup', '--now', now]], env);
  const repo = await openRepo(chapter.clone, { env: chapter.sandbox.env });
  const [proposal] = (await createLocalForge({ repo, baseBranch: 'main' }).listProposals()).filter(
    (p) => p.branch === 'modelgate/cleanup/registry',
  );
  if (!proposal) throw new ModelgateError('demo: cleanup opened no proposal');
  await showCommands(chapter, [['proposals', proposal.id]]);
  await showCommands(chapter, [['apply', proposal.id]], env);
  await showCommands(chapter, [['usage'], ['show', 'trader', 'v1'], ['verify']], env);
}

/** The registry's page, committed like any change, and the same at a glance in a terminal. */
async function dashboard(chapter: Chapter): Promise<void> {
  const at = '2026-12-01T09:00:00Z';
  await showCommands(chapter, [['dashboard'], ['status']], {
    ...chapter.sandbox.env,
    GIT_AUTHOR_DATE: at,
    GIT_COMMITTER_DATE: at,
  });
  chapter.print(
    `The page is ${join(chapter.clone, 'registry', 'README.md')}: on GitHub it renders with its charts when someone opens registry/.`,
  );
}

/** Seeded uniform and standard normal draws (mulberry32, Box–Muller): the demo is the same every run. */
function seededRandom(seed: number): { uniform: () => number; normal: () => number } {
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number =>
    Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal };
}
/** Deterministic bytes standing in for trained weights (the demo must not download anything). */
function syntheticWeights(seed: string, size: number): Buffer {
  const out = Buffer.alloc(size);
  let block = createHash('sha256').update(seed).digest();
  for (let offset = 0; offset < size; offset += block.length) {
    block.copy(out, offset);
    block = createHash('sha256').update(block).digest();
  }
  return out;
}

async function clearPreviousDemo(dir: string): Promise<void> {
  const exists = await access(dir).then(
    () => true,
    () => false,
  );
  if (!exists) return;
  const ours = await access(join(dir, MARKER)).then(
    () => true,
    () => false,
  );
  if (!ours) {
    throw new ModelgateError(
      `${dir} exists and was not made by \`modelgate demo\`: choose another folder with --dir`,
    );
  }
  await rm(dir, { recursive: true, force: true });
}

async function gitVersion(repo: RegistryRepo): Promise<string> {
  return (await repo.git.run(['--version'])).replace('git version', '').trim();
}
