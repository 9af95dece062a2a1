// Every cue in data/lexicons tags the example sentences written beside it (and a cue counting against a
// tag keeps it off its examples): the lexicons stay honest as they grow.
import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/tag/index.js';
import { LEXICON } from '../../src/tag/lexicon.js';

describe('lexicons', () => {
  it('load all seven tags with many cues', () => {
    const tags = new Set(LEXICON.cues.map((cue) => cue.tag));
    expect(tags.size).toBe(7);
    expect(LEXICON.cues.length).toBeGreaterThan(250);
  });

  const cases = LEXICON.cues.flatMap((cue) => cue.examples.map((example) => ({ cue, example })));
  it.each(cases.map(({ cue, example }) => [cue.tag, cue.name, example, cue] as const))('%s cue "%s" tags "%s"', (tag, name, example, cue) => {
    const sentence = tagSentence(example);
    if (cue.weight > 0) {
      expect(sentence.tags).toContain(tag);
      expect(sentence.reasons).toContainEqual(expect.objectContaining({ tag, cue: name }));
    } else {
      expect(sentence.tags).not.toContain(tag);
    }
  });
});
