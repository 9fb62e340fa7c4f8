import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import deploymentSchema from '../../schemas/deployment.schema.json' with { type: 'json' };
import manifestSchema from '../../schemas/manifest.schema.json' with { type: 'json' };
import policySchema from '../../schemas/policy.schema.json' with { type: 'json' };

/** `evaluation` is the manifest's backtest block alone: the metrics file given to `register`. */
export type SchemaName = 'manifest' | 'deployment' | 'policy' | 'evaluation';

let compiled: Record<SchemaName, ValidateFunction> | undefined;

function validators(): Record<SchemaName, ValidateFunction> {
  // Compiled on first use so commands that read no YAML start faster.
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    ajv.addSchema(manifestSchema).addSchema(deploymentSchema).addSchema(policySchema);
    compiled = {
      manifest: ajv.getSchema(manifestSchema.$id)!,
      deployment: ajv.getSchema(deploymentSchema.$id)!,
      policy: ajv.getSchema(policySchema.$id)!,
      evaluation: ajv.getSchema(`${manifestSchema.$id}#/properties/evaluation`)!,
    };
  }
  return compiled;
}

export function validateAgainstSchema(schema: SchemaName, value: unknown): ErrorObject[] {
  const validate = validators()[schema];
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

export type { ErrorObject };
