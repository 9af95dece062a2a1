// The fetcher's response cache (src/fetch/cache.ts's ResponseCache) kept in SQLite, so a URL analysed
// twice, even across restarts and by different worker threads, is fetched once while it is fresh.
import type Database from 'better-sqlite3';
import type { ResponseCache } from '../fetch/cache.js';
import type { HttpResponse } from '../model.js';

export interface SqliteCacheOptions {
  /** How long a response stays fresh. Default 1 hour: a thread rarely changes much in that time. */
  ttlMs?: number;
  /** The clock, for tests. Default Date.now. */
  now?: () => number;
}

export function createSqliteResponseCache(db: Database.Database, { ttlMs = 3_600_000, now = Date.now }: SqliteCacheOptions = {}): ResponseCache {
  const select = db.prepare<[string], { response: string; fetched_at: number }>('SELECT response, fetched_at FROM fetch_cache WHERE url = ?');
  const upsert = db.prepare('INSERT INTO fetch_cache (url, response, fetched_at) VALUES (?, ?, ?) ON CONFLICT (url) DO UPDATE SET response = excluded.response, fetched_at = excluded.fetched_at');
  const prune = db.prepare('DELETE FROM fetch_cache WHERE fetched_at <= ?');
  return {
    get(url) {
      const row = select.get(url);
      if (!row || row.fetched_at + ttlMs <= now()) return undefined;
      return JSON.parse(row.response) as HttpResponse;
    },
    set(url, response) {
      const at = now();
      upsert.run(url, JSON.stringify(response), at);
      prune.run(at - ttlMs);
    },
  };
}
