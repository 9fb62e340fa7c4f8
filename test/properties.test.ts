// Properties of the pure parsers and renderers, checked against generated hostile input: every
// input ends in a value or a plain error, never a throw; what is accepted is safe; escaped text
// stays inert wherever it lands. Seeds are fixed so a failure reproduces; runs are kept small.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDashboardPage, renderStatus } from '../src/core/dashboard/index.js';
import { chartNumber, sharpeChart } from '../src/core/dashboard/charts.js';
import {
  displayWidth,
  markdownText,
  proposalLink,
  safeHref,
} from '../src/core/dashboard/format.js';
import { formatLfsPointer, parseLfsPointer } from '../src/core/lfs-pointer.js';
import { escapeCodeBlock, escapeMarkdown } from '../src/core/markdown.js';
import {
  assertSafeName,
  compareVersionIds,
  nextVersionId,
  whyUnsafeName,
  type NameKind,
} from '../src/core/names.js';
import { ModelgateError } from '../src/core/problems.js';
import { renderAbStartProposal } from '../src/core/proposals/ab-start-body.js';
import { renderCleanupProposal, untickedVersions } from '../src/core/proposals/cleanup-body.js';
import { renderRollbackProposal } from '../src/core/proposals/rollback-body.js';
import {
  readStateBlock,
  withStateBlock,
  type ProposalState,
} from '../src/core/proposals/state-block.js';
import { bucketOf, routeKey } from '../src/core/routing.js';
import { buildSnapshot, type TreeEntry } from '../src/core/snapshot.js';
import {
  createTradeFileParser,
  type ParsedRow,
  type TradeFileFormat,
} from '../src/core/trades/parsers.js';
import {
  canonicalTradeLine,
  checkTrade,
  sameTrade,
  tradeDay,
} from '../src/core/trades/trade-record.js';
import { loadYamlFile, toYaml } from '../src/core/yaml-file.js';
import { dashboard, hostileModel } from './support/mermaid/dashboard-fixtures.js';

const RUNS = { numRuns: 200, seed: 20261124 };
const FEW_RUNS = { numRuns: 40, seed: 20261124 };

/** Pieces attackers reach for, combined at random with ordinary text. */
const HOSTILE_PIECES = [
  '..',
  '/',
  '\\',
  '-',
  '--upload-pack=touch /tmp/x',
  '@{',
  '@{-1}',
  '.lock',
  'refs/heads/main',
  'HEAD',
  '~1',
  '^',
  ':',
  '?',
  '*',
  '[',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '\u00a0',
  '\ufeff',
  '\u200b',
  '\u202e',
  '\u2066',
  '\ud800',
  '😀',
  'e\u0301',
  'é',
  'İ',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '</td>',
  '<!--',
  '-->',
  '```',
  '```mermaid',
  '~~~',
  '%%{init: {"securityLevel": "loose"}}%%',
  'click A call alert()',
  'graph TD; A-->B',
  '[x](javascript:alert(1))',
  '![t](http://evil.example/t.png)',
  'http://1249763523/phish',
  'https://evil.example',
  'www.evil.example',
  '@org/team',
  '#12',
  '|',
  '**',
  '_',
  '&lt;',
  '&#60;',
  '\\<',
  'a',
  'v1',
  'trader',
  '0',
  '1e309',
  'NaN',
  '-0',
];

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: fc.constantFrom(...'<>[]()`*_|#@!\\\n\r-.:/%{}&;"\'~ av1'), maxLength: 40 }),
);

