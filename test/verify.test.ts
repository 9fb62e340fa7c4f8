import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../src/registry/queries.js';
import { openRepo } from '../src/git/repository.js';
import { parseJson } from './helpers/cli.js';
import { positionOf, writeArtifact } from './helpers/files.js';
import {
  registryFixture,
  type RegisteredVersion,
  type RegistryFixture,
} from './helpers/fixture.js';
import { committedText, git } from './helpers/git.js';

const DEPLOYMENT = 'registry/trader/deployment.yaml';
const V2 = 'registry/trader/versions/v2';
const V2_MANIFEST = `${V2}/manifest.yaml`;
const V2_ARTIFACT = `${V2}/artifacts/model.bin`;
const SUMMARY_ONE_ERROR = 'registry has problems: 1 error, 0 warnings in 1 model, 2 versions';

let f: RegistryFixture;
let v2: RegisteredVersion;
let v2Manifest: string;

beforeAll(async () => {
  f = await registryFixture();
  await f.register('trader');
  v2 = await f.register('trader', { size: 5000 });
  await f.cliOk(['promote', 'trader', 'v1']);
  v2Manifest = await committedText(f.clone, f.env, V2_MANIFEST);
});
afterAll(() => f.cleanup());
// Each test breaks the registry with a hand-made local commit; start the next one from origin.
afterEach(async () => {
  await f.git(['reset', '--quiet', '--hard', 'origin/main']);
  await f.git(['clean', '--quiet', '-fdx']);
});

/** Writes (or, for null, deletes) files in the clone and commits them as a person would. */
async function handCommit(files: Record<string, string | null>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    const file = join(f.clone, path);
    if (text === null) {
      await rm(file, { recursive: true });
    } else {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
    }
  }
  await f.git(['add', '--all']);
  await f.git(['commit', '--quiet', '-m', 'hand edit']);
}

async function verifyOutput(
  env: NodeJS.ProcessEnv = f.env,
  expectedStderr = '',
): Promise<{ code: number; lines: string[] }> {
  const result = await f.cli(['verify'], { env });
  expect(result.stderr).toBe(expectedStderr);
  return { code: result.code, lines: result.stdout.trimEnd().split('\n') };
}

function deploymentYaml(production: string, previous = 'null'): string {
  return `schema_version: 1\nmodel: trader\nproduction: ${production}\nprevious_production: ${previous}\n`;
}

/** `file:line:column` of `needle` in a text we wrote. */
function at(file: string, text: string, needle: string): string {
  const { line, column } = positionOf(text, needle);
  return `${file}:${line}:${column}`;
}

