import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../src/tag/index.js';

describe('splitSentences', () => {
  it('splits on sentence ends and keeps abbreviations, initials and decimals inside', () => {
    expect(splitSentences('Dr. Smith moved to the U.S. in 2004. He paid 3.5 times more, e.g. for rent. That was that!'))
      .toEqual(['Dr. Smith moved to the U.S. in 2004.', 'He paid 3.5 times more, e.g. for rent.', 'That was that!']);
    expect(splitSentences('J. R. R. Tolkien wrote it, i.e. the book. Fine?')).toEqual(['J. R. R. Tolkien wrote it, i.e. the book.', 'Fine?']);
    expect(splitSentences('See No. 5 and Fig. 2 for details. Next one.')).toEqual(['See No. 5 and Fig. 2 for details.', 'Next one.']);
  });

  it('keeps URLs, quotes and brackets whole', () => {
    expect(splitSentences('Read https://example.com/a.b?c=1 first. Then "Stop. now" he said. (It worked.) Done.'))
      .toEqual(['Read https://example.com/a.b?c=1 first.', 'Then "Stop. now" he said.', '(It worked.)', 'Done.']);
  });

  it('handles ellipses: a sentence end only before a capital', () => {
    expect(splitSentences('Well... maybe. I waited... Nothing happened.')).toEqual(['Well... maybe.', 'I waited...', 'Nothing happened.']);
  });

  it('treats bullet lines as sentences, joins hard-wrapped lines and marks quote lines', () => {
    expect(splitSentences('Two reasons:\n- it is slow\n* it is costly\n1. and risky\nthis line wraps\nhere\n\n> You said this.'))
      .toEqual(['Two reasons:', 'it is slow', 'it is costly', 'and risky this line wraps here', '> You said this.']);
  });

  it('cuts a single 2 MB line without a full stop into bounded pieces, in linear time', () => {
    const line = 'word, '.repeat(350_000);
    const started = performance.now();
    const sentences = splitSentences(line);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(sentences.every((sentence) => sentence.length <= MAX_SENTENCE_CHARS)).toBe(true);
    expect(sentences.join(' ').replace(/\s+/g, ' ').length).toBe(line.trim().length);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t')).toEqual([]);
  });
});
