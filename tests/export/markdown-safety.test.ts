// The Markdown export never turns an untrusted address into a link a click would run.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/export/markdown.js';
import { sampleDocument } from '../fixtures/web/documents.js';

describe('Markdown source address', () => {
  const withUrl = (url: string) => {
    const doc = sampleDocument();
    return renderMarkdown({ ...doc, source: { ...doc.source, url } });
  };

  it('links an http(s) address', () => {
    expect(withUrl('https://news.ycombinator.com/item?id=1')).toContain('Source: discourse · <https://news.ycombinator.com/item?id=1> ·');
  });

  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'JavaScript:alert(1)'])('shows %s as inert code, not a link', (url) => {
    const md = withUrl(url);
    expect(md).toContain(`· \`${url}\` ·`);
    expect(md).not.toContain(`<${url}`);
    expect(md).not.toContain(`](${url}`);
  });
});
