import jsYaml from 'js-yaml';
import {
  LineCounter,
  parseAllDocuments,
  parseDocument,
  stringify,
  isMap,
  isPair,
  isScalar,
  visit,
  type Node,
} from 'yaml';
import { quoteValue } from './names.js';
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
      // `yaml` recurses into nested collections and reports the stack overflow as a syntax error.
      const message = /Maximum call stack/.test(first.message)
        ? `nested more than ${MAX_NESTING_DEPTH} levels deep`
        : firstLine(first.message);
      return error(`invalid YAML: ${message}`, pos?.line, pos?.col);
    }
    // An expansion error has no position of its own: point at the first alias, where it starts.
    const aliasAt = (): { line?: number; col?: number } => {
      let offset: number | undefined;
      visit(doc, {
        Alias: (_, node) => {
          offset = node.range?.[0];
          return visit.BREAK;
        },
      });
      return offset === undefined ? {} : lineCounter.linePos(offset);
    };
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (thrown) {
      const { line, col } = aliasAt();
      return error(
        `invalid YAML: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
        line,
        col,
      );
    }
    // Shared by aliases, a node is one object reached by many paths: every check below walks
    // each path, so what the aliases expand to is bounded too.
    if (countNodes(value, MAX_EXPANDED_NODES) > MAX_EXPANDED_NODES) {
      const { line, col } = aliasAt();
      return error(
        `invalid YAML: the aliases expand to more than ${MAX_EXPANDED_NODES} values; registry files do not need aliases`,
        line,
        col,
      );
    }
  } else {
    try {
      value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
    } catch (thrown) {
      if (thrown instanceof jsYaml.YAMLException) {
        // Some errors have no mark: "found more than one document" is about the whole stream.
        const at = thrown.mark ? thrown.mark : secondDocumentStart(text);
        return error(
          `invalid YAML: ${thrown.reason}`,
          at ? at.line + 1 : undefined,
          at ? at.column + 1 : undefined,
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

/**
 * Any "&" or "*" sends the file to the parser that caps alias expansion. js-yaml expands aliases
 * without a limit, and a file that slipped past a finer test (an anchor in an unusual spot) would
 * expand exponentially in the checks below; a note with "R&D" in it costs only the slower parse.
 */
function mayUseAliases(text: string): boolean {
  return text.includes('&') || text.includes('*');
}

/** Far more values than a 1 MiB registry file can hold without aliases. */
const MAX_EXPANDED_NODES = 200_000;

/** The values in a document, counting each path through shared nodes; stops past `limit`. */
function countNodes(root: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0 && count <= limit) {
    const value = stack.pop();
    count++;
    // One push per child: spreading a list of 100,000 items would overflow the call stack.
    if (value && typeof value === 'object')
      for (const item of Object.values(value)) stack.push(item);
  }
  return count;
}

/** Where a second document begins (0-based), for js-yaml's "expected a single document". */
function secondDocumentStart(text: string): { line: number; column: number } | undefined {
  const second = parseAllDocuments(text)[1];
  const offset = second && 'range' in second ? second.range[0] : undefined;
  if (offset === undefined) return undefined;
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length - 1, column: lines.at(-1)!.length };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** Strings that are a date or a timestamp as a whole; notes that merely contain one are left alone. */
const DATE_PREFIX =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Deeper than any registry file or trade record needs. Checks, schema validation and
 * serialisation recurse, so a value nested 100,000 levels (a 200 kB line of "[") would end in a
 * stack overflow instead of an error naming the field.
 */
export const MAX_NESTING_DEPTH = 64;

/** Every leaf with its path, depth first; a value nested too deeply is yielded as a leaf. */
function* leaves(root: unknown): Generator<[PathSegment[], unknown]> {
  // An explicit stack: recursion would overflow on exactly the inputs this guards against.
  const stack: [PathSegment[], unknown][] = [[[], root]];
  while (stack.length > 0) {
    const [path, value] = stack.pop()!;
    if (value === null || typeof value !== 'object') {
      yield [path, value];
    } else if (path.length >= MAX_NESTING_DEPTH) {
      yield [path, TOO_DEEP];
    } else {
      const children: [PathSegment[], unknown][] = Array.isArray(value)
        ? value.map((item: unknown, index) => [[...path, index], item])
        : Object.entries(value).map(([key, item]) => [[...path, key], item]);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
}

const TOO_DEEP = Symbol('nested too deeply');

/**
 * A timestamp that names an instant within years 0000 to 9999 (UTC): the shape alone lets
 * through hour 99, second 60 and offset +99:99, which no clock reads, and an offset can move
 * 9999-12-31 into year 10000, which has no YYYY-MM-DD day.
 */
function isRealTimestamp(text: string): boolean {
  const time = Date.parse(text);
  return Number.isFinite(time) && /^\d{4}-/.test(new Date(time).toISOString());
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
  let tooDeep = false;
  for (const [path, item] of leaves(value)) {
    if (item === TOO_DEEP) {
      tooDeep = true;
      // The field where the nesting starts: sixty-four "[0]" say nothing more.
      failures.push({
        path: path.slice(0, 3),
        message: `nested more than ${MAX_NESTING_DEPTH} levels deep`,
      });
    } else if (typeof item === 'number' && !Number.isFinite(item)) {
      failures.push({ path, message: 'expected a finite number' });
    } else if (typeof item === 'string' && DATE_PREFIX.test(item)) {
      if (!isCalendarDate(item.slice(0, 10))) {
        failures.push({
          path,
          message: `expected a real calendar date, found ${JSON.stringify(item)}`,
        });
      } else if (item.length > 10 && !isRealTimestamp(item)) {
        failures.push({
          path,
          message: Number.isFinite(Date.parse(item))
            ? `expected a time within years 0000 to 9999 in UTC, found ${JSON.stringify(item)}`
            : `expected a real time (hour 00-23, minute and second 00-59, offset at most ±23:59), found ${JSON.stringify(item)}`,
        });
      }
    }
  }
  // Validation and serialisation recurse: a value nested too deeply stops here, with its field.
  if (tooDeep) return failures;
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
    return `the text ${quoteValue(shown)}`;
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

function hasAnyOf(errors: ErrorObject[], instancePath: string): boolean {
  return errors.some((e) => e.keyword === 'anyOf' && e.instancePath === instancePath);
}

/** Turns ajv's errors into one plain sentence per offending field. */
function describeSchemaErrors(errors: ErrorObject[], root: unknown): Failure[] {
  const described = new Map<string, Failure>();
  const hasSpecificError = new Set(
    errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'not').map((e) => e.instancePath),
  );
  // A value that fits none of an anyOf's branches fails each one ("expected integer", "expected
  // text matching …"): one verdict per field, from the branch whose type the value has (it says
  // what is wrong with it), else "expected integer or string".
  const alternatives = new Map<string, { chosen: ErrorObject; types: string[] }>();
  for (const error of errors) {
    if (error.keyword === 'anyOf' || !hasAnyOf(errors, error.instancePath)) continue;
    const entry = alternatives.get(error.instancePath);
    if (error.keyword === 'type') {
      const type = (error.params as { type: string | string[] }).type.toString();
      if (!entry) alternatives.set(error.instancePath, { chosen: error, types: [type] });
      else entry.types.push(type);
    } else if (!entry) alternatives.set(error.instancePath, { chosen: error, types: [] });
    else if (entry.chosen.keyword === 'type') entry.chosen = error;
  }
  for (const error of errors) {
    const path = decodePointer(error.instancePath);
    // A key refused by propertyNames: point at the key itself, by name.
    const badKey = (error as ErrorObject & { propertyName?: string }).propertyName;
    if (badKey !== undefined && error.keyword !== 'propertyNames') {
      const hint = Object.entries(SCHEMA_HINTS).find(([name]) =>
        error.schemaPath.includes(`/${name}/`),
      )?.[1];
      const target = [...path, badKey];
      const key = `${formatPath(target)}\u0000key`;
      if (!described.has(key)) {
        described.set(key, {
          path: target,
          message: `expected keys that are ${hint ?? 'valid names'}, found the key ${quoteValue(badKey)}`,
          atKey: true,
        });
      }
      continue;
    }
    if (error.keyword === 'propertyNames') continue;
    const alternative =
      error.keyword === 'anyOf' ? undefined : alternatives.get(error.instancePath);
    if (alternative && alternative.chosen !== error) continue;
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
      case 'type': {
        if (
          (error.params as { type: string }).type === 'null' &&
          hasSpecificError.has(error.instancePath)
        ) {
          continue;
        }
        // ["number", "null"] is "number or null"; an anyOf's branches add theirs.
        const types = alternative?.types ?? [
          (error.params as { type: string | string[] }).type.toString(),
        ];
        message = `expected ${hint ?? types.join(',').replace(/,/g, ' or ')}, found ${found}`;
        break;
      }
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
