import { describe, expect, it } from 'vitest';
import { artifactPath, deploymentPath, manifestPath, POLICY_PATH } from '../src/core/layout.js';
import { formatLfsPointer } from '../src/core/lfs-pointer.js';
import type { PolicyFile } from '../src/core/policy.js';
import {
  bottomCount,
  bytesFreedBy,
  planRetention,
  usage,
  type RetentionInput,
  type VersionPlan,
} from '../src/core/retention/index.js';
import { buildSnapshot, type RegistrySnapshot, type TreeEntry } from '../src/core/snapshot.js';
import type { DeploymentState, VersionManifest } from '../src/core/types.js';
import { toYaml } from '../src/core/yaml-file.js';

const NOW = new Date('2026-11-24T00:00:00Z');
const MB = 1_000_000;

interface Artifact {
  name: string;
  /** Same key, same LFS object: how two versions share an artifact. */
  object: string;
  size: number;
}

interface VersionSpec {
  id: string;
  daysOld: number;
  sharpe: number;
  winRate?: number;
  maxDrawdown?: number;
  important?: boolean;
  deleted?: boolean;
  /** Default: one artifact of 100 MB of its own. */
  artifacts?: Artifact[];
}

interface ModelSpec {
  name: string;
  deployment?: Omit<DeploymentState, 'schema_version' | 'model'>;
  versions: VersionSpec[];
}

const sha = (key: string): string =>
  [...key]
    .map((c) => c.charCodeAt(0).toString(16).padStart(2, '0'))
    .join('')
    .padEnd(64, '0');

function daysBefore(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString().replace('.000Z', 'Z');
}

/** An in-memory tree, as `git ls-tree` and `cat-file` would hand it to buildSnapshot. */
function snapshotOf(models: ModelSpec[], policy?: PolicyFile): RegistrySnapshot {
  const entries: TreeEntry[] = [];
  const texts = new Map<string, string>();
  const add = (path: string, text: string): void => {
    const blob = `blob-${entries.length}`;
    entries.push({ path, mode: '100644', blob, size: Buffer.byteLength(text) });
    texts.set(blob, text);
  };
  if (policy) add(POLICY_PATH, toYaml(policy));
  for (const model of models) {
    add(
      deploymentPath(model.name),
      toYaml({ schema_version: 1, model: model.name, production: null, ...model.deployment }),
    );
    for (const spec of model.versions) {
      const artifacts = spec.artifacts ?? [
        { name: 'model.onnx', object: `${model.name}/${spec.id}`, size: 100 * MB },
      ];
      const manifest: VersionManifest = {
        schema_version: 1,
        model: model.name,
        version: spec.id,
        created_at: daysBefore(spec.daysOld),
        created_by: 'training-pipeline',
        status: spec.deleted ? 'deleted' : 'active',
        important: spec.important ?? false,
        artifacts: artifacts.map((a) => ({
          path: `artifacts/${a.name}`,
          sha256: sha(a.object),
          size: a.size,
        })),
        evaluation: {
          period: { start: '2024-01-01', end: '2026-05-31' },
          trades: 1000,
          win_rate: spec.winRate ?? 0.52,
          sharpe: spec.sharpe,
          max_drawdown: spec.maxDrawdown ?? 0.15,
          total_return: 0.1,
        },
        ...(spec.deleted ? { deleted: { at: daysBefore(1), proposal: '#7' } } : {}),
      };
      add(manifestPath(model.name, spec.id), toYaml(manifest));
      // A tombstone keeps its manifest; its artifact files are gone from the tree.
      if (spec.deleted) continue;
      for (const a of artifacts) {
        add(
          artifactPath(model.name, spec.id, `artifacts/${a.name}`),
          formatLfsPointer({ sha256: sha(a.object), size: a.size }),
        );
      }
    }
  }
  const snapshot = buildSnapshot(entries, (blob) => texts.get(blob));
  expect(snapshot.problems).toEqual([]);
  return snapshot;
}

const byId = (versions: VersionPlan[]): Map<string, VersionPlan> =>
  new Map(versions.map((v) => [v.version, v]));
const codes = (reasons: { code: string }[]): string[] => reasons.map((r) => r.code);

/**
 * The seed's Workflow 3: 15 versions; v1–v3 old and poor, v4 decent but never in production,
 * v5 in production, v6–v15 registered in the last 30 days (v6 the most promising).
 */
