// The last step of every API adapter. Site responses are partial (a context permalink, a user's comment
// dump, unexpanded stubs) and untrusted (repeated ids, cycles), and only the adapter knows where a missing
// post belongs (a comment's placeholder hangs under the post it is on), so adapters run the dedup and map
// stages' repairs here, with that knowledge; the pipeline's own pass then changes nothing.
import { mergeRepeatedIds } from '../../dedup/posts.js';
import { linkQuotesToAncestors } from '../../dedup/quotes.js';
import { repairForest, type RepairOptions } from '../../dedup/forest.js';
import type { Diagnostic, RawPost, RawThread, SourceInfo } from '../../model.js';

/** Posts as read → one per id, a forest in reading order, quotes linked to the ancestor they repeat. */
export function finishPosts(posts: RawPost[], diagnostics: Diagnostic[], options: RepairOptions = {}): RawPost[] {
  const finished = repairForest(mergeRepeatedIds(posts, diagnostics), diagnostics, options);
  linkQuotesToAncestors(finished);
  return finished;
}

/** The RawThread an API adapter returns: finished posts, and the source they came from. */
export function finishThread(
  source: Omit<SourceInfo, 'retrievedAt'>,
  posts: RawPost[],
  diagnostics: Diagnostic[] = [],
  options: RepairOptions = {},
): RawThread {
  const finished = finishPosts(posts, diagnostics, options);
  return { source: { ...source, retrievedAt: new Date().toISOString() }, posts: finished, diagnostics };
}
