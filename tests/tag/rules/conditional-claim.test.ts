// A condition, then a statement of what follows from it, is a claim; a condition then an instruction, a request
// or a question is not (rules/conditional-claim.ts). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { cuesOf, tagsOf } from '../../helpers/tags.js';

const CUE = 'a conditional claim (if X, Y)';

describe('conditional claims', () => {
  it.each([
    'If we drop the old cache, then the first request will be slow.',
    'If you rename the column, every saved query will break.',
    'If needed, the scheduler can retry the job twice.',
    'Unless the lock is held, the two writers will clobber each other.',
    'If that is the goal, Postgres is the better fit.',
  ])('"%s" is a claim', (text) => {
    expect(tagsOf(text)).toContain('claim');
    expect(cuesOf(text)).toContain(CUE);
  });

  it.each([
    'If you have the manual, check out page twelve.', // an instruction
    'If you see a broken link here, please report it.', // a request
    'If so, would a flag on the command be enough?', // a question
    'If you want to do both at once, you can add this alias:', // a lead-in
    'If the old build had shipped first the whole thing would differ', // no comma: where the condition ends is unknown
  ])('"%s" is not read by it', (text) => {
    expect(cuesOf(text)).not.toContain(CUE);
  });
});
