import { oneLine } from './text.js';

/**
 * Untrusted text (model notes, reasons, metric labels) as inert Markdown for GitHub: HTML is
 * shown, not rendered; Markdown punctuation is literal; `@name` does not notify anyone and
 * `#123` does not link; newlines cannot break a table row.
 */
export function escapeMarkdown(text: string, max = 300): string {
  // Punctuation first, entities second: the entities' own "&", "#" and ";" must stay intact.
  return oneLine(text, max)
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;');
}

/** Text for inside a fenced code block: it cannot close the fence early. */
export function escapeCodeBlock(text: string): string {
  return text.replace(/`{3,}/g, (fence) => fence.split('').join('\u200b'));
}
