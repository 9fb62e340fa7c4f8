import { describe, expect, it } from 'vitest';
import { escapeCodeBlock, escapeMarkdown } from '../src/core/markdown.js';

describe('escapeMarkdown', () => {
  it('leaves no markup, mention, link or table break in hostile text', () => {
    const hostile = 'nice | </td><script>alert(1)</script> **bold** [x](http://evil) @ops #12\nrow';
    const escaped = escapeMarkdown(hostile);
    expect(escaped).toBe(
      'nice \\| &lt;/td&gt;&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\*\\*bold\\*\\* \\[x\\]\\(http:\u200b//evil\\) &#64;ops \\#12 row',
    );
    expect(escaped).not.toMatch(/[<>\n]/);
    expect(escaped.replace(/\\\|/g, '')).not.toContain('|');
  });

  it('keeps ordinary names readable', () => {
    expect(escapeMarkdown('trader')).toBe('trader');
    expect(escapeMarkdown('v1.2')).toBe('v1\\.2');
  });
});

describe('escapeCodeBlock', () => {
  it('cannot close the fence it sits in', () => {
    expect(escapeCodeBlock('a\n```\nb')).not.toContain('```');
  });
});
