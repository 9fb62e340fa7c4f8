// Faults at every step: for ingest, register and every kind of proposal (rollback, automatic
// rollback, A/B start, A/B conclusion, cleanup, closing what cleared, alerts), GitHub fails
// (5xx, no answer, secondary rate limits, 422, a lost response) or the git remote does (a push
// refused, a push whose answer is lost, Git LFS uploads failing, the remote gone). Then GitHub
// and the remote are healthy again and the same command runs again: the end state must be the
// end state of a clean run. Every case starts from the same registry, rewound to it.
import { standinForge, startRegistryStandin } from './support/github/forge.js';
import { execFile } from 'node:child_process';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeThrown } from '../src/core/problems.js';
import { reconcileCleanup } from '../src/proposals/cleanup.js';
import { evaluateRegistry } from '../src/proposals/evaluate.js';
import { ingestTrades } from '../src/registry/ingest.js';
import { registerVersion } from '../src/registry/register.js';
import { parseJson } from './helpers/cli.js';
import {
  endState,
  endStateDifferences,
  invariantViolations,
  registryViolations,
  type EndState,
} from './helpers/end-state.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { rewindable, type Rewind } from './helpers/rewind.js';
import {
  breakLfsStore,
  healRemote,
  installPushFaultHooks,
  losePushAnswer,
  refusePushes,
} from './helpers/remote-faults.js';
import { writeArtifact } from './helpers/files.js';
import { degradingModel, ingestSeries, tradeLines } from './helpers/trades.js';
import type { Fault, GitHubStandin } from './support/github/index.js';

const run = promisify(execFile);
const token = 'ghs_faults-token-0123456789';

let f: RegistryFixture;
/** A copy of the remote's Git LFS store as it was before any case ran. */
let lfsCopy: string;
let rewind: Rewind;
let standin: GitHubStandin;

/** What one run did: what it reports, or (`error`) what it said went wrong. */
type Outcome = { error?: string; summary?: string };

interface Scenario {
  name: string;
  /** Brings GitHub to the scenario's starting point (what earlier runs opened). */
  prepare?: () => Promise<void>;
  run: () => Promise<Outcome>;
  /**
   * Run again only when the first run failed, as a user would: running it again after it
   * succeeded asks for something new (registering the same files twice is two versions).
   */
  rerunOnlyAfterFailure?: boolean;
}

// ------------------------------------------------------------------------- the registry

/** Daily strategies: 252 trades a year. */
const daily = (sharpe: number) => ({
  sharpe,
  win_rate: 0.6,
  trades: 252,
  period: { start: '2025-01-01', end: '2025-12-31' },
});
const CLEANUP_SHARPES = [0.3, 0.4, 0.5, 1.3, 1.45, 1.6, 1.1, 1.15, 1.2, 1.25];

/**
 * One model per scenario: `trader` degrading (rollback, retraining, alert), `flash` collapsing
 * (severe: rolled back automatically), `rookie` with a better version (A/B start), `duel` with a
 * finished A/B test (conclusion), `healed` rolled back by hand after its proposal was opened
 * (closing), `old` with versions to clean up.
 */
