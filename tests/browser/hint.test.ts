// The "Drag to pan…" hint: on a big thread the tree fills every corner of its view, so the hint must
// never be drawn over the cards, however the tree is opened, fitted or panned.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateHnThread } from '../../bench/generate-thread.mjs';
import { hasChromium, useBrowser } from '../fixtures/web/browser.js';
import { mapFromText, useTestServer } from '../fixtures/web/server.js';

interface Box { left: number; top: number; right: number; bottom: number }
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.skipIf(!hasChromium)('the drag hint on a big thread', () => {
  const server = useTestServer();
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    const map = await mapFromText(server.current.url, JSON.stringify(generateHnThread(600, 3)));
    page = await browser.current.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.current.url}/maps/${map.id}`);
    await page.waitForSelector('svg#tree [data-post-id]');
  }, 60_000);

  /** The boxes of the hint, the tree and the cards wholly on screen. */
  const screenBoxes = () => page.evaluate(() => {
    const hint = document.querySelector('.tree-view .hint')!.getBoundingClientRect();
    const tree = document.getElementById('tree')!.getBoundingClientRect();
    const cards = [...document.querySelectorAll('#tree [data-post-id] .card-bg')].map((card) => card.getBoundingClientRect())
      .filter((card) => card.left >= tree.left && card.right <= tree.right && card.top >= tree.top && card.bottom <= tree.bottom);
    return { hint: hint.toJSON() as DOMRect, tree: tree.toJSON() as DOMRect, cards: cards.map((card) => card.toJSON() as DOMRect) };
  });

  /** Drag the tree so that the card nearest its top-right corner fills that corner (where the hint once sat). */
  async function panCardToCorner(): Promise<void> {
    const { tree, cards } = await screenBoxes();
    const card = cards.reduce((best, c) => (c.right - c.top > best.right - best.top ? c : best));
    const from = { x: card.left + card.width / 2, y: card.top + card.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + (tree.right - 4 - card.right), from.y + (tree.top + 4 - card.top), { steps: 8 });
    await page.mouse.up();
  }

  it.each([['as it opens', 'open'], ['expanded and fitted', 'fitted'], ['panned to put a card in its corner', 'panned'], ['with the legend open', 'legend']])('covers no card %s', async (_label, state) => {
    if (state === 'fitted') {
      await page.click('#expand-all');
      await page.click('#fit');
    }
    if (state === 'panned') await panCardToCorner();
    if (state === 'legend') await page.click('#legend summary');
    const { hint, cards } = await screenBoxes();
    await page.screenshot({ path: `/work/screens/literal-pipeline/hint-${state}.png` });
    expect(hint.width, 'the hint is shown').toBeGreaterThan(0);
    expect(cards.length, 'cards are on screen').toBeGreaterThan(0);
    expect(cards.filter((card) => overlaps(hint, card))).toEqual([]);
  }, 60_000);
});
