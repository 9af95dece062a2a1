// The two pages: home (one box, recent maps) and the map's interactive tree. Both are shells; the
// bundled client script (public/src, served from /assets) fills them.
import { Router, type Request, type Response } from 'express';
import { looksLikeRawSource } from '../layout/title.js';
import type { MapRecord, MapStore } from '../store/maps.js';
import { findMap } from './api.js';
import { BODY_LIMIT_TEXT } from './body-limit.js';
import { mapHref } from './map-status.js';
import { ownerKey, ownerToken } from './owner.js';
import type { Views } from './views.js';

export interface RecentMapView {
  href: string;
  label: string;
  status: MapRecord['status'];
  detail: string;
  createdAt: string;
}

/**
 * What a map is called before and after its analysis: the thread's title once known, else the URL or
 * the first words of the paste (a pasted page or API response is just "Pasted thread": its first
 * characters are markup).
 */
export function recordHeading(record: MapRecord): string {
  if (record.title) return record.title;
  return looksLikeRawSource(record.label) ? 'Pasted thread' : record.label;
}

function recentView(record: MapRecord): RecentMapView {
  const posts = record.postCount ?? 0;
  const detail = record.status === 'done' ? `${posts} ${posts === 1 ? 'post' : 'posts'}`
    : record.status === 'working' ? 'working…' : 'failed';
  return { href: mapHref(record.id), label: recordHeading(record), status: record.status, detail, createdAt: record.createdAt };
}

export function pagesRouter({ store, views }: { store: MapStore; views: Views }): Router {
  const router = Router();
  router.get('/', (req: Request, res: Response) => {
    const owner = ownerToken(req);
    const recent = owner ? store.recentOf(ownerKey(owner), 20) : [];
    res.type('html').send(views.render('home', { title: 'Threadmap', limit: BODY_LIMIT_TEXT, recent: recent.map(recentView) }));
  });
  router.get('/maps/:id', (req: Request<{ id: string }>, res: Response) => {
    const record = findMap(store, req.params.id);
    res.type('html').send(views.render('map', {
      title: `${recordHeading(record)} · Threadmap`,
      heading: recordHeading(record),
      mapId: record.id,
      sourceUrl: record.sourceUrl,
    }));
  });
  return router;
}
