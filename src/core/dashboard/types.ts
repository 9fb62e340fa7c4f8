/** Everything the dashboard shows, gathered by the caller from one registry commit. */
export interface DashboardData {
  /** Deterministic: the page depends only on the registry commit, never on the wall clock. */
  source: { commit: string; committedAt: string; branch: string };
  models: ModelPanel[];
  totals: {
    usedBytes: number;
    cloneBytes: number;
    freeableBytes: number;
    cleanupProposal: ProposalLink | null;
  };
}

/** An open pull request or issue (or a local forge's proposal file). Every field is untrusted. */
export interface ProposalLink {
  kind: string;
  id: string;
  url: string;
  title: string;
}

export type Severity = 'healthy' | 'warning' | 'critical' | 'severe';

export type VersionRole =
  'production' | 'previous production' | 'A/B control' | 'A/B candidate' | 'paper';

export interface BacktestFigures {
  sharpe: number;
  win_rate: number;
  max_drawdown: number;
  total_return: number;
  trades: number;
}

export interface VersionPanel {
  version: string;
  status: 'active' | 'degraded' | 'archived' | 'deleted';
  roles: VersionRole[];
  important: boolean;
  createdAt: string;
  backtest: BacktestFigures;
  sizeBytes: number;
  /** Untrusted text. */
  notes: string | null;
}

export interface LivePanel {
  version: string;
  role: string;
  trades: number;
  winRate: number | null;
  sharpeAnnualised: number | null;
  maxDrawdown: number;
  currentDrawdown: number;
  baseline: { sharpe: number; winRate: number };
  severity: Severity;
  /** Untrusted-ish text. */
  action: string;
  /** Untrusted-ish text. */
  alarms: string[];
}

export interface EquityPoint {
  at: string;
  cumulativeReturn: number;
}

export interface ArmView {
  trades: number;
  sharpeAnnualised: number | null;
  interval: [number, number] | null;
}

export interface AbTestPanel {
  control: string;
  candidate: string;
  /** Percent of signals routed to each arm. */
  split: { control: number; candidate: number };
  startedAt: string;
  verdict: string;
  reason: string;
  progress: {
    tradesPerArm: [number, number];
    minTradesPerArm: number;
    days: number;
    minDays: number;
    maxDays: number;
    requirement: 'both' | 'either';
    met: boolean;
  };
  arms: { control: ArmView; candidate: ArmView };
  difference: { estimate: number; lower: number; upper: number } | null;
  equity: { control: EquityPoint[]; candidate: EquityPoint[] };
}

export interface ModelPanel {
  model: string;
  production: string | null;
  /** The worst current drift severity of production/paper versions, or 'not monitored'. */
  state: Severity | 'not monitored';
  /** In version order, oldest first (as `modelgate list` gives them). */
  versions: VersionPanel[];
  live: LivePanel | null;
  alert: ProposalLink | null;
  /** Cumulative return of production over time (already downsampled to ≤ 200 points), oldest first. */
  productionEquity: EquityPoint[];
  abTest: AbTestPanel | null;
  cleanup: {
    usedBytes: number;
    freeableBytes: number;
    candidates: string[];
    budget: string;
    proposal: ProposalLink | null;
  };
  proposals: ProposalLink[];
}
