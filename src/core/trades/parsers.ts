/**
 * Incremental parsers for uploaded trade files. Text arrives in chunks of any size; each parser
 * returns the records complete so far, with the line each starts on, so a 1 GB upload is read
 * with bounded memory and every error can name its line.
 */
export type TradeFileFormat = 'jsonl' | 'csv' | 'json';

export type ParsedRow = { line: number; value: unknown } | { line: number; error: string };

export interface TradeFileParser {
  push(text: string): ParsedRow[];
  end(): ParsedRow[];
}

export function createTradeFileParser(format: TradeFileFormat): TradeFileParser {
  if (format === 'jsonl') return new JsonLinesParser();
  if (format === 'csv') return new CsvParser();
  return new JsonArrayParser();
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
  private pending = '';
  private line = 0;

  push(text: string): ParsedRow[] {
    const rows: ParsedRow[] = [];
    let start = 0;
    const all = this.pending + text;
    for (let newline = all.indexOf('\n'); newline >= 0; newline = all.indexOf('\n', start)) {
      this.take(all.slice(start, newline), rows);
      start = newline + 1;
    }
    this.pending = all.slice(start);
    return rows;
  }

  end(): ParsedRow[] {
    const rows: ParsedRow[] = [];
    if (this.pending !== '') this.take(this.pending, rows);
    this.pending = '';
    return rows;
  }

  private take(raw: string, rows: ParsedRow[]): void {
    this.line += 1;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') return;
    try {
      rows.push({ line: this.line, value: JSON.parse(text) as unknown });
    } catch (thrown) {
      rows.push({ line: this.line, error: `not valid JSON: ${(thrown as Error).message}` });
    }
  }
}

/** RFC 4180: a header row, quoted fields with "" for a quote, newlines allowed inside quotes. */
class CsvParser implements TradeFileParser {
  private header: string[] | undefined;
  private field = '';
  private record: string[] = [];
  private inQuotes = false;
  private quoteJustClosed = false;
  private line = 1;
  private recordLine = 1;
  private sawAnything = false;

  push(text: string): ParsedRow[] {
    const rows: ParsedRow[] = [];
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (this.inQuotes) {
        if (char === '"') {
          if (text[i + 1] === '"') {
            this.field += '"';
            i++;
          } else if (i + 1 === text.length) {
            // A quote at the end of a chunk: decide when the next chunk arrives.
            this.inQuotes = false;
            this.quoteJustClosed = true;
          } else {
            this.inQuotes = false;
          }
        } else {
          if (char === '\n') this.line++;
          this.field += char;
        }
        continue;
      }
      if (this.quoteJustClosed) {
        this.quoteJustClosed = false;
        if (char === '"') {
          this.field += '"';
          this.inQuotes = true;
          continue;
        }
      }
      if (char === '"' && this.field === '') {
        this.inQuotes = true;
        this.sawAnything = true;
      } else if (char === ',') {
        this.record.push(this.field);
        this.field = '';
        this.sawAnything = true;
      } else if (char === '\n') {
        this.finishRecord(rows);
        this.line++;
        this.recordLine = this.line;
      } else if (char !== '\r') {
        this.field += char;
        this.sawAnything = true;
      }
    }
    return rows;
  }

  end(): ParsedRow[] {
    const rows: ParsedRow[] = [];
    if (this.inQuotes)
      rows.push({ line: this.recordLine, error: 'a quoted field is never closed' });
    else this.finishRecord(rows);
    if (!this.header)
      rows.push({
        line: 1,
        error:
          'empty CSV: expected a header row naming trade_id, model, version, closed_at, return, mode',
      });
    return rows;
  }

  private finishRecord(rows: ParsedRow[]): void {
    const fields = [...this.record, this.field];
    const blank = !this.sawAnything;
    this.record = [];
    this.field = '';
    this.sawAnything = false;
    if (blank) return;
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
      value[name] = NUMERIC_COLUMNS.has(name) ? csvNumber(cell) : cell;
    });
    rows.push({ line: this.recordLine, value });
  }
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
  private state: 'before' | 'between' | 'element' | 'after' = 'before';
  private element = '';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private line = 1;
  private elementLine = 1;

  push(text: string): ParsedRow[] {
    const rows: ParsedRow[] = [];
    let segmentStart = 0;
    for (let i = 0; i < text.length; i++) {
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
            this.element += text.slice(segmentStart, i);
            this.finishElement(rows);
            this.state = 'after';
            if (char === '}') rows.push({ line: this.line, error: 'unexpected "}"' });
            continue;
          }
          this.depth--;
        } else if (char === ',' && this.depth === 0) {
          this.element += text.slice(segmentStart, i);
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
          this.state = 'after';
        } else this.state = 'between';
      } else if (this.state === 'between') {
        if (char === ']') {
          this.state = 'after';
          continue;
        }
        this.state = 'element';
        this.elementLine = this.line;
        this.element = '';
        segmentStart = i;
        i--; // let the element branch see this character (a quote or a bracket)
      } else if (this.state === 'after') {
        rows.push({ line: this.line, error: 'unexpected content after the closing "]"' });
        return rows;
      }
    }
    if (this.state === 'element') this.element += text.slice(segmentStart);
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

  private finishElement(rows: ParsedRow[]): void {
    try {
      rows.push({ line: this.elementLine, value: JSON.parse(this.element) as unknown });
    } catch (thrown) {
      rows.push({ line: this.elementLine, error: `not valid JSON: ${(thrown as Error).message}` });
    }
    this.element = '';
    this.depth = 0;
  }
}
