// Quotes written as text rather than markup, and finding whose words a quote repeats.
// HN has no quote element: people write "> their words" as a paragraph. Markdown bodies (Reddit `body`,
// LessWrong `contents.markdown`) do the same. Both become `quotes[]`, like a <blockquote> would.
import type { PostText } from '../../clean/html.js';
import type { Quote } from '../../model.js';

/** A quote line: "> words", ">words", ">> nested". Not ">>>" (a Python prompt in pasted code). */
const QUOTE_LINE = /^(?!>>>)>+\s?/;

/** Move "> " lines out of the text into quotes; consecutive quote lines form one quote. */
export function splitQuoteLines(post: PostText): PostText {
  const kept: string[] = [];
  const quotes: Quote[] = [...post.quotes];
  for (const paragraph of post.text.split('\n\n')) {
    const own: string[] = [];
    let quoted: string[] = [];
    const endQuote = () => {
      const words = quoted.join(' ').trim();
      if (words) quotes.push({ text: words, postId: null });
      quoted = [];
    };
    for (const line of paragraph.split('\n')) {
      if (QUOTE_LINE.test(line)) quoted.push(line.replace(QUOTE_LINE, ''));
      else { endQuote(); own.push(line); }
    }
    endQuote();
    if (own.join('').trim()) kept.push(own.join('\n'));
  }
  return { text: kept.join('\n\n'), quotes };
}

/** Letters and digits only, lower case, single spaces: quotes drop punctuation, markup and case. */
export function comparableText(words: string): string {
  return words.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Does `source` contain the quoted words? Quotes skip parts ("…", "[...]") and join lines picked from
 * different places: every fragment and line must appear, in any order.
 */
export function quoteIsFrom(quote: string, source: string): boolean {
  const haystack = ` ${comparableText(source)} `;
  const fragments = quote.split(/\n+|\[?(?:\.\.\.|…)\]?/).map(comparableText).filter(Boolean);
  return fragments.length > 0 && fragments.every((fragment) => haystack.includes(` ${fragment} `)); // whole words only
}
