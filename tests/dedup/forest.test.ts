import { describe, expect, it } from 'vitest';
import { buildForest } from '../../src/dedup/forest.js';
import { expectForest, maxDepth } from '../helpers/invariants.js';
import { rawPost, rawThread } from '../helpers/posts.js';

describe('buildForest', () => {
  it('inserts a placeholder for a missing parent, before its first reply, and says so', () => {
    const forest = buildForest(rawThread([rawPost('a', null), rawPost('c', 'gone'), rawPost('d', 'gone')]));
    expect(forest.posts.map((p) => p.id)).toEqual(['a', 'gone', 'c', 'd']);
    expect(forest.posts[1]).toMatchObject({ placeholder: true, parentId: null, text: '' });
    expect(forest.diagnostics[0]!.message).toBe('2 posts reply to 1 post missing from the response (gone); placeholders stand in for them.');
    expectForest(forest.posts);
  });

  it('breaks a reply cycle and a self-reply, with a warning', () => {
    const forest = buildForest(rawThread([rawPost('a', 'c'), rawPost('b', 'a'), rawPost('c', 'b'), rawPost('s', 's')]));
    expectForest(forest.posts);
    expect(forest.posts.filter((p) => p.parentId === null)).toHaveLength(2);
    expect(forest.diagnostics.map((d) => d.level)).toEqual(['warning', 'warning']);
  });

  it('moves a reply read before its parent to just after it, keeping the rest in order', () => {
    const forest = buildForest(rawThread([rawPost('r2', 'p'), rawPost('x', null), rawPost('p', null), rawPost('r1', 'p')]));
    expect(forest.posts.map((p) => p.id)).toEqual(['x', 'p', 'r2', 'r1']);
  });

  it('handles a 10,000-deep reply chain without overflowing the stack', () => {
    const posts = Array.from({ length: 10_000 }, (_, i) => rawPost(`n${i}`, i ? `n${i - 1}` : null));
    const forest = buildForest(rawThread(posts.reverse()));
    expectForest(forest.posts);
    expect(maxDepth(forest.posts)).toBe(9_999);
  });
});
