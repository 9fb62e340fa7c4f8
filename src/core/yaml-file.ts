import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, stringify, isMap, isPair, isScalar, type Node } from 'yaml';
import type { Problem } from './problems.js';
import { isCalendarDate } from './text.js';
import { validateAgainstSchema, type ErrorObject, type SchemaName } from './schemas.js';

export const MAX_YAML_BYTES = 1024 * 1024;

export type YamlLoad<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

type PathSegment = string | number;

const SCHEMA_HINTS: Record<string, string> = {
  modelName: 'a model name: lowercase letters, digits, "-" and "_"',
  versionId: 'a version id: lowercase letters, digits, ".", "-" and "_"',
  timestamp: 'an ISO 8601 time with offset, e.g. 2026-03-01T10:00:00Z',
  date: 'a date as YYYY-MM-DD',
};

/**
 * Loads one YAML file and checks it against a schema. Problems name the file, line and column.
 * js-yaml (YAML 1.2 core schema) does the loading because it is ten times faster than `yaml`
 * on small files; `yaml` re-reads only failing files, for exact positions.
 */
export function loadYamlFile<T>(file: string, text: string, schema: SchemaName): YamlLoad<T> {
  const error = (message: string, line?: number, column?: number): YamlLoad<T> => ({
    ok: false,
    problems: [{ file, line, column, message, severity: 'error' }],
  });
  if (Buffer.byteLength(text) > MAX_YAML_BYTES) {
    return error(`file is larger than ${MAX_YAML_BYTES} bytes; registry YAML files are small`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  if (mayUseAliases(text)) {
    // `yaml` caps alias expansion, so a "billion laughs" file cannot exhaust memory.
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
      const pos = first.linePos?.[0];
      return error(`invalid YAML: ${firstLine(first.message)}`, pos?.line, pos?.col);
    }
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (thrown) {
      return error(`invalid YAML: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    }
  } else {
    try {
      value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
    } catch (thrown) {
      if (thrown instanceof jsYaml.YAMLException) {
        return error(
          `invalid YAML: ${thrown.reason}`,
          thrown.mark.line + 1,
          thrown.mark.column + 1,
        );
      }
      throw thrown;
    }
  }
  const failures = checkAgainstSchema(schema, value);
  if (failures.length === 0) return { ok: true, value: value as T };
  const locate = positionFinder(text);
  const problems = failures.map(({ path, message, atKey }): Problem => ({
    file,
    ...locate(path, atKey),
    message,
    severity: 'error',
  }));
  return { ok: false, problems };
}

function mayUseAliases(text: string): boolean {
  return /(^|[\s[{,:-])[*&][^\s]/.test(text);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** Strings that are a date or a timestamp as a whole; notes that merely contain one are left alone. */
const DATE_PREFIX =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

function* leaves(value: unknown, path: PathSegment[]): Generator<[PathSegment[], unknown]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* leaves(item, [...path, index]);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* leaves(item, [...path, key]);
  } else {
    yield [path, value];
  }
}

export type FieldPath = PathSegment[];

/** Where a field is in a YAML text: for problems found after loading, such as cross-file checks. */
export { formatPath as formatFieldPath };

export function locateField(
  text: string,
  path: FieldPath,
): { line?: number; column?: number; field?: string } {
  return positionFinder(text)(path);
}

/**
 * Every problem of a value against a schema, one plain sentence per offending field. Shared by
 * YAML files and by uploaded trade records.
 */
export function checkAgainstSchema(schema: SchemaName, value: unknown): Failure[] {
  // Checks JSON Schema cannot express: numbers that are not finite, dates that do not exist.
  const failures: Failure[] = [];
  for (const [path, item] of leaves(value, [])) {
    if (typeof item === 'number' && !Number.isFinite(item)) {
      failures.push({ path, message: 'expected a finite number' });
    } else if (
      typeof item === 'string' &&
      DATE_PREFIX.test(item) &&
      !isCalendarDate(item.slice(0, 10))
    ) {
      failures.push({
        path,
        message: `expected a real calendar date, found ${JSON.stringify(item)}`,
      });
    }
  }
  // A value explained above gets that one message, not ajv's less precise one as well.
  const explained = new Set(failures.map(({ path }) => formatPath(path)));
  for (const failure of describeSchemaErrors(validateAgainstSchema(schema, value), value)) {
    if (!explained.has(formatPath(failure.path))) failures.push(failure);
  }
  return failures;
}

/** One problem in a loaded document; `atKey` when the key itself is wrong (an unknown field). */
export interface Failure {
  path: PathSegment[];
  message: string;
  atKey?: boolean;
}

/** Returns a function mapping a value path to the file position of that node (or its key). */
function positionFinder(
  text: string,
): (path: PathSegment[], atKey?: boolean) => { line?: number; column?: number; field?: string } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  return (path, atKey = false) => {
    const field = path.length ? formatPath(path) : undefined;
    let node: unknown = doc.contents;
    let offset: number | undefined = doc.contents?.range?.[0];
    for (const [index, segment] of path.entries()) {
      if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
      const items = (node as { items: unknown[] }).items;
      const next = isMap(node)
        ? items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment)
        : items[segment as number];
      if (!next) break;
      if (isPair(next)) {
        offset = (next.key as Node | null)?.range?.[0] ?? offset;
        if (atKey && index === path.length - 1) break;
        node = next.value;
        // Point at the value when there is one: that is what needs changing.
        offset = (next.value as Node | null)?.range?.[0] ?? offset;
      } else {
        node = next;
        offset = (next as Node).range?.[0] ?? offset;
      }
    }
    if (offset === undefined) return { field };
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col, field };
  };
}

function formatPath(path: PathSegment[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index ? '.' : ''}${segment}`,
    )
    .join('');
}

function describeFound(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}

function valueAt(root: unknown, path: PathSegment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function decodePointer(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** Turns ajv's errors into one plain sentence per offending field. */
function describeSchemaErrors(errors: ErrorObject[], root: unknown): Failure[] {
  const described = new Map<string, Failure>();
  const hasSpecificError = new Set(
    errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'not').map((e) => e.instancePath),
  );
  for (const error of errors) {
    const path = decodePointer(error.instancePath);
    const found = describeFound(valueAt(root, path));
    const hint = Object.entries(SCHEMA_HINTS).find(([name]) =>
      error.schemaPath.includes(`/${name}/`),
    )?.[1];
    let message: string;
    let target = path;
    switch (error.keyword) {
      case 'required': {
        const missing = (error.params as { missingProperty: string }).missingProperty;
        message = `missing required field "${missing}"`;
        if (path.length) message = `${message} in ${formatPath(path)}`;
        break;
      }
      case 'additionalProperties': {
        const extra = (error.params as { additionalProperty: string }).additionalProperty;
        const allowed = Object.keys(
          (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
        );
        target = [...path, extra];
        message = `unknown field "${extra}"${allowed.length ? ` (expected one of: ${allowed.join(', ')})` : ''}`;
        break;
      }
      case 'type':
        if (
          (error.params as { type: string }).type === 'null' &&
          hasSpecificError.has(error.instancePath)
        ) {
          continue;
        }
        message = `expected ${hint ?? (error.params as { type: string | string[] }).type.toString().replace(',', ' or ')}, found ${found}`;
        break;
      case 'enum':
        message = `expected one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}, found ${found}`;
        break;
      case 'const':
        message = `expected ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}, found ${found}`;
        break;
      case 'pattern':
      case 'not':
        message = `expected ${hint ?? `text matching ${(error.params as { pattern?: string }).pattern ?? 'the allowed pattern'}`}, found ${found}`;
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        message = `expected a number ${(error.params as { comparison: string }).comparison} ${(error.params as { limit: number }).limit}, found ${found}`;
        break;
      case 'anyOf':
        if (hasSpecificError.has(error.instancePath)) continue;
        message = `expected ${hint ?? 'a different value'}, found ${found}`;
        break;
      case 'propertyNames':
        message = `expected keys that are ${hint ?? 'valid names'}`;
        break;
      default:
        message = `${error.message ?? 'is invalid'}, found ${found}`;
    }
    const key = `${formatPath(target)}\u0000${message}`;
    if (!described.has(key)) {
      described.set(key, {
        path: target,
        message,
        atKey: error.keyword === 'additionalProperties',
      });
    }
  }
  return [...described.values()];
}

/** Writes YAML the way people read it in diffs: block style, stable key order as given. */
export function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}

/**
 * Changes some fields of a YAML text and keeps everything else as written (comments, order,
 * quoting), so a hand-edited file's diff shows only what modelgate changed.
 */
export function editYaml(text: string, changes: readonly [FieldPath, unknown][]): string {
  const doc = parseDocument(text);
  for (const [path, value] of changes) doc.setIn(path, value);
  return doc.toString({ lineWidth: 0 });
}
