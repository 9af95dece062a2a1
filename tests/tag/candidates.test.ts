import { describe, expect, it } from 'vitest';
import { candidatePatterns } from '../../src/tag/candidates.js';
import { LEXICON } from '../../src/tag/lexicon.js';
import { findCues } from '../../src/tag/match.js';
import { tokenize } from '../../src/tag/tokens.js';

const tried = (sentence: string) => candidatePatterns(tokenize(sentence).words, LEXICON).map((index) => LEXICON.patterns[index]!.name);
const found = (sentence: string) => findCues(tokenize(sentence), LEXICON).map((match) => match.cue.name);

describe('candidate pattern cues', () => {
  it('needs the word itself where the pattern ends a word after it ("i" in "\\bi take that back", not "in" or "it")', () => {
    expect(tried('In the end it is fine, if slow.')).not.toContain('i take that back');
    expect(tried('Ok, I take that back.')).toContain('i take that back');
    expect(found('Ok, I take that back.')).toContain('i take that back');
  });

  it('tries a pattern that needs a number only on a sentence holding one', () => {
    expect(tried('The new build is a lot faster.')).not.toContain('count (70k)');
    expect(tried('The new build handles 70k requests.')).toContain('count (70k)');
    expect(found('The new build handles 70k requests.')).toContain('count (70k)');
  });

  it('reads a pattern opening with a class that holds a bracket ("(?:^|[,;(] )to be fair")', () => {
    expect(tried('The plan is sound.')).not.toContain('to be fair');
    expect(found('To be fair, the plan is sound.')).toContain('to be fair');
  });
});
