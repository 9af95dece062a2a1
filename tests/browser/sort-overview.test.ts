// Reading big threads: sorting replies reorders the drawn siblings (a 483-post Reddit thread, a
// multi-root Something Awful page, the seed exchange); the overview moves the view and follows it;
// Fit on a big tree keeps its cards readable.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapDocument, Post } from '../../src/model.js';
import { collectPageErrors, hasChromium, screenshot, useBrowser } from '../fixtures/web/browser.js';
import { mapFromText, useTestServer } from '../fixtures/web/server.js';

const SHARED = new URL('../../../shared/', import.meta.url);
const REDDIT = new URL('fixtures/reddit/announcements_n49rw_were_back.json', SHARED);
const FORUM = new URL('fixtures/forum-html/somethingawful_vb_coding_horrors.html', SHARED);
const SEED = new URL('seeds/001_dc7b200be1058ffb.txt', SHARED);

/** The drawn cards whose post has `parentId`, top to bottom (the tree grows left to right). */
function drawnChildren(page: Page, parentId: string | null, doc: MapDocument): Promise<string[]> {
  const ids = doc.posts.filter((p) => p.parentId === parentId).map((p) => p.id);
  return page.$$eval('svg#tree [data-post-id]', (nodes, wanted) => nodes
    .filter((n) => wanted.includes(n.getAttribute('data-post-id')!))
    .map((n) => ({ id: n.getAttribute('data-post-id')!, y: n.getBoundingClientRect().top }))
    .sort((a, b) => a.y - b.y)
    .map((n) => n.id), ids);
}

async function openMap(page: Page, base: string, text: string): Promise<MapDocument> {
  const map = await mapFromText(base, text);
  await page.goto(`${base}/maps/${map.id}`);
  await page.waitForSelector('svg#tree [data-post-id]');
  return map.doc;
}

const byId = (doc: MapDocument) => new Map(doc.posts.map((p) => [p.id, p]));

