import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../../src/tag/index.js';
import { tagsOf } from '../../helpers/tags.js';

describe('claim shape', () => {
  it('takes an evaluative statement for a claim, naming the evaluative words', () => {
    const sentence = tagSentence('Cutting the budget would be a disaster for small schools.');
    expect(sentence.tags).toContain('claim');
    expect(sentence.cues.some((cue) => cue.startsWith('evaluative words (') && cue.includes('disaster'))).toBe(true);
  });

  it('does not take narration, fragments or greetings for claims', () => {
    for (const text of ['We moved the meetup to the library last week.', 'First and foremost,', 'Hello and welcome, everyone!']) {
      expect(tagSentence(text).tags, text).not.toContain('claim');
    }
    expect(tagSentence('We moved the meetup to the library last week.').reasons).toEqual([]);
  });

  it('does not count quantifiers and words of size or identity as evaluative', () => {
    expect(tagSentence('Many other people take the same new course every term.').tags).not.toContain('claim');
  });
});

describe('claims as forum readers see them', () => {

  it('counts a position with a clause of its own, a hedged statement, reported evidence and a generalisation', () => {
    expect(tagsOf("I don't buy that at all, hiring freezes started long before the hype.")).toContain('claim');
    expect(tagsOf("I'd put maybe 30% on the merger going through.")).toContain('claim');
    expect(tagsOf('The 2018 Cochrane review found no benefit for vitamin D supplements.')).toContain('claim');
    expect(tagsOf('Index funds beat stock picking for basically everyone.')).toContain('claim');
    expect(tagsOf("Most home users don't need a managed switch.")).toContain('claim');
  });

  it('leaves formulas, requests, meta-talk and narration alone', () => {
    for (const text of ['LGTM, thanks for adding the regression test.', 'Epistemic status: written quickly, probably full of typos.',
      "Mods, please move this if it's in the wrong place.", 'Spent the whole weekend rewriting my blog in Astro lol.',
      "I'll reply properly tomorrow, on my phone right now.", 'Reading the thread now, will reply properly later.']) {
      expect(tagsOf(text), text).not.toContain('claim');
    }
  });
});

describe('tense and subject', () => {

  it('reads a present verb from its subject, past an adverb, and an opening "-ed" word as a description', () => {
    for (const text of ['Standardized tests measure access to test prep more than they measure intelligence.',
      'Public transit only works when it runs often enough that nobody checks a schedule.',
      'Economists quietly assume preference utilitarianism in every cost-benefit analysis.',
      'Philanthropic money is fungible, so earmarking rarely changes what gets funded.']) {
      expect(tagsOf(text), text).toContain('claim');
    }
  });

  it('takes the past a writer hedges or grants for a claim, but not a formula like "I stand corrected"', () => {
    expect(tagsOf('As far as I know, the library never officially deprecated that function.')).toEqual(expect.arrayContaining(['claim', 'hedge']));
    expect(tagsOf('Granted, the old texture pack looked worse on low settings.')).toEqual(expect.arrayContaining(['claim', 'concession']));
    expect(tagsOf('I stand corrected on the Finland numbers.')).not.toContain('claim');
  });

  it('does not take an agreement formula with nothing of its own for a claim', () => {
    expect(tagsOf("I don't disagree with any of that.")).not.toContain('claim');
  });
});

describe('a correction "X, not Y"', () => {
  it('reads a long X before ", not Y" as a claim that corrects', () => {
    const text = 'These are hand-welded steel frames made by a small workshop in the valley, not cheap imports that rust in a year.';
    expect(tagSentence(text).tags).toContain('claim');
    expect(tagSentence(text).cues).toContain('X, not Y (a correction)');
  });
});

describe('me-too', () => {
  it('shares an experience and states no position: "Having the same issue, Pixel 7" is agreement, not a claim', () => {
    for (const text of ['Having the same issue on my Pixel 7 since Tuesday.', 'Getting the same issue here with the Android app since the update.']) {
      expect(tagSentence(text).tags, text).not.toContain('claim');
    }
  });
});
