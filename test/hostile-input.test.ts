// Every case of the hostile-input corpus (test/corpus/hostile/, see its README.md) through the
// real entry points: the CLI on a real registry, the bundled action, the CLI as its own process
// with a capped heap for inputs built to exhaust memory. Each case ends in a clear error (exit
// 1, naming the file, the line and the field) or a correct result; never a crash, a hang, a
// partial write or a changed registry.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { actionOutput, runAction } from './helpers/action.js';
import { positionOf, writeArtifact } from './helpers/files.js';
import {
  registryFixture,
  type RegisteredVersion,
  type RegistryFixture,
} from './helpers/fixture.js';
import { committedText, type ProcessResult, type RepoState } from './helpers/git.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, 'test/corpus/hostile');
const MANIFEST = 'registry/trader/versions/v2/manifest.yaml';
const POLICY = 'registry/policy.yaml';
const DEPLOYMENT = 'registry/trader/deployment.yaml';

let f: RegistryFixture;
let v2: RegisteredVersion;
let before: RepoState;

beforeAll(async () => {
  f = await registryFixture();
  await f.register('trader');
  v2 = await f.register('trader');
  await f.cliOk(['promote', 'trader', 'v1']);
});
afterAll(() => f.cleanup());
beforeEach(async () => {
  before = await f.state();
});

const corpusFiles = async (group: string): Promise<string[]> =>
  (await readdir(join(CORPUS, group))).sort();
const corpusBytes = (group: string, name: string): Promise<Buffer> =>
  readFile(join(CORPUS, group, name));

/** What a user must notice about a crash: exit 70, "unexpected error", a stack, a V8 abort. */
function expectNoCrash(result: ProcessResult): void {
  expect(result.code, result.stderr).not.toBe(70);
  expect(result.stderr).not.toMatch(/unexpected error|^\s+at .+:\d+:\d+\)?$|FATAL ERROR|heap/m);
}

/** Exit 1, nothing on stdout, stderr exactly these lines (strings or patterns), nothing written. */
async function expectRefused(result: ProcessResult, lines: (string | RegExp)[]): Promise<void> {
  expectNoCrash(result);
  expect(result.code, result.stderr).toBe(1);
  expect(result.stdout).toBe('');
  const shown = result.stderr.split('\n');
  expect(shown.at(-1)).toBe('');
  expect(shown.slice(0, -1)).toEqual(asExpected(lines));
  // eslint-disable-next-line no-control-regex
  expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cf}]/u);
  expect(await f.state()).toEqual(before);
}

/** "file:line:col" of `needle` in a corpus file, as an error must name it. */
function at(group: string, name: string, needle: string): string {
  const { line, column } = positionOf(readFileSync(join(CORPUS, group, name), 'utf8'), needle);
  return `${name}:${line}:${column}`;
}