function workflow3(policy?: PolicyFile): RetentionInput {
  const old: VersionSpec[] = [
    { id: 'v1', daysOld: 200, sharpe: 0.4, winRate: 0.48, maxDrawdown: 0.25 },
    { id: 'v2', daysOld: 190, sharpe: 0.45, winRate: 0.485, maxDrawdown: 0.24 },
    { id: 'v3', daysOld: 180, sharpe: 0.5, winRate: 0.49, maxDrawdown: 0.23 },
    { id: 'v4', daysOld: 170, sharpe: 1.1, winRate: 0.53, maxDrawdown: 0.12 },
    { id: 'v5', daysOld: 160, sharpe: 1.3, winRate: 0.54, maxDrawdown: 0.11 },
    { id: 'v6', daysOld: 25, sharpe: 1.9, winRate: 0.57, maxDrawdown: 0.09 },
  ];
  const young: VersionSpec[] = [7, 8, 9, 10, 11, 12, 13, 14, 15].map((n) => ({
    id: `v${n}`,
    daysOld: 30 - n,
    sharpe: 1 + n / 20,
    winRate: 0.5 + n / 1000,
    maxDrawdown: 0.2 - n / 200,
  }));
  const snapshot = snapshotOf(
    [{ name: 'trader', deployment: { production: 'v5' }, versions: [...old, ...young] }],
    policy,
  );
  return { snapshot, now: NOW, everInProduction: new Map([['trader', new Set(['v5'])]]) };
}

describe('planRetention: Workflow 3', () => {
  const plan = planRetention(workflow3());
  const trader = plan.models[0]!;
  const versions = byId(trader.versions);

  it('proposes v1–v3 (bottom 20% by sharpe, and older than production without being in it)', () => {
    for (const id of ['v1', 'v2', 'v3']) {
      const v = versions.get(id)!;
      expect(v.decision).toBe('candidate');
      expect(v.keepReasons).toEqual([]);
      expect(codes(v.candidateReasons)).toEqual(['bottom-ranked', 'outdated-never-production']);
    }
    expect(versions.get('v1')!.candidateReasons[0]!.text).toBe(
      'In the bottom 20% by sharpe: 1 of 15 from the bottom (0.4); the bottom 3 = floor(15 × 0.2).',
    );
    expect(versions.get('v3')!.candidateReasons[1]).toEqual({
      code: 'outdated-never-production',
      text: 'Older than v5, the production version, and never in production itself.',
      relatedVersion: 'v5',
    });
  });

  it('proposes v4 as outdated: decent, but older than production and never in it, top 3 or not', () => {
    // Our rule: "outdated" needs no poor metric. v4 ranks 4th from the bottom (not top 3),
    // is old, and never reached production, so it is a candidate for that reason alone.
    const v4 = versions.get('v4')!;
    expect(v4.decision).toBe('candidate');
    expect(codes(v4.candidateReasons)).toEqual(['outdated-never-production']);
  });

  it('keeps production, the young, the top 3 and the last 5, with every reason', () => {
    expect(codes(versions.get('v5')!.keepReasons)).toEqual(['production']);
    expect(codes(versions.get('v6')!.keepReasons)).toEqual(['top-ranked', 'young']);
    expect(codes(versions.get('v14')!.keepReasons)).toEqual(['top-ranked', 'recent', 'young']);
    expect(versions.get('v6')!.keepReasons[0]!.text).toBe(
      'Number 1 by sharpe (1.9); the top 3 are kept.',
    );
    expect(codes(versions.get('v7')!.keepReasons)).toEqual(['young']);
    expect(codes(versions.get('v15')!.keepReasons)).toEqual(['top-ranked', 'recent', 'young']);
    expect(codes(versions.get('v11')!.keepReasons)).toEqual(['recent', 'young']);
    expect(plan.candidates.map((v) => v.version)).toEqual(['v1', 'v2', 'v3', 'v4']);
  });

  it('reports metric, win rate, age and sizes per version', () => {
    expect(versions.get('v1')).toMatchObject({
      model: 'trader',
      status: 'active',
      createdAt: '2026-05-08T00:00:00Z',
      ageDays: 200,
      metric: { name: 'sharpe', value: 0.4 },
      winRate: 0.48,
      maxDrawdown: 0.25,
      bytes: 100 * MB,
      frees: 100 * MB,
    });
  });

  it('frees the sum of the chosen versions when their artifacts are distinct', () => {
    const chosen = plan.candidates.reduce((sum, v) => sum + v.bytes, 0);
    expect(chosen).toBe(4 * 100 * MB);
    expect(trader.freedBytes).toBe(chosen);
    expect(plan.totals.freedBytes).toBe(4 * 100 * MB);
    expect(plan.totals).toMatchObject({
      versionsBefore: 15,
      versionsAfter: 11,
      candidates: 4,
      usedBytes: 1500 * MB,
      cloneBytesBefore: 1500 * MB,
      cloneBytesAfter: 1100 * MB,
    });
  });

  it('is within the default budget (5 GB, 20 versions): normal priority', () => {
    expect(plan.priority).toBe('normal');
    expect(trader.budget.over).toBe(false);
    expect(trader.budget.before).toEqual({
      usedBytes: 1500 * MB,
      versions: 15,
      overBytes: 0,
      overVersions: 0,
      over: false,
    });
    expect(plan.budgetWarnings).toEqual([]);
  });

  it('is deterministic', () => {
    expect(planRetention(workflow3())).toEqual(plan);
    expect(JSON.stringify(planRetention(workflow3()))).toBe(JSON.stringify(plan));
  });
});

