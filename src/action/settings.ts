import { ModelgateError } from '../core/problems.js';

export interface ActionSettings {
  command: 'verify';
  registryPath: string;
  rev: string;
}

const COMMANDS = ['verify'] as const;

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
  if (registryPath.split(/[\\/]/).includes('..')) {
    throw new ModelgateError(
      `input "registry-path": must stay inside the workspace ${workspace}, found ${JSON.stringify(registryPath)}`,
    );
  }
  return {
    command: command as ActionSettings['command'],
    registryPath,
    rev: getInput('rev') || 'HEAD',
  };
}