async function buildRegistry(): Promise<void> {
  const policyPath = join(f.clone, 'registry/policy.yaml');
  const policy = (await readFile(policyPath, 'utf8')).replace(
    'review:\n  reviewers: []\n  assignees: []',
    [
      'review:\n  reviewers: [risk-desk]\n  assignees: [alice]\n',
      'models:',
      '  flash:\n    rollback: { automatic_on_severe: true }',
      '  trader:\n    retraining: { event_type: retrain-model }',
    ].join('\n'),
  );
  await writeFile(policyPath, policy);
  await f.git(['commit', '--quiet', '--all', '-m', 'policy: reviewers, automatic rollback']);
  await f.git(['push', '--quiet', 'origin', 'main']);
  await degradingModel(f, 'trader', 10);
  await degradingModel(f, 'flash', 40, { count: 300, winRate: 0.15 });
  await degradingModel(f, 'healed', 60);

  await f.register('rookie', daily(1.45));
  await f.register('rookie', daily(1.6));
  await f.cliOk(['promote', 'rookie', 'v1']);

  await f.register('duel', daily(1.45));
  await f.register('duel', daily(1.6));
  await f.cliOk(['promote', 'duel', 'v1']);
  const started = await f.cliOk([
    'ab',
    'start',
    'duel',
    'v2',
    '--now',
    '2026-10-01T00:00:00Z',
    '--json',
  ]);
  await f.cliOk(['apply', parseJson<{ id: string }>(started).id]);
  // The seeds of Workflow 2's test, whose evidence says promote.
  const arm = (version: string, arm: 'control' | 'candidate', count: number, seed: number) =>
    ingestSeries(f, {
      model: 'duel',
      version,
      first: 0,
      count,
      winRate: arm === 'control' ? 0.6 : 0.7,
      seed,
      start: '2026-10-01T06:00:00Z',
      everyMinutes: arm === 'control' ? 5 : 20,
      idPrefix: arm === 'control' ? 'ctl' : 'cand',
      extra: { arm },
    });
  await arm('v1', 'control', 4000, 5);
  await arm('v2', 'candidate', 1000, 6);

  for (const [index, sharpe] of CLEANUP_SHARPES.entries()) {
    await f.register('old', { ...daily(sharpe), win_rate: 0.5 + index / 100, size: 1000 + index });
  }
  await f.cliOk(['promote', 'old', 'v4']);
  await f.cliOk(['promote', 'old', 'v5']);
  await installPushFaultHooks(f.sandbox.origin);
}

async function copy(from: string, to: string): Promise<void> {
  await run('cp', ['-a', from, to]);
}

function gitHubForge() {
  return standinForge(standin, token, {
    retry: { retries: 1, baseDelayMs: 1 },
    // Long enough that a loaded machine does not time out a request no fault held.
    requestTimeoutMs: 1000,
    log: { warn: () => {} },
  });
}

async function startStandin(): Promise<void> {
  standin = await startRegistryStandin(f, token);
}

async function attempt(work: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await work();
  } catch (thrown) {
    return { error: describeThrown(thrown) };
  }
}

function evaluating(model: string, now: string): () => Promise<Outcome> {
  return async () => {
    const report = await evaluateRegistry(await f.repo(), gitHubForge(), {
      models: [model],
      now: new Date(now),
    });
    const { error, items } = report.models[0]!;
    return { error, summary: items.map((i) => `${i.kind} ${i.outcome}`).join(', ') };
  };
}

// ------------------------------------------------------------------------- the scenarios

interface ProposalScenario extends Scenario {
  /** How many reruns a clean run needs to settle (an automatic merge is tidied up by the next). */
  reruns: number;
  /** Whether the run pushes a proposal branch (so git faults apply). */
  pushesBranch: boolean;
  /** Fault the reads before the first write too (they are the same in every evaluate). */
  readsBeforeWrites: boolean;
  /** Fault only from the first step whose path matches this on (the ones before are another
   * scenario's too). */
  from?: RegExp;
  /** ...and until the first step whose path matches this (the ones after are another's too). */
  until?: RegExp;
  /**
   * Every class of fault at every step; otherwise one fault per step, the kinds taking turns
   * (for scenarios whose steps are the same GitHub calls as the first's, with their own plans).
   */
  everyClassAtEachStep: boolean;
  /** Differences from the clean run that are right for this scenario, and why. */
  expectedDifferences?: { pattern: RegExp; why: string }[];
}

