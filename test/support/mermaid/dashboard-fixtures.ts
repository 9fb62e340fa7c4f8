// DashboardData fixtures shared by the renderer tests and the browser test of their charts.
import type {
  DashboardData,
  EquityPoint,
  ModelPanel,
  ProposalLink,
  VersionPanel,
} from '../../../src/core/dashboard/index.js';

/** Everything a hostile note, title or bot message might try, in one string. */
export const HOSTILE_TEXT = [
  'pipe | in | a cell',
  'line one\nline two\r\n| forged | row |',
  '<script>alert(1)</script><img src=x onerror=alert(2)>',
  '@ops-team please look',
  'closes a comment --> <!-- opens one',
  '```\nfenced\n```',
  'end',
  '%%{init: {"theme": "dark"}}%%',
  'click v1 call alert()',
  'style v1 fill:#f00',
  '[a link](javascript:alert(3))',
  '**bold** _em_ #12',
  '\u202eevil bidi',
  '\u001b[31mred\u001b[0m',
].join(' ');

const HOSTILE_URL = 'https://example.com/pull/1) | <script>alert(4)</script>\n"quoted" @ops';
/** A web URL without whitespace, so it becomes a link: everything dangerous in it is encoded. */
export const HOSTILE_LINK_URL = 'https://example.com/pull/2)|<b>x</b>"\'`@ops[1]*_~\\';

export const SOURCE = {
  commit: '3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345',
  committedAt: '2026-09-30T12:00:00Z',
  branch: 'main',
};

function backtest(sharpe: number, winRate: number, drawdown: number, totalReturn: number) {
  return {
    sharpe,
    win_rate: winRate,
    max_drawdown: drawdown,
    total_return: totalReturn,
    trades: 4000,
  };
}

function version(
  id: string,
  sharpe: number,
  extra: Partial<VersionPanel> = {},
  figures: Partial<VersionPanel['backtest']> = {},
): VersionPanel {
  return {
    version: id,
    status: 'active',
    roles: [],
    important: false,
    createdAt: '2026-08-01T09:00:00Z',
    backtest: { ...backtest(sharpe, 0.54, 0.12, 0.31), ...figures },
    sizeBytes: 48_000_000,
    notes: null,
    ...extra,
  };
}

/** A deterministic wiggly equity curve, one point per day from `from`. */
export function equityCurve(points: number, from: string, drift: number): EquityPoint[] {
  const start = Date.parse(from);
  return Array.from({ length: points }, (_, i) => ({
    at: new Date(start + i * 86_400_000).toISOString(),
    cumulativeReturn: drift * i + 0.01 * Math.sin(i / 3),
  }));
}

const link = (kind: string, id: string, title: string, url?: string): ProposalLink => ({
  kind,
  id,
  title,
  url: url ?? `https://github.com/acme/models/${kind === 'alert' ? 'issues' : 'pull'}/${id}`,
});

function panel(model: string, extra: Partial<ModelPanel>): ModelPanel {
  return {
    model,
    production: null,
    state: 'not monitored',
    versions: [],
    live: null,
    alert: null,
    productionEquity: [],
    abTest: null,
    cleanup: {
      usedBytes: 0,
      freeableBytes: 0,
      candidates: [],
      budget: 'within budget',
      proposal: null,
    },
    proposals: [],
    ...extra,
  };
}

export function healthyModel(): ModelPanel {
  return panel('trend', {
    production: 'v3',
    state: 'healthy',
    versions: [
      version('v1', 0.9, { notes: 'first cut' }, { win_rate: 0.51, max_drawdown: 0.2 }),
      version('v2', 1.1, { roles: ['previous production'] }, { total_return: 0.4 }),
      version('v3', 1.32, { roles: ['production'], important: true }, { max_drawdown: 0.1 }),
      version('v4', 1.2, { notes: 'retrained with August data' }, { win_rate: 0.57 }),
    ],
    live: {
      version: 'v3',
      role: 'production',
      trades: 812,
      winRate: 0.55,
      sharpeAnnualised: 1.4,
      maxDrawdown: 0.06,
      currentDrawdown: 0.01,
      baseline: { sharpe: 1.32, winRate: 0.54 },
      severity: 'healthy',
      action: 'none: trading like its backtest',
      alarms: [],
    },
    productionEquity: equityCurve(60, '2026-08-01T00:00:00Z', 0.002),
    cleanup: {
      usedBytes: 192_000_000,
      freeableBytes: 48_000_000,
      candidates: ['v1'],
      budget: '4 of at most 20 versions, 192 MB of at most 10 GB',
      proposal: null,
    },
  });
}

