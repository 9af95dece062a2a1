import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../../src/tag/index.js';

describe('stated probabilities', () => {
  it.each([
    ['I have ~70% confidence in this.', '~ 70 % confidence'],
    ["I'd put maybe 30% on it.", 'i would put maybe 30 %'],
    ["I'm maybe 60% on this.", 'i am maybe 60 % on'],
    ['The probability of 0.3 seems fair.', 'probability of 0 . 3'],
    ['There is a 1 in 10 chance.', '1 in 10 chance'],
  ])('"%s" is a hedge with its stated number as the cue', (text, cue) => {
    const sentence = tagSentence(text);
    expect(sentence.tags).toContain('hedge');
    expect(sentence.cues).toContain(`stated probability (${cue})`);
    expect(sentence.tags).not.toContain('evidence');
  });

  it('leaves statistics to evidence', () => {
    expect(tagSentence('Turnout rose by 70% in 2020.').tags).toEqual(expect.arrayContaining(['evidence']));
    expect(tagSentence('Turnout rose by 70% in 2020.').tags).not.toContain('hedge');
  });
});
