// What a reply answers on forums where few replies carry a stance cue: Hacker News and Reddit threads, link posts.
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../src/model.js';
import { buildMap } from '../../src/pipeline.js';
import { rawPost, rawThread } from '../helpers/posts.js';

const by = (author: string, extra = {}) => ({ author, ...extra });
const map = (...posts: Parameters<typeof rawPost>[]): MapDocument => buildMap(rawThread(posts.map((args) => rawPost(...args))));
const clashesFrom = (doc: MapDocument, postId: string) => doc.argument!.clashes.filter((c) => c.from.postId === postId);

const CLAIM = 'Rent control reduces the supply of rental housing over time, because landlords convert units to condos.';

describe('a reply’s opening', () => {
  it('answers the claim it is made under, though no stance cue says so', () => {
    const doc = map(['a1', null, CLAIM, by('alice')], ['b1', 'a1', 'Condo conversions are rare in cities with vacancy decontrol.', by('bob')]);
    const [clash] = clashesFrom(doc, 'b1');
    expect(clash).toMatchObject({ from: { sentence: 0, author: 'bob' }, to: { postId: 'a1', sentence: 0, author: 'alice' } });
    expect(clash!.cues[0]).toBe('opens a reply to a claim');
  });

  it('does not when the writer agrees, or when the post above asks and claims nothing', () => {
    const agreeing = map(['a1', null, CLAIM, by('alice')], ['b1', 'a1', 'I agree, landlords in Berlin converted many units to condos.', by('bob')]);
    expect(clashesFrom(agreeing, 'b1')).toEqual([]);
    const asked = map(['a1', null, 'Which Miyazaki film should I watch first?', by('alice')], ['b1', 'a1', 'Nausicaa is a wonderful film to start with.', by('bob')]);
    expect(clashesFrom(asked, 'b1')).toEqual([]);
  });

  it('skips a line copied from the parent without quote markup: the writer’s own words come after it', () => {
    const parent = 'Landlords convert their units to condos when rents are capped.';
    const doc = map(['a1', null, CLAIM, by('alice')], ['b1', 'a1', parent, by('bob')],
      ['c1', 'b1', `${parent} That is simply not what the data from Berlin shows.`, by('carol')]);
    expect(clashesFrom(doc, 'c1').map((c) => c.from.sentence)).toEqual([1]);
  });
});

describe('under a link post', () => {
  const linkPost = (reply: string) => map(['s1', null, '', by('op', { title: 'Miyazaki Announces Retirement From Feature Films' })], ['r1', 's1', reply, by('bob')]);

  it('a reply’s place disputes nothing in a post without text', () => {
    expect(clashesFrom(linkPost('Netbooks aren’t dead, they’re just called Chromebooks now.'), 'r1')).toEqual([]);
  });

  it('a denial that takes up the title’s terms disputes the post as a whole', () => {
    const [clash] = clashesFrom(linkPost('Retiring in Japan doesn’t really mean the same as it does in America.'), 'r1');
    expect(clash?.to).toEqual({ postId: 's1', sentence: null, author: 'op' });
  });
});

describe('grants in words', () => {
  const grantsOf = (reply: string, dispute: boolean) => {
    const answer = dispute ? 'That is not true, rent control does not reduce the supply of rental housing.' : 'I agree, and vacancy decontrol keeps units on the market too.';
    return map(['a1', null, CLAIM, by('alice')], ['b1', 'a1', answer, by('bob')], ['a2', 'b1', reply, by('alice')])
      .argument!.concessions.filter((g) => g.from.postId === 'a2').map((g) => g.cues[0]);
  };

  it('agreeing and then qualifying grants a point, even outside a dispute', () => {
    expect(grantsOf('I mostly agree with you, with a caveat: decontrol only slows the conversions.', false)).toEqual(['grants with a caveat (I mostly agree)']);
  });

  it('in a dispute, “I don’t dispute that…” and a yes that says what it grants count; a bare yes does not', () => {
    expect(grantsOf('I don’t dispute that some landlords convert units to condos.', true)).toHaveLength(1);
    expect(grantsOf('Yes, that can be a problem for tenants in Berlin.', true)).toHaveLength(1);
    expect(grantsOf('Yes.', true)).toEqual([]);
  });

  it('“I can’t say I agree” grants nothing, even in a dispute', () => {
    expect(grantsOf('I can’t say I agree with your reading of the Berlin numbers.', true)).toEqual([]);
  });
});

describe('a later sentence linked by the terms it shares', () => {
  const PARENT = 'Rent control reduces the supply of rental housing over time. Landlords convert rental units to condos when rents are capped.';
  const termCue = (reply: string) => clashesFrom(map(['a1', null, PARENT, by('alice')], ['b1', 'a1', reply, by('bob')]), 'b1')
    .find((c) => c.from.sentence === 1)!.cues.find((cue) => /terms:/.test(cue));

  it('says it negates them, whichever apostrophe the denial is typed with', () => {
    const denial = (apostrophe: string) => `That is simply wrong. Landlords don${apostrophe}t convert rental units to condos in Berlin, the law forbids it.`;
    expect(termCue(denial("'"))).toBe('negates terms: landlords, convert, rental, units');
    expect(termCue(denial('’'))).toBe('negates terms: landlords, convert, rental, units');
  });
});
