import { userInfo } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatProblem, describeThrown, ModelgateError } from '../core/problems.js';
import { isCalendarDate, plural } from '../core/text.js';
import { formatBytes } from '../core/policy.js';
import { currentBranch, openRepo, type RegistryRepo } from '../git/repository.js';
import type { LocalForge } from '../forge/local.js';
import { openForge, openLocalForge } from '../forge/select.js';
import type { Forge } from '../forge/forge.js';
import { collectDashboardData, writeDashboard } from '../registry/dashboard.js';
import { renderDashboardPage, renderStatus } from '../core/dashboard/index.js';
import { DASHBOARD_PATH } from '../core/layout.js';
import { evaluateRegistry } from '../proposals/evaluate.js';
import { proposeAbStart, proposeAbStop } from '../proposals/ab-test.js';
import { reconcileCleanup, retentionPlanAt } from '../proposals/cleanup.js';
import { usage as diskUsage } from '../core/retention/index.js';
import type { CommitOptions } from '../git/registry-writer.js';
import { markVersion, requireModel } from '../registry/change-version.js';
import { readEvaluationFile } from '../registry/evaluation-file.js';
import { initRegistry } from '../registry/init.js';
import { routeKey } from '../core/routing.js';
import { MAX_MATRIX_JOBS, shardModels } from '../core/shards.js';
import {
  loadRegistry,
  listModels,
  modelHistory,
  productionAtTime,
  showVersion,
  verify,
} from '../registry/queries.js';
import { driftDecisions } from '../registry/drift.js';
import { ingestTrades } from '../registry/ingest.js';
import { liveMetrics } from '../registry/live-metrics.js';
import { describeRegistration, registerVersion } from '../registry/register.js';
import { paperVerdicts, setPaperTrading } from '../registry/paper.js';
import { promoteVersion, rollbackProduction } from '../registry/set-production.js';
import { runDemo } from '../demo/demo.js';
import {
  formatAnnotations,
  formatDriftDecision,
  formatEvaluateReport,
  formatCleanupReport,
  formatRetentionPlan,
  formatUsage,
  formatLocalProposal,
  formatLocalProposalList,
  terminalSafe,
  formatHistory,
  formatIngestReport,
  formatLiveMetrics,
  formatModelList,
  formatProductionAt,
  formatVerifyReport,
  formatVersionDetail,
  formatVersionList,
} from './format.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether a person is reading stdout; JSON is indented only for them. */
  stdoutIsTerminal?: boolean;
  /** Whether a person watches stderr: long work then shows its progress there. */
  stderrIsTerminal?: boolean;
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

interface Command {
  summary: string;
  usage: string;
  options: Options;
  run: (context: Context) => Promise<number>;
}

interface Context {
  io: CliIo;
  args: string[];
  values: Values;
  repo: () => Promise<RegistryRepo>;
  commitOptions: CommitOptions;
  json: boolean;
  print: (text: string) => void;
  printJson: (value: unknown) => void;
}

const WRITE_OPTIONS: Options = {
  branch: { type: 'string' },
  remote: { type: 'string' },
  'no-push': { type: 'boolean' },
};
const READ_OPTIONS: Options = { rev: { type: 'string' } };

