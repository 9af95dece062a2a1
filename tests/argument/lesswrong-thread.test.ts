// A small LessWrong thread (tests/fixtures/sources/lesswrong) read as a reader would list it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';

const FIXTURE = new URL('../fixtures/sources/lesswrong/thread_slow_takeoff.json', import.meta.url);

describe('the slow-takeoff thread', async () => {
  const doc = await analyze({ text: readFileSync(FIXTURE, 'utf8') });
  const argument = doc.argument!;
  const text = (ref: { postId: string; sentence: number | null }) => doc.posts.find((p) => p.id === ref.postId)!.sentences[ref.sentence ?? 0]!.text;

  it('lists Ruby’s grant to Kaj, with what was granted', () => {
    expect(argument.concessions.map((g) => [g.from.author, g.to.author, g.text])).toEqual([
      ['Ruby H', 'Kaj S', 'Fair point, I concede that post-training gains are fast.'],
    ]);
    expect(text(argument.concessions[0]!.to)).toBe('Post-training improvements arrive in weeks, not years.');
  });

  it('keeps Zvi’s “I disagree with the framing” against Paul’s thesis open', () => {
    const zvi = argument.clashes.find((c) => c.from.author === 'Zvi M')!;
    expect(text(zvi.from)).toBe('I disagree with the framing.');
    expect([zvi.to.author, text(zvi.to), zvi.resolved]).toEqual(['Paul C', 'I argue the evidence points to a gradual one.', false]);
  });

  it('ranks the opening thesis among the first and leaves the grant out of the main claims', () => {
    // Ruby's claim drew two clashes (Kaj's "This assumes…" and his correction "…in weeks, not years") and a
    // concession, so it may rank beside the opening thesis.
    expect(argument.claims.slice(0, 2).map((c) => c.text)).toContain('I argue the evidence points to a gradual one.');
    expect(argument.claims.map((c) => c.text)).not.toContain('Fair point, I concede that post-training gains are fast.');
  });
});