export function abModel(): ModelPanel {
  return panel('momentum', {
    production: 'v5',
    state: 'healthy',
    versions: [
      version('v4', 1.0, { roles: ['previous production'] }),
      version('v5', 1.3, { roles: ['production', 'A/B control'] }, { win_rate: 0.55 }),
      version('v6', 1.6, { roles: ['A/B candidate'] }, { win_rate: 0.56, max_drawdown: 0.09 }),
      version('v7', 1.45, { roles: ['paper'] }),
    ],
    live: {
      version: 'v5',
      role: 'production',
      trades: 400,
      winRate: 0.54,
      sharpeAnnualised: 1.21,
      maxDrawdown: 0.05,
      currentDrawdown: 0.02,
      baseline: { sharpe: 1.3, winRate: 0.55 },
      severity: 'healthy',
      action: 'none',
      alarms: [],
    },
    productionEquity: equityCurve(30, '2026-09-01T00:00:00Z', 0.001),
    abTest: {
      control: 'v5',
      candidate: 'v6',
      split: { control: 80, candidate: 20 },
      startedAt: '2026-09-20T00:00:00Z',
      verdict: 'continue',
      reason: 'The candidate is ahead but the lower bound is not above 0 yet.',
      progress: {
        tradesPerArm: [240, 61],
        minTradesPerArm: 100,
        days: 5.5,
        minDays: 7,
        maxDays: 30,
        requirement: 'both',
        met: false,
      },
      arms: {
        control: { trades: 240, sharpeAnnualised: 1.25, interval: [0.41, 2.09] },
        candidate: { trades: 61, sharpeAnnualised: 1.71, interval: [-0.52, 3.94] },
      },
      difference: { estimate: 0.0031, lower: -0.0184, upper: 0.0247 },
      equity: {
        control: equityCurve(6, '2026-09-20T00:00:00Z', 0.003),
        candidate: equityCurve(5, '2026-09-20T12:00:00Z', 0.004),
      },
    },
    proposals: [link('ab-start', '41', 'Start an A/B test on momentum: v6 against v5')],
  });
}

export function degradedModel(): ModelPanel {
  const alert = link('alert', '57', 'modelgate alert: meanrev v9 critical');
  const rollback = link(
    'rollback',
    '58',
    'Roll back meanrev to v8: v9 is not trading like its backtest',
  );
  const cleanup = link('cleanup', '60', 'Storage cleanup: delete 2 versions, free 96 MB');
  return panel('meanrev', {
    production: 'v9',
    state: 'critical',
    versions: [
      version('v6', 0.7, { status: 'deleted', sizeBytes: 0, notes: 'removed by cleanup #31' }),
      version('v7', 0.8, { status: 'deleted', sizeBytes: 0 }),
      version('v8', 1.1, { roles: ['previous production'] }),
      version('v9', 1.45, { roles: ['production'], status: 'degraded' }, { win_rate: 0.55 }),
      version('v10', -0.35, { notes: 'an experiment that lost money' }, { total_return: -0.08 }),
    ],
    live: {
      version: 'v9',
      role: 'production',
      trades: 672,
      winRate: 0.45,
      sharpeAnnualised: -0.52,
      maxDrawdown: 0.119,
      currentDrawdown: 0.087,
      baseline: { sharpe: 1.45, winRate: 0.55 },
      severity: 'critical',
      action: 'propose a rollback: roll back to v8',
      alarms: [
        'critical sequential-test at trade 615 (2026-09-27); by design at most 1 per 10,000 trades',
        'warning losing-streak at trade 640 (2026-09-28)',
      ],
    },
    alert,
    productionEquity: [
      ...equityCurve(20, '2026-09-01T00:00:00Z', 0.003),
      ...equityCurve(10, '2026-09-21T00:00:00Z', -0.006).map((p) => ({
        ...p,
        cumulativeReturn: 0.057 + p.cumulativeReturn,
      })),
    ],
    cleanup: {
      usedBytes: 144_000_000,
      freeableBytes: 96_000_000,
      candidates: ['v8', 'v10'],
      budget: '3 of at most 3 versions: at the limit',
      proposal: cleanup,
    },
    proposals: [rollback, cleanup],
  });
}

