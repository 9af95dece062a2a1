import { describe, expect, it } from 'vitest';
import { readParent, stanceSignals, stanceToward, tagText } from '../../src/tag/index.js';

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

  it("does not count the writer's own negated state as negating the parent's terms", () => {
    const parent = 'Photoshop is the tool every designer needs.';
    const negatesParent = (reply: string) => (stance(reply, parent).cues ?? []).some((cue) => cue.startsWith("negates the parent's"));
    expect(negatesParent("I really don't need Photoshop for what I do, the free editors are enough.")).toBe(false);
    expect(negatesParent("Designers don't need Photoshop any more, the free editors are enough.")).toBe(true);
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


describe('stanceSignals', () => {
  const ids = (reply: string, parent: string) => stanceSignals(tagText(reply, readParent(parent)), parent).map((signal) => signal.id);

  it('names each signal by a stable id, with the cue a reader sees', () => {
    const signals = stanceSignals(tagText("That's not true. The trials showed no effect at all."), 'Masks reduce transmission.');
    expect(signals.map((signal) => signal.id)).toEqual(expect.arrayContaining(['disagreement', 'negation']));
    expect(signals.find((signal) => signal.id === 'disagreement')!.cue).toBeTruthy();
  });

  it('reads a reply that carries the parent\'s line on as agreeing', () => {
    const parent = 'The new settings page is so slow it drops my clicks.';
    for (const reply of ['And the search box lags just as badly.', 'Same with the billing page on my laptop.', 'So is the profile page, it takes seconds to open.', 'Similar story here: the export screen freezes for ten seconds.']) {
      expect(ids(reply, parent)).toContain('continues-parent');
      expect(stanceToward(tagText(reply, readParent(parent)), parent).label).toBe('agree');
    }
    expect(ids('And who is going to fix it?', parent)).not.toContain('continues-parent');
    expect(ids('So do you use the desktop app?', parent)).not.toContain('continues-parent');
  });

  it('reads a reply to a question as an answer first: its "not" does not make it disagree', () => {
    const parent = 'I bought the new dock last week. Does the old adapter still work with it?';
    const reply = 'The new dock does not take the old adapter, you need the USB-C one.';
    expect(ids(reply, parent)).toContain('answers-question');
    expect(stanceToward(tagText(reply, readParent(parent)), parent).label).toBe('neutral');
    const asserted = 'The old adapter works with the new dock.';
    expect(stanceToward(tagText(reply, readParent(asserted)), asserted).label).toBe('disagree');
  });
});

describe('stanceToward, reading where the reply sits', () => {
  const parent = 'The build cache makes every CI run faster.';
  // A verdict with one weak cue (negation): neutral alone, disagreement once the exchange is kept going.
  const reply = 'Caching only helps when the lockfile stays the same, and ours never does.';
  const place = (over: Partial<{ answersBack: boolean; answeredBack: boolean; ownPost: boolean }>) => ({ answersBack: false, answeredBack: false, ownPost: false, ...over });

  it('leans to disagreement when the reply keeps an exchange going, and says so', () => {
    expect(stanceToward(tagText(reply), parent).label).toBe('neutral');
    const back = stanceToward(tagText(reply), parent, { place: place({ answersBack: true }) });
    expect(back.label).toBe('disagree');
    expect(back.cues).toContain("answers back in an exchange with the parent's writer");
    expect(back.cues).toContain("verdict under the parent's claim: opens with a claim of its own");
    expect(stanceToward(tagText(reply), parent, { place: place({ answeredBack: true }) }).cues).toContain("the parent's writer answers back");
  });

  it('does not read an exchange kept going as disagreement when the reply agrees', () => {
    expect(stanceToward(tagText('Exactly, ours got twice as fast.'), parent, { place: place({ answersBack: true, answeredBack: true }) }).label).toBe('agree');
  });

  it("reads a follow-up to the writer's own post as less sure either way", () => {
    const own = stanceToward(tagText("That's not quite it. The runner image changed too."), parent, { place: place({ ownPost: true }) });
    expect(own.cues).toContain("follows up the writer's own post");
    expect(own.label).toBe('neutral');
  });

  it("does not read a writer correcting their own post as disputing it", () => {
    const correction = "That's not right, the cache slows the small jobs down.";
    expect(stanceToward(tagText(correction), parent).label).toBe('disagree');
    expect(stanceToward(tagText(correction), parent, { place: place({ ownPost: true }) }).label).toBe('neutral');
  });

  it("gives no verdict weight under a parent that asks, or to an opening that asks", () => {
    const asks = stanceToward(tagText(reply), 'Does the build cache make CI runs faster?');
    expect(asks.cues).not.toContain("verdict under the parent's claim: opens with a claim of its own");
    const question = stanceToward(tagText('Did you clear the cache first? Caching only helps when the lockfile stays the same.'), parent);
    expect(question.cues).not.toContain("verdict under the parent's claim: opens with a claim of its own");
  });
});
