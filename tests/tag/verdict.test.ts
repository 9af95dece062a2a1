// A reply's verdict (src/tag/verdict.ts): its opening claim, and the disagreement tag it takes when the
// reply reads as disagreeing.
import { describe, expect, it } from 'vitest';
import { tagText } from '../../src/tag/index.js';
import { statesNoPosition } from '../../src/tag/no-position.js';
import { speaksOfTheWriter, VERDICT_ANSWERS, VERDICT_DISAGREES, verdictIndex, withVerdictTagged } from '../../src/tag/verdict.js';

const disagreeing = { label: 'disagree' as const, confidence: 0.6 };

describe('verdictIndex', () => {
  it("finds the reply's opening claim, past a quoted line of the parent's", () => {
    expect(verdictIndex(tagText('Caching only helps when the lockfile stays the same. I measured it twice.'))).toBe(0);
    expect(verdictIndex(tagText('> The cache makes builds faster.\n\nCaching only helps when the lockfile stays the same.'))).toBe(1);
  });

  it('finds none where the opening asks, grants, agrees or states no position of the writer', () => {
    expect(verdictIndex(tagText('Which runner does the build use? It matters here.'))).toBe(-1);
    expect(verdictIndex(tagText('I agree, the cache is the slow part.'))).toBe(-1);
    expect(verdictIndex(tagText("Thanks for writing this up, the numbers are useful."))).toBe(-1);
    expect(verdictIndex(tagText("I'm only posting because the cache bit me last week."))).toBe(-1);
    expect(verdictIndex(tagText('Let me share a story about our cache and the lockfile.'))).toBe(-1);
  });
});

describe('statesNoPosition', () => {
  it('knows an aside, a note on oneself, thanks and praise from a verdict', () => {
    expect(statesNoPosition('Note: the flag was renamed in 3.2.')).toBe(true);
    expect(statesNoPosition('You guys are brilliant and the release is great.')).toBe(true);
    expect(statesNoPosition('In particular the second point seems important and clear.')).toBe(true);
    expect(statesNoPosition('The second point is not right at all.')).toBe(false);
    expect(statesNoPosition('I think the flag should never have been renamed.')).toBe(false);
  });
});

describe('withVerdictTagged', () => {
  it("tags a disagreeing reply's opening claim as disagreement, naming why", () => {
    const sentences = tagText('Caching only helps when the lockfile stays the same. I measured it twice.');
    const tagged = withVerdictTagged(sentences, disagreeing);
    expect(tagged[0]!.tags).toEqual(['claim', 'disagreement']);
    expect(tagged[0]!.cues).toContain(VERDICT_DISAGREES);
    expect(tagged[1]).toBe(sentences[1]);
  });

  it('leaves an agreeing or neutral reply, and a disagreeing one that only asks, as they were', () => {
    const claim = tagText('Caching only helps when the lockfile stays the same.');
    expect(withVerdictTagged(claim, { label: 'neutral', confidence: 0.7 })).toBe(claim);
    expect(withVerdictTagged(claim, null)).toBe(claim);
    const question = tagText('Did you clear the cache first? Which runner was it?');
    expect(withVerdictTagged(question, disagreeing)).toBe(question);
  });
});

describe('speaksOfTheWriter', () => {
  it('knows the writer reporting on themselves from the writer giving a view', () => {
    expect(speaksOfTheWriter("Honestly, I haven't tried the nightly build.")).toBe(true);
    expect(speaksOfTheWriter('I do not remember which flag we set.')).toBe(true);
    expect(speaksOfTheWriter('Oh, I was on holiday when they changed it.')).toBe(true);
    expect(speaksOfTheWriter("I don't think the flag does what the docs say.")).toBe(false);
    expect(speaksOfTheWriter("I'd say the flag is the wrong place for it.")).toBe(false);
    expect(speaksOfTheWriter('My reading is that the flag was never meant for this.')).toBe(false);
    expect(speaksOfTheWriter('The flag was never meant for this.')).toBe(false);
  });

  it("keeps a disagreeing reply's opening about the writer untagged, and its view tagged", () => {
    const aboutMe = tagText("I haven't tried the nightly build yet. The flag was never meant for this.");
    expect(withVerdictTagged(aboutMe, disagreeing)).toBe(aboutMe);
    const view = withVerdictTagged(tagText('I would say the flag is the wrong place for this. It is a debug switch.'), disagreeing);
    expect(view[0]!.cues).toContain(VERDICT_DISAGREES);
  });
});

describe('the verdict after an opening question', () => {
  it("tags the claim that answers a disagreeing reply's opening question, and nothing when the reply is neutral", () => {
    const sentences = tagText('How would that break the build? The flag is only read at startup.');
    const tagged = withVerdictTagged(sentences, disagreeing);
    expect(tagged[0]).toBe(sentences[0]);
    expect(tagged[1]!.tags).toContain('disagreement');
    expect(tagged[1]!.cues).toContain(VERDICT_ANSWERS);
    expect(withVerdictTagged(sentences, { label: 'neutral', confidence: 0.7 })).toBe(sentences);
  });
});