const SCENARIOS: ProposalScenario[] = [
  {
    name: 'rollback proposal, retraining and alert (evaluate)',
    run: evaluating('trader', '2026-10-01T00:00:00Z'),
    reruns: 1,
    pushesBranch: true,
    readsBeforeWrites: true,
    everyClassAtEachStep: true,
    expectedDifferences: [
      {
        pattern: /^POST \/dispatches \(#1\): dispatches: 1 expected, 0 started$/,
        why: 'a dispatch that failed is not repeated (at most once per episode: GitHub cannot tell a repeat from a second request); the alert says to start retraining by hand',
      },
      {
        pattern:
          /^(POST \/dispatches \(#1\)|GET \/issues \(#\d+\)|PATCH \/issues\/\d+ \(#1\)): issue issue trader: body differs$/,
        why: 'the alert remembers the request before the dispatch and its confirmation after: a fault at the dispatch or while confirming it leaves the alert saying the start was not confirmed (check, else start it by hand), where a clean run says it was requested',
      },
    ],
  },
  {
    name: 'automatic rollback on severe (evaluate: opened, merged, commented)',
    run: evaluating('flash', '2026-10-01T00:00:00Z'),
    reruns: 2,
    pushesBranch: true,
    readsBeforeWrites: false,
    everyClassAtEachStep: false,
    // Opening the pull request, and the alert after the merge, are the rollback scenario's
    // steps too; from the labels to the merge's comment, a failure leaves an automatic rollback
    // open or unannounced, which the rerun must finish.
    from: /^\/issues\/\d+\/labels$/,
    until: /^\/issues\/\d+\/comments$/,
    expectedDifferences: [
      {
        pattern: /: issue issue flash is missing$/,
        why: 'a clean run opens the alert from the evidence it read before its own merge, and its rerun closes it; a run that fails after merging never opens it, as flash is healthy by then',
      },
      {
        pattern:
          /: pull pull modelgate\/rollback\/flash: (reviewers|assignees) \["[^\]]*\] expected, \[\] found$/,
        why: 'asking for reviewers or assignees is a warning, not a failure, so the run that failed at it still merges the rollback, as it must; its rerun finds it merged, not open, and asks nobody for a change already made (the warning says to ask by hand)',
      },
    ],
  },
  {
    name: 'A/B start proposal (evaluate)',
    run: evaluating('rookie', '2026-10-01T00:00:00Z'),
    reruns: 1,
    pushesBranch: true,
    readsBeforeWrites: false,
    everyClassAtEachStep: false,
  },
  {
    name: 'A/B conclusion proposal (evaluate)',
    run: evaluating('duel', '2026-10-15T12:00:00Z'),
    reruns: 1,
    pushesBranch: true,
    readsBeforeWrites: false,
    everyClassAtEachStep: false,
  },
  {
    name: 'rollback proposal and alert updated with new evidence (evaluate)',
    prepare: async () => {
      const opened = await evaluating('trader', '2026-10-01T00:00:00Z')();
      expect(opened.summary).toBe('rollback opened, retraining opened, alert opened');
      await ingestSeries(f, {
        model: 'trader',
        version: 'v3',
        first: 1100,
        count: 120,
        winRate: 0.45,
        seed: 77,
      });
    },
    run: evaluating('trader', '2026-10-01T00:00:00Z'),
    reruns: 1,
    pushesBranch: false,
    readsBeforeWrites: false,
    everyClassAtEachStep: false,
  },
  {
    name: 'rollback proposal and alert closed once production changed by hand (evaluate)',
    prepare: async () => {
      const opened = await evaluating('healed', '2026-10-01T00:00:00Z')();
      expect(opened.summary).toBe('rollback opened, alert opened');
      await f.cliOk(['rollback', 'healed', '--reason', 'rolled back by hand']);
    },
    run: evaluating('healed', '2026-10-01T00:00:00Z'),
    reruns: 1,
    pushesBranch: false,
    readsBeforeWrites: false,
    everyClassAtEachStep: false,
  },
  {
    name: 'cleanup proposal',
    run: async () => {
      const report = await reconcileCleanup(await f.repo(), gitHubForge(), {
        now: new Date('2027-06-01T00:00:00Z'),
      });
      return { summary: `cleanup ${report.item?.outcome ?? 'nothing'}` };
    },
    reruns: 1,
    pushesBranch: true,
    readsBeforeWrites: false,
    everyClassAtEachStep: false,
  },
];

interface Step {
  method: string;
  path: string;
}

interface CaseResult {
  first: Outcome;
  /** The last rerun's outcome. */
  rerun: Outcome;
  /** The git side right after the failed run: verify and trades, before anything was rerun. */
  afterFault: string[];
  state: EndState;
  violations: string[];
  /** The requests of the first run. */
  steps: Step[];
  injected: number;
}

/**
 * One case from the rewound registry: the scenario's preparation, the run with the fault, then
 * the fault gone and the run again (as many times as a clean run needs to settle).
 */
async function runCase(
  scenario: Scenario,
  reruns: number,
  fault?: {
    inject: () => Promise<void> | void;
    heal?: () => Promise<void>;
    /** GitHub's faults cannot touch git: the check right after them is for git's. */
    gitFault?: boolean;
  },
): Promise<CaseResult> {
  await rewind.restore();
  await healRemote(f.sandbox.origin);
  await startStandin();
  try {
    await scenario.prepare?.();
    const before = standin.requests.length;
    await fault?.inject();
    const first = await attempt(scenario.run);
    const requests = standin.requests.slice(before);
    standin.clearFaults();
    await healRemote(f.sandbox.origin);
    await fault?.heal?.();
    const options = { origin: f.sandbox.origin, env: f.env, standin };
    const afterFault = fault?.gitFault === false ? [] : await registryViolations(options);
    let rerun: Outcome = {};
    const times = scenario.rerunOnlyAfterFailure && !first.error ? 0 : reruns;
    for (let i = 0; i < times && !rerun.error; i++) rerun = await attempt(scenario.run);
    return {
      first,
      rerun,
      afterFault,
      state: await endState(options),
      violations: await invariantViolations(options),
      steps: requests.map(({ method, path }) => ({ method, path: path.replace(REPO_PATH, '') })),
      injected: requests.filter((r) => r.injected).length,
    };
  } finally {
    expect(standin.violations).toEqual([]);
    await standin.close();
  }
}

const REPO_PATH = /^\/repos\/acme\/registry/;

type FaultShape =
  { kind: 'status'; status: number; retryAfter?: number } | { kind: 'timeout' | 'lost-response' };

const SHAPES: Record<string, FaultShape> = {
  '502': { kind: 'status', status: 502 },
  'no answer': { kind: 'timeout' },
  '422': { kind: 'status', status: 422 },
  'secondary rate limit (403, retry-after)': { kind: 'status', status: 403, retryAfter: 0.01 },
  'secondary rate limit (429, retry-after)': { kind: 'status', status: 429, retryAfter: 0.01 },
  'a lost response': { kind: 'lost-response' },
};

/**
 * What a fault does to a run, whichever GitHub's answer: the step fails and may have happened
 * (5xx, no answer), the step fails and did not happen (422, rate limits waited out until the
 * forge gives up), or the step happened and its answer was lost (once; retried). Every step
 * meets each class; within a class the answers take turns from step to step, so each answer
 * meets several steps without running every pair.
 */
const CLASSES: { name: string; shapes: string[]; reads: boolean }[] = [
  { name: 'GitHub failing uncertainly until the rerun', shapes: ['502', 'no answer'], reads: true },
  {
    name: 'GitHub refusing until the rerun',
    shapes: [
      '422',
      'secondary rate limit (403, retry-after)',
      'secondary rate limit (429, retry-after)',
    ],
    reads: false,
  },
  { name: 'an answer lost once', shapes: ['a lost response'], reads: false },
];

function faultAt(shapeName: string, step: Step, skip: number): Fault {
  const shape = SHAPES[shapeName]!;
  const times = shape.kind === 'lost-response' ? 1 : 1000;
  const match = {
    method: step.method,
    pathPattern: `/repos/acme/registry${step.path}`,
    skip,
    times,
  };
  return shape.kind === 'status'
    ? { ...match, kind: 'status', status: shape.status, retryAfter: shape.retryAfter }
    : { ...match, kind: shape.kind };
}

function describeCase(c: CaseResult, reference: EndState): string[] {
  return [
    ...(c.rerun.error ? [`the rerun failed: ${c.rerun.error}`] : []),
    ...c.afterFault.map((v) => `after the fault: ${v}`),
    ...c.violations,
    ...endStateDifferences(reference, c.state),
  ];
}

/**
 * Runs the scenario once per step of its clean run, with the fault `pick` chooses for that step
 * (none: the step is skipped), and says every way a rerun did not converge, other than the
 * scenario's expected differences.
 */
async function faultEachStep(
  scenario: ProposalScenario,
  clean: CaseResult,
  pick: (read: boolean, turn: number) => string | undefined,
): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  let wrote = false;
  let reached = !scenario.from;
  let passed = false;
  let turn = 0;
  for (const step of clean.steps) {
    if (passed) break;
    const id = `${step.method} ${step.path}`;
    const skip = seen.get(id) ?? 0;
    seen.set(id, skip + 1);
    const read = step.method === 'GET';
    wrote ||= !read;
    reached ||= scenario.from?.test(step.path) ?? false;
    passed = reached && (scenario.until?.test(step.path) ?? false);
    if (!reached || (read && !wrote && !scenario.readsBeforeWrites)) continue;
    const shape = pick(read, turn);
    if (!shape) continue;
    turn++;
    const result = await runCase(scenario, scenario.reruns, {
      inject: () => standin.failNext(faultAt(shape, step, skip)),
      gitFault: false,
    });
    const where = `${id} (#${skip + 1})`;
    if (result.injected === 0) problems.push(`${where}: ${shape} was never met`);
    for (const p of describeCase(result, clean.state)) problems.push(`${where}: ${p} [${shape}]`);
  }
  const expected = (p: string) =>
    (scenario.expectedDifferences ?? []).some(({ pattern }) =>
      pattern.test(p.replace(/ \[[^\]]*\]$/, '')),
    );
  return problems.filter((p) => !expected(p));
}

beforeAll(async () => {
  f = await registryFixture();
  await buildRegistry();
  // Git LFS objects are not behind refs: the store is copied, for the case that breaks it.
  lfsCopy = join(f.root, 'lfs-store');
  await copy(join(f.sandbox.origin, 'lfs'), lfsCopy);
  rewind = await rewindable({ origin: f.sandbox.origin, clone: f.clone, env: f.env });
}, 240_000);
afterAll(() => f?.cleanup());

describe.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
  let clean: CaseResult;

  beforeAll(async () => {
    clean = await runCase(scenario, scenario.reruns);
  }, 60_000);

  it('a clean run proposes, and its reruns settle', () => {
    expect(clean.first.error).toBeUndefined();
    expect(clean.rerun.error).toBeUndefined();
    expect(clean.violations).toEqual([]);
    // Something was written: the scenario exercises what it says.
    expect(
      clean.steps.some((s) => s.method !== 'GET'),
      clean.first.summary,
    ).toBe(true);
  });

  if (scenario.everyClassAtEachStep) {
    it.each(CLASSES.map((c) => [c.name, c] as const))(
      '%s, at each step of the run: the rerun converges',
      async (_name, faultClass) => {
        const problems = await faultEachStep(scenario, clean, (read, turn) =>
          read && !faultClass.reads
            ? undefined
            : faultClass.shapes[turn % faultClass.shapes.length],
        );
        expect(problems).toEqual([]);
      },
      240_000,
    );
  } else {
    it('one fault at each step of the run, every kind taking turns: the rerun converges', async () => {
      const forReads = CLASSES.filter((c) => c.reads).flatMap((c) => c.shapes);
      const forWrites = Object.keys(SHAPES);
      const problems = await faultEachStep(scenario, clean, (read, turn) =>
        read ? forReads[turn % forReads.length] : forWrites[turn % forWrites.length],
      );
      expect(problems).toEqual([]);
    }, 240_000);
  }

  it.runIf(scenario.pushesBranch)(
    'git: the proposal branch push refused, then its answer lost; the rerun converges',
    async () => {
      const origin = f.sandbox.origin;
      const refused = await runCase(scenario, scenario.reruns, {
        inject: () => refusePushes(origin, '^refs/heads/modelgate/'),
      });
      expect(refused.first.error).toMatch(/could not publish proposal branch .*test fault/s);
      expect(describeCase(refused, clean.state)).toEqual([]);
      const lost = await runCase(scenario, scenario.reruns, {
        inject: () => losePushAnswer(origin, '^refs/heads/modelgate/'),
      });
      // The push landed: this very run goes on to propose it, as a clean run does.
      expect(lost.first).toEqual(clean.first);
      expect(describeCase(lost, clean.state)).toEqual([]);
    },
  );
});