describe('verify', () => {
  it('passes a healthy registry with exit code 0', async () => {
    expect(await verifyOutput()).toEqual({
      code: 0,
      lines: ['registry OK: 1 model, 2 versions checked'],
    });
  });

  it('production points at a version that does not exist', async () => {
    await handCommit({ [DEPLOYMENT]: deploymentYaml('v9') });
    expect(await verifyOutput()).toEqual({
      code: 1,
      lines: [
        `${DEPLOYMENT}:3:13: production: version v9 does not exist in trader`,
        SUMMARY_ONE_ERROR,
      ],
    });
  });

  it('production points at a deleted version', async () => {
    const deleted = v2Manifest
      .replace('status: active', 'status: deleted')
      .concat('deleted:\n  at: 2025-05-01T00:00:00Z\n  by: cleanup-bot\n');
    await handCommit({
      [DEPLOYMENT]: deploymentYaml('v2', 'v1'),
      [V2_MANIFEST]: deleted,
      [V2_ARTIFACT]: null,
    });
    expect(await verifyOutput()).toEqual({
      code: 1,
      lines: [
        `${DEPLOYMENT}:3:13: production: version v2 is deleted; it cannot be used`,
        SUMMARY_ONE_ERROR,
      ],
    });
  });

  it('a deleted version whose artifact is still stored', async () => {
    const deleted = v2Manifest
      .replace('status: active', 'status: deleted')
      .concat('deleted:\n  at: 2025-05-01T00:00:00Z\n');
    await handCommit({ [V2_MANIFEST]: deleted });
    expect((await verifyOutput()).lines[0]).toBe(
      `${V2_ARTIFACT}: version v2 is deleted but this artifact is still stored`,
    );
  });

  it("the manifest's sha256 differs from the LFS pointer", async () => {
    const wrong = 'f'.repeat(64);
    const text = v2Manifest.replace(v2.sha256, wrong);
    await handCommit({ [V2_MANIFEST]: text });
    expect(await verifyOutput()).toEqual({
      code: 1,
      lines: [
        `${at(V2_MANIFEST, text, wrong)}: artifacts[0].sha256: manifest says ${wrong} but the LFS pointer of artifacts/model.bin says ${v2.sha256}`,
        SUMMARY_ONE_ERROR,
      ],
    });
  });

  it("the manifest's size differs from the LFS pointer", async () => {
    const text = v2Manifest.replace('size: 5000', 'size: 5001');
    await handCommit({ [V2_MANIFEST]: text });
    expect(await verifyOutput()).toEqual({
      code: 1,
      lines: [
        `${at(V2_MANIFEST, text, '5001')}: artifacts[0].size: manifest says 5001 bytes but the LFS pointer of artifacts/model.bin says 5000`,
        SUMMARY_ONE_ERROR,
      ],
    });
  });

  it.each([
    [
      5000,
      'is not a Git LFS pointer: 5000 bytes of content were committed directly (is git-lfs installed, and does .gitattributes route artifacts to LFS?)',
    ],
    [300, 'is not a Git LFS pointer: the file content itself was committed'],
  ])(
    'an artifact committed as raw content (%i bytes), not as an LFS pointer',
    async (size, message) => {
      // What happens when git-lfs is not installed: the bytes go into git itself.
      const raw = await writeArtifact(join(f.inputs, `raw-${size}.bin`), size, `raw-${size}`);
      const blob = (await f.git(['hash-object', '-w', '--no-filters', raw])).trim();
      await f.git(['update-index', '--cacheinfo', `100644,${blob},${V2_ARTIFACT}`]);
      await f.git(['commit', '--quiet', '-m', 'commit the weights without LFS']);
      expect((await f.git(['cat-file', '-s', `HEAD:${V2_ARTIFACT}`])).trim()).toBe(String(size));
      // The work tree still holds the LFS checkout, so verify also notes the difference.
      const note =
        'modelgate: note: 1 uncommitted change under registry/ not checked; verify reads the committed registry (commit first, or pass --rev)\n';
      expect(await verifyOutput(f.env, note)).toEqual({
        code: 1,
        lines: [`${V2_ARTIFACT}: ${message}`, SUMMARY_ONE_ERROR],
      });
    },
  );

  it('an artifact listed in the manifest is missing', async () => {
    await handCommit({ [V2_ARTIFACT]: null });
    expect(await verifyOutput()).toEqual({
      code: 1,
      lines: [
        `${at(V2_MANIFEST, v2Manifest, 'artifacts/model.bin')}: artifacts[0]: artifacts/model.bin is not in the repository`,
        SUMMARY_ONE_ERROR,
      ],
    });
  });

  it('an artifact file not listed in the manifest', async () => {
    // Added the ordinary way: .gitattributes routes it to Git LFS, so only the listing is wrong.
    const extra = `${V2}/artifacts/extra.bin`;
    await handCommit({ [extra]: 'extra weights\n' });
    expect(await committedText(f.clone, f.env, extra)).toMatch(
      /^version https:\/\/git-lfs\.github\.com\/spec\/v1\n/,
    );
    expect(await verifyOutput()).toEqual({
      code: 1,
      lines: [`${extra}: is not listed in the artifacts of ${V2_MANIFEST}`, SUMMARY_ONE_ERROR],
    });
  });

  it('artifacts of a version folder that has no manifest', async () => {
    await handCommit({ [V2_MANIFEST]: null });
    expect((await verifyOutput()).lines).toEqual([
      `${V2_ARTIFACT}: belongs to version v2, which has no manifest.yaml`,
      SUMMARY_ONE_ERROR,
    ]);
  });

  it.each([
    [
      'registry/trader/notes.txt',
      'a model folder holds only deployment.yaml and versions/<version>/',
    ],
    ['registry/NOTES.md', 'registry/ holds only policy.yaml, README.md and model folders'],
    [`${V2}/README.md`, 'a version folder holds only manifest.yaml, artifacts/<file> and trades/'],
    ['registry/Trader/deployment.yaml', 'unsafe model name "Trader": use lowercase letters'],
  ])('a file outside the layout: %s', async (path, reason) => {
    await handCommit({ [path]: 'notes\n' });
    const { code, lines } = await verifyOutput();
    expect(code).toBe(1);
    expect(lines[0]).toContain(`${path}: is not part of the registry layout: ${reason}`);
    expect(lines.at(-1)).toMatch(/^registry has problems: 1 error, 0 warnings/);
  });

  it("the manifest's model and version do not match its folder", async () => {
    const text = v2Manifest
      .replace('model: trader', 'model: scalper')
      .replace('version: v2', 'version: v3');
    await handCommit({ [V2_MANIFEST]: text });
    expect(await verifyOutput()).toEqual({
      code: 1,
      lines: [
        `${V2_MANIFEST}:2:8: model: says "scalper" but the manifest is in the folder of "trader"`,
        `${V2_MANIFEST}:3:10: version: says "v3" but the manifest is in the folder of "v2"`,
        'registry has problems: 2 errors, 0 warnings in 1 model, 2 versions',
      ],
    });
  });

  it('a missing deployment.yaml', async () => {
    await handCommit({ [DEPLOYMENT]: null });
    expect(await verifyOutput()).toEqual({
      code: 1,
      lines: [
        `${DEPLOYMENT}: missing: every model folder needs its deployment state`,
        SUMMARY_ONE_ERROR,
      ],
    });
  });

  it('a missing policy.yaml (policy deleted by hand)', async () => {
    await handCommit({ 'registry/policy.yaml': null });
    expect(await verifyOutput()).toEqual({
      code: 1,
      lines: [
        'registry/policy.yaml: missing: this is not a modelgate registry yet (run `modelgate init`)',
        SUMMARY_ONE_ERROR,
      ],
    });
  });

  it('a policy that names two ways to start retraining', async () => {
    const policy = await readFile(join(f.clone, 'registry/policy.yaml'), 'utf8');
    await handCommit({
      'registry/policy.yaml':
        policy.replace(
          'workflow: null       # or a workflow file',
          'workflow: retrain.yml # or a workflow file',
        ) + 'models:\n  trader:\n    retraining: { event_type: retrain-model }\n',
    });
    const { code, lines } = await verifyOutput();
    expect(code).toBe(1);
    expect(lines[0]).toMatch(
      /^registry\/policy\.yaml:\d+:\d+: models\.trader\.retraining\.workflow: name the retraining workflow once, by event_type \(repository_dispatch\) or by workflow \(workflow_dispatch\), not both \(for trader, with the defaults above\)$/,
    );
  });

  it('a repository that was never initialised', async () => {
    const plain = join(f.root, 'plain');
    await mkdir(plain);
    await git(['init', '--quiet'], plain, f.env);
    await writeFile(join(plain, 'README.md'), 'hello\n');
    await git(['add', '.'], plain, f.env);
    await git(['commit', '--quiet', '-m', 'first'], plain, f.env);
    const result = await f.cli(['verify'], { cwd: plain });
    expect(result).toEqual({
      code: 1,
      stdout:
        'registry/policy.yaml: missing: this is not a modelgate registry yet (run `modelgate init`)\nregistry has problems: 1 error, 0 warnings in 0 models, 0 versions\n',
      stderr: '',
    });
  });

  it('a warning alone keeps exit code 0', async () => {
    await handCommit({ [DEPLOYMENT]: deploymentYaml('v1', 'v1') });
    expect(await verifyOutput()).toEqual({
      code: 0,
      lines: [
        `${DEPLOYMENT}:4:22: warning: previous_production: is the same as production`,
        'registry OK: 1 model, 2 versions checked (0 errors, 1 warning)',
      ],
    });
  });

  it('--json gives machine-readable problems', async () => {
    await handCommit({ [DEPLOYMENT]: deploymentYaml('v9') });
    const result = await f.cli(['verify', '--json']);
    expect(result.code).toBe(1);
    const head = (await f.git(['rev-parse', 'HEAD'])).trim();
    expect(parseJson(result)).toEqual({
      commit: head,
      models: 1,
      versions: 2,
      errors: 1,
      warnings: 0,
      problems: [
        {
          file: DEPLOYMENT,
          line: 3,
          column: 13,
          message: 'production: version v9 does not exist in trader',
          severity: 'error',
        },
      ],
    });
  });

  it('on GitHub Actions, prints ::error annotations on the file and line', async () => {
    await handCommit({
      [DEPLOYMENT]: deploymentYaml('v9'),
      [V2_MANIFEST]: v2Manifest.replace('sharpe: 1.4', 'sharpe: high'),
    });
    const { code, lines } = await verifyOutput({ ...f.env, GITHUB_ACTIONS: 'true' });
    expect(code).toBe(1);
    const sharpe = positionOf(v2Manifest, '1.4');
    expect(lines.filter((line) => line.startsWith('::'))).toEqual([
      `::error file=${DEPLOYMENT},line=3,col=13::production: version v9 does not exist in trader`,
      `::error file=${V2_MANIFEST},line=${sharpe.line},col=${sharpe.column}::evaluation.sharpe: expected number, found the text "high"`,
    ]);
    // Without GITHUB_ACTIONS there are no annotations.
    expect((await verifyOutput()).lines.some((line) => line.startsWith('::'))).toBe(false);
  });

  it('reads the committed registry, and says so when the work tree has uncommitted changes', async () => {
    await writeFile(join(f.clone, DEPLOYMENT), deploymentYaml('v9'));
    const result = await f.cli(['verify']);
    expect(result).toEqual({
      code: 0,
      stdout: 'registry OK: 1 model, 2 versions checked\n',
      stderr:
        'modelgate: note: 1 uncommitted change under registry/ not checked; verify reads the committed registry (commit first, or pass --rev)\n',
    });
  });

  it('--rev reads the registry as it was at another commit', async () => {
    await handCommit({ [DEPLOYMENT]: deploymentYaml('v9') });
    expect((await f.cli(['verify', '--rev', 'origin/main'])).code).toBe(0);
    expect((await f.cli(['verify', '--rev', 'HEAD'])).code).toBe(1);
    const report = await verify(await openRepo(f.clone, { env: f.env }), 'HEAD~1');
    expect(report.errors).toBe(0);
  });
});

