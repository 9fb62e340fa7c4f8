import * as core from '@actions/core';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestTrades } from '../registry/ingest.js';
import { readEvaluationFile } from '../registry/evaluation-file.js';
import { arrayElementTexts } from '../core/json-slices.js';
import { describeRegistration, registerVersion } from '../registry/register.js';
import { reconcileCleanup } from '../proposals/cleanup.js';
import { formatProblem, describeThrown, ModelgateError } from '../core/problems.js';
import { plural } from '../core/text.js';
import { openForge } from '../forge/select.js';
import type { Forge } from '../forge/forge.js';
import { renderJobSummary, type DashboardData } from '../core/dashboard/index.js';
import { collectDashboardData, writeDashboard } from '../registry/dashboard.js';
import { DASHBOARD_PATH } from '../core/layout.js';
import { openRepo, type RegistryRepo } from '../git/repository.js';
import { evaluateRegistry, type EvaluateReport } from '../proposals/evaluate.js';
import { loadRegistry, verify } from '../registry/queries.js';
import { MAX_MATRIX_JOBS, shardModels } from '../core/shards.js';
import { readActionSettings, unknownInputs, type ActionSettings } from './settings.js';

/** The action's entry: one try/catch, ending in core.setFailed. */
export async function run(): Promise<void> {
  try {
    const unknown = unknownInputs(process.env);
    if (unknown.length > 0) {
      throw new ModelgateError(
        `unknown input${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `"${name}"`).join(', ')}: see action.yml for the inputs modelgate takes`,
      );
    }
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const settings = readActionSettings((name) => core.getInput(name), workspace);
    const repo = await openRepo(resolve(workspace, settings.registryPath));
    // The dashboard command has the page's data already; the summary reuses it.
    let dashboard: DashboardData | undefined;
    const forge =
      settings.command === 'verify'
        ? await runVerify(repo, settings)
        : settings.command === 'dashboard'
          ? await runDashboard(repo, settings, (data) => (dashboard = data))
          : settings.command === 'ingest'
            ? await runIngest(repo, settings, workspace)
            : settings.command === 'cleanup'
              ? await runCleanup(repo, settings)
              : settings.command === 'plan'
                ? await runPlan(repo, settings.shards)
                : settings.command === 'register'
                  ? await runRegister(repo, settings, workspace)
                  : await runEvaluate(repo, settings);
    await addDashboardSummary(repo, forge, dashboard);
  } catch (thrown) {
    const details = thrown instanceof ModelgateError ? thrown.problems.map(formatProblem) : [];
    core.setFailed([describeThrown(thrown), ...details].join('\n'));
  }
}

/**
 * Every run's job summary carries the dashboard, trimmed to GitHub's limit. It is a courtesy:
 * a registry too broken to summarise has already said so above.
 */
async function addDashboardSummary(
  repo: RegistryRepo,
  forge: Forge | undefined,
  collected: DashboardData | undefined,
): Promise<void> {
  try {
    const data = collected ?? (await collectDashboardData(repo, { forge }));
    await core.summary.addRaw(renderJobSummary(data), true).write();
  } catch (thrown) {
    core.warning(`the dashboard could not be added to the job summary: ${describeThrown(thrown)}`);
  }
}

async function runVerify(
  repo: RegistryRepo,
  settings: Extract<ActionSettings, { command: 'verify' }>,
): Promise<undefined> {
  const base = await readableBase(repo, settings.base ?? (await baseOfEvent()));
  const report = await verify(repo, settings.rev, { base });
  for (const problem of report.problems) {
    const properties = {
      file: problem.file,
      startLine: problem.line,
      startColumn: problem.column,
    };
    const message = problem.field ? `${problem.field}: ${problem.message}` : problem.message;
    if (problem.severity === 'error') core.error(message, properties);
    else core.warning(message, properties);
  }
  core.setOutput('errors', report.errors);
  core.setOutput('warnings', report.warnings);
  core.info(
    `${plural(report.models, 'model')}, ${plural(report.versions, 'version')}: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}${report.base ? ` (the change since ${report.base.slice(0, 10)} checked too)` : ''}`,
  );
  if (report.errors > 0) {
    core.setFailed(
      `registry verification failed:\n${report.problems.map(formatProblem).join('\n')}`,
    );
  }
  return undefined;
}

