// The export buttons download files that parse, and the HTML export works alone from a file:// URL.
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapDocument } from '../../src/model.js';
import { collectPageErrors, hasChromium, useBrowser } from '../fixtures/web/browser.js';
import { mapFromText, useTestServer } from '../fixtures/web/server.js';

const THREAD = [
  'Static typing catches bugs before they ship, so large teams should use it.',
  'I agree, our error rate fell after we moved to TypeScript.',
  "I don't think that's right; tests catch the same bugs and types slow people down.",
  'Fair point about speed, though the compiler also documents the code.',
].join('\n\n');

describe.skipIf(!hasChromium)('export buttons', () => {
  const server = useTestServer();
  const browser = useBrowser();
  let page: Page;
  let doc: MapDocument;
  const downloads = new Map<string, string>();

  beforeAll(async () => {
    const map = await mapFromText(server.current.url, THREAD);
    doc = map.doc;
    const id = map.id;
    page = await browser.current.newPage({ acceptDownloads: true });
    await page.goto(`${server.current.url}/maps/${id}`);
    await page.waitForSelector('svg#tree [data-post-id]');
    for (const format of ['md', 'json', 'argdown', 'aif', 'html', 'svg']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#exports [data-format="${format}"]`)]);
      downloads.set(format, readFileSync(await download.path(), 'utf8'));
      expect(download.suggestedFilename()).toMatch(new RegExp(`^threadmap-${id}\\.`));
    }
  }, 60_000);

  it('downloads JSON, AIF, Markdown and Argdown that read back', () => {
    expect(JSON.parse(downloads.get('json')!)).toEqual(doc);
    // AIF and Argdown are at argument level: a locution per post, a statement per main claim.
    const aif = JSON.parse(downloads.get('aif')!) as { nodes: { type: string }[] };
    expect(aif.nodes.filter((n) => n.type === 'L')).toHaveLength(doc.posts.length);
    expect(downloads.get('md')).toMatch(/^# /);
    for (const claim of doc.argument!.claims) expect(downloads.get('argdown')).toContain(`[${claim.postId} s${claim.sentence}]: `);
  });

  it('downloads an SVG that is well-formed XML with a card per post', async () => {
    const result = await page.evaluate((text) => {
      const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: svg.querySelector('parsererror')?.textContent ?? null, cards: svg.querySelectorAll('g[data-post-id]').length };
    }, downloads.get('svg')!);
    expect(result).toEqual({ error: null, cards: doc.posts.length });
  });

  it('downloads an HTML file that draws the tree with no server and fetches nothing', async () => {
    const html = downloads.get('html')!;
    expect(load(html)('script[src], link[href^="http"], link[rel="stylesheet"]').length).toBe(0);
    const offline = await browser.current.newPage();
    const errors = collectPageErrors(offline);
    const requests: string[] = [];
    offline.on('request', (request) => requests.push(request.url()));
    await offline.route('**/*', (route) => (route.request().url().startsWith('http') ? route.abort() : route.continue()));
    await offline.setContent(html, { waitUntil: 'load' });
    await offline.waitForSelector('svg#tree [data-post-id]');
    expect(await offline.$$eval('svg#tree [data-post-id]', (n) => n.length)).toBe(doc.posts.length);
    await offline.click(`svg#tree [data-post-id="${doc.posts[1]!.id}"]`);
    expect(await offline.locator('#post-panel .post-text').innerText()).toBe(doc.posts[1]!.text);
    const [json] = await Promise.all([offline.waitForEvent('download'), offline.click('#exports [data-format="json"]')]);
    expect(JSON.parse(readFileSync(await json.path(), 'utf8'))).toEqual(doc);
    expect(requests.filter((url) => url.startsWith('http'))).toEqual([]);
    expect(errors).toEqual([]);
    await offline.close();
  });
});
