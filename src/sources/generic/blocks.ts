// Posts of a forum or comment system no adapter knows, found by their shape: sibling elements with the
// same tag and classes, repeated at least twice, each holding words and the marks of a post (who wrote
// it, and when it was written or where its words are). A block nested in another block of the same group replies to it; side by side, blocks
// reply to the first one. Navigation menus, product grids and link lists repeat too, but carry no
// author and date with sentences beside them, so they are not taken for posts; teaser lists (related
// stories with bylines) are mostly link text, or sit in a sidebar, so they are not either.
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { htmlToText, isUploadChrome } from '../../clean/html.js';
import type { RawPost } from '../../model.js';
import { isoFromForumDate } from '../forum/dates.js';
import { genericQuotes, isQuoteHeader, nameIn, postIds } from './marks.js';

/** Who wrote a block: classes and links forums use for the writer. */
const AUTHOR = '[class*=author i], [class*=username i], [class*=user_name i], [class*=user-name i], [class*=poster i], [rel=author], [itemprop=author], a[href*="/user"], a[href*="member"], a[href*="profile"], a[href*="/u/"]';
/** When: a <time>, a datetime attribute, or a class saying date or time. */
const DATE = 'time, [datetime], [class*=date i], [class*=time i]';
/**
 * Where a post's words are, by the names forum skins give that box: static exports of a forum often keep the
 * writer and the words but drop the date (a Discourse archive's `div.user_name` + `div.post_content`).
 */
const BODY = '[class*=post_content i], [class*=post-content i], [class*=postbody i], [class*=post-body i], [class*=post_body i], [class*=comment-body i], [class*=comment_body i], [class*=message-body i], [class*=cooked i]';
/** Inside a block but not its words: header, footer, buttons, signature, the author and date themselves. */
const FURNITURE = `header, footer, nav, form, button, [class*=signature i], [class*=action i], [class*=vote i], [class*=share i], ${AUTHOR}, ${DATE}`;
/** Fewest characters of words (outside the furniture) a post block holds. */
const MIN_WORDS_CHARS = 20;
/** A post's words are its own: at most this share of them link text. */
const MAX_LINK_SHARE = 0.5;
/** Boxes whose repeated items are teasers, not posts (by element, or by class/id words). */
const TEASER_BOX = 'aside, nav, header, footer, [role=complementary], [role=navigation]';
const TEASER_WORDS = /(related|sidebar|promo|recommend|trending|popular|more-stories|teaser|newsletter|menu)/i;
/** Share of a group's blocks that must look like posts. */
const POST_LIKE_SHARE = 0.6;

/** Tag and first class ("div.msg" for both `msg first` and `msg`): state classes vary between siblings. */
const signature = (el: Element) => `${el.name}.${(el.attribs.class ?? '').split(/\s+/).find((name) => name && !/\d/.test(name)) ?? ''}`;

function wordsOf($: CheerioAPI, block: Cheerio<Element>): string {
  const copy = block.clone();
  copy.find(`${FURNITURE}, script, style`).remove();
  return copy.text().replace(/\s+/g, ' ').trim();
}

/** A block carries a post's marks: who wrote it, and when it was written or where its words are. */
function hasPostMarks($: CheerioAPI, el: Element): boolean {
  const block = $(el);
  return block.find(AUTHOR).length > 0 && (block.find(DATE).length > 0 || block.find(BODY).length > 0);
}

/** A block that reads as a post on its own: its marks, and words of its own rather than mostly links. */
function isPostLike($: CheerioAPI, el: Element): boolean {
  if (!hasPostMarks($, el)) return false;
  const block = $(el);
  const words = wordsOf($, block);
  const links = block.find('a').toArray().reduce((sum, a) => sum + $(a).text().replace(/\s+/g, ' ').trim().length, 0);
  return words.length >= MIN_WORDS_CHARS && links <= words.length * MAX_LINK_SHARE;
}

/** Once a group is a thread, any of its blocks with a post's marks and any words at all. */
const isPostInThread = ($: CheerioAPI, el: Element) => hasPostMarks($, el) && wordsOf($, $(el)) !== '';

const inTeaserBox = ($: CheerioAPI, el: Element) =>
  $(el).closest(TEASER_BOX).length > 0 || $(el).parents().toArray().some((box) => TEASER_WORDS.test(`${box.attribs.class ?? ''} ${box.attribs.id ?? ''}`));

/** The largest group of same-signature siblings that mostly look like posts, at least two of them. */
function postGroup($: CheerioAPI): Element[] {
  const groups = new Map<AnyNode, Map<string, Element[]>>();
  $('body div, body article, body li, body section, body table, body tr').each((_, el) => {
    if (!el.parent || !(el.attribs.class || el.name === 'article')) return;
    const byParent = groups.get(el.parent) ?? new Map<string, Element[]>();
    groups.set(el.parent, byParent);
    const sig = signature(el);
    byParent.set(sig, [...(byParent.get(sig) ?? []), el]);
  });
  let best: Element[] = [];
  let bestPostLike = 0;
  for (const bySignature of groups.values()) {
    for (const members of bySignature.values()) {
      if (members.length < 2 || inTeaserBox($, members[0]!)) continue;
      const postLike = members.filter((el) => isPostLike($, el)).length;
      if (postLike < 2 || postLike < members.length * POST_LIKE_SHARE || postLike <= bestPostLike) continue;
      // The group is a thread: a short post or one that is mostly a link ("+1", a shared tweet) is still a post.
      best = members.filter((el) => isPostInThread($, el));
      bestPostLike = postLike;
    }
  }
  return best;
}


/** Nested replies: blocks of the same signature anywhere inside the page's post group's blocks. */
function withNested($: CheerioAPI, group: Element[]): Element[] {
  const sig = signature(group[0]!);
  const all = new Set(group);
  for (const el of group) $(el).find('*').each((_, inner) => { if (signature(inner) === sig && isPostInThread($, inner)) all.add(inner); });
  return $('body *').toArray().filter((el): el is Element => all.has(el as Element)); // document order
}

function firstText(block: Cheerio<Element>, selector: string): string | null {
  const found = block.find(selector).first();
  return found.attr('datetime') ?? (found.text().replace(/\s+/g, ' ').trim() || null);
}

export function readRepeatedBlocks($: CheerioAPI, pageUrl: string | null): RawPost[] | null {
  const group = postGroup($);
  if (group.length < 2) return null;
  const blocks = withNested($, group);
  const inGroup = new Set(blocks);
  const idOf = postIds(blocks);
  const firstId = idOf.get(blocks[0]!)!;
  const quoteMarkup = genericQuotes($);
  return blocks.map((el) => {
    const block = $(el);
    const furniture = new Set(block.find(FURNITURE).toArray());
    const { text, quotes } = htmlToText(el.children as AnyNode[], { ...quoteMarkup, isChrome: (node) => furniture.has(node) || inGroup.has(node) || isQuoteHeader(node) || isUploadChrome(node) });
    const parent = block.parents().toArray().find((ancestor) => inGroup.has(ancestor));
    const id = idOf.get(el)!;
    return {
      id, parentId: id === firstId ? null : parent ? idOf.get(parent)! : firstId,
      author: nameIn(block.find(AUTHOR).first()), createdAt: isoFromForumDate(firstText(block, DATE)), score: null,
      url: pageUrl, text, quotes,
    };
  });
}
