import { describe, expect, it } from 'vitest';
import { IdDayTable } from '../src/core/trades/id-day-table.js';

describe('IdDayTable', () => {
  it('remembers the first day of each hash through many resizes', () => {
    const table = new IdDayTable();
    for (let i = 0; i < 300_000; i++)
      expect(table.remember((i * 7919) & 0x7fffffff, i % 1000)).toBeUndefined();
    for (let i = 0; i < 300_000; i += 997)
      expect(table.remember((i * 7919) & 0x7fffffff, 5000)).toBe(i % 1000);
  });

  it('tells hash 0 and the largest 31-bit hash apart from an empty slot', () => {
    const table = new IdDayTable();
    expect(table.remember(0, 3)).toBeUndefined();
    expect(table.remember(0x7fffffff, 4)).toBeUndefined();
    expect(table.remember(0, 9)).toBe(3);
    expect(table.remember(0x7fffffff, 9)).toBe(4);
  });
});
