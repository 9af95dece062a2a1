// The reply links as a forest a tree view can draw (d3.stratify throws on anything else): every parentId
// names a post (a placeholder stands in for a missing one), no cycles, parents before replies in the
// order a threaded page shows them, and deleted posts nobody replies to left out.
// The dedup stage runs it once per thread (thread.ts): on a site's thread before repeats are merged, told
// by the adapter's data where a missing post belongs (repair.ts); on pasted text once its posts are rebuilt.
// Iterative throughout: a 20,000-deep reply chain must not overflow the stack.
import { counted, diagnostic, listed } from '../diagnostics.js';
import type { Diagnostic, RawPost, RawThread } from '../model.js';

export interface RepairOptions {
  /** The parent of a placeholder standing in for `missingId` (e.g. the post a comment is on); null: a root. */
  placeholderParent?: (missingId: string, child: RawPost) => string | null;
}

function addMissingParents(posts: RawPost[], options: RepairOptions, diagnostics: Diagnostic[]): RawPost[] {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const missing: string[] = [];
  const given = posts.length;
  for (let i = 0; i < posts.length; i++) {
    const child = posts[i]!;
    if (child.parentId === null || byId.has(child.parentId)) continue;
    const parentId = options.placeholderParent?.(child.parentId, child) ?? null;
    const placeholder: RawPost = {
      id: child.parentId, parentId: parentId === child.parentId ? null : parentId,
      author: null, createdAt: null, score: null, url: null, text: '', quotes: [], placeholder: true,
    };
    missing.push(placeholder.id);
    byId.set(placeholder.id, placeholder);
    posts.push(placeholder); // its own parent may be missing too: the loop reaches it
  }
  if (missing.length > 0) {
    const missingIds = new Set(missing);
    const orphans = posts.slice(0, given).filter((post) => post.parentId !== null && missingIds.has(post.parentId)).length;
    diagnostics.push(diagnostic('map', 'warning',
      `${counted(orphans, 'post')} ${orphans === 1 ? 'replies' : 'reply'} to ${counted(missing.length, 'post')} ` +
      `missing from the response (${listed(missing)}); placeholders stand in for them.`, missing[0]));
  }
  return posts;
}

/** A reply chain that loops back on itself (only hostile or corrupt input): the looping link is cut. */
function breakCycles(posts: RawPost[], diagnostics: Diagnostic[]): void {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const settled = new Set<string>();
  for (const start of posts) {
    const path = new Set<string>();
    let post: RawPost | undefined = start;
    while (post && !settled.has(post.id)) {
      if (path.has(post.id)) {
        diagnostics.push(diagnostic('map', 'warning', `The reply chain through post ${post.id} loops back on itself; it is shown as a root.`, post.id));
        post.parentId = null;
        break;
      }
      path.add(post.id);
      post = post.parentId === null ? undefined : byId.get(post.parentId);
    }
    for (const id of path) settled.add(id);
  }
}

/** Parents before replies, siblings in the order given: depth-first, as a threaded page reads. */
function readingOrder(posts: RawPost[]): RawPost[] {
  const children = new Map<string | null, RawPost[]>();
  for (const post of posts) {
    const siblings = children.get(post.parentId);
    if (siblings) siblings.push(post); else children.set(post.parentId, [post]);
  }
  const ordered: RawPost[] = [];
  const stack = (children.get(null) ?? []).slice().reverse();
  while (stack.length > 0) {
    const post = stack.pop()!;
    ordered.push(post);
    const replies = children.get(post.id) ?? [];
    for (let i = replies.length - 1; i >= 0; i--) stack.push(replies[i]!);
  }
  return ordered;
}

/** Deleted posts nobody replies to carry nothing: drop them (replies come after parents, so walk back). */
function dropEmptyPlaceholders(ordered: RawPost[], diagnostics: Diagnostic[]): RawPost[] {
  const hasReplies = new Set<string>();
  const kept: RawPost[] = [];
  for (let i = ordered.length - 1; i >= 0; i--) {
    const post = ordered[i]!;
    if (post.placeholder && post.parentId !== null && !hasReplies.has(post.id)) continue;
    kept.push(post);
    if (post.parentId !== null) hasReplies.add(post.parentId);
  }
  const dropped = ordered.length - kept.length;
  if (dropped > 0) {
    diagnostics.push(diagnostic('map', 'info', `${counted(dropped, 'deleted, removed or dead post')} with no replies ${dropped === 1 ? 'was' : 'were'} left out.`));
  }
  return kept.reverse();
}

/** Posts with unique ids → a forest in reading order. The posts are copied, never changed in place. */
export function repairForest(posts: readonly RawPost[], diagnostics: Diagnostic[], options: RepairOptions = {}): RawPost[] {
  const whole = addMissingParents(posts.map((post) => ({ ...post })), options, diagnostics);
  breakCycles(whole, diagnostics);
  return dropEmptyPlaceholders(readingOrder(whole), diagnostics);
}

export interface Forest {
  posts: RawPost[];
  diagnostics: Diagnostic[];
}

export function buildForest(thread: RawThread): Forest {
  const diagnostics = [...thread.diagnostics];
  return { posts: repairForest(thread.posts, diagnostics), diagnostics };
}
