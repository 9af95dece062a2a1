// The cues the rules write from a sentence's shape are the ones the argument stage recognises as shape alone
// (src/tag/shape-cues.ts): a clash or a grant resting only on them needs the other's words to count.
import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/tag/index.js';
import { disputesByShape, grantsByShape, isClauseContrast } from '../../src/tag/shape-cues.js';

const cuesFor = (text: string, tag: string) => tagSentence(text).reasons.filter((reason) => reason.tag === tag).map((reason) => reason.cue);

describe('cues read from shape alone', () => {
  it('are recognised whatever the connective: "X, yet Y" as well as "X, but Y"', () => {
    const yet = cuesFor('The plan should work, yet nobody has funded it.', 'concession');
    expect(yet.filter(isClauseContrast)).toEqual(['X, yet Y']);
    expect(yet.every(grantsByShape)).toBe(true);
  });

  it('cover the concessive clause and the objection after a grant', () => {
    expect(cuesFor('Even if the tests are slow, they catch real bugs.', 'concession').every(grantsByShape)).toBe(true);
    const objection = cuesFor('Although the sample is decent, it does not control for income.', 'disagreement');
    expect(objection.length).toBeGreaterThan(0);
    expect(objection.every(disputesByShape)).toBe(true);
  });

  it('leave out grants and objections made in words', () => {
    const granted = cuesFor('Fair enough, I was wrong about the costs.', 'concession');
    expect(granted.length).toBeGreaterThan(0);
    expect(granted.some(grantsByShape)).toBe(false);
    const disputed = cuesFor('I disagree, the costs are lower than that.', 'disagreement');
    expect(disputed.length).toBeGreaterThan(0);
    expect(disputed.some(disputesByShape)).toBe(false);
  });
});
