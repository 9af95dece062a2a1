import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../../src/tag/index.js';
import { cuesOf, tagsOf } from '../../helpers/tags.js';

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

describe('questions after a clause joint', () => {

  it('finds a question after "but", ":" or an inverted auxiliary after a comma', () => {
    expect(tagsOf('Not sure if this is the right subforum but does anyone have a wiring diagram')).toContain('question');
    expect(tagsOf('Genuinely asking: what is the argument for keeping daylight saving time')).toContain('question');
    expect(tagsOf('Not sure where to report this, is the bug tracker the right place')).toContain('question');
  });

  it('does not read a relative clause after a comma as a question', () => {
    expect(tagsOf('Wind farms can help reduce emissions, which is better than nothing.')).not.toContain('question');
  });
});

describe('questions with an aside after the mark', () => {
  it('still asks when a short aside follows the last "?"', () => {
    for (const text of ["so we're just going to ignore the 2021 freeze? cool cool", 'So the plan is to break every plugin to save four lines? Bold.']) {
      expect(tagSentence(text).tags, text).toContain('question');
    }
    expect(tagSentence('People kept asking why? and the answer has been in the FAQ at the bottom of the page all along.').tags).not.toContain('question');
  });
});
