import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../../src/tag/index.js';

describe('evidence in the characters', () => {
  it.each([
    ['Details at https://example.org/report.pdf today.', 'link'],
    ['This was shown before (Smith et al., 2019).', 'citation (Author, year)'],
    ['The survey found that most users skip it [3].', 'footnote [1]'],
    ['Prices rose 3.5% last year.', 'percentage'],
    ['The city has 1,204,000 residents.', 'statistic'],
    ['It cost $20 billion.', 'amount of money'],
    ['Latency dropped from 220 ms to 40 ms after we switched the cache.', 'measured change (from X to Y)'],
    ['In a survey of n=400 developers, most use it weekly.', 'measurement (10 ms)'],
  ])('"%s" carries the cue %s', (text, cue) => {
    expect(tagSentence(text).tags).toContain('evidence');
    expect(tagSentence(text).cues).toContain(cue);
  });

  it('does not call a bare year or number evidence on its own', () => {
    expect(tagSentence('See you in 2025.').tags).not.toContain('evidence');
  });

  it('needs more than a footnote mark: a sourced piece of history is not support', () => {
    expect(tagSentence('The fix was reverted [3].').tags).not.toContain('evidence');
  });

  it('does not read a guessed figure as data', () => {
    expect(tagSentence('My guess is that roughly 70% of the cost comes from staffing.').tags).not.toContain('evidence');
    expect(tagSentence('So that leaves an extra ~25% of the budget for repairs.').tags).not.toContain('evidence');
    expect(tagSentence('A tolerable share would be something like <5% of the fleet.').tags).not.toContain('evidence');
  });

  it('does not read a request for a source as evidence', () => {
    expect(tagSentence('Is there a source for the 40% figure?').tags).not.toContain('evidence');
  });
});

describe('dated facts and bare links', () => {
  it('takes a dated event with a figure of its own, and a bare repository link, for evidence', () => {
    expect(tagSentence('In 2019 the UK went two weeks without burning any coal for electricity.').tags).toContain('evidence');
    expect(tagSentence("Here's the benchmark repo if anyone wants to reproduce it: github.com/someone/gc-bench").tags).toContain('evidence');
    expect(tagSentence('We moved to the new office in 2019.').tags).not.toContain('evidence');
  });
});

describe('links that show or point rather than cite', () => {
  it.each([
    'http://i.example-cdn.com/reaction.gif',
    'https://imgur.com/a/k3jd9Qx',
    'If you want to join the allotment society, visit https://allotments.example.org',
  ])('"%s" is no evidence', (text) => {
    expect(tagSentence(text).tags).not.toContain('evidence');
  });

  it.each([
    'Proof: http://i.example-cdn.com/receipt.jpg',
    'The council minutes say so: https://council.example.org/minutes/2024-03.pdf',
  ])('a link offered as support still is: "%s"', (text) => {
    expect(tagSentence(text).tags).toContain('evidence');
  });
});

describe('counts and magnitudes', () => {
  it('reads "hundreds of people" as many, not as a count', () => {
    expect(tagSentence('This still leaves hundreds of people with access to the building after hours.').cues).not.toContain('counted (five users)');
    expect(tagSentence('We tested the form with five users and two of them gave up.').cues).toContain('counted (five users)');
  });
});

describe('figures and words that measure or report nothing', () => {
  it('reads a whole hundred per cent not "of" something as an intensifier', () => {
    for (const text of ['The upload page has to stay 100% usable on phones.', 'We 100% need the client running on the old servers.']) {
      expect(tagSentence(text).tags, text).not.toContain('evidence');
    }
    expect(tagSentence('In our logs, 100% of the failed runs came from one region.').cues).toContain('percentage');
  });

  it('reads sizes and weights as a specification, times and rates as measurements', () => {
    expect(tagSentence('My box is a small VPS with 8GB RAM and a 120GB disk.').tags).not.toContain('evidence');
    expect(tagSentence('The page now renders in 35 ms on the same box.').cues).toContain('measurement (10 ms)');
  });

  it('does not read "support" as a feature or a plea as a position someone took', () => {
    for (const text of ['Please keep the Python support in the next release.', 'Tokio added support for io_uring last year.',
      'Please support the food bank drive this weekend!']) {
      expect(tagSentence(text).cues, text).not.toContain('position taken (supports, opposes)');
    }
  });
});

describe('findings reported, not hoped for', () => {
  it('reads "found that" as a finding, but not after a modal or "to", nor "I find that" as a view', () => {
    expect(tagSentence('The auditors found that half the invoices were duplicates.').tags).toContain('evidence');
    for (const text of ['If you keep practising, you can find that the scales get easier.', 'We set out to show that the migration was safe.',
      'I find that long meetings drain the whole team.']) {
      expect(tagSentence(text).cues, text).not.toContain('found that');
    }
  });
});
