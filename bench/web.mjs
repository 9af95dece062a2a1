// `npm run bench:web`: the page on a generated 5,000-post thread in Chromium, with the overview on.
// Measures the time to the first drawn tree (from navigation), expand-all, a filter, a sort, a search,
// a click on the overview and fit-to-screen with everything open, each up to the second animation
// frame after it (the frame that shows it). Targets: first tree < 0.5 s, each interaction < 100 ms.
// A thread too big to upload (over the server's body limit) stops the run with the server's answer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../dist/server/server.js';
import { generateHnThread } from './generate-thread.mjs';

const POSTS = Number(process.env.BENCH_POSTS ?? 5000);
const dir = mkdtempSync(join(tmpdir(), 'threadmap-bench-'));
const server = await startServer({ port: 0, host: '127.0.0.1', dbPath: join(dir, 'bench.db') });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Runs `action` in the page and returns the ms until the second frame after it has been painted. */
function timeInPage(page, action) {
  return page.evaluate(async (source) => {
    const start = performance.now();
    new Function(source)();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - start;
  }, action);
}

/** A real click in the overview (low down, so the view moves): ms from the press to the second frame after it. */
async function overviewClick(page) {
  const box = await page.locator('#overview canvas').boundingBox();
  await page.evaluate(() => document.addEventListener('pointerdown', () => { window.__pressed = performance.now(); }, { capture: true, once: true }));
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.8);
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - window.__pressed)))));
}

/**
 * Everything open, from the search hit's zoom (0.8) out to the farthest zoom that still draws full
 * cards (~0.35), then dragged across the screen: the frames' intervals while panning, and how many cards were drawn.
 */
async function panFrames(page) {
  await page.evaluate(() => document.querySelector('#search-input').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));
  const box = await page.locator('svg#tree').boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.evaluate(() => document.getElementById('search-input').blur());
  await page.mouse.wheel(0, 600);
  await page.waitForTimeout(100);
  const cards = await page.locator('svg#tree g.node:not(.mini)').count();
  await page.evaluate(() => {
    window.__frames = [];
    const tick = (t) => { window.__frames.push(t); if (window.__frames.length < 400) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  await page.mouse.down();
  for (let step = 1; step <= 40; step++) await page.mouse.move(x - step * 12, y - step * 8);
  await page.mouse.up();
  const frames = await page.evaluate(() => window.__frames);
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  return { panCards: cards, panWorst: Math.max(...gaps), panMean: gaps.reduce((a, b) => a + b, 0) / gaps.length };
}

try {
  let started = performance.now();
  const body = JSON.stringify({ text: JSON.stringify(generateHnThread(POSTS)) });
  const created = await fetch(`${server.url}/api/maps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const answer = await created.json();
  if (!created.ok) {
    throw new Error(`The server refused the generated ${POSTS}-post thread (${(Buffer.byteLength(body) / 1048576).toFixed(1)} MB body): ${created.status} ${answer.error}`);
  }
  const { id } = answer;
  let response;
  while ((response = await fetch(`${server.url}/api/maps/${id}`)).status === 202) await new Promise((r) => setTimeout(r, 100));
  const doc = await response.json();
  if (!response.ok) throw new Error(`The analysis of the generated ${POSTS}-post thread failed: ${response.status} ${doc.error}`);
  const analysisMs = performance.now() - started;

  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const rows = [];
  for (let run = 0; run < 3; run++) {
    await page.goto(`${server.url}/maps/${id}`);
    await page.waitForFunction(() => performance.getEntriesByName('threadmap:tree-drawn').length > 0);
    const firstTree = await page.evaluate(() => performance.getEntriesByName('threadmap:tree-drawn')[0].startTime);
    const initialCards = await page.locator('svg#tree [data-post-id]').count();
    if (!(await page.locator('#overview').isVisible())) throw new Error('The overview is not showing; the benchmark measures the page with it on.');
    const expandAll = await timeInPage(page, "document.getElementById('expand-all').click()");
    const filter = await timeInPage(page, "const s = document.getElementById('filter'); s.value = 'disagreements'; s.dispatchEvent(new Event('change'))");
    const clear = await timeInPage(page, "const s = document.getElementById('filter'); s.value = 'all'; s.dispatchEvent(new Event('change'))");
    const search = await timeInPage(page, "const i = document.getElementById('search-input'); i.value = 'tiny sample'; i.dispatchEvent(new Event('input'))");
    const hits = await page.locator('#search-count').innerText();
    const pan = await panFrames(page);
    const sort = await timeInPage(page, "const s = document.getElementById('sort'); s.value = 'contested'; s.dispatchEvent(new Event('change'))");
    const unsort = await timeInPage(page, "const s = document.getElementById('sort'); s.value = 'thread'; s.dispatchEvent(new Event('change'))");
    const overview = await overviewClick(page);
    const fitAll = await timeInPage(page, "document.getElementById('fit').click()");
    rows.push({ firstTree, initialCards, expandAll, filter, clear, search, hits, sort, unsort, overview, fitAll, ...pan });
  }
  const best = (key) => Math.min(...rows.map((row) => row[key]));
  const ms = (value) => `${value.toFixed(0).padStart(6)} ms`;
  console.log(`Threadmap web benchmark: ${doc.posts.length} posts (generated ${POSTS}-comment thread), Chromium ${browser.version()}`);
  console.log(`  analysis (worker, incl. queue)   ${ms(analysisMs)}`);
  console.log(`  first drawn tree (navigation →)  ${ms(best('firstTree'))}   target < 500 ms   (${rows[0].initialCards} cards drawn at first)`);
  console.log(`  expand all                       ${ms(best('expandAll'))}   target < 100 ms`);
  console.log(`  filter: only disagreements       ${ms(best('filter'))}   target < 100 ms`);
  console.log(`  filter: back to all posts        ${ms(best('clear'))}   target < 100 ms`);
  console.log(`  search "tiny sample"             ${ms(best('search'))}   target < 100 ms   (${rows[0].hits})`);
  console.log(`  sort: most contested             ${ms(best('sort'))}   target < 100 ms`);
  console.log(`  sort: back to thread order       ${ms(best('unsort'))}   target < 100 ms`);
  console.log(`  overview click (view moves)      ${ms(best('overview'))}   target < 100 ms`);
  console.log(`  fit to screen, all ${doc.posts.length} open     ${ms(best('fitAll'))}`);
  const worst = Math.max(...rows.map((row) => row.panWorst));
  console.log(`  pan with everything open         ${ms(best('panMean'))} mean frame, worst ${worst.toFixed(0)} ms   (${rows[0].panCards} full cards drawn)`);
  console.log(`  (best of ${rows.length} runs; every run: ${rows.map((r) => r.firstTree.toFixed(0)).join(', ')} ms to first tree)`);
} catch (error) {
  console.error(`bench:web stopped: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
