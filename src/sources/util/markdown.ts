// Markdown bodies → plain text and quotes, for responses that carry no HTML (LessWrong's
// `contents.markdown`, Reddit's `body` without `body_html`). Only what changes the words a reader sees:
// paragraphs, "> " quotes, links, emphasis and backslash escapes. Everything else stays as written.
import type { PostText } from '../../clean/html.js';
import { tidyParagraphs } from '../../clean/html.js';
import { splitQuoteLines } from './quotes.js';

const INLINE: readonly [RegExp, string][] = [
  [/!?\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '$1'], // [words](url), ![alt](src) → words
  [/(\*\*|__)(?=\S)([^*_]+?)\1/g, '$2'],                 // **strong**
  [/(\*|_)(?=\S)([^*_]+?)\1(?![\p{L}\p{N}])/gu, '$2'],   // *emphasis*, not snake_case_names
  [/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1'],                // \[escaped\] punctuation
];

const inline = (words: string) => INLINE.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), words);

/** Quotes are found before escapes are undone, so an escaped ">" (written `\>`) never starts one. */
export function markdownToText(markdown: string): PostText {
  const paragraphs = tidyParagraphs(markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/));
  const split = splitQuoteLines({ text: paragraphs.join('\n\n'), quotes: [] });
  return {
    text: split.text.split('\n\n').map(inline).join('\n\n'),
    quotes: split.quotes.map((quote) => ({ ...quote, text: inline(quote.text) })),
  };
}
