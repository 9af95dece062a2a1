// The map page in Chromium on the seed exchange: paste it on the home page, browse its tree, open a
// post, filter, search, move with the keyboard, read the outline, jump from the summary.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { filterPredicate, parseFilter } from '../../public/src/filters.js';
import type { MapDocument } from '../../src/model.js';
import { collectPageErrors, hasChromium, screenshot, useBrowser } from '../fixtures/web/browser.js';
import { useTestServer } from '../fixtures/web/server.js';

const SEED = new URL('../../../shared/seeds/001_dc7b200be1058ffb.txt', import.meta.url);
const drawn = (page: Page) => page.$$eval('svg#tree [data-post-id]', (nodes) => nodes.map((n) => n.getAttribute('data-post-id')!));

describe.skipIf(!hasChromium || !existsSync(SEED))('the map page on the seed exchange', () => {
  const server = useTestServer();
  const browser = useBrowser();
  let page: Page;
  let errors: string[];
  let doc: MapDocument;

  beforeAll(async () => {
    page = await browser.current.newPage({ viewport: { width: 1400, height: 900 } });
    errors = collectPageErrors(page);
    await page.goto(server.current.url);
    await page.fill('#source', readFileSync(SEED, 'utf8'));
    await page.click('#submit');
    await page.waitForURL(/\/maps\/[\w-]+$/);
    await page.waitForSelector('svg#tree [data-post-id]');
    doc = (await (await fetch(`${server.current.url}/api/maps/${page.url().split('/').pop()}`)).json()) as MapDocument;
  }, 60_000);

  it('draws every post of the map, each with its data-post-id', async () => {
    expect((await drawn(page)).sort()).toEqual(doc.posts.map((p) => p.id).sort());
    await screenshot(page, 'tree');
    expect(errors).toEqual([]);
  });

  it('shows a clicked post\'s text in the side panel', async () => {
    const post = doc.posts[2]!;
    await page.click(`svg#tree [data-post-id="${post.id}"]`);
    const panel = page.locator('#post-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect((await panel.locator('.post-text').innerText()).replace(/\s+/g, ' ')).toBe(post.text.replace(/\s+/g, ' '));
    await screenshot(page, 'panel-open');
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
  });

  it('filters to disagreements: the others are hidden, the posts they answer stay as context', async () => {
    const disagrees = filterPredicate(parseFilter('disagreements'))!;
    const parents = new Map(doc.posts.map((p) => [p.id, p.parentId]));
    const expected = new Set<string>();
    for (const post of doc.posts.filter(disagrees)) {
      for (let id: string | null | undefined = post.id; id; id = parents.get(id)) expected.add(id);
    }
    await page.selectOption('#filter', 'disagreements');
    const shown = await drawn(page);
    expect(new Set(shown)).toEqual(expected);
    expect(shown.length).toBeLessThan(doc.posts.length);
    const context = await page.$$eval('svg#tree .node.context', (nodes) => nodes.map((n) => n.getAttribute('data-post-id')));
    expect(context.every((id) => !disagrees(doc.posts.find((p) => p.id === id)!))).toBe(true);
    await page.selectOption('#filter', 'all');
    expect(await drawn(page)).toHaveLength(doc.posts.length);
  });

  it('search finds a post hidden in a collapsed subtree, opens the way to it and steps through hits', async () => {
    const deepest = doc.posts.at(-1)!;
    await page.click('#collapse-all');
    expect(await drawn(page)).not.toContain(deepest.id);
    const word = deepest.text.split(/\s+/).find((w) => w.length > 6)!.replace(/\W+$/, '');
    await page.fill('#search-input', word);
    await expect.poll(() => page.locator(`svg#tree .current-hit`).count()).toBe(1);
    const hits = doc.posts.filter((p) => p.text.toLowerCase().includes(word.toLowerCase()));
    expect(await page.locator('#search-count').innerText()).toBe(`1 of ${hits.length}`);
    expect(await drawn(page)).toEqual(expect.arrayContaining(hits.map((p) => p.id)));
    await page.press('#search-input', 'Enter');
    expect(await page.locator('#search-count').innerText()).toBe(`${hits.length > 1 ? 2 : 1} of ${hits.length}`);
    await page.press('#search-input', 'Escape');
    expect(await page.locator('svg#tree .hit').count()).toBe(0);
  });

  it('moves with the arrows, opens with Enter and closes with Esc', async () => {
    await page.click('#expand-all');
    await page.click('#fit');
    const child = doc.posts.find((p) => p.parentId !== null)!;
    await page.click(`svg#tree [data-post-id="${child.id}"]`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getAttribute('svg#tree .node.selected', 'data-post-id')).toBe(child.parentId);
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('svg#tree .node.selected', 'data-post-id')).toBe(doc.posts.find((p) => p.parentId === child.parentId)!.id);
    await page.keyboard.press('Enter');
    expect(await page.locator('#post-panel').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#post-panel').isVisible()).toBe(false);
  });

  it('reads as an outline, one item per post, and switches back to the tree', async () => {
    await page.click('[data-view="outline"]');
    expect(await page.$$eval('#outline-view [data-post-id]', (n) => n.length)).toBe(doc.posts.length);
    expect(await drawn(page)).toEqual([]); // one element per post id on the page at a time
    await page.click(`#outline-view [data-post-id="${doc.posts[1]!.id}"]`);
    expect(await page.locator('#post-panel .panel-author').isVisible()).toBe(true);
    await page.click('[data-view="tree"]');
    expect(await drawn(page)).toHaveLength(doc.posts.length);
  });

  it('jumps from a summary item to its post', async () => {
    const claim = doc.summary.mainClaims.at(-1)!;
    await page.click(`#summary-panel [data-jump="${claim.postId}"]`);
    expect(await page.getAttribute('svg#tree .node.selected', 'data-post-id')).toBe(claim.postId);
    expect(await page.locator('#post-panel .post-text').innerText()).toContain(claim.text.replace(/…$/, '').slice(0, 40));
    expect(errors).toEqual([]);
  });
});