describe('names', () => {
  const kinds: NameKind[] = ['model name', 'version id', 'artifact file name'];
  const nameLike = fc.oneof(
    hostileText,
    fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,70}$/),
    fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._@{}/-]{0,10}(\.lock)?$/),
  );

  it('a name is either refused with a message naming it, or safe for paths and git refs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), nameLike, (kind, name) => {
        const why = whyUnsafeName(kind, name);
        if (why !== undefined) {
          expect(why).toMatch(new RegExp(`^unsafe ${kind} ".*": use `, 's'));
          expect(() => assertSafeName(kind, name)).toThrow(ModelgateError);
          return;
        }
        expect(assertSafeName(kind, name)).toBe(name);
        expect(name).not.toContain('..');
        expect(name).not.toMatch(/[/\\:~^?*[\s@{}]/);
        expect(name).not.toMatch(/^[-.]/);
        expect(name).not.toMatch(/\.lock$/);
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        expect(name).toMatch(/^[\x21-\x7e]+$/);
        expect(name.length).toBeLessThanOrEqual(kind === 'artifact file name' ? 128 : 64);
        if (kind !== 'artifact file name') expect(name).toBe(name.toLowerCase());
        if (kind === 'artifact file name') expect(name).not.toBe('manifest.yaml');
      }),
      RUNS,
    );
  });

  it('a refusal quotes the name as JSON, so control characters cannot reach the terminal raw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), hostileText, (kind, name) => {
        const why = whyUnsafeName(kind, name);
        // eslint-disable-next-line no-control-regex
        if (why) expect(why).not.toMatch(/[\u0000-\u001f]/);
      }),
      RUNS,
    );
  });

  it('version ids sort as a total order, and the next id is new and safe', () => {
    const safeId = fc.oneof(
      fc.integer({ min: 1, max: 999_999_999 }).map((n) => `v${n}`),
      fc.stringMatching(/^[a-z0-9](?:[a-z0-9_-]{0,8}[a-z0-9])?$/),
    );
    fc.assert(
      fc.property(fc.array(safeId, { maxLength: 20 }), (ids) => {
        const sorted = [...ids].sort(compareVersionIds);
        for (let i = 1; i < sorted.length; i++) {
          expect(compareVersionIds(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
          const forward = Math.sign(compareVersionIds(sorted[i - 1]!, sorted[i]!));
          const backward = Math.sign(compareVersionIds(sorted[i]!, sorted[i - 1]!));
          expect(forward + backward).toBe(0);
        }
        const next = nextVersionId(ids);
        expect(ids).not.toContain(next);
        expect(whyUnsafeName('version id', next)).toBeUndefined();
      }),
      RUNS,
    );
  });
});

describe('LFS pointers', () => {
  const pointer = fc.record({
    sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
    // Size 0 is the empty file, whose pointer is empty whatever the hash (see the spec).
    size: fc.oneof(fc.integer({ min: 1, max: 2 ** 40 }), fc.constant(Number.MAX_SAFE_INTEGER)),
  });

  it('a formatted pointer parses back to itself', () => {
    fc.assert(
      fc.property(pointer, (p) => {
        expect(parseLfsPointer(formatLfsPointer(p))).toEqual({ ok: true, pointer: p });
      }),
      RUNS,
    );
  });

  it('any text is a pointer with an exact, safe size, or a reason; never a throw', () => {
    const pointerLike = fc.oneof(
      hostileText,
      fc
        .tuple(
          fc.constantFrom(
            'version https://git-lfs.github.com/spec/v1',
            'version https://hawser.github.com/spec/v1',
            'version x',
          ),
          fc.stringMatching(/^oid sha256:[0-9a-f]{62,66}$/),
          fc.oneof(
            fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((n) => `size ${n}`),
            fc.constantFrom('size 1e3', 'size 0x10', 'size +5', 'size 9007199254740993', 'size '),
          ),
          fc.constantFrom('\n', '\r\n', ''),
        )
        .map(([v, oid, size, end]) => `${v}\n${oid}\n${size}${end}`),
    );
    fc.assert(
      fc.property(pointerLike, (text) => {
        const parsed = parseLfsPointer(text);
        if (!parsed.ok) {
          expect(typeof parsed.reason).toBe('string');
          return;
        }
        expect(Number.isSafeInteger(parsed.pointer.size)).toBe(true);
        expect(parsed.pointer.size).toBeGreaterThanOrEqual(0);
        expect(parsed.pointer.sha256).toMatch(/^[0-9a-f]{64}$/);
        const sizeLine = /^size (\d+)$/m.exec(text);
        if (sizeLine) expect(String(parsed.pointer.size)).toBe(sizeLine[1]);
      }),
      RUNS,
    );
  });
});

