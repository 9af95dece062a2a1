// Reframing what is at issue (rules/reframing.ts), on sentences written for the rule.
import { describe, expect, it } from 'vitest';
import { taggedReply } from '../../helpers/tags.js';

const parent = 'Your plan costs too much, since the servers alone run to ten thousand a year.';
const reply = (text: string, to: string | null = parent) => taggedReply(text, to)[0]!;

describe('reframing what the exchange is about', () => {
  it('reads "X is not the point" and the writer\'s point restated against a misreading as disagreement', () => {
    expect(reply('Cost was never the point, the outages were.').cues).toContain('X is not the point');
    expect(reply("The problem isn't that servers are expensive.").cues).toContain('X is not the point (the problem is not …)');
    expect(reply("Servers do cost money, but that wasn't my point at all.").cues).toContain('restates own point (that was not my point)');
    expect(reply('My point was that the outages cost more than the servers.').cues).toContain('restates own point (my point was …)');
    expect(reply('The server bill has nothing to do with the outages.').cues).toContain('denies a bearing (has nothing to do with …)');
  });

  it('leaves a point stated afresh, a question and an opening post alone', () => {
    expect(reply('My point is that we need a budget for next year.').tags).not.toContain('disagreement');
    expect(reply('Is cost really the main issue here?').cues).not.toContain('X is not the point');
    expect(reply('The server bill has nothing to do with the outages.', null).tags).not.toContain('disagreement');
  });
});
