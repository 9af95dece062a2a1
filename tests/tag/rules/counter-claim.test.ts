// A reply whose opening sentence denies something is a counter-claim. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { readParent, tagText } from '../../../src/tag/index.js';

const parent = readParent('The cache is rebuilt on every request, so the second call is just as slow.');
const counters = (text: string, withParent = true) =>
  tagText(text, withParent ? parent : undefined).map((sentence) => sentence.cues.find((cue) => cue.startsWith('counters the parent')));

describe('a reply that opens by denying', () => {
  it('reads a negated opening statement as disagreement, quoting its words', () => {
    expect(counters('The loader never touches the disk twice.')[0]).toBe('counters the parent (opens with "the loader never touches")');
    expect(counters('Then nobody would notice the slow path.')[0]).toBe('counters the parent (opens with "nobody would")');
    expect(counters('If you read the logs, then the second call does not hit the parser at all.')[0]).toMatch(/^counters the parent/);
  });

  it('reads an opening correction ("X, not Y") as disagreement', () => {
    expect(counters('It happens once at start-up, not per call.')[0]).toBe('counters the parent (opens with "start-up , not per")');
  });

  it('reads only the opening sentence, or the first after a quoted passage', () => {
    expect(counters('Interesting. The loader never touches the disk twice.')).toEqual([undefined, undefined]);
    expect(counters('> the second call is just as slow\nThe second call does not rebuild anything.')[1]).toMatch(/^counters the parent/);
  });

  it('leaves the writer\'s own state, instructions, negated conditions and opening posts alone', () => {
    expect(counters('I can not reproduce this on my machine.')[0]).toBeUndefined();
    expect(counters('Do not forget to clear the map on reload.')[0]).toBeUndefined();
    expect(counters('If the map is not cleared, the old values stay around.')[0]).toBeUndefined();
    expect(counters('It could be slow, I did not measure it.')[0]).toBeUndefined();
    expect(counters('The loader never touches the disk twice.', false)[0]).toBeUndefined();
  });
});

describe('a reply that opens by thanking', () => {
  it('is no counter-claim, even when it denies', () => {
    expect(counters('Nothing more to add from me, thanks for the detailed answer!')[0]).toBeUndefined();
  });
});

describe('a denial in a second clause or predicate', () => {
  it('is no counter-claim: praise and narration deny nothing the parent said', () => {
    expect(counters("You folks are wonderful and I can't thank you enough.")[0]).toBeUndefined();
    expect(counters('He closed the laptop and did not open it again that week.')[0]).toBeUndefined();
  });

  it('still reads a denial whose subject joins two nouns', () => {
    expect(counters("The loader and the cache don't touch the disk twice.")[0]).toBeDefined();
  });
});

describe('a denial under a question', () => {
  it('reads an opening denial under a parent that ends by asking as an answer, not a counter-claim', () => {
    const asking = readParent('I moved the cache to Redis. Does the second call still rebuild it?');
    expect(tagText('The second call does not rebuild anything.', asking)[0]!.tags).not.toContain('disagreement');
    expect(tagText('The second call does not rebuild anything.', parent)[0]!.tags).toContain('disagreement');
  });
});

describe('a denial added to the parent\'s', () => {
  it('leaves an opening denial with "also", "either" or "too" alone: it adds to the parent rather than countering it', () => {
    expect(counters('The parser also does not cache anything between calls.')[0]).toBeUndefined();
    expect(counters('The second call does not reuse the map either.')[0]).toBeUndefined();
    expect(counters('The second call does not reuse the map.')[0]).toMatch(/^counters the parent/);
  });
});
