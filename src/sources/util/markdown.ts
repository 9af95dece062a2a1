// Markdown bodies → plain text and quotes, for responses that carry no HTML (LessWrong's
// `contents.markdown`, Reddit's `body` without `body_html`). Only what changes the words a reader sees:
// paragraphs, "> " quotes, links, emphasis, backslash escapes and raw HTML blocks. Everything else stays as written.
import type { PostText } from '../../clean/html.js';
import { htmlToText, tidyParagraphs } from '../../clean/html.js';
import { splitQuoteLines } from './quotes.js';

const INLINE: readonly [RegExp, string][] = [
  [/!?\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '$1'], // [words](url), ![alt](src) → words
  [/(\*\*|__)(?=\S)([^*_]+?)\1/g, '$2'],                 // **strong**
  [/(\*|_)(?=\S)([^*_]+?)\1(?![\p{L}\p{N}])/gu, '$2'],   // *emphasis*, not snake_case_names
  [/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1'],                // \[escaped\] punctuation
];

const inline = (words: string) => INLINE.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), words);

/**
 * CommonMark's HTML blocks (its rule 6: a paragraph that opens with one of these block tags) are raw HTML, shown
 * rendered: LessWrong's Markdown export writes its boxed asides as `<table>…</table>`.
 */
const HTML_BLOCK = /^<\/?(?:address|article|aside|blockquote|details|dialog|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?:[\s/>]|$)/i;

/** An HTML block becomes its text (its own quotes kept); other paragraphs pass through as Markdown. */
function renderHtmlBlocks(paragraphs: string[]): PostText {
  const quotes: PostText['quotes'] = [];
  const text = paragraphs.flatMap((paragraph) => {
    if (!HTML_BLOCK.test(paragraph)) return [paragraph];
    const rendered = htmlToText(paragraph);
    quotes.push(...rendered.quotes);
    return rendered.text ? [rendered.text] : [];
  });
  return { text: text.join('\n\n'), quotes };
}

/** Quotes are found before escapes are undone, so an escaped ">" (written `\>`) never starts one. */
export function markdownToText(markdown: string): PostText {
  const blocks = renderHtmlBlocks(tidyParagraphs(markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/)));
  const split = splitQuoteLines({ text: blocks.text, quotes: [] });
  return {
    text: split.text.split('\n\n').map(inline).join('\n\n'),
    quotes: [...blocks.quotes, ...split.quotes.map((quote) => ({ ...quote, text: inline(quote.text) }))],
  };
}
