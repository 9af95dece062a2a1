// A 600-post thread: it opens collapsed below depth 2 with "+N replies", a toggle opens one subtree,
// and with everything open only the cards near the screen are drawn while search still reaches any post.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateHnThread } from '../../bench/generate-thread.mjs';
import type { MapDocument } from '../../src/model.js';
import { collectPageErrors, hasChromium, useBrowser } from '../fixtures/web/browser.js';
import { mapFromText, useTestServer } from '../fixtures/web/server.js';

describe.skipIf(!hasChromium)('a 600-post thread in the page', () => {
  const server = useTestServer();
  const browser = useBrowser();
  let page: Page;
  let doc: MapDocument;
  let errors: string[];
  const depth = new Map<string, number>();
  const replies = new Map<string, number>();

  beforeAll(async () => {
    const map = await mapFromText(server.current.url, JSON.stringify(generateHnThread(600, 7)));
    doc = map.doc;
    const parent = new Map(doc.posts.map((p) => [p.id, p.parentId]));
    for (const post of doc.posts) {
      depth.set(post.id, post.parentId === null ? 0 : depth.get(post.parentId)! + 1);
      for (let up = post.parentId; up; up = parent.get(up) ?? null) replies.set(up, (replies.get(up) ?? 0) + 1);
    }
    page = await browser.current.newPage({ viewport: { width: 1400, height: 900 } });
    errors = collectPageErrors(page);
    await page.goto(`${server.current.url}/maps/${map.id}`);
    await page.waitForSelector('svg#tree [data-post-id]');
  }, 60_000);

  const drawn = () => page.$$eval('svg#tree [data-post-id]', (nodes) => nodes.map((n) => n.getAttribute('data-post-id')!));

  it('opens with replies below depth 2 folded into "+N replies"', async () => {
    expect((await drawn()).every((id) => depth.get(id)! <= 2)).toBe(true);
    const folded = await page.$$eval('svg#tree .node:has(.toggle-closed)', (nodes) => nodes.map((n) => ({ id: n.getAttribute('data-post-id')!, label: n.querySelector('.toggle-closed text')!.textContent! })));
    expect(folded.length).toBeGreaterThan(0);
    for (const { id, label } of folded) expect(label).toBe(`+${replies.get(id)} ${replies.get(id) === 1 ? 'reply' : 'replies'}`);
  });

  it('lists the first 50 of a long summary list, and all of it on "Show all"', async () => {
    const long = [doc.summary.concessions, doc.summary.openDisagreements, doc.summary.participants].find((list) => list.length > 50);
    expect(long, 'a 600-post thread has a summary list over 50').toBeDefined();
    const sections = page.locator('#summary-panel .summary-section');
    const index = await sections.evaluateAll((all) => all.findIndex((s) => s.querySelector('.show-all')));
    const section = sections.nth(index);
    expect(await section.locator('li').count()).toBe(51);
    await section.locator('.show-all').click();
    expect(await section.locator('li').count()).toBe(Number(await section.locator('.count').innerText()));
  });

  it('opens one subtree from its toggle', async () => {
    // A toggle on screen (cards just outside it are drawn too, ready for a pan).
    const id = await page.evaluate(() => {
      const box = document.getElementById('tree')!.getBoundingClientRect();
      const inside = (r: DOMRect) => r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
      return [...document.querySelectorAll('#tree .toggle-closed')].find((t) => inside(t.getBoundingClientRect()))!.closest('[data-post-id]')!.getAttribute('data-post-id');
    });
    await page.click(`svg#tree [data-post-id="${id}"] .toggle-closed`);
    const children = doc.posts.filter((p) => p.parentId === id).map((p) => p.id);
    expect(await drawn()).toEqual(expect.arrayContaining(children));
  });

  it('draws only the cards near the screen with everything open, and search still reaches the deepest post', async () => {
    await page.click('#expand-all');
    const count = (await drawn()).length;
    expect(count).toBeGreaterThan(5);
    expect(count).toBeLessThan(doc.posts.length / 2);
    const deepest = doc.posts.reduce((a, b) => (depth.get(b.id)! > depth.get(a.id)! ? b : a));
    await page.fill('#search-input', deepest.text.slice(-40));
    await expect.poll(() => page.getAttribute('svg#tree .current-hit', 'data-post-id')).toBe(deepest.id);
    expect(errors).toEqual([]);
  });
});
