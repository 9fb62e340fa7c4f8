/**
 * Which day each trade id of an upload was seen on, in about 16 bytes per trade: an
 * open-addressing hash table in typed arrays. A Map of millions of entries needs several times
 * that, on the JS heap; this lets a 1 GB upload be checked in well under its size.
 *
 * Keys are 31-bit hashes of (model, version, trade id), so two different ids can share a key:
 * a repeat on another day is only a suspect, to be checked exactly.
 */
export class IdDayTable {
  private keys = new Int32Array(1 << 16);
  private days = new Int32Array(1 << 16);
  private count = 0;

  /** Records `day` for `hash`; returns the day seen before for the same hash, or undefined. */
  remember(hash: number, day: number): number | undefined {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const slot = this.find(hash);
    if (this.keys[slot] !== 0) return this.days[slot];
    this.keys[slot] = stored(hash);
    this.days[slot] = day;
    this.count++;
    return undefined;
  }

  private find(hash: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(hash, 0x9e3779b1) & mask;
    const key = stored(hash);
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldDays = this.days;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.days = new Int32Array(oldKeys.length * 2);
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i]!;
      if (key === 0) continue;
      const slot = this.find((key - 1) & 0x7fffffff);
      this.keys[slot] = key;
      this.days[slot] = oldDays[i]!;
    }
  }
}

/** As kept in the table: 0 marks an empty slot, and int32 wraps the largest hash to negative. */
function stored(hash: number): number {
  return (hash + 1) | 0;
}
