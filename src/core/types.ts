/** The registry's records, as stored in YAML (snake_case: trading bots are often Python). */

export type VersionStatus = 'active' | 'degraded' | 'archived' | 'deleted';

export interface ArtifactEntry {
  /** Relative to the version folder, always `artifacts/<file>`. */
  path: string;
  sha256: string;
  size: number;
}

export interface Evaluation {
  period: { start: string; end: string };
  trades: number;
  win_rate: number;
  sharpe: number;
  max_drawdown: number;
  total_return: number;
  sortino?: number;
  profit_factor?: number;
  [metric: string]: number | { start: string; end: string } | undefined;
}

export interface VersionManifest {
  schema_version: 1;
  model: string;
  version: string;
  created_at: string;
  created_by: string;
  parent?: string | null;
  training_data?: string | null;
  notes?: string | null;
  status: VersionStatus;
  status_reason?: string | null;
  important?: boolean;
  artifacts: ArtifactEntry[];
  evaluation: Evaluation;
  deleted?: { at: string; by?: string; proposal?: string } | null;
}

export interface AbTest {
  control: string;
  candidate: string;
  split: { control: number; candidate: number };
  started_at: string;
  min_trades_per_arm?: number;
  min_days?: number;
  min_requirement?: 'both' | 'either';
  max_days?: number;
  metric?: 'sharpe';
  min_improvement?: number;
  reason?: string;
}

export interface DeploymentState {
  schema_version: 1;
  model: string;
  production: string | null;
  previous_production?: string | null;
  paper_trading?: { version: string; started_at: string }[];
  ab_test?: AbTest | null;
}

export type RankMetric = 'sharpe' | 'win_rate' | 'total_return' | 'sortino';