/**
 * The commit a change is compared with: a pull request's base, a merge queue's base, or a push's
 * previous tip. Absent for other events, and for a branch's first push.
 */
async function baseOfEvent(): Promise<string | undefined> {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  const event = parseEvent(await readFile(path, 'utf8'));
  const field = (value: unknown, ...keys: string[]): unknown =>
    keys.reduce<unknown>(
      (at, key) =>
        typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined,
      value,
    );
  const sha =
    field(event, 'pull_request', 'base', 'sha') ??
    field(event, 'merge_group', 'base_sha') ??
    (process.env.GITHUB_EVENT_NAME === 'push' ? field(event, 'before') : undefined);
  // A push that created the branch has no previous tip: all zeros.
  return typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) && !/^0+$/.test(sha)
    ? sha
    : undefined;
}

/**
 * The base commit, fetched when the checkout is shallow. Without it only the result is checked,
 * which still guards every invariant of the registry itself: say so, do not fail.
 */
async function readableBase(
  repo: RegistryRepo,
  base: string | undefined,
): Promise<string | undefined> {
  if (!base) return undefined;
  const present = async () =>
    (await repo.git.tryRun(['cat-file', '-e', `${base}^{commit}`])) !== undefined;
  if (await present()) return base;
  await repo.git.tryRun(['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', base]);
  if (await present()) return base;
  core.warning(
    `cannot read the base commit ${base.slice(0, 10)}: only the result is verified, not what the change did to stored versions and trades (check out with fetch-depth: 0)`,
  );
  return undefined;
}

async function runEvaluate(
  repo: RegistryRepo,
  settings: Extract<ActionSettings, { command: 'evaluate' }>,
): Promise<Forge> {
  const forge = await forgeFor(repo, settings);
  const report = await evaluateRegistry(repo, forge, {
    models: settings.models,
    dryRun: settings.dryRun,
  });
  for (const model of report.models) {
    if (model.error) core.error(`${model.model}: could not evaluate: ${model.error}`);
    for (const decision of model.decisions) {
      if (decision.current_severity === 'healthy') continue;
      const message = `${model.model} ${decision.version} (${decision.role}) is ${decision.current_severity}: ${decision.action}`;
      const title = `modelgate: ${model.model} ${decision.current_severity}`;
      if (decision.current_severity === 'warning') core.warning(message, { title });
      else core.error(message, { title });
    }
  }
  const itemsBy = (outcome: string) =>
    report.models.flatMap((m) =>
      m.items
        .filter((item) => item.outcome === outcome)
        .map((item) => ({ model: m.model, kind: item.kind, id: item.id, url: item.url })),
    );
  core.setOutput('report', JSON.stringify(report));
  core.setOutput('opened', JSON.stringify(itemsBy('opened')));
  core.setOutput('updated', JSON.stringify(itemsBy('updated')));
  core.setOutput('closed', JSON.stringify(itemsBy('closed')));
  await writeSummary(report);
  const c = report.counts;
  core.info(
    `${report.dryRun ? 'dry run: ' : ''}${plural(report.models.length, 'model')}: opened ${c.opened}, updated ${c.updated}, closed ${c.closed}, merged ${c.merged}, left alone ${c['left alone']}`,
  );
  if (report.errors > 0) {
    core.setFailed(
      `${plural(report.errors, 'model')} could not be evaluated: see the errors above`,
    );
  }
  return forge;
}

/**
 * Stores uploaded trades: the files named by `metrics`, or, for a `repository_dispatch` of type
 * `modelgate-metrics`, the trades in its payload. The payload is data: it is validated record by
 * record like any upload and never executed or used as a path.
 */
