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
    // Ben answers Ana's post, and Ana answers Ben in turn.
    expect(first).toEqual({ answersBack: false, answeredBack: true, ownPost: false });
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
    expect(places[1]).toEqual({ answersBack: false, answeredBack: false, ownPost: true });
    expect(places[2]).toEqual({ answersBack: false, answeredBack: false, ownPost: true });
  });

  it('tells nothing where a writer is unknown or the parent is not among the posts', () => {
    const places = replyPlaces([post('1', null, null), post('2', '1', 'ben'), post('3', '2', null), post('4', 'gone', 'ana'), post('5', '2', '')]);
    for (const place of places) expect(place).toEqual({ answersBack: false, answeredBack: false, ownPost: false });
  });
});