const COMMANDS: Record<string, Command> = {
  init: {
    summary: 'make this git repository a registry (policy with defaults, LFS rules)',
    usage: 'modelgate init',
    options: WRITE_OPTIONS,
    run: async (c) => {
      const result = await initRegistry(await c.repo(), c.commitOptions);
      if (c.json) c.printJson(result);
      else if (!result.commit) c.print('already a modelgate registry: nothing to do');
      else
        c.print(
          `initialised the registry: wrote ${result.wrote.join(', ')} (commit ${result.commit.slice(0, 10)})`,
        );
      warn(c, result.warnings);
      return 0;
    },
  },
  register: {
    summary: 'register a new version: artifacts into Git LFS, a manifest, one commit',
    usage:
      'modelgate register <model> --artifact <file>... --metrics <file> [--version <id>] [--parent <version>] [--data <ref>] [--notes <text>] [--important] [--by <name>]',
    options: {
      ...WRITE_OPTIONS,
      artifact: { type: 'string', multiple: true },
      metrics: { type: 'string' },
      version: { type: 'string' },
      parent: { type: 'string' },
      data: { type: 'string' },
      notes: { type: 'string' },
      important: { type: 'boolean' },
      by: { type: 'string' },
    },
    run: async (c) => {
      const [model] = positionals(c, 1, 'register <model>');
      const metrics = required(c, 'metrics');
      const repo = await c.repo();
      const evaluation = await readEvaluationFile(resolve(c.io.cwd, metrics), metrics);
      const result = await registerVersion(
        repo,
        {
          model: model!,
          artifacts: (c.values.artifact as string[] | undefined) ?? [],
          evaluation,
          version: c.values.version as string | undefined,
          parent: c.values.parent as string | undefined,
          trainingData: c.values.data as string | undefined,
          notes: c.values.notes as string | undefined,
          important: c.values.important as boolean | undefined,
          createdBy: (c.values.by as string | undefined) ?? (await whoAmI(repo, c.io.env)),
          cwd: c.io.cwd,
        },
        c.commitOptions,
      );
      const { manifest } = result.plan;
      if (c.json)
        c.printJson({
          model: manifest.model,
          version: manifest.version,
          commit: result.resumedFrom ?? result.commit,
          pushed_to: result.remote ?? null,
          attempts: result.attempts,
          ...(result.resumedFrom ? { registered_by_an_earlier_run: true } : {}),
          manifest,
        });
      else c.print(describeRegistration(result));
      warn(c, result.warnings);
      return 0;
    },
  },
  list: {
    summary: 'list models, or the versions of one model',
    usage: 'modelgate list [model] [--json]',
    options: READ_OPTIONS,
    run: async (c) => {
      const [model] = positionals(c, 0, 'list [model]', 1);
      const models = await listModels(await c.repo(), model, c.values.rev as string | undefined);
      if (c.json) c.printJson({ models });
      else c.print(model ? formatVersionList(models[0]!) : formatModelList(models));
      return 0;
    },
  },
  show: {
    summary: 'show one version: provenance, backtest, artifacts (from LFS pointers)',
    usage: 'modelgate show <model> <version> [--json]',
    options: READ_OPTIONS,
    run: async (c) => {
      const [model, version] = positionals(c, 2, 'show <model> <version>');
      const detail = await showVersion(
        await c.repo(),
        model!,
        version!,
        c.values.rev as string | undefined,
      );
      if (c.json) c.printJson(detail);
      else c.print(formatVersionDetail(detail));
      return 0;
    },
  },
  history: {
    summary:
      "a model's lifecycle from git history: registered, promoted, rolled back, marked, deleted",
    usage: 'modelgate history <model> [--json]',
    options: READ_OPTIONS,
    run: async (c) => {
      const [model] = positionals(c, 1, 'history <model>');
      const events = await modelHistory(await c.repo(), model!, c.values.rev as string | undefined);
      if (c.json) c.printJson({ model, events });
      else c.print(formatHistory(model!, events));
      return 0;
    },
  },
  at: {
    summary: 'which version was in production at a moment, from history',
    usage:
      'modelgate at <model> <time> [--json]    time: 2026-03-01T12:00:00Z, 2026-03-01 (00:00 UTC) or now',
    options: READ_OPTIONS,
    run: async (c) => {
      const [model, when] = positionals(c, 2, 'at <model> <time>');
      const answer = await productionAtTime(
        await c.repo(),
        model!,
        parseTime(when!),
        c.values.rev as string | undefined,
      );
      if (c.json) c.printJson(answer);
      else c.print(formatProductionAt(answer));
      return 0;
    },
  },
  verify: {
    summary: 'check every registry invariant; non-zero exit on any error',
    usage: 'modelgate verify [--rev <commit>] [--base <commit>] [--json]',
    options: { ...READ_OPTIONS, base: { type: 'string' } },
    run: async (c) => {
      positionals(c, 0, 'verify');
      const repo = await c.repo();
      const rev = (c.values.rev as string | undefined) ?? 'HEAD';
      // --base: also check what the change since then did to what was stored (a PR's base).
      const base = c.values.base as string | undefined;
      // Reading the work tree's status takes as long as verifying; do both at once.
      const [report, uncommitted] = await Promise.all([
        verify(repo, rev, { base }),
        rev === 'HEAD' ? uncommittedRegistryChanges(repo) : 0,
      ]);
      if (uncommitted > 0) {
        // verify checks what is committed: that is what a pull request and the live system see.
        c.io.stderr(
          `modelgate: note: ${uncommitted} uncommitted change${uncommitted === 1 ? '' : 's'} under registry/ not checked; verify reads the committed registry (commit first, or pass --rev)\n`,
        );
      }
      if (c.json) c.printJson(report);
      else c.print(formatVerifyReport(report));
      if (c.io.env.GITHUB_ACTIONS === 'true' && report.problems.length > 0)
        c.print(formatAnnotations(report.problems));
      return report.errors > 0 ? 1 : 0;
    },
  },
  mark: {
    summary: 'mark a version important (kept by every cleanup), or set its status',
    usage:
      'modelgate mark <model> <version> (--important | --not-important | --status active|degraded|archived) [--reason <text>]',
    options: {
      ...WRITE_OPTIONS,
      important: { type: 'boolean' },
      'not-important': { type: 'boolean' },
      status: { type: 'string' },
      reason: { type: 'string' },
    },
    run: async (c) => {
      const [model, version] = positionals(c, 2, 'mark <model> <version>');
      if (c.values.important && c.values['not-important'])
        throw new ModelgateError('use --important or --not-important, not both');
      const status = c.values.status as string | undefined;
      if (status !== undefined && !['active', 'degraded', 'archived'].includes(status)) {
        throw new ModelgateError(
          `--status: expected active, degraded or archived, found ${JSON.stringify(status)} (deletion goes through a cleanup proposal)`,
        );
      }
      const result = await markVersion(
        await c.repo(),
        {
          model: model!,
          version: version!,
          important: c.values.important ? true : c.values['not-important'] ? false : undefined,
          status: status as 'active' | 'degraded' | 'archived' | undefined,
          reason: c.values.reason as string | undefined,
        },
        c.commitOptions,
      );
      if (c.json)
        c.printJson({
          commit: result.unchanged ? null : result.commit,
          unchanged: result.unchanged,
        });
      else
        c.print(
          result.unchanged
            ? `${model} ${version}: already so, nothing to do`
            : `marked ${model} ${version} (commit ${result.commit!.slice(0, 10)})`,
        );
      warn(c, result.warnings);
      return 0;
    },
  },
  promote: productionCommand('promote'),
  rollback: productionCommand('rollback'),
  ingest: {
    summary: 'store a file of closed trades (JSONL, CSV or a JSON array) in the registry',
    usage: 'modelgate ingest <file> [--skip-invalid] [--json]',
    options: { ...WRITE_OPTIONS, 'skip-invalid': { type: 'boolean' } },
    run: async (c) => {
      const [file] = positionals(c, 1, 'ingest <file>');
      const repo = await c.repo();
      const progress = c.io.stderrIsTerminal ? progressPrinter(c.io) : undefined;
      const report = await ingestTrades(
        repo,
        {
          file: resolve(c.io.cwd, file!),
          shownAs: file!,
          skipInvalid: Boolean(c.values['skip-invalid']),
          onProgress: progress?.update,
        },
        c.commitOptions,
      ).finally(() => progress?.done());
      if (c.json) c.printJson(report);
      else c.print(formatIngestReport(file!, report));
      warn(c, report.warnings);
      return 0;
    },
  },
  metrics: {
    summary: 'live performance of the versions that trade: win rate, Sharpe, drawdown, streaks',
    usage:
      'modelgate metrics <model> [--version <id>] [--since <time>] [--mode live|paper] [--json]',
    options: {
      ...READ_OPTIONS,
      version: { type: 'string' },
      since: { type: 'string' },
      mode: { type: 'string' },
    },
    run: async (c) => {
      const [model] = positionals(c, 1, 'metrics <model>');
      const mode = c.values.mode as string | undefined;
      if (mode !== undefined && mode !== 'live' && mode !== 'paper') {
        throw new UsageError(`--mode: expected live or paper, found ${JSON.stringify(mode)}`);
      }
      const since = c.values.since as string | undefined;
      const results = await liveMetrics(await c.repo(), {
        model: model!,
        version: c.values.version as string | undefined,
        since: since === undefined ? undefined : parseTime(since),
        mode,
        rev: c.values.rev as string | undefined,
      });
      if (c.json) c.printJson({ model, versions: results });
      else c.print(results.map(formatLiveMetrics).join('\n\n'));
      return 0;
    },
  },
  drift: {
    summary: 'is production (or a paper version) degrading? a decision with its evidence',
    usage: 'modelgate drift <model> [--version <id>] [--json]',
    options: { ...READ_OPTIONS, version: { type: 'string' } },
    run: async (c) => {
      const [model] = positionals(c, 1, 'drift <model>');
      const decisions = await driftDecisions(await c.repo(), {
        model: model!,
        version: c.values.version as string | undefined,
        rev: c.values.rev as string | undefined,
      });
      if (c.json) c.printJson({ model, decisions });
      else c.print(decisions.map(formatDriftDecision).join('\n\n'));
      return 0;
    },
  },
  route: {
    summary: 'which version trades a signal or order key (A/B arm by hash; paper versions shadow)',
    usage: 'modelgate route <model> <key>... [--rev <commit>] [--json]',
    options: READ_OPTIONS,
    run: async (c) => {
      if (c.args.length < 2) throw new UsageError('expected route <model> <key>...');
      const [model, ...keys] = c.args;
      const snapshot = await loadRegistry(await c.repo(), c.values.rev as string | undefined);
      const state = requireModel(snapshot, model!).deployment;
      if (!state)
        throw new ModelgateError(
          `registry/${model}/deployment.yaml is invalid: run \`modelgate verify\``,
        );
      const routes = keys.map((key) => ({ key, route: routeKey(state, key) }));
      if (c.json) {
        c.printJson({ model, routes: routes.map(({ key, route }) => ({ key, ...route })) });
        return 0;
      }
      for (const { key, route } of routes) {
        if (!route) {
          c.print(`${model} ${terminalSafe(key)}: no production version yet`);
          continue;
        }
        const arm =
          route.arm === 'production'
            ? 'production'
            : `${route.arm} arm, ${state.ab_test!.split[route.arm]}% of keys`;
        const shadow = route.shadow.length ? `; paper: ${route.shadow.join(', ')}` : '';
        c.print(`${model} ${terminalSafe(key)} → ${route.version} (${arm})${shadow}`);
      }
      return 0;
    },
  },
  evaluate: {
    summary: 'decide for every model; open, update or close rollback proposals and alerts to match',
    usage:
      'modelgate evaluate [--model <name>]... [--dry-run] [--forge local|github] [--branch <name>] [--now <time>] [--json]',
    options: {
      model: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      forge: { type: 'string' },
      token: { type: 'string' },
      branch: { type: 'string' },
      now: { type: 'string' },
    },
    run: async (c) => {
      positionals(c, 0, 'evaluate');
      const repo = await c.repo();
      const forge = await forgeFor(c, repo);
      const report = await evaluateRegistry(repo, forge, {
        models: c.values.model as string[] | undefined,
        dryRun: c.values['dry-run'] === true,
        now: c.values.now === undefined ? undefined : parseTime(c.values.now as string),
      });
      if (c.json) c.printJson(report);
      else c.print(formatEvaluateReport(report));
      return report.errors > 0 ? 1 : 0;
    },
  },
  ab: {
    summary: 'start or stop an A/B test by hand: opens the same proposal evaluate would',
    usage:
      'modelgate ab start <model> <candidate> [--split 80/20] [--now <time>] | modelgate ab stop <model> [--reason <text>]   [--forge local|github]',
    options: {
      split: { type: 'string' },
      reason: { type: 'string' },
      forge: { type: 'string' },
      token: { type: 'string' },
      branch: { type: 'string' },
      now: { type: 'string' },
    },
    run: async (c) => {
      const [action, model, candidate] = c.args;
      if (action !== 'start' && action !== 'stop') {
        throw new UsageError('expected ab start <model> <candidate> or ab stop <model>');
      }
      positionals(
        c,
        action === 'start' ? 3 : 2,
        action === 'start' ? 'ab start <model> <candidate>' : 'ab stop <model>',
      );
      const repo = await c.repo();
      const by = await whoAmI(repo, c.io.env);
      const forge = await forgeFor(c, repo, by);
      const item =
        action === 'start'
          ? await proposeAbStart(repo, forge, {
              model: model!,
              candidate: candidate!,
              candidatePercent: parseSplit(c.values.split as string | undefined),
              by,
              now: c.values.now === undefined ? new Date() : parseTime(c.values.now as string),
            })
          : await proposeAbStop(repo, forge, {
              model: model!,
              by,
              reason: c.values.reason as string | undefined,
            });
      if (c.json) c.printJson(item);
      else
        c.print(
          `${item.outcome} proposal${item.id ? ` #${item.id}` : ''}: ${terminalSafe(item.title ?? '')}${item.url ? `\n${terminalSafe(item.url)}` : ''}${item.outcome === 'left alone' ? `\n(${terminalSafe(item.why)})` : ''}`,
        );
      return 0;
    },
  },
  paper: {
    summary: 'paper trading: start or stop a version (a direct commit), or the verdicts so far',
    usage:
      'modelgate paper <model> | modelgate paper start <model> <version> | modelgate paper stop <model> <version>   [--reason <text>] [--json]',
    options: { ...WRITE_OPTIONS, reason: { type: 'string' }, now: { type: 'string' } },
    run: async (c) => {
      const [first, model, version] = c.args;
      const repo = await c.repo();
      if (first === 'start' || first === 'stop') {
        positionals(c, 3, `paper ${first} <model> <version>`);
        const result = await setPaperTrading(
          repo,
          {
            model: model!,
            version: version!,
            on: first === 'start',
            reason: c.values.reason as string | undefined,
            now: c.values.now === undefined ? new Date() : parseTime(c.values.now as string),
          },
          c.commitOptions,
        );
        warn(c, result.warnings);
        if (c.json)
          c.printJson({ model, version, paper_trading: first === 'start', commit: result.commit });
        else
          c.print(
            `${first === 'start' ? 'started' : 'stopped'} paper trading ${model} ${version} (commit ${result.commit?.slice(0, 10)})`,
          );
        return 0;
      }
      positionals(c, 1, 'paper <model>');
      const verdicts = await paperVerdicts(repo, { model: first! });
      if (c.json) c.printJson({ model: first, verdicts });
      else if (verdicts.length === 0) c.print(`${first}: no version is paper trading`);
      else
        c.print(
          verdicts
            .map(
              (v) =>
                `${v.model} ${v.version} (paper since ${v.startedAt}): ${v.verdict}: ${terminalSafe(v.reason, 600)}`,
            )
            .join('\n'),
        );
      return 0;
    },
  },
  usage: {
    summary: 'disk used per version, model and in total, from LFS pointers (nothing downloaded)',
    usage: 'modelgate usage [<model>...] [--rev <commit>] [--json]',
    options: READ_OPTIONS,
    run: async (c) => {
      const repo = await c.repo();
      const rev = c.values.rev as string | undefined;
      const snapshot = await loadRegistry(repo, rev);
      for (const model of c.args) requireModel(snapshot, model);
      const used = diskUsage(snapshot, { models: c.args.length ? c.args : undefined });
      const commit = (await repo.git.run(['rev-parse', rev ?? 'HEAD'])).trim();
      const plan = await retentionPlanAt(repo, snapshot, commit, new Date());
      if (c.json) c.printJson({ ...used, cleanup: plan.totals });
      else c.print(formatUsage(used, plan));
      return 0;
    },
  },
  cleanup: {
    summary: "the retention plan (--plan), or open/update the registry's cleanup proposal",
    usage: 'modelgate cleanup [--plan] [--dry-run] [--now <time>] [--forge local|github] [--json]',
    options: {
      plan: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      now: { type: 'string' },
      forge: { type: 'string' },
      token: { type: 'string' },
      branch: { type: 'string' },
    },
    run: async (c) => {
      positionals(c, 0, 'cleanup');
      const repo = await c.repo();
      const now = c.values.now === undefined ? new Date() : parseTime(c.values.now as string);
      if (c.values.plan === true) {
        const snapshot = await loadRegistry(repo);
        const commit = (await repo.git.run(['rev-parse', 'HEAD'])).trim();
        const plan = await retentionPlanAt(repo, snapshot, commit, now);
        if (c.json) c.printJson(plan);
        else c.print(formatRetentionPlan(plan));
        return 0;
      }
      const forge = await forgeFor(c, repo);
      const report = await reconcileCleanup(repo, forge, {
        now,
        dryRun: c.values['dry-run'] === true,
      });
      if (c.json) c.printJson({ ...report, plan: report.plan.totals });
      else c.print(formatCleanupReport(report));
      return 0;
    },
  },
  dashboard: {
    summary:
      'write the registry page (registry/README.md): versions, live monitor, A/B, cleanup, charts',
    usage:
      'modelgate dashboard [--output <file> | --check] [--forge local|github] [--rev <commit>] [--json]',
    options: {
      ...WRITE_OPTIONS,
      output: { type: 'string' },
      check: { type: 'boolean' },
      forge: { type: 'string' },
      token: { type: 'string' },
      rev: { type: 'string' },
    },
    run: async (c) => {
      positionals(c, 0, 'dashboard');
      const repo = await c.repo();
      const forge = await dashboardForge(c, repo);
      const data = await collectDashboardData(repo, {
        rev: c.values.rev as string | undefined,
        forge,
      });
      const page = renderDashboardPage(data);
      if (c.values.check === true) {
        const committed = await repo.git.tryRun(['show', `HEAD:${DASHBOARD_PATH}`]);
        if (committed === page) {
          c.print(
            `${DASHBOARD_PATH} is current (registry commit ${data.source.commit.slice(0, 10)})`,
          );
          return 0;
        }
        c.io.stderr(
          `modelgate dashboard: ${DASHBOARD_PATH} is ${committed === undefined ? 'missing' : 'out of date'}: run \`modelgate dashboard\` and commit it\n`,
        );
        return 1;
      }
      if (typeof c.values.output === 'string') {
        const file = resolve(c.io.cwd, c.values.output);
        await writeFile(file, page);
        c.print(`dashboard written to ${file}`);
        return 0;
      }
      const result = await writeDashboard(repo, data, c.commitOptions);
      warn(c, result.warnings);
      const where = join(repo.root, DASHBOARD_PATH);
      if (c.json) c.printJson({ path: where, changed: !result.unchanged, commit: result.commit });
      else
        c.print(
          result.unchanged
            ? `${DASHBOARD_PATH} is current: nothing to commit (${where})`
            : `${DASHBOARD_PATH} updated (commit ${result.commit?.slice(0, 10)}): ${where}`,
        );
      return 0;
    },
  },
  status: {
    summary:
      'every model at a glance: production, drift, A/B, cleanup, open proposals (fits 100 columns)',
    usage: 'modelgate status [--forge local|github] [--rev <commit>] [--json]',
    options: { forge: { type: 'string' }, token: { type: 'string' }, rev: { type: 'string' } },
    run: async (c) => {
      positionals(c, 0, 'status');
      const repo = await c.repo();
      const forge = await dashboardForge(c, repo);
      const data = await collectDashboardData(repo, {
        rev: c.values.rev as string | undefined,
        forge,
      });
      if (c.json) c.printJson(data);
      else c.print(renderStatus(data, 100));
      return 0;
    },
  },
  plan: {
    summary:
      'split the models into shards for a CI job matrix (each model always in the same shard)',
    usage:
      'modelgate plan [--shards <n>] [--json]   (default: one shard per 50 models, at most 256)',
    options: { shards: { type: 'string' }, rev: { type: 'string' } },
    run: async (c) => {
      positionals(c, 0, 'plan');
      const snapshot = await loadRegistry(await c.repo(), c.values.rev as string | undefined);
      const models = [...snapshot.models.keys()];
      const wanted =
        c.values.shards === undefined
          ? Math.min(MAX_MATRIX_JOBS, Math.max(1, Math.ceil(models.length / 50)))
          : Number(c.values.shards);
      if (!Number.isInteger(wanted) || wanted < 1 || wanted > MAX_MATRIX_JOBS) {
        throw new UsageError(`--shards must be a whole number from 1 to ${MAX_MATRIX_JOBS}`);
      }
      const shards = shardModels(models, wanted);
      if (c.json) c.printJson({ include: shards });
      else
        c.print(
          shards
            .map((s) => `shard ${s.index}: ${plural(s.count, 'model')}: ${s.models}`)
            .join('\n') || 'no models',
        );
      return 0;
    },
  },
  proposals: {
    summary: 'list the local proposals and alerts, or show one proposal in full',
    usage: 'modelgate proposals [<id> [--full]] [--all] [--json]',
    options: { all: { type: 'boolean' }, full: { type: 'boolean' }, branch: { type: 'string' } },
    run: async (c) => {
      const [id] = positionals(c, 0, 'proposals [<id>]', 1);
      const forge = await localForge(c);
      if (id) {
        const proposal = await forge.readProposal(id);
        if (c.json) c.printJson(proposal);
        else c.print(formatLocalProposal(proposal, c.values.full === true));
        return 0;
      }
      const all = c.values.all === true;
      const proposals = await forge.listProposals({ all });
      const alerts = await forge.listAlerts({ all });
      if (c.json) c.printJson({ proposals, alerts });
      else c.print(formatLocalProposalList(proposals, alerts, all));
      return 0;
    },
  },
  apply: {
    summary:
      'merge a local proposal into the registry branch, as a reviewer merging a pull request',
    usage: 'modelgate apply <id>',
    options: { branch: { type: 'string' } },
    run: async (c) => {
      const [id] = positionals(c, 1, 'apply <id>');
      const forge = await localForge(c);
      const proposal = await forge.readProposal(id!);
      const commit = await forge.mergeProposal(
        id!,
        `Merge proposal #${proposal.id}: ${proposal.title}`,
      );
      if (c.json) c.printJson({ id: proposal.id, merged: true, commit, base: forge.baseBranch });
      else
        c.print(
          `merged proposal #${proposal.id} into ${forge.baseBranch} as ${commit.slice(0, 12)}: ${terminalSafe(proposal.title)}\nto undo: git revert -m 1 ${commit.slice(0, 12)}`,
        );
      return 0;
    },
  },
  reject: {
    summary:
      'close a local proposal without merging it: a "no" that stands until the evidence changes',
    usage: 'modelgate reject <id> [--reason <text>]',
    options: { reason: { type: 'string' }, branch: { type: 'string' } },
    run: async (c) => {
      const [id] = positionals(c, 1, 'reject <id>');
      const forge = await localForge(c);
      await forge.rejectProposal(id!, c.values.reason as string | undefined);
      const proposal = await forge.readProposal(id!);
      if (c.json) c.printJson({ id: proposal.id, state: proposal.state });
      else c.print(`rejected proposal #${proposal.id}: ${terminalSafe(proposal.title)}`);
      return 0;
    },
  },
  demo: {
    summary: 'build a sandbox registry with a local "origin" and walk through the workflows',
    usage: 'modelgate demo [--dir <folder>]   (default: ./demo-sandbox)',
    options: { dir: { type: 'string' } },
    run: async (c) => {
      positionals(c, 0, 'demo');
      await runDemo({
        dir: resolve(c.io.cwd, (c.values.dir as string | undefined) ?? 'demo-sandbox'),
        print: c.print,
        env: c.io.env,
        runCommand: (argv, cwd, env) => runCli(argv, { ...c.io, cwd, env }),
      });
      return 0;
    },
  },
};