/** Lines to compare: strings exactly, patterns by match. */
const asExpected = (lines: (string | RegExp)[]): unknown[] =>
  lines.map((line) => (typeof line === 'string' ? line : (expect.stringMatching(line) as unknown)));

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('trade uploads (metrics/): ingest', () => {
  async function ingest(name: string): Promise<ProcessResult> {
    await copyFile(join(CORPUS, 'metrics', name), join(f.inputs, name));
    // Run from the upload's folder, as a CI job would, so the file is named as the user gave it.
    return f.cli(['ingest', name, '-C', f.clone], { cwd: f.inputs });
  }
  const refusedHeadline = (name: string, count: number): string =>
    `modelgate ingest: ${name}: ${count} invalid record${count === 1 ? '' : 's'}; nothing was stored (use --skip-invalid to store the valid ones)`;
  const REAL_TIME =
    'expected a real time \\(hour 00-23, minute and second 00-59, offset at most ±23:59\\)';

  /** Refused uploads: every problem names the file, the line and (for a record) the field. */
  const refused: Record<string, (string | RegExp)[]> = {
    'nan.jsonl': [/^ {2}nan\.jsonl:2: not valid JSON: Unexpected token 'N'/],
    'infinity.jsonl': [
      '  infinity.jsonl:1: return: expected a finite number',
      '  infinity.jsonl:2: pnl: expected a finite number',
      /^ {2}infinity\.jsonl:3: not valid JSON: /,
    ],
    'deep-nesting.jsonl': ['  deep-nesting.jsonl:1: meta[0][0]: nested more than 64 levels deep'],
    'impossible-times.jsonl': [
      new RegExp(
        `^ {2}impossible-times\\.jsonl:1: closed_at: ${REAL_TIME}, found "2026-09-01T99:00:00Z"$`,
      ),
      new RegExp(
        `^ {2}impossible-times\\.jsonl:2: closed_at: ${REAL_TIME}, found "2026-09-01T23:59:60Z"$`,
      ),
      new RegExp(
        `^ {2}impossible-times\\.jsonl:3: closed_at: ${REAL_TIME}, found "2026-09-01T10:00:00\\+99:99"$`,
      ),
      '  impossible-times.jsonl:4: closed_at: expected a time within years 0000 to 9999 in UTC, found "9999-12-31T23:59:59-23:59"',
      '  impossible-times.jsonl:5: closed_at: expected a real calendar date, found "2026-02-30T10:00:00Z"',
    ],
    'absurd-numbers.jsonl': [
      '  absurd-numbers.jsonl:1: return: expected a number <= 100, found 1000000',
      '  absurd-numbers.jsonl:2: pnl: expected a number <= 1000000000000000, found 1e+300',
      '  absurd-numbers.jsonl:3: return: expected number, found the text "0.01"',
    ],
    'hostile-names.jsonl': [
      /^ {2}hostile-names\.jsonl:1: model: expected a model name: .*, found the text "\.\.\/x"$/,
      /^ {2}hostile-names\.jsonl:2: version: expected a version id: .*, found the text "refs\/heads\/main"$/,
      /^ {2}hostile-names\.jsonl:3: version: expected a version id: .*, found the text "v1\.lock"$/,
      /^ {2}hostile-names\.jsonl:4: model: expected a model name: .*, found the text "--upload-pack=touch \/tmp\/pwned"$/,
      /^ {2}hostile-names\.jsonl:5: version: expected a version id: .*, found the text "@\{-1\}"$/,
      /^ {2}hostile-names\.jsonl:6: trade_id: expected text matching .*, found the text "NAME\\u0001-6"$/,
      /^ {2}hostile-names\.jsonl:7: trade_id: expected text matching .*, found the text "NAME 7"$/,
      /^ {2}hostile-names\.jsonl:8: mode: expected one of "live", "paper", found the text "live\\nModelgate-Action: delete"$/,
    ],
    'non-finite.csv': [
      '  non-finite.csv:2: return: expected number, found the text "NaN"',
      '  non-finite.csv:3: return: expected number, found the text "Infinity"',
      '  non-finite.csv:4: pnl: expected number or null, found the text "-Infinity"',
      '  non-finite.csv:5: return: expected number, found the text "1e309"',
    ],
    'unclosed-quote.csv': ['  unclosed-quote.csv:2: a quoted field is never closed'],
    'nan.json': [/^ {2}nan\.json:3: not valid JSON: Unexpected token 'N'/],
    'trailing-content.json': [
      '  trailing-content.json:4: unexpected content after the closing "]"',
    ],
    'unbalanced.json': ['  unbalanced.json:2: unexpected "}"'],
    'deep-nesting.json': ['  deep-nesting.json:2: meta.a.a: nested more than 64 levels deep'],
  };

  /** Accepted uploads: the day file they land in and what it must then hold. */
  const accepted: Record<string, { day: string; stored: number; holds: string[] }> = {
    // -0 is stored as 0: one number, whatever its sign bit.
    'negative-zero.jsonl': { day: '2026-09-02', stored: 1, holds: ['"return":0,"pnl":0,'] },
    'bom-crlf.jsonl': { day: '2026-09-03', stored: 2, holds: ['{"trade_id":"BOM-1",'] },
    'bom-crlf.csv': { day: '2026-09-05', stored: 2, holds: ['{"trade_id":"CSVBOM-1",'] },
    // Fields named like Object.prototype's are kept as fields, and pollute nothing.
    'prototype-keys.jsonl': {
      day: '2026-09-04',
      stored: 1,
      holds: ['"__proto__":{"polluted":true}', '"constructor":{"prototype":{"polluted":true}}'],
    },
    'prototype-column.csv': { day: '2026-09-06', stored: 1, holds: ['"__proto__":"polluted"'] },
  };

  it('every file of the corpus has its expectation here', async () => {
    expect(await corpusFiles('metrics')).toEqual(
      [...Object.keys(refused), ...Object.keys(accepted), 'invalid-utf8.jsonl'].sort(),
    );
  });

  it.each(Object.entries(refused))(
    '%s is refused by line and field; nothing is stored',
    async (name, problems) => {
      const result = await ingest(name);
      await expectRefused(result, [refusedHeadline(name, problems.length), ...problems]);
    },
  );

  it.each(Object.entries(accepted))('%s is stored as it should be', async (name, expected) => {
    const result = await ingest(name);
    expectNoCrash(result);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`stored ${expected.stored} new trade`);
    const dayFile = `registry/trader/versions/v1/trades/${expected.day.slice(0, 7)}/${expected.day}.jsonl`;
    const stored = await committedText(f.clone, f.env, dayFile);
    for (const text of expected.holds) expect(stored).toContain(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await f.cli(['verify'])).code).toBe(0);
  });

  it('invalid-utf8.jsonl: refused as not UTF-8, nothing stored', async () => {
    const result = await ingest('invalid-utf8.jsonl');
    await expectRefused(result, [
      /^modelgate ingest: invalid-utf8\.jsonl:2: not UTF-8 text \(invalid bytes at byte \d+\); nothing was stored$/,
    ]);
  });

  // Like every other upload error, the encoding error names its line.
  it('invalid-utf8.jsonl: the error names line 2', async () => {
    const result = await ingest('invalid-utf8.jsonl');
    expect(result.stderr).toMatch(/invalid-utf8\.jsonl:2\b/);
  });
});

