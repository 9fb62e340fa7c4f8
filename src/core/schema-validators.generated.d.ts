// Types for the validators that scripts/generate-validators.mjs compiles from schemas/.
import type { ValidateFunction } from 'ajv';

export const manifest: ValidateFunction;
export const deployment: ValidateFunction;
export const policy: ValidateFunction;
export const evaluation: ValidateFunction;
export const trade: ValidateFunction;
