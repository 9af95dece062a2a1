// Refusing what the other proposes (rules/refusal.ts), on sentences written for the rule.
import { describe, expect, it } from 'vitest';
import { taggedReply } from '../../helpers/tags.js';

const parent = 'We should turn on telemetry by default in the next release.';
const reply = (text: string, to: string | null = parent) => taggedReply(text, to)[0]!;

describe('refusing the proposal', () => {
  it('reads the writer declining to back what is on the table as disagreement, naming the shape', () => {
    expect(reply("I don't support this change for the next release.").cues).toContain('refuses the proposal (i do not support this …)');
    expect(reply("Speaking as a user, I don't want that in my editor.").tags).toContain('disagreement');
    expect(reply("I'd be against the default, whatever the release.").cues).toContain('refuses the proposal (i am against …)');
  });

  it('leaves wants about the writer, a question and an opening post alone', () => {
    expect(reply("I don't want to sound rude, but when is the release?").cues).not.toContain('refuses the proposal (i do not support this …)');
    expect(reply("I don't need a new laptop for this.").tags).not.toContain('disagreement');
    expect(reply("I don't support this change for the next release.", null).tags).not.toContain('disagreement');
  });
});
