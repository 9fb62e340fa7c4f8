import { measureShortfall, paperVerdict, type PaperVerdict } from '../core/abtest/paper.js';
import { formatCommitMessage } from '../core/commit-message.js';
import { effectivePolicy } from '../core/policy.js';
import { ModelgateError } from '../core/problems.js';
import type { ModelRecord, VersionRecord } from '../core/snapshot.js';
import { editYaml } from '../core/yaml-file.js';
import {
  commitToRegistry,
  type CommitOptions,
  type CommitResult,
  type PlannedChange,
} from '../git/registry-writer.js';
import type { RegistryRepo } from '../git/repository.js';
import { readVersionTrades } from '../git/trades-reader.js';
import { requireModel, requireVersion } from './change-version.js';
import { backtestTradesPerYear } from './drift.js';
import { loadRegistry } from './queries.js';

export interface PaperVersionVerdict extends PaperVerdict {
  model: string;
  version: string;
  startedAt: string;
}

/**
 * A verdict for each version in paper trading: its paper trades since it started, against
 * production's live trades over the same period, paired on shared signals where there are any,
 * with the paper-to-live shortfall measured on versions that traded both ways.
 */
export async function paperVerdicts(
  repo: RegistryRepo,
  query: { model: string; rev?: string },
): Promise<PaperVersionVerdict[]> {
  const snapshot = await loadRegistry(repo, query.rev);
  const model = requireModel(snapshot, query.model);
  const policy = effectivePolicy(snapshot.policy, model.name);
  const production = model.deployment?.production
    ? model.versions.get(model.deployment.production)
    : undefined;
  const results: PaperVersionVerdict[] = [];
  for (const entry of model.deployment?.paper_trading ?? []) {
    const version = model.versions.get(entry.version);
    if (!version?.manifest) continue;
    const since = new Date(entry.started_at);
    const paper: { ret: number; signal?: string | null }[] = [];
    for await (const day of readVersionTrades(repo, version, { since, mode: 'paper' })) {
      for (const trade of day) paper.push({ ret: trade.return, signal: trade.signal_id });
    }
    const live: number[] = [];
    const liveBySignal = new Map<string, number>();
    if (production) {
      for await (const day of readVersionTrades(repo, production, { since, mode: 'live' })) {
        for (const trade of day) {
          live.push(trade.return);
          if (trade.signal_id) liveBySignal.set(trade.signal_id, trade.return);
        }
      }
    }
    const paired = { paper: [] as number[], production: [] as number[] };
    for (const trade of paper) {
      const partner = trade.signal ? liveBySignal.get(trade.signal) : undefined;
      if (partner === undefined) continue;
      paired.paper.push(trade.ret);
      paired.production.push(partner);
    }
    const backtest = production?.manifest?.evaluation;
    const tradesPerYear =
      policy.drift.trades_per_year ?? (backtest ? backtestTradesPerYear(backtest) : undefined);
    const verdict = paperVerdict({
      paper: paper.map((t) => t.ret),
      production: live,
      productionBacktestSharpePerTrade:
        backtest && tradesPerYear ? backtest.sharpe / Math.sqrt(tradesPerYear) : undefined,
      paired: paired.paper.length > 0 ? paired : undefined,
      shortfallPerTrade: await shortfall(repo, model),
      tradesPerYear,
    });
    results.push({
      model: model.name,
      version: version.id,
      startedAt: entry.started_at,
      ...verdict,
    });
  }
  return results;
}

/**
 * The paper-to-live shortfall, from the most recent version that traded both on paper and live
 * (typically one that went from paper trading to production): how much paper flatters.
 */
async function shortfall(repo: RegistryRepo, model: ModelRecord): Promise<number | null> {
  const candidates = [...model.versions.values()].filter(
    (v) => v.tradeFiles.size > 0 && v.manifest?.status !== 'deleted',
  );
  for (const version of candidates.reverse()) {
    const paper: number[] = [];
    const live: number[] = [];
    for await (const day of readVersionTrades(repo, version, {})) {
      for (const trade of day) (trade.mode === 'paper' ? paper : live).push(trade.return);
    }
    const measured = measureShortfall(paper, live);
    if (measured) return measured.perTrade;
  }
  return null;
}

/** Puts a version into paper trading (or takes it out): no money at stake, so a direct commit. */
export async function setPaperTrading(
  repo: RegistryRepo,
  change: { model: string; version: string; on: boolean; reason?: string; now: Date },
  options: CommitOptions = {},
): Promise<CommitResult<PlannedChange>> {
  return commitToRegistry(
    repo,
    (base) => {
      const model = requireModel(base.snapshot, change.model);
      const version: VersionRecord = requireVersion(base.snapshot, change.model, change.version);
      const state = model.deployment;
      if (!state)
        throw new ModelgateError(`${model.deploymentPath} is invalid: run \`modelgate verify\``);
      const current = state.paper_trading ?? [];
      const listed = current.some((p) => p.version === version.id);
      if (change.on && listed)
        throw new ModelgateError(`${model.name} ${version.id} is already paper trading`);
      if (!change.on && !listed)
        throw new ModelgateError(`${model.name} ${version.id} is not paper trading`);
      if (change.on && version.manifest?.status !== 'active') {
        throw new ModelgateError(
          `${model.name} ${version.id} is ${version.manifest?.status ?? 'invalid'}; only an active version can paper trade`,
        );
      }
      const next = change.on
        ? [
            ...current,
            { version: version.id, started_at: change.now.toISOString().replace(/\.\d{3}Z$/, 'Z') },
          ]
        : current.filter((p) => p.version !== version.id);
      const reason =
        change.reason ??
        (change.on ? `paper trading ${version.id}` : `stopped paper trading ${version.id}`);
      return {
        writes: [
          {
            path: model.deploymentPath,
            text: editYaml(base.snapshot.texts.get(model.deploymentPath) ?? '', [
              [['paper_trading'], next],
            ]),
          },
        ],
        message: formatCommitMessage({
          action: 'mark',
          subject: `${change.on ? 'start' : 'stop'} paper trading ${model.name} ${version.id}`,
          model: model.name,
          version: version.id,
          reason,
        }),
      };
    },
    options,
  );
}
