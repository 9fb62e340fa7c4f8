/**
 * Incremental parsers for uploaded trade files. Text arrives in chunks of any size; each parser
 * returns the records complete so far, with the line each starts on, so a 1 GB upload is read
 * with bounded memory and every error can name its line.
 *
 * Memory is bounded by one record, and a record by `MAX_RECORD_CHARACTERS`: past it the rest of
 * the record is scanned (to find where it ends) but not kept, and the record is an error. A
 * 100 MB line without a newline would otherwise be held, then parsed, whole.
 */
export type TradeFileFormat = 'jsonl' | 'csv' | 'json';

/**
 * A trade is a few hundred characters. The limit is far above that (a bot may attach a large
 * extra field) and far below what exhausts memory: a record is held, then parsed, whole.
 */
export const MAX_RECORD_CHARACTERS = 32 * 1024 * 1024;

export interface ParserOptions {
  /** Longer records are errors, not read; tests lower it to exercise the limit cheaply. */
  maxRecordCharacters?: number;
}

const tooLongMessage = (limit: number): string =>
  `longer than ${limit} characters; a trade record is a few hundred (is a newline missing?)`;

export type ParsedRow = { line: number; value: unknown } | { line: number; error: string };

export interface TradeFileParser {
  push(text: string): ParsedRow[];
  end(): ParsedRow[];
}

export function createTradeFileParser(
  format: TradeFileFormat,
  options: ParserOptions = {},
): TradeFileParser {
  const limit = options.maxRecordCharacters ?? MAX_RECORD_CHARACTERS;
  if (format === 'jsonl') return new JsonLinesParser(limit);
  if (format === 'csv') return new CsvParser(limit);
  return new JsonArrayParser(limit);
}

/** By extension, else by the first non-blank character (`[` array, `{` lines, else CSV). */
export function detectTradeFileFormat(fileName: string, start: string): TradeFileFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return start.trimStart().startsWith('[') ? 'json' : 'jsonl';
  const first = start.trimStart()[0];
  return first === '[' ? 'json' : first === '{' ? 'jsonl' : 'csv';
}

class JsonLinesParser implements TradeFileParser {
  constructor(private readonly limit: number) {}

  /** The current line's text so far, in pieces: joined once, when the line ends. */
  private pieces: string[] = [];
  private length = 0;
  private tooLong = false;
  private line = 0;

  push(text: string): ParsedRow[] {
    const rows: ParsedRow[] = [];
    let start = 0;
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
      this.keep(text.slice(start, newline));
      this.finishLine(rows);
      start = newline + 1;
    }
    this.keep(text.slice(start));
    return rows;
  }

  end(): ParsedRow[] {
    const rows: ParsedRow[] = [];
    if (this.length > 0 || this.tooLong) this.finishLine(rows);
    return rows;
  }

  private keep(piece: string): void {
    if (this.tooLong || piece === '') return;
    this.length += piece.length;
    if (this.length > this.limit) {
      this.tooLong = true;
      this.pieces = [];
    } else this.pieces.push(piece);
  }

  private finishLine(rows: ParsedRow[]): void {
    this.line += 1;
    const raw = this.pieces.join('');
    const tooLong = this.tooLong;
    this.pieces = [];
    this.length = 0;
    this.tooLong = false;
    if (tooLong) {
      rows.push({ line: this.line, error: `the line is ${tooLongMessage(this.limit)}` });
      return;
    }
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') return;
    try {
      rows.push({ line: this.line, value: JSON.parse(text) as unknown });
    } catch (thrown) {
      rows.push({ line: this.line, error: `not valid JSON: ${(thrown as Error).message}` });
    }
  }
}

