import { oneLine } from './text.js';

/**
 * Untrusted text (model notes, reasons, metric labels) as inert Markdown for GitHub: HTML is
 * shown, not rendered; Markdown punctuation is literal; `@name` does not notify anyone and
 * `#123` does not link; newlines cannot break a table row; a URL is not made a link.
 */
export function escapeMarkdown(text: string, max = 300): string {
  // Punctuation first, entities second: the entities' own "&", "#" and ";" must stay intact.
  return (
    oneLine(text, max)
      .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (char) => `\\${char}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/@/g, '&#64;')
      // GitHub links "http://host" by itself, and a host needs no dot to be reached
      // ("http://1249763523/" is an IPv4 address): a zero-width space after the colon breaks the
      // scheme, which escaping the punctuation after it does not.
      .replace(/(https?|ftp):(?=\/\/)/gi, '$1:\u200b')
  );
}

/** Text for inside a fenced code block: it cannot close the fence early. */
export function escapeCodeBlock(text: string): string {
  return text.replace(/`{3,}/g, (fence) => fence.split('').join('\u200b'));
}
