import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../../src/tag/index.js';

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
