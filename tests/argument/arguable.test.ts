// What a thread can argue about: jokes, narration, instructions and fragments are no main claims.
import { describe, expect, it } from 'vitest';
import { notArguable, signpostsThesis } from '../../src/argument/arguable.js';
import type { Sentence } from '../../src/model.js';

const sentence = (text: string): Sentence => ({ text, tags: ['claim'], confidence: 0.6, cues: [], reasons: [] } as unknown as Sentence);

describe('a sentence with nothing to argue about', () => {
  it.each([
    ['I’m drunk right now, this had too many words and I skipped most of it.', 'narration'],
    ['I’m frantically waiting to hear back from a DBA specialist while they look at a server.', 'narration'],
    ['I don’t know what to comment so here’s a picture of a pony.', 'narration'],
    ['I know it sounds crazy but trust me on this one.', 'narration'],
    ['Let me share a story with you, random Reddit admin.', 'narration'],
    ['OH LOOK THE SMART PEOPLE ARE TALKING ABOUT THINGS.', 'a joke'],
    ['That is exactly how databases are supposed to work lol.', 'a joke'],
    ['FTFY. rm -rf / actually refuses to run, but this version works.', 'a joke'],
    ['Don’t forget to buy this, it should help a lot.', 'an instruction'],
    ['Get back to work prole, and do not protest.', 'an instruction'],
    ['Yep, we are old now.', 'a fragment'],
  ])('%s → %s', (text, why) => expect(notArguable(sentence(text))).toBe(why));

  it.each([
    'I was in fact associating sophisticated insiders with actually having authorized access to model weights.',
    'I think a large number of database executives could exfiltrate model weights.',
    'Unless I’m mistaken, Amazon doesn’t patch their customer’s server instances.',
    'A DDoS would have been much easier to address than what actually happened :/',
  ])('keeps a position: %s', (text) => expect(notArguable(sentence(text))).toBeNull());
});

describe('a sentence its writer marks as the point', () => {
  it.each([
    'On a more object level, my main critique of the post is that almost all of the bullet points are even more true of physics.',
    'The main advantage for epistemics of working as a moderate is that your work has an informed audience.',
    'From my perspective, the story is that moderates are selected to believe nice-sounding things.',
    'I deny that gradualism obviates the first critical try problem.',
  ])('%s', (text) => expect(signpostsThesis(text)).toBe(true));

  it.each([
    'That’s not really my core point.',
    'I’d say my position is more like:',
    '(Though my bottom line isn’t that different, I think takeover is likely.)',
    'Those details don’t change the bottom line or the core argument for it.',
  ])('not: %s', (text) => expect(signpostsThesis(text)).toBe(false));
});
