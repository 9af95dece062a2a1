import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../../src/tag/index.js';

const cuesOf = (text: string) => tagSentence(text).cues;

describe('questions', () => {
  it('hears questions by "?", by an inverted auxiliary and by a wh-word before an auxiliary', () => {
    expect(cuesOf('The meeting is when?')).toContain('ends with ?');
    expect(cuesOf('Is there a public version of the data')).toContain('inverted auxiliary (is there …)');
    expect(cuesOf('Why would anyone do that')).toContain('wh-question (why would …)');
    expect(cuesOf('How long did the review take')).toContain('wh-question (how long did …)');
    expect(cuesOf('What if the funding dries up')).toContain('wh-question (what if …)');
  });

  it('does not mistake statements opening with a wh-word or "I have" for questions', () => {
    for (const text of ['How we got here is a long story.', 'What matters is the result.', 'I have a few notes.',
      'How many people have access can vary enormously.', 'He asked "why?" and left.']) {
      expect(tagSentence(text).tags, text).not.toContain('question');
    }
  });

  it('keeps questions from being claims', () => {
    expect(tagSentence('Should we ban cars from the city centre?').tags).toEqual(['question']);
  });
});
