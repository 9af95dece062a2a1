// The clean/dedup stage in one call: a thread as read → the posts a map holds, each said once, as a forest
// in reading order. A site's thread has its reply structure repaired (repair.ts), then its repeats merged
// (posts.ts); pasted text arrives rebuilt into posts (reconstruct.ts) and is put in reading order.
import type { RawThread } from '../model.js';
import { buildForest } from './forest.js';
import { dedupPosts } from './posts.js';
import { repairThread } from './repair.js';

export function dedupThread(raw: RawThread): RawThread {
  if (raw.source.kind !== 'text') return dedupPosts(repairThread(raw));
  return { ...raw, ...buildForest(raw) };
}
