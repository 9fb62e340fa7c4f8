import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../src/core/utf8.js';

const refuses = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return false;
  } catch {
    return true;
  }
};

describe('firstInvalidUtf8: where an upload stops being UTF-8', () => {
  it('agrees with TextDecoder on what is invalid, and everything before it decodes', () => {
    // Bytes biased towards the interesting ranges: ASCII, continuations, and every kind of lead.
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.integer({ min: 0xc0, max: 0xff }),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), (values) => {
        const bytes = Uint8Array.from(values);
        const at = firstInvalidUtf8(bytes);
        expect(at >= 0).toBe(refuses(bytes));
        if (at >= 0) {
          expect(() =>
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(0, at)),
          ).not.toThrow();
        }
      }),
      { seed: 7, numRuns: 5000 },
    );
  });

  it('valid text, and a character cut off at the end, are not errors', () => {
    const text = Buffer.from('line one\nlíne twö 😀\n');
    expect(firstInvalidUtf8(text)).toBe(-1);
    expect(firstInvalidUtf8(text.subarray(0, text.length - 3))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x0a, 0xff, 0x62]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(0); // an overlong "/"
  });
});
