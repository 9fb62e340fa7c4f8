import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markVersion } from '../src/registry/change-version.js';
import { registryFixture, type RegistryFixture } from './helpers/fixture.js';

const MANIFEST = 'registry/trader/versions/v1/manifest.yaml';

let f: RegistryFixture;

beforeAll(async () => {
  f = await registryFixture();
  await f.register('trader');
  await f.register('trader');
  await f.cliOk(['promote', 'trader', 'v1']);
  // A person annotated the manifest by hand; marking must keep that.
  const file = join(f.clone, MANIFEST);
  const text = await readFile(file, 'utf8');
  await writeFile(
    file,
    `# Reviewed by the risk team on 2025-07-01.\n${text.replace('notes: null', "notes: 'first model' # keep quoting")}`,
  );
  await f.git(['commit', '--quiet', '-am', 'annotate v1']);
  await f.git(['push', '--quiet', 'origin', 'main']);
});
afterAll(() => f.cleanup());

/** The changed lines of the manifest in the last commit, as `git diff` shows them. */
async function changedLines(): Promise<string[]> {
  const diff = await f.git(['diff', '--unified=0', 'HEAD~1', 'HEAD', '--', MANIFEST]);
  return diff.split('\n').filter((line) => /^[-+](?![-+]{2})/.test(line));
}

describe('mark', () => {
  it('--important changes only that line, keeping comments and quoting', async () => {
    const result = await f.cliOk(['mark', 'trader', 'v1', '--important', '--reason', 'baseline']);
    expect(result.stdout).toMatch(/^marked trader v1 \(commit [0-9a-f]{10}\)\n$/);
    expect(await changedLines()).toEqual(['-important: false', '+important: true']);
    const text = await f.git(['show', `HEAD:${MANIFEST}`]);
    expect(text).toMatch(/^# Reviewed by the risk team on 2025-07-01\.\n/);
    expect(text).toContain("notes: 'first model' # keep quoting\n");
    expect(await f.git(['diff', '--name-only', 'HEAD~1', 'HEAD'])).toBe(`${MANIFEST}\n`);
    // Published: origin has the commit, the work tree follows and is clean.
    const state = await f.state();
    expect(state.originRefs).toContain(`refs/heads/main ${state.localHead}`);
    expect(state.status).toBe('');
  });

  it('marking again is a no-op: it says so and makes no commit', async () => {
    const before = await f.state();
    const result = await f.cliOk(['mark', 'trader', 'v1', '--important']);
    expect(result.stdout).toBe('trader v1: already so, nothing to do\n');
    expect(await f.state()).toEqual(before);
    const json = await f.cliOk(['mark', 'trader', 'v1', '--important', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ commit: null, unchanged: true });
    expect(await f.state()).toEqual(before);
  });

  it('--not-important changes it back, still one line', async () => {
    await f.cliOk(['mark', 'trader', 'v1', '--not-important']);
    expect(await changedLines()).toEqual(['-important: true', '+important: false']);
  });

  it('--status degraded sets the status and its reason, nothing else', async () => {
    await f.cliOk(['mark', 'trader', 'v2', '--status', 'degraded', '--reason', 'overfit on 2024']);
    const diff = await f.git(['diff', '--unified=0', 'HEAD~1', 'HEAD']);
    expect(diff.split('\n').filter((line) => /^[-+](?![-+]{2})/.test(line))).toEqual([
      '-status: active',
      '+status: degraded',
      '+status_reason: overfit on 2024',
    ]);
    expect(await f.git(['log', '-1', '--format=%(trailers:key=Modelgate-Reason,valueonly)'])).toBe(
      'overfit on 2024\n\n',
    );
  });

  it('refuses to archive the production version, and writes nothing', async () => {
    const before = await f.state();
    const result = await f.cli(['mark', 'trader', 'v1', '--status', 'archived']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'modelgate mark: trader v1 is in production: promote or roll back to another version before archiving it\n',
    );
    expect(await f.state()).toEqual(before);
  });

  it('refuses contradicting or missing flags', async () => {
    const both = await f.cli(['mark', 'trader', 'v1', '--important', '--not-important']);
    expect(both.code).toBe(1);
    expect(both.stderr).toBe('modelgate mark: use --important or --not-important, not both\n');
    const deleted = await f.cli(['mark', 'trader', 'v1', '--status', 'deleted']);
    expect(deleted.code).toBe(1);
    expect(deleted.stderr).toContain(
      '--status: expected active, degraded or archived, found "deleted"',
    );
    const nothing = await f.cli(['mark', 'trader', 'v1']);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain('mark needs --important, --not-important or --status');
  });

  it('markVersion (the operation) reports unchanged for a no-op', async () => {
    const result = await markVersion(await f.repo(), {
      model: 'trader',
      version: 'v2',
      status: 'degraded',
    });
    expect(result.unchanged).toBe(true);
  });
});
