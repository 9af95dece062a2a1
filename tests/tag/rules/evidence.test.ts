import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../../src/tag/index.js';

describe('evidence in the characters', () => {
  it.each([
    ['Details at https://example.org/report.pdf today.', 'link'],
    ['This was shown before (Smith et al., 2019).', 'citation (Author, year)'],
    ['The fix was reverted [3].', 'footnote [1]'],
    ['Prices rose 3.5% last year.', 'percentage'],
    ['The city has 1,204,000 residents.', 'statistic'],
    ['It cost $20 billion.', 'amount of money'],
  ])('"%s" carries the cue %s', (text, cue) => {
    expect(tagSentence(text).cues).toContain(cue);
  });

  it('does not call a bare year or number evidence on its own', () => {
    expect(tagSentence('See you in 2025.').tags).not.toContain('evidence');
  });
});
