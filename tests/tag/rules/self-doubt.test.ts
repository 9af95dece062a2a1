import { describe, expect, it } from 'vitest';
import { disclaims, doubtsSelf } from '../../../src/tag/rules/self-doubt.js';
import { tokenize } from '../../../src/tag/tokens.js';
import { tagsOf } from '../../helpers/tags.js';

describe('a side of "but" that only doubts the writer', () => {
  it('finds self-doubt after the marker and a disclaimer before it', () => {
    const words = tokenize('It ships in May, but I could be wrong.').words;
    expect(doubtsSelf(words, words.indexOf('but') + 1)).toBe(true);
    const opening = tokenize('Not 100% sure, but I think it ships in May.').words;
    expect(disclaims(opening, 0, opening.indexOf('but'))).toBe(true);
  });

  it('leaves doubt about the other writer alone: "I\'m not sure that\'s right" still objects', () => {
    const words = tokenize("Yes, but I'm not sure that's right.").words;
    expect(doubtsSelf(words, words.indexOf('but') + 1)).toBe(false);
    expect(tagsOf("Yes, but I'm not sure that's right.")).toContain('disagreement');
  });

  it('hedges instead of conceding or disagreeing', () => {
    for (const text of [
      'My guess is that most of the value comes from the first hires, but I hold that loosely.',
      'It seems like the field is converging on evals, though I could be wrong.',
      'Could be wrong but I think the patch only affects ARM builds.',
      'This might be an unpopular take, but I think the old UI was better.',
      'Probably overthinking this, but the wording of clause 4 looks ambiguous.',
      "The ferry probably runs less often in winter, though I'm not personally confident of that.",
      "The new index is likely the cause, but I don't really know how to confirm it from here.",
      "It does look like the budget will slip, but it's not entirely clear whether that matters for the launch.",
    ]) {
      const tags = tagsOf(text);
      expect(tags, text).toContain('hedge');
      expect(tags, text).not.toContain('concession');
      expect(tags, text).not.toContain('disagreement');
    }
  });

  it('does not swallow a real concession: "Fair point, but…" still concedes and objects', () => {
    expect(tagsOf('Fair point, but the sample was tiny.')).toEqual(expect.arrayContaining(['concession', 'disagreement']));
  });
});

describe('a preface about the writer\'s own state', () => {
  it.each([
    "I don't know about you, but the new layout is harder to read.",
    "I can't remember, but I think the old server was in Frankfurt.",
    "I'm sure you're aware of it, but the release was moved to May.",
    "It's up to you, but the second option looks cheaper.",
  ])('"%s" grants nothing', (text) => {
    expect(tagsOf(text)).not.toContain('concession');
  });

  it('still reads "X, but Y" with the other side in X as a concession', () => {
    expect(tagsOf('That may be true, but the timing is off.')).toContain('concession');
  });
});
