// Where fetched responses are kept so the same URL is not asked for twice. The client only needs
// get/set, so the web app can back it with SQLite; the in-memory one below serves the CLI and tests.
import type { HttpResponse } from '../model.js';

export interface ResponseCache {
  /** The response kept for this URL, or undefined when there is none (or it expired). */
  get(url: string): HttpResponse | undefined | Promise<HttpResponse | undefined>;
  set(url: string, response: HttpResponse): void | Promise<void>;
}

/** The in-memory cache answers synchronously. */
export interface MemoryCache extends ResponseCache {
  get(url: string): HttpResponse | undefined;
  set(url: string, response: HttpResponse): void;
}

export interface MemoryCacheOptions {
  /** How long a response stays fresh. Default 10 minutes. */
  ttlMs?: number;
  /** Oldest entries are dropped past this many. Default 500. */
  maxEntries?: number;
  /** The clock, for tests. Default Date.now. */
  now?: () => number;
}

export function createMemoryCache({ ttlMs = 600_000, maxEntries = 500, now = Date.now }: MemoryCacheOptions = {}): MemoryCache {
  const entries = new Map<string, { response: HttpResponse; expiresAt: number }>();
  return {
    get(url) {
      const entry = entries.get(url);
      if (entry && entry.expiresAt > now()) return entry.response;
      entries.delete(url);
      return undefined;
    },
    set(url, response) {
      entries.delete(url); // re-inserting moves it to the young end of the Map's order
      entries.set(url, { response, expiresAt: now() + ttlMs });
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
    },
  };
}
