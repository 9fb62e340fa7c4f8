// GitHub's published OpenAPI description (npm `@octokit/openapi`), turned into request and
// response validators for the operations the stand-in implements.
//
// We load the *non*-dereferenced description (13 MB, parses in ~150 ms) rather than the
// dereferenced one (70 MB): component schemas are registered with ajv under their own ids and
// referenced, so shared schemas such as `simple-user` are compiled once, and recursive schemas
// stay recursive instead of being unrolled.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Dict = Record<string, unknown>;

export function isRecord(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SCHEMA_ID_PREFIX = 'https://openapi.standin.invalid/components/schemas/';

// Schema keywords whose value is a schema, a list of schemas, or a map of schemas. Walking only
// these (instead of every nested object) keeps `example` payloads and properties that happen to
// be called `nullable` or `$ref` from being mistaken for schemas.
const SUBSCHEMA = ['items', 'additionalProperties', 'not'] as const;
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
const SUBSCHEMA_MAPS = ['properties', 'patternProperties'] as const;
// OpenAPI-only or documentation keywords that plain JSON Schema must not interpret.
const DROPPED = new Set(['example', 'examples', 'discriminator', 'xml', 'externalDocs']);

/**
 * Converts an OpenAPI 3.0 schema to JSON Schema: `nullable: true` becomes "null, or the
 * schema" (written as `anyOf` because GitHub uses `nullable` without `type`, next to `allOf`,
 * `oneOf` and `enum`, where a `type` union would be wrong), and component `$ref`s point at
 * the ids we registered the components under.
 */
export function toJsonSchema(schema: unknown, refs: Set<string>): unknown {
  if (!isRecord(schema)) return schema;
  const out: Dict = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string') {
      const name = componentName(value, 'schemas');
      refs.add(name);
      out.$ref = SCHEMA_ID_PREFIX + encodeURIComponent(name);
    } else if ((SUBSCHEMA as readonly string[]).includes(key)) {
      out[key] = toJsonSchema(value, refs);
    } else if ((SUBSCHEMA_LISTS as readonly string[]).includes(key) && Array.isArray(value)) {
      out[key] = value.map((item) => toJsonSchema(item, refs));
    } else if ((SUBSCHEMA_MAPS as readonly string[]).includes(key) && isRecord(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub, refs)]),
      );
    } else {
      out[key] = value;
    }
  }
  if (schema.nullable === true) return { anyOf: [{ type: 'null' }, out] };
  return out;
}

