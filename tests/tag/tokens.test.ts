import { describe, expect, it } from 'vitest';
import { expandWord, tokenize, wordAt } from '../../src/tag/tokens.js';

describe('tokenize', () => {
  it('expands contractions, with and without the apostrophe, curly or straight', () => {
    expect(tokenize("I don’t think you're right, it's fine").words).toEqual(['i', 'do', 'not', 'think', 'you', 'are', 'right', ',', 'it', 'is', 'fine']);
    expect(tokenize('dont cant wont').words).toEqual(['do', 'not', 'can', 'not', 'wont']); // "wont" is also a word
    expect(expandWord("won't")).toEqual(['will', 'not']);
    expect(expandWord("John's")).toEqual(['john']);
  });

  it('marks words inside balanced quotation marks, and none when a quote is unbalanced', () => {
    const quoted = tokenize('He said “I agree” twice');
    expect(quoted.words.filter((_, index) => quoted.quoted[index])).toEqual(['i', 'agree']);
    const unbalanced = tokenize('He said "I agree twice');
    expect(unbalanced.quoted.every((flag) => !flag)).toBe(true);
  });

  it('maps a character offset in the joined words back to the word', () => {
    const tokens = tokenize('one two three');
    expect(wordAt(tokens, 0)).toBe(0);
    expect(wordAt(tokens, 5)).toBe(1);
    expect(wordAt(tokens, 8)).toBe(2);
  });
});