/** `promote` and `rollback` are one operation with two intents, recorded as such in history. */
function productionCommand(action: 'promote' | 'rollback'): Command {
  const promote = action === 'promote';
  return {
    summary: promote
      ? 'put a version into production (a commit you make by hand)'
      : 'put the previous (or a named) version back into production; the replaced one is marked degraded',
    usage: promote
      ? 'modelgate promote <model> <version> [--reason <text>]'
      : 'modelgate rollback <model> [version] [--reason <text>]',
    options: { ...WRITE_OPTIONS, reason: { type: 'string' } },
    run: async (c) => {
      const [model, version] = promote
        ? positionals(c, 2, 'promote <model> <version>')
        : positionals(c, 1, 'rollback <model> [version]', 2);
      const change = { model: model!, version, reason: c.values.reason as string | undefined };
      const repo = await c.repo();
      const result = promote
        ? await promoteVersion(repo, change, c.commitOptions)
        : await rollbackProduction(repo, change, c.commitOptions);
      const { from, to } = result.plan;
      if (c.json)
        c.printJson({
          commit: result.resumedFrom ?? result.commit,
          from,
          to,
          ...(result.resumedFrom ? { done_by_an_earlier_run: true } : {}),
        });
      else {
        const what = promote
          ? `production ${from ?? '(none)'} → ${to}`
          : `rolled back ${from ?? '(none)'} → ${to}${from ? `; ${from} marked degraded` : ''}`;
        c.print(
          result.resumedFrom
            ? `${model}: ${what}, done by an earlier run of this request that was interrupted before it could say so (commit ${result.resumedFrom.slice(0, 10)}); nothing was done again`
            : `${model}: ${what} (commit ${result.commit!.slice(0, 10)})`,
        );
      }
      warn(c, result.warnings);
      return 0;
    },
  };
}

