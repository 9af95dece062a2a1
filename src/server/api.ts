// The JSON API of CONTRACT §5: create a map, read it (202 while working), follow it, export it.
import { createGunzip } from 'node:zlib';
import express, { Router, type Request, type Response } from 'express';
import { badInput } from '../errors.js';
import { EXPORTERS, isExportFormat, type ExportFormat } from '../export/formats.js';
import { addressIn, parseThreadUrl } from '../sources/address.js';
import type { MapRecord, MapSource, MapStore } from '../store/maps.js';
import type { AnalysisPool } from '../worker/pool.js';
import type { AnalysisService } from './analyses.js';
import { BODY_LIMIT_BYTES } from './body-limit.js';
import { createDocumentCache, type CachedDocument, type DocumentCache } from './document-cache.js';
import { storedIn, type DocumentForm } from './document-forms.js';
import { HttpError, notFound } from './errors.js';
import { mapHref, statusBody } from './map-status.js';
import { ensureOwnerToken, ownerKey } from './owner.js';
import { DEFAULT_MAP_RATE, rateLimit, type RateLimit } from './rate-limit.js';
import { streamMapEvents } from './sse.js';

export interface ApiDeps {
  store: MapStore;
  analyses: AnalysisService;
  pool: Pick<AnalysisPool, 'exportDocument' | 'documentForm'>;
  /** How many maps one client may start; default DEFAULT_MAP_RATE. */
  mapRate?: RateLimit;
}

/** `{"url": "…"}` or `{"text": "…"}`, nothing else; the URL must be http(s). Text that is only an address is that URL. */
export function readMapSource(body: unknown): MapSource {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const { url, text } = fields;
  if (typeof url === 'string' && url.trim() && text === undefined) return { url: parseThreadUrl(url).href };
  if (typeof text === 'string' && url === undefined) {
    if (!text.trim()) throw badInput('The text is empty; paste the thread\'s text or give its URL.');
    const address = addressIn(text);
    return address ? { url: address.href } : { text };
  }
  throw badInput('Send a JSON body with either "url" (a thread\'s address) or "text" (the thread pasted as text).');
}

export function findMap(store: MapStore, id: string): MapRecord {
  const record = store.get(id);
  if (!record) throw notFound(`Map '${id.slice(0, 100)}'`);
  return record;
}

/** A map that ended in failure answers with the status and sentence it failed with. */
function failedError(record: MapRecord): HttpError {
  return new HttpError(record.error?.status ?? 500, record.error?.message ?? 'The analysis failed.');
}

const FORMATS = Object.keys(EXPORTERS).join(', ');

/** Room kept per export format for rendered exports (the maps' own bytes have DOCUMENT_CACHE_BYTES). */
const EXPORT_CACHE_BYTES = 16 * 1024 * 1024;

/** Does the client take gzip? Named in Accept-Encoding and not refused with `q=0` (RFC 9110 §12.5.3). */
export function takesGzip(acceptEncoding: string | undefined): boolean {
  const entry = (acceptEncoding ?? '').split(',').map((part) => part.trim().toLowerCase()).find((part) => /^(x-)?gzip\b/.test(part));
  return entry !== undefined && !/;\s*q\s*=\s*0(\.0{0,3})?\s*$/.test(entry);
}

/** Cached bytes: gzip'd to a client that takes gzip, unzipped as they are sent to one that does not. */
function sendCached(req: Request, res: Response, cached: CachedDocument) {
  if (takesGzip(req.headers['accept-encoding'])) {
    res.set({ 'Content-Encoding': 'gzip', 'Content-Length': String(cached.gzipped.length) }).end(cached.gzipped);
    return;
  }
  res.set('Content-Length', String(cached.jsonBytes));
  const unzip = createGunzip().on('error', () => res.destroy());
  unzip.pipe(res);
  unzip.end(cached.gzipped);
}

