import { describe, expect, it } from 'vitest';
import { readParent, stanceToward, tagText } from '../../src/tag/index.js';

const stance = (reply: string, parent: string | null = 'Masks reduce transmission in crowded places.') =>
  stanceToward(tagText(reply), parent);

describe('stanceToward', () => {
  it('reads agreement, disagreement, mixed and neutral replies', () => {
    expect(stance('Exactly. This is what the data has shown for years.').label).toBe('agree');
    expect(stance("That's not true. The trials showed no effect at all.").label).toBe('disagree');
    expect(stance('Fair point about crowds, but outdoors it makes no difference.').label).toBe('mixed');
    expect(stance('The store on Main Street closes at nine.').label).toBe('neutral');
  });

  it("hears a reply that negates the parent's own terms", () => {
    const result = stance('Masks do not reduce anything, the virus is airborne.');
    expect(result.label).toBe('disagree');
    expect(result.cues).toContain('negates the parent\'s "reduce"');
  });

  it('lets the opening weigh more than what comes later, and says why', () => {
    const result = stance('Agreed, completely. Some people will say otherwise. Not everyone reads the studies, sadly.');
    expect(result.label).toBe('agree');
    expect(result.cues).toContain('agreed');
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it('leaves quoted lines (the parent\'s words) out of the reply\'s stance', () => {
    expect(stance('> I disagree with all of this.\n\nThe report comes out next week.').label).toBe('neutral');
  });

  it('counts a reply that quotes its parent as referring to it', () => {
    const reply = tagText("That's not true.");
    expect(stanceToward(reply, 'It is true.', { quotesParent: true }).cues).toContain('refers to the parent');
    expect(stanceToward(reply, 'It is true.').cues).not.toContain('refers to the parent');
  });

  it('is neutral with confidence for an empty reply or no parent', () => {
    expect(stanceToward([], null)).toMatchObject({ label: 'neutral' });
    expect(stance('Exactly right.', null).label).toBe('agree');
  });

  it('reads an answer that speaks to "you" and asks back as neutral, not as disagreement', () => {
    const parent = 'How do I keep the build cache between CI runs?';
    const result = stance('You can mount the cache folder as a volume in the job. Which runner are you on?', parent);
    expect(result.label).toBe('neutral');
    expect(result.cues).not.toContain('addresses the other person (you)');
  });

  it('takes the strongest disagreeing sentence, not the sum of many weak ones', () => {
    const reply = 'The docs are thin, but the flag exists. It might be slower, but the cache still helps. The runner may differ, but it works.';
    expect(stance(reply, 'Caching is the fastest way to speed up the build.').label).not.toBe('disagree');
  });

  it('leaves challenging questions to the sentence rule: a question word alone challenges nothing', () => {
    expect(stance('Do you really use the cache on every run?', 'I cache everything on the runner.').label).toBe('neutral');
    const parent = readParent('I cache everything on the runner.');
    expect(stanceToward(tagText('So who cleans the cache when it fills the disk?', parent), parent).label).toBe('disagree');
  });
});

