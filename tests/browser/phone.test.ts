// At phone width (375×740): the toolbar and the export buttons wrap inside the screen, and the post
// panel and the summary open over the tree instead of squeezing it.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, hasChromium, screenshot, useBrowser } from '../fixtures/web/browser.js';
import { mapFromText, useTestServer } from '../fixtures/web/server.js';

const SEED = new URL('../../../shared/seeds/001_dc7b200be1058ffb.txt', import.meta.url);
const PHONE = { width: 375, height: 740 };

describe.skipIf(!hasChromium || !existsSync(SEED))('the map page at 375 px wide', () => {
  const server = useTestServer();
  const browser = useBrowser();
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const map = await mapFromText(server.current.url, readFileSync(SEED, 'utf8'));
    page = await browser.current.newPage({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    errors = collectPageErrors(page);
    await page.goto(`${server.current.url}/maps/${map.id}`);
    await page.waitForSelector('svg#tree [data-post-id]');
  }, 60_000);

  it('keeps every toolbar control and every export button inside the screen', async () => {
    const outside = await page.$$eval('.toolbar button, .toolbar select, .toolbar input, #exports a.button', (controls, { width, height }) => controls
      .filter((c) => !(c as HTMLElement).hidden)
      .map((c) => ({ name: c.id || c.textContent!.trim(), box: c.getBoundingClientRect() }))
      .filter(({ box }) => box.left < 0 || box.top < 0 || box.right > width || box.bottom > height || box.width === 0)
      .map(({ name }) => name), PHONE);
    expect(outside).toEqual([]);
    expect(await page.locator('#exports a.button').count()).toBe(6);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'i12b-phone-map');
  });

  it('leaves the tree most of the screen', async () => {
    const tree = (await page.locator('svg#tree').boundingBox())!;
    expect(tree.width).toBe(PHONE.width);
    expect(tree.height).toBeGreaterThan(PHONE.height * 0.5);
  });

  it('opens a post and the summary over the tree, which keeps its full width', async () => {
    const id = await page.getAttribute('svg#tree [data-post-id]', 'data-post-id');
    await page.tap(`svg#tree [data-post-id="${id}"]`);
    await expect.poll(() => page.locator('#post-panel').isVisible()).toBe(true);
    expect((await page.locator('svg#tree').boundingBox())!.width).toBe(PHONE.width);
    const panel = (await page.locator('#post-panel').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'i12b-phone-panel');
    await page.tap('#post-panel .panel-close');
    await page.tap('#toggle-summary');
    expect(await page.locator('#summary-panel').isVisible()).toBe(true);
    expect((await page.locator('svg#tree').boundingBox())!.width).toBe(PHONE.width);
    await screenshot(page, 'i12b-phone-summary');
    await page.tap('#toggle-summary');
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!hasChromium || !existsSync(SEED))('opening a post never shrinks the tree unreadably', () => {
  const server = useTestServer();
  const browser = useBrowser();
  let mapUrl: string;

  beforeAll(async () => {
    const map = await mapFromText(server.current.url, readFileSync(SEED, 'utf8'));
    mapUrl = `${server.current.url}/maps/${map.id}`;
  }, 60_000);

  const zoomOf = (page: Page) => page.$eval('svg#tree g.viewport', (g) => Number(/scale\(([\d.]+)/.exec(g.getAttribute('transform')!)![1]));

  it.each([1400, 1000])('at %i px wide the cards stay at a readable zoom with the panel open', async (width) => {
    const page = await browser.current.newPage({ viewport: { width, height: 800 } });
    await page.goto(mapUrl);
    await page.waitForSelector('svg#tree [data-post-id]');
    await page.click('#fit');
    const treeWidth = (await page.locator('svg#tree').boundingBox())!.width;
    const id = await page.getAttribute('svg#tree [data-post-id]', 'data-post-id');
    await page.click(`svg#tree [data-post-id="${id}"]`);
    await expect.poll(() => page.locator('#post-panel').isVisible()).toBe(true);
    await page.waitForTimeout(200); // the resize fits the tree again
    expect(await zoomOf(page)).toBeGreaterThanOrEqual(0.55);
    // Up to 1100 px the panel opens over the tree, which keeps its width.
    if (width <= 1100) expect((await page.locator('svg#tree').boundingBox())!.width).toBe(treeWidth);
    await screenshot(page, `i12b-panel-${width}`);
    await page.close();
  }, 60_000);
});