export function apiRouter({ store, analyses, pool, mapRate = DEFAULT_MAP_RATE }: ApiDeps): Router {
  const router = Router();
  // Each form a finished map is served in, made once per map on its first request (document-forms.ts).
  const cacheOf = (form: DocumentForm) => createDocumentCache(async (id) => {
    const stored = store.documentJson(id);
    return stored === undefined || storedIn(stored, form) ? stored : pool.documentForm(stored, form);
  });
  const caches = { whole: cacheOf('whole'), page: cacheOf('page'), compact: cacheOf('compact') };
  // Each export of a map is rendered once, in a worker, and kept like the map's own bytes: a finished map never changes.
  const exportCaches = new Map<ExportFormat, DocumentCache>();
  const exportCache = (format: ExportFormat) => {
    let cache = exportCaches.get(format);
    if (!cache) {
      cache = createDocumentCache(async (id) => {
        const json = store.documentJson(id);
        return json === undefined ? undefined : pool.exportDocument(json, format);
      }, EXPORT_CACHE_BYTES);
      exportCaches.set(format, cache);
    }
    return cache;
  };

  /**
   * Which form of the map `?form=` asks for: the whole document (no option), `page` (what the map page
   * reads), `page.gz`: the page form's gzip bytes as a file (application/gzip) that the page unzips
   * itself, or `compact` (threadmap/2). A browser passes a body it decoded to the page in pieces between
   * its processes, and for a 5 MB map that took longer than parsing it; as a file, only the 340 KB make that trip.
   */
  const formOf = (form: unknown) => {
    if (form === undefined) return { cache: caches.whole, asFile: false };
    if (form === 'page' || form === 'page.gz') return { cache: caches.page, asFile: form === 'page.gz' };
    if (form === 'compact') return { cache: caches.compact, asFile: false };
    throw badInput(`'${String(form).slice(0, 40)}' is not a form of the map; leave ?form= out for the whole document, or ask for ?form=page, ?form=page.gz or ?form=compact.`);
  };

  // Only this route reads a body: parsed app-wide, every GET of a map went through the body parser for nothing.
  router.post('/maps', express.json({ limit: BODY_LIMIT_BYTES }), rateLimit(mapRate), (req: Request, res: Response) => {
    const id = analyses.start(readMapSource(req.body), ownerKey(ensureOwnerToken(req, res)));
    res.status(201).location(mapHref(id)).json({ id, href: mapHref(id) });
  });

  /** A finished map's bytes (undefined: it has no document); null after answering 202 for a map still working. */
  function finished(id: string, cache: DocumentCache, res: Response) {
    const record = findMap(store, id);
    if (record.status === 'failed') throw failedError(record);
    if (record.status === 'working') {
      res.status(202).json(statusBody(record));
      return null;
    }
    return cache.get(record.id);
  }

  router.get('/maps/:id', async (req: Request<{ id: string }>, res: Response) => {
    const { cache, asFile } = formOf(req.query.form);
    // Finished maps never change: once their bytes are cached, the store is not asked again. (Reading a
    // row's status walks past the pasted text and the document stored before it: most of a request's time.)
    const cached = await (cache.cached(req.params.id) ?? finished(req.params.id, cache, res));
    if (cached === null) return;
    if (!cached) throw notFound(`Map '${req.params.id.slice(0, 100)}'`);
    const etag = asFile ? `${cached.etag.slice(0, -1)}.gz"` : cached.etag;
    res.set({ ETag: etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' }).type(asFile ? 'application/gzip' : 'application/json');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    if (asFile) {
      res.set('Content-Length', String(cached.gzipped.length)).end(cached.gzipped);
      return;
    }
    sendCached(req, res, cached);
  });

  router.get('/maps/:id/events', (req: Request<{ id: string }>, res: Response) => {
    streamMapEvents(req, res, findMap(store, req.params.id), analyses);
  });

  router.get('/maps/:id/export', async (req: Request<{ id: string }>, res: Response) => {
    const format = typeof req.query.format === 'string' ? req.query.format : '';
    if (!isExportFormat(format)) {
      throw badInput(format ? `'${format.slice(0, 40)}' is not an export format; choose one of ${FORMATS}.` : `Say which export format you want: ?format= one of ${FORMATS}.`);
    }
    const record = findMap(store, req.params.id);
    if (record.status === 'failed') throw failedError(record);
    if (record.status === 'working') {
      res.status(202).json(statusBody(record));
      return;
    }
    const cached = await exportCache(format).get(record.id);
    if (!cached) throw notFound(`Map '${record.id}'`);
    const { contentType, extension } = EXPORTERS[format];
    res.attachment(`threadmap-${record.id}.${extension}`).type(contentType).set('Vary', 'Accept-Encoding');
    sendCached(req, res, cached);
  });

  router.use(() => {
    throw notFound('This API route');
  });
  return router;
}
