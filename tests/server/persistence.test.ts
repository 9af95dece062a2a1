// What the store keeps: a map's permalink across a restart, an honest end for analyses a restart cut
// short, and fetched pages, so the same URL analysed twice is downloaded once.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { createMapStore } from '../../src/store/maps.js';
import { startFixtureServer } from '../helpers/fixture-server.js';
import { postJson, startTestServer, temporaryDatabase, waitForMap } from '../fixtures/web/server.js';

const SEED = new URL('../../../shared/seeds/001_dc7b200be1058ffb.txt', import.meta.url);

describe('the store behind the server', () => {
  const db = temporaryDatabase();
  afterAll(() => db.remove());

  it('keeps a map through a restart: same document, same permalink page', async () => {
    const first = await startTestServer(db.dbPath);
    const created = await postJson(first.url, '/api/maps', { text: 'Cats are better than dogs.\n\nI disagree, dogs are loyal.' });
    const cookie = created.headers.get('set-cookie')!.split(';')[0]!; // the home page lists this browser's maps
    const { id } = (await created.json()) as { id: string };
    const before = await (await waitForMap(first.url, id)).text();
    await first.close();

    const second = await startTestServer(db.dbPath);
    try {
      const after = await fetch(`${second.url}/api/maps/${id}`);
      expect(after.status).toBe(200);
      expect(await after.text()).toBe(before);
      const page = await fetch(`${second.url}/maps/${id}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`data-map-id="${id}"`);
      expect(await (await fetch(`${second.url}/`, { headers: { cookie } })).text()).toContain(`href="/maps/${id}"`);
    } finally {
      await second.close();
    }
  }, 30_000);

  it('fails an analysis the last run left unfinished, with a sentence saying so', async () => {
    const handle = openDatabase(db.dbPath);
    createMapStore(handle).create('cut-short', { text: 'never finished' });
    handle.close();
    const server = await startTestServer(db.dbPath);
    try {
      const response = await fetch(`${server.url}/api/maps/cut-short`);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: 'The server restarted before this analysis finished; please submit the thread again.' });
      expect(server.logs).toContain('1 unfinished analyses from the last run marked as failed');
    } finally {
      await server.close();
    }
  });

  it.skipIf(!existsSync(SEED))('fetches a URL analysed twice only once, even across a restart', async () => {
    const site = await startFixtureServer({
      '/thread.txt': { headers: { 'content-type': 'text/plain; charset=utf-8' }, body: readFileSync(SEED, 'utf8') },
    });
    const url = `${site.origin}/thread.txt`;
    try {
      for (let run = 0; run < 2; run++) {
        const server = await startTestServer(db.dbPath, { allowHosts: ['127.0.0.1'] });
        const { id } = (await (await postJson(server.url, '/api/maps', { url })).json()) as { id: string };
        const response = await waitForMap(server.url, id);
        expect(response.status).toBe(200);
        expect(((await response.json()) as { source: { url: string } }).source.url).toBe(url);
        await server.close();
      }
      expect(site.hits('/thread.txt')).toBe(1);
    } finally {
      await site.close();
    }
  }, 30_000);
});