describe('backtest metrics (backtest/): register --metrics', () => {
  let seed = 0;
  /** Registers with `file` (under the inputs folder, copied from the corpus unless generated). */
  async function register(file: string, generated = false): Promise<ProcessResult> {
    if (!generated) await copyFile(join(CORPUS, 'backtest', file), join(f.inputs, file));
    const artifact = await writeArtifact(join(f.inputs, `backtest-${++seed}.bin`), 64, `b${seed}`);
    // Run from the inputs folder, so the metrics file is named as the user gave it.
    const argv = ['register', 'trader', '-C', f.clone, '--artifact', artifact, '--metrics', file];
    return f.cli(argv, { cwd: f.inputs });
  }
  const headline = (name: string) => `modelgate register: ${name}: invalid backtest metrics`;

  const refused: Record<string, (string | RegExp)[]> = {
    'non-finite.yaml': [
      `  ${at('backtest', 'non-finite.yaml', '-.inf')}: win_rate: expected a finite number`,
      `  ${at('backtest', 'non-finite.yaml', '.nan')}: sharpe: expected a finite number`,
      `  ${at('backtest', 'non-finite.yaml', '1e309')}: total_return: expected number, found the text "1e309"`,
    ],
    'nan-in-json.json': [
      `  ${at('backtest', 'nan-in-json.json', 'NaN')}: sharpe: expected number, found the text "NaN"`,
    ],
    'invalid-utf8.yaml': ['  invalid-utf8.yaml:4: not UTF-8 text: save the file as UTF-8'],
    'absurd-sizes.yaml': [
      `  ${at('backtest', 'absurd-sizes.yaml', '-1')}: trades: expected a number >= 0, found -1`,
      `  ${at('backtest', 'absurd-sizes.yaml', '1e300')}: max_drawdown: expected a number <= 1, found 1e+300`,
    ],
    'deep-nesting.yaml': [
      /^ {2}deep-nesting\.yaml:1:\d+: invalid YAML: nesting exceeded maxDepth \(100\)$/,
    ],
    'deep-nesting-aliases.yaml': [
      // At the third bracket: the field's path is cut after three steps.
      '  deep-nesting-aliases.yaml:8:10: extra[0][0]: nested more than 64 levels deep',
    ],
    'two-documents.yaml': [
      `  ${at('backtest', 'two-documents.yaml', '---')}: invalid YAML: expected a single document in the stream, but found more`,
    ],
    'not-a-mapping.yaml': ['  not-a-mapping.yaml:1:1: expected object, found a list'],
  };
  const accepted: Record<string, number> = {
    'negative-zero.yaml': 0,
    'bom-crlf.yaml': 1.4,
    'aliases.yaml': 1.4,
  };

  it('every file of the corpus has its expectation here', async () => {
    expect(await corpusFiles('backtest')).toEqual(
      [...Object.keys(refused), ...Object.keys(accepted)].sort(),
    );
  });

  it.each(Object.keys(refused))(
    '%s is refused by line and field; nothing is written',
    async (name) => {
      await expectRefused(await register(name), [headline(name), ...refused[name]!]);
    },
  );

  it.each(Object.entries(accepted))(
    '%s is registered with the values it says',
    async (name, sharpe) => {
      const result = await register(name);
      expectNoCrash(result);
      expect(result.code, result.stderr).toBe(0);
      const version = /registered trader (v\d+)/.exec(result.stdout)![1]!;
      const shown = await f.cliOk(['show', 'trader', version, '--json']);
      const detail = JSON.parse(shown.stdout) as {
        evaluation: { sharpe: number; sortino?: number };
      };
      expect(detail.evaluation.sharpe).toBe(sharpe);
      if (name === 'aliases.yaml') expect(detail.evaluation.sortino).toBe(1.4);
    },
  );

  it('an alias bomb (generated: 9 levels of 9 aliases) is refused at once', async () => {
    const lines = [
      'period:',
      '  start: 2025-01-01',
      '  end: 2025-06-30',
      'l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
    ];
    for (let level = 1; level < 9; level++) {
      lines.push(
        `l${level}: &l${level} [${Array(9)
          .fill(`*l${level - 1}`)
          .join(', ')}]`,
      );
    }
    await writeFile(join(f.inputs, 'alias-bomb.yaml'), `${lines.join('\n')}\n`);
    const started = Date.now();
    const result = await register('alias-bomb.yaml', true);
    expect(Date.now() - started).toBeLessThan(10_000);
    await expectRefused(result, [
      headline('alias-bomb.yaml'),
      '  alias-bomb.yaml:5:10: invalid YAML: Excessive alias count indicates a resource exhaustion attack',
    ]);
  });
});

