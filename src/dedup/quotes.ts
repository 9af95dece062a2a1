// Whose words a quote repeats. Quotes drop punctuation, markup and case, skip parts ("…", "[...]") and
// join lines picked from different places; the nearest ancestor that holds them all is the one quoted.
import type { RawPost } from '../model.js';

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

/** People quote the post they answer or one a few levels up; looking further costs time on deep chains. */
const MAX_QUOTE_DISTANCE = 20;

/** Link each quote that names no post to the nearest ancestor (parent first) whose text holds its words. */
export function linkQuotesToAncestors(posts: readonly RawPost[]): void {
  const byId = new Map(posts.map((post) => [post.id, post]));
  for (const post of posts) {
    for (const quote of post.quotes) {
      if (quote.postId !== null) continue;
      const seen = new Set<string>();
      let ancestor = post.parentId === null ? undefined : byId.get(post.parentId);
      while (ancestor && !seen.has(ancestor.id) && seen.size < MAX_QUOTE_DISTANCE && !quoteIsFrom(quote.text, ancestor.text)) {
        seen.add(ancestor.id);
        ancestor = ancestor.parentId === null ? undefined : byId.get(ancestor.parentId);
      }
      if (ancestor && !seen.has(ancestor.id) && seen.size < MAX_QUOTE_DISTANCE) quote.postId = ancestor.id;
    }
  }
}