/** Outside quotes, the characters that end a run of plain field text. */
const CSV_SPECIAL = /[",\n\r]/g;

/**
 * RFC 4180: a header row, quoted fields with "" for a quote, newlines allowed inside quotes.
 * Plain text is taken in runs between special characters, never a character at a time: a field
 * built by adding one character after another costs tens of bytes per character.
 */
class CsvParser implements TradeFileParser {
  constructor(private readonly limit: number) {}

  private header: string[] | undefined;
  /** The header row itself was unreadable: no record after it can be read either. */
  private headerRefused = false;
  private field = '';
  /** Characters of the current field, kept or not: a quote opens a field only at its start. */
  private fieldCharacters = 0;
  private record: string[] = [];
  private recordCharacters = 0;
  private tooLong = false;
  private inQuotes = false;
  private quoteJustClosed = false;
  private line = 1;
  private recordLine = 1;
  private sawAnything = false;

  push(text: string): ParsedRow[] {
    const rows: ParsedRow[] = [];
    let i = 0;
    while (i < text.length) {
      if (this.inQuotes) {
        const quote = text.indexOf('"', i);
        const end = quote < 0 ? text.length : quote;
        this.line += countNewlines(text, i, end);
        this.append(text.slice(i, end));
        if (quote < 0) break;
        if (quote + 1 === text.length) {
          // A quote at the end of a chunk: decide when the next chunk arrives.
          this.inQuotes = false;
          this.quoteJustClosed = true;
        } else if (text[quote + 1] === '"') {
          this.append('"');
          i = quote + 2;
          continue;
        } else {
          this.inQuotes = false;
        }
        i = quote + 1;
        continue;
      }
      if (this.quoteJustClosed) {
        this.quoteJustClosed = false;
        if (text[i] === '"') {
          this.append('"');
          this.inQuotes = true;
          i++;
          continue;
        }
      }
      CSV_SPECIAL.lastIndex = i;
      const special = CSV_SPECIAL.exec(text);
      const end = special ? special.index : text.length;
      if (end > i) {
        this.append(text.slice(i, end));
        this.sawAnything = true;
      }
      if (!special) break;
      i = end + 1;
      const char = special[0];
      if (char === '"') {
        if (this.fieldCharacters === 0) this.inQuotes = true;
        else this.append('"');
        this.sawAnything = true;
      } else if (char === ',') {
        if (!this.tooLong) this.record.push(this.field);
        this.field = '';
        this.fieldCharacters = 0;
        this.count(1);
        this.sawAnything = true;
      } else if (char === '\n') {
        this.finishRecord(rows);
        this.line++;
        this.recordLine = this.line;
      }
      // "\r" outside quotes is dropped: CRLF files read like LF files.
    }
    return rows;
  }

  end(): ParsedRow[] {
    const rows: ParsedRow[] = [];
    if (this.inQuotes) {
      rows.push({ line: this.recordLine, error: 'a quoted field is never closed' });
    } else this.finishRecord(rows);
    if (!this.header && !this.headerRefused) {
      rows.push({
        line: 1,
        error:
          'empty CSV: expected a header row naming trade_id, model, version, closed_at, return, mode',
      });
    }
    return rows;
  }

  private append(piece: string): void {
    this.fieldCharacters += piece.length;
    this.count(piece.length);
    if (!this.tooLong) this.field += piece;
  }

  private count(characters: number): void {
    this.recordCharacters += characters;
    if (!this.tooLong && this.recordCharacters > this.limit) {
      this.tooLong = true;
      this.field = '';
      this.record = [];
    }
  }

  private finishRecord(rows: ParsedRow[]): void {
    const fields = [...this.record, this.field];
    const blank = !this.sawAnything;
    const tooLong = this.tooLong;
    this.record = [];
    this.field = '';
    this.fieldCharacters = 0;
    this.recordCharacters = 0;
    this.tooLong = false;
    this.sawAnything = false;
    if (blank || this.headerRefused) return;
    if (tooLong) {
      rows.push({
        line: this.recordLine,
        error: `the ${this.header ? 'record' : 'header row'} is ${tooLongMessage(this.limit)}`,
      });
      if (!this.header) this.headerRefused = true;
      return;
    }
    if (!this.header) {
      this.header = fields.map((name) => name.trim());
      const duplicate = this.header.find((name, index) => this.header!.indexOf(name) !== index);
      if (duplicate !== undefined)
        rows.push({ line: this.recordLine, error: `the header names column "${duplicate}" twice` });
      return;
    }
    if (fields.length !== this.header.length) {
      rows.push({
        line: this.recordLine,
        error: `expected ${this.header.length} fields as in the header, found ${fields.length}`,
      });
      return;
    }
    const value: Record<string, unknown> = {};
    this.header.forEach((name, index) => {
      const cell = fields[index]!;
      if (cell === '') return; // an empty cell is an absent optional field
      // Defined, not assigned: a column named "__proto__" is a field like any other, as in JSON.
      Object.defineProperty(value, name, {
        value: NUMERIC_COLUMNS.has(name) ? csvNumber(cell) : cell,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    });
    rows.push({ line: this.recordLine, value });
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) {
    count++;
  }
  return count;
}

const NUMERIC_COLUMNS = new Set(['return', 'pnl']);
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A CSV number, strictly: "1e-3" yes; "NaN", "Infinity", "1,5" stay text and fail validation. */
function csvNumber(cell: string): number | string {
  const trimmed = cell.trim();
  if (!DECIMAL.test(trimmed)) return cell;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : cell;
}

/**
 * A top-level JSON array, split into its elements without holding the whole file: a small scanner
 * tracks strings and nesting depth, and each complete element is handed to JSON.parse.
 */
class JsonArrayParser implements TradeFileParser {
  constructor(private readonly limit: number) {}

  /** `done`: the array ended or the file was refused; nothing after it is read. */
  private state: 'before' | 'between' | 'element' | 'after' | 'done' = 'before';
  private element = '';
  private tooLong = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private line = 1;
  private elementLine = 1;

  push(text: string): ParsedRow[] {
    const rows: ParsedRow[] = [];
    let segmentStart = 0;
    for (let i = 0; i < text.length && this.state !== 'done'; i++) {
      const char = text[i]!;
      if (this.state === 'element') {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (char === '\\') this.escaped = true;
          else if (char === '"') this.inString = false;
        } else if (char === '"') this.inString = true;
        else if (char === '{' || char === '[') this.depth++;
        else if (char === '}' || char === ']') {
          if (this.depth === 0) {
            // The array's closing bracket right after an element.
            this.keep(text.slice(segmentStart, i));
            this.finishElement(rows);
            this.state = 'after';
            if (char === '}') {
              rows.push({ line: this.line, error: 'unexpected "}"' });
              this.state = 'done';
            }
            continue;
          }
          this.depth--;
        } else if (char === ',' && this.depth === 0) {
          this.keep(text.slice(segmentStart, i));
          this.finishElement(rows);
          this.state = 'between';
        }
        if (char === '\n') this.line++;
        continue;
      }
      if (char === '\n') this.line++;
      if (/\s/.test(char)) continue;
      if (this.state === 'before') {
        if (char !== '[') {
          rows.push({
            line: this.line,
            error: 'expected a JSON array of trades, starting with "["',
          });
          this.state = 'done';
        } else this.state = 'between';
      } else if (this.state === 'between') {
        if (char === ']') {
          this.state = 'after';
          continue;
        }
        this.state = 'element';
        this.elementLine = this.line;
        this.element = '';
        this.tooLong = false;
        segmentStart = i;
        i--; // let the element branch see this character (a quote or a bracket)
      } else if (this.state === 'after') {
        rows.push({ line: this.line, error: 'unexpected content after the closing "]"' });
        this.state = 'done';
      }
    }
    if (this.state === 'element') this.keep(text.slice(segmentStart));
    return rows;
  }

  end(): ParsedRow[] {
    if (this.state === 'element' || this.state === 'between') {
      return [{ line: this.line, error: 'the JSON array is never closed with "]"' }];
    }
    if (this.state === 'before')
      return [{ line: 1, error: 'empty file: expected a JSON array of trades' }];
    return [];
  }

  private keep(piece: string): void {
    if (this.tooLong) return;
    if (this.element.length + piece.length > this.limit) {
      this.tooLong = true;
      this.element = '';
    } else this.element += piece;
  }

  private finishElement(rows: ParsedRow[]): void {
    if (this.tooLong) {
      rows.push({
        line: this.elementLine,
        error: `the array element is ${tooLongMessage(this.limit)}`,
      });
    } else {
      try {
        rows.push({ line: this.elementLine, value: JSON.parse(this.element) as unknown });
      } catch (thrown) {
        rows.push({
          line: this.elementLine,
          error: `not valid JSON: ${(thrown as Error).message}`,
        });
      }
    }
    this.element = '';
    this.tooLong = false;
    this.depth = 0;
  }
}
