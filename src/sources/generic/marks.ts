// What the generic readers share: a post element's own id, quotes as forum skins mark them, and a
// writer's name inside a user card.
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { hasClass, isAsideQuote, type QuoteMarkup } from '../../clean/html.js';

/** The site's id on a post element: its id attribute, or the data attribute forum scripts keep it in. */
export const siteIdOf = (el: Element): string | null =>
  (el.attribs.id ?? el.attribs['data-node-id'] ?? el.attribs['data-post-id'] ?? el.attribs['data-pid'] ?? el.attribs['data-id'])?.trim() || null;

/** Each post element's id: the site's own, else its position ("post-3"), never one already taken. */
export function postIds(elements: Element[]): Map<Element, string> {
  const used = new Set<string>();
  return new Map(elements.map((el, index) => {
    const named = siteIdOf(el);
    const id = named && !used.has(named) ? named : `post-${index + 1}`;
    used.add(id);
    return [el, id];
  }));
}

/** A longer "name" is a whole user card (title, join date, post count), not a name. */
const MAX_NAME_CHARS = 60;

/** The writer's name in an author mark: its itemprop=name, else its first link with words (not the avatar), else its text. */
export function nameIn(mark: Cheerio<Element>): string | null {
  if (mark.length === 0) return null;
  const link = mark.find('a').filter((_, a) => mark.find(a).text().trim() !== '').first();
  const name = [mark.find('[itemprop=name]').first(), link, mark].find((found) => found.length > 0)!;
  const written = (name.attr('content') ?? name.text()).replace(/\s+/g, ' ').trim();
  return written && written.length <= MAX_NAME_CHARS ? written : null;
}

const classTokens = (el: Element) => (el.attribs.class ?? '').toLowerCase().split(/\s+/);

/**
 * A quote's header ("Originally posted by X"), at any depth inside the quote: also dropped as chrome. Discourse's
 * cooked HTML, shown as is by static exports, heads its aside quote with a plain `.title` ("X:").
 */
export const isQuoteHeader = (el: Element) => el.name === 'cite'
  || classTokens(el).some((token) => /postedby|quote[-_]?(header|author|title)|attribution/.test(token))
  || (hasClass(el, 'title') && isAsideQuote(el.parent as Element | null));

/**
 * Quotes as forum skins mark them: <blockquote>, or a class ending in "quote" (bbcode_quote, post-quote). A
 * <blockquote> inside Discourse's aside quote is that quote's body, not a second quote.
 */
export function genericQuotes($: CheerioAPI): QuoteMarkup {
  return {
    isQuote: (el) => (el.name === 'blockquote' && !isAsideQuote(el.parent as Element | null)) || classTokens(el).some((token) => /(^|[-_])quote$/.test(token)),
    isQuoteHeader,
    // Block ids are positions, not the site's post ids, so a quote names its writer, never a post.
    describe: (el) => ({
      postId: null,
      author: el.attribs['data-username'] || $(el).find('cite, [class*=postedby i]').first().find('strong, b, a').first().text().trim() || null,
    }),
  };
}

