import { describe, expect, it } from 'vitest';
import { formatLfsPointer, parseLfsPointer } from '../src/core/lfs-pointer.js';

const OID = 'a15d79334f94938e1bad0be623a2873c5c15525c67fdcf0da461be680f62ffb8';
const VALID = `version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize 2048\n`;

function reasonFor(text: string): string {
  const parsed = parseLfsPointer(text);
  if (parsed.ok) throw new Error(`expected ${JSON.stringify(text)} to be refused`);
  return parsed.reason;
}

describe('parseLfsPointer', () => {
  it('reads the sha256 and size of a valid pointer', () => {
    expect(parseLfsPointer(VALID)).toEqual({ ok: true, pointer: { sha256: OID, size: 2048 } });
  });

  it('accepts the legacy hawser spec url, extra keys in order, and size 0', () => {
    const text = `version https://hawser.github.com/spec/v1\next-0-foo sha256:${'b'.repeat(64)}\noid sha256:${OID}\nsize 0\n`;
    expect(parseLfsPointer(text)).toEqual({ ok: true, pointer: { sha256: OID, size: 0 } });
  });

  it('round-trips what formatLfsPointer writes, byte for byte as git-lfs writes it', () => {
    const pointer = { sha256: OID, size: 123456789 };
    const text = formatLfsPointer(pointer);
    expect(text).toBe(
      `version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize 123456789\n`,
    );
    expect(parseLfsPointer(text)).toEqual({ ok: true, pointer });
  });

  it('refuses an unknown version line', () => {
    expect(reasonFor(VALID.replace('spec/v1', 'spec/v2'))).toBe(
      'unknown LFS pointer version "https://git-lfs.github.com/spec/v2"',
    );
  });

  it.each([
    ['too short', `sha256:${OID.slice(1)}`],
    ['upper-case hex', `sha256:${OID.toUpperCase()}`],
    ['another hash', `sha1:${OID.slice(0, 40)}`],
    ['not hex', `sha256:${'g'.repeat(64)}`],
  ])('refuses a bad oid (%s)', (_, oid) => {
    expect(reasonFor(VALID.replace(`sha256:${OID}`, oid))).toBe(
      'LFS pointer has no valid "oid sha256:<64 hex>"',
    );
  });

  it.each([['-1'], ['12kb'], ['007'], [''], ['1e3'], ['99999999999999999']])(
    'refuses a bad size %j',
    (size) => {
      expect(reasonFor(VALID.replace('size 2048', `size ${size}`))).toBe(
        `LFS pointer size ${JSON.stringify(size)} is not a byte count`,
      );
    },
  );

  it('refuses a pointer without its trailing newline', () => {
    expect(reasonFor(VALID.slice(0, -1))).toBe('LFS pointer does not end with a newline');
  });

  it('refuses keys out of order', () => {
    const text = `version https://git-lfs.github.com/spec/v1\nsize 2048\noid sha256:${OID}\n`;
    expect(reasonFor(text)).toBe('LFS pointer keys are not in order');
  });

  it('refuses a repeated key', () => {
    expect(reasonFor(`${VALID}size 2048\n`)).toBe('LFS pointer repeats "size"');
  });

  it('refuses a pointer missing its size', () => {
    const text = `version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\n`;
    expect(reasonFor(text)).toBe('LFS pointer size "" is not a byte count');
  });

  it('says that raw content was committed when the text is not a pointer at all', () => {
    const reason = 'is not a Git LFS pointer: the file content itself was committed';
    expect(reasonFor('\u0000\u0001binary weights')).toBe(reason);
    expect(reasonFor(`# my notes\n${VALID}`)).toBe(reason);
  });

  it('reads an empty blob as the pointer of an empty file, as git-lfs stores it', () => {
    expect(parseLfsPointer('')).toEqual({
      ok: true,
      pointer: {
        sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        size: 0,
      },
    });
  });

  it('refuses a malformed line inside something that starts like a pointer', () => {
    expect(reasonFor(`${VALID.slice(0, -1)}\n\n`)).toBe('malformed LFS pointer line ""');
  });
});
