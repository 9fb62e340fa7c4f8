import { open } from 'node:fs/promises';
import { ModelgateError } from '../core/problems.js';
import type { Evaluation } from '../core/types.js';
import { loadYamlFile, locateField, MAX_YAML_BYTES } from '../core/yaml-file.js';

/** Reads backtest metrics (YAML or JSON) for `register`; problems point at the metrics file's lines. */
export async function readEvaluationFile(path: string, shownAs = path): Promise<Evaluation> {
  const bytes = await readAtMost(path, MAX_YAML_BYTES).catch((error: NodeJS.ErrnoException) => {
    throw new ModelgateError(
      `${shownAs}: cannot read the metrics file (${error.code ?? error.message})`,
    );
  });
  if (bytes === undefined) {
    throw new ModelgateError(`${shownAs}: invalid backtest metrics`, [
      {
        file: shownAs,
        message: `the file is larger than ${MAX_YAML_BYTES} bytes; a metrics file is a few lines`,
        severity: 'error',
      },
    ]);
  }
  const text = decodeUtf8(bytes, shownAs);
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

/**
 * The file's bytes, or undefined when there are more than `limit`. Read through one handle up to
 * the limit, never whole: a 100 MB file, or a device such as /dev/zero that never ends, is
 * refused after one megabyte, and a pipe (`--metrics <(…)`) still works.
 */
async function readAtMost(path: string, limit: number): Promise<Buffer | undefined> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(limit + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled > limit ? undefined : buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/**
 * Strict UTF-8: a byte that is not UTF-8 would otherwise become U+FFFD, silently, inside a
 * value. The error names the line it is on (a newline byte is never part of a longer sequence).
 */
function decodeUtf8(bytes: Buffer, shownAs: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    while (start <= bytes.length) {
      const newline = bytes.indexOf(0x0a, start);
      const end = newline < 0 ? bytes.length : newline;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, end));
      } catch {
        break;
      }
      start = end + 1;
      line++;
    }
    throw new ModelgateError(`${shownAs}: invalid backtest metrics`, [
      {
        file: shownAs,
        line,
        message: 'not UTF-8 text: save the file as UTF-8',
        severity: 'error',
      },
    ]);
  }
}
