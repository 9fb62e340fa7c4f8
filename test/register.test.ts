import { access, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerVersion } from '../src/registry/register.js';
import { parseJson } from './helpers/cli.js';
import { sha256OfFile, writeArtifact, writeEvaluation } from './helpers/files.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { committedText } from './helpers/git.js';

const ARTIFACT = 'registry/trader/versions/v1/artifacts/model.bin';

let f: RegistryFixture;

beforeAll(async () => {
  f = await registryFixture();
});
afterAll(() => f.cleanup());

describe('register', () => {
  it('an artifact round-trips through push and a fresh clone with the same sha256', async () => {
    const v1 = await f.register('trader', { size: 300_000, by: 'alice' });
    expect(v1.version).toBe('v1');
    expect(parseJson<{ pushed_to: string }>(v1.result).pushed_to).toBe('origin');

    // git holds only the pointer; the content went to Git LFS.
    expect(await committedText(f.clone, f.env, ARTIFACT)).toBe(
      `version https://git-lfs.github.com/spec/v1\noid sha256:${v1.sha256}\nsize 300000\n`,
    );
    // The LFS object reached origin, not only the clone that registered it.
    const prefix = `${v1.sha256.slice(0, 2)}/${v1.sha256.slice(2, 4)}/${v1.sha256}`;
    await access(join(f.sandbox.origin, 'lfs', 'objects', prefix));
    const state = await f.state();
    expect(state.originRefs).toContain(`refs/heads/main ${state.localHead}`);

    const fresh = await f.newClone('fresh');
    expect(await sha256OfFile(join(fresh, ARTIFACT))).toBe(v1.sha256);
    expect((await stat(join(fresh, ARTIFACT))).size).toBe(300_000);
    expect(await f.git(['lfs', 'ls-files', '--long'], fresh)).toBe(`${v1.sha256} * ${ARTIFACT}\n`);
    const manifest = await committedText(fresh, f.env, 'registry/trader/versions/v1/manifest.yaml');
    expect(manifest).toContain(`    sha256: ${v1.sha256}\n    size: 300000\n`);
    expect(manifest).toContain('created_by: alice\n');
    expect((await f.cli(['verify'], { cwd: fresh })).code).toBe(0);
  });

  it('prints what it did and leaves a clean work tree with the files checked out', async () => {
    const artifact = await writeArtifact(join(f.inputs, 'weights.onnx'), 5000, 'v2');
    const metrics = await writeEvaluation(join(f.inputs, 'v2-metrics.yaml'), { sharpe: 1.9 });
    const result = await f.cli([
      'register',
      'trader',
      '--artifact',
      artifact,
      '--metrics',
      metrics,
      '--parent',
      'v1',
      '--notes',
      'retrained on Q2',
      '--important',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^registered trader v2 \(commit [0-9a-f]{10}, pushed to origin\/main\)\n$/,
    );
    const state = await f.state();
    expect(state.status).toBe('');
    expect(state.originRefs).toContain(`refs/heads/main ${state.localHead}`);
    expect(
      await sha256OfFile(join(f.clone, 'registry/trader/versions/v2/artifacts/weights.onnx')),
    ).toBe(await sha256OfFile(artifact));
    const show = parseJson<{ parent: string; notes: string; important: boolean }>(
      await f.cli(['show', 'trader', 'v2', '--json']),
    );
    expect(show).toMatchObject({ parent: 'v1', notes: 'retrained on Q2', important: true });
    expect(await f.git(['log', '-1', '--format=%B'])).toContain(
      'Modelgate-Action: register\nModelgate-Model: trader\nModelgate-Version: v2\nModelgate-Reason: retrained on Q2\n',
    );
  });

  it('a failed register (version already exists) leaves the repository exactly as it was', async () => {
    const before = await f.state();
    const artifact = await writeArtifact(join(f.inputs, 'again.bin'), 777, 'again');
    const metrics = await writeEvaluation(join(f.inputs, 'again.yaml'));
    const result = await f.cli([
      'register',
      'trader',
      '--artifact',
      artifact,
      '--metrics',
      metrics,
      '--version',
      'v1',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'modelgate register: trader v1 already exists: versions are never overwritten\n',
    );
    expect(await f.state()).toEqual(before);
    // The existing v1 is untouched.
    expect(await committedText(f.clone, f.env, ARTIFACT)).toContain('size 300000\n');
  });

  it('a failed register (unknown --parent) leaves the repository exactly as it was', async () => {
    const before = await f.state();
    const artifact = await writeArtifact(join(f.inputs, 'orphan.bin'), 10, 'orphan');
    const metrics = await writeEvaluation(join(f.inputs, 'orphan.yaml'));
    const result = await f.cli([
      'register',
      'trader',
      '--artifact',
      artifact,
      '--metrics',
      metrics,
      '--parent',
      'v9',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('modelgate register: --parent v9: trader has no such version\n');
    expect(await f.state()).toEqual(before);
  });

  it("a push the remote refuses (not a race) reports git's message and moves no branch", async () => {
    const hook = join(f.sandbox.origin, 'hooks', 'pre-receive');
    await writeFile(
      hook,
      '#!/bin/sh\necho "main is protected: open a pull request" >&2\nexit 1\n',
      {
        mode: 0o755,
      },
    );
    try {
      const before = await f.state();
      const artifact = await writeArtifact(join(f.inputs, 'refused.bin'), 64, 'refused');
      const metrics = await writeEvaluation(join(f.inputs, 'refused.yaml'));
      const result = await f.cli([
        'register',
        'trader',
        '--artifact',
        artifact,
        '--metrics',
        metrics,
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^modelgate register: git push to origin main was refused: /);
      expect(result.stderr).toContain('main is protected: open a pull request');
      const after = await f.state();
      expect({ ...after, lfsObjects: [] }).toEqual({ ...before, lfsObjects: [] });
    } finally {
      await rm(hook);
    }
  });

  it('registerVersion (the operation itself) assigns the next id after every id ever used', async () => {
    const artifact = await writeArtifact(join(f.inputs, 'named.bin'), 10, 'named');
    const evaluation = {
      period: { start: '2025-01-01', end: '2025-02-01' },
      trades: 5,
      win_rate: 0.4,
      sharpe: 0.5,
      max_drawdown: 0.3,
      total_return: -0.1,
    };
    const repo = await f.repo();
    const named = await registerVersion(repo, {
      model: 'trader',
      artifacts: [artifact],
      evaluation,
      version: 'v7',
      createdBy: 'bot',
      cwd: f.inputs,
    });
    expect(named.plan.manifest.version).toBe('v7');
    const next = await registerVersion(repo, {
      model: 'trader',
      artifacts: [artifact],
      evaluation,
      createdBy: 'bot',
      cwd: f.inputs,
    });
    expect(next.plan.manifest.version).toBe('v8');
    expect(next.remote).toBe('origin');
    const list = parseJson<{ models: { versions: { version: string }[] }[] }>(
      await f.cli(['list', 'trader', '--json']),
    );
    expect(list.models[0]!.versions.map((v) => v.version)).toEqual(['v1', 'v2', 'v7', 'v8']);
  });

  // BUG (src/core/lfs-pointer.ts parseLfsPointer / src/core/snapshot.ts): git-lfs stores an empty
  // file as an empty blob (its pointer is the empty string), which the registry reads as "the
  // file content itself was committed", so a 0-byte artifact is refused with a false reason.
  // Fix: treat an empty blob as the pointer of an empty file (sha256 e3b0c442…, size 0).
  it('an empty artifact file can be registered', async () => {
    const empty = join(f.inputs, 'empty', 'features.txt');
    await mkdir(dirname(empty), { recursive: true });
    await writeFile(empty, '');
    const result = await f.cli([
      'register',
      'trader',
      '--artifact',
      empty,
      '--metrics',
      await f.metricsFile(),
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