describe('registry files (manifests/, policy/, deployment/) committed by hand', () => {
  const targets = { manifests: MANIFEST, policy: POLICY, deployment: DEPLOYMENT } as const;
  type Group = keyof typeof targets;
  const REAL_TIME =
    'expected a real time \\(hour 00-23, minute and second 00-59, offset at most ±23:59\\)';

  /** Reads that must neither crash nor write, whatever the registry holds. */
  const READS = [
    ['list', 'trader'],
    ['show', 'trader', 'v2'],
    ['history', 'trader'],
    ['status'],
    ['drift', 'trader'],
    ['route', 'trader', 'key-1'],
  ];

  async function commitCorpusFile(group: Group, name: string, bytes?: Buffer): Promise<void> {
    const text = (bytes ?? (await corpusBytes(group, name)))
      .toString('latin1')
      .replace('@SHA256@', v2.sha256)
      .replace('@SIZE@', String(v2.size));
    // latin1 both ways: the corpus bytes reach the file unchanged, invalid UTF-8 included.
    await writeFile(join(f.clone, targets[group]), Buffer.from(text, 'latin1'));
    await f.git(['commit', '--quiet', '-am', `hostile ${group}/${name}`]);
  }

  async function expectReadsSurvive(): Promise<void> {
    const state = await f.state();
    for (const argv of READS) {
      const result = await f.cli(argv);
      expectNoCrash(result);
      expect([0, 1], `${argv.join(' ')}: ${result.stderr}`).toContain(result.code);
    }
    const page = join(f.root, 'page.md');
    const dashboard = await f.cli(['dashboard', '--output', page]);
    expectNoCrash(dashboard);
    expect([0, 1], dashboard.stderr).toContain(dashboard.code);
    await rm(page, { force: true });
    expect(await f.state()).toEqual(state);
  }

  const refused: Record<string, (string | RegExp)[]> = {
    'manifests/non-finite.yaml': [
      `${MANIFEST}:18:13: evaluation.win_rate: expected a finite number`,
      `${MANIFEST}:19:11: evaluation.sharpe: expected a finite number`,
      `${MANIFEST}:20:12: evaluation.sortino: expected number, found the text "1e309"`,
    ],
    'manifests/negative-size.yaml': [
      `${MANIFEST}:12:11: artifacts[0].size: expected a number >= 0, found -1`,
    ],
    'manifests/absurd-size.yaml': [
      /^registry\/trader\/versions\/v2\/manifest\.yaml:12:11: artifacts\[0\]\.size: expected a number <= 1099511627776, found /,
    ],
    'manifests/traversal-names.yaml': [
      /^registry\/trader\/versions\/v2\/manifest\.yaml:2:8: model: expected a model name: .*, found the text "\.\.\/x"$/,
      /^registry\/trader\/versions\/v2\/manifest\.yaml:3:10: version: expected a version id: .*, found the text "refs\/heads\/main"$/,
      /^registry\/trader\/versions\/v2\/manifest\.yaml:10:11: artifacts\[0\]\.path: expected text matching .*, found the text "artifacts\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd"$/,
    ],
    'manifests/impossible-time.yaml': [
      new RegExp(
        `^${escape(MANIFEST)}:4:13: created_at: ${REAL_TIME}, found "2026-01-10T25:61:00\\+99:00"$`,
      ),
    ],
    'manifests/deep-nesting.yaml': [
      /^registry\/trader\/versions\/v2\/manifest\.yaml:6:\d+: invalid YAML: nesting exceeded maxDepth \(100\)$/,
    ],
    'manifests/two-documents.yaml': [
      `${MANIFEST}:22:1: invalid YAML: expected a single document in the stream, but found more`,
    ],
    'policy/non-finite.yaml': [
      `${POLICY}:3:18: drift.win_rate_drop: expected a finite number`,
      `${POLICY}:4:16: drift.sharpe_drop: expected a finite number`,
      `${POLICY}:5:20: drift.trades_per_year: expected number, found the text "1e309"`,
    ],
    'policy/negative-sizes.yaml': [
      `${POLICY}:3:13: budget.max_size: expected a number >= 0, found -5`,
      `${POLICY}:4:17: budget.max_versions: expected a number >= 1, found -1`,
      `${POLICY}:6:13: retention.keep_top: expected a number >= 0, found -1`,
    ],
    'policy/deep-nesting.yaml': [
      /^registry\/policy\.yaml:3:\d+: invalid YAML: nesting exceeded maxDepth \(100\)$/,
    ],
    'policy/traversal-override.yaml': [
      /^registry\/policy\.yaml:3:3: models\.\.\.\/x: expected keys that are a model name: .*, found the key "\.\.\/x"$/,
      /^registry\/policy\.yaml:6:3: models\.--upload-pack=evil: expected keys that are a model name: .*, found the key "--upload-pack=evil"$/,
    ],
    'deployment/traversal.yaml': [
      /^registry\/trader\/deployment\.yaml:3:13: production: expected a version id: .*, found the text "\.\.\/v1"$/,
    ],
    'deployment/ref-injection.yaml': [
      /^registry\/trader\/deployment\.yaml:3:13: production: expected a version id: .*, found the text "refs\/heads\/main"$/,
      /^registry\/trader\/deployment\.yaml:4:22: previous_production: expected a version id: .*, found the text "v1@\{1\}"$/,
    ],
    'deployment/option-injection.yaml': [
      /^registry\/trader\/deployment\.yaml:2:8: model: expected a model name: .*, found the text "--upload-pack=touch \/tmp\/pwned"$/,
    ],
    'deployment/ab-non-finite.yaml': [
      `${DEPLOYMENT}:10:14: ab_test.split.control: expected a finite number`,
      `${DEPLOYMENT}:11:16: ab_test.split.candidate: expected a finite number`,
    ],
    'deployment/ab-impossible-time.yaml': [
      new RegExp(
        `^${escape(DEPLOYMENT)}:8:15: ab_test\\.started_at: ${REAL_TIME}, found "2026-09-01T00:00:00\\+99:99"$`,
      ),
    ],
    'deployment/deep-nesting.yaml': [
      /^registry\/trader\/deployment\.yaml:5:\d+: invalid YAML: nesting exceeded maxDepth \(100\)$/,
    ],
  };
  /** Read as written (invalid UTF-8: with U+FFFD where the bad byte was; verify passes). */
  const accepted = [
    'manifests/negative-zero.yaml',
    'manifests/bom-crlf.yaml',
    'manifests/invalid-utf8.yaml',
    'manifests/injection-notes.yaml',
    'policy/bom-crlf.yaml',
    'deployment/bom-crlf.yaml',
  ];
  // Checked in its own test below: verify refuses 400 nines of terabytes, beyond the pattern.
  const checkedBelow = ['policy/absurd-size.yaml'];

  beforeEach(async () => {
    await f.git(['reset', '--quiet', '--hard', 'origin/main']);
    before = await f.state();
  });
  afterAll(() => f.git(['reset', '--quiet', '--hard', 'origin/main']));

  it('every file of the corpus has its expectation here', async () => {
    const all = [];
    for (const group of Object.keys(targets)) {
      for (const name of await corpusFiles(group)) all.push(`${group}/${name}`);
    }
    expect(all.sort()).toEqual([...Object.keys(refused), ...accepted, ...checkedBelow].sort());
  });

  it.each(Object.entries(refused))(
    '%s: verify names the file, line and field; reads survive',
    async (path, problems) => {
      const [group, name] = path.split('/') as [Group, string];
      await commitCorpusFile(group, name);
      const committed = await f.state();
      const result = await f.cli(['verify']);
      expectNoCrash(result);
      expect(result.code).toBe(1);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines.slice(0, -1)).toEqual(asExpected(problems));
      expect(lines.at(-1)).toMatch(/^registry has problems: \d+ errors?, /);
      expect(await f.state()).toEqual(committed);
      await expectReadsSurvive();
    },
  );

  it.each(accepted)('%s: read as written; verify passes; reads survive', async (path) => {
    const [group, name] = path.split('/') as [Group, string];
    await commitCorpusFile(group, name);
    const result = await f.cli(['verify']);
    expect(result).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^registry OK: /) as unknown,
      stderr: '',
    });
    await expectReadsSurvive();
  });

  it('manifests/invalid-utf8.yaml: the bad byte is shown as U+FFFD, not dropped or crashed on', async () => {
    await commitCorpusFile('manifests', 'invalid-utf8.yaml');
    const shown = await f.cliOk(['show', 'trader', 'v2', '--json']);
    expect((JSON.parse(shown.stdout) as { notes: string }).notes).toBe('caf\ufffd au lait');
  });

  it('policy/absurd-size.yaml: a budget of 10^400 TB is refused by verify', async () => {
    await commitCorpusFile('policy', 'absurd-size.yaml');
    const result = await f.cli(['verify']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^registry\/policy\.yaml:3:\d+: budget\.max_size: /);
  });

  it.each(['manifests', 'policy', 'deployment'] as const)(
    'an alias bomb in %s (generated) is refused by verify at once',
    async (group) => {
      const bomb = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
      for (let level = 1; level < 9; level++) {
        bomb.push(
          `a${level}: &a${level} [${Array(9)
            .fill(`*a${level - 1}`)
            .join(', ')}]`,
        );
      }
      await commitCorpusFile(group, 'alias-bomb.yaml', Buffer.from(`${bomb.join('\n')}\n`));
      const started = Date.now();
      const result = await f.cli(['verify']);
      expect(Date.now() - started).toBeLessThan(10_000);
      expectNoCrash(result);
      expect(result.code).toBe(1);
      // At the first alias, where the expansion starts.
      expect(result.stdout).toMatch(
        new RegExp(`^${escape(targets[group])}:2:10: invalid YAML: Excessive alias count`, 'm'),
      );
      await expectReadsSurvive();
    },
  );

  it('a hand-made deployment with an impossible A/B start time: status and dashboard do not crash', async () => {
    // Before the timestamp check, `status` and `dashboard` died on "RangeError: Invalid time value".
    await commitCorpusFile('deployment', 'ab-impossible-time.yaml');
    for (const argv of [['status'], ['dashboard', '--output', join(f.root, 'page.md')]]) {
      const result = await f.cli(argv);
      expectNoCrash(result);
      expect([0, 1]).toContain(result.code);
    }
  });
});