describe('trade file parsers', () => {
  const formats: TradeFileFormat[] = ['jsonl', 'csv', 'json'];
  const record = fc.record({
    trade_id: fc.oneof(fc.stringMatching(/^[!-~]{1,12}$/), hostileText),
    model: fc.constantFrom('trader', '../x', 'Trader', ''),
    version: fc.constantFrom('v1', 'refs/heads/main', 'v1.lock', '@{-1}'),
    closed_at: fc.oneof(
      fc
        .date({ min: new Date('1900-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      fc.constantFrom(
        '2026-09-01T99:00:00Z',
        '2026-09-01T23:59:60Z',
        '2026-09-01T10:00:00+99:99',
        '9999-12-31T23:59:59-23:59',
        '2026-02-30T10:00:00Z',
        '2026-09-01T24:00:00Z',
        '2026-09-01',
      ),
    ),
    return: fc.oneof(fc.double(), fc.constantFrom(-0, Infinity, -Infinity, 1e6, 0.01)),
    mode: fc.constantFrom('live', 'paper', 'LIVE'),
  });
  const fileText = fc.oneof(
    hostileText,
    fc
      .array(
        fc.oneof(
          record.map((r) => JSON.stringify(r)),
          hostileText,
        ),
        { maxLength: 6 },
      )
      .map((lines) => lines.join('\n')),
    fc
      .array(record, { maxLength: 5 })
      .map((rs) => `[${rs.map((r) => JSON.stringify(r)).join(',\n')}]`),
    fc
      .array(fc.tuple(hostileText, fc.double(), fc.constantFrom('"', '""', ',', '\r\n', '\n')), {
        maxLength: 5,
      })
      .map(
        (rows) => `trade_id,return,note\n${rows.map(([a, b, c]) => `${a},${b},${c}`).join('\n')}`,
      ),
  );

  function parseInChunks(format: TradeFileFormat, text: string, cuts: number[]): ParsedRow[] {
    const parser = createTradeFileParser(format);
    const rows: ParsedRow[] = [];
    let at = 0;
    for (const cut of [...cuts.map((c) => Math.floor(c * text.length)), text.length].sort(
      (a, b) => a - b,
    )) {
      rows.push(...parser.push(text.slice(at, cut)));
      at = cut;
    }
    rows.push(...parser.end());
    return rows;
  }

  it('any text, cut anywhere, gives the same rows: values or errors on real lines', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...formats),
        fileText,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
        (format, text, cuts) => {
          const whole = parseInChunks(format, text, []);
          expect(parseInChunks(format, text, cuts)).toEqual(whole);
          const lines = text.split('\n').length;
          for (const row of whole) {
            expect(row.line).toBeGreaterThanOrEqual(1);
            expect(row.line).toBeLessThanOrEqual(lines);
            if ('error' in row) expect(row.error.length).toBeGreaterThan(0);
          }
        },
      ),
      RUNS,
    );
  });

  it('a record longer than the limit is one error, and the records around it still parse', () => {
    const limit = 1000;
    const long = 'x'.repeat(limit + 10);
    const texts: Record<TradeFileFormat, string> = {
      csv: `trade_id,note\nA,a\nB,"${long}"\nC,${long}\nD,"${long}\n${long}"\nE,${','.repeat(limit)}\nF,f\n`,
      json: `[{"a":1},\n{"a":"${long}"},\n{"a":[${'1,'.repeat(limit)}1]},\n{"a":3}]`,
      jsonl: `{"a":1}\n{"a":"${long}"}\n${' '.repeat(limit + 1)}\n{"a":3}\n`,
    };
    const expectedErrorLines: Record<TradeFileFormat, number[]> = {
      csv: [3, 4, 5, 7],
      json: [2, 3],
      jsonl: [2, 3],
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...formats),
        fc.array(fc.integer({ min: 1, max: 3 * limit }), { maxLength: 6 }),
        (format, chunkSizes) => {
          const text = texts[format];
          const parser = createTradeFileParser(format, { maxRecordCharacters: limit });
          const rows: ParsedRow[] = [];
          let at = 0;
          for (const size of chunkSizes) {
            rows.push(...parser.push(text.slice(at, at + size)));
            at += size;
          }
          rows.push(...parser.push(text.slice(at)), ...parser.end());
          const errors = rows.filter((row) => 'error' in row);
          expect(errors.map((row) => row.line)).toEqual(expectedErrorLines[format]);
          for (const row of errors)
            expect(row).toMatchObject({ error: /longer than 1000 characters/ });
          expect(rows.filter((row) => 'value' in row)).toHaveLength(2);
        },
      ),
      RUNS,
    );
  });

  it('a CSV column named __proto__ is kept as a field, not a prototype', () => {
    const parser = createTradeFileParser('csv');
    const rows = [...parser.push('trade_id,__proto__\nA,{"polluted":1}\n'), ...parser.end()];
    expect(rows).toHaveLength(1);
    const value = (rows[0] as { value: object }).value;
    expect(Object.keys(value)).toEqual(['trade_id', '__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

describe('trade records', () => {
  const trade = fc.record(
    {
      trade_id: fc.stringMatching(/^[!-~]{1,20}$/),
      model: fc.constantFrom('trader', 'a', 'btc-usd_1'),
      version: fc.constantFrom('v1', 'v2.0', 'rc-1'),
      closed_at: fc.oneof(
        fc
          .date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        fc
          .tuple(
            fc.integer({ min: 1000, max: 9999 }),
            fc.integer({ min: 1, max: 12 }),
            fc.integer({ min: 1, max: 31 }),
            fc.integer({ min: 0, max: 99 }),
            fc.integer({ min: 0, max: 99 }),
            fc.integer({ min: 0, max: 99 }),
            fc.constantFrom('Z', '+00:00', '-23:59', '+14:00', '+99:99', '-24:00'),
          )
          .map(
            ([y, mo, d, h, mi, s, z]) =>
              `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}:${String(s).padStart(2, '0')}${z}`,
          ),
      ),
      return: fc.oneof(fc.double({ min: -100, max: 100 }), fc.constantFrom(-0, 0)),
      pnl: fc.oneof(fc.double(), fc.constant(null)),
      mode: fc.constantFrom('live', 'paper'),
      arm: fc.constantFrom('control', 'candidate', null),
      signal_id: fc.oneof(fc.stringMatching(/^[!-~]{1,10}$/), fc.constant(null)),
      extra: fc.jsonValue({ maxDepth: 3 }),
    },
    { requiredKeys: ['trade_id', 'model', 'version', 'closed_at', 'return', 'mode'] },
  );

  it('any JSON value is a trade or a list of problems naming fields; never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          trade.map((t) => JSON.parse(JSON.stringify(t)) as unknown),
        ),
        (value) => {
          const checked = checkTrade(value);
          if (!checked.ok) {
            expect(checked.problems.length).toBeGreaterThan(0);
            for (const problem of checked.problems) expect(problem.message).not.toBe('');
            return;
          }
          // An accepted trade has a real UTC day to be stored under.
          expect(tradeDay(checked.trade)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        },
      ),
      RUNS,
    );
  });

  it('the stored line of an accepted trade reads back as the same trade, every field kept', () => {
    fc.assert(
      fc.property(trade, fc.option(fc.jsonValue({ maxDepth: 2 })), (generated, proto) => {
        // As it arrives: JSON text, where "__proto__" is a field name like any other.
        const text = JSON.stringify(generated);
        const json =
          proto === null ? text : `${text.slice(0, -1)},"__proto__":${JSON.stringify(proto)}}`;
        const uploaded = JSON.parse(json) as Record<string, unknown>;
        const checked = checkTrade(uploaded);
        fc.pre(checked.ok);
        if (!checked.ok) return;
        const line = canonicalTradeLine(checked.trade);
        const reread = checkTrade(JSON.parse(line));
        expect(reread.ok).toBe(true);
        if (!reread.ok) return;
        expect(sameTrade(checked.trade, reread.trade)).toBe(true);
        // Optional schema fields that are null are left out of the stored line; extras stay.
        const optional = ['pnl', 'arm', 'signal_id'];
        const kept = Object.keys(uploaded).filter(
          (key) => !(optional.includes(key) && uploaded[key] === null),
        );
        expect(Object.keys(reread.trade).sort()).toEqual(kept.sort());
        expect(canonicalTradeLine(reread.trade)).toBe(line);
      }),
      RUNS,
    );
  });

  it('a record nested deeper than any trade needs is refused by field, not a stack overflow', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 65, max: 200_000 }),
        fc.constantFrom('[', '{"a":'),
        (depth, open) => {
          const close = open === '[' ? ']' : '}';
          const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
          const value = JSON.parse(
            `{"trade_id":"T","model":"trader","version":"v1","closed_at":"2026-09-01T10:00:00Z","return":0.01,"mode":"live","meta":${nested}}`,
          ) as unknown;
          const checked = checkTrade(value);
          expect(checked).toMatchObject({
            ok: false,
            problems: [
              {
                field: expect.stringMatching(/^meta/) as unknown,
                message: 'nested more than 64 levels deep',
              },
            ],
          });
        },
      ),
      FEW_RUNS,
    );
  });
});

