import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { whyUnsafeName } from '../src/core/names.js';
import type { RepoState } from './helpers/git.js';
import { writeArtifact } from './helpers/files.js';
import {
  registryFixture,
  type RegisteredVersion,
  type RegistryFixture,
} from './helpers/fixture.js';

const MODEL_RULE =
  'use lowercase letters, digits, "-" and "_", starting and ending with a letter or digit, at most 64 characters';
const VERSION_RULE =
  'use lowercase letters, digits, ".", "-" and "_", starting and ending with a letter or digit, at most 64 characters, no ".." and not ending in ".lock"';

let f: RegistryFixture;
let v1: RegisteredVersion;
let metrics: string;
let before: RepoState;

beforeAll(async () => {
  f = await registryFixture();
  v1 = await f.register('trader');
  metrics = await f.metricsFile();
});
afterAll(() => f.cleanup());
beforeEach(async () => {
  before = await f.state();
});

async function expectNothingWritten(): Promise<void> {
  expect(await f.state()).toEqual(before);
}

describe('register refuses an unsafe model name before anything is written', () => {
  it.each([
    '../x',
    '-x',
    'a b',
    'x@{1}',
    'x.lock',
    'Upper',
    'refs/heads/main',
    '--upload-pack=evil',
  ])('%j', async (name) => {
    // After `--` the name reaches the command as a positional, however it looks.
    const result = await f.cli([
      'register',
      '--artifact',
      v1.artifact,
      '--metrics',
      metrics,
      '--',
      name,
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `modelgate register: unsafe model name ${JSON.stringify(name)}: ${MODEL_RULE}\n`,
    );
    await expectNothingWritten();
  });

  it.each([['-x'], ['--upload-pack=evil']])(
    '%j without `--` is refused as an unknown option (usage error, exit 2)',
    async (name) => {
      const result = await f.cli([
        'register',
        name,
        '--artifact',
        v1.artifact,
        '--metrics',
        metrics,
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^modelgate register: Unknown option '(-x|--upload-pack)'\nusage: modelgate register <model>/,
      );
      await expectNothingWritten();
    },
  );

  it('a name longer than 64 characters', async () => {
    const name = 'a'.repeat(65);
    const result = await f.cli(['register', name, '--artifact', v1.artifact, '--metrics', metrics]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`unsafe model name "${name}"`);
    await expectNothingWritten();
  });
});

describe('register refuses an unsafe version id', () => {
  it.each(['v1..2', 'v1.lock', 'V2', '.v2', 'v2/../../x', 'HEAD~1'])(
    '--version %j',
    async (version) => {
      const result = await f.cli([
        'register',
        'trader',
        '--artifact',
        v1.artifact,
        '--metrics',
        metrics,
        '--version',
        version,
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `modelgate register: unsafe version id ${JSON.stringify(version)}: ${VERSION_RULE}\n`,
      );
      await expectNothingWritten();
    },
  );

  it('--parent with an unsafe id', async () => {
    const result = await f.cli([
      'register',
      'trader',
      '--artifact',
      v1.artifact,
      '--metrics',
      metrics,
      '--parent',
      '../v1',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unsafe version id "../v1"');
    await expectNothingWritten();
  });
});

describe('register refuses an unsafe artifact file name', () => {
  it.each(['my model.bin', '.hidden', 'manifest.yaml', 'model.bin.lock', 'naïve.bin'])(
    '%j',
    async (fileName) => {
      const artifact = join(f.inputs, fileName);
      await writeArtifact(artifact, 100, fileName);
      const result = await f.cli([
        'register',
        'trader',
        '--artifact',
        artifact,
        '--metrics',
        metrics,
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `modelgate register: unsafe artifact file name ${JSON.stringify(fileName)}: use letters, digits, ".", "-" and "_", starting with a letter or digit, at most 128 characters\n`,
      );
      await expectNothingWritten();
    },
  );

  it('two artifacts with the same file name', async () => {
    await mkdir(join(f.inputs, 'elsewhere'), { recursive: true });
    const twin = await writeArtifact(join(f.inputs, 'elsewhere', 'model.bin'), 10, 'twin');
    const result = await f.cli([
      'register',
      'trader',
      '--artifact',
      v1.artifact,
      '--artifact',
      twin,
      '--metrics',
      metrics,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `modelgate register: --artifact ${twin}: same file name as ${v1.artifact}; artifact names must differ\n`,
    );
    await expectNothingWritten();
  });
});

describe('other commands refuse unsafe names too', () => {
  it.each([
    [['promote', '../x', 'v1'], 'unsafe model name "../x"'],
    [['promote', 'trader', 'v1..2'], 'unsafe version id "v1..2"'],
    [['rollback', 'trader', 'v1.lock'], 'unsafe version id "v1.lock"'],
    [['mark', 'Upper', 'v1', '--important'], 'unsafe model name "Upper"'],
    [['mark', 'trader', 'x@{1}', '--important'], 'unsafe version id "x@{1}"'],
    [['history', 'refs/heads/main'], 'unsafe model name "refs/heads/main"'],
    [['at', '../x', 'now'], 'unsafe model name "../x"'],
    [['show', 'trader', 'v1..2'], 'unsafe version id "v1..2"'],
    [['list', 'a b'], 'unsafe model name "a b"'],
  ])('%j', async (argv, message) => {
    const result = await f.cli(argv);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    await expectNothingWritten();
  });
});

describe('whyUnsafeName', () => {
  it('accepts ordinary names', () => {
    for (const name of ['trader', 'btc-usd_v2', 'x', '0day']) {
      expect(whyUnsafeName('model name', name)).toBeUndefined();
    }
    for (const id of ['v1', 'v10', '2026.03.01', 'rc-1']) {
      expect(whyUnsafeName('version id', id)).toBeUndefined();
    }
    expect(whyUnsafeName('artifact file name', 'Model.ONNX')).toBeUndefined();
  });
});