function componentName(ref: string, kind: string): string {
  const prefix = `#/components/${kind}/`;
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref} (expected ${prefix}…)`);
  return decodeURIComponent(ref.slice(prefix.length));
}

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: unknown;
}

export interface Problem {
  /** Where: `path.owner`, `query.state`, `body/head`, `response 201/labels/0`. */
  where: string;
  message: string;
}

export interface OperationValidator {
  operationId: string;
  documentationUrl: string;
  /** Coerces path and query strings to the declared types and checks them. */
  checkParameters(path: Record<string, string>, query: URLSearchParams): Problem[];
  checkBody(body: unknown, present: boolean): Problem[];
  /** Whether the operation lists this status (or a `default` response). */
  declaresStatus(status: number): boolean;
  /** Whether the declared response for this status has a JSON body schema. */
  declaresBody(status: number): boolean;
  checkResponse(status: number, body: unknown): Problem[];
}

/** The description and a lazily compiled validator per operation. */
export class OpenApiDescription {
  private readonly doc: { paths: Dict; components: Dict };
  private readonly ajv: Ajv;
  private readonly registered = new Set<string>();
  private readonly operations = new Map<string, OperationValidator>();
  private readonly components = new Map<string, ValidateFunction>();

  constructor(file = defaultDescriptionFile()) {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!isRecord(parsed) || !isRecord(parsed.paths) || !isRecord(parsed.components)) {
      throw new Error(`${file} is not an OpenAPI description`);
    }
    this.doc = { paths: parsed.paths, components: parsed.components };
    // strict: false because the description uses OpenAPI keywords ajv does not know;
    // allErrors so a 422 can list every problem like GitHub's does.
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    // Formats GitHub declares that carry no checkable constraint for JSON values.
    for (const format of ['int64', 'int32', 'double', 'repo.nwo', 'binary', 'timestamp']) {
      this.ajv.addFormat(format, true);
    }
  }

  /** The validator for `method` + a path template exactly as written in the description. */
  operation(method: string, template: string): OperationValidator {
    const key = `${method.toUpperCase()} ${template}`;
    let validator = this.operations.get(key);
    if (!validator) {
      validator = this.build(method.toLowerCase(), template);
      this.operations.set(key, validator);
    }
    return validator;
  }

  /** Checks a value against a named component schema, e.g. `basic-error`. */
  checkComponent(name: string, value: unknown, where: string): Problem[] {
    let validate = this.components.get(name);
    if (!validate) {
      validate = this.compile({ $ref: `#/components/schemas/${name}` });
      this.components.set(name, validate);
    }
    return validate(value) ? [] : ajvProblems(where, validate.errors);
  }

  private component(kind: string, ref: unknown): unknown {
    if (!isRecord(ref) || typeof ref.$ref !== 'string') return ref;
    const components = this.doc.components[kind];
    const name = componentName(ref.$ref, kind);
    if (!isRecord(components) || !(name in components)) throw new Error(`no ${ref.$ref}`);
    return components[name];
  }

  /** Registers component schemas (and what they reference) with ajv on first use. */
  private compile(schema: unknown): ValidateFunction {
    const pending = new Set<string>();
    const converted = toJsonSchema(schema, pending);
    const schemas = this.doc.components.schemas;
    if (!isRecord(schemas)) throw new Error('description has no component schemas');
    while (pending.size > 0) {
      const name = pending.values().next().value as string;
      pending.delete(name);
      if (this.registered.has(name)) continue;
      this.registered.add(name);
      const component = schemas[name];
      if (component === undefined) throw new Error(`no component schema ${name}`);
      const body = toJsonSchema(component, pending);
      this.ajv.addSchema(
        { ...(isRecord(body) ? body : {}), $id: SCHEMA_ID_PREFIX + encodeURIComponent(name) },
        undefined,
        undefined,
        false,
      );
    }
    return this.ajv.compile(isRecord(converted) ? converted : {});
  }

  private build(method: string, template: string): OperationValidator {
    const pathItem = this.doc.paths[template];
    const operation = isRecord(pathItem) ? pathItem[method] : undefined;
    if (!isRecord(operation)) {
      throw new Error(`${method.toUpperCase()} ${template} is not in the OpenAPI description`);
    }
    const operationId = String(operation.operationId);
    const docs = isRecord(operation.externalDocs) ? operation.externalDocs.url : undefined;
    const documentationUrl = typeof docs === 'string' ? docs : 'https://docs.github.com/rest';

    const parameters: ParameterSpec[] = [];
    const list = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
    const declared = [
      ...list(isRecord(pathItem) ? pathItem.parameters : undefined),
      ...list(operation.parameters),
    ];
    for (const raw of declared) {
      const parameter = this.component('parameters', raw);
      if (!isRecord(parameter)) continue;
      parameters.push({
        name: String(parameter.name),
        in: parameter.in as ParameterSpec['in'],
        required: parameter.required === true,
        schema: parameter.schema,
      });
    }

    const requestBody = this.component('requestBodies', operation.requestBody);
    const bodySchema = jsonContentSchema(requestBody);
    const bodyRequired = isRecord(requestBody) && requestBody.required === true;

    const responses = isRecord(operation.responses) ? operation.responses : {};
    const responseSpecs = new Map<string, { schema: unknown; hasContent: boolean }>();
    for (const [status, raw] of Object.entries(responses)) {
      const response = this.component('responses', raw);
      const content = isRecord(response) ? response.content : undefined;
      responseSpecs.set(status, {
        schema: jsonContentSchema(response),
        hasContent: isRecord(content) && Object.keys(content).length > 0,
      });
    }

    // Each part is compiled on first use, so an operation costs nothing until it is called.
    const lazy = (schema: unknown): (() => ValidateFunction) => {
      let fn: ValidateFunction | undefined;
      return () => (fn ??= this.compile(schema));
    };
    const parameterValidators = new Map(
      parameters.map((p) => [`${p.in}.${p.name}`, lazy(p.schema ?? {})] as const),
    );
    const bodyValidator = bodySchema === undefined ? undefined : lazy(bodySchema);
    const responseValidators = new Map(
      [...responseSpecs].map(([status, spec]) => [status, lazy(spec.schema ?? {})] as const),
    );

    return {
      operationId,
      documentationUrl,
      checkParameters: (path, query) => {
        const problems: Problem[] = [];
        for (const p of parameters) {
          if (p.in !== 'path' && p.in !== 'query') continue;
          const raw = p.in === 'path' ? path[p.name] : (query.get(p.name) ?? undefined);
          if (raw === undefined) {
            if (p.required) problems.push({ where: `${p.in}.${p.name}`, message: 'is missing' });
            continue;
          }
          const value = coerce(raw, p.schema);
          const validate = parameterValidators.get(`${p.in}.${p.name}`)?.();
          if (validate && !validate(value)) {
            problems.push(...ajvProblems(`${p.in}.${p.name}`, validate.errors));
          }
        }
        return problems;
      },
      checkBody: (body, present) => {
        if (!present) {
          return bodyRequired ? [{ where: 'body', message: 'is required' }] : [];
        }
        if (!bodyValidator) return [{ where: 'body', message: 'is not accepted' }];
        const validate = bodyValidator();
        return validate(body) ? [] : ajvProblems('body', validate.errors);
      },
      declaresStatus: (status) => responseSpecs.has(String(status)) || responseSpecs.has('default'),
      declaresBody: (status) => {
        const spec = responseSpecs.get(String(status)) ?? responseSpecs.get('default');
        return spec !== undefined && spec.hasContent && spec.schema !== undefined;
      },
      checkResponse: (status, body) => {
        const key = responseSpecs.has(String(status)) ? String(status) : 'default';
        const spec = responseSpecs.get(key);
        if (!spec) {
          return [{ where: `response ${status}`, message: 'status is not declared' }];
        }
        if (!spec.hasContent) {
          return body === undefined
            ? []
            : [{ where: `response ${status}`, message: 'declares no body but one was sent' }];
        }
        if (spec.schema === undefined) return [];
        const validate = responseValidators.get(key)?.();
        return !validate || validate(body)
          ? []
          : ajvProblems(`response ${status}`, validate.errors);
      },
    };
  }
}

function jsonContentSchema(container: unknown): unknown {
  if (!isRecord(container) || !isRecord(container.content)) return undefined;
  const json = container.content['application/json'];
  return isRecord(json) ? json.schema : undefined;
}

/** Query and path values arrive as strings; the description types them. */
function coerce(raw: string, schema: unknown): unknown {
  const type = isRecord(schema) ? schema.type : undefined;
  if (type === 'integer' || type === 'number') {
    return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  }
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (type === 'array') return raw.split(',');
  return raw;
}

function ajvProblems(where: string, errors: ErrorObject[] | null | undefined): Problem[] {
  return (errors ?? []).map((error) => ({
    where: `${where}${error.instancePath}`,
    message: `${error.message ?? 'is invalid'}${
      error.keyword === 'enum' ? ` (${JSON.stringify(error.params)})` : ''
    }`,
  }));
}

function defaultDescriptionFile(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@octokit/openapi/package.json');
  return pkg.replace(/package\.json$/, 'generated/api.github.com.json');
}
