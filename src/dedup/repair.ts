// A site's thread as read → whole, in one place. Sources return posts as the site gave them: a response
// can repeat an id, miss a parent (a permalink's cut-off context, a deleted comment, another page), loop
// back on itself, or (flat forums, GitHub issues) give no reply links at all. Here that becomes one post
// per id, flat posts linked to what they quote, a forest in reading order with placeholders where the site
// says a missing post belongs (src/dedup/forest.ts), and quotes linked to the ancestor whose words they repeat.
import type { RawPost, RawThread } from '../model.js';
import { linkFlatReplies } from './flat-replies.js';
import { repairForest, type RepairOptions } from './forest.js';
import { mergeRepeatedIds } from './posts.js';
import { nameQuotedPosts } from './quoted-posts.js';
import { linkQuotesToAncestors } from './quotes.js';

/** A missing parent's placeholder hangs under the next ancestor the site states for its reply, else the thread's root. */
function placeholderParent(rootId: string | null): RepairOptions['placeholderParent'] {
  return (missingId, child) => {
    const above = child.above ?? [];
    const at = above.indexOf(missingId);
    return (at >= 0 ? above[at + 1] : undefined) ?? rootId;
  };
}

function withoutAncestry(post: RawPost): RawPost {
  if (post.above === undefined) return post;
  const { above: _stated, ...rest } = post;
  return rest;
}

/** The thread with its reply structure whole; `inputCount` counts the posts then held (placeholders included). */
export function repairThread(thread: RawThread): RawThread {
  const diagnostics = [...thread.diagnostics];
  let posts = mergeRepeatedIds(thread.posts, diagnostics);
  if (thread.flat) {
    if (thread.flat.quotesByWords) nameQuotedPosts(posts);
    posts = linkFlatReplies(posts, thread.flat.startsThread, diagnostics);
  }
  const repaired = repairForest(posts, diagnostics, { placeholderParent: placeholderParent(thread.rootId ?? null) }).map(withoutAncestry);
  linkQuotesToAncestors(repaired);
  return { ...thread, posts: repaired, diagnostics, inputCount: thread.inputCount ?? repaired.length };
}
