// Flat threads (GitHub issues, mailing-list style comments) link replies only by quoting: a comment that
// quotes an earlier comment's words ("> …") answers it. Which comment a quote came from is read from the
// words themselves: the nearest earlier post that holds them all.
import { comparableText, quoteIsFrom } from '../../dedup/quotes.js';
import type { RawPost } from '../../model.js';

/** Fewer words than this could come from anywhere ("> +1", "> yes"): not a clear quote of one post. */
const MIN_QUOTE_WORDS = 4;

/** Set `postId` on each quote that names no post to the nearest earlier post (in `posts` order) holding its words. */
export function nameQuotedPosts(posts: readonly RawPost[]): void {
  posts.forEach((post, index) => {
    for (const quote of post.quotes) {
      if (quote.postId !== null || comparableText(quote.text).split(' ').length < MIN_QUOTE_WORDS) continue;
      for (let earlier = index - 1; earlier >= 0; earlier--) {
        if (quoteIsFrom(quote.text, posts[earlier]!.text)) {
          quote.postId = posts[earlier]!.id;
          break;
        }
      }
    }
  });
}