describe('verify: what kind of file an entry is', () => {
  it('an executable bit on a manifest is harmless', async () => {
    await f.git(['update-index', '--chmod=+x', V2_MANIFEST]);
    await f.git(['commit', '--quiet', '-m', 'chmod +x']);
    await f.git(['reset', '--quiet', '--hard']); // bring the work tree along
    expect(await verifyOutput()).toEqual({
      code: 0,
      lines: ['registry OK: 1 model, 2 versions checked'],
    });
  });

  it('a manifest or an artifact that is a symbolic link is refused', async () => {
    await f.git(['rm', '--quiet', V2_MANIFEST, V2_ARTIFACT]);
    // A symbolic link is stored as a blob holding its target, with mode 120000.
    const linkTo = async (target: string): Promise<string> => {
      const file = join(f.inputs, `link-${target.length}`);
      await writeFile(file, target);
      return f.git(['hash-object', '-w', file]);
    };
    const manifestLink = (await linkTo('../../../../../etc/passwd')).trim();
    const artifactLink = (await linkTo('/etc/passwd')).trim();
    await f.git(['update-index', '--add', '--cacheinfo', `120000,${manifestLink},${V2_MANIFEST}`]);
    await f.git(['update-index', '--add', '--cacheinfo', `120000,${artifactLink},${V2_ARTIFACT}`]);
    await f.git(['commit', '--quiet', '-m', 'links']);
    await f.git(['reset', '--quiet', '--hard']); // bring the work tree along
    expect(await verifyOutput()).toEqual({
      code: 1,
      lines: [
        `${V2_ARTIFACT}: must be a regular file, not a symbolic link`,
        `${V2_MANIFEST}: must be a regular file, not a symbolic link`,
        'registry has problems: 2 errors, 0 warnings in 1 model, 2 versions',
      ],
    });
  });
});
