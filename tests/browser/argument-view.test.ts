// The Argument view in Chromium, on the seed exchange and on a 483-post Reddit thread: main claims with
// the clashes against them and the grants for them, and a clash clicked through to its sentence.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Clash, MapDocument } from '../../src/model.js';
import { collectPageErrors, hasChromium, screenshot, useBrowser } from '../fixtures/web/browser.js';
import { mapFromText, useTestServer } from '../fixtures/web/server.js';

const SEED = new URL('../../../shared/seeds/001_dc7b200be1058ffb.txt', import.meta.url);
const REDDIT = new URL('../../../shared/fixtures/reddit/announcements_n49rw_were_back.json', import.meta.url);

const sentenceOf = (doc: MapDocument, clash: Clash) => doc.posts.find((p) => p.id === clash.from.postId)!.sentences[clash.from.sentence]!.text;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function openArgumentView(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('svg#tree [data-post-id]');
  await page.click('[data-view="argument"]');
  await page.waitForSelector('#argument-view .claim-card');
}

/** Clicks the clash's item in the view; the panel opens on its post with that sentence highlighted. */
async function clickThrough(page: Page, doc: MapDocument, clash: Clash): Promise<void> {
  const selector = `#argument-view .arg-clash[data-argument-post="${clash.from.postId}"][data-sentence="${clash.from.sentence}"]`;
  await page.locator(selector).first().click();
  const panel = page.locator('#post-panel');
  await expect.poll(() => panel.isVisible()).toBe(true);
  const focused = panel.locator('.post-text .focused');
  await expect.poll(() => focused.count()).toBe(1);
  expect(squash(await focused.innerText())).toBe(squash(sentenceOf(doc, clash)));
}

describe.skipIf(!hasChromium || !existsSync(SEED))('the Argument view on the seed exchange', () => {
  const server = useTestServer();
  const browser = useBrowser();
  let page: Page;
  let errors: string[];
  let doc: MapDocument;

  beforeAll(async () => {
    const map = await mapFromText(server.current.url, readFileSync(SEED, 'utf8'));
    doc = map.doc;
    page = await browser.current.newPage({ viewport: { width: 1400, height: 900 } });
    errors = collectPageErrors(page);
    await openArgumentView(page, `${server.current.url}/maps/${map.id}`);
  }, 60_000);

  it('shows each main claim with the clashes against it, open and resolved marked', async () => {
    const cards = page.locator('#argument-view .claim-card');
    expect(await cards.count()).toBe(doc.argument!.claims.length);
    const texts = await cards.locator('h3 .arg-text').allInnerTexts();
    expect(texts.some((t) => t.startsWith('This I think puts Anthropic in violation of its RSP'))).toBe(true);
    const first = cards.first();
    expect(await first.locator('.arg-con-column .arg-clash').count()).toBe(doc.argument!.claims[0]!.clashes.length);
    expect(await page.locator('#argument-view .arg-mark.open').count()).toBeGreaterThan(0);
    expect(await page.locator('#argument-view .arg-mark.resolved').count()).toBeGreaterThan(0);
    expect(await page.locator('#argument-view .arg-mark.concedes').count()).toBeGreaterThan(0);
    await screenshot(page, 'argument-view-seed');
    expect(errors).toEqual([]);
  });

  it('clicks a clash through to its sentence in its post', async () => {
    const clash = doc.argument!.clashes.find((c) => sentenceOf(doc, c).startsWith('These systems are designed to resist individual operators'))!;
    await clickThrough(page, doc, clash);
    await screenshot(page, 'argument-view-seed-clicked');
    expect(errors).toEqual([]);
  });

  it('leaves the tree working after it, and a speaker works as an author filter', async () => {
    await page.click('[data-view="tree"]');
    await page.waitForSelector('svg#tree [data-post-id]');
    expect(await page.locator('svg#tree [data-post-id]').count()).toBe(doc.posts.length);
    expect(await page.locator('#argument-view').isHidden()).toBe(true);
    const aws = doc.posts.find((p) => p.text.startsWith('These systems are designed'))!;
    await page.selectOption('#filter', 'author:Speaker C');
    const kept = await page.$$eval('svg#tree .node:not(.context)', (nodes) => nodes.map((n) => n.getAttribute('data-post-id')));
    expect(kept).toEqual([aws.id]);
    await page.selectOption('#filter', 'all');
  });
});

describe.skipIf(!hasChromium || !existsSync(REDDIT))('the Argument view on a 483-post Reddit thread', () => {
  const server = useTestServer();
  const browser = useBrowser();

  it('lists the main claims and clicks a clash through to its sentence', async () => {
    const map = await mapFromText(server.current.url, readFileSync(REDDIT, 'utf8'));
    expect(map.doc.posts).toHaveLength(483);
    const page = await browser.current.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = collectPageErrors(page);
    await openArgumentView(page, `${server.current.url}/maps/${map.id}`);
    expect(await page.locator('#argument-view .claim-card').count()).toBe(map.doc.argument!.claims.length);
    await screenshot(page, 'argument-view-reddit');
    const clash = map.doc.argument!.clashes.find((c) => !c.resolved)!;
    await clickThrough(page, map.doc, clash);
    await screenshot(page, 'argument-view-reddit-clicked');
    expect(errors).toEqual([]);
  }, 90_000);
});
