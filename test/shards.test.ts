// Sharding models into a job matrix: every model in exactly one shard, and in the same one as
// models come and go, so parallel jobs never write the same model.
import { describe, expect, it } from 'vitest';
import { shardModels } from '../src/core/shards.js';

const names = (n: number, prefix = 'm') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('sharding models', () => {
  it('puts each of 1,000 models in exactly one of 20 shards, roughly evenly', () => {
    const shards = shardModels(names(1000), 20);
    const all = shards.flatMap((s) => s.models.split(','));
    expect(all.sort()).toEqual(names(1000).sort());
    for (const shard of shards) {
      expect(shard.count).toBeGreaterThan(25);
      expect(shard.count).toBeLessThan(80);
    }
  });

  it('a model keeps its shard when others are added or removed', () => {
    const shardOf = (models: string[]) =>
      new Map(shardModels(models, 8).flatMap((s) => s.models.split(',').map((m) => [m, s.index])));
    const before = shardOf(names(300));
    const after = shardOf([...names(300).slice(50), ...names(40, 'new')]);
    for (const [model, index] of after)
      if (before.has(model)) expect(index).toBe(before.get(model));
  });

  it('refuses more than GitHub allows in one matrix', () => {
    expect(() => shardModels(['a'], 257)).toThrow(/from 1 to 256/);
    expect(shardModels([], 4)).toEqual([]);
  });
});
