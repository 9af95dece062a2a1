import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { createSqliteResponseCache } from '../../src/store/fetch-cache.js';

const page = { url: 'https://example.com/t/1', status: 200, headers: { 'content-type': 'text/html' }, contentType: 'text/html', body: '<p>héllo</p>' };

describe('SQLite response cache', () => {
  it('returns a fresh response as stored, and forgets it once stale', () => {
    const db = openDatabase(':memory:');
    let now = 1_000;
    const cache = createSqliteResponseCache(db, { ttlMs: 500, now: () => now });
    expect(cache.get(page.url)).toBeUndefined();
    cache.set(page.url, page);
    now = 1_400;
    expect(cache.get(page.url)).toEqual(page);
    now = 1_500;
    expect(cache.get(page.url)).toBeUndefined();
    cache.set('https://example.com/other', { ...page, url: 'https://example.com/other' }); // prunes the stale row
    expect(db.prepare('SELECT url FROM fetch_cache').all()).toEqual([{ url: 'https://example.com/other' }]);
    db.close();
  });
});
