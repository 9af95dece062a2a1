import { describe, expect, it } from 'vitest';
import { tagBadges } from '../../src/layout/card.js';
import { byPriority } from '../../src/layout/palette.js';
import { buildMap } from '../../src/pipeline.js';
import { rawPost, rawThread } from '../helpers/posts.js';

describe('what a card and a highlight show first', () => {
  it('puts disagreement and concession badges before claims and hedges', () => {
    const doc = buildMap(rawThread([
      rawPost('a', null, 'Rent control reduces the supply of rental housing.'),
      rawPost('b', 'a', 'That is not true, rent control probably does not reduce supply. Fair point about conversions, though.'),
    ]));
    const badges = tagBadges(doc.posts[1]!).map((b) => b.tag);
    expect(badges[0]).toBe('disagreement');
    expect(badges.indexOf('concession')).toBeLessThan(badges.indexOf('claim'));
  });

  it('highlights a sentence by its most telling tag', () => {
    // The panel paints a sentence in byPriority(tags)[0] (one order: TAG_PRIORITY in palette.ts).
    expect(byPriority(['claim', 'concession', 'hedge'])[0]).toBe('concession');
    // Nearly every sentence is a claim; a hedge says more about it.
    expect(byPriority(['claim', 'hedge'])[0]).toBe('hedge');
    expect(byPriority([])[0]).toBeUndefined();
  });
});
