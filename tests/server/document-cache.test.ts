// The cache of served maps: gzip bytes and an ETag made once per map, bounded by bytes, least recently
// used forgotten first.
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createDocumentCache } from '../../src/server/document-cache.js';

const documents: Record<string, string> = {
  a: JSON.stringify({ map: 'a', words: 'argument '.repeat(2000) }),
  b: JSON.stringify({ map: 'b', words: 'concession '.repeat(2000) }),
  c: JSON.stringify({ map: 'c', words: 'clash '.repeat(2000) }),
};

describe('the served-document cache', () => {
  it('keeps each map zipped with its length and a stable ETag, and makes it once', async () => {
    const loads: string[] = [];
    const cache = createDocumentCache(async (id) => { loads.push(id); return documents[id]; });
    const [first, again] = await Promise.all([cache.get('a'), cache.get('a')]);
    expect(gunzipSync(first!.gzipped).toString('utf8')).toBe(documents.a);
    expect(first!.jsonBytes).toBe(Buffer.byteLength(documents.a!));
    expect(first!.etag).toMatch(/^"[\w-]{27}"$/);
    expect(again).toBe(first);
    expect(await cache.get('missing')).toBeUndefined();
    expect(loads).toEqual(['a', 'missing']);
  });

  it('forgets the least recently used map when its bytes are over budget', async () => {
    const loads: string[] = [];
    const budget = gzipSync(documents.a!).length + gzipSync(documents.b!).length + 10;
    const cache = createDocumentCache(async (id) => { loads.push(id); return documents[id]; }, budget);
    await cache.get('a');
    await cache.get('b');
    expect(cache.cached('a')).toBeDefined(); // a is now the most recently used
    await cache.get('c');                     // over budget: b goes
    expect(cache.cached('b')).toBeUndefined();
    expect(cache.cached('a')).toBeDefined();
    await cache.get('b');
    expect(loads).toEqual(['a', 'b', 'c', 'b']);
  });
});
