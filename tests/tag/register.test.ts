// Register (src/tag/register.ts): a vague quantifier hedges encyclopedic prose, not a forum post whose writer
// speaks as I or to you anywhere, nor a reply.
import { describe, expect, it } from 'vitest';
import { readParent, tagText } from '../../src/tag/index.js';
import { isConversation } from '../../src/tag/register.js';

const hedged = (sentences: { tags: string[] }[]) => sentences.map((sentence) => sentence.tags.includes('hedge'));

describe('register', () => {
  it('reads a text as conversation when any sentence speaks as I or to you, or when it replies', () => {
    expect(isConversation([['the', 'bridge', 'floods'], ['i', 'saw', 'it']], false)).toBe(true);
    expect(isConversation([['the', 'bridge', 'floods']], true)).toBe(true);
    expect(isConversation([['the', 'bridge', 'floods']], false)).toBe(false);
  });

  it('keeps a quantifier a hedge in impersonal prose', () => {
    expect(hedged(tagText('Several tenants moved out after the flood. Many mills closed.'))).toEqual([true, true]);
  });

  it('reads quantifiers and frequencies as counting in a post that speaks as I', () => {
    expect(hedged(tagText('I kept a list this winter. Several tenants moved out after the flood. The bridge frequently closes.')))
      .toEqual([false, false, false]);
  });

  it('reads them as counting in a reply', () => {
    const parent = readParent('The new parking rules changed nothing.');
    expect(hedged(tagText('Many shops on the high street closed within a year.', parent))).toEqual([false]);
  });

  it('still hears the writer’s own doubt in conversation', () => {
    expect(hedged(tagText('I read the plan. Several tenants probably moved out.'))).toEqual([false, true]);
  });
});