describe('inputs built to exhaust memory, run as their own process with a 256 MB heap', () => {
  const HUNDRED_MB = 100 * 1024 * 1024;

  /** The CLI from source as its own process; the heap is capped so a leak is an abort, not a swap. */
  function runCapped(
    argv: string[],
  ): Promise<ProcessResult & { signal: string | null; ms: number }> {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const child = spawn(
        process.execPath,
        ['--max-old-space-size=256', '--import', 'tsx', join(ROOT, 'src/cli/index.ts'), ...argv],
        // From the project root, so `--import tsx` resolves; the registry is named with -C.
        { cwd: ROOT, env: f.env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on(
        'data',
        (chunk: Buffer) => (stdout += chunk.toString('utf8').slice(0, 100_000)),
      );
      child.stderr.on(
        'data',
        (chunk: Buffer) => (stderr += chunk.toString('utf8').slice(0, 100_000)),
      );
      child.on('error', reject);
      child.on('close', (code, signal) =>
        resolve({ code: code ?? -1, signal, stdout, stderr, ms: Date.now() - started }),
      );
    });
  }

  /** Writes `head`, then `fill` bytes until the file passes 100 MB, then `tail`: never in memory. */
  async function hugeFile(name: string, head: string, fill: string, tail: string): Promise<string> {
    const file = join(f.inputs, name);
    const handle = await open(file, 'w');
    try {
      await handle.write(head);
      const block = Buffer.alloc(4 * 1024 * 1024, fill);
      for (let written = 0; written < HUNDRED_MB; written += block.length)
        await handle.write(block);
      await handle.write(tail);
    } finally {
      await handle.close();
    }
    return file;
  }

  afterAll(async () => {
    for (const name of await readdir(f.inputs)) {
      if (name.startsWith('huge-')) await rm(join(f.inputs, name), { force: true });
    }
  });

  it.each([
    [
      'huge-line.jsonl',
      '{"trade_id":"H1","note":"',
      'x',
      '"}\n',
      'huge-line\\.jsonl:1: the line is longer than 33554432 characters',
    ],
    [
      'huge-field.csv',
      'trade_id,note\nH1,"',
      'x',
      '"\n',
      'huge-field\\.csv:2: the record is longer than 33554432 characters',
    ],
    [
      'huge-element.json',
      '[{"trade_id":"H1","note":"',
      'x',
      '"}]\n',
      'huge-element\\.json:1: the array element is longer than 33554432 characters',
    ],
  ])(
    'ingest of a 100 MB single record (%s): a clear error, in bounded time and memory',
    async (name, head, fill, tail, problem) => {
      const file = await hugeFile(name, head, fill, tail);
      const result = await runCapped(['ingest', file, '-C', f.clone]);
      expect(result.signal).toBeNull();
      expectNoCrash(result);
      expect(result.code, result.stderr).toBe(1);
      expect(result.ms).toBeLessThan(90_000);
      expect(result.stderr).toMatch(new RegExp(`^ {2}${escape(f.inputs)}/${problem}`, 'm'));
      expect(await f.state()).toEqual(before);
      await rm(file);
    },
    150_000,
  );

  it('register --metrics with a 100 MB file: refused after reading one megabyte', async () => {
    const file = await hugeFile('huge-metrics.yaml', 'sharpe: ', '9', '\n');
    const artifact = await writeArtifact(join(f.inputs, 'huge.bin'), 64, 'huge');
    const result = await runCapped([
      'register',
      'trader',
      '-C',
      f.clone,
      '--artifact',
      artifact,
      '--metrics',
      file,
    ]);
    expect(result.signal).toBeNull();
    expectNoCrash(result);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toBe(
      `modelgate register: ${file}: invalid backtest metrics\n  ${file}: the file is larger than 1048576 bytes; a metrics file is a few lines\n`,
    );
    expect(await f.state()).toEqual(before);
    await rm(file);
  }, 150_000);

  it('verify of an alias bomb that would expand to 10^9 values: refused in bounded memory', async () => {
    const bomb = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let level = 1; level < 10; level++) {
      bomb.push(
        `a${level}: &a${level} [${Array(10)
          .fill(`*a${level - 1}`)
          .join(', ')}]`,
      );
    }
    await writeFile(join(f.clone, POLICY), `${bomb.join('\n')}\n`);
    await f.git(['commit', '--quiet', '-am', 'alias bomb']);
    try {
      const result = await runCapped(['verify', '-C', f.clone]);
      expect(result.signal).toBeNull();
      expectNoCrash(result);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /^registry\/policy\.yaml:2:10: invalid YAML: Excessive alias count/m,
      );
    } finally {
      await f.git(['reset', '--quiet', '--hard', 'origin/main']);
    }
  }, 150_000);
});

