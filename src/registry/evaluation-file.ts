import { readFile } from 'node:fs/promises';
import { ModelgateError } from '../core/problems.js';
import type { Evaluation } from '../core/types.js';
import { loadYamlFile, locateField } from '../core/yaml-file.js';

/** Reads backtest metrics (YAML or JSON) for `register`; problems point at the metrics file's lines. */
export async function readEvaluationFile(path: string, shownAs = path): Promise<Evaluation> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ModelgateError(
      `${shownAs}: cannot read the metrics file (${error.code ?? error.message})`,
    );
  });
  const loaded = loadYamlFile<Evaluation>(shownAs, text, 'evaluation');
  if (!loaded.ok) throw new ModelgateError(`${shownAs}: invalid backtest metrics`, loaded.problems);
  const { period } = loaded.value;
  if (period.start > period.end) {
    const where = locateField(text, ['period', 'start']);
    throw new ModelgateError(`${shownAs}: invalid backtest metrics`, [
      {
        file: shownAs,
        ...where,
        message: `start ${period.start} is after end ${period.end}`,
        severity: 'error',
      },
    ]);
  }
  return loaded.value;
}
