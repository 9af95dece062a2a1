import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../src/sources/util/markdown.js';
import { splitQuoteLines } from '../../../src/sources/util/quotes.js';

describe('splitQuoteLines', () => {
  it('moves "> " lines out of the text, one quote per run of lines', () => {
    const split = splitQuoteLines({ text: '> first line\n> second line\n\nMy answer.\n\n>no space either\nand a reply under it', quotes: [] });
    expect(split.quotes).toEqual([
      { text: 'first line second line', postId: null },
      { text: 'no space either', postId: null },
    ]);
    expect(split.text).toBe('My answer.\n\nand a reply under it');
  });

  it('leaves a Python prompt in pasted code alone', () => {
    expect(splitQuoteLines({ text: '>>> import this\nThe Zen of Python', quotes: [] }).quotes).toEqual([]);
  });
});


describe('markdownToText', () => {
  it('keeps the words of links and emphasis, undoes escapes, and sets quotes aside', () => {
    const read = markdownToText('> \\[people\\] said *this*\n\nSee [the post](https://example.com/a "title") for **more**, in snake_case_names.\n\n\\> not a quote');
    expect(read.quotes).toEqual([{ text: '[people] said this', postId: null }]);
    expect(read.text).toBe('See the post for more, in snake_case_names.\n\n> not a quote');
  });

  it('reads a raw HTML block as its rendered words, and leaves "<div>" inside a sentence alone', () => {
    const read = markdownToText('Before the box.\n\n<table style="x"><tbody><tr><td>Learn more: <a href="https://example.com/n"><strong>Why expect it soon?</strong></a></td></tr></tbody></table>\n\nWrap it in a <div> first.');
    expect(read.text).toBe('Before the box.\n\nLearn more: Why expect it soon?\n\nWrap it in a <div> first.');
    expect(read.quotes).toEqual([]);
  });
});
