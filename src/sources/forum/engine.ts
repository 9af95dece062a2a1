// Reading a forum page by an engine's rules. Each engine (phpBB, vBulletin/Something Awful, XenForo, SMF)
// is data: where a post is, where its id, body, author and date are, what a quote looks like and whose it
// is, what in a body is chrome, and which links lead to the previous and next page. This file applies them.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { htmlToText, type QuoteMarkup } from '../../clean/html.js';
import type { RawPost } from '../../model.js';
import { isoFromForumDate } from './dates.js';
import { hasPreviousPage, nextPageUrl } from './pagination.js';

/** A value read off the page: an element (inside the current one, or the current one itself), an attribute, a pattern. */
export interface Locator {
  /** Selector inside the element; omitted: the element itself. */
  selector?: string;
  /** Read the nearest earlier sibling matching this selector instead (SMF 2.0 puts a quote's header before it). */
  before?: string;
  /** Attribute to read; omitted: the text. */
  attr?: string;
  /** First capture group is the value; omitted: the whole (trimmed) value. */
  pattern?: RegExp;
}

export interface ForumEngine {
  name: string;
  /** Each post's outermost element. */
  post: string;
  /** The site's post id, read from the post element. */
  postId: Locator[];
  /** The fragment that links to a post on its page ("p123" → #p123). */
  anchor: (id: string) => string;
  /** The element holding the post's words. */
  body: string;
  author: Locator[];
  date: Locator[];
  /** Quote elements inside a body. */
  quote: string;
  /** Inside a quote, its header ("Alice wrote:"), not quoted words. */
  quoteHeader: string;
  quotedPostId: Locator[];
  quotedAuthor: Locator[];
  /** Elements in a body that are not the writer's words (signatures, "Click to expand...", code captions). */
  chrome?: string;
  previousPage: string;
  nextPage: string;
}

export function locate($: CheerioAPI, el: Element, locators: Locator[]): string | null {
  for (const { selector, before, attr, pattern } of locators) {
    const from = before ? $(el).prevAll(before).first() : $(el);
    const target = selector ? from.find(selector).first() : from;
    if (target.length === 0) continue;
    const raw = (attr ? target.attr(attr) : target.text())?.replace(/\s+/g, ' ').trim();
    const value = raw && pattern ? pattern.exec(raw)?.[1]?.trim() : raw;
    if (value) return value;
  }
  return null;
}

function markupFor($: CheerioAPI, engine: ForumEngine, body: Element[]): QuoteMarkup {
  const within = (selector: string | undefined) => new Set(selector ? $(body).find(selector).toArray() : []);
  const quotes = within(engine.quote);
  const headers = within(engine.quoteHeader);
  const chrome = within(engine.chrome);
  return {
    isQuote: (el) => quotes.has(el),
    isQuoteHeader: (el) => headers.has(el),
    // Headers may sit deeper than the quote's own children (phpBB: blockquote > div > cite): skip them anywhere.
    isChrome: (el) => chrome.has(el) || headers.has(el),
    describe: (el) => ({ postId: locate($, el, engine.quotedPostId), author: locate($, el, engine.quotedAuthor) }),
  };
}

/** One post by the engine's rules; parents are set later, when all pages are in. */
function readPost($: CheerioAPI, engine: ForumEngine, el: Element, pageUrl: string | null): RawPost | null {
  const id = locate($, el, engine.postId);
  const body = $(el).find(engine.body).first().toArray();
  if (id === null || body.length === 0) return null;
  const { text, quotes } = htmlToText(body as AnyNode[], markupFor($, engine, body));
  return {
    id, parentId: null, author: locate($, el, engine.author), createdAt: isoFromForumDate(locate($, el, engine.date)),
    score: null, url: pageUrl ? `${pageUrl.replace(/#.*$/, '')}#${engine.anchor(id)}` : null, text, quotes,
  };
}

export interface ForumPage {
  posts: RawPost[];
  /** The page shows the thread's first post (no page before it). */
  startsThread: boolean;
  nextUrl: string | null;
  title: string | null;
}

export function readEnginePage($: CheerioAPI, engine: ForumEngine, pageUrl: string | null): ForumPage {
  const elements = $(engine.post).toArray().filter((el): el is Element => el.type === 'tag');
  const posts = elements.map((el) => readPost($, engine, el, pageUrl)).filter((post): post is RawPost => post !== null);
  return {
    posts,
    startsThread: !hasPreviousPage($, engine.previousPage, pageUrl),
    nextUrl: nextPageUrl($, engine.nextPage, pageUrl),
    title: $('meta[property="og:title"]').attr('content')?.trim() || $('title').first().text().trim() || null,
  };
}
