// The RawThread an adapter returns: the posts as read and the source they came from. Making the thread
// whole (repeated ids, missing parents, flat pages' reply links) is src/dedup/repair.ts's work; an adapter
// only states what the site alone knows, as data: `above` on a post, `rootId` and `flat` on the thread.
import type { Diagnostic, RawPost, RawThread, SourceInfo } from '../../model.js';

export function threadAsRead(
  source: Omit<SourceInfo, 'retrievedAt'>,
  posts: RawPost[],
  diagnostics: Diagnostic[] = [],
  stated: Pick<RawThread, 'rootId' | 'flat'> = {},
): RawThread {
  return { source: { ...source, retrievedAt: new Date().toISOString() }, posts, diagnostics, ...stated };
}
