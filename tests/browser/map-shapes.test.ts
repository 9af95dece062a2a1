// Filters, highlights, permalinks and titles in Chromium on three shapes of map: a Something Awful page
// (22 opening posts under a thread node), the seed exchange (one root, pasted text), and a 483-post
// Reddit thread with deleted comments kept as placeholders.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterPredicate, parseFilter } from '../../public/src/filters.js';
import { TAG_COLOURS } from '../../src/layout/palette.js';
import { mapTitle } from '../../src/layout/title.js';
import type { MapDocument, Post } from '../../src/model.js';
import { collectPageErrors, hasChromium, screenshot, useBrowser } from '../fixtures/web/browser.js';
import { mapFromText, useTestServer } from '../fixtures/web/server.js';

const SHARED = new URL('../../../shared/', import.meta.url);
const SA_PAGE = new URL('fixtures/forum-html/somethingawful_vb_coding_horrors.html', SHARED);
const SEED = new URL('seeds/001_dc7b200be1058ffb.txt', SHARED);
const REDDIT = new URL('fixtures/reddit/announcements_n49rw_were_back.json', SHARED);
const HN_STORY = new URL('fixtures/hackernews/algolia_item_1_y_combinator.json', SHARED);
const haveFixtures = [SA_PAGE, SEED, REDDIT, HN_STORY].every((file) => existsSync(file));

const drawn = (page: Page) => page.$$eval('svg#tree [data-post-id]', (nodes) => nodes.map((n) => n.getAttribute('data-post-id')!));

/** What a filter should leave drawn: the posts it keeps and every post on the way up to them. */
function keptWithPaths(doc: MapDocument, keep: (post: Post) => boolean): Set<string> {
  const parents = new Map(doc.posts.map((p) => [p.id, p.parentId]));
  const out = new Set<string>();
  for (const post of doc.posts.filter(keep)) {
    for (let id: string | null | undefined = post.id; id && !out.has(id); id = parents.get(id)) out.add(id);
  }
  return out;
}

/** The zoom of the drawn tree (d3-zoom writes "translate(x,y) scale(k)"). */
const zoomOf = async (page: Page) => Number((await page.getAttribute('svg#tree > g.viewport', 'transform'))!.match(/scale\(([\d.]+)\)/)![1]);

async function openMap(page: Page, base: string, id: string, suffix = ''): Promise<void> {
  await page.goto(`${base}/maps/${id}${suffix}`);
  await page.waitForSelector('body.tree-ready');
}

