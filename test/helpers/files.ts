import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

export interface EvaluationOverrides {
  sharpe?: number;
  win_rate?: number;
  trades?: number;
  /** The backtest's period, as YYYY-MM-DD dates. */
  period?: { start: string; end: string };
}

/** The text of a valid backtest metrics file, as a CI job would hand it to `register`. */
export function evaluationYaml(overrides: EvaluationOverrides = {}): string {
  return [
    'period:',
    `  start: ${overrides.period?.start ?? '2025-01-01'}`,
    `  end: ${overrides.period?.end ?? '2025-06-30'}`,
    `trades: ${overrides.trades ?? 420}`,
    `win_rate: ${overrides.win_rate ?? 0.55}`,
    `sharpe: ${overrides.sharpe ?? 1.4}`,
    'max_drawdown: 0.08',
    'total_return: 0.21',
    '',
  ].join('\n');
}

/** Writes a valid metrics file and returns its path. */
export async function writeEvaluation(
  file: string,
  overrides: EvaluationOverrides = {},
): Promise<string> {
  await writeFile(file, evaluationYaml(overrides));
  return file;
}

/** Writes an artifact of `size` bytes whose content depends on `seed`, and returns its path. */
export async function writeArtifact(file: string, size: number, seed: string): Promise<string> {
  const bytes = Buffer.alloc(size);
  let block = createHash('sha256').update(seed).digest();
  for (let offset = 0; offset < size; offset += block.length) {
    block.copy(bytes, offset);
    block = createHash('sha256').update(block).digest();
  }
  await writeFile(file, bytes);
  return file;
}

export async function sha256OfFile(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${JSON.stringify(needle)} not found in:\n${text}`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
