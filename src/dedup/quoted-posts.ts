// Flat threads (GitHub issues, mailing-list style comments) link replies only by quoting: a comment that
// quotes an earlier comment's words ("> …") answers it. Which comment a quote came from is read from the
// words themselves: the nearest earlier post that wrote them.
import { comparableText, quoteIsFrom } from './quotes.js';
import type { RawPost } from '../model.js';

/** Fewer words than this could come from anywhere ("> +1", "> yes"): not a clear quote of one post. */
const MIN_QUOTE_WORDS = 4;

/**
 * Did `post` write the quoted words? Either its own text holds them, or the quote is of the whole post,
 * quote and all ("> > their words" / "> its reply"): then the quote holds the post's own opening words
 * and the post's quotes-then-text hold the quote. A later post that only quoted the same words did not write them.
 */
function wrote(post: RawPost, quote: string): boolean {
  if (quoteIsFrom(quote, post.text)) return true;
  const opening = comparableText(post.text.split('\n\n')[0] ?? '');
  return opening !== '' && ` ${comparableText(quote)} `.includes(` ${opening} `) &&
    quoteIsFrom(quote, [...post.quotes.map((q) => q.text), post.text].join('\n'));
}

/** Set `postId` on each quote that names no post to the nearest earlier post (in `posts` order) that wrote it. */
export function nameQuotedPosts(posts: readonly RawPost[]): void {
  posts.forEach((post, index) => {
    for (const quote of post.quotes) {
      if (quote.postId !== null || comparableText(quote.text).split(' ').length < MIN_QUOTE_WORDS) continue;
      for (let earlier = index - 1; earlier >= 0; earlier--) {
        if (wrote(posts[earlier]!, quote.text)) {
          quote.postId = posts[earlier]!.id;
          break;
        }
      }
    }
  });
}
