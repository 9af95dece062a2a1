// The real HTTP path: analyze(url) → site adapter → the SSRF-safe client → a loopback server answering
// at each site's real paths with saved responses. Only the origin is swapped (a test-only client maps
// https://www.reddit.com etc. to the fixture server); every request still goes through the real client.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapDocument } from '../../src/model.js';
import { analyze } from '../../src/pipeline.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { expectForest } from '../helpers/invariants.js';
import { rejection } from '../helpers/rejection.js';
import { siteClient } from '../helpers/site-client.js';

const SHARED = new URL('../../../shared/fixtures/', import.meta.url);
const shared = (path: string) => readFileSync(new URL(path, SHARED), 'utf8');
const own = (path: string) => readFileSync(new URL(`../fixtures/sources/${path}`, import.meta.url), 'utf8');
const json = (body: string) => ({ headers: { 'content-type': 'application/json; charset=utf-8' }, body });
const html = (body: string) => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body });

describe.skipIf(!existsSync(SHARED))('reading threads over HTTP, end to end', () => {
  let server: FixtureServer;
  let algoliaCalls = 0;

  beforeAll(async () => {
    server = await startFixtureServer({
      '/comments/3hahrw.json': json(shared('reddit/funny_3hahrw_ba_dum_tsss.json')),
      '/api/morechildren.json': json(shared('reddit/funny_3hahrw_morechildren_1.json')),
      '/api/v1/items/1': (_req, res) => {
        algoliaCalls++;
        if (algoliaCalls === 1) res.writeHead(429, { 'retry-after': '1' }).end('slow down');
        else res.writeHead(200, { 'content-type': 'application/json' }).end(shared('hackernews/algolia_item_1_y_combinator.json'));
      },
      '/viewtopic.php?t=7': html(own('forum/phpbb_viewtopic_page1.html')),
      '/viewtopic.php?t=7&start=4': html(own('forum/phpbb_viewtopic_page2.html')),
      '/moved': { status: 302, headers: { location: 'http://127.0.0.1:9/admin' } },
      '/metadata': { status: 301, headers: { location: 'http://169.254.169.254/latest/meta-data/' } },
      '/drip': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => res.write('<p>'), 300);
        res.on('close', () => clearInterval(timer));
      },
      '/endless': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = 'All work and no play. '.repeat(4096);
        const pump = () => { while (res.write(chunk)); };
        res.on('drain', pump);
        pump();
      },
    });
  });
  afterAll(() => server.close());

  it('reads a Reddit thread and expands its `more` stubs through /api/morechildren', async () => {
    const doc: MapDocument = await analyze({ url: 'https://www.reddit.com/r/funny/comments/3hahrw/ba_dum_tsss/' }, { http: siteClient(server) });
    expect(doc.source.kind).toBe('reddit');
    expect(server.hits('/comments/3hahrw.json')).toBe(1);
    expect(server.hits('/api/morechildren.json')).toBeGreaterThan(0);
    expect(doc.stats.posts).toBeGreaterThanOrEqual(475);
    expectForest(doc.posts);
  });

  it('waits out a 429 with Retry-After and then reads the Hacker News thread', async () => {
    const doc = await analyze({ url: 'https://news.ycombinator.com/item?id=1' }, { http: siteClient(server) });
    expect(algoliaCalls).toBe(2);
    expect(doc.source.kind).toBe('hackernews');
    expect(doc.stats.posts).toBe(16);
  });

  it('follows a phpBB thread to its second page', async () => {
    const doc = await analyze({ url: 'https://forum.riverside-allotments.example/viewtopic.php?t=7' }, { http: siteClient(server) });
    expect(server.hits('/viewtopic.php')).toBe(2);
    expect(doc.posts.find((p) => p.id === '105')).toMatchObject({ parentId: '103', author: 'dave_w' });
  });

  it('refuses a redirect to a loopback address the client was not allowed', async () => {
    const error = await rejection(analyze({ url: 'https://forum.example.org/moved' }, { http: siteClient(server) }));
    expect(error).toMatchObject({ code: 'refused-url', exitCode: 3 });
    expect(error.message).toMatch(/127\.0\.0\.1:9/);
  });

  it('refuses a redirect to the cloud metadata address', async () => {
    const error = await rejection(analyze({ url: 'https://forum.example.org/metadata' }, { http: siteClient(server) }));
    expect(error).toMatchObject({ code: 'refused-url' });
    expect(error.message).toMatch(/169\.254\.169\.254/);
  });

  it('gives up on a slow drip when the time is up', async () => {
    const started = Date.now();
    const error = await rejection(analyze({ url: 'https://forum.example.org/drip' }, { http: siteClient(server, { totalTimeoutMs: 1200 }) }));
    expect(error).toMatchObject({ code: 'timeout', exitCode: 3 });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('cuts an endless body at the size cap', async () => {
    const error = await rejection(analyze({ url: 'https://forum.example.org/endless' }, { http: siteClient(server, { maxBytes: 1 << 20 }) }));
    expect(error).toMatchObject({ code: 'too-large', exitCode: 3 });
  });
});