describe('YAML files', () => {
  it('any text is a value or problems that name the file and a line inside it; never a throw', () => {
    const yamlLine = fc.oneof(
      fc.constantFrom(
        'sharpe: .nan',
        'sharpe: 1e309',
        'sharpe: -0',
        'trades: -1',
        'a: &a [1, 2]',
        'b: *a',
        'c: *missing',
        '<<: *a',
        'period: {start: 2025-02-30, end: 2025-06-30}',
        'closed: 2026-01-01T99:00:00Z',
        '- x',
        '? [a, b]',
        '  nested: [[[[[[1]]]]]]',
        '\ufeffsharpe: 1',
        'key: "unterminated',
        '%YAML 1.1',
        '---',
        '...',
        '!!binary aGk=',
        'x: !!js/function "function(){}"',
      ),
      hostileText,
    );
    const yamlLike = fc.oneof(
      hostileText,
      fc
        .tuple(fc.array(yamlLine, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'))
        .map(([lines, newline]) => lines.join(newline)),
    );
    fc.assert(
      fc.property(
        yamlLike,
        fc.constantFrom<'evaluation' | 'manifest' | 'policy' | 'deployment'>(
          'evaluation',
          'manifest',
          'policy',
          'deployment',
        ),
        (text, schema) => {
          const loaded = loadYamlFile('registry/x.yaml', text, schema);
          if (loaded.ok) return;
          // YAML, like editors, ends a line at a lone CR too.
          const lines = text.split(/\r\n|\r|\n/).length;
          for (const problem of loaded.problems) {
            expect(problem.file).toBe('registry/x.yaml');
            expect(problem.message).not.toBe('');
            if (problem.line !== undefined) {
              expect(problem.line).toBeGreaterThanOrEqual(1);
              expect(problem.line).toBeLessThanOrEqual(lines + 1);
            }
          }
        },
      ),
      RUNS,
    );
  });

  it('backtest metrics written as YAML read back as the same values', () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const evaluation = fc.record({
      period: fc.constant({ start: '2025-01-01', end: '2025-06-30' }),
      trades: fc.nat(),
      win_rate: fc.double({ min: 0, max: 1, noNaN: true }),
      sharpe: finite,
      max_drawdown: fc.double({ min: 0, max: 1, noNaN: true }),
      total_return: fc.double({ min: -1, max: 1e6, noNaN: true }),
    });
    fc.assert(
      fc.property(evaluation, (value) => {
        const loaded = loadYamlFile('m.yaml', toYaml(value), 'evaluation');
        // -0 may come back as 0: the same number to every check and every figure shown.
        expect(JSON.stringify(loaded)).toBe(JSON.stringify({ ok: true, value }));
      }),
      RUNS,
    );
  });

  it('an alias bomb of any shape is refused quickly, by line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 12 }),
        fc.integer({ min: 4, max: 12 }),
        (levels, fanOut) => {
          const lines = [`a0: &a0 [${Array(fanOut).fill('"lol"').join(', ')}]`];
          for (let level = 1; level < levels; level++) {
            lines.push(
              `a${level}: &a${level} [${Array(fanOut)
                .fill(`*a${level - 1}`)
                .join(', ')}]`,
            );
          }
          const started = Date.now();
          const loaded = loadYamlFile('bomb.yaml', lines.join('\n'), 'evaluation');
          expect(Date.now() - started).toBeLessThan(2000);
          expect(loaded.ok).toBe(false);
        },
      ),
      FEW_RUNS,
    );
  });
});

