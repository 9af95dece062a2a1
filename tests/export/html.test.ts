import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/export/html.js';
import { sampleDocument } from '../fixtures/web/documents.js';

const BUNDLE = new URL('../../public/dist/app.js', import.meta.url);

describe.skipIf(!existsSync(BUNDLE))('HTML export', () => {
  const doc = sampleDocument();
  const html = renderHtml(doc);
  const $ = load(html);

  it('embeds the whole document as JSON that parses back to it', () => {
    const data = $('script#threadmap-data[type="application/json"]');
    expect(data.length).toBe(1);
    expect(JSON.parse(data.text())).toEqual(doc);
  });

  it('is self-contained: one inline script, inline style, nothing loaded from elsewhere', () => {
    expect($('script[src], link[rel="stylesheet"], img[src], iframe').length).toBe(0);
    expect($('script:not([type])').length).toBe(1);
    expect($('style').length).toBe(1);
    expect(html).not.toMatch(/\b(?:src|href)="https?:\/\/(?!forum\.example)/);
  });

  it('allows exactly its own script and style by hash in its CSP', () => {
    const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content')!;
    const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${hash($('script:not([type])').text())}'`);
    expect(csp).toContain(`style-src 'sha256-${hash($('style').text())}'`);
  });

  it('inlines a script that cannot end its element early or switch the HTML parser into comment mode', () => {
    const script = $('script:not([type])').text();
    expect(script.length).toBeGreaterThan(20_000);
    expect(script).not.toMatch(/<\/script|<!--/i);
  });

  it('never lets post text close its script element or reach the markup', () => {
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('<img src=x');
    expect($('img, svg[onload]').length).toBe(0);
    expect($('title').text()).toBe('Is remote work <b>productive</b>? · Threadmap');
  });
});
