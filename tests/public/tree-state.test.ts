import { describe, expect, it } from 'vitest';
import { applyFilter, childrenShown, COLLAPSE_ABOVE_POSTS, createTreeState, expandTo, isShown } from '../../public/src/tree-state.js';
import { filterPredicate, parseFilter } from '../../public/src/filters.js';
import { THREAD_NODE_ID } from '../../src/layout/tree-layout.js';
import type { MapDocument, Post } from '../../src/model.js';
import { sampleDocument } from '../fixtures/web/documents.js';

/** A thread of `n` posts: one opening post, replies chained three deep under each top-level reply. */
function bigDocument(n: number): MapDocument {
  const doc = sampleDocument();
  const template = doc.posts[1]!;
  const posts: Post[] = [{ ...doc.posts[0]!, id: 'root' }];
  for (let i = 1; i < n; i++) {
    const parentId = i % 4 === 1 ? 'root' : `p${i - 1}`;
    posts.push({ ...template, id: `p${i}`, parentId });
  }
  return { ...doc, posts };
}

describe('tree state', () => {
  it('counts every reply below a post, at any depth', () => {
    const state = createTreeState(sampleDocument());
    expect(state.root.id).toBe('1');
    expect(state.replies.get('1')).toBe(5);
    expect(state.replies.get('3')).toBe(3);
    expect(state.depth.get('6')).toBe(3);
  });

  it('opens small threads fully and collapses big ones below depth 2', () => {
    expect(createTreeState(sampleDocument()).collapsed.size).toBe(0);
    const state = createTreeState(bigDocument(COLLAPSE_ABOVE_POSTS + 1));
    expect([...state.collapsed].every((id) => state.depth.get(id)! >= 2)).toBe(true);
    expect(state.collapsed.has('p2')).toBe(true); // depth 2, has a reply
    expect(childrenShown(state, state.items.get('p2')!)).toBeNull();
    expect(childrenShown(state, state.items.get('p1')!)?.map((c) => c.id)).toEqual(['p2']);
    expandTo(state, 'p3');
    expect(childrenShown(state, state.items.get('p2')!)?.map((c) => c.id)).toEqual(['p3']);
  });

  it('filters to matching posts plus the posts they answer, and opens the way to them', () => {
    const doc = sampleDocument();
    const state = createTreeState(doc);
    state.collapsed.add('3');
    applyFilter(state, filterPredicate(parseFilter('concessions')));
    expect([...state.matches!]).toEqual(['4']);
    expect([...state.shown!].sort()).toEqual(['1', '3', '4']);
    expect(state.collapsed.has('3')).toBe(false);
    expect(isShown(state, '5')).toBe(false);
    expect(childrenShown(state, state.items.get('1')!)?.map((c) => c.id)).toEqual(['3']);
    applyFilter(state, null);
    expect(isShown(state, '5')).toBe(true);
    expect(state.collapsed.has('3')).toBe(true); // folded again as it was before the filter
  });

  it('under a filter, folds nothing whose replies are all hidden, and starts each filter from the unfiltered tree', () => {
    const doc = sampleDocument();
    const state = createTreeState(doc);
    state.collapsed.add('2').add('5');
    applyFilter(state, filterPredicate(parseFilter('author:carol')));
    expect([...state.shown!].sort()).toEqual(['1', '3']);
    expect(state.collapsed.has('3')).toBe(false); // its replies (4, 5) are filtered out: no "+N replies" to open
    applyFilter(state, filterPredicate(parseFilter('author:bob')));
    expect([...state.shown!].sort()).toEqual(['1', '2', '3', '5', '6']);
    expect(state.collapsed.has('5')).toBe(false);
    applyFilter(state, null);
    expect([...state.collapsed].sort()).toEqual(['2', '5']);
  });

  it('hangs several opening posts under a thread node', () => {
    const doc = sampleDocument();
    const state = createTreeState({ ...doc, posts: doc.posts.map((p) => (p.id === '3' ? { ...p, parentId: null } : p)) });
    expect(state.root.id).toBe(THREAD_NODE_ID);
    expect(state.depth.get('3')).toBe(0);
    expect(state.root.children.map((c) => c.id)).toEqual(['1', '3']);
  });

  it('filters a map with several opening posts and a deleted placeholder without tripping on the thread node', () => {
    const doc = sampleDocument();
    const posts = doc.posts.map((p) => (p.id === '3' ? { ...p, parentId: null } : p));
    posts.push({ ...posts[0]!, id: 'gone', parentId: null, author: null, text: '', sentences: [], placeholder: true });
    posts.push({ ...posts[3]!, id: '7', parentId: 'gone' });
    const state = createTreeState({ ...doc, posts });
    applyFilter(state, filterPredicate(parseFilter('concessions')));
    expect([...state.matches!].sort()).toEqual(['4', '7']);
    expect([...state.shown!].sort()).toEqual(['3', '4', '7', THREAD_NODE_ID, 'gone'].sort());
    expect(childrenShown(state, state.root)?.map((c) => c.id)).toEqual(['3', 'gone']);
    applyFilter(state, filterPredicate(parseFilter('author:bob')));
    expect(childrenShown(state, state.root)?.map((c) => c.id)).toEqual(['1', '3']);
  });
});

describe('filters', () => {
  const doc = sampleDocument();
  it('counts a disagreement the post makes, not one it quotes, and a stance only when the reader is sure', () => {
    const disagrees = filterPredicate(parseFilter('disagreements'))!;
    const [, , carol, alice] = doc.posts;
    const quotedOnly = { ...alice!, stance: null, sentences: alice!.sentences.map((s) => ({ ...s, quoted: true })) };
    expect(disagrees(quotedOnly)).toBe(false);
    const unsure = { ...carol!, sentences: [], stance: { label: 'disagree' as const, confidence: 0.4 } };
    expect(disagrees(unsure)).toBe(false);
    expect(disagrees({ ...unsure, stance: { label: 'disagree', confidence: 0.8 } })).toBe(true);
  });

  const kept = (value: string) => doc.posts.filter(filterPredicate(parseFilter(value)) ?? (() => true)).map((p) => p.id);
  it.each([
    ['disagreements', ['3', '4']],
    ['concessions', ['4']],
    ['author:bob', ['2', '6']],
    ['all', ['1', '2', '3', '4', '5', '6']],
  ])('%s keeps %j', (value, ids) => {
    expect(kept(value)).toEqual(ids);
  });
});