describe('names (names/names.json)', () => {
  let names: string[];
  let metrics: string;
  let artifact: string;
  beforeAll(async () => {
    names = JSON.parse((await corpusBytes('names', 'names.json')).toString('utf8')) as string[];
    metrics = await f.metricsFile();
    artifact = await writeArtifact(join(f.inputs, 'names.bin'), 64, 'names');
  });
  /** As a message quotes a name: JSON, with DEL, C1 controls and format characters escaped too. */
  const quoted = (name: string) =>
    JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name).replace(
      /[\u007f-\u009f\u2028\u2029\p{Cf}]/gu,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );

  it('as a model name, every one is refused before anything is written', async () => {
    for (const name of names) {
      const result = await f.cli([
        'register',
        '--artifact',
        artifact,
        '--metrics',
        metrics,
        '--',
        name,
      ]);
      await expectRefused(result, [
        `modelgate register: unsafe model name ${quoted(name)}: use lowercase letters, digits, "-" and "_", starting and ending with a letter or digit, at most 64 characters`,
      ]);
    }
  });

  it('as a version id (--version, --parent, show, promote, mark), every one is refused', async () => {
    for (const name of names) {
      // An empty id is refused as missing by the commands that take it as a positional.
      const refusal = new RegExp(
        `^modelgate (register|show|promote|mark): (unsafe version id ${escape(quoted(name))}: use |${name === '' ? '\\w+ needs a version$' : '$^'})`,
      );
      for (const argv of [
        ['register', 'trader', '--artifact', artifact, '--metrics', metrics, `--version=${name}`],
        ['register', 'trader', '--artifact', artifact, '--metrics', metrics, `--parent=${name}`],
        ['show', 'trader', '--', name],
        ['promote', 'trader', '--', name],
        ['mark', 'trader', '--important', '--', name],
      ]) {
        const result = await f.cli(argv);
        await expectRefused(result, [refusal]);
      }
    }
  });

  it('as an artifact file name, every one that can be a file is refused (plain words excepted)', async () => {
    // Artifact names are file names, not refs: "HEAD", "Upper", "trailing." and 65 letters are
    // ordinary files.
    const ordinary = new Set(['HEAD', 'Upper', 'trailing.', 'a'.repeat(65)]);
    const dir = join(f.inputs, 'artifact-names');
    await mkdir(dir, { recursive: true });
    for (const name of names) {
      if (
        name === '' ||
        name === '.' ||
        name === '..' ||
        name.includes('/') ||
        name.includes('\u0000') ||
        name.length > 255
      )
        continue;
      const file = join(dir, name);
      await writeFile(file, 'x');
      const result = await f.cli([
        'register',
        'trader',
        '--artifact',
        file,
        '--metrics',
        metrics,
        '--no-push',
      ]);
      if (ordinary.has(name)) {
        expect(result.code, result.stderr).toBe(0);
        await f.git(['reset', '--quiet', '--hard', 'origin/main']);
        before = await f.state();
        continue;
      }
      await expectRefused(result, [
        `modelgate register: unsafe artifact file name ${quoted(name)}: use letters, digits, ".", "-" and "_", starting with a letter or digit, at most 128 characters`,
      ]);
      await rm(file);
    }
  });

  it('as the action\'s "models" input, every one without a separator is refused by name', async () => {
    // The runner trims inputs and splits "models" on whitespace and commas; a NUL cannot be in
    // the environment at all.
    const single = names.filter(
      (n) => n !== '' && n.trim() === n && !/[\s,]/.test(n) && !n.includes('\u0000'),
    );
    for (const name of single) {
      const run = await runAction(f, {
        command: 'evaluate',
        forge: 'local',
        models: name,
        'dry-run': 'true',
      });
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain(
        `::error::input "models": unsafe model name ${quoted(name).replace(/%/g, '%25')}`,
      );
      expect(run.outputs).toBe('');
    }
    expect(await f.state()).toEqual(before);
  }, 120_000);
});

