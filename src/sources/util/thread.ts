// The last step of every API adapter: turn the posts as read into a forest a map can be built on.
// Site responses are partial (a context permalink, a user's comment dump, unexpanded stubs) and untrusted
// (duplicate ids, cycles), so: placeholders for missing parents, cycles broken, reading order restored,
// deleted leaves dropped, and quotes linked to the ancestor they repeat. What changed goes on diagnostics.
import type { Diagnostic, RawPost, RawThread, SourceInfo } from '../../model.js';
import { counted, info, warning } from './diagnostics.js';
import { quoteIsFrom } from './quotes.js';

export interface FinishOptions {
  /** The parent of a placeholder standing in for `missingId` (e.g. the post a comment is on); null: a root. */
  placeholderParent?: (missingId: string, child: RawPost) => string | null;
}

const listed = (ids: string[]) => ids.slice(0, 5).join(', ') + (ids.length > 5 ? ', …' : '');

function uniqueById(posts: RawPost[], diagnostics: Diagnostic[]): RawPost[] {
  const firstById = new Map<string, RawPost>();
  for (const post of posts) if (!firstById.has(post.id)) firstById.set(post.id, post);
  const unique = [...firstById.values()];
  const repeated = posts.length - unique.length;
  if (repeated > 0) diagnostics.push(warning(`${counted(repeated, 'post')} appeared twice in the response; the first copy of each was kept.`));
  return unique;
}

function addMissingParents(posts: RawPost[], options: FinishOptions, diagnostics: Diagnostic[]): RawPost[] {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const missing: string[] = [];
  const orphans: RawPost[] = [];
  for (let i = 0; i < posts.length; i++) {
    const child = posts[i]!;
    if (child.parentId === null || byId.has(child.parentId)) continue;
    orphans.push(child);
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
    diagnostics.push(warning(
      `${counted(orphans.length, 'post')} ${orphans.length === 1 ? 'replies' : 'reply'} to ${counted(missing.length, 'post')} ` +
      `missing from the response (${listed(missing)}); placeholders stand in for them.`,
      missing[0],
    ));
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
        diagnostics.push(warning(`The reply chain through post ${post.id} loops back on itself; it is shown as a root.`, post.id));
        post.parentId = null;
        break;
      }
      path.add(post.id);
      post = post.parentId === null ? undefined : byId.get(post.parentId);
    }
    for (const id of path) settled.add(id);
  }
}

/** Parents before children, siblings in the order the site gave them (depth-first, no recursion). */
function readingOrder(posts: RawPost[]): RawPost[] {
  const children = new Map<string | null, RawPost[]>();
  for (const post of posts) {
    const siblings = children.get(post.parentId) ?? [];
    siblings.push(post);
    children.set(post.parentId, siblings);
  }
  const ordered: RawPost[] = [];
  const stack = (children.get(null) ?? []).slice().reverse();
  while (stack.length > 0) {
    const post = stack.pop()!;
    ordered.push(post);
    stack.push(...(children.get(post.id) ?? []).slice().reverse());
  }
  return ordered;
}

/** Deleted comments nobody replies to carry nothing: drop them (children come after parents, so walk back). */
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
    diagnostics.push(info(`${counted(dropped, 'deleted, removed or dead post')} with no replies ${dropped === 1 ? 'was' : 'were'} left out.`));
  }
  return kept.reverse();
}

/** A quote nobody attributed: the nearest ancestor whose text holds the quoted words. */
function linkQuotes(ordered: RawPost[]): void {
  const byId = new Map(ordered.map((post) => [post.id, post]));
  for (const post of ordered) {
    for (const quote of post.quotes) {
      if (quote.postId !== null) continue;
      let ancestor = post.parentId === null ? undefined : byId.get(post.parentId);
      while (ancestor && !quoteIsFrom(quote.text, ancestor.text)) {
        ancestor = ancestor.parentId === null ? undefined : byId.get(ancestor.parentId);
      }
      if (ancestor) quote.postId = ancestor.id;
    }
  }
}

/** Posts as read → posts in reading order forming a forest, with what was repaired on `diagnostics`. */
export function finishPosts(posts: RawPost[], diagnostics: Diagnostic[], options: FinishOptions = {}): RawPost[] {
  const whole = addMissingParents(uniqueById(posts, diagnostics), options, diagnostics);
  breakCycles(whole, diagnostics);
  const ordered = dropEmptyPlaceholders(readingOrder(whole), diagnostics);
  linkQuotes(ordered);
  return ordered;
}

/** The RawThread an API adapter returns: finished posts, and the source they came from. */
export function finishThread(
  source: Omit<SourceInfo, 'retrievedAt'>,
  posts: RawPost[],
  diagnostics: Diagnostic[] = [],
  options: FinishOptions = {},
): RawThread {
  const finished = finishPosts(posts, diagnostics, options);
  return { source: { ...source, retrievedAt: new Date().toISOString() }, posts: finished, diagnostics };
}
