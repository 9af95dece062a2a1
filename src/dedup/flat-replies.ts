// Flat forums (phpBB, vBulletin, XenForo, SMF) show posts in time order with no reply links. The only
// honest reply link is a quote that names its post: a post replies to the earlier post it quotes.
// Otherwise it replies to the topic, i.e. the thread's first post, when that post is on the pages read.
// Never "the previous post": that would invent a conversation the writers did not have.
import type { Diagnostic, RawPost } from '../model.js';
import { counted, diagnostic } from '../diagnostics.js';

/** Set parents on posts in page order. `startsThread`: the first post is the thread's opening post. */
export function linkFlatReplies(posts: RawPost[], startsThread: boolean, diagnostics: Diagnostic[]): RawPost[] {
  const earlier = new Set<string>();
  const opening = startsThread ? posts[0]?.id ?? null : null;
  let unlinked = 0;
  const linked = posts.map((post) => {
    const quoted = post.quotes.find((quote) => quote.postId !== null && earlier.has(quote.postId))?.postId ?? null;
    earlier.add(post.id);
    if (post.id === opening) return { ...post, parentId: null };
    if (quoted === null && opening === null) unlinked++;
    return { ...post, parentId: quoted ?? opening };
  });
  if (unlinked > 0) {
    diagnostics.push(diagnostic('source', 'info', `The page starts in the middle of the thread: ${counted(unlinked, 'post')} quoting no earlier post on it ${unlinked === 1 ? 'is' : 'are'} shown as top-level.`));
  }
  return linked;
}
