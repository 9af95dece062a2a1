// Where a reply sits in its exchange (src/tag/reply-place.ts), from who wrote the posts around it.
import { describe, expect, it } from 'vitest';
import { replyPlaces } from '../../src/tag/reply-place.js';

const post = (id: string, parentId: string | null, author: string | null) => ({ id, parentId, author });

describe('replyPlaces', () => {
  it('sees a writer answering back, and a parent whose writer answers back', () => {
    const [root, first, back, again] = replyPlaces([
      post('1', null, 'ana'), post('2', '1', 'ben'), post('3', '2', 'ana'), post('4', '3', 'ben'),
    ]);
    expect(root).toEqual({ answersBack: false, answeredBack: false, ownPost: false });
    // Ben answers Ana's opening post, and Ana answers Ben in turn.
    expect(first).toEqual({ answersBack: false, answeredBack: true, ownPost: false, underOpening: true });
    // Ana answers back; Ben answers her back.
    expect(back).toEqual({ answersBack: true, answeredBack: true, ownPost: false });
    expect(again).toEqual({ answersBack: true, answeredBack: false, ownPost: false });
  });

  it('does not count a third writer joining in as answering back', () => {
    const places = replyPlaces([post('1', null, 'ana'), post('2', '1', 'ben'), post('3', '2', 'cy'), post('4', '2', 'dee')]);
    expect(places[2]).toEqual({ answersBack: false, answeredBack: false, ownPost: false });
    expect(places[1]!.answeredBack).toBe(false);
  });

  it("reads a reply to the writer's own post as a follow-up, not an exchange", () => {
    const places = replyPlaces([post('1', null, 'ana'), post('2', '1', 'ana'), post('3', '2', 'ana')]);
    expect(places[1]).toEqual({ answersBack: false, answeredBack: false, ownPost: true, underOpening: true });
    expect(places[2]).toEqual({ answersBack: false, answeredBack: false, ownPost: true });
  });

  it('tells nothing where a writer is unknown or the parent is not among the posts', () => {
    const places = replyPlaces([post('1', null, null), post('2', '1', 'ben'), post('3', '2', null), post('4', 'gone', 'ana'), post('5', '2', '')]);
    for (const place of places) expect({ ...place, underOpening: false }).toEqual({ answersBack: false, answeredBack: false, ownPost: false, underOpening: false });
  });

  it('tells a reply to the opening post from a reply in an exchange, writer known or not', () => {
    const places = replyPlaces([post('1', null, 'ana'), post('2', '1', null), post('3', '1', 'ben'), post('4', '3', 'cy'), post('5', 'gone', 'dee')]);
    expect(places.map((place) => place.underOpening === true)).toEqual([false, true, true, false, false]);
  });
});

describe('replyPlaces under the opening post, with the posts each reply answers (answers.ts)', () => {
  const posts = [post('1', null, 'ana'), post('2', '1', 'ben'), post('3', '1', 'cy'), post('4', '2', 'dee'), post('5', '1', 'eve')];
  const answers = [
    [], [{ postId: '1', cue: 'its parent' }], [{ postId: '2', cue: 'quotes it' }],
    [{ postId: '3', cue: 'mentions @cy' }], [{ postId: '2', cue: 'mentions @ben' }, { postId: '1', cue: 'mentions @ana' }],
  ];
  const places = replyPlaces(posts, answers);

  it('names the post a reply under the opening post answers instead', () => {
    expect(places[2]).toEqual({ answersBack: false, answeredBack: false, ownPost: false, underOpening: true, answersInstead: 'post 2 (quotes it)' });
    expect(places[1]!.answersInstead).toBeUndefined();
  });

  it('does not when the reply sits under a reply (its writer chose that parent) or also answers the opening post', () => {
    expect(places[3]!.answersInstead).toBeUndefined();
    expect(places[4]!.answersInstead).toBeUndefined();
  });

  it('reads the exchange as before: by parents, not by quotes or mentions', () => {
    expect(places.map(({ answersBack, answeredBack }) => ({ answersBack, answeredBack }))).toEqual(replyPlaces(posts).map(({ answersBack, answeredBack }) => ({ answersBack, answeredBack })));
  });
});
