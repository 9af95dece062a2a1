import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../../src/tag/index.js';

describe('supposition and double negation', () => {
  it('turns agreement inside "if", "even if", "assuming" into a concession', () => {
    const sentence = tagSentence("Even if that's true, it doesn't change the recommendation.");
    expect(sentence.tags).toContain('concession');
    expect(sentence.tags).not.toContain('agreement');
    expect(tagSentence("Assuming you're right, the budget still fails.").tags).not.toContain('agreement');
  });

  it('reads "it\'s not that I don\'t …" as a concession', () => {
    expect(tagSentence("It's not that I don't trust the team.").cues).toContain('double negation (not that … not)');
    expect(tagSentence("I wouldn't say I disagree.").tags).toContain('concession');
  });
});