/** Scans escaped Markdown: every special character is escaped, every "&" starts an entity. */
function expectInertMarkdown(escaped: string): void {
  // eslint-disable-next-line no-control-regex
  expect(escaped).not.toMatch(/[\u0000-\u001f\u007f-\u009f<>@]/);
  expect(escaped).not.toMatch(/(https?|ftp):\/\//i);
  expect(escaped).not.toMatch(/www\./i);
  for (let i = 0; i < escaped.length; i++) {
    const char = escaped[i]!;
    if (char === '\\') {
      expect(escaped[i + 1], `a lone backslash at ${i} in ${escaped}`).toMatch(
        /[\\`*_{}[\]()#+\-.!|~]/,
      );
      i++;
    } else if (char === '&') {
      const entity = /^&(amp|lt|gt|#64);/.exec(escaped.slice(i, i + 5));
      expect(entity, `a bare & at ${i} in ${escaped}`).not.toBeNull();
      i += entity![0].length - 1;
    } else {
      expect('`*_{}[]()#+-.!|~'.includes(char), `unescaped ${char} at ${i} in ${escaped}`).toBe(
        false,
      );
    }
  }
}

describe('Markdown escaping', () => {
  it('escaped text is one inert line: no HTML, link, mention, fence or table break', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 400 }), (text, max) => {
        const escaped = escapeMarkdown(text, max);
        expectInertMarkdown(escaped);
        expect([...escaped.replace(/\\(.)|&(amp|lt|gt|#64);/g, 'x')].length).toBeLessThanOrEqual(
          max + max, // a ZWSP per "://" at most
        );
      }),
      RUNS,
    );
  });

  it('dashboard text drops bidirectional controls too', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = markdownText(text);
        expectInertMarkdown(escaped);
        expect(escaped).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
      }),
      RUNS,
    );
  });

  it('text in a code block cannot close its fence', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(escapeCodeBlock(text)).not.toContain('```');
      }),
      RUNS,
    );
  });

  it('a link destination is an http(s) URL that cannot end early or carry markup, or none', () => {
    const urlLike = fc.oneof(
      hostileText,
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      hostileText.map((text) => `https://example.com/${text}`),
    );
    fc.assert(
      fc.property(urlLike, (url) => {
        const href = safeHref(url);
        if (href === null) return;
        expect(href).toMatch(/^https?:\/\//i);
        expect(href).not.toMatch(/[\s()<>"'`|\\[\]*]/);
      }),
      RUNS,
    );
  });

  it('a proposal link is one link whose label is inert', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (title, id, url) => {
        const link = proposalLink({ kind: 'rollback', id, title, url });
        const match = /^\[(.*)\]\((https?:\/\/[^()\s]*)\)$/.exec(link);
        if (match) expectInertMarkdown(match[1]!);
        else expectInertMarkdown(link.replace(/ \((.*)\)$/, ' $1'));
      }),
      RUNS,
    );
  });
});

