// Φ and Φ⁻¹ against reference values (scipy.stats.norm, printed while developing).
import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from '../src/core/stats/normal.js';

describe('the standard normal', () => {
  it('Φ matches reference values to 1e-8 relative, tails included', () => {
    const reference: [number, number][] = [
      [-8, 6.22096057427174e-16],
      [-5, 2.866515718791933e-7],
      [-3, 0.0013498980316300933],
      [-1.96, 0.024997895148220435],
      [0.3, 0.6179114221889526],
      [1, 0.8413447460685429],
      [4, 0.9999683287581669],
    ];
    for (const [x, p] of reference) expect(Math.abs(normalCdf(x) - p) / p).toBeLessThan(1e-8);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });

  it('Φ⁻¹ matches reference values and inverts Φ', () => {
    const reference: [number, number][] = [
      [1e-10, -6.361340902404056],
      [0.001, -3.090232306167813],
      [0.025, -1.9599639845400545],
      [0.99, 2.3263478740408408],
      [0.999999, 4.753424308817087],
    ];
    for (const [p, x] of reference) expect(normalQuantile(p)).toBeCloseTo(x, 9);
    for (const x of [-4, -1, 0.5, 2.5]) expect(normalQuantile(normalCdf(x))).toBeCloseTo(x, 9);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
  });
});
