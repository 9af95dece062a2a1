import { describe, expect, it } from 'vitest';
import { negatorBefore } from '../../../src/tag/rules/negation.js';
import { tagSentence } from '../../../src/tag/index.js';
import { tokenize } from '../../../src/tag/tokens.js';

const words = (text: string) => tokenize(text).words;

describe('negation scope', () => {
  it('reaches three words back within the clause', () => {
    expect(negatorBefore(words('I do not really agree'), 4)).toBe(2);
    expect(negatorBefore(words('not that I would ever agree'), 5)).toBe(-1);
    expect(negatorBefore(words('No, I agree'), 3)).toBe(-1);
    expect(negatorBefore(words('I have no idea whether that is true'), 6)).toBe(-1);
    expect(negatorBefore(words('not only agreed'), 2)).toBe(-1);
    expect(negatorBefore(words('they cannot read — are considered poor'), 5)).toBe(-1);
  });

  it('turns each cue into what it means negated, and names the negation in the cue', () => {
    expect(tagSentence("I'm not confident the fix holds.").reasons).toContainEqual(expect.objectContaining({ tag: 'hedge', cue: 'not … confident' }));
    expect(tagSentence("That doesn't seem right to me.").tags).toContain('disagreement');
    expect(tagSentence("I don't disagree with any of that.").tags).toContain('concession');
    expect(tagSentence("I don't think you're right.").tags).toContain('disagreement');
  });
});

describe('a closed quotation ends negation scope', () => {
  it('lets a cue after a quoted negation count, and a negation before a quoted cue negate it', () => {
    expect(tagSentence("Saying the vaccine 'wasn't tested' ignores the phase III trials.").tags).toContain('disagreement');
    const quotedCue = words("It's not 'safe' at all");
    expect(negatorBefore(quotedCue, quotedCue.indexOf('safe'))).toBeGreaterThanOrEqual(0);
  });
});

describe('negative questions', () => {
  it('does not let the "not" of a negative question negate the cue after it', () => {
    for (const text of ["Doesn't that contradict the install guide you linked earlier?", 'Wait, doesn\'t that contradict what you wrote two comments up?']) {
      expect(tagSentence(text).tags, text).toEqual(expect.arrayContaining(['question', 'disagreement']));
    }
    expect(tagSentence("That doesn't contradict anything I said.").tags).not.toContain('question');
  });
});