describe('dashboard', () => {
  /** The hostile fixture with every untrusted field replaced by generated text. */
  function hostilePage(note: string, title: string, url: string, version: string) {
    const model = hostileModel();
    model.versions[0]!.notes = note;
    model.versions[1]!.version = version;
    model.live!.action = note;
    model.live!.alarms = [note, title];
    model.proposals[0]!.title = title;
    model.proposals[0]!.url = url;
    model.cleanup.budget = note;
    return dashboard([model]);
  }

  it('hostile notes, titles and version ids add no HTML, fence, directive or row', () => {
    const fences = (page: string) => page.split('\n').filter((line) => line.startsWith('```'));
    const baseline = renderDashboardPage(hostilePage('note', 'title', 'https://e.com/1', 'v9'));
    fc.assert(
      fc.property(
        hostileText,
        hostileText,
        hostileText,
        hostileText,
        (note, title, url, version) => {
          const page = renderDashboardPage(hostilePage(note, title, url, version));
          expect(fences(page)).toEqual(fences(baseline));
          expect(page.split('\n').length).toBe(baseline.split('\n').length);
          expect(page).not.toMatch(/<(script|img|iframe|a |svg|style|\/td)/i);
          expect(page).not.toMatch(/\]\((?!https?:\/\/|#)/);
          // Directives and interactions only where the charts put them.
          expect(page.match(/%%\{/g)?.length ?? 0).toBe(baseline.match(/%%\{/g)?.length ?? 0);
          expect(page).not.toMatch(/^\s*(click|style|classDef|callback)\b/m);
        },
      ),
      FEW_RUNS,
    );
  });

  it('the terminal status has no control or format characters and fits its width', () => {
    fc.assert(
      fc.property(
        hostileText,
        hostileText,
        fc.integer({ min: 20, max: 160 }),
        (note, title, width) => {
          const status = renderStatus(hostilePage(note, title, 'x', 'v9'), width);
          // eslint-disable-next-line no-control-regex
          expect(status).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cf}]/u);
          for (const line of status.split('\n'))
            expect(displayWidth(line)).toBeLessThanOrEqual(width);
        },
      ),
      FEW_RUNS,
    );
  });

  it('chart numbers are plain decimals the chart grammar reads', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.integer({ min: 0, max: 6 }), (value, digits) => {
        expect(chartNumber(value, digits)).toMatch(/^-?\d+(\.\d+)?$/);
        expect(chartNumber(value, digits)).not.toBe('-0');
      }),
      RUNS,
    );
  });

  it('a chart of hostile version ids holds only quoted ids from the id alphabet', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 2, maxLength: 6 }), (ids) => {
        const model = hostileModel();
        const versions = ids.map((id, i) => ({
          ...model.versions[0]!,
          version: id,
          notes: id,
          backtest: { ...model.versions[0]!.backtest, sharpe: i - 1.5 },
        }));
        const chart = sharpeChart(versions)!.chart;
        const axis = chart.split('\n').find((line) => line.includes('x-axis'))!;
        expect(axis).toMatch(/^ {2}x-axis "version" \[("[A-Za-z0-9._-]+", )*"[A-Za-z0-9._-]+"\]$/);
        expect(chart.split('\n')).toHaveLength(chart.includes('  line [') ? 6 : 5);
      }),
      RUNS,
    );
  });
});