describe('planRetention: budget', () => {
  it('is high priority when over, says what is still over after the cleanup, deletes no more', () => {
    const policy: PolicyFile = {
      schema_version: 1,
      models: { trader: { budget: { max_size: '1 GB', max_versions: 12 } } },
    };
    const plan = planRetention(workflow3(policy));
    const budget = plan.models[0]!.budget;
    expect(plan.priority).toBe('high');
    expect(budget).toMatchObject({
      over: true,
      maxBytes: 1e9,
      maxVersions: 12,
      before: { usedBytes: 1500 * MB, versions: 15, overBytes: 500 * MB, overVersions: 3 },
      after: { usedBytes: 1100 * MB, versions: 11, overBytes: 100 * MB, overVersions: 0 },
    });
    expect(plan.candidates).toHaveLength(4);
    expect(plan.budgetWarnings).toEqual([
      'trader uses 1.5 GB of 1.0 GB and has 15 of at most 12 versions: 500 MB and 3 versions over budget; deleting its 4 candidates leaves 1.1 GB in 11 versions, still 100 MB over (retention rules delete nothing more to meet a budget).',
    ]);
  });

  it('says when the cleanup brings a model back within budget', () => {
    const policy: PolicyFile = { schema_version: 1, budget: { max_versions: 12 } };
    const plan = planRetention(workflow3(policy));
    expect(plan.priority).toBe('high');
    expect(plan.models[0]!.budget.after.over).toBe(false);
    expect(plan.budgetWarnings[0]).toMatch(/3 versions over budget; .* within budget\.$/);
  });
});

describe('planRetention: what is never a candidate', () => {
  // Every version is old and poor, and all but v12 predate production (v8): without protection,
  // each would be proposed.
  const specs: VersionSpec[] = Array.from({ length: 12 }, (_, i) => ({
    id: `v${i + 1}`,
    daysOld: 300 - i * 10,
    sharpe: 0.3 + i / 100,
  }));
  specs[11]!.daysOld = 29.9; // young
  specs[0]!.important = true;
  const top = ['v5', 'v6', 'v7'];
  for (const id of top) specs[Number(id.slice(1)) - 1]!.sharpe = 2 + Number(id.slice(1)) / 10;
  const policy: PolicyFile = { schema_version: 1, retention: { bottom_fraction: 0.9 } };
  const protectedInput = (): RetentionInput => ({
    snapshot: snapshotOf(
      [
        {
          name: 'guard',
          deployment: {
            production: 'v8',
            previous_production: 'v4',
            paper_trading: [{ version: 'v2', started_at: '2026-11-01T00:00:00Z' }],
            ab_test: {
              control: 'v8',
              candidate: 'v3',
              split: { control: 80, candidate: 20 },
              started_at: '2026-11-10T00:00:00Z',
            },
          },
          versions: specs,
        },
      ],
      policy,
    ),
    now: NOW,
    everInProduction: new Map([['guard', new Set(['v4', 'v8'])]]),
  });

  it('keeps production, A/B arms, paper, rollback target, top 3, last 5, important, young', () => {
    const versions = byId(planRetention(protectedInput()).models[0]!.versions);
    const expected: Record<string, string[]> = {
      v1: ['important'],
      v2: ['paper-trading'],
      v3: ['ab-candidate'],
      v4: ['rollback-target'],
      v5: ['top-ranked'],
      v6: ['top-ranked'],
      v7: ['top-ranked'],
      v8: ['production', 'ab-control', 'recent'],
      v9: ['recent'],
      v12: ['recent', 'young'],
    };
    for (const [id, reasons] of Object.entries(expected)) {
      const v = versions.get(id)!;
      expect(v.decision, id).toBe('keep');
      expect(codes(v.keepReasons), id).toEqual(reasons);
      expect(v.candidateReasons, id).toEqual([]);
    }
    expect(versions.get('v12')!.keepReasons[1]!.text).toBe(
      '29 days old: nothing younger than 30 days is proposed for deletion.',
    );
  });

  it('the rollback target given by the caller replaces previous_production', () => {
    const input = { ...protectedInput(), rollbackTargets: new Map([['guard', 'v2']]) };
    const versions = byId(planRetention(input).models[0]!.versions);
    expect(codes(versions.get('v2')!.keepReasons)).toEqual(['paper-trading', 'rollback-target']);
    expect(versions.get('v4')!.decision).toBe('candidate');
  });

  it('the same versions without those protections are candidates', () => {
    const bare = specs.map((s) => ({ ...s, important: false, daysOld: 300 }));
    const plan = planRetention({
      snapshot: snapshotOf([{ name: 'guard', versions: bare }], {
        schema_version: 1,
        retention: { bottom_fraction: 0.9, keep_top: 0, keep_last: 0 },
      }),
      now: NOW,
    });
    // floor(12 × 0.9) = 10: every version but the best two (v6 and v7).
    expect(plan.candidates.map((v) => v.version)).toEqual([
      'v1',
      'v2',
      'v3',
      'v4',
      'v5',
      'v8',
      'v9',
      'v10',
      'v11',
      'v12',
    ]);
  });
});

