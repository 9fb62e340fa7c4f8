/**
 * The source text of the elements of one array inside a JSON document, each on one line (the
 * whitespace between tokens removed). An event payload's trades go to ingest exactly as they were
 * written, as an uploaded file's would: re-serialising parsed values would turn 1e309 into null,
 * lose a duplicate key, and overflow the stack on a record nested thousands deep.
 *
 * `text` must already be valid JSON (JSON.parse accepted it); like JSON.parse, the last of
 * duplicate keys wins. Returns undefined when the path does not lead to an array. Iterative: no
 * depth of nesting can overflow the stack.
 */
export function arrayElementTexts(text: string, path: readonly string[]): string[] | undefined {
  let start = skipWhitespace(text, 0);
  for (const key of path) {
    if (text[start] !== '{') return undefined;
    let found: number | undefined;
    let at = skipWhitespace(text, start + 1);
    while (text[at] === '"') {
      const keyEnd = endOfValue(text, at);
      const name = JSON.parse(text.slice(at, keyEnd)) as string;
      const valueStart = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
      if (name === key) found = valueStart;
      at = skipWhitespace(text, endOfValue(text, valueStart));
      if (text[at] === ',') at = skipWhitespace(text, at + 1);
    }
    if (found === undefined) return undefined;
    start = found;
  }
  if (text[start] !== '[') return undefined;
  const elements: string[] = [];
  let at = skipWhitespace(text, start + 1);
  while (at < text.length && text[at] !== ']') {
    const end = endOfValue(text, at);
    elements.push(withoutWhitespace(text.slice(at, end)));
    at = skipWhitespace(text, end);
    if (text[at] === ',') at = skipWhitespace(text, at + 1);
  }
  return elements;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

function skipWhitespace(text: string, at: number): number {
  while (at < text.length && WHITESPACE.has(text[at]!)) at++;
  return at;
}

/** Where the value starting at `at` ends: past its closing quote or bracket, or its last char. */
function endOfValue(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return endOfString(text, at);
  if (first !== '{' && first !== '[') {
    while (at < text.length && !WHITESPACE.has(text[at]!) && !',]}'.includes(text[at]!)) at++;
    return at;
  }
  let depth = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (char === '"') {
      at = endOfString(text, at);
      continue;
    }
    if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return at + 1;
    }
    at++;
  }
  return at;
}

function endOfString(text: string, at: number): number {
  for (let index = at + 1; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === '"') return index + 1;
  }
  return text.length;
}

/** JSON without the whitespace between tokens; strings (which cannot hold raw newlines) kept. */
function withoutWhitespace(json: string): string {
  let out = '';
  let from = 0;
  for (let at = 0; at < json.length;) {
    const char = json[at]!;
    if (char === '"') {
      at = endOfString(json, at);
    } else if (WHITESPACE.has(char)) {
      out += json.slice(from, at);
      at = skipWhitespace(json, at);
      from = at;
    } else {
      at++;
    }
  }
  return out + json.slice(from);
}
