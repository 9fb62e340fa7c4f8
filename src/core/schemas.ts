import type { ErrorObject, ValidateFunction } from 'ajv';
import * as validators from './schema-validators.generated.js';

/** `evaluation` is the manifest's backtest block alone: the metrics file given to `register`. */
export type SchemaName = 'manifest' | 'deployment' | 'policy' | 'evaluation' | 'trade';

const VALIDATORS: Record<SchemaName, ValidateFunction> = validators;

export function validateAgainstSchema(schema: SchemaName, value: unknown): ErrorObject[] {
  const validate = VALIDATORS[schema];
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

export type { ErrorObject };
