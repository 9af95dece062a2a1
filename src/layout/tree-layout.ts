// The argument tree as it is drawn, shared by the page (public/src) and the SVG/HTML exports so they
// match: a tidy tree (d3-hierarchy's Reingold–Tilford layout) laid out left to right, one card per post.
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import type { Post } from '../model.js';

/** Card size and the gaps between cards, in px at zoom 1. */
export const CARD = { width: 240, height: 74, gapX: 44, gapY: 14 } as const;

/** A node of the drawn tree: a post, or the thread itself when it has several opening posts. */
export interface TreeItem {
  id: string;
  post: Post | null;
  children: TreeItem[];
}

// Post ids come from sites (digits, base36, "t1_…"); none contains a space, so this cannot collide.
export const THREAD_NODE_ID = 'whole thread';

/**
 * Posts (in reading order, parents before replies) as one tree. A thread with one opening post is
 * rooted at it; several opening posts (a pasted feed, a forum page) hang under a thread node.
 * A reply whose parent is missing is treated as an opening post rather than dropped.
 */
export function buildTreeItems(posts: readonly Post[]): TreeItem {
  const items = new Map<string, TreeItem>();
  for (const post of posts) items.set(post.id, { id: post.id, post, children: [] });
  const roots: TreeItem[] = [];
  for (const post of posts) {
    const item = items.get(post.id)!;
    const parent = post.parentId === null ? undefined : items.get(post.parentId);
    if (parent && parent !== item) parent.children.push(item);
    else roots.push(item);
  }
  if (roots.length === 1) return roots[0]!;
  return { id: THREAD_NODE_ID, post: null, children: roots };
}

export type PlacedNode = HierarchyPointNode<TreeItem>;

export interface TreeLayout {
  nodes: PlacedNode[];
  /** Smallest box holding every card: left, top, right, bottom. */
  bounds: { left: number; top: number; right: number; bottom: number };
}

/**
 * Lays out the tree showing only the children `childrenOf` returns (null: collapsed). Positions are
 * the cards' top-left corners: `cardLeft(node)`, `cardTop(node)`.
 */
export function layoutTree(root: TreeItem, childrenOf: (item: TreeItem) => TreeItem[] | null = (item) => item.children): TreeLayout {
  const placed = tree<TreeItem>()
    .nodeSize([CARD.height + CARD.gapY, CARD.width + CARD.gapX])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.15))(hierarchy(root, childrenOf));
  const nodes = placed.descendants();
  const bounds = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const node of nodes) {
    bounds.left = Math.min(bounds.left, cardLeft(node));
    bounds.top = Math.min(bounds.top, cardTop(node));
    bounds.right = Math.max(bounds.right, cardLeft(node) + CARD.width);
    bounds.bottom = Math.max(bounds.bottom, cardTop(node) + CARD.height);
  }
  return { nodes, bounds };
}

// d3's tree grows top-down (x across, y down); we draw it left to right, so the axes swap.
export const cardLeft = (node: PlacedNode): number => node.y;
export const cardTop = (node: PlacedNode): number => node.x - CARD.height / 2;

/** The connector from a parent card's right edge to a child card's left edge. */
export function linkPath(parent: PlacedNode, child: PlacedNode): string {
  const x1 = parent.y + CARD.width;
  const x2 = child.y;
  const middle = (x1 + x2) / 2;
  return `M${x1},${parent.x}C${middle},${parent.x} ${middle},${child.x} ${x2},${child.x}`;
}
