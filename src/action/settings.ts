import { isAbsolute } from 'node:path';
import { ModelgateError } from '../core/problems.js';
import { whyUnsafeName, type NameKind } from '../core/names.js';

export type ActionSettings =
  | { command: 'verify'; registryPath: string; rev: string; base: string | undefined }
  | (ForgeCommand & { command: 'dashboard' })
  | (ForgeCommand & { command: 'cleanup' })
  | { command: 'ingest'; registryPath: string; metrics: string[]; skipInvalid: boolean }
  | { command: 'plan'; registryPath: string; shards: number | undefined }
  | {
      command: 'register';
      registryPath: string;
      model: string;
      /** Paths inside the workspace. */
      artifacts: string[];
      /** The backtest evaluation file, inside the workspace. */
      metrics: string;
      version?: string;
      parent?: string;
      trainingData?: string;
      notes?: string;
      important: boolean;
    }
  | {
      command: 'evaluate';
      registryPath: string;
      token: string;
      forge: 'github' | 'local';
      models: string[];
      dryRun: boolean;
    };

interface ForgeCommand {
  registryPath: string;
  token: string;
  forge: 'github' | 'local';
  dryRun: boolean;
}

const COMMANDS = [
  'verify',
  'evaluate',
  'dashboard',
  'ingest',
  'cleanup',
  'plan',
  'register',
] as const;
/** Every input action.yml declares: anything else set (a typo, a renamed input) is an error. */
export const KNOWN_INPUTS = [
  'command',
  'registry-path',
  'rev',
  'base',
  'token',
  'forge',
  'models',
  'dry-run',
  'metrics',
  'skip-invalid',
  'shards',
  'model',
  'artifacts',
  'version',
  'parent',
  'training-data',
  'notes',
  'important',
] as const;

/** Action inputs become one validated object before anything runs; errors name the input. */
export function readActionSettings(
  getInput: (name: string) => string,
  workspace: string,
): ActionSettings {
  const command = getInput('command') || 'verify';
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new ModelgateError(
      `input "command": expected one of ${COMMANDS.join(', ')}, found ${JSON.stringify(command)}`,
    );
  }
  const registryPath = getInput('registry-path') || '.';
  if (isAbsolute(registryPath) || registryPath.split(/[\\/]/).includes('..')) {
    throw new ModelgateError(
      `input "registry-path": must stay inside the workspace ${workspace}, found ${JSON.stringify(registryPath)}`,
    );
  }
  if (command === 'verify') {
    return {
      command,
      registryPath,
      rev: getInput('rev') || 'HEAD',
      base: getInput('base') || undefined,
    };
  }
  if (command === 'plan') {
    const text = getInput('shards');
    // Digits only: Number() would also take "0x10" and "1e1".
    const shards = text === '' ? undefined : /^\d{1,3}$/.test(text) ? Number(text) : NaN;
    if (shards !== undefined && !(Number.isInteger(shards) && shards >= 1 && shards <= 256)) {
      throw new ModelgateError(
        `input "shards": a whole number from 1 to 256 (GitHub's matrix limit), found ${JSON.stringify(text)}`,
      );
    }
    return { command, registryPath, shards };
  }
  if (command === 'ingest') {
    // Paths, one per line or separated by commas; none means: the repository_dispatch payload.
    const metrics = workspacePaths(getInput, 'metrics', workspace);
    return { command, registryPath, metrics, skipInvalid: readBoolean(getInput, 'skip-invalid') };
  }
  if (command === 'register') return readRegisterSettings(getInput, registryPath, workspace);
  const forge = getInput('forge') || 'github';
  if (forge !== 'github' && forge !== 'local') {
    throw new ModelgateError(
      `input "forge": expected github or local, found ${JSON.stringify(forge)}`,
    );
  }
  if (command === 'dashboard' || command === 'cleanup') {
    return {
      command: command === 'dashboard' ? 'dashboard' : 'cleanup',
      registryPath,
      token: getInput('token'),
      forge,
      dryRun: readBoolean(getInput, 'dry-run'),
    };
  }
  const models = getInput('models')
    .split(/[\s,]+/)
    .filter(Boolean);
  for (const model of models) {
    const why = whyUnsafeName('model name', model);
    if (why) throw new ModelgateError(`input "models": ${why}`);
  }
  return {
    command: 'evaluate',
    registryPath,
    token: getInput('token'),
    forge,
    models,
    dryRun: readBoolean(getInput, 'dry-run'),
  };
}

/** A retrained version: its artifacts and backtest, made by an earlier step of the job. */
function readRegisterSettings(
  getInput: (name: string) => string,
  registryPath: string,
  workspace: string,
): Extract<ActionSettings, { command: 'register' }> {
  const required = (name: string): string => {
    const value = getInput(name);
    if (!value) throw new ModelgateError(`input "${name}": required by the register command`);
    return value;
  };
  const name = (input: string, what: NameKind): string | undefined => {
    const value = getInput(input) || undefined;
    const why = value === undefined ? undefined : whyUnsafeName(what, value);
    if (why) throw new ModelgateError(`input "${input}": ${why}`);
    return value;
  };
  const model = name('model', 'model name') ?? required('model');
  const artifacts = workspacePaths(getInput, 'artifacts', workspace);
  if (artifacts.length === 0) {
    throw new ModelgateError(
      'input "artifacts": required by the register command (one or more files)',
    );
  }
  const metrics = workspacePaths(getInput, 'metrics', workspace);
  if (metrics.length !== 1) {
    throw new ModelgateError(
      `input "metrics": register takes one backtest evaluation file, found ${metrics.length}`,
    );
  }
  return {
    command: 'register',
    registryPath,
    model,
    artifacts,
    metrics: metrics[0]!,
    version: name('version', 'version id'),
    parent: name('parent', 'version id'),
    trainingData: getInput('training-data') || undefined,
    notes: getInput('notes') || undefined,
    important: readBoolean(getInput, 'important'),
  };
}

/** Paths, one per line or separated by commas, that must stay inside the workspace. */
function workspacePaths(
  getInput: (name: string) => string,
  name: string,
  workspace: string,
): string[] {
  const paths = getInput(name)
    .split(/[\n,]+/)
    .map((path) => path.trim())
    .filter(Boolean);
  for (const path of paths) {
    if (path.split(/[\\/]/).includes('..') || isAbsolute(path)) {
      throw new ModelgateError(
        `input "${name}": a path inside the workspace ${workspace}, found ${JSON.stringify(path)}`,
      );
    }
  }
  return paths;
}

/** YAML 1.2 core booleans, as `core.getBooleanInput` reads them; empty is false. */
function readBoolean(getInput: (name: string) => string, name: string): boolean {
  const value = getInput(name);
  if (value === '' || ['false', 'False', 'FALSE'].includes(value)) return false;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  throw new ModelgateError(
    `input "${name}": expected true or false, found ${JSON.stringify(value)}`,
  );
}

/** Inputs set in the environment that action.yml does not declare, e.g. a misspelt `dry_run`. */
export function unknownInputs(env: NodeJS.ProcessEnv): string[] {
  const known = new Set(
    KNOWN_INPUTS.map((name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`),
  );
  return Object.keys(env)
    .filter((key) => key.startsWith('INPUT_') && !known.has(key))
    .map((key) => key.slice('INPUT_'.length).toLowerCase());
}
