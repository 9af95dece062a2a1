import { describe, expect, it } from 'vitest';
import { addsToParent, echoesParent } from '../../src/tag/builds-on.js';
import { readParent, stanceSignals, stanceToward, tagText } from '../../src/tag/index.js';
import { tokenize } from '../../src/tag/tokens.js';

const adds = (sentence: string) => addsToParent(tokenize(sentence));

describe('addsToParent', () => {
  it('finds the additive word by which an opening adds to the parent', () => {
    expect(adds('I also think the second season is the stronger one.')).toBe('also');
    expect(adds('It would also make the release notes easier to read.')).toBe('also');
    expect(adds('The night buses were late as well.')).toBe('as well');
    expect(adds('My old router dropped the connection too!')).toBe('too');
    expect(adds('Another reason to pin versions is reproducible builds.')).toBe('another');
    expect(adds('That is another argument for a smaller team.')).toBe('another');
  });

  it('leaves questions, objections, charges and degree words alone', () => {
    expect(adds('Is that also true for the paid plan?')).toBeNull();
    expect(adds('It is not only slow but also wrong.')).toBeNull();
    expect(adds('You also forgot the migration script.')).toBeNull();
    expect(adds('The queue is too slow for this.')).toBeNull();
    expect(adds('I tried another router yesterday.')).toBeNull();
  });
});

describe('stance of a reply that builds on its parent', () => {
  const parent = 'Pinning dependency versions saved us from two broken releases last year.';
  const read = (reply: string) => stanceToward(tagText(reply, readParent(parent)), parent);

  it('reads it as agreeing, and names the cue', () => {
    const result = read('We pin the base images as well, for the same reason.');
    expect(result.label).toBe('agree');
    expect(result.cues).toContain('adds to the parent\'s point ("as well")');
    expect(read('I also keep a lockfile in every service we ship.').label).toBe('agree');
  });

  it('does not add the signal when the opening already continues the parent ("And …")', () => {
    const ids = stanceSignals(tagText('And we pin the base images too.', readParent(parent)), parent).map((signal) => signal.id);
    expect(ids).toContain('continues-parent');
    expect(ids).not.toContain('adds-to-parent');
  });
});

describe('echoesParent', () => {
  const parent = readParent('The night buses make the commute miserable. Nobody checks the timetable anyway.');
  const echo = (reply: string) => {
    const sentences = tagText(reply, parent);
    return echoesParent(sentences[0], tokenize(sentences[0]!.text), parent);
  };

  it("finds an opening that takes up an affirmed statement's terms and turns against nothing", () => {
    expect(echo('The night buses really are the worst part of my commute.')).toEqual(['night', 'buses', 'commute']);
  });

  it('leaves openings that ask, deny, turn, or share one word alone, and negated statements', () => {
    expect(echo('Do the night buses make your commute longer?')).toBeNull();
    expect(echo('The night buses do not make the commute worse.')).toBeNull();
    expect(echo('The night buses are slow, but the commute is fine.')).toBeNull();
    expect(echo('My commute is by bike.')).toBeNull();
    expect(echo('Everyone checks the timetable on the app.')).toBeNull();
  });

  it('lends agreement in an exchange, not under the opening post, and names the cue', () => {
    const place = (underOpening: boolean) => ({ answersBack: false, answeredBack: false, ownPost: false, underOpening });
    const reply = tagText('The night buses really are the worst part of my commute.', parent);
    const inExchange = stanceToward(reply, parent, { place: place(false) });
    expect(inExchange.label).toBe('agree');
    expect(inExchange.cues).toContain('echoes the parent ("night", "buses", "commute")');
    expect(stanceToward(reply, parent, { place: place(true) }).cues).not.toContain('echoes the parent ("night", "buses", "commute")');
  });
});