describe('proposal bodies', () => {
  const backtest = {
    period: { start: '2024-01-01', end: '2026-05-31' },
    trades: 21_110,
    win_rate: 0.55,
    sharpe: 1.45,
    max_drawdown: 0.12,
    total_return: 0.12,
  };
  /** Lines of a body that came from untrusted text, found by what surrounds them. */
  const untrustedLines = (body: string, marker: string) =>
    body.split('\n').filter((line) => line.includes(marker));

  it('rollback: hostile notes and reasons stay inside their own escaped line', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (notes, why) => {
        const { body } = renderRollbackProposal({
          model: 'trader',
          severity: 'critical',
          current: { version: 'v5', live: null, backtest, notes: `qqnote ${notes}` },
          target: { version: 'v4', live: null, backtest, why: `qqwhy ${why}` },
          alarms: [],
          change: null,
          window: [],
        } as unknown as Parameters<typeof renderRollbackProposal>[0]);
        expect(body).not.toMatch(/<(script|img|!--)|-->/i);
        const [noteLine] = untrustedLines(body, 'qqnote');
        expectInertMarkdown(noteLine!.replace(/^- v5: /, ''));
        const [whyLine] = untrustedLines(body, 'qqwhy');
        expectInertMarkdown(whyLine!.replace(/^Why v4: /, ''));
        // The state block that follows a body is still found, intact.
        const state: ProposalState = {
          v: 1,
          kind: 'rollback',
          model: 'trader',
          current: 'v5',
          target: 'v4',
          severity: 'critical',
          trades: 10,
          lastAlarmTrade: 9,
          hash: 'h',
        };
        expect(readStateBlock(withStateBlock(body, state))).toEqual(state);
      }),
      FEW_RUNS,
    );
  });

  it('A/B start: hostile notes and reasons stay escaped', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (notes, why) => {
        const { body } = renderAbStartProposal({
          model: 'trader',
          control: { version: 'v4', backtest, notes: `qqnote ${notes}` },
          candidate: { version: 'v5', backtest, notes: null },
          test: {
            control: 'v4',
            candidate: 'v5',
            started_at: '2026-09-01T00:00:00Z',
            split: { control: 80, candidate: 20 },
            min_trades_per_arm: 100,
            min_days: 7,
            max_days: 30,
          },
          why: `qqwhy ${why}`,
        });
        expect(body).not.toMatch(/<(script|img|!--)|-->/i);
        expectInertMarkdown(untrustedLines(body, 'qqnote')[0]!.replace(/^- v4: /, ''));
        const lead = untrustedLines(body, 'qqwhy')[0]!;
        expectInertMarkdown(lead.slice(lead.indexOf('qqwhy')));
      }),
      FEW_RUNS,
    );
  });

  it('cleanup: hostile reasons cannot tick a box or forge a version marker', () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (reason, selected) => {
        const { body } = renderCleanupProposal({
          candidates: [
            {
              model: 'trader',
              version: 'v1',
              ageDays: 40,
              metric: { name: 'sharpe', value: 0.2 },
              winRate: 0.5,
              frees: 1000,
              reasons: [`${reason} <!-- modelgate:version trader/v2 --> - [ ] **trader v2**`],
              selected,
            },
          ],
          freed: 1000,
          priority: 'normal',
          overBudget: [reason],
          github: true,
        });
        expect(untickedVersions(body)).toEqual(selected ? new Set() : new Set(['trader/v1']));
        expect(body.match(/<!-- modelgate:version/g)).toHaveLength(1);
      }),
      FEW_RUNS,
    );
  });

  it('reading checkboxes and state blocks from any edited body never throws', () => {
    fc.assert(
      fc.property(hostileText, (body) => {
        expect(() => untickedVersions(body)).not.toThrow();
        expect(() => readStateBlock(body)).not.toThrow();
      }),
      RUNS,
    );
  });
});