describe('faults at one step, and what the rerun finishes', () => {
  const rollback = SCENARIOS[0]!;
  const closing = SCENARIOS.find((s) => s.name.includes('closed once production changed'))!;
  const failing = (method: string, path: RegExp): Fault => ({
    method,
    pathPattern: path,
    status: 502,
    times: 1000,
  });

  it('reviewers are asked for again when GitHub failed while asking', async () => {
    const result = await runCase(rollback, 1, {
      inject: () => standin.failNext(failing('POST', /\/pulls\/\d+\/requested_reviewers$/)),
    });
    expect(result.first.error).toBeUndefined();
    expect(result.state.pulls[0]?.reviewers).toEqual(['risk-desk']);
  });

  it("an alert's assignees are asked for again when GitHub failed while assigning", async () => {
    const result = await runCase(rollback, 1, {
      // #1 is the rollback's pull request, #2 the alert.
      inject: () => standin.failNext(failing('POST', /\/issues\/2\/assignees$/)),
    });
    expect(result.first.error).toBeUndefined();
    expect(result.state.issues[0]?.assignees).toEqual(['alice']);
  });

  it('people a person took off are not asked again by the rerun', async () => {
    const where = { owner: 'acme', repo: 'registry' };
    const tookOff: Scenario = {
      ...rollback,
      prepare: async () => {
        const person = new Octokit({ auth: token, baseUrl: standin.baseUrl });
        const opened = await rollback.run();
        expect(opened.summary).toBe('rollback opened, retraining opened, alert opened');
        const pull = standin.pulls[0]!;
        const alert = standin.issues.find((issue) => !issue.isPullRequest)!;
        await person.rest.pulls.removeRequestedReviewers({
          ...where,
          pull_number: pull.number,
          reviewers: ['risk-desk'],
        });
        await person.rest.issues.removeAssignees({
          ...where,
          issue_number: alert.number,
          assignees: ['alice'],
        });
      },
    };
    const rerun = await runCase(tookOff, 0);
    expect(rerun.first.summary).toBe('rollback left alone, alert left alone');
    expect(rerun.state.pulls[0]).toMatchObject({ reviewers: [], assignees: ['alice'] });
    expect(rerun.state.issues[0]).toMatchObject({ assignees: [] });
  });

  it('retraining starts once per episode when opening the alert failed', async () => {
    const result = await runCase(rollback, 1, {
      inject: () => standin.failNext(failing('POST', /\/issues$/)),
    });
    expect(result.state.dispatches).toHaveLength(1);
  });

  it('a proposal closed with one comment when closing failed after commenting', async () => {
    const result = await runCase(closing, 1, {
      inject: () => standin.failNext(failing('PATCH', /\/pulls\/\d+$/)),
    });
    expect(result.state.pulls[0]?.comments).toHaveLength(1);
  });

  it('an automatic merge is explained by the rerun when commenting failed after merging', async () => {
    const flash = SCENARIOS.find((s) => s.name.startsWith('automatic rollback'))!;
    const result = await runCase(flash, 2, {
      inject: () => standin.failNext(failing('POST', /\/issues\/\d+\/comments$/)),
    });
    expect(result.first.error).toMatch(/commenting on #1/);
    const pull = result.state.pulls.find((p) => p.key.includes('modelgate/rollback/flash'));
    expect(pull?.state).toBe('merged');
    expect(pull?.comments).toEqual([
      expect.stringMatching(/^Merged automatically: .*To undo, revert \S+\.$/),
    ]);
  });
});

// ------------------------------------------------------------------------- ingest, register

describe('ingest with the git remote failing', () => {
  let clean: CaseResult;
  let file: string;
  const ingest: Scenario = {
    name: 'ingest',
    run: async () => {
      const report = await ingestTrades(await f.repo(), { file, shownAs: 'trades.jsonl' });
      return { summary: `stored ${report.stored}, already ${report.alreadyStored}` };
    },
  };

  beforeAll(async () => {
    file = join(f.inputs, 'faults-trades.jsonl');
    // The 500 trades of trader v3's collapse, already stored, and 200 more over several days.
    await writeFile(
      file,
      tradeLines({
        model: 'trader',
        version: 'v3',
        first: 600,
        count: 700,
        winRate: 0.45,
        seed: 12,
      }),
    );
    clean = await runCase(ingest, 1);
  }, 60_000);

  it('a clean run stores the new trades; its rerun stores nothing', () => {
    expect(clean.first).toEqual({ summary: 'stored 200, already 500' });
    expect(clean.rerun).toEqual({ summary: 'stored 0, already 700' });
  });

  it('the push refused: nothing stored; the rerun stores each trade once', async () => {
    const result = await runCase(ingest, 1, {
      inject: () => refusePushes(f.sandbox.origin, 'main'),
    });
    expect(result.first.error).toMatch(/^git push to origin main was refused: .*test fault/s);
    expect(describeCase(result, clean.state)).toEqual([]);
  });

  it("the push's answer lost: the trades landed and the run says so", async () => {
    const result = await runCase(ingest, 1, {
      inject: () => losePushAnswer(f.sandbox.origin, 'main'),
    });
    expect(result.first).toEqual(clean.first);
    expect(describeCase(result, clean.state)).toEqual([]);
  });

  it('the remote gone: a clear error; the rerun converges', async () => {
    const away = `${f.sandbox.origin}.away`;
    const result = await runCase(ingest, 1, {
      inject: () => rename(f.sandbox.origin, away),
      heal: () => rename(away, f.sandbox.origin),
    });
    expect(result.first.error).toBe('cannot reach git remote "origin"');
    expect(describeCase(result, clean.state)).toEqual([]);
  });
});

describe('register with the git remote failing', () => {
  let clean: CaseResult;
  let artifact: string;
  const register: Scenario = {
    name: 'register',
    run: async () => {
      const result = await registerVersion(await f.repo(), {
        model: 'rookie',
        artifacts: [artifact],
        evaluation: { ...daily(1.5), max_drawdown: 0.1, total_return: 0.2 },
        createdBy: 'training-pipeline',
        cwd: f.inputs,
        now: () => new Date('2026-10-02T00:00:00Z'),
      });
      return {
        summary: `${result.resumedFrom ? 'already registered' : 'registered'} ${result.plan.manifest.version}`,
      };
    },
    rerunOnlyAfterFailure: true,
  };

  beforeAll(async () => {
    artifact = await writeArtifact(join(f.inputs, 'faults-model.bin'), 50_000, 'faults');
    clean = await runCase(register, 1);
  }, 60_000);

  it('a clean run registers v3', () => {
    expect(clean.first).toEqual({ summary: 'registered v3' });
  });

  it('the push refused: nothing registered; the rerun registers v3 once', async () => {
    const result = await runCase(register, 1, {
      inject: () => refusePushes(f.sandbox.origin, 'main'),
    });
    expect(result.first.error).toMatch(/^git push to origin main was refused/);
    expect(describeCase(result, clean.state)).toEqual([]);
  });

  it("the push's answer lost: v3 landed and the run says so (no second try adds a v4)", async () => {
    const result = await runCase(register, 1, {
      inject: () => losePushAnswer(f.sandbox.origin, 'main'),
    });
    expect(result.first).toEqual(clean.first);
    expect(describeCase(result, clean.state)).toEqual([]);
  });

  it('Git LFS uploads failing: nothing registered; the rerun registers v3 once', async () => {
    const result = await runCase(register, 1, {
      inject: () => breakLfsStore(f.sandbox.origin),
      heal: async () => {
        await rm(join(f.sandbox.origin, 'lfs'), { force: true });
        await copy(lfsCopy, join(f.sandbox.origin, 'lfs'));
      },
    });
    expect(result.first.error).toMatch(/lfs/i);
    expect(describeCase(result, clean.state)).toEqual([]);
  });
});
