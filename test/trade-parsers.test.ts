import { describe, expect, it } from 'vitest';
import {
  createTradeFileParser,
  detectTradeFileFormat,
  type ParsedRow,
  type TradeFileFormat,
} from '../src/core/trades/parsers.js';

/** Parses `text` fed in two chunks split at `at`, as a stream may deliver it. */
function parse(format: TradeFileFormat, text: string, at = text.length): ParsedRow[] {
  const parser = createTradeFileParser(format);
  return [...parser.push(text.slice(0, at)), ...parser.push(text.slice(at)), ...parser.end()];
}

/** The same rows whatever the chunk boundary: every split point is tried. */
function parseAtEverySplit(format: TradeFileFormat, text: string): ParsedRow[] {
  const whole = parse(format, text);
  for (let at = 0; at <= text.length; at++) expect(parse(format, text, at)).toEqual(whole);
  return whole;
}

describe('JSON Lines', () => {
  it('reads one record per line, with its line number, skipping blank lines and CR', () => {
    const text = '{"trade_id":"a","return":0.1}\r\n\n{"trade_id":"b","return":-0.2}\n';
    expect(parseAtEverySplit('jsonl', text)).toEqual([
      { line: 1, value: { trade_id: 'a', return: 0.1 } },
      { line: 3, value: { trade_id: 'b', return: -0.2 } },
    ]);
  });

  it('names the line that is not JSON, and goes on', () => {
    const rows = parse('jsonl', '{"a":1}\n{"a":\n{"a":3}');
    expect(rows[0]).toEqual({ line: 1, value: { a: 1 } });
    expect(rows[1]).toMatchObject({
      line: 2,
      error: expect.stringMatching(/^not valid JSON/) as unknown,
    });
    expect(rows[2]).toEqual({ line: 3, value: { a: 3 } });
  });
});

describe('CSV', () => {
  it('reads a header row and records, with quoted commas, quotes and newlines', () => {
    const text =
      'trade_id,model,return,note\r\n' +
      'T1,trader,0.012,"a, b"\r\n' +
      'T2,trader,-1e-3,"said ""hi"""\n' +
      'T3,trader,.5,"two\nlines"\n' +
      'T4,trader,0.1,\n';
    expect(parseAtEverySplit('csv', text)).toEqual([
      { line: 2, value: { trade_id: 'T1', model: 'trader', return: 0.012, note: 'a, b' } },
      { line: 3, value: { trade_id: 'T2', model: 'trader', return: -0.001, note: 'said "hi"' } },
      { line: 4, value: { trade_id: 'T3', model: 'trader', return: 0.5, note: 'two\nlines' } },
      // An empty cell is an absent field.
      { line: 6, value: { trade_id: 'T4', model: 'trader', return: 0.1 } },
    ]);
  });

  it('keeps NaN, Infinity and a decimal comma as text, so validation refuses them', () => {
    const rows = parse('csv', 'trade_id,return,pnl\nA,NaN,Infinity\nB,"1,5",-Infinity\n');
    expect(rows).toEqual([
      { line: 2, value: { trade_id: 'A', return: 'NaN', pnl: 'Infinity' } },
      { line: 3, value: { trade_id: 'B', return: '1,5', pnl: '-Infinity' } },
    ]);
  });

  it('reports a row with the wrong number of fields, a repeated column and an unclosed quote', () => {
    expect(parse('csv', 'a,b\n1,2,3\n')).toEqual([
      { line: 2, error: 'expected 2 fields as in the header, found 3' },
    ]);
    expect(parse('csv', 'a,a\n1,2\n')[0]).toEqual({
      line: 1,
      error: 'the header names column "a" twice',
    });
    expect(parse('csv', 'a,b\n1,"open\n')).toEqual([
      { line: 2, error: 'a quoted field is never closed' },
    ]);
  });

  it('a header alone gives no records; an empty file says what a header needs', () => {
    expect(parse('csv', 'trade_id,model,version,closed_at,return,mode\n')).toEqual([]);
    expect(parse('csv', '')).toEqual([
      {
        line: 1,
        error:
          'empty CSV: expected a header row naming trade_id, model, version, closed_at, return, mode',
      },
    ]);
  });
});

describe('JSON array', () => {
  it('splits the elements, whatever the strings and nesting hold, at any chunk boundary', () => {
    const text =
      '[\n  {"trade_id":"x,]}","tags":["a","[b]"],"meta":{"q":"\\"}"}},\n  {"trade_id":"y"}\n]\n';
    expect(parseAtEverySplit('json', text)).toEqual([
      { line: 2, value: { trade_id: 'x,]}', tags: ['a', '[b]'], meta: { q: '"}' } } },
      { line: 3, value: { trade_id: 'y' } },
    ]);
  });

  it('refuses what is not an array, an array never closed, and content after it', () => {
    expect(parse('json', '{"trade_id":"a"}')[0]).toEqual({
      line: 1,
      error: 'expected a JSON array of trades, starting with "["',
    });
    expect(parse('json', '[{"a":1},')).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 1, error: 'the JSON array is never closed with "]"' },
    ]);
    expect(parse('json', '[]\n[]')).toEqual([
      { line: 2, error: 'unexpected content after the closing "]"' },
    ]);
    expect(parse('json', '   ')).toEqual([
      { line: 1, error: 'empty file: expected a JSON array of trades' },
    ]);
  });
});

describe('format detection', () => {
  it('goes by extension, else by the first character', () => {
    expect(detectTradeFileFormat('t.csv', '{')).toBe('csv');
    expect(detectTradeFileFormat('t.ndjson', '[')).toBe('jsonl');
    expect(detectTradeFileFormat('t.json', '  [')).toBe('json');
    expect(detectTradeFileFormat('t.json', '{"a":1}\n')).toBe('jsonl');
    expect(detectTradeFileFormat('upload', '[')).toBe('json');
    expect(detectTradeFileFormat('upload', '{')).toBe('jsonl');
    expect(detectTradeFileFormat('upload', 'trade_id,')).toBe('csv');
  });
});
