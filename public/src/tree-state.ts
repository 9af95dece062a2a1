// What the tree shows: which subtrees are collapsed and which posts the filter keeps. The layout asks
// `childrenShown` for each node; everything else (cards, outline, keyboard) reads the same state.
import { hierarchy } from 'd3';
import type { MapDocument, Post } from '../../src/model.js';
import { buildTreeItems, THREAD_NODE_ID, type TreeItem } from '../../src/layout/tree-layout.js';

/** Threads longer than this open with replies below depth 2 collapsed ("+N replies"). */
export const COLLAPSE_ABOVE_POSTS = 300;
export const OPEN_DEPTH = 2;

export interface TreeState {
  root: TreeItem;
  items: Map<string, TreeItem>;
  parent: Map<string, TreeItem | null>;
  /** Depth of each post: opening posts 0 (the thread node, when drawn, is -1). */
  depth: Map<string, number>;
  /** How many replies (at any depth) each node has. */
  replies: Map<string, number>;
  collapsed: Set<string>;
  /** Under a filter: the posts it keeps and their ancestors; null shows everything. */
  shown: Set<string> | null;
  /** Under a filter: the posts it keeps (the ancestors shown only for context are not in it). */
  matches: Set<string> | null;
  /** Under a filter: what was collapsed before it, given back when the filter is cleared. */
  collapsedBeforeFilter: Set<string> | null;
}

export function createTreeState(doc: MapDocument): TreeState {
  const root = buildTreeItems(doc.posts);
  const offset = root.id === THREAD_NODE_ID ? 1 : 0;
  const state: TreeState = {
    root, items: new Map(), parent: new Map(), depth: new Map(), replies: new Map(),
    collapsed: new Set(), shown: null, matches: null, collapsedBeforeFilter: null,
  };
  // d3.hierarchy walks with an explicit stack: safe on reply chains thousands deep.
  hierarchy(root).sum(() => 1).each((node) => {
    state.items.set(node.data.id, node.data);
    state.parent.set(node.data.id, node.parent?.data ?? null);
    state.depth.set(node.data.id, node.depth - offset);
    state.replies.set(node.data.id, (node.value ?? 1) - 1);
  });
  if (doc.posts.length > COLLAPSE_ABOVE_POSTS) collapseFrom(state, OPEN_DEPTH);
  return state;
}

/** Collapses every node at `depth` or deeper that has replies. */
export function collapseFrom(state: TreeState, depth: number): void {
  state.collapsed.clear();
  for (const [id, item] of state.items) {
    if (item.children.length > 0 && (state.depth.get(id) ?? 0) >= depth) state.collapsed.add(id);
  }
}

export function childrenShown(state: TreeState, item: TreeItem): TreeItem[] | null {
  if (state.collapsed.has(item.id) || item.children.length === 0) return null;
  if (!state.shown) return item.children;
  const shown = state.shown;
  const kept = item.children.filter((child) => shown.has(child.id));
  return kept.length ? kept : null;
}

/** The node's ancestors, nearest first. */
export function ancestorsOf(state: TreeState, id: string): TreeItem[] {
  const out: TreeItem[] = [];
  for (let up = state.parent.get(id) ?? null; up; up = state.parent.get(up.id) ?? null) out.push(up);
  return out;
}

/** Opens the path from the root to `id` so it is drawn. */
export function expandTo(state: TreeState, id: string): void {
  for (const ancestor of ancestorsOf(state, id)) state.collapsed.delete(ancestor.id);
}

/**
 * Keeps the posts `keep` accepts, their ancestors for context, and opens the paths to them; the rest is
 * folded away. The thread node (several opening posts) is no post: it is never tested, only kept as
 * every path's top. Clearing the filter gives back what was collapsed before it.
 */
export function applyFilter(state: TreeState, keep: ((post: Post) => boolean) | null): void {
  if (!keep) {
    if (state.collapsedBeforeFilter) state.collapsed = state.collapsedBeforeFilter;
    state.collapsedBeforeFilter = null;
    state.shown = null;
    state.matches = null;
    return;
  }
  // Each filter starts from the tree as it was unfiltered, so one filter's opened paths do not stay open under the next.
  state.collapsedBeforeFilter ??= new Set(state.collapsed);
  state.collapsed = new Set(state.collapsedBeforeFilter);
  const matches = new Set<string>();
  const shown = new Set<string>();
  for (const [id, item] of state.items) {
    if (!item.post || !keep(item.post)) continue;
    matches.add(id);
    shown.add(id);
    for (const ancestor of ancestorsOf(state, id)) {
      state.collapsed.delete(ancestor.id);
      if (shown.has(ancestor.id)) break; // reached an earlier path: the rest of the way up is open already
      shown.add(ancestor.id);
    }
  }
  // A kept post whose replies the filter hides all has nothing to unfold: no "+N replies" that opens nothing.
  for (const id of shown) {
    if (!state.items.get(id)!.children.some((child) => shown.has(child.id))) state.collapsed.delete(id);
  }
  state.shown = shown;
  state.matches = matches;
}

export function isShown(state: TreeState, id: string): boolean {
  return !state.shown || state.shown.has(id);
}
