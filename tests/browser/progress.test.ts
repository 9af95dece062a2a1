// The home page and the wait: a URL that takes a while shows a real progress bar, then its tree; a URL
// the fetcher refuses shows the refusal's sentence on the page.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { hasChromium, screenshot, useBrowser } from '../fixtures/web/browser.js';
import { useTestServer } from '../fixtures/web/server.js';

const SEED = new URL('../../../shared/seeds/001_dc7b200be1058ffb.txt', import.meta.url);

describe.skipIf(!hasChromium || !existsSync(SEED))('home page and progress', () => {
  const server = useTestServer({ allowHosts: ['127.0.0.1'] });
  const browser = useBrowser();
  let site: FixtureServer;
  let page: Page;

  beforeAll(async () => {
    site = await startFixtureServer({
      '/slow-thread.txt': async (_req, res) => {
        await new Promise((resolve) => setTimeout(resolve, 2500));
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(readFileSync(SEED, 'utf8'));
      },
    });
    page = await browser.current.newPage({ viewport: { width: 1280, height: 800 } });
  }, 30_000);
  afterAll(async () => { await site?.close(); });

  it('shows the progress bar while the thread is fetched, then the tree', async () => {
    await page.goto(server.current.url);
    await page.fill('#source', `${site.origin}/slow-thread.txt`);
    await page.click('#submit');
    await page.waitForURL(/\/maps\//);
    const stage = page.locator('#progress-stage');
    await expect.poll(() => stage.innerText(), { timeout: 5_000 }).toMatch(/^Fetching the thread/);
    expect(Number(await page.getAttribute('#progress-bar', 'aria-valuenow'))).toBeGreaterThan(0);
    await screenshot(page, 'progress');
    await page.waitForSelector('svg#tree [data-post-id]', { timeout: 20_000 });
    expect(await page.locator('#progress-panel').isVisible()).toBe(false);
  }, 30_000);

  it('lists the map on the home page', async () => {
    await page.goto(server.current.url);
    expect(await page.locator('.recent-item').count()).toBe(1);
    expect(await page.locator('.recent-item .recent-detail').innerText()).toMatch(/^\d+ posts$/);
    await screenshot(page, 'home');
  });

  it('shows the sentence for a URL the fetcher refuses', async () => {
    await page.fill('#source', 'http://192.168.1.1/forum/thread');
    await page.click('#submit');
    await page.waitForURL(/\/maps\//);
    const error = page.locator('#progress-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.innerText()).toMatch(/^Refused to fetch http:\/\/192\.168\.1\.1\/forum\/thread: .*private/);
    expect(await page.locator('#progress-title').innerText()).toBe('This thread could not be mapped');
    await screenshot(page, 'refused');
  });

  it('says what is wrong before sending an empty box', async () => {
    await page.goto(server.current.url);
    await page.click('#submit');
    expect(await page.locator('#form-error').innerText()).toBe("Paste a thread URL or the thread's text first, or choose a saved file.");
  });
});
