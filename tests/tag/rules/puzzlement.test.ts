// Puzzlement at the other's view (rules/puzzlement.ts), on sentences written for the rule.
import { describe, expect, it } from 'vitest';
import { taggedReply } from '../../helpers/tags.js';

const parent = 'Static typing catches most bugs before they ship, so tests matter less.';
const reply = (text: string, to: string | null = parent) => taggedReply(text, to)[0]!;

describe('puzzlement at the other\'s view', () => {
  it('reads a reply that cannot make sense of the other\'s point as disagreement, naming the shape', () => {
    expect(reply('I find the claim that tests matter less quite baffling.').cues).toContain('finds the point puzzling (i find … confusing)');
    expect(reply("That's an odd choice of focus for a post about bugs.").tags).toContain('disagreement');
    expect(reply("I don't really follow what you mean by tests mattering less.").cues).toContain('does not understand the point (i do not understand your …)');
    expect(reply('It is still unclear to me why you would drop the tests.').tags).toContain('disagreement');
    expect(reply("I'm not sure why this matters for a small team.").tags).toContain('disagreement');
    expect(reply("Strange that you never had a type error in production.").cues).toContain('mock surprise (strange that you …)');
  });

  it('reads the point at issue not seen, and the other\'s own word put in question', () => {
    expect(reply("I don't see the difference with a linter at all.").cues).toContain('does not understand the point (i do not see the difference …)');
    expect(reply("Honestly I don't understand what the problem is with writing tests.").tags).toContain('disagreement');
    expect(reply("I'm not sure what you mean by \"most bugs\" here.").cues).toContain('does not understand the point (what you mean by …)');
    expect(reply("I don't know how the compiler infers these types.").tags).not.toContain('disagreement');
  });

  it('leaves puzzlement at a bug, a request for help, and an opening post alone', () => {
    expect(reply("That's a weird bug, the build crashes for me too.").tags).not.toContain('disagreement');
    expect(reply("I don't understand why the type checker rejects my generics.").tags).not.toContain('disagreement');
    expect(reply('I find the new compiler messages confusing.').tags).not.toContain('disagreement');
    expect(reply("I don't really follow what you mean by tests mattering less.", null).tags).not.toContain('disagreement');
  });
});