describe('action inputs', () => {
  it.each([
    [
      { command: 'verify', 'registry-path': '../outside' },
      'input "registry-path": must stay inside the workspace',
    ],
    [
      { command: 'ingest', metrics: '../trades.jsonl' },
      'input "metrics": a path inside the workspace',
    ],
    [
      { command: 'ingest', metrics: 'ok.jsonl,/etc/passwd' },
      'input "metrics": a path inside the workspace',
    ],
    [{ command: 'verify\n::set-output name=errors::0' }, 'input "command": expected one of'],
    [{ command: 'plan', shards: '1e309' }, 'input "shards": a whole number from 1 to 256'],
    [{ command: 'plan', shards: '-0' }, 'input "shards": a whole number from 1 to 256'],
    [{ command: 'plan', shards: 'NaN' }, 'input "shards": a whole number from 1 to 256'],
    [{ command: 'ingest', 'skip-invalid': 'yes' }, 'input "skip-invalid": expected true or false'],
    [{ command: 'evaluate', forge: '--upload-pack=x' }, 'input "forge": expected github or local'],
    [{ command: 'verify', dry_run: 'true' }, 'unknown input "dry_run"'],
    [
      { command: 'verify', rev: '--output=/tmp/modelgate-hostile-rev' },
      'unknown revision "--output=/tmp/modelgate-hostile-rev"',
    ],
  ])('%j is refused by input name, nothing written', async (inputs, message) => {
    const run = await runAction(f, inputs);
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain(`::error::${message}`);
    expect(run.stdout).not.toMatch(/^::set-output/m);
    expect(actionOutput(run.outputs, 'errors')).toBeUndefined();
    expect(existsSync('/tmp/modelgate-hostile-rev')).toBe(false);
    expect(await f.state()).toEqual(before);
  });

  // An absolute registry-path would run the command on any repository of the runner.
  it('an absolute registry-path outside the workspace is refused', async () => {
    const other = await f.newClone('elsewhere');
    const run = await runAction(f, { command: 'verify', 'registry-path': other });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::input "registry-path": must stay inside the workspace');
  });
});

// runAction runs the committed bundle (dist/action.js): impossible-time.json, prototype-keys.json
// and the DEL in an action's "models" input pass only once dist/ is rebuilt from the source
// (npm run build; CI fails anyway while dist/ differs from a fresh build).
describe("repository_dispatch payloads (event-payloads/): the action's ingest", () => {
  const SHOWN = 'client_payload.trades (line N is trades[N-1])';
  async function dispatch(name: string) {
    return runAction(
      f,
      { command: 'ingest' },
      {
        GITHUB_EVENT_NAME: 'repository_dispatch',
        GITHUB_EVENT_PATH: join(CORPUS, 'event-payloads', name),
      },
    );
  }
  /** The ::error:: line, decoded as the runner shows it. */
  const errorOf = (stdout: string) =>
    /^::error::(.*)$/m
      .exec(stdout)?.[1]
      ?.replace(/%0A/g, '\n')
      .replace(/%0D/g, '\r')
      .replace(/%25/g, '%');

  const refused: Record<string, (string | RegExp)[]> = {
    'wrong-type.json': [
      'repository_dispatch of type "--upload-pack=touch /tmp/pwned": modelgate ingests only type modelgate-metrics',
    ],
    'trades-not-array.json': [
      'repository_dispatch payload: client_payload.trades must be an array of trade records',
    ],
    'trades-not-records.json': [
      `${SHOWN}: 4 invalid records; nothing was stored (use --skip-invalid to store the valid ones)`,
      ...[1, 2, 3, 4].map(
        (n) => `${SHOWN}:${n}: expected a trade record (an object with trade_id, model, …)`,
      ),
    ],
    'hostile-trades.json': [
      `${SHOWN}: 5 invalid records; nothing was stored (use --skip-invalid to store the valid ones)`,
      new RegExp(
        `^${escape(SHOWN)}:1: model: expected a model name: .*, found the text "\\.\\./x"$`,
      ),
      new RegExp(
        `^${escape(SHOWN)}:2: version: expected a version id: .*, found the text "refs/heads/main"$`,
      ),
      new RegExp(
        `^${escape(SHOWN)}:3: mode: expected one of "live", "paper", found the text "live\\\\n::set-output name=trades-stored::999"$`,
      ),
      new RegExp(
        `^${escape(SHOWN)}:4: trade_id: expected text matching .*, found the text "EV-5\\\\u0000"$`,
      ),
      `${SHOWN}:5: return: expected number, found the text "NaN"`,
    ],
    'impossible-time.json': [
      `${SHOWN}: 1 invalid record; nothing was stored (use --skip-invalid to store the valid ones)`,
      /^client_payload\.trades \(line N is trades\[N-1\]\):1: closed_at: expected a real time .*, found "2026-09-07T99:00:00Z"$/,
    ],
    'truncated.json': [/^cannot read the event payload: not valid JSON \(.+\)$/],
    // JSON.parse quotes the start of the file, newline included: only its first clause is shown.
    'bom.json': [/^cannot read the event payload: not valid JSON \(Unexpected token '\ufeff'\)$/],
    'invalid-utf8.json': [
      `${SHOWN}: 1 invalid record; nothing was stored (use --skip-invalid to store the valid ones)`,
      /^client_payload\.trades \(line N is trades\[N-1\]\):1: trade_id: expected text matching .*, found the text "EV-11\uFFFD"$/,
    ],
  };

  it('every file of the corpus has its expectation here', async () => {
    expect(await corpusFiles('event-payloads')).toEqual(
      [...Object.keys(refused), 'deep-nesting.json', 'prototype-keys.json'].sort(),
    );
  });

  it.each(Object.entries(refused))(
    '%s is refused with a clear error; nothing stored',
    async (name, lines) => {
      const run = await dispatch(name);
      expect(run.code, run.stdout).toBe(1);
      expect(errorOf(run.stdout)?.split('\n')).toEqual(asExpected(lines));
      expect(actionOutput(run.outputs, 'trades-stored')).toBeUndefined();
      expect(run.stdout).not.toMatch(/^::set-output/m);
      expect(await f.state()).toEqual(before);
    },
  );

  it('prototype-keys.json: stored, the __proto__ field kept, nothing polluted', async () => {
    const run = await dispatch('prototype-keys.json');
    expect(run.code, run.stdout).toBe(0);
    expect(actionOutput(run.outputs, 'trades-stored')).toBe('1');
    await f.git(['pull', '--quiet', '--ff-only']);
    const stored = await committedText(
      f.clone,
      f.env,
      'registry/trader/versions/v1/trades/2026-09/2026-09-07.jsonl',
    );
    expect(stored).toContain('{"trade_id":"EV-13",');
    expect(stored).toContain('"return":0,');
    expect(stored).toContain('"__proto__":{"polluted":true}');
  });

  // The records reach ingest as their own text, so depth cannot overflow a re-serialisation.
  it('deep-nesting.json: refused naming the record and field', async () => {
    const run = await dispatch('deep-nesting.json');
    expect(run.code).toBe(1);
    expect(errorOf(run.stdout)).toMatch(/:1: meta\[0\]\[0\]: nested more than 64 levels deep/);
  });
});

