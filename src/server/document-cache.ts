// Finished maps never change, so their serialised bytes are kept ready to send: the form served (made
// once, in the worker pool: document-forms.ts) as gzip (made once, off the event loop) with an ETag. A
// 2,000-paragraph map is megabytes of JSON; reading it from SQLite and hashing it for an ETag on every
// request made p99 16.8 s at 50 connections. Only the gzip is kept (a tenth of the JSON, so a 100k-paragraph
// map fits too); the rare client that takes no gzip gets it unzipped as it is sent. The cache is bounded
// by bytes and forgets the least recently used map first.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

export interface CachedDocument {
  gzipped: Buffer;
  /** The length of the JSON unzipped. */
  jsonBytes: number;
  etag: string;
}

/** Default budget: room for a few dozen large maps without letting the cache outgrow the server. */
export const DOCUMENT_CACHE_BYTES = 128 * 1024 * 1024;

export type DocumentCache = ReturnType<typeof createDocumentCache>;

/** `load`: the text to keep for a map (one of its served forms, an export rendered in a worker), or undefined. */
export function createDocumentCache(load: (id: string) => Promise<string | undefined>, maxBytes = DOCUMENT_CACHE_BYTES) {
  const entries = new Map<string, Promise<CachedDocument | undefined>>();
  const sizes = new Map<string, number>();
  let total = 0;

  const evict = () => {
    for (const [id, size] of sizes) {
      if (total <= maxBytes) break;
      entries.delete(id);
      sizes.delete(id);
      total -= size;
    }
  };

  const build = async (id: string): Promise<CachedDocument | undefined> => {
    const text = await load(id);
    if (text === undefined) return undefined;
    const gzipped = await gzipAsync(text, { level: 6 });
    // Hashed zipped: the same JSON always zips to the same bytes, and there are a tenth as many to hash.
    const etag = `"${createHash('sha256').update(gzipped).digest('base64url').slice(0, 27)}"`;
    sizes.set(id, gzipped.length);
    total += gzipped.length;
    evict();
    return { gzipped, jsonBytes: Buffer.byteLength(text), etag };
  };

  /** The bytes already held (or being made) for this map, now the most recently used; undefined if none. */
  const cached = (id: string): Promise<CachedDocument | undefined> | undefined => {
    const entry = entries.get(id);
    if (entry) {
      entries.delete(id); // re-insert: Map order is the recency order
      entries.set(id, entry);
      const size = sizes.get(id);
      if (size !== undefined) { sizes.delete(id); sizes.set(id, size); }
    }
    return entry;
  };

  return {
    cached,
    /** The finished map's bytes, or undefined when it has no document. Call only for maps that are done. */
    get(id: string): Promise<CachedDocument | undefined> {
      let entry = cached(id);
      if (entry) return entry;
      entry = build(id).catch((error: unknown) => {
        entries.delete(id);
        throw error;
      });
      entries.set(id, entry);
      return entry;
    },
  };
}
