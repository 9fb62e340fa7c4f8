import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';
import { writeArtifact } from './helpers/files.js';
import {
  registryFixture,
  type RegisteredVersion,
  type RegistryFixture,
} from './helpers/fixture.js';
import { runProcess, type RepoState } from './helpers/git.js';

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

describe('outside a registry', () => {
  let empty: string;
  beforeAll(async () => {
    empty = await mkdtemp(join(tmpdir(), 'modelgate-empty-'));
  });
  afterAll(() => rm(empty, { recursive: true, force: true }));

  it.each([['list'], ['verify'], ['init'], ['history', 'trader']])(
    '`modelgate %s` in a folder that is not a git repository',
    async (...argv) => {
      const result = await cli(argv, { cwd: empty, env: f.env });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `modelgate ${argv[0]}: ${empty} is not inside a git repository: run \`git init\` there first, then \`modelgate init\`\n`,
      );
    },
  );

  it('-C pointing at a folder that does not exist', async () => {
    const missing = join(empty, 'nope');
    const result = await cli(['list', '-C', missing], { cwd: empty, env: f.env });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`modelgate list: ${missing}: no such directory\n`);
  });
});

describe('a git repository that is not a registry yet', () => {
  let bare: RegistryFixture;
  beforeAll(async () => {
    bare = await registryFixture({ init: false });
  });
  afterAll(() => bare.cleanup());

  it('register says to run `modelgate init`, and writes nothing', async () => {
    const state = await bare.state();
    const result = await bare.cli([
      'register',
      'trader',
      '--artifact',
      v1.artifact,
      '--metrics',
      metrics,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'modelgate register: this repository is not a modelgate registry yet: run `modelgate init` first\n',
    );
    expect(await bare.state()).toEqual(state);
  });

  it.each([['list'], ['show', 'trader', 'v1'], ['promote', 'trader', 'v1']])(
    '`modelgate %s` says to run `modelgate init`',
    async (...argv) => {
      const result = await bare.cli(argv);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/not a modelgate registry yet.*run `modelgate init`/);
    },
  );
});

describe('register with bad arguments writes nothing', () => {
  it('an artifact file that does not exist', async () => {
    const result = await f.cli([
      'register',
      'trader',
      '--artifact',
      'nope.bin',
      '--metrics',
      metrics,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('modelgate register: --artifact nope.bin: no such file\n');
    expect(await f.state()).toEqual(before);
  });

  it('an artifact that is a folder', async () => {
    const result = await f.cli([
      'register',
      'trader',
      '--artifact',
      f.inputs,
      '--metrics',
      metrics,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`modelgate register: --artifact ${f.inputs}: not a regular file\n`);
    expect(await f.state()).toEqual(before);
  });

  it('no artifact at all', async () => {
    const result = await f.cli(['register', 'trader', '--metrics', metrics]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('modelgate register: register needs at least one --artifact file\n');
    expect(await f.state()).toEqual(before);
  });

  it('no --metrics: a usage error', async () => {
    const result = await f.cli(['register', 'trader', '--artifact', v1.artifact]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^modelgate register: --metrics is required\nusage: modelgate register <model> --artifact <file>/,
    );
    expect(await f.state()).toEqual(before);
  });

  it('a remote that does not exist', async () => {
    const artifact = await writeArtifact(join(f.inputs, 'remote.bin'), 10, 'remote');
    const result = await f.cli([
      'register',
      'trader',
      '--artifact',
      artifact,
      '--metrics',
      metrics,
      '--remote',
      'upstream',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('modelgate register: no git remote named "upstream"\n');
    expect(await f.state()).toEqual(before);
  });

  it('a detached HEAD without --branch', async () => {
    await f.git(['switch', '--quiet', '--detach']);
    try {
      const detached = await f.state();
      const artifact = await writeArtifact(join(f.inputs, 'detached.bin'), 10, 'detached');
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
        'modelgate register: HEAD is detached: pass --branch to say which branch the registry is on\n',
      );
      expect(await f.state()).toEqual(detached);
    } finally {
      await f.git(['switch', '--quiet', 'main']);
    }
  });
});

describe('missing tools', () => {
  let bin: string;
  beforeAll(async () => {
    // A PATH holding git but not git-lfs, as on a machine where git-lfs was never installed.
    bin = join(f.root, 'bin-git-only');
    await mkdir(bin);
    const realGit = (
      await runProcess('sh', ['-c', 'command -v git'], { cwd: f.root, env: f.env })
    ).stdout.trim();
    await symlink(realGit, join(bin, 'git'));
  });

  it('register without git-lfs says how to install it, and writes nothing', async () => {
    const artifact = await writeArtifact(join(f.inputs, 'nolfs.bin'), 10, 'nolfs');
    const result = await f.cli(
      ['register', 'trader', '--artifact', artifact, '--metrics', metrics],
      {
        env: { ...f.env, PATH: bin },
      },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'modelgate register: git-lfs is not installed: model artifacts are stored with Git LFS. Install it (Debian/Ubuntu: `apt-get install git-lfs`, macOS: `brew install git-lfs`) and run `git lfs install`\n',
    );
    expect(await f.state()).toEqual(before);
  });

  it('init without git-lfs says so too', async () => {
    const result = await f.cli(['init'], { env: { ...f.env, PATH: bin } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('modelgate init: git-lfs is not installed');
    expect(await f.state()).toEqual(before);
  });

  it('reading the registry needs no git-lfs', async () => {
    const result = await f.cli(['verify'], { env: { ...f.env, PATH: bin } });
    expect(result).toEqual({
      code: 0,
      stdout: 'registry OK: 1 model, 1 version checked\n',
      stderr: '',
    });
  });

  it('without git at all', async () => {
    const nothing = join(f.root, 'bin-empty');
    await mkdir(nothing, { recursive: true });
    const result = await f.cli(['list'], { env: { ...f.env, PATH: nothing } });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('modelgate list: git is not installed or not on PATH\n');
  });
});

describe('usage errors', () => {
  it('an unknown option: exit 2 with the usage', async () => {
    const result = await f.cli(['list', '--bogus']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: "modelgate list: Unknown option '--bogus'\nusage: modelgate list [model] [--json]\n",
    });
  });

  it('an unknown command: exit 2 with the list of commands', async () => {
    const result = await f.cli(['deploy']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^modelgate: unknown command "deploy"\n\nmodelgate: a model registry/,
    );
    expect(result.stderr).toMatch(/\n {2}register +register a new version/);
  });

  it('no command: exit 2 with the usage on stdout; --help: exit 0', async () => {
    const none = await f.cli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toMatch(/^modelgate: a model registry that lives in a git repository\n/);
    const help = await f.cli(['--help']);
    expect(help).toEqual({ ...none, code: 0 });
    const commandHelp = await f.cli(['show', '--help']);
    expect(commandHelp).toEqual({
      code: 0,
      stdout: 'usage: modelgate show <model> <version> [--json]\n',
      stderr: '',
    });
  });

  it('missing and extra positionals', async () => {
    const missing = await f.cli(['show', 'trader']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'modelgate show: expected show <model> <version>\nusage: modelgate show <model> <version> [--json]\n',
    );
    const extra = await f.cli(['verify', 'now']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toMatch(/^modelgate verify: unexpected argument "now"\n/);
  });

  it('a version that does not exist', async () => {
    const result = await f.cli(['promote', 'trader', 'v9']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('modelgate promote: trader has no version v9\n');
    expect(await f.state()).toEqual(before);
  });
});
