import { describe, expect, it } from 'vitest';
import { createMemoryCache } from '../../src/fetch/index.js';
import type { HttpResponse } from '../../src/model.js';

const page = (body: string): HttpResponse => ({ url: `https://example.com/${body}`, status: 200, headers: {}, contentType: 'text/html', body });

describe('createMemoryCache', () => {
  it('keeps a response until its time to live runs out', () => {
    let now = 1_000;
    const cache = createMemoryCache({ ttlMs: 100, now: () => now });
    cache.set('https://example.com/a', page('a'));
    now += 99;
    expect(cache.get('https://example.com/a')).toEqual(page('a'));
    now += 1;
    expect(cache.get('https://example.com/a')).toBeUndefined();
  });

  it('drops the oldest entries past maxEntries', () => {
    const cache = createMemoryCache({ maxEntries: 2 });
    for (const name of ['a', 'b', 'c']) cache.set(`https://example.com/${name}`, page(name));
    expect(cache.get('https://example.com/a')).toBeUndefined();
    expect(cache.get('https://example.com/b')?.body).toBe('b');
    expect(cache.get('https://example.com/c')?.body).toBe('c');
  });
});
