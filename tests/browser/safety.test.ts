// Posts carrying markup that would run script if it were ever parsed as HTML. The page inserts post text
// as text everywhere (tree, panel, outline, summary, search), so nothing runs and no element appears.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapDocument } from '../../src/model.js';
import { hasChromium, useBrowser } from '../fixtures/web/browser.js';
import { mapFromText, useTestServer } from '../fixtures/web/server.js';

const THREAD = [
  'Cats are better pets than dogs because they are independent.',
  'I disagree. <img src=x onerror="window.__pwned=\'img\';alert(1)"> Dogs are loyal and that matters more.',
  "That makes sense, though <script>window.__pwned='script';alert(2)</script> I still think cats win. <svg onload=\"window.__pwned='svg';alert(3)\"></svg>",
].join('\n\n');

describe.skipIf(!hasChromium)('hostile post text', () => {
  const server = useTestServer();
  const browser = useBrowser();
  let page: Page;
  let doc: MapDocument;
  const dialogs: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const map = await mapFromText(server.current.url, THREAD);
    doc = map.doc;
    page = await browser.current.newPage();
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${server.current.url}/maps/${map.id}`);
    await page.waitForSelector('svg#tree [data-post-id]');
  }, 60_000);

  const assertNothingRan = async () => {
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests.filter((path) => path.endsWith('/x'))).toEqual([]);
    expect(await page.locator('#map-app img, #map-app script, #map-app foreignObject, #map-app [onload], #map-app [onerror]').count()).toBe(0);
  };

  it('keeps the markup as text in the tree', async () => {
    expect(doc.posts.some((p) => p.text.includes('<img src=x'))).toBe(true);
    await assertNothingRan();
  });

  it('shows it as text in the panel of each post', async () => {
    for (const post of doc.posts) {
      await page.click(`svg#tree [data-post-id="${post.id}"]`);
      expect(await page.locator('#post-panel .post-text').innerText()).toBe(post.text);
    }
    await assertNothingRan();
  });

  it('shows it as text in the outline and finds it by search', async () => {
    await page.fill('#search-input', '<svg onload');
    expect(await page.locator('#search-count').innerText()).toBe('1 of 1');
    await page.click('[data-view="outline"]');
    expect(await page.locator('#outline-view').innerText()).toContain('<script>window.__pwned');
    await page.click('[data-view="tree"]');
    await assertNothingRan();
  });
});