describe.skipIf(!hasChromium || !haveFixtures)('maps of every shape in the page', () => {
  const server = useTestServer();
  const browser = useBrowser();
  let page: Page;
  let errors: string[];
  const maps = {} as Record<'sa' | 'seed' | 'reddit' | 'hn', { id: string; doc: MapDocument }>;

  beforeAll(async () => {
    const context = await browser.current.newContext({ viewport: { width: 1400, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    page = await context.newPage();
    errors = collectPageErrors(page);
    maps.seed = await mapFromText(server.current.url, readFileSync(SEED, 'utf8'));
    maps.reddit = await mapFromText(server.current.url, readFileSync(REDDIT, 'utf8'));
    maps.hn = await mapFromText(server.current.url, readFileSync(HN_STORY, 'utf8'));
  }, 120_000);
  afterAll(() => {
    expect(errors).toEqual([]);
  });

  it('titles a pasted forum page from the thread as soon as its map is drawn, never from its markup', async () => {
    await page.goto(server.current.url);
    await page.fill('#source', readFileSync(SA_PAGE, 'utf8'));
    await page.click('#submit');
    await page.waitForURL(/\/maps\/[\w-]+$/);
    await page.waitForSelector('body.tree-ready', { timeout: 60_000 });
    const id = page.url().split('/').pop()!;
    maps.sa = { id, doc: (await (await fetch(`${server.current.url}/api/maps/${id}`)).json()) as MapDocument };
    const title = mapTitle(maps.sa.doc)!;
    expect(title).toMatch(/^Coding Horrors/);
    expect(await page.locator('.topbar-title').innerText()).toBe(title);
    expect(await page.title()).toBe(`${title} · Threadmap`);
    expect(await page.title()).not.toMatch(/<|DOCTYPE/i);
  }, 90_000);

  it('filters a page of 22 opening posts: each filter, an author and a participant change what is drawn', async () => {
    const { doc } = maps.sa;
    expect(doc.posts.filter((p) => p.parentId === null).length).toBeGreaterThan(1);
    const all = await drawn(page);
    expect(all).toHaveLength(doc.posts.length);
    for (const value of ['disagreements', 'concessions']) {
      await page.selectOption('#filter', value);
      const shown = await drawn(page);
      expect(new Set(shown)).toEqual(keptWithPaths(doc, filterPredicate(parseFilter(value))!));
      expect(shown.length).toBeLessThan(all.length);
      expect(shown.length).toBeGreaterThan(0);
      if (value === 'concessions') await screenshot(page, 'i12a-sa-only-concessions');
    }
    const busiest = [...doc.summary.participants].filter((p) => p.author).sort((a, b) => b.posts - a.posts)[0]!;
    const byAuthor = (author: string) => keptWithPaths(doc, (post) => post.author === author);
    await page.selectOption('#filter', `author:${busiest.author!}`);
    expect(new Set(await drawn(page))).toEqual(byAuthor(busiest.author!));
    expect(byAuthor(busiest.author!).size).toBeLessThan(all.length);
    await page.selectOption('#filter', 'all');
    expect(await drawn(page)).toHaveLength(all.length);
    const other = doc.summary.participants.find((p) => p.author && p.author !== busiest.author && !/["\\]/.test(p.author))!;
    await page.click(`#summary-panel [data-author="${other.author!}"]`);
    expect(new Set(await drawn(page))).toEqual(byAuthor(other.author!));
    expect(await page.inputValue('#filter')).toBe(`author:${other.author!}`);
    expect(new URL(page.url()).searchParams.get('filter')).toBe(`author:${other.author!}`);
  }, 60_000);

  it('keeps view, filter and search in the address, so a reload shows them again', async () => {
    const { id, doc } = maps.sa;
    await openMap(page, server.current.url, id, '?filter=disagreements');
    const kept = keptWithPaths(doc, filterPredicate(parseFilter('disagreements'))!);
    expect(new Set(await drawn(page))).toEqual(kept);
    expect(await page.inputValue('#filter')).toBe('disagreements');
    await page.fill('#search-input', 'perl');
    await page.click('[data-view="outline"]');
    expect(new URL(page.url()).search).toBe('?filter=disagreements&q=perl&view=outline');
    await page.reload();
    await page.waitForSelector('body.tree-ready');
    expect(await page.inputValue('#search-input')).toBe('perl');
    expect(await page.getAttribute('[data-view="outline"]', 'aria-pressed')).toBe('true');
    expect(await page.$$eval('#outline-view [data-post-id]', (n) => n.length)).toBe(kept.size);
  }, 60_000);

  it('opens the post a #post-<id> link names: panel open, its card on screen, selected', async () => {
    const { id, doc } = maps.seed;
    const target = doc.posts.at(-1)!;
    await openMap(page, server.current.url, id, `#post-${target.id}`);
    expect(await page.locator('#post-panel .panel-author').innerText()).toBe(`post ${target.id}`);
    expect(await page.getAttribute('svg#tree .node.selected', 'data-post-id')).toBe(target.id);
    const card = (await page.locator(`svg#tree [data-post-id="${target.id}"]`).boundingBox())!;
    const tree = (await page.locator('svg#tree').boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(tree.x);
    expect(card.x + card.width).toBeLessThanOrEqual(tree.x + tree.width);
    await screenshot(page, 'i12a-seed-permalink');
    // Another post's link followed inside the page opens that one; the panel's own link names it.
    await page.evaluate((postId) => { window.location.hash = `post-${postId}`; }, doc.posts[1]!.id);
    await expect.poll(() => page.locator('#post-panel .panel-author').innerText()).toBe(`post ${doc.posts[1]!.id}`);
    expect(await page.getAttribute('#post-panel a.permalink', 'href')).toBe(`#post-${doc.posts[1]!.id}`);
    await page.click('#post-panel .copy-link');
    await expect.poll(() => page.locator('#post-panel .permalink-status').innerText()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.current.url}/maps/${id}#post-${doc.posts[1]!.id}`);
  }, 60_000);

  it('paints disagreement and concession over claim, and marks every tag of a sentence', async () => {
    const { id, doc } = maps.seed;
    const mixed = doc.posts.filter((p) => p.sentences.some((s) => s.tags.includes('claim') && (s.tags.includes('concession') || s.tags.includes('disagreement'))));
    expect(mixed.length).toBeGreaterThan(0);
    await openMap(page, server.current.url, id);
    let checked = 0;
    for (const post of mixed) {
      await page.evaluate((postId) => { window.location.hash = `post-${postId}`; }, post.id);
      await expect.poll(() => page.locator('#post-panel .panel-author').innerText()).toBe(`post ${post.id}`);
      const marks = await page.$$eval('#post-panel .sentence', (spans) => spans.map((s) => ({
        tags: s.getAttribute('data-tags')!.split(' '), fill: (s as HTMLElement).style.getPropertyValue('--tag'), split: (s as HTMLElement).style.getPropertyValue('--marks'),
      })));
      for (const mark of marks.filter((m) => m.tags.includes('disagreement') || m.tags.includes('concession'))) {
        expect(mark.fill).toBe(TAG_COLOURS[mark.tags.includes('disagreement') ? 'disagreement' : 'concession']);
        expect(mark.split).toMatch(mark.tags.length > 1 ? /^linear-gradient/ : /^$/);
        checked++;
      }
    }
    expect(checked).toBe(doc.posts.flatMap((p) => p.sentences).filter((s) => s.tags.includes('disagreement') || s.tags.includes('concession')).length);
    await screenshot(page, 'i12a-seed-highlights');
  }, 60_000);

  it('keeps a small tree readable when the panel opens', async () => {
    const { id, doc } = maps.seed;
    await openMap(page, server.current.url, id);
    const before = await zoomOf(page);
    await page.click(`svg#tree [data-post-id="${doc.posts[0]!.id}"]`);
    await expect.poll(() => page.locator('#post-panel').isVisible()).toBe(true);
    // Fit never goes below the legible floor (LEGIBLE_FIT_SCALE in public/src/tree-view.ts), nor below where it was.
    expect(await zoomOf(page)).toBeGreaterThanOrEqual(Math.min(before, 0.55) - 0.001);
  }, 60_000);

  it('on a 483-post thread: filters cut the tree to the clashes, badges keep disagreements, deleted posts say so', async () => {
    const { id, doc } = maps.reddit;
    expect(doc.posts.length).toBeGreaterThanOrEqual(480);
    await openMap(page, server.current.url, id);
    expect(await page.title()).toBe("We're back · Threadmap");
    const opened = await drawn(page);
    for (const value of ['disagreements', 'concessions']) {
      await page.selectOption('#filter', value);
      const shown = await drawn(page);
      expect(new Set(shown)).toEqual(keptWithPaths(doc, filterPredicate(parseFilter(value))!));
      expect(shown.length).toBeLessThan(doc.posts.length * 0.3);
      expect(shown.length).not.toBe(opened.length);
    }
    await page.selectOption('#filter', 'all');
    await page.click('#expand-all');
    const withDisagreement = await page.$$eval('svg#tree g.node[data-post-id]', (cards) => cards.map((card) => ({
      id: card.getAttribute('data-post-id')!, badge: card.querySelector('.badge-disagreement') !== null,
    })));
    const disagreeing = new Set(doc.posts.filter((p) => p.sentences.some((s) => s.tags.includes('disagreement'))).map((p) => p.id));
    const cardsOfDisagreeing = withDisagreement.filter((card) => disagreeing.has(card.id));
    expect(cardsOfDisagreeing.length).toBeGreaterThan(0);
    expect(cardsOfDisagreeing.every((card) => card.badge)).toBe(true);
    const gone = doc.posts.find((p) => p.placeholder)!;
    await page.evaluate((postId) => { window.location.hash = `post-${postId}`; }, gone.id);
    await expect.poll(() => page.locator('#post-panel .stance-pill').innerText()).toBe('deleted');
    expect(await page.locator(`svg#tree [data-post-id="${gone.id}"] .card-stance-label`).textContent()).toBe('deleted');
    await screenshot(page, 'i12a-reddit-deleted');
  }, 60_000);

  it('shows a link post\'s title and link, not "(no text)"', async () => {
    const { id, doc } = maps.hn;
    const story = doc.posts[0]!;
    await openMap(page, server.current.url, id, `#post-${story.id}`);
    expect(await page.locator(`svg#tree [data-post-id="${story.id}"] .card-snippet`).first().textContent()).toBe('Y Combinator');
    expect(await page.locator('#post-panel .panel-link').innerText()).toBe('Y Combinator ↗ ycombinator.com');
    expect(await page.getAttribute('#post-panel .panel-link a', 'href')).toBe('http://ycombinator.com/');
  }, 60_000);
});
