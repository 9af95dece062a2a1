// The other side's view restated after a colon is theirs: its "but" and "although" are not the writer's.
import { describe, expect, it } from 'vitest';
import { tagsOf } from '../../helpers/tags.js';

describe('a view restated after a colon', () => {
  it('reads no concession or objection inside it', () => {
    const tags = tagsOf('I now think you believe something like this: yes, the tests are slow, but they catch enough bugs to be worth it.');
    expect(tags).not.toContain('concession');
    expect(tags).not.toContain('disagreement');
    expect(tagsOf('Your position is: although the rollout was late, it worked.')).not.toContain('concession');
  });

  it('leaves the writer\'s own "but" after a restatement without a colon', () => {
    // Naming the other's view grants nothing (no mark of granting, grants.ts), but the objection to it is the writer's.
    expect(tagsOf('I know you think the tests are slow, but they catch real bugs.')).toContain('disagreement');
  });
});
