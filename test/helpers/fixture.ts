import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cloneOrigin, createSandbox, type Sandbox } from '../../src/demo/sandbox.js';
import { openRepo, type RegistryRepo } from '../../src/git/repository.js';
import { cli, cliOk } from './cli.js';
import { writeArtifact, writeEvaluation, sha256OfFile, type EvaluationOverrides } from './files.js';
import { git, repoState, type ProcessResult, type RepoState } from './git.js';

export interface RegisteredVersion {
  version: string;
  artifact: string;
  sha256: string;
  size: number;
  result: ProcessResult;
}

export interface RegisterOptions extends EvaluationOverrides {
  size?: number;
  /** Makes the artifact's content unique; defaults to a counter. */
  seed?: string;
  fileName?: string;
  version?: string;
  by?: string;
  extraArgs?: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export interface RegistryFixture {
  root: string;
  sandbox: Sandbox;
  env: NodeJS.ProcessEnv;
  /** The first clone of origin (a team member's checkout), on `main`. */
  clone: string;
  /** A folder outside every repository for input files (artifacts, metrics). */
  inputs: string;
  cli: (
    argv: readonly string[],
    io?: { cwd?: string; env?: NodeJS.ProcessEnv },
  ) => Promise<ProcessResult>;
  cliOk: (
    argv: readonly string[],
    io?: { cwd?: string; env?: NodeJS.ProcessEnv },
  ) => Promise<ProcessResult>;
  git: (args: readonly string[], cwd?: string, env?: NodeJS.ProcessEnv) => Promise<string>;
  repo: (dir?: string) => Promise<RegistryRepo>;
  state: (dir?: string) => Promise<RepoState>;
  /** A new clone of origin; `extraEnv` applies to the clone command only. */
  newClone: (name: string, extraEnv?: NodeJS.ProcessEnv) => Promise<string>;
  /** Writes a fresh artifact and metrics file under `inputs/` and registers them. */
  register: (model: string, options?: RegisterOptions) => Promise<RegisteredVersion>;
  /** A valid metrics file under `inputs/`. */
  metricsFile: (overrides?: EvaluationOverrides) => Promise<string>;
  cleanup: () => Promise<void>;
}

/** A sandbox with a bare origin and one clone, initialised as a registry unless `init: false`. */
export async function registryFixture(options: { init?: boolean } = {}): Promise<RegistryFixture> {
  const root = await mkdtemp(join(tmpdir(), 'modelgate-test-'));
  const sandbox = await createSandbox(join(root, 'sandbox'));
  const inputs = join(root, 'inputs');
  await mkdir(inputs);
  const env = sandbox.env;
  const clone = await cloneOrigin(sandbox, 'alice');
  let counter = 0;
  const nextDir = async (): Promise<string> => {
    const dir = join(inputs, `${++counter}`);
    await mkdir(dir);
    return dir;
  };
  const fixture: RegistryFixture = {
    root,
    sandbox,
    env,
    clone,
    inputs,
    cli: (argv, io = {}) => cli(argv, { cwd: io.cwd ?? clone, env: io.env ?? env }),
    cliOk: (argv, io = {}) => cliOk(argv, { cwd: io.cwd ?? clone, env: io.env ?? env }),
    git: (args, cwd = clone, gitEnv = env) => git(args, cwd, gitEnv),
    repo: (dir = clone) => openRepo(dir, { env }),
    state: (dir = clone) => repoState(dir, sandbox.origin, env),
    newClone: async (name, extraEnv = {}) => {
      const path = join(sandbox.dir, name);
      await git(['clone', '--quiet', sandbox.origin, path], sandbox.dir, { ...env, ...extraEnv });
      return path;
    },
    metricsFile: async (overrides = {}) =>
      writeEvaluation(join(await nextDir(), 'metrics.yaml'), overrides),
    register: async (model, o = {}) => {
      const dir = await nextDir();
      const size = o.size ?? 2048;
      const artifact = await writeArtifact(
        join(dir, o.fileName ?? 'model.bin'),
        size,
        o.seed ?? `${model}-${counter}`,
      );
      const metrics = await writeEvaluation(join(dir, 'metrics.yaml'), o);
      const argv = ['register', model, '--artifact', artifact, '--metrics', metrics, '--json'];
      if (o.version) argv.push('--version', o.version);
      if (o.by) argv.push('--by', o.by);
      argv.push(...(o.extraArgs ?? []));
      const result = await cliOk(argv, { cwd: o.cwd ?? clone, env: o.env ?? env });
      const { version } = JSON.parse(result.stdout) as { version: string };
      return { version, artifact, sha256: await sha256OfFile(artifact), size, result };
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
  if (options.init !== false) await fixture.cliOk(['init']);
  return fixture;
}
