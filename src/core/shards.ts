/**
 * Splits models into shards for a GitHub Actions job matrix. Each model lands in exactly one
 * shard, chosen by a stable hash of its name, so a model keeps its shard as others come and go
 * (no two jobs ever write the same model's branches), and shards stay balanced.
 */
export interface Shard {
  index: number;
  /** Comma-separated, as the action's `models` input takes them. */
  models: string;
  count: number;
}

/** GitHub refuses a matrix of more than 256 jobs. */
export const MAX_MATRIX_JOBS = 256;

export function shardModels(models: readonly string[], shards: number): Shard[] {
  if (!Number.isInteger(shards) || shards < 1 || shards > MAX_MATRIX_JOBS) {
    throw new RangeError(
      `shards must be a whole number from 1 to ${MAX_MATRIX_JOBS}, got ${shards}`,
    );
  }
  const buckets: string[][] = Array.from({ length: shards }, () => []);
  for (const model of [...models].sort()) buckets[fnv1a(model) % shards]!.push(model);
  return buckets
    .map((names, index) => ({ index, models: names.join(','), count: names.length }))
    .filter((shard) => shard.count > 0);
}

/** 32-bit FNV-1a: tiny, stable across platforms and versions, good enough to spread names. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