describe('planRetention: near-duplicates and the outdated rule', () => {
  const policy: PolicyFile = {
    schema_version: 1,
    retention: { keep_top: 0, keep_last: 1, bottom_fraction: 0 },
  };
  const versions: VersionSpec[] = [
    // Within 2% sharpe, 0.5 points win rate (exactly, up to binary rounding), 1 point drawdown.
    { id: 'v1', daysOld: 100, sharpe: 1.0, winRate: 0.516, maxDrawdown: 0.13 },
    // Win rate 0.6 points away from v2: not a near-duplicate.
    { id: 'v2', daysOld: 90, sharpe: 1.02, winRate: 0.521, maxDrawdown: 0.12 },
    { id: 'v3', daysOld: 80, sharpe: 1.01, winRate: 0.527, maxDrawdown: 0.12 },
    // Sharpe 2.5% below v2: not a near-duplicate.
    { id: 'v4', daysOld: 70, sharpe: 0.9945, winRate: 0.521, maxDrawdown: 0.12 },
    { id: 'v5', daysOld: 60, sharpe: 0.7, winRate: 0.5, maxDrawdown: 0.2 },
  ];
  const snapshot = snapshotOf(
    [{ name: 'twin', deployment: { production: 'v2' }, versions }],
    policy,
  );

  it('proposes a version that performs like a better kept one, and names it', () => {
    const plan = planRetention({
      snapshot,
      now: NOW,
      everInProduction: new Map([['twin', new Set(['v1', 'v2'])]]),
    });
    const byVersion = byId(plan.models[0]!.versions);
    expect(byVersion.get('v1')!.candidateReasons).toEqual([
      {
        code: 'near-duplicate',
        text: 'Performs like v2, which is kept: sharpe 1 vs 1.02, win rate 51.6% vs 52.1%, max drawdown 13% vs 12%.',
        relatedVersion: 'v2',
      },
    ]);
    expect(codes(byVersion.get('v3')!.keepReasons)).toEqual(['no-candidate-rule']);
    expect(byVersion.get('v3')!.keepReasons[0]!.text).toBe('No rule makes it a candidate.');
    expect(codes(byVersion.get('v4')!.keepReasons)).toEqual(['no-candidate-rule']);
    expect(plan.models[0]!.notes).toEqual([]);
  });

  it('skips the outdated rule, with a note, when no production history is given', () => {
    const plan = planRetention({ snapshot, now: NOW });
    expect(plan.models[0]!.notes).toEqual([
      'The outdated rule was not applied: no production history was given for this model, so which older versions were once in production is unknown.',
    ]);
    expect(plan.candidates.map((v) => [v.version, codes(v.candidateReasons)])).toEqual([
      ['v1', ['near-duplicate']],
    ]);
  });
});

