// How a map's state is told to clients: the 202 body of GET /api/maps/ID and every SSE event's data.
import type { MapRecord } from '../store/maps.js';

export interface WorkingBody { status: 'working'; stage: string; done: number; total: number }
export interface DoneBody { status: 'done'; href: string; posts: number }
export interface FailedBody { status: 'failed'; error: string; httpStatus: number }

export const mapHref = (id: string) => `/maps/${encodeURIComponent(id)}`;

export function statusBody(record: MapRecord): WorkingBody | DoneBody | FailedBody {
  switch (record.status) {
    case 'working': return { status: 'working', stage: record.stage ?? 'queued', done: record.done, total: record.total };
    case 'done': return { status: 'done', href: mapHref(record.id), posts: record.postCount ?? 0 };
    case 'failed': return { status: 'failed', error: record.error?.message ?? 'The analysis failed.', httpStatus: record.error?.status ?? 500 };
  }
}
