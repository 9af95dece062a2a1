// A finished map is served from cached bytes: gzip'd when the client accepts it, with an ETag that
// answers a repeat request 304 and no body.
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { describeSentence } from '../../src/layout/sentence-reasons.js';
import { takesGzip } from '../../src/server/api.js';
import { expandDocument } from '../../src/compact/expand.js';
import type { CompactDocument, MapDocument } from '../../src/model.js';
import { openDatabase } from '../../src/store/db.js';
import { createMapStore } from '../../src/store/maps.js';
import { mapFromText, useTestServer } from '../fixtures/web/server.js';

const THREAD = Array.from({ length: 40 }, (_, i) => `Point ${i}: remote work ${i % 2 ? 'is' : 'is not'} more productive, I think.`).join('\n\n');

function get(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

describe('serving a finished map', () => {
  const server = useTestServer();

  it('sends it gzip\'d with an ETag, the same document as plain, and 304 for a matching If-None-Match', async () => {
    const { id, doc } = await mapFromText(server.current.url, THREAD);
    const url = `${server.current.url}/api/maps/${id}`;
    const zipped = await get(url, { 'accept-encoding': 'gzip, br' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
    const etag = zipped.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual(doc);

    const plain = await get(url, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(zipped.body.length * 3);
    expect((JSON.parse(plain.body.toString('utf8')) as MapDocument).posts.length).toBe(doc.posts.length);

    const again = await get(url, { 'if-none-match': etag, 'accept-encoding': 'gzip' });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);

    const refused = await get(url, { 'accept-encoding': 'gzip;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.equals(plain.body)).toBe(true);
  }, 60_000);

  it('reads Accept-Encoding as RFC 9110 does: gzip named and not refused with q=0', () => {
    expect([undefined, '', 'br', 'gzip', 'GZIP, br', 'gzip;q=0.5', 'x-gzip', 'gzip;q=0', 'br, gzip; q=0.000', 'gzip;q=0.01'].map(takesGzip))
      .toEqual([false, false, false, true, true, true, true, false, false, true]);
  });

  it('sends the page\'s lean form on ?form=page: the same posts and tags, each tagged sentence\'s cues as the line the panel shows', async () => {
    const { id, doc } = await mapFromText(server.current.url, THREAD);
    const whole = await get(`${server.current.url}/api/maps/${id}`, {});
    const lean = await get(`${server.current.url}/api/maps/${id}?form=page`, {});
    expect(lean.status).toBe(200);
    expect(lean.body.length).toBeLessThan(whole.body.length * 0.8);
    const page = JSON.parse(lean.body.toString('utf8')) as MapDocument;
    expect(page.posts.map((post) => [post.id, post.parentId, post.text, post.stance?.label])).toEqual(doc.posts.map((post) => [post.id, post.parentId, post.text, post.stance?.label]));
    const sentences = doc.posts.flatMap((post) => post.sentences);
    const leanSentences = page.posts.flatMap((post) => post.sentences);
    expect(leanSentences.map((s) => s.tags)).toEqual(sentences.map((s) => s.tags));
    expect(leanSentences.map(describeSentence)).toEqual(sentences.map(describeSentence));
    expect(leanSentences.some((s) => 'reasons' in s || 'cues' in s)).toBe(false);
    expect(page.summary).toEqual(doc.summary);

    // ?form=page.gz: the same lean form as a gzip file for the page to unzip itself (no Content-Encoding).
    const file = await get(`${server.current.url}/api/maps/${id}?form=page.gz`, { 'accept-encoding': 'gzip' });
    expect(file.headers['content-type']).toMatch(/^application\/gzip/);
    expect(file.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(file.body).equals(lean.body)).toBe(true);

    const wrong = await get(`${server.current.url}/api/maps/${id}?form=tiny`, {});
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.body.toString('utf8'))).toEqual({ error: "'tiny' is not a form of the map; leave ?form= out for the whole document, or ask for ?form=page, ?form=page.gz or ?form=compact." });
  }, 60_000);

  it('keeps the compact form in the store, answers it on ?form=compact, and still the same whole document', async () => {
    const { id, doc } = await mapFromText(server.current.url, THREAD);
    const whole = await get(`${server.current.url}/api/maps/${id}`, {});
    expect(whole.body.toString('utf8')).toBe(JSON.stringify(doc));
    const db = openDatabase(server.current.dbPath);
    try {
      const stored = createMapStore(db).documentJson(id)!;
      expect(stored.startsWith('{"schema":"threadmap/2"')).toBe(true);
      expect(stored.length).toBeLessThan(whole.body.length / 2);
      const compact = await get(`${server.current.url}/api/maps/${id}?form=compact`, { 'accept-encoding': 'gzip' });
      expect(compact.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(compact.body).toString('utf8')).toBe(stored);
      expect(JSON.stringify(expandDocument(JSON.parse(stored) as CompactDocument))).toBe(whole.body.toString('utf8'));
    } finally {
      db.close();
    }
  }, 60_000);

  it('serves a map stored as threadmap/1 (before the compact form) in every form', async () => {
    const { doc } = await mapFromText(server.current.url, THREAD);
    const db = openDatabase(server.current.dbPath);
    try {
      const store = createMapStore(db);
      store.create('old-map', { text: THREAD });
      store.finish('old-map', { documentJson: JSON.stringify(doc), title: 'Point 0', postCount: doc.posts.length, diagnosticsJson: '[]' });
    } finally {
      db.close();
    }
    const whole = await get(`${server.current.url}/api/maps/old-map`, {});
    expect(whole.body.toString('utf8')).toBe(JSON.stringify(doc));
    const compact = await get(`${server.current.url}/api/maps/old-map?form=compact`, {});
    expect(JSON.stringify(expandDocument(JSON.parse(compact.body.toString('utf8')) as CompactDocument))).toBe(JSON.stringify(doc));
    const page = await get(`${server.current.url}/api/maps/old-map?form=page`, {});
    expect((JSON.parse(page.body.toString('utf8')) as MapDocument).posts.length).toBe(doc.posts.length);
    const markdown = await get(`${server.current.url}/api/maps/old-map/export?format=md`, {});
    expect(markdown.status).toBe(200);
    expect(markdown.body.toString('utf8')).toContain('Point 0');
  }, 60_000);
});
