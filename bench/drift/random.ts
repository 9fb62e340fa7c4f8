/**
 * Seeded randomness for the drift benchmark: the same seed gives the same streams on any machine.
 *
 * - xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number generators", 2018),
 *   seeded through splitmix32 so that neighbouring seeds give unrelated streams;
 * - Gaussian draws by the Box–Muller transform (Box & Muller 1958), both outputs used;
 * - Student-t with 4 degrees of freedom as Z / √(χ²₄ / 4), with χ²₄ = −2 ln(U₁U₂) (a χ² with
 *   4 degrees of freedom is twice a Gamma(2, 1), the sum of two unit exponentials), scaled by
 *   1/√2 to unit variance (Var t₄ = 4 / (4 − 2) = 2).
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareGaussian = NaN;

  constructor(seed: number) {
    let state = seed >>> 0;
    const splitmix32 = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix32();
    this.b = splitmix32();
    this.c = splitmix32();
    this.d = splitmix32();
  }

  nextUint32(): number {
    const result = Math.imul(rotateLeft(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotateLeft(this.d, 11);
    return result;
  }

  /** Uniform on (0, 1): never exactly 0, so its logarithm is finite. */
  uniform(): number {
    return (this.nextUint32() + 0.5) / 4294967296;
  }

  gaussian(): number {
    if (!Number.isNaN(this.spareGaussian)) {
      const spare = this.spareGaussian;
      this.spareGaussian = NaN;
      return spare;
    }
    const radius = Math.sqrt(-2 * Math.log(this.uniform()));
    const angle = 2 * Math.PI * this.uniform();
    this.spareGaussian = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  /** Student-t(4) scaled to unit variance. */
  studentT4UnitVariance(): number {
    const z = this.gaussian();
    const chiSquare4 = -2 * Math.log(this.uniform() * this.uniform());
    return z / Math.sqrt(chiSquare4 / 4) / Math.SQRT2;
  }
}

function rotateLeft(x: number, bits: number): number {
  return ((x << bits) | (x >>> (32 - bits))) >>> 0;
}

/** A stream's seed from the run's base seed and the stream's coordinates (FNV-1a over them). */
export function streamSeed(base: number, ...coordinates: number[]): number {
  let hash = 0x811c9dc5 ^ base;
  for (const value of coordinates) {
    for (let shift = 0; shift < 32; shift += 8) {
      hash ^= (value >>> shift) & 0xff;
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return hash >>> 0;
}
