import { escapeMarkdown } from '../markdown.js';
import { oneLine } from '../text.js';
import type { ProposalLink } from './types.js';

// Bidirectional overrides and isolates reorder the characters around them on screen, so a note
// could make a row appear to say something it does not.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** Untrusted text as inert Markdown on one line: no HTML, no mention, no table break. */
export function markdownText(text: string, max = 300): string {
  return escapeMarkdown(text.replace(BIDI_CONTROLS, ''), max);
}

/** A finite number with fixed digits; '–' otherwise, and never "-0.00". */
export function fixed(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = value.toFixed(digits);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

export function percent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${fixed(value * 100, digits)}%`;
}

/** A short date for tables, from an ISO timestamp; untrusted text otherwise, escaped by the caller. */
export function dayOf(timestamp: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(timestamp)?.[0] ?? timestamp;
}

/**
 * An http(s) URL made safe as a Markdown link destination, inside a table too: whitespace, `|`,
 * parentheses, angle brackets, quotes and backslashes are percent-encoded, so the link cannot
 * end early, break its row or carry markup. Anything else (`javascript:`, a file path) is null.
 */
export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed.length > 2000 || !/^https?:\/\/[^\s/?#]+([/?#]\S*)?$/i.test(trimmed)) return null;
  return trimmed.replace(/[^A-Za-z0-9\-._~:/?#=&%+,;$]/gu, percentEncode);
}

function percentEncode(char: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(char);
  } catch {
    return '%EF%BF%BD'; // a lone surrogate: the replacement character
  }
  if (encoded !== char) return encoded;
  // encodeURIComponent leaves !'()* alone; they matter in Markdown.
  return `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/** `kind #id: title` as a Markdown link, or as plain text with its location when not a web URL. */
export function proposalLink(proposal: ProposalLink, max = 200): string {
  // `#id` escaped too: a local proposal's number must not link to the repository's issue.
  const label = markdownText(`${proposal.kind} #${proposal.id}: ${proposal.title}`, max);
  const href = safeHref(proposal.url);
  if (href) return `[${label}](${href})`;
  return proposal.url.trim() ? `${label} (${markdownText(proposal.url, 200)})` : label;
}

/**
 * GitHub's heading anchors (github-slugger): lower case, punctuation dropped, spaces to dashes,
 * and a repeated slug numbered `-1`, `-2`, … in the order the headings appear.
 */
export class HeadingSlugs {
  private readonly seen = new Map<string, number>();

  slug(heading: string): string {
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{Nd}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    let slug = base;
    while (this.seen.has(slug)) {
      const count = (this.seen.get(base) ?? 0) + 1;
      this.seen.set(base, count);
      slug = `${base}-${count}`;
    }
    this.seen.set(slug, 0);
    return slug;
  }
}

/** UTF-8 bytes of a string, without a Buffer: what GitHub's summary limit counts. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

// Format characters (bidi controls, zero-width joiners and spaces, soft hyphens) are invisible
// in a terminal or reorder what is around them; terminals also disagree on joined emoji.
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** Untrusted text as one terminal-safe line: no control or format characters. */
export function terminalText(text: string, max = 300): string {
  return oneLine(text.replace(FORMAT_CHARACTERS, ''), max);
}

// East Asian wide and fullwidth blocks (Unicode's EastAsianWidth W and F), which terminals draw
// two columns wide; emoji are caught by Extended_Pictographic.
const WIDE_RANGES: [number, number][] = [
  [0x1100, 0x115f],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

/** Columns a character takes in a terminal: 0 for combining marks, 2 for wide ones, else 1. */
function columnsOf(char: string): number {
  if (/^\p{M}$/u.test(char)) return 0;
  if (/^\p{Extended_Pictographic}$/u.test(char)) return 2;
  const code = char.codePointAt(0)!;
  return WIDE_RANGES.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += columnsOf(char);
  return width;
}

/** Cut to at most `width` terminal columns, with "…" where it was cut. */
export function fitWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const columns = columnsOf(char);
    if (used + columns > width - 1) break;
    out += char;
    used += columns;
  }
  return width >= 1 ? `${out}…` : '';
}

/** Pad with spaces to `width` columns (cutting first when longer). */
export function padWidth(text: string, width: number, alignRight = false): string {
  const fitted = fitWidth(text, width);
  const padding = ' '.repeat(Math.max(0, width - displayWidth(fitted)));
  return alignRight ? padding + fitted : fitted + padding;
}
