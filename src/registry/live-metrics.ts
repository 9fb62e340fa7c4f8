import { effectivePolicy } from '../core/policy.js';
import { ModelgateError } from '../core/problems.js';
import type { ModelRecord, VersionRecord } from '../core/snapshot.js';
import { LiveMetricsAccumulator, type LiveMetrics } from '../core/trades/live-metrics.js';
import type { Evaluation } from '../core/types.js';
import { readVersionTrades, type TradeFilter } from '../git/trades-reader.js';
import type { RegistryRepo } from '../git/repository.js';
import { requireModel, requireVersion } from './change-version.js';
import { loadRegistry } from './queries.js';

export interface VersionLiveMetrics {
  model: string;
  version: string;
  role: 'production' | 'paper' | 'A/B control' | 'A/B candidate' | 'other';
  mode: 'live' | 'paper';
  since: string | null;
  metrics: LiveMetrics;
  /** The backtest in the manifest: what live trading is compared against. */
  backtest: Evaluation | null;
}

export interface MetricsQuery {
  model: string;
  /** One version; by default every version that trades: production, paper, A/B arms. */
  version?: string;
  since?: Date;
  mode?: 'live' | 'paper';
  rev?: string;
}

export async function liveMetrics(
  repo: RegistryRepo,
  query: MetricsQuery,
): Promise<VersionLiveMetrics[]> {
  const snapshot = await loadRegistry(repo, query.rev);
  const model = requireModel(snapshot, query.model);
  const policy = effectivePolicy(snapshot.policy, model.name);
  const targets = query.version
    ? [
        {
          version: requireVersion(snapshot, model.name, query.version),
          role: roleOf(model, query.version),
        },
      ]
    : tradingVersions(model);
  if (targets.length === 0) {
    throw new ModelgateError(
      `${model.name} has no production, paper or A/B version yet: name one with --version`,
    );
  }
  const results: VersionLiveMetrics[] = [];
  for (const { version, role } of targets) {
    const mode = query.mode ?? (role === 'paper' ? 'paper' : 'live');
    const filter: TradeFilter = { since: query.since, mode };
    const accumulator = new LiveMetricsAccumulator();
    for await (const day of readVersionTrades(repo, version, filter)) {
      for (const trade of day) accumulator.add(trade);
    }
    results.push({
      model: model.name,
      version: version.id,
      role,
      mode,
      since: query.since?.toISOString() ?? null,
      metrics: accumulator.result(policy.drift.trades_per_year),
      backtest: version.manifest?.evaluation ?? null,
    });
  }
  return results;
}

function roleOf(model: ModelRecord, version: string): VersionLiveMetrics['role'] {
  const state = model.deployment;
  if (state?.production === version) return 'production';
  if (state?.ab_test?.candidate === version) return 'A/B candidate';
  if (state?.ab_test?.control === version) return 'A/B control';
  if (state?.paper_trading?.some((p) => p.version === version)) return 'paper';
  return 'other';
}

function tradingVersions(
  model: ModelRecord,
): { version: VersionRecord; role: VersionLiveMetrics['role'] }[] {
  const state = model.deployment;
  const ids = [
    state?.production,
    state?.ab_test?.candidate,
    ...(state?.paper_trading ?? []).map((p) => p.version),
  ];
  const seen = new Set<string>();
  const targets: { version: VersionRecord; role: VersionLiveMetrics['role'] }[] = [];
  for (const id of ids) {
    const version = id ? model.versions.get(id) : undefined;
    if (!version || seen.has(version.id)) continue;
    seen.add(version.id);
    targets.push({ version, role: roleOf(model, version.id) });
  }
  return targets;
}
