import { describe, expect, it } from 'vitest';
import { repairThread } from '../../src/dedup/repair.js';
import type { Diagnostic, RawPost, RawThread } from '../../src/model.js';

const post = (id: string, parentId: string | null, extra: Partial<RawPost> = {}): RawPost => ({
  id, parentId, author: 'a', createdAt: null, score: null, url: null, text: `Text of ${id}.`, quotes: [], ...extra,
});

const links = (posts: RawPost[]) => posts.map((p) => `${p.id}<${p.parentId ?? '-'}`);

/** A site's posts as read, with what the site states (`rootId`, `flat`) → the repaired posts; diagnostics collected. */
function repair(posts: RawPost[], diagnostics: Diagnostic[], stated: Pick<RawThread, 'rootId' | 'flat'> = {}): RawPost[] {
  const thread = repairThread({ source: { kind: 'html', url: null, title: null, retrievedAt: '' }, posts, diagnostics: [], ...stated });
  diagnostics.push(...thread.diagnostics);
  return thread.posts;
}

describe('repairThread', () => {
  it('puts parents before children, siblings in the order given', () => {
    const diagnostics: Diagnostic[] = [];
    const done = repair([post('c', 'b'), post('b', 'root'), post('root', null), post('d', 'root')], diagnostics);
    expect(links(done)).toEqual(['root<-', 'b<root', 'c<b', 'd<root']);
    expect(diagnostics).toEqual([]);
  });

  it('stands a placeholder in for each missing parent, chained up to the parent the site gives', () => {
    const diagnostics: Diagnostic[] = [];
    const done = repair([post('x', 'gone1'), post('y', 'gone2')], diagnostics, { rootId: 'thread' });
    expect(links(done)).toEqual(['thread<-', 'gone1<thread', 'x<gone1', 'gone2<thread', 'y<gone2']);
    expect(done.filter((p) => p.placeholder).map((p) => p.id)).toEqual(['thread', 'gone1', 'gone2']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      '2 posts reply to 3 posts missing from the response (gone1, gone2, thread); placeholders stand in for them.',
    ]);
  });

  it("hangs a missing parent's placeholder under the next ancestor its reply states, and keeps no trace of the statement", () => {
    const diagnostics: Diagnostic[] = [];
    const done = repair([post('top', null), post('c', 'b', { above: ['b', 'a', 'top'] }), post('a', 'top')], diagnostics, { rootId: 'top' });
    expect(links(done)).toEqual(['top<-', 'a<top', 'b<a', 'c<b']);
    expect(done.some((p) => 'above' in p)).toBe(false);
  });

  it('links flat posts to the earlier post whose words they quote, else to the opening post', () => {
    const diagnostics: Diagnostic[] = [];
    const done = repair([
      post('issue', null, { text: 'The build fails on Windows with a path error.' }),
      post('c1', null, { text: 'Same here since the last release.' }),
      post('c2', null, { quotes: [{ text: 'Same here since the last release', postId: null }] }),
    ], diagnostics, { flat: { startsThread: true, quotesByWords: true } });
    expect(links(done)).toEqual(['issue<-', 'c1<issue', 'c2<c1']);
    expect(done[2]!.quotes[0]!.postId).toBe('c1');
  });

  it('keeps the first of two posts with one id, and cuts a loop of replies', () => {
    const diagnostics: Diagnostic[] = [];
    const done = repair([post('a', 'b'), post('b', 'a'), post('a', null, { text: 'second copy' }), post('s', 's')], diagnostics);
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
    const done = repair([
      post('root', null), post('d1', 'root', gone), post('d2', 'd1', gone), post('d3', 'root', gone), post('r', 'd3'),
    ], diagnostics);
    expect(links(done)).toEqual(['root<-', 'd3<root', 'r<d3']);
    expect(diagnostics.map((d) => d.message)).toEqual(['2 deleted, removed or dead posts with no replies were left out.']);
  });

  it('links a quote to the nearest ancestor holding its words, any case or punctuation', () => {
    const done = repair([
      post('root', null, { text: 'Compute grows smoothly. Capabilities track compute.' }),
      post('mid', 'root', { text: 'I am not sure.' }),
      post('leaf', 'mid', { quotes: [{ text: 'capabilities track compute', postId: null }, { text: 'Nobody wrote this', postId: null }] }),
    ], []);
    expect(done[2]!.quotes).toEqual([{ text: 'capabilities track compute', postId: 'root' }, { text: 'Nobody wrote this', postId: null }]);
  });

  it('handles a reply chain 20 000 deep without overflowing the stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => post(`p${i}`, i === 0 ? null : `p${i - 1}`));
    const done = repair(chain.reverse(), []);
    expect(done[0]!.id).toBe('p0');
    expect(done.at(-1)!.id).toBe('p19999');
  });
});
