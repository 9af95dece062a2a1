// The JSON API against a real server: create a map, watch it work (202 and events), read it, export it.
import { existsSync, readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapDocument } from '../../src/model.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { postJson, readEvents, startTestServer, temporaryDatabase, waitForMap, type TestServer } from '../fixtures/web/server.js';

const SEED = new URL('../../../shared/seeds/001_dc7b200be1058ffb.txt', import.meta.url);

describe.skipIf(!existsSync(SEED))('map API', () => {
  const db = temporaryDatabase();
  const seedText = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  let server: TestServer;
  let site: FixtureServer;
  let seedMap: { id: string; doc: MapDocument };

  beforeAll(async () => {
    // A thread that takes a moment to download, so the map is seen working.
    site = await startFixtureServer({
      '/slow-thread.txt': async (_req, res) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(seedText);
      },
    });
    server = await startTestServer(db.dbPath, { allowHosts: ['127.0.0.1'] });
    const created = await postJson(server.url, '/api/maps', { text: seedText });
    const { id } = (await created.json()) as { id: string };
    seedMap = { id, doc: (await (await waitForMap(server.url, id)).json()) as MapDocument };
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await site?.close();
    db.remove();
  });

  it('creates a map from pasted text: 201 with its id and permalink', async () => {
    const response = await postJson(server.url, '/api/maps', { text: seedText });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; href: string };
    expect(body.href).toBe(`/maps/${body.id}`);
    expect(response.headers.get('location')).toBe(body.href);
    expect((await waitForMap(server.url, body.id)).status).toBe(200);
  });

  it('answers 200 with the threadmap/1 document once done', () => {
    const { doc } = seedMap;
    expect(doc.schema).toBe('threadmap/1');
    expect(doc.source.kind).toBe('text');
    expect(doc.posts.length).toBeGreaterThan(3);
    const ids = new Set(doc.posts.map((p) => p.id));
    for (const post of doc.posts) if (post.parentId !== null) expect(ids.has(post.parentId)).toBe(true);
  });

  it('answers 202 with the stage while working, and streams the same progress as events', async () => {
    const created = await postJson(server.url, '/api/maps', { url: `${site.origin}/slow-thread.txt` });
    const { id } = (await created.json()) as { id: string };
    const working = await fetch(`${server.url}/api/maps/${id}`);
    expect(working.status).toBe(202);
    expect(await working.json()).toMatchObject({ status: 'working', stage: expect.any(String), done: expect.any(Number), total: expect.any(Number) });
    const { contentType, events } = await readEvents(`${server.url}/api/maps/${id}/events`);
    expect(contentType).toMatch(/^text\/event-stream/);
    expect(events[0]).toMatchObject({ event: 'progress', data: { status: 'working' } });
    expect(events.map((e) => e.event)).toContain('progress');
    expect(events.at(-1)).toEqual({ event: 'done', data: { status: 'done', href: `/maps/${id}`, posts: expect.any(Number) } });
    expect((await fetch(`${server.url}/api/maps/${id}`)).status).toBe(200);
  }, 30_000);

  it('ends the event stream of a finished map with one done event', async () => {
    const { events } = await readEvents(`${server.url}/api/maps/${seedMap.id}/events`);
    expect(events).toEqual([{ event: 'done', data: { status: 'done', href: `/maps/${seedMap.id}`, posts: seedMap.doc.posts.length } }]);
  });

  it('exports every format as a download that parses', async () => {
    const get = async (format: string) => {
      const response = await fetch(`${server.url}/api/maps/${seedMap.id}/export?format=${format}`);
      expect(response.status, format).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="?threadmap-${seedMap.id}\\.`));
      return { type: response.headers.get('content-type'), body: await response.text() };
    };
    const json = await get('json');
    expect(JSON.parse(json.body)).toEqual(seedMap.doc);
    const md = await get('md');
    expect(md.type).toMatch(/^text\/markdown/);
    expect(md.body).toMatch(/^# /);
    // Argdown and AIF are at argument level: sentences as statements / I-nodes, clashes as attacks / CA nodes.
    const argument = seedMap.doc.argument!;
    const argdown = await get('argdown');
    for (const claim of argument.claims) expect(argdown.body).toContain(`[${claim.postId} s${claim.sentence}]: `);
    expect(argdown.body.match(/^ {2}- \[/gm)).toHaveLength(argument.clashes.length);
    const aif = JSON.parse((await get('aif')).body) as { nodes: { type: string }[]; edges: unknown[] };
    expect(aif.nodes.filter((n) => n.type === 'L')).toHaveLength(seedMap.doc.posts.length);
    expect(aif.nodes.filter((n) => n.type === 'CA')).toHaveLength(argument.clashes.length);
    const svg = await get('svg');
    expect(svg.type).toMatch(/^image\/svg\+xml/);
    expect(load(svg.body, { xml: true })('svg > g.nodes > g[data-post-id]')).toHaveLength(seedMap.doc.posts.length);
    const html = await get('html');
    const page = load(html.body);
    expect(JSON.parse(page('#threadmap-data').text())).toEqual(seedMap.doc);
    expect(page('script[src], link[href^="http"]').length).toBe(0);
  });
});
