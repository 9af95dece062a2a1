// Utterances LABELLING.md says are not claims whatever their words: instructions, wishes, apologies, plain personal narration
// (claim.json cues). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { sentenceSignals } from '../../../src/tag/sentence.js';
import { tagsOf } from '../../helpers/tags.js';

/** The cues that count against claim (they are not shown with the tags). */
const againstClaim = (text: string) => sentenceSignals(text).filter((signal) => signal.tag === 'claim' && signal.weight < 0).map((signal) => signal.cue);

describe('what asks, wishes or thanks asserts nothing', () => {
  it.each([
    ['an instruction (imperative)', 'Delete the broken cache folder and restart the service.'],
    ['an instruction (imperative)', 'If you want the full report, visit the council website and download the annex.'],
    ['an instruction (imperative)', 'Then check the fuse box behind the boiler.'],
    ['a wish (I hope …)', 'I really hope the library keeps its late opening hours.'],
    ['a wish (I hope …)', 'I would love to see the old ferry route come back.'],
    ['an apology or a feeling announced', 'We are very sorry for the terrible delays on the northern line.'],
    ['an apology or a feeling announced', 'Sorry if this is the wrong board for it, I only joined today.'],
    ['about the writer (I\'m using …, I love …)', "I'm running the old router in the garage with a cheap switch."],
  ])('%s: "%s"', (cue, text) => {
    expect(tagsOf(text)).not.toContain('claim');
    expect(againstClaim(text)).toContain(cue);
  });

  it.each([
    'Note that the cheaper boiler wastes far more gas over ten years.',
    'Use of the old bridge is dangerous for heavy lorries.',
    'Read requests are the expensive part of this design.',
    'Google runs its own data centres because renting them is terrible value.',
    'Open-plan offices are terrible for focused work.',
    'I think the old router is better than the new one.',
    "Sorry, but a survey of twelve people is not evidence of anything.",
  ])('a statement that opens like one is still a claim: "%s"', (text) => {
    expect(tagsOf(text)).toContain('claim');
  });
});

describe('pointers and plans about the writer\'s own writing assert nothing', () => {
  it.each([
    ['a suggestion (you might enjoy …)', 'You might also enjoy the longer write-up on the tram timetable.'],
    ['a suggestion (you might enjoy …)', 'You may find the appendix on sampling useful as well.'],
    ['meta-talk (I might write more)', 'I might write more about the zoning fight once the hearing is over.'],
    ['greeting', 'I do appreciate you digging up the old minutes for us.'],
  ])('%s: "%s"', (cue, text) => {
    expect(tagsOf(text)).not.toContain('claim');
    expect(againstClaim(text)).toContain(cue);
  });

  it('still reads "you may find that X" as a claim: the reader is told what is so', () => {
    expect(tagsOf('You may find that the cheaper tyres wear out twice as fast.')).toContain('claim');
  });
});

describe('a feeling announced', () => {
  it.each([
    'I was saddened by the closure of the old cinema on Friday.',
    "I'm a bit confused by the new bin collection leaflet.",
  ])('about a thing, is narration: "%s"', (text) => {
    expect(tagsOf(text)).not.toContain('claim');
    expect(againstClaim(text)).toContain('a feeling announced (I was saddened by …)');
  });

  it('with a clause of its own still asserts it: "I\'m surprised nobody has fixed the bridge, it seems obvious"', () => {
    expect(tagsOf("I'm surprised nobody has fixed the bridge yet, it seems obvious.")).toContain('claim');
  });
});
