import { describe, expect, it } from 'vitest';
import { contestScores, siblingOrder, sortSiblings, type SortKey } from '../../public/src/sort.js';
import { buildTreeItems, type TreeItem } from '../../src/layout/tree-layout.js';
import type { MapDocument } from '../../src/model.js';
import { sampleDocument } from '../fixtures/web/documents.js';

/** The sample: 1 ← {2, 3}; 3 ← {4, 5}; 5 ← 6. Post 3 disagrees, post 4 concedes and disagrees. */
const childIds = (root: TreeItem, id: string) => {
  const stack = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (item.id === id) return item.children.map((c) => c.id);
    stack.push(...item.children);
  }
  throw new Error(`no ${id}`);
};

function sorted(doc: MapDocument, key: SortKey): TreeItem {
  const root = buildTreeItems(doc.posts);
  sortSiblings(root, siblingOrder(doc, root, key));
  return root;
}

describe('sorting replies', () => {
  it('scores how contested each post is: replies below, their disagreement sentences, clashes aimed at it', () => {
    const doc = sampleDocument();
    const scores = contestScores(doc, buildTreeItems(doc.posts));
    // 3 has replies 4 (one disagreement sentence), 5 and 6 below it: 3 replies + 1 disagreement.
    expect(scores.get('3')).toBe(4);
    // 1 has all five other posts below it, two of them with a disagreement sentence (3 and 4).
    expect(scores.get('1')).toBe(5 + 2);
    expect(scores.get('2')).toBe(0);
    const withClashes = { ...doc, argument: { clashes: [{ from: { postId: '6' }, to: { postId: '2' } }, { from: { postId: '4' }, to: { postId: '2' } }] } } as unknown as MapDocument;
    expect(contestScores(withClashes, buildTreeItems(doc.posts)).get('2')).toBe(2);
  });

  it('puts the most contested reply first, and a clash can change which one that is', () => {
    const doc = sampleDocument();
    expect(childIds(sorted(doc, 'contested'), '1')).toEqual(['3', '2']);
    const clashes = Array.from({ length: 6 }, () => ({ from: { postId: '3' }, to: { postId: '2' } }));
    expect(childIds(sorted({ ...doc, argument: { clashes } } as MapDocument, 'contested'), '1')).toEqual(['2', '3']);
  });

  it('orders by score with unscored posts last, and by time either way, ties in thread order', () => {
    const doc = sampleDocument();
    doc.posts[1]!.score = 1;
    doc.posts[2]!.score = 9;
    expect(childIds(sorted(doc, 'score'), '1')).toEqual(['3', '2']);
    doc.posts[2]!.score = null;
    expect(childIds(sorted(doc, 'score'), '1')).toEqual(['2', '3']);
    doc.posts[3]!.createdAt = '2024-03-01T09:00:00.000Z';
    doc.posts[4]!.createdAt = '2024-03-01T15:00:00.000Z';
    expect(childIds(sorted(doc, 'newest'), '3')).toEqual(['5', '4']);
    expect(childIds(sorted(doc, 'oldest'), '3')).toEqual(['4', '5']);
    doc.posts[4]!.createdAt = null;
    expect(childIds(sorted(doc, 'newest'), '3')).toEqual(['4', '5']);
    expect(childIds(sorted(doc, 'oldest'), '3')).toEqual(['4', '5']);
  });

  it('returns to the thread\'s order', () => {
    const doc = sampleDocument();
    const root = buildTreeItems(doc.posts);
    sortSiblings(root, siblingOrder(doc, root, 'contested'));
    sortSiblings(root, siblingOrder(doc, root, 'thread'));
    expect(childIds(root, '1')).toEqual(['2', '3']);
  });

  it('sorts a reply chain 20,000 deep without running out of stack', () => {
    const doc = sampleDocument();
    const template = doc.posts[1]!;
    const posts = [doc.posts[0]!, ...Array.from({ length: 20_000 }, (_, i) => ({ ...template, id: `c${i}`, parentId: i ? `c${i - 1}` : '1' }))];
    const chain = { ...doc, posts };
    const root = buildTreeItems(posts);
    expect(() => sortSiblings(root, siblingOrder(chain, root, 'contested'))).not.toThrow();
    expect(contestScores(chain, root).get('1')).toBe(20_000);
  });
});
