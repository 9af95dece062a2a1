// The saved HTML export, opened from a file:// address with no server: its filters, participants and
// post links work on a map with many opening posts (a Something Awful page), as on the server's page.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterPredicate, parseFilter } from '../../public/src/filters.js';
import { renderHtml } from '../../src/export/html.js';
import { mapTitle } from '../../src/layout/title.js';
import type { MapDocument } from '../../src/model.js';
import { analyze } from '../../src/pipeline.js';
import { collectPageErrors, hasChromium, screenshot, useBrowser } from '../fixtures/web/browser.js';

const SA_PAGE = new URL('../../../shared/fixtures/forum-html/somethingawful_vb_coding_horrors.html', import.meta.url);
const drawn = (page: Page) => page.$$eval('svg#tree [data-post-id]', (nodes) => nodes.map((n) => n.getAttribute('data-post-id')!));

describe.skipIf(!hasChromium || !existsSync(SA_PAGE))('the offline HTML export of a page with many opening posts', () => {
  const browser = useBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'threadmap-offline-'));
  let doc: MapDocument;
  let page: Page;
  let errors: string[];
  let fileUrl: string;

  beforeAll(async () => {
    doc = await analyze({ text: readFileSync(SA_PAGE, 'utf8') });
    const file = join(dir, 'coding-horrors.html');
    writeFileSync(file, renderHtml(doc));
    fileUrl = pathToFileURL(file).href;
    page = await browser.current.newPage({ viewport: { width: 1400, height: 900 } });
    errors = collectPageErrors(page);
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await page.goto(fileUrl);
    await page.waitForSelector('body.tree-ready');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is titled from the thread and filters to disagreements, concessions and one author', async () => {
    expect(await page.title()).toBe(`${mapTitle(doc)} · Threadmap`);
    const all = await drawn(page);
    expect(all).toHaveLength(doc.posts.length);
    for (const value of ['disagreements', 'concessions']) {
      await page.selectOption('#filter', value);
      const kept = doc.posts.filter(filterPredicate(parseFilter(value))!);
      const shown = await drawn(page);
      expect(shown.length).toBeLessThan(all.length);
      expect(shown).toEqual(expect.arrayContaining(kept.map((p) => p.id)));
    }
    await screenshot(page, 'i12a-offline-only-concessions');
    const author = doc.summary.participants.find((p) => p.author && p.posts > 1 && !/["\\]/.test(p.author))!;
    await page.click(`#summary-panel [data-author="${author.author!}"]`);
    const shown = await drawn(page);
    expect(shown).toEqual(expect.arrayContaining(doc.posts.filter((p) => p.author === author.author).map((p) => p.id)));
    expect(shown.length).toBeLessThan(all.length);
    await page.selectOption('#filter', 'all');
    expect(await drawn(page)).toHaveLength(all.length);
    expect(errors).toEqual([]);
  }, 60_000);

  it('opens the post a #post-<id> address names, and the address keeps the filter', async () => {
    const target = doc.posts.filter(filterPredicate(parseFilter('concessions'))!).at(-1)!;
    await page.goto(`${fileUrl}?filter=concessions#post-${encodeURIComponent(target.id)}`);
    await page.waitForSelector('body.tree-ready');
    await expect.poll(() => page.getAttribute('svg#tree .node.selected', 'data-post-id')).toBe(target.id);
    expect(await page.inputValue('#filter')).toBe('concessions');
    expect((await drawn(page)).length).toBeLessThan(doc.posts.length);
    await page.selectOption('#filter', 'disagreements');
    expect(new URL(page.url()).search).toBe('?filter=disagreements');
    expect((await page.locator('#post-panel .post-text').innerText()).replace(/\s+/g, ' ').trim()).toBe(target.text.replace(/\s+/g, ' ').trim());
    expect(errors).toEqual([]);
  }, 60_000);
});
