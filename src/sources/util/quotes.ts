// Quotes written as text rather than markup (whose words they repeat is the dedup stage's: src/dedup/quotes.ts).
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