describe('notes and titles (notes/notes-and-titles.json): stored as given, shown inert', () => {
  let notes: string[];
  const versions: string[] = [];
  let page: string;

  beforeAll(async () => {
    notes = JSON.parse(
      (await corpusBytes('notes', 'notes-and-titles.json')).toString('utf8'),
    ) as string[];
    const [first] = notes;
    for (const [index, note] of notes.entries()) {
      const result = await f.cliOk([
        'register',
        'trader',
        '--artifact',
        await writeArtifact(join(f.inputs, `note-${index}.bin`), 64, `note-${index}`),
        '--metrics',
        await f.metricsFile(),
        '--notes',
        note,
        '--by',
        note.trim() === '' ? 'x' : note.slice(0, 200),
        '--json',
      ]);
      versions.push((JSON.parse(result.stdout) as { version: string }).version);
    }
    await f.cliOk(['mark', 'trader', versions[0]!, '--important', '--reason', first!]);
    // A local proposal whose title was edited by hand, as any writer to .git/modelgate could.
    const opened = await f.cliOk(['ab', 'start', 'trader', versions[1]!]);
    const file = opened.stdout.trim().split('\n').at(-1)!;
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace(/^title: .*$/m, `title: ${JSON.stringify(notes.join(' '))}`),
    );
    const output = join(f.root, 'hostile-page.md');
    await f.cliOk(['dashboard', '--output', output]);
    page = await readFile(output, 'utf8');
  }, 120_000);

  it('each note is stored exactly as given', async () => {
    for (const [index, note] of notes.entries()) {
      const shown = await f.cliOk(['show', 'trader', versions[index]!, '--json']);
      expect((JSON.parse(shown.stdout) as { notes: string }).notes).toBe(note);
    }
  });

  it('the dashboard page holds no raw HTML, link, mention, fence or directive from them', () => {
    expect(page).not.toMatch(/<(script|img|iframe|\/?td|\/?tr)\b/i);
    expect(page).not.toMatch(/\]\((?!https?:\/\/|#)/);
    expect(page).not.toMatch(/(^|[^\\])\[click me\]/);
    expect(page).not.toMatch(/https?:\/\/1249763523|www\.evil/);
    expect(page).not.toMatch(/(^|[^;])@org/);
    expect(page).not.toMatch(/^\s*(click|style|classDef)\b/m);
    // Fences and directives only where the page's own charts put them.
    const fences = page.split('\n').filter((line) => /^(```|~~~)/.test(line));
    expect(fences.every((line) => line === '```mermaid' || line === '```')).toBe(true);
    expect(page.match(/%%\{init/g)?.length ?? 0).toBe(
      page.match(/^%%\{init: \{"themeVariables"/gm)?.length ?? 0,
    );
    // eslint-disable-next-line no-control-regex
    expect(page).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
  });

  // eslint-disable-next-line no-control-regex
  const CONTROL_OR_FORMAT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cf}]/u;

  it('terminal output (list, show, history, status, proposals) has no control or format characters', async () => {
    for (const argv of [
      ['list', 'trader'],
      ['show', 'trader', versions[12]!],
      ['show', 'trader', versions[13]!],
      ['history', 'trader'],
      ['status'],
      ['proposals'],
    ]) {
      const result = await f.cliOk(argv);
      expect(result.stdout, argv.join(' ')).not.toMatch(CONTROL_OR_FORMAT);
    }
  });

  it('commit messages carry no forged trailer or extra line from a note, reason or author', async () => {
    const log = await f.git([
      'log',
      '--format=%(trailers:only,unfold)%x00',
      `-${notes.length + 2}`,
    ]);
    for (const trailers of log
      .split('\0')
      .map((t) => t.trim())
      .filter(Boolean)) {
      for (const line of trailers.split('\n')) {
        expect(line).toMatch(/^Modelgate-(Action|Model|Version|Reason|Proposal|By): /);
      }
      expect(trailers.match(/^Modelgate-Action: /gm)).toHaveLength(1);
    }
  });
});

describe('the corpus itself', () => {
  it('is committed byte-exact: BOMs, CRLFs and invalid UTF-8 are not normalised', async () => {
    const attributes = await f.git(
      ['check-attr', 'text', 'eol', '--', 'test/corpus/hostile/metrics/bom-crlf.csv'],
      ROOT,
    );
    expect(attributes).toContain('text: unset');
    const crlf = await corpusBytes('metrics', 'bom-crlf.csv');
    expect([...crlf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(crlf.includes('\r\n')).toBe(true);
    expect((await corpusBytes('backtest', 'invalid-utf8.yaml')).includes(Buffer.from([0xe9]))).toBe(
      true,
    );
    expect(basename(CORPUS)).toBe('hostile');
  });
});
