// A saved page or response given as a file on the home page: chosen with the picker or dropped on the
// box, it becomes its map; a file over the server's limit is refused at once, before any upload.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapDocument } from '../../src/model.js';
import { BODY_LIMIT_BYTES } from '../../src/server/body-limit.js';
import { collectPageErrors, hasChromium, screenshot, useBrowser } from '../fixtures/web/browser.js';
import { useTestServer, waitForMap } from '../fixtures/web/server.js';

const SHARED = new URL('../../../shared/', import.meta.url);
const FORUM = new URL('fixtures/forum-html/somethingawful_vb_coding_horrors.html', SHARED);
const REDDIT = new URL('fixtures/reddit/announcements_n49rw_were_back.json', SHARED);

describe.skipIf(!hasChromium || !existsSync(FORUM) || !existsSync(REDDIT))('saved files on the home page', () => {
  const server = useTestServer();
  const browser = useBrowser();
  let page: Page;
  let errors: string[];
  /** Every POST /api/maps the page made. */
  let uploads: number;

  beforeAll(async () => {
    page = await browser.current.newPage({ viewport: { width: 1200, height: 900 } });
    errors = collectPageErrors(page);
    page.on('request', (request) => { if (request.method() === 'POST' && request.url().endsWith('/api/maps')) uploads++; });
  }, 30_000);

  /** Waits for the map page the browser went to and returns its finished document. */
  async function mapOpened(): Promise<MapDocument> {
    await page.waitForURL(/\/maps\/[\w-]+$/);
    await page.waitForSelector('svg#tree [data-post-id]');
    return (await (await waitForMap(server.current.url, page.url().split('/').pop()!)).json()) as MapDocument;
  }

  it('states the limit beside the box', async () => {
    await page.goto(server.current.url);
    expect(await page.locator('#size-limit').innerText()).toBe('up to 5 MB');
    expect(await page.getAttribute('#file-input', 'accept')).toContain('.json');
    await screenshot(page, 'i12b-home-file');
  });

  it('maps a saved forum page chosen with the picker', async () => {
    await page.goto(server.current.url);
    uploads = 0;
    await page.setInputFiles('#file-input', { name: 'coding-horrors.html', mimeType: 'text/html', buffer: readFileSync(FORUM) });
    const doc = await mapOpened();
    expect(uploads).toBe(1);
    expect(doc.source.kind).toBe('html');
    expect(doc.posts.length).toBe(40);
    expect(await page.locator('svg#tree [data-post-id]').count()).toBeGreaterThan(10);
  }, 60_000);

  it('maps a saved Reddit response dropped on the box', async () => {
    await page.goto(server.current.url);
    const json = readFileSync(REDDIT, 'utf8');
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'were_back.json', { type: 'application/json' }));
      const box = document.getElementById('source')!;
      box.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      if (!document.querySelector('.dragging #new-map')) throw new Error('The box does not light up under a dragged file.');
      box.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, json);
    const doc = await mapOpened();
    expect(doc.source.kind).toBe('reddit');
    expect(doc.posts.length).toBe(483);
  }, 60_000);

  it('refuses a file over the limit at once, without uploading it', async () => {
    await page.goto(server.current.url);
    uploads = 0;
    const big = Buffer.alloc(BODY_LIMIT_BYTES + 300_000, 'word ');
    await page.setInputFiles('#file-input', { name: 'whole-forum.html', mimeType: 'text/html', buffer: big });
    const started = Date.now();
    const error = page.locator('#form-error');
    await expect.poll(() => error.isVisible()).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000); // the file is measured, not read or sent
    expect(await error.innerText()).toBe('“whole-forum.html” is 5.3 MB; Threadmap takes up to 5 MB. Give the thread\'s URL instead, or save a shorter page.');
    expect(uploads).toBe(0);
    expect(page.url()).toBe(`${server.current.url}/`);
    await screenshot(page, 'i12b-home-too-large');
  }, 60_000);

  it('refuses a file that only goes over the limit once wrapped as JSON, still before uploading', async () => {
    // Under the limit as a file, over it once every quote is escaped inside {"text": …}.
    const quotes = Buffer.alloc(BODY_LIMIT_BYTES - 1000, '"');
    uploads = 0;
    await page.setInputFiles('#file-input', { name: 'quotes.txt', mimeType: 'text/plain', buffer: quotes });
    await expect.poll(() => page.locator('#form-error').innerText()).toMatch(/^“quotes\.txt” is 10\.0 MB once sent; Threadmap takes up to 5 MB\./);
    expect(uploads).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});
