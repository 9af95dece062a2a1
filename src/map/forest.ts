// The reply links as a forest a tree view can draw (d3.stratify throws on anything else):
// every parentId names a post (a placeholder stands in for a missing one), no cycles, and each
// post comes after its parent while otherwise keeping the source's reading order.
// Iterative throughout: a 10,000-deep quote chain must not overflow the stack.
import type { Diagnostic, RawPost, RawThread } from '../model.js';

export interface Forest {
  posts: RawPost[];
  diagnostics: Diagnostic[];
}

function placeholderFor(id: string): RawPost {
  return { id, parentId: null, author: null, createdAt: null, score: null, url: null, text: '', quotes: [], duplicates: [], placeholder: true };
}

/** Insert placeholders for parents the thread lacks. */
function fillMissingParents(posts: RawPost[], diagnostics: Diagnostic[]): RawPost[] {
  const ids = new Set(posts.map((post) => post.id));
  const missing = new Set<string>();
  const out: RawPost[] = [];
  for (const post of posts) {
    if (post.parentId === post.id) {
      diagnostics.push({ level: 'warning', stage: 'map', message: `Post ${post.id} named itself as its parent; shown as a root.`, where: post.id });
      out.push({ ...post, parentId: null });
      continue;
    }
    if (post.parentId !== null && !ids.has(post.parentId) && !missing.has(post.parentId)) {
      missing.add(post.parentId);
      out.push(placeholderFor(post.parentId));
    }
    out.push(post);
  }
  if (missing.size > 0) {
    diagnostics.push({
      level: 'warning', stage: 'map', where: [...missing].slice(0, 10).join(', '),
      message: `${missing.size} replied-to post(s) missing from the thread: placeholder(s) inserted.`,
    });
  }
  return out;
}

/** Cut every cycle by making its first-read member a root. */
function breakCycles(posts: RawPost[], diagnostics: Diagnostic[]): RawPost[] {
  const parentOf = new Map(posts.map((post) => [post.id, post.parentId]));
  const state = new Map<string, 'walking' | 'done'>();
  const cut = new Set<string>();
  for (const post of posts) {
    const path: string[] = [];
    let id: string | null = post.id;
    while (id !== null && !state.has(id)) {
      state.set(id, 'walking');
      path.push(id);
      id = cut.has(id) ? null : parentOf.get(id) ?? null;
    }
    if (id !== null && state.get(id) === 'walking') cut.add(id);
    for (const walked of path) state.set(walked, 'done');
  }
  if (cut.size === 0) return posts;
  diagnostics.push({ level: 'warning', stage: 'map', where: [...cut].join(', '), message: `Reply links formed ${cut.size} cycle(s); broken by showing a post of each as a root.` });
  return posts.map((post) => (cut.has(post.id) ? { ...post, parentId: null } : post));
}

/** Stable "parents first" order: a post waits for its parent, then follows it with its waiting replies. */
function parentsFirst(posts: RawPost[]): RawPost[] {
  const placed = new Set<string>();
  const waiting = new Map<string, RawPost[]>();
  const out: RawPost[] = [];
  for (const post of posts) {
    if (post.parentId !== null && !placed.has(post.parentId)) {
      const siblings = waiting.get(post.parentId);
      if (siblings) siblings.push(post); else waiting.set(post.parentId, [post]);
      continue;
    }
    const queue = [post];
    for (let head = 0; head < queue.length; head++) {
      const next = queue[head]!;
      out.push(next);
      placed.add(next.id);
      const replies = waiting.get(next.id);
      if (replies) { waiting.delete(next.id); for (const reply of replies) queue.push(reply); }
    }
  }
  return out;
}

export function buildForest(thread: RawThread): Forest {
  const diagnostics: Diagnostic[] = [...thread.diagnostics];
  const filled = fillMissingParents(thread.posts, diagnostics);
  const acyclic = breakCycles(filled, diagnostics);
  return { posts: parentsFirst(acyclic), diagnostics };
}
