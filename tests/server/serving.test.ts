// A finished map is served from cached bytes: gzip'd when the client accepts it, with an ETag that
// answers a repeat request 304 and no body.
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { describeSentence } from '../../src/layout/sentence-reasons.js';
import type { MapDocument } from '../../src/model.js';
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
  }, 60_000);

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
    expect(JSON.parse(wrong.body.toString('utf8'))).toEqual({ error: "'tiny' is not a form of the map; leave ?form= out for the whole document, or ask for ?form=page or ?form=page.gz." });
  }, 60_000);
});