describe.skipIf(!hasChromium || !existsSync(REDDIT))('a 483-post Reddit thread: sort, overview, fit', () => {
  const server = useTestServer();
  const browser = useBrowser();
  let page: Page;
  let doc: MapDocument;
  let errors: string[];

  beforeAll(async () => {
    page = await browser.current.newPage({ viewport: { width: 1400, height: 900 } });
    errors = collectPageErrors(page);
    doc = await openMap(page, server.current.url, readFileSync(REDDIT, 'utf8'));
    expect(doc.posts.length).toBeGreaterThanOrEqual(480);
  }, 60_000);

  it('puts the top-scored replies first under "Top score", and back under "Thread order"', async () => {
    const root = doc.posts.find((p) => p.parentId === null)!;
    const posts = byId(doc);
    const before = await drawnChildren(page, root.id, doc);
    await page.selectOption('#sort', 'score');
    const sorted = await drawnChildren(page, root.id, doc);
    expect(sorted.length).toBeGreaterThan(3);
    const scores = sorted.map((id) => posts.get(id)!.score!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(sorted).not.toEqual(before);
    // The view goes to the top of the new order: the best-scored reply is on screen.
    const best = doc.posts.filter((p) => p.parentId === root.id).reduce((a, b) => (b.score! > a.score! ? b : a));
    const svg = (await page.locator('svg#tree').boundingBox())!;
    const card = (await page.locator(`svg#tree [data-post-id="${best.id}"]`).boundingBox())!;
    expect(card.y).toBeGreaterThanOrEqual(svg.y);
    expect(card.y + card.height).toBeLessThanOrEqual(svg.y + svg.height);
    await screenshot(page, 'i12b-reddit-top-score');
    await page.selectOption('#sort', 'thread');
    expect(await drawnChildren(page, root.id, doc)).toEqual(before);
  });

  it('moves the view where the overview is clicked or dragged, and moves its frame when the tree is panned', async () => {
    await page.click('#expand-all');
    const overview = page.locator('#overview');
    expect(await overview.isVisible()).toBe(true);
    const box = (await overview.locator('canvas').boundingBox())!;
    const frameCentre = async () => {
      const f = (await page.locator('.overview-frame').boundingBox())!;
      return { x: f.x + f.width / 2, y: f.y + f.height / 2 };
    };
    const onScreen = () => page.$$eval('svg#tree [data-post-id]', (nodes) => {
      const svg = document.getElementById('tree')!.getBoundingClientRect();
      return nodes.filter((n) => { const r = n.getBoundingClientRect(); return r.bottom > svg.top && r.top < svg.bottom && r.right > svg.left && r.left < svg.right; })
        .map((n) => n.getAttribute('data-post-id')!);
    });
    const before = await onScreen();
    // A click near the bottom of the box: the view goes to the end of the tree, the frame with it.
    const target = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.92 };
    await page.mouse.click(target.x, target.y);
    const after = await onScreen();
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((id) => before.includes(id))).toEqual([]);
    const moved = await frameCentre();
    expect(Math.abs(moved.y - target.y)).toBeLessThan(3);
    await screenshot(page, 'i12b-reddit-overview-click');
    // Dragging in the box carries the view along.
    await page.mouse.move(target.x, target.y);
    await page.mouse.down();
    await page.mouse.move(target.x, box.y + box.height * 0.5, { steps: 5 });
    await page.mouse.up();
    expect(Math.abs((await frameCentre()).y - (box.y + box.height * 0.5))).toBeLessThan(3);
    // Panning the tree up (dragging the mouse upward) moves the frame down the overview.
    const svg = (await page.locator('svg#tree').boundingBox())!;
    const start = await frameCentre();
    await page.mouse.move(svg.x + 300, svg.y + 600);
    await page.mouse.down();
    await page.mouse.move(svg.x + 300, svg.y + 200, { steps: 8 });
    await page.mouse.up();
    expect((await frameCentre()).y).toBeGreaterThan(start.y + 1);
  });

  it('fits the expanded tree to its width with cards still readable, not a column of slivers', async () => {
    await page.click('#fit');
    const scale = await page.$eval('svg#tree g.viewport', (g) => Number(/scale\(([\d.]+)/.exec(g.getAttribute('transform')!)![1]));
    expect(scale).toBeGreaterThanOrEqual(0.55);
    expect(await page.locator('svg#tree g.node.mini').count()).toBe(0);
    expect(await page.locator('svg#tree g.node:not(.mini)').count()).toBeGreaterThan(5);
    await screenshot(page, 'i12b-reddit-fit');
    await page.click('#toggle-overview');
    expect(await page.locator('#overview').isVisible()).toBe(false);
    await page.click('#toggle-overview');
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!hasChromium || !existsSync(FORUM) || !existsSync(SEED))('sorting a multi-root forum page and the seed', () => {
  const server = useTestServer();
  const browser = useBrowser();
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    page = await browser.current.newPage({ viewport: { width: 1400, height: 900 } });
    errors = collectPageErrors(page);
  }, 30_000);

  it('orders a forum page\'s opening posts newest first, then oldest first', async () => {
    const doc = await openMap(page, server.current.url, readFileSync(FORUM, 'utf8'));
    const roots = doc.posts.filter((p) => p.parentId === null);
    expect(roots.length).toBeGreaterThan(1);
    const time = (id: string) => Date.parse(byId(doc).get(id)!.createdAt!);
    await page.selectOption('#sort', 'newest');
    const newest = await drawnChildren(page, null, doc);
    expect(newest.length).toBe(roots.length);
    expect(newest.map(time)).toEqual(newest.map(time).sort((a, b) => b - a));
    await screenshot(page, 'i12b-forum-newest');
    await page.selectOption('#sort', 'oldest');
    const oldest = await drawnChildren(page, null, doc);
    expect(oldest.map(time)).toEqual(oldest.map(time).sort((a, b) => a - b));
    expect(oldest).not.toEqual(newest);
  }, 60_000);

  it('puts the seed\'s most contested reply first: the one drawing the most replies and pushback', async () => {
    const doc = await openMap(page, server.current.url, readFileSync(SEED, 'utf8'));
    const replies = (id: string): Post[] => doc.posts.filter((p) => p.parentId === id);
    // Replies below at any depth, plus the disagreement-tagged sentences in them.
    const contest = (id: string): number => replies(id).reduce((sum, r) => sum + 1 + r.sentences.filter((s) => s.tags.includes('disagreement')).length + contest(r.id), 0);
    const parent = doc.posts.find((p) => replies(p.id).length > 1 && new Set(replies(p.id).map((r) => contest(r.id))).size > 1)!;
    await page.selectOption('#sort', 'contested');
    const order = await drawnChildren(page, parent.id, doc);
    expect(order.map(contest)).toEqual(order.map(contest).sort((a, b) => b - a));
    expect(order).toHaveLength(replies(parent.id).length);
    await screenshot(page, 'i12b-seed-contested');
    expect(errors).toEqual([]);
  }, 60_000);
});
