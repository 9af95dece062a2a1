// schema.org discussion markup written as microdata (itemscope/itemtype/itemprop), which comment systems
// and forum skins print for search engines: each post an element typed DiscussionForumPosting, Comment,
// Answer, Question or SocialMediaPosting, its words in itemprop="text" or "articleBody"; the opening post
// may be typed as the work the comments are on (CreativeWork, Article, BlogPosting: vBulletin 5, blogs).
// A post inside another post's element replies to it; posts side by side reply to the first one.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { htmlToText, isUploadChrome } from '../../clean/html.js';
import type { RawPost } from '../../model.js';
import { isoFromForumDate } from '../forum/dates.js';
import { genericQuotes, isQuoteHeader, nameIn, postIds } from './marks.js';

const POST_TYPE = /schema\.org\/(DiscussionForumPosting|Comment|Answer|Question|SocialMediaPosting|CreativeWork|Article|BlogPosting|NewsArticle)\/?$/i;
/** At least one post must be one of these: a page of articles alone is not a discussion. */
const REPLY_TYPE = /schema\.org\/(DiscussionForumPosting|Comment|Answer|SocialMediaPosting)\/?$/i;
const BODY = '[itemprop=text], [itemprop=articleBody]';

const isPost = (el: Element) => POST_TYPE.test(el.attribs?.itemtype ?? '') && el.attribs.itemscope !== undefined;

/** The nearest enclosing post element, if any. */
function enclosingPost(el: Element): Element | null {
  for (let node = el.parent as Element | null; node && node.type === 'tag'; node = node.parent as Element | null) {
    if (isPost(node)) return node;
  }
  return null;
}

/** A property of this post, not of a post nested inside it. */
function own($: CheerioAPI, post: Element, selector: string) {
  return $(post).find(selector).filter((_, el) => enclosingPost(el) === post).first();
}

function authorOf($: CheerioAPI, post: Element): string | null {
  const author = own($, post, '[itemprop=author]');
  return author.attr('content')?.trim() || nameIn(author);
}

function dateOf($: CheerioAPI, post: Element): string | null {
  const date = own($, post, '[itemprop=datePublished], [itemprop=dateCreated]');
  return isoFromForumDate(date.attr('datetime') ?? date.attr('content') ?? date.text());
}

/** Posts in document order; null when the page has fewer than two (one is an article, not a thread). */
export function readMicrodataPosts($: CheerioAPI, pageUrl: string | null): RawPost[] | null {
  const elements = $('[itemscope][itemtype]').toArray().filter((el): el is Element => el.type === 'tag' && isPost(el))
    .filter((el) => own($, el, BODY).length > 0);
  if (elements.length < 2 || !elements.some((el) => REPLY_TYPE.test(el.attribs.itemtype ?? ''))) return null;
  const idOf = postIds(elements);
  const firstId = idOf.get(elements[0]!)!;
  const quoteMarkup = genericQuotes($);
  return elements.map((el) => {
    const body = own($, el, BODY).toArray() as AnyNode[];
    const { text, quotes } = htmlToText(body, { ...quoteMarkup, isChrome: (node) => isPost(node) || isQuoteHeader(node) || isUploadChrome(node) });
    const id = idOf.get(el)!;
    const parent = enclosingPost(el);
    return {
      id, parentId: id === firstId ? null : parent ? idOf.get(parent) ?? firstId : firstId,
      author: authorOf($, el), createdAt: dateOf($, el), score: null,
      url: pageUrl ? `${pageUrl.replace(/#.*$/, '')}#${id}` : null, text, quotes,
    };
  });
}
