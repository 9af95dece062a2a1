// Narrowing the parent (rules/narrowing.ts), on sentences written for the rule.
import { describe, expect, it } from 'vitest';
import { taggedReply } from '../../helpers/tags.js';

const parent = 'Rewriting the service in Go will make it faster.';
const tagged = (text: string, to: string | null = parent) => taggedReply(text, to);
const opening = (text: string, to: string | null = parent) => tagged(text, to)[0]!;

describe('narrowing the parent', () => {
  it('reads a reply that opens by restricting the parent to some cases as disagreement, naming the shape', () => {
    expect(opening('Depends on where the time goes.').cues).toContain('narrows the parent (depends on …)');
    expect(opening('Well, it all depends on the workload.').tags).toContain('disagreement');
    expect(opening('Not if the bottleneck is the database.').cues).toContain('narrows the parent (not if/when …)');
    expect(opening('Not in my experience, the JSON encoding cost us more.').tags).toContain('disagreement');
    expect(opening('Only if you also fix the queries.').cues).toContain('narrows the parent (only if/when …)');
  });

  it('leaves the same words later in a reply, in a question, and in an opening post alone', () => {
    expect(tagged('Go is a fine choice. It depends on the budget, of course.')[1]!.tags).not.toContain('disagreement');
    expect(opening('Not if it rains?').tags).not.toContain('disagreement');
    expect(opening('Depends on where the time goes.', null).tags).not.toContain('disagreement');
    expect(opening('Not everyone knows Go here, so hiring is slower.').cues.some((cue) => cue.startsWith('narrows'))).toBe(false);
  });
});

describe('narrowing under a question', () => {
  it('reads the same opening under a parent that asks as an answer', () => {
    expect(opening('Depends on the model.', 'I have an old laptop. Will the rewrite run on it?').tags).not.toContain('disagreement');
  });
});
