// The dedup stage in one call: a thread as read → the posts a map holds, each said once, as a forest in
// reading order. A site's thread has its reply structure repaired (repair.ts), then its repeats merged
// (posts.ts); pasted text has its posts rebuilt from its paragraphs (pasted.ts), then put in reading order.
import type { RawThread } from '../model.js';
import { buildForest } from './forest.js';
import { rebuildPastedThread } from './pasted.js';
import { dedupPosts } from './posts.js';
import { repairThread } from './repair.js';

export function dedupThread(raw: RawThread): RawThread {
  if (raw.source.kind !== 'text') return dedupPosts(repairThread(raw));
  const rebuilt = raw.paragraphs ? rebuildPastedThread(raw) : raw;
  return { ...rebuilt, ...buildForest(rebuilt) };
}
