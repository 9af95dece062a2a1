// The order of replies under each post: as the thread had them, by score, most contested first, or by
// time. Sorting reorders the tree's own child lists, so the drawn tree and the arrow keys follow it
// (the outline keeps the thread's reading order); ties keep the thread's order.
import type { TreeItem } from '../../src/layout/tree-layout.js';
import type { MapDocument, Post } from '../../src/model.js';

export const SORT_KEYS = ['thread', 'score', 'contested', 'newest', 'oldest'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, string> = {
  thread: 'Thread order',
  score: 'Top score',
  contested: 'Most contested',
  newest: 'Newest first',
  oldest: 'Oldest first',
};

/**
 * A clash between two posts, as the argument view records them (`doc.argument.clashes`). Read
 * structurally: maps made before that field existed have no `argument` at all.
 */
interface ClashTarget { to: { postId: string | null } }
type WithClashes = MapDocument & { argument?: { clashes?: readonly ClashTarget[] } | null };

export function isSortKey(value: string): value is SortKey {
  return (SORT_KEYS as readonly string[]).includes(value);
}

const disagreementsIn = (post: Post | null) => post?.sentences.filter((s) => s.tags.includes('disagreement')).length ?? 0;

/**
 * How contested each post is: the replies below it (at any depth), the disagreement-tagged sentences
 * in those replies, and the argument clashes aimed at it or at a reply below it. A branch where people
 * keep pushing back scores high; a lone reply scores 0.
 */
export function contestScores(doc: MapDocument, root: TreeItem): Map<string, number> {
  const clashes = new Map<string, number>();
  for (const clash of (doc as WithClashes).argument?.clashes ?? []) {
    if (clash.to.postId) clashes.set(clash.to.postId, (clashes.get(clash.to.postId) ?? 0) + 1);
  }
  // Parents before children, then summed in reverse: no recursion, so reply chains thousands deep are fine.
  const order: TreeItem[] = [root];
  for (let i = 0; i < order.length; i++) order.push(...order[i]!.children);
  const branch = new Map<string, number>(); // the item itself plus everything below it
  const scores = new Map<string, number>();
  for (const item of order.reverse()) {
    const below = item.children.reduce((sum, child) => sum + branch.get(child.id)!, 0);
    const ownClashes = clashes.get(item.id) ?? 0;
    scores.set(item.id, below + ownClashes);
    branch.set(item.id, below + ownClashes + 1 + disagreementsIn(item.post));
  }
  return scores;
}

const time = (post: Post | null) => {
  const ms = post?.createdAt ? Date.parse(post.createdAt) : NaN;
  return Number.isNaN(ms) ? null : ms;
};

/** Bigger first; posts without the value go last. */
function descending(value: (item: TreeItem) => number | null): (a: TreeItem, b: TreeItem) => number {
  return (a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return y - x;
  };
}

export interface SiblingOrders {
  /** Compares two siblings for `key`; ties (and `thread`) fall back to the thread's reading order. */
  compare(key: SortKey): (a: TreeItem, b: TreeItem) => number;
  /** Works out the contest scores now (the page calls it when idle after the first drawing). */
  prepare(): void;
}

/**
 * The comparers for each key on one map. What they read (the reading order, the contest scores) does
 * not change when siblings are reordered, so it is worked out once: recomputing the scores on every
 * "most contested" sort of a 5,000-post thread took that sort past 100 ms.
 */
export function siblingOrders(doc: MapDocument, root: TreeItem): SiblingOrders {
  let reading: Map<string, number> | null = null;
  let contest: Map<string, number> | null = null;
  const prepare = () => {
    reading ??= new Map(doc.posts.map((post, index) => [post.id, index]));
    contest ??= contestScores(doc, root);
    return { order: reading, scores: contest };
  };
  return {
    compare(key) {
      const { order, scores } = prepare();
      const inThread = (a: TreeItem, b: TreeItem) => (order.get(a.id) ?? -1) - (order.get(b.id) ?? -1);
      const primary = {
        thread: () => 0,
        score: descending((item) => item.post?.score ?? null),
        contested: descending((item) => scores.get(item.id) ?? 0),
        newest: descending((item) => time(item.post)),
        oldest: descending((item) => { const t = time(item.post); return t === null ? null : -t; }),
      }[key];
      return (a, b) => primary(a, b) || inThread(a, b);
    },
    prepare() { prepare(); },
  };
}

/** Compares two siblings for `key`; ties (and `thread`) fall back to the thread's reading order. */
export function siblingOrder(doc: MapDocument, root: TreeItem, key: SortKey): (a: TreeItem, b: TreeItem) => number {
  return siblingOrders(doc, root).compare(key);
}

/** Reorders every child list under `root` in place. */
export function sortSiblings(root: TreeItem, compare: (a: TreeItem, b: TreeItem) => number): void {
  const stack = [root];
  while (stack.length) {
    const item = stack.pop()!;
    item.children.sort(compare);
    stack.push(...item.children);
  }
}
