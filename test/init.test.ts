import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initRegistry } from '../src/registry/init.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';
import { committedText } from './helpers/git.js';

const LFS_RULE = 'registry/*/versions/*/artifacts/** filter=lfs diff=lfs merge=lfs -text';

describe('init on an empty repository', () => {
  let f: RegistryFixture;
  beforeAll(async () => {
    f = await registryFixture({ init: false });
  });
  afterAll(() => f.cleanup());

  it('writes the policy and the LFS rule in one commit, pushed', async () => {
    const result = await f.cli(['init']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^initialised the registry: wrote registry\/policy\.yaml, \.gitattributes \(commit [0-9a-f]{10}\)\n$/,
    );
    expect(await f.git(['log', '--format=%s'])).toBe('modelgate: init registry\n');
    const state = await f.state();
    expect(state.originRefs).toBe(`refs/heads/main ${state.localHead}\n`);
    expect(state.status).toBe('');
    expect(await committedText(f.clone, f.env, '.gitattributes')).toBe(
      `# modelgate: version artifacts are stored with Git LFS.\n${LFS_RULE}\n`,
    );
    const policy = await committedText(f.clone, f.env, 'registry/policy.yaml');
    expect(policy).toContain('  win_rate_drop: 0.1 ');
    expect(policy).toContain('  max_size: 5 GB ');
    expect((await f.cli(['verify'])).stdout).toBe('registry OK: 0 models, 0 versions checked\n');
  });

  it('is idempotent: a second run says there is nothing to do and commits nothing', async () => {
    const before = await f.state();
    const again = await f.cli(['init']);
    expect(again).toEqual({
      code: 0,
      stdout: 'already a modelgate registry: nothing to do\n',
      stderr: '',
    });
    expect(await f.state()).toEqual(before);
    const result = await initRegistry(await f.repo());
    expect(result).toEqual({ commit: undefined, wrote: [], warnings: [] });
    expect(await f.state()).toEqual(before);
  });
});

describe('init on an existing repository with its own .gitattributes', () => {
  let f: RegistryFixture;
  const existing = '# project rules\n*.png binary\ndocs/** linguist-documentation';
  beforeAll(async () => {
    f = await registryFixture({ init: false });
    await writeFile(join(f.clone, '.gitattributes'), existing); // no trailing newline
    await writeFile(join(f.clone, 'README.md'), '# trading\n');
    await f.git(['add', '.']);
    await f.git(['commit', '--quiet', '-m', 'existing project']);
    await f.git(['push', '--quiet', 'origin', 'main']);
  });
  afterAll(() => f.cleanup());

  it('keeps the existing lines and adds the LFS rule after them', async () => {
    const result = await f.cli(['init']);
    expect(result.code).toBe(0);
    expect(await committedText(f.clone, f.env, '.gitattributes')).toBe(
      `${existing}\n# modelgate: version artifacts are stored with Git LFS.\n${LFS_RULE}\n`,
    );
    expect(await f.git(['log', '--format=%s'])).toBe(
      'modelgate: init registry\nexisting project\n',
    );
    expect(await committedText(f.clone, f.env, 'README.md')).toBe('# trading\n');
  });

  it('a second run changes nothing', async () => {
    const before = await f.state();
    expect((await f.cli(['init'])).stdout).toBe('already a modelgate registry: nothing to do\n');
    expect(await f.state()).toEqual(before);
  });

  it('a repository that already had the LFS rule gets only the policy', async () => {
    const other = await registryFixture({ init: false });
    try {
      await writeFile(join(other.clone, '.gitattributes'), `${LFS_RULE}\n`);
      await other.git(['add', '.']);
      await other.git(['commit', '--quiet', '-m', 'rules first']);
      const result = await other.cli(['init']);
      expect(result.stdout).toMatch(
        /^initialised the registry: wrote registry\/policy\.yaml \(commit/,
      );
      expect(await committedText(other.clone, other.env, '.gitattributes')).toBe(`${LFS_RULE}\n`);
      // The local commit that was not pushed yet is published with the init commit.
      const state = await other.state();
      expect(state.originRefs).toBe(`refs/heads/main ${state.localHead}\n`);
    } finally {
      await other.cleanup();
    }
  });
});
