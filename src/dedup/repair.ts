// A site's thread as read → whole, in one place. Sources return posts as the site gave them: a response
// can repeat an id, miss a parent (a permalink's cut-off context, a deleted comment, another page), loop
// back on itself, or (flat forums, GitHub issues) give no reply links at all. Here that becomes one post
// per id, flat posts linked to what they quote, a forest in reading order with placeholders where the site
// says a missing post belongs (src/dedup/forest.ts), and quotes linked to the ancestor whose words they repeat.
import { counted, diagnostic } from '../diagnostics.js';
import type { Diagnostic, RawPost, RawThread } from '../model.js';
import { linkFlatReplies } from './flat-replies.js';
import { repairForest, type RepairOptions } from './forest.js';
import { ownCopy } from './posts.js';
import { nameQuotedPosts } from './quoted-posts.js';
import { linkQuotesToAncestors } from './quotes.js';

/** One post per id: the first copy kept (copied), later copies listed under its `duplicates` as `input:N`. */
export function mergeRepeatedIds(posts: readonly RawPost[], diagnostics: Diagnostic[]): RawPost[] {
  const byId = new Map<string, RawPost>();
  posts.forEach((post, position) => {
    const first = byId.get(post.id);
    if (first) first.duplicates!.push(`input:${position}`);
    else byId.set(post.id, ownCopy(post));
  });
  const repeated = posts.length - byId.size;
  if (repeated > 0) diagnostics.push(diagnostic('dedup', 'warning', `${counted(repeated, 'post')} appeared twice in the response; the first copy of each was kept.`));
  return [...byId.values()];
}

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

/** The thread with its reply structure whole; `inputCount` counts the posts as read (repeats in, placeholders out). */
export function repairThread(thread: RawThread): RawThread {
  const diagnostics = [...thread.diagnostics];
  let posts = mergeRepeatedIds(thread.posts, diagnostics);
  if (thread.flat) {
    if (thread.flat.quotesByWords) nameQuotedPosts(posts);
    posts = linkFlatReplies(posts, thread.flat.startsThread, diagnostics);
  }
  const repaired = repairForest(posts, diagnostics, { placeholderParent: placeholderParent(thread.rootId ?? null) }).map(withoutAncestry);
  linkQuotesToAncestors(repaired);
  return { ...thread, posts: repaired, diagnostics, inputCount: thread.inputCount ?? thread.posts.length };
}