describe('disk accounting', () => {
  const shared: Artifact = { name: 'scaler.json', object: 'shared-scaler', size: 5 * MB };
  const own = (object: string): Artifact => ({ name: 'model.onnx', object, size: 100 * MB });
  const snapshot = snapshotOf(
    [
      {
        name: 'alpha',
        deployment: { production: 'v3' },
        versions: [
          { id: 'v1', daysOld: 200, sharpe: 0.1, artifacts: [own('a1'), shared] },
          { id: 'v2', daysOld: 190, sharpe: 0.2, artifacts: [own('a2'), shared] },
          { id: 'v3', daysOld: 180, sharpe: 1, artifacts: [own('a3')] },
          { id: 'v4', daysOld: 170, sharpe: 0.1, deleted: true },
        ],
      },
      // The same object as alpha v1's model, in another model.
      { name: 'beta', versions: [{ id: 'v1', daysOld: 10, sharpe: 1, artifacts: [own('a1')] }] },
    ],
    { schema_version: 1, retention: { keep_top: 1, keep_last: 1 } },
  );

  it('counts bytes per version and model; a clone fetches each object once', () => {
    const result = usage(snapshot);
    expect(result.models.map((m) => [m.model, m.bytes, m.storedBytes, m.liveVersions])).toEqual([
      ['alpha', 310 * MB, 305 * MB, 3],
      ['beta', 100 * MB, 100 * MB, 1],
    ]);
    expect(result.models[0]!.versions.map((v) => [v.version, v.bytes, v.deleted])).toEqual([
      ['v1', 105 * MB, false],
      ['v2', 105 * MB, false],
      ['v3', 100 * MB, false],
      ['v4', 0, true],
    ]);
    expect(result).toMatchObject({
      bytes: 410 * MB,
      storedBytes: 405 * MB,
      cloneBytes: 305 * MB,
      cloneObjects: 4,
    });
    expect(usage(snapshot, { models: ['beta', 'nope'] }).models.map((m) => m.model)).toEqual([
      'beta',
    ]);
  });

  it('frees only objects no kept version references', () => {
    const ref = (model: string, version: string) => ({ model, version });
    // a1 is also beta's; the scaler is also v2's.
    expect(bytesFreedBy(snapshot, [ref('alpha', 'v1')])).toBe(0);
    expect(bytesFreedBy(snapshot, [ref('alpha', 'v2')])).toBe(100 * MB);
    expect(bytesFreedBy(snapshot, [ref('alpha', 'v1'), ref('alpha', 'v2')])).toBe(105 * MB);
    expect(bytesFreedBy(snapshot, [ref('alpha', 'v1'), ref('beta', 'v1')])).toBe(100 * MB);
    expect(bytesFreedBy(snapshot, [ref('alpha', 'v4'), ref('alpha', 'v4'), ref('x', 'v1')])).toBe(
      0,
    );
  });

  it('the plan reports shared objects as not freed and tombstones as holding nothing', () => {
    const plan = planRetention({
      snapshot,
      now: NOW,
      everInProduction: new Map([['alpha', new Set(['v3'])]]),
    });
    const alpha = byId(plan.models[0]!.versions);
    expect(alpha.get('v1')).toMatchObject({ decision: 'candidate', bytes: 105 * MB, frees: 0 });
    expect(alpha.get('v2')).toMatchObject({
      decision: 'candidate',
      bytes: 105 * MB,
      frees: 100 * MB,
    });
    expect(alpha.get('v4')).toMatchObject({
      decision: 'deleted',
      status: 'deleted',
      bytes: 0,
      frees: 0,
      keepReasons: [],
      candidateReasons: [],
    });
    // Together v1 and v2 free their scaler too; a1 stays for beta.
    expect(plan.models[0]).toMatchObject({
      freedBytes: 105 * MB,
      usedBytes: 305 * MB,
      versionsBefore: 3,
      versionsAfter: 1,
    });
    expect(plan.totals).toMatchObject({ tombstones: 1, cloneBytesAfter: 200 * MB });
  });
});

describe('order', () => {
  it('lists models by name and versions in version order, whatever the tree order', () => {
    const spec = (id: string): VersionSpec => ({ id, daysOld: 100, sharpe: 1 });
    const snapshot = snapshotOf([
      { name: 'zeta', versions: [spec('v10'), spec('v2'), spec('v1')] },
      { name: 'alpha', versions: [spec('v3')] },
    ]);
    const plan = planRetention({ snapshot, now: NOW });
    expect(plan.models.map((m) => [m.model, m.versions.map((v) => v.version)])).toEqual([
      ['alpha', ['v3']],
      ['zeta', ['v1', 'v2', 'v10']],
    ]);
  });
});

describe('bottomCount', () => {
  it('rounds down, with at least one from five ranked versions, none when the fraction is 0', () => {
    expect(bottomCount(15, 0.2)).toBe(3);
    expect(bottomCount(5, 0.1)).toBe(1);
    expect(bottomCount(4, 0.2)).toBe(0);
    expect(bottomCount(10, 0)).toBe(0);
    expect(bottomCount(100, 0.29)).toBe(29);
  });
});