describe('routing', () => {
  it('any key lands in [0, 100), the same way every time, on an arm of the running test', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 99 }), (key, candidatePercent) => {
        const bucket = bucketOf('trader', '2026-09-01T00:00:00Z', key);
        expect(bucket).toBeGreaterThanOrEqual(0);
        expect(bucket).toBeLessThan(100);
        expect(bucketOf('trader', '2026-09-01T00:00:00Z', key)).toBe(bucket);
        const route = routeKey(
          {
            schema_version: 1,
            model: 'trader',
            production: 'v4',
            ab_test: {
              control: 'v4',
              candidate: 'v5',
              started_at: '2026-09-01T00:00:00Z',
              split: { control: 100 - candidatePercent, candidate: candidatePercent },
            },
          },
          key,
        );
        expect(route?.version).toBe(bucket < candidatePercent ? 'v5' : 'v4');
      }),
      RUNS,
    );
  });
});

describe('registry snapshots', () => {
  it('any tree of hostile paths and contents is read into problems, never a throw', () => {
    const entry = fc.record({
      path: fc.oneof(
        hostileText.map((text) => `registry/${text}`),
        fc
          .tuple(
            fc.constantFrom('trader', '..', 'Trader', '-x', 'a@{1}'),
            fc.constantFrom('v1', '..', 'v1.lock', 'refs'),
            fc.constantFrom(
              'manifest.yaml',
              'artifacts/m.bin',
              'trades/2026-09/2026-09-01.jsonl',
              'artifacts/../x',
              'x',
            ),
          )
          .map(([m, v, rest]) => `registry/${m}/versions/${v}/${rest}`),
        fc.constantFrom('registry/policy.yaml', 'registry/trader/deployment.yaml'),
      ),
      mode: fc.constantFrom('100644', '100755', '120000', '160000'),
      blob: fc.stringMatching(/^[0-9a-f]{8}$/),
      size: fc.oneof(fc.nat(2000), fc.constantFrom(-1, 2 ** 53, Number.NaN)),
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(entry, hostileText), { maxLength: 8 }), (files) => {
        const entries: TreeEntry[] = files.map(([e]) => e);
        const texts = new Map(files.map(([e, text]) => [e.blob, text]));
        const snapshot = buildSnapshot(entries, (blob) => texts.get(blob));
        for (const problem of snapshot.problems) {
          expect(problem.file).not.toBe('');
          expect(problem.message).not.toBe('');
        }
      }),
      RUNS,
    );
  });
});
