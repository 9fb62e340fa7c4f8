import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrayElementTexts } from '../src/core/json-slices.js';

describe('arrayElementTexts: the trades of an event as their own text', () => {
  it('gives each element of the array at the path, one line each, equal to what was sent', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 8 }),
        fc.jsonValue(),
        fc.constantFrom(0, 2, '\t'),
        (trades, other, indent) => {
          const event = { action: 'x', client_payload: { before: other, trades }, after: other };
          const texts = arrayElementTexts(JSON.stringify(event, null, indent), [
            'client_payload',
            'trades',
          ])!;
          expect(texts.every((text) => !text.includes('\n'))).toBe(true);
          expect(texts.map((text) => JSON.parse(text) as unknown)).toEqual(
            JSON.parse(JSON.stringify(trades)),
          );
        },
      ),
      { seed: 20261124, numRuns: 300 },
    );
  });

  it('keeps what a re-serialisation would lose: 1e309, duplicate keys, any depth', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const text = `{"client_payload": {"trades": [ {"return": 1e309, "a": 1, "a": 2}, ${deep} ]}}`;
    expect(arrayElementTexts(text, ['client_payload', 'trades'])).toEqual([
      '{"return":1e309,"a":1,"a":2}',
      deep,
    ]);
  });

  it('the last of duplicate keys wins, as in JSON.parse; no array there gives undefined', () => {
    const text = '{"p": {"trades": [1]}, "p": {"trades": [2, "a b"]}}';
    expect(arrayElementTexts(text, ['p', 'trades'])).toEqual(['2', '"a b"']);
    expect(arrayElementTexts(text, ['p', 'missing'])).toBeUndefined();
    expect(arrayElementTexts('{"p": {"trades": {"0": 1}}}', ['p', 'trades'])).toBeUndefined();
    expect(arrayElementTexts('[1]', ['p'])).toBeUndefined();
  });
});