const GLOBAL_OPTIONS: Options = {
  repo: { type: 'string', short: 'C' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return [
    'modelgate: a model registry that lives in a git repository',
    '',
    'usage: modelgate <command> [options]',
    '',
    ...Object.entries(COMMANDS).map(
      ([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`,
    ),
    '',
    'options for every command:',
    '  -C, --repo <dir>   the registry repository (default: the current directory)',
    '  --json             machine-readable output',
    'commands that write also take --branch <name>, --remote <name> and --no-push;',
    'commands that read take --rev <commit> to read the registry as it was at that commit.',
    '',
    "modelgate <command> --help shows a command's usage.",
  ].join('\n');
}

/** Runs one CLI invocation and returns the exit code. Every error is caught here, once. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = hoistGlobalOptions(argv);
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(`${usage()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === 'version') {
    io.stdout(`modelgate ${__MODELGATE_VERSION__}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(visible(`modelgate: unknown command ${JSON.stringify(name)}\n\n${usage()}\n`));
    return 2;
  }
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (thrown) {
    io.stderr(
      visible(
        `modelgate ${name}: ${describeThrown(thrown).replace(/\. To specify a positional argument.*$/s, '')}\nusage: ${command.usage}\n`,
      ),
    );
    return 2;
  }
  const { values } = parsed;
  if (values.help) {
    io.stdout(`usage: ${command.usage}\n`);
    return 0;
  }
  const json = Boolean(values.json);
  const context: Context = {
    io,
    args: parsed.positionals,
    values,
    json,
    repo: () =>
      openRepo(resolve(io.cwd, (values.repo as string | undefined) ?? '.'), { env: io.env }),
    commitOptions: {
      branch: values.branch as string | undefined,
      remote: values['no-push'] ? false : (values.remote as string | undefined),
      onRetry: (attempt, reason) =>
        io.stderr(`modelgate: ${reason}; trying again (attempt ${attempt + 1})\n`),
    },
    print: (text) => io.stdout(`${text}\n`),
    printJson: (value) =>
      io.stdout(`${JSON.stringify(value, null, io.stdoutIsTerminal ? 2 : undefined)}\n`),
  };
  try {
    refuseOptionLikeRevision(values.rev);
    return await command.run(context);
  } catch (thrown) {
    if (thrown instanceof UsageError) {
      io.stderr(visible(`modelgate ${name}: ${thrown.message}\nusage: ${command.usage}\n`));
      return 2;
    }
    if (thrown instanceof ModelgateError) {
      const details = thrown.problems.map((problem) => `  ${formatProblem(problem)}`);
      io.stderr(visible(`modelgate ${name}: ${[thrown.message, ...details].join('\n')}\n`));
      return 1;
    }
    io.stderr(
      `modelgate ${name}: unexpected error: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : describeThrown(thrown)}\n`,
    );
    return 70;
  }
}

class UsageError extends Error {}

/**
 * An error message as the terminal will show it: controls other than newline and tab, and
 * invisible format characters (bidirectional overrides, zero-width), escaped as \u sequences.
 * Messages quote what the user typed or what a file held; neither may recolour the terminal,
 * move its cursor or reorder the text around it.
 */
function visible(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/gu, (char) => {
    const code = char.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * A revision reaches git as an argument: "--output=<file>" would be read as git's option and
 * write that file. Refused here, once, for every command that takes --rev.
 */
function refuseOptionLikeRevision(rev: Values[string]): void {
  if (typeof rev === 'string' && (rev === '' || rev.startsWith('-'))) {
    throw new UsageError(
      `--rev ${JSON.stringify(rev)}: expected a commit, branch or tag (e.g. HEAD~1, main, v1.2), not an option`,
    );
  }
}

/** `modelgate -C repo --json list` works like `modelgate list -C repo --json`, as in git. */
function hoistGlobalOptions(argv: readonly string[]): string[] {
  const leading: string[] = [];
  let index = 0;
  while (index < argv.length) {
    const arg = argv[index]!;
    if (arg === '-C' || arg === '--repo') {
      if (index + 1 >= argv.length) break;
      leading.push(arg, argv[index + 1]!);
      index += 2;
    } else if (arg.startsWith('--repo=') || arg === '--json') {
      leading.push(arg);
      index += 1;
    } else break;
  }
  const [command, ...rest] = argv.slice(index);
  return command === undefined ? [...argv] : [command, ...leading, ...rest];
}

function positionals(c: Context, min: number, shape: string, max = min): string[] {
  if (c.args.length < min || c.args.length > max) {
    throw new UsageError(
      c.args.length < min
        ? `expected ${shape}`
        : `unexpected argument ${JSON.stringify(c.args[max])}`,
    );
  }
  return c.args;
}

async function localForge(c: Context): Promise<LocalForge> {
  const repo = await c.repo();
  const branch = (c.values.branch as string | undefined) ?? (await currentBranch(repo));
  if (!branch) throw new ModelgateError('HEAD is detached: pass --branch <name>');
  return openLocalForge(repo, {
    baseBranch: branch,
    user: await whoAmI(repo, c.io.env),
    onWarning: (warning) => warn(c, [warning]),
  });
}

/** `80/20` (control/candidate), `20`, `20%` or `0.2`: the candidate's whole percent. */
function parseSplit(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const pair = /^(\d+)\/(\d+)$/.exec(text);
  const percent = pair
    ? Number(pair[1]) + Number(pair[2]) === 100
      ? Number(pair[2])
      : NaN
    : /^0?\.\d+$/.test(text)
      ? Math.round(Number(text) * 100)
      : /^\d+%?$/.test(text)
        ? Number(text.replace('%', ''))
        : NaN;
  if (!(percent >= 1 && percent <= 99)) {
    throw new UsageError(
      `--split ${JSON.stringify(text)}: give control/candidate percents adding up to 100 (80/20), or the candidate's share strictly between 0 and 100 (20, 20% or 0.2)`,
    );
  }
  return percent;
}

/** The forge the command's --forge, --token and --branch name (the local one by default). */
async function forgeFor(c: Context, repo: RegistryRepo, user?: string): Promise<Forge> {
  return openForge(repo, {
    kind: c.values.forge as string | undefined,
    env: c.io.env,
    token: c.values.token as string | undefined,
    baseBranch: c.values.branch as string | undefined,
    user: user ?? (await whoAmI(repo, c.io.env)),
    onWarning: (warning) => warn(c, [warning]),
  });
}

/** The forge whose open proposals and alerts the page links; none on a detached HEAD. */
async function dashboardForge(c: Context, repo: RegistryRepo): Promise<Forge | undefined> {
  return (await currentBranch(repo)) ? forgeFor(c, repo) : undefined;
}

function required(c: Context, option: string): string {
  const value = c.values[option];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${option} is required`);
  return value;
}

function warn(c: Context, warnings: readonly string[]): void {
  for (const warning of warnings) c.io.stderr(visible(`modelgate: warning: ${warning}\n`));
}

async function whoAmI(repo: RegistryRepo, env: NodeJS.ProcessEnv): Promise<string> {
  if (env.GITHUB_ACTOR) return env.GITHUB_ACTOR;
  const name = (await repo.git.tryRun(['config', 'user.name']))?.trim();
  return name || userInfo().username;
}

/** A one-line progress display on stderr, for people watching a long upload. */
function progressPrinter(io: CliIo): {
  update: (read: number, total: number) => void;
  done: () => void;
} {
  let last = 0;
  let shown = false;
  return {
    update: (read, total) => {
      const now = Date.now();
      const finished = read >= total;
      if (total < 20_000_000 || (now - last < 500 && !finished)) return;
      last = now;
      shown = true;
      // Reading is most of the work; merging and pushing follow, and can take a while too.
      const then = finished ? '; storing…' : '';
      io.stderr(
        `\rmodelgate ingest: ${formatBytes(read)} of ${formatBytes(total)} (${Math.floor((read / total) * 100)}%)${then}`,
      );
    },
    done: () => {
      if (shown) io.stderr('\n');
    },
  };
}

async function uncommittedRegistryChanges(repo: RegistryRepo): Promise<number> {
  const status = await repo.git.tryRun([
    'status',
    '--porcelain',
    '--untracked-files=all',
    '--',
    'registry',
  ]);
  return status ? status.split('\n').filter(Boolean).length : 0;
}

function parseTime(text: string): Date {
  if (text === 'now') return new Date();
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const full = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(
    text,
  );
  const time = new Date(dateOnly ? `${text}T00:00:00Z` : text);
  if ((!dateOnly && !full) || Number.isNaN(time.getTime()) || !isCalendarDate(text.slice(0, 10))) {
    throw new UsageError(
      `cannot read the time ${JSON.stringify(text)}: use 2026-03-01T12:00:00Z, 2026-03-01 (midnight UTC) or now`,
    );
  }
  return time;
}

declare const __MODELGATE_VERSION__: string;
