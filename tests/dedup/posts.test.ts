import { describe, expect, it } from 'vitest';
import { dedupPosts } from '../../src/dedup/posts.js';
import { dedupThread } from '../../src/dedup/thread.js';
import { rawPost, rawThread } from '../helpers/posts.js';

const long = (topic: string) => `${topic} is the subject of this comment, which runs long enough to compare by its shingles.`;

describe('dedupPosts', () => {
  it('merges a post scraped twice under one id (the dedup stage: repair, then dedupPosts)', () => {
    const out = dedupThread(rawThread([rawPost('1', null), rawPost('2', '1'), rawPost('2', '1')]));
    expect(out.posts.map((p) => p.id)).toEqual(['1', '2']);
    expect(out.posts[1]!.duplicates).toEqual(['input:2']);
    expect(out.inputCount).toBe(3);
  });

  it("merges one author's double post and moves its replies to the copy kept", () => {
    const out = dedupPosts(rawThread([
      rawPost('1', null, long('Rust'), { author: 'ann' }),
      rawPost('2', null, long('Rust'), { author: 'ann' }),
      rawPost('3', '2', long('Go'), { author: 'bob' }),
    ]));
    expect(out.posts.map((p) => p.id)).toEqual(['1', '3']);
    expect(out.posts[0]!.duplicates).toEqual(['2']);
    expect(out.posts[1]!.parentId).toBe('1');
  });

  it("keeps one author's identical replies to two different people, each with its own follow-up", () => {
    const out = dedupPosts(rawThread([
      rawPost('1', null, long('Rust'), { author: 'ann' }),
      rawPost('2', '1', long('Go'), { author: 'bob' }),
      rawPost('3', '1', long('Zig'), { author: 'cat' }),
      rawPost('4', '2', long('Read the docs'), { author: 'dan' }),
      rawPost('5', '3', long('Read the docs'), { author: 'dan' }),
      rawPost('6', '5', long('The docs are wrong'), { author: 'cat' }),
    ]));
    expect(out.posts.map((p) => [p.id, p.parentId])).toEqual([['1', null], ['2', '1'], ['3', '1'], ['4', '2'], ['5', '3'], ['6', '5']]);
    expect(out.posts.every((p) => p.duplicates!.length === 0)).toBe(true);
  });

  it('keeps the same words from two different authors', () => {
    const out = dedupPosts(rawThread([rawPost('1', null, long('Rust'), { author: 'ann' }), rawPost('2', '1', long('Rust'), { author: 'bob' })]));
    expect(out.posts).toHaveLength(2);
  });

  it('links a quote whose markup names no post to the post holding its words', () => {
    const out = dedupPosts(rawThread([
      rawPost('1', null, long('Rust')),
      rawPost('2', '1', 'I disagree with that entirely.', { quotes: [{ text: long('Rust').slice(0, 60), postId: null }] }),
    ]));
    expect(out.posts[1]!.quotes[0]!.postId).toBe('1');
  });

  it('does not change the posts it is given', () => {
    const posts = [rawPost('1', null, long('Rust'), { author: 'ann' }), rawPost('2', null, long('Rust'), { author: 'ann' })];
    const before = JSON.stringify(posts);
    dedupPosts(rawThread(posts));
    expect(JSON.stringify(posts)).toBe(before);
  });

  it('leaves pasted text, already rebuilt, as it is', () => {
    const thread = rawThread([rawPost('p1', null), rawPost('p1', null)], 'text');
    expect(dedupPosts(thread)).toBe(thread);
  });
});