/** Every untrusted field hostile; version ids that are Mermaid keywords, and one forged id. */
export function hostileModel(): ModelPanel {
  const hostile = link('rollback', '66 @ops <b>', HOSTILE_TEXT, HOSTILE_URL);
  return panel('hostile', {
    production: 'end',
    state: 'warning',
    versions: [
      version('click', 0.5, { notes: HOSTILE_TEXT }),
      version('style', 0.8, { notes: '|||' }),
      version('end', 1.0, {
        roles: ['production'],
        notes: '%%{init: {"securityLevel": "loose"}}%%',
      }),
      version('v1"] --> x[\n%%{init}%%', 0.9, { notes: HOSTILE_TEXT }),
      version('subgraph', 0.95, { roles: ['paper'], notes: '<!-- -->' }),
    ],
    live: {
      version: 'end',
      role: HOSTILE_TEXT,
      trades: 90,
      winRate: 0.5,
      sharpeAnnualised: 0.8,
      maxDrawdown: 0.03,
      currentDrawdown: 0.01,
      baseline: { sharpe: 1.0, winRate: 0.52 },
      severity: 'warning',
      action: HOSTILE_TEXT,
      alarms: [HOSTILE_TEXT, 'javascript:alert(5)'],
    },
    alert: link('alert', '67', HOSTILE_TEXT, 'javascript:alert(6)'),
    productionEquity: [
      ...equityCurve(12, '2026-09-01T00:00:00Z', 0.001),
      { at: 'not a date <script>', cumulativeReturn: 5 },
      { at: '2026-09-20T00:00:00Z', cumulativeReturn: Number.NaN },
    ],
    abTest: {
      control: 'end',
      candidate: 'click',
      split: { control: 50, candidate: 50 },
      startedAt: HOSTILE_TEXT,
      verdict: HOSTILE_TEXT,
      reason: HOSTILE_TEXT,
      progress: {
        tradesPerArm: [30, 31],
        minTradesPerArm: 100,
        days: 2,
        minDays: 7,
        maxDays: 30,
        requirement: 'either',
        met: false,
      },
      arms: {
        control: { trades: 30, sharpeAnnualised: null, interval: null },
        candidate: { trades: 31, sharpeAnnualised: 0.2, interval: [-3, 3.4] },
      },
      difference: null,
      equity: {
        control: equityCurve(3, '2026-09-25T00:00:00Z', 0.001),
        candidate: equityCurve(3, '2026-09-25T06:00:00Z', -0.001),
      },
    },
    cleanup: {
      usedBytes: 1_000,
      freeableBytes: 0,
      candidates: [],
      budget: HOSTILE_TEXT,
      proposal: link('cleanup', '68', HOSTILE_TEXT, 'file:///etc/passwd'),
    },
    proposals: [
      hostile,
      link('ab-start', '69', HOSTILE_TEXT, '.git/modelgate/proposals/69.md'),
      link('ab-conclude', '70', 'End the A/B test | <i>now</i>', HOSTILE_LINK_URL),
    ],
  });
}

/** A model with nothing to chart: one version, no trades. */
export function newModel(): ModelPanel {
  return panel('fresh', {
    versions: [version('v1', 1.0)],
    productionEquity: equityCurve(1, '2026-09-30T00:00:00Z', 0),
  });
}

export function dashboard(models: ModelPanel[]): DashboardData {
  return {
    source: SOURCE,
    models,
    totals: {
      usedBytes: models.reduce((sum, m) => sum + m.cleanup.usedBytes, 0),
      cloneBytes: 240_000_000,
      freeableBytes: models.reduce((sum, m) => sum + m.cleanup.freeableBytes, 0),
      cleanupProposal: link('cleanup', '60', 'Storage cleanup: delete 2 versions, free 96 MB'),
    },
  };
}

export function everyFixture(): DashboardData {
  return dashboard([healthyModel(), abModel(), degradedModel(), hostileModel(), newModel()]);
}

/** A registry far beyond a job summary's 1 MiB: `models` × `versions`, with notes and curves. */
export function hugeRegistry(models = 300, versions = 100): DashboardData {
  const panels = Array.from({ length: models }, (_, m) => {
    const base = abModel();
    const name = `model-${String(m).padStart(3, '0')}`;
    return {
      ...base,
      model: name,
      production: `v${versions}`,
      versions: Array.from({ length: versions }, (_, i) =>
        version(`v${i + 1}`, 1 + Math.sin(i + m) / 2, {
          roles: i === versions - 1 ? ['production'] : [],
          notes: `retrained on window ${i} with a longer note to make the table heavier: ${'x'.repeat(60)}`,
        }),
      ),
      productionEquity: equityCurve(200, '2026-01-01T00:00:00Z', 0.001),
      abTest: null,
    } satisfies ModelPanel;
  });
  return dashboard(panels);
}