async function runIngest(
  repo: RegistryRepo,
  settings: Extract<ActionSettings, { command: 'ingest' }>,
  workspace: string,
): Promise<undefined> {
  const uploads = settings.metrics.length
    ? settings.metrics.map((path) => ({ file: resolve(workspace, path), shownAs: path }))
    : [await dispatchedTrades()];
  let stored = 0;
  for (const upload of uploads) {
    const report = await ingestTrades(repo, { ...upload, skipInvalid: settings.skipInvalid });
    stored += report.stored;
    for (const problem of report.skipped) core.warning(formatProblem(problem));
    for (const warning of report.warnings) core.warning(warning);
    core.info(
      `${upload.shownAs}: ${plural(report.stored, 'new trade')} stored, ${report.alreadyStored} already stored${report.commit ? ` (commit ${report.commit.slice(0, 10)})` : ''}`,
    );
  }
  core.setOutput('trades-stored', String(stored));
  return undefined;
}

/** The trades of a `repository_dispatch` event, written to a scratch file for ingest. */
async function dispatchedTrades(): Promise<{ file: string; shownAs: string }> {
  const eventPath = process.env.GITHUB_EVENT_PATH;
  const eventName = process.env.GITHUB_EVENT_NAME;
  if (eventName !== 'repository_dispatch' || !eventPath) {
    throw new ModelgateError(
      'input "metrics": name the files to ingest, or run on a repository_dispatch event of type modelgate-metrics',
    );
  }
  const text = await readFile(eventPath, 'utf8');
  const event = parseEvent(text);
  const record = (value: unknown): Record<string, unknown> | undefined =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  const action = record(event)?.action;
  if (action !== 'modelgate-metrics') {
    throw new ModelgateError(
      `repository_dispatch of type ${JSON.stringify(action)}: modelgate ingests only type modelgate-metrics`,
    );
  }
  // The records' own text, not a re-serialisation: 1e309 stays 1e309, and depth cannot overflow.
  const trades = arrayElementTexts(text, ['client_payload', 'trades']);
  if (!trades) {
    throw new ModelgateError(
      'repository_dispatch payload: client_payload.trades must be an array of trade records',
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-dispatch-'));
  // One record per line, so an error's line number N points at trades[N - 1].
  const file = join(dir, 'trades.jsonl');
  await writeFile(file, trades.map((trade) => `${trade}\n`).join(''));
  return { file, shownAs: 'client_payload.trades (line N is trades[N-1])' };
}

/**
 * Registers a version an earlier step made (typically the retraining workflow modelgate started):
 * artifacts into Git LFS, the manifest, one commit pushed to the registry's branch. From there the
 * A/B flow takes it: evaluate proposes testing it against production.
 */
async function runRegister(
  repo: RegistryRepo,
  settings: Extract<ActionSettings, { command: 'register' }>,
  workspace: string,
): Promise<undefined> {
  const evaluation = await readEvaluationFile(
    resolve(workspace, settings.metrics),
    settings.metrics,
  );
  const result = await registerVersion(
    repo,
    {
      model: settings.model,
      artifacts: settings.artifacts,
      evaluation,
      version: settings.version,
      parent: settings.parent,
      trainingData: settings.trainingData,
      notes: settings.notes,
      important: settings.important,
      createdBy: process.env.GITHUB_ACTOR || 'github-actions',
      cwd: workspace,
    },
    { onRetry: (attempt, reason) => core.info(`attempt ${attempt}: ${reason}`) },
  );
  for (const warning of result.warnings) core.warning(warning);
  const { manifest } = result.plan;
  core.setOutput('version', manifest.version);
  core.setOutput('commit', result.resumedFrom ?? result.commit ?? '');
  core.info(describeRegistration(result));
  return undefined;
}

/**
 * The runner's event file. JSON.parse's own message quotes the start of the file, which may hold
 * anything a sender put there: only its first clause, and the position, are shown.
 */
function parseEvent(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (thrown) {
    const reason = describeThrown(thrown).split(/, "|\n/)[0];
    throw new ModelgateError(`cannot read the event payload: not valid JSON (${reason})`);
  }
}

/** Shards the models for a job matrix: `matrix` is `{ include: [{ index, models, count }] }`. */
async function runPlan(repo: RegistryRepo, shards: number | undefined): Promise<undefined> {
  const models = [...(await loadRegistry(repo)).models.keys()];
  const count = shards ?? Math.min(MAX_MATRIX_JOBS, Math.max(1, Math.ceil(models.length / 50)));
  const matrix = { include: shardModels(models, count) };
  core.setOutput('matrix', JSON.stringify(matrix));
  core.info(`${plural(models.length, 'model')} in ${plural(matrix.include.length, 'shard')}`);
  return undefined;
}

/** The registry's cleanup proposal, opened or rebuilt from its ticked boxes. */
async function runCleanup(
  repo: RegistryRepo,
  settings: Extract<ActionSettings, { command: 'cleanup' }>,
): Promise<Forge> {
  const forge = await forgeFor(repo, settings);
  const report = await reconcileCleanup(repo, forge, { now: new Date(), dryRun: settings.dryRun });
  const item = report.item;
  core.setOutput('cleanup', JSON.stringify({ ...report, plan: report.plan.totals }));
  core.info(
    item
      ? `${report.dryRun ? 'dry run: ' : ''}cleanup proposal ${item.id ? `#${item.id} ` : ''}${item.outcome}: ${item.why}`
      : 'no cleanup proposal: nothing to propose',
  );
  return forge;
}

async function forgeFor(
  repo: RegistryRepo,
  settings: { token: string; forge: 'github' | 'local' },
): Promise<Forge> {
  if (settings.token) core.setSecret(settings.token);
  return openForge(repo, {
    kind: settings.forge,
    env: process.env,
    token: settings.token,
    user: process.env.GITHUB_ACTOR,
    onWarning: (warning) => core.warning(warning),
  });
}

/** Regenerates registry/README.md and pushes it, only when it changed. */
async function runDashboard(
  repo: RegistryRepo,
  settings: Extract<ActionSettings, { command: 'dashboard' }>,
  collected: (data: DashboardData) => void,
): Promise<Forge> {
  const forge = await forgeFor(repo, settings);
  const data = await collectDashboardData(repo, { forge });
  collected(data);
  const result = await writeDashboard(repo, data);
  core.setOutput('dashboard-changed', String(!result.unchanged));
  core.info(
    result.unchanged
      ? `${DASHBOARD_PATH} is current: nothing to commit`
      : `${DASHBOARD_PATH} updated (commit ${result.commit?.slice(0, 10)})`,
  );
  return forge;
}

/** The job summary: one row per model, then what was done about it. */
async function writeSummary(report: EvaluateReport): Promise<void> {
  const rows = report.models.map((m) => {
    const decision = m.decisions.find((d) => d.role === 'production') ?? m.decisions[0];
    const items = m.items
      .map((item) =>
        item.kind === 'retraining'
          ? `retraining ${item.outcome === 'opened' ? 'requested' : item.outcome} (${item.title})`
          : `${item.kind} ${item.id ? `#${item.id} ` : ''}${item.outcome}`,
      )
      .join(', ');
    return [
      m.model,
      decision ? `${decision.version} (${decision.role})` : '–',
      m.error ? `error: ${m.error}` : (decision?.current_severity ?? 'nothing to watch'),
      items || '–',
    ].map(escapeHtml);
  });
  await core.summary
    .addHeading(`modelgate evaluate${report.dryRun ? ' (dry run)' : ''}`, 2)
    .addTable([
      [
        { data: 'model', header: true },
        { data: 'version', header: true },
        { data: 'state', header: true },
        { data: 'proposals and alerts', header: true },
      ],
      ...rows,
    ])
    .write();
}

/** Summary table cells are HTML: error text and titles must not become markup. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
