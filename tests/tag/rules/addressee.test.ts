// The other writer's conduct told back to them (rules/addressee.ts), on sentences written for the rule.
import { describe, expect, it } from 'vitest';
import { taggedReply } from '../../helpers/tags.js';

const parent = 'Postgres was the first database to ship JSON columns, so everyone copied it.';
const reply = (text: string, to: string | null = parent) => taggedReply(text, to)[0]!;
const cue = (text: string, to: string | null = parent) => reply(text, to).cues.find((each) => each.startsWith('tells the other what they did'));

describe('telling the other writer what they did', () => {
  it('reads "you" with a past tense, "you\'re the one …" and "you\'re now …ing" in a reply as disagreement, naming the words', () => {
    expect(cue('You forgot the part where another engine shipped it years earlier.')).toBe('tells the other what they did (you forgot the …)');
    expect(cue('You simply picked the one release that suits your story.')).toBe('tells the other what they did (you simply picked …)');
    expect(reply("You're the one saying nobody else had it.").tags).toContain('disagreement');
    expect(reply("You're now arguing the opposite of your first post.").tags).toContain('disagreement');
  });

  it('leaves advice, an answer to a question, a short echo, quoted words and an opening post alone', () => {
    expect(cue('You need to enable the extension first.')).toBeUndefined();
    expect(cue('You asked how to store JSON, so here is the column type.')).toBeUndefined();
    expect(cue('You forgot to close the bracket.', 'Why does my query fail?')).toBeUndefined();
    expect(cue('So you did.')).toBeUndefined();
    expect(cue('"You forgot the part where another engine shipped it" is what he wrote.')).toBeUndefined();
    expect(cue('You forgot the part where another engine shipped it years earlier.', null)).toBeUndefined();
  });
});
