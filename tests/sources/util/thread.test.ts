import { describe, expect, it } from 'vitest';
import type { Diagnostic, RawPost } from '../../../src/model.js';
import { finishPosts } from '../../../src/sources/util/thread.js';

const post = (id: string, parentId: string | null, extra: Partial<RawPost> = {}): RawPost => ({
  id, parentId, author: 'a', createdAt: null, score: null, url: null, text: `Text of ${id}.`, quotes: [], ...extra,
});

const links = (posts: RawPost[]) => posts.map((p) => `${p.id}<${p.parentId ?? '-'}`);

describe('finishPosts', () => {
  it('puts parents before children, siblings in the order given', () => {
    const diagnostics: Diagnostic[] = [];
    const done = finishPosts([post('c', 'b'), post('b', 'root'), post('root', null), post('d', 'root')], diagnostics);
    expect(links(done)).toEqual(['root<-', 'b<root', 'c<b', 'd<root']);
    expect(diagnostics).toEqual([]);
  });

  it('stands a placeholder in for each missing parent, chained up to the parent the site gives', () => {
    const diagnostics: Diagnostic[] = [];
    const done = finishPosts([post('x', 'gone1'), post('y', 'gone2')], diagnostics, {
      placeholderParent: (missing) => (missing === 'thread' ? null : 'thread'),
    });
    expect(links(done)).toEqual(['thread<-', 'gone1<thread', 'x<gone1', 'gone2<thread', 'y<gone2']);
    expect(done.filter((p) => p.placeholder).map((p) => p.id)).toEqual(['thread', 'gone1', 'gone2']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      '2 posts reply to 3 posts missing from the response (gone1, gone2, thread); placeholders stand in for them.',
    ]);
  });

  it('keeps the first of two posts with one id, and cuts a loop of replies', () => {
    const diagnostics: Diagnostic[] = [];
    const done = finishPosts([post('a', 'b'), post('b', 'a'), post('a', null, { text: 'second copy' }), post('s', 's')], diagnostics);
    expect(done).toHaveLength(3);
    expect(done.filter((p) => p.parentId === null).map((p) => p.id).sort()).toEqual(['a', 's']);
    expect(done.find((p) => p.id === 'a')!.text).toBe('Text of a.');
    expect(diagnostics.map((d) => d.message)).toEqual([
      '1 post appeared twice in the response; the first copy of each was kept.',
      'The reply chain through post a loops back on itself; it is shown as a root.',
      'The reply chain through post s loops back on itself; it is shown as a root.',
    ]);
  });

  it('drops deleted posts nobody replies to, chains of them too, but keeps those with replies', () => {
    const diagnostics: Diagnostic[] = [];
    const gone = { placeholder: true, text: '' };
    const done = finishPosts([
      post('root', null), post('d1', 'root', gone), post('d2', 'd1', gone), post('d3', 'root', gone), post('r', 'd3'),
    ], diagnostics);
    expect(links(done)).toEqual(['root<-', 'd3<root', 'r<d3']);
    expect(diagnostics.map((d) => d.message)).toEqual(['2 deleted, removed or dead posts with no replies were left out.']);
  });

  it('links a quote to the nearest ancestor holding its words, any case or punctuation', () => {
    const done = finishPosts([
      post('root', null, { text: 'Compute grows smoothly. Capabilities track compute.' }),
      post('mid', 'root', { text: 'I am not sure.' }),
      post('leaf', 'mid', { quotes: [{ text: 'capabilities track compute', postId: null }, { text: 'Nobody wrote this', postId: null }] }),
    ], []);
    expect(done[2]!.quotes).toEqual([{ text: 'capabilities track compute', postId: 'root' }, { text: 'Nobody wrote this', postId: null }]);
  });

  it('handles a reply chain 20 000 deep without overflowing the stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => post(`p${i}`, i === 0 ? null : `p${i - 1}`));
    const done = finishPosts(chain.reverse(), []);
    expect(done[0]!.id).toBe('p0');
    expect(done.at(-1)!.id).toBe('p19999');
  });
});
