// Reddit "things" → posts. A thread is a pair of Listings: [the post (t3), its comments (t1, nested in
// `replies`, which is "" when empty)]. Comments not sent are `more` stubs: ids to ask /api/morechildren for,
// or, with no ids ("continue this thread"), a reply chain deeper than the response goes.
import { load } from 'cheerio';
import { htmlToText } from '../clean/html.js';
import type { RawPost } from '../model.js';
import { field, isRecord } from './content.js';
import { arrayOf, finiteNumber, isoFromSeconds, text } from './util/json.js';
import { markdownToText } from './util/markdown.js';

type Json = Record<string, unknown>;

export interface MoreStub {
  /** The comment (or post) the hidden replies hang under. */
  parentId: string;
  /** Ids of hidden comments; empty for "continue this thread". */
  children: string[];
  /** How many comments it hides, descendants included (0 when Reddit does not say). */
  count: number;
}

export interface ThingsRead {
  posts: RawPost[];
  stubs: MoreStub[];
  /** The post the comments belong to (their `link_id`), when any says. */
  linkId: string | null;
}

export const REDDIT_ORIGIN = 'https://www.reddit.com';

/** "t1_cu5pebp" → "cu5pebp": parents are written as fullnames, ids without the type prefix. */
export const withoutPrefix = (fullname: string) => fullname.replace(/^t\d_/, '');

/** What Reddit leaves of a comment or post its author deleted or a moderator removed. */
const GONE = new Set(['[deleted]', '[removed]']);

/** Without `raw_json=1`, Reddit sends body_html entity-escaped ("&lt;div class=\"md\"&gt;…"). */
function bodyText(html: string | null, markdown: string | null) {
  if (html === null) return markdownToText(markdown ?? '');
  const unescaped = html.trimStart().startsWith('&lt;') ? load(html, null, false).text() : html;
  return htmlToText(unescaped);
}

function toRawPost(data: Json, id: string, parentId: string | null, html: string | null, markdown: string | null): RawPost {
  const gone = GONE.has((markdown ?? '').trim());
  const body = gone ? { text: '', quotes: [] } : bodyText(html, markdown);
  const author = text(data.author);
  const permalink = text(data.permalink);
  const linkId = text(data.link_id);
  const link = linkId ? withoutPrefix(linkId) : id;
  return {
    id, parentId, author: author === null || GONE.has(author) ? null : author,
    createdAt: isoFromSeconds(data.created_utc), score: data.score_hidden === true ? null : finiteNumber(data.score),
    url: permalink ? `${REDDIT_ORIGIN}${permalink}` : `${REDDIT_ORIGIN}/comments/${link}/_/${id}/`,
    text: body.text, quotes: body.quotes, ...(gone ? { placeholder: true } : {}),
  };
}

/** The post (t3): title on the root; a link post has no text of its own. */
export function readPostThing(data: Json & { id: string }): RawPost {
  return { ...toRawPost(data, data.id, null, text(data.selftext_html), text(data.selftext)), title: text(data.title) };
}

/** Comments and stubs of a comment tree (nested listings) or of a flat morechildren answer, depth first. */
export function readThings(things: unknown[]): ThingsRead {
  const read: ThingsRead = { posts: [], stubs: [], linkId: null };
  const stack = things.slice().reverse();
  while (stack.length > 0) {
    const thing = stack.pop();
    const data = field(thing, 'data');
    const parent = isRecord(data) ? text(data.parent_id) : null;
    if (!isRecord(data) || parent === null) continue;
    const kind = field(thing, 'kind');
    const link = text(data.link_id);
    if (read.linkId === null && link) read.linkId = withoutPrefix(link);
    if (kind === 'more') {
      const children = arrayOf(data.children).filter((child): child is string => typeof child === 'string');
      // "Continue this thread" stubs hang under a comment; one without ids under the post carries nothing.
      if (children.length > 0 || parent.startsWith('t1_')) {
        read.stubs.push({ parentId: withoutPrefix(parent), children, count: finiteNumber(data.count) ?? 0 });
      }
    } else if (kind === 't1' && text(data.id)) {
      read.posts.push(toRawPost(data, text(data.id)!, withoutPrefix(parent), text(data.body_html), text(data.body)));
      stack.push(...arrayOf(field(data, 'replies', 'data', 'children')).slice().reverse());
    }
  }
  return read;
}

/** [post Listing, comments Listing], as /comments/<id>.json answers. */
export function isListingPair(json: unknown): json is [Json, Json] {
  return Array.isArray(json) && json.length === 2 && field(json, 0, 'kind') === 'Listing' && field(json, 1, 'kind') === 'Listing'
    && field(json, 0, 'data', 'children', 0, 'kind') === 't3' && typeof field(json, 0, 'data', 'children', 0, 'data', 'id') === 'string';
}

/** /api/morechildren?api_type=json answers {"json": {"errors": [], "data": {"things": [...]}}}. */
export const moreChildrenThings = (json: unknown): unknown[] | null => {
  const things = field(json, 'json', 'data', 'things');
  return Array.isArray(things) ? things : null;
};

/** The post of a pair `isListingPair` accepted (so it has a string id). */
export const listingPost = (pair: [Json, Json]) => field(pair, 0, 'data', 'children', 0, 'data') as Json & { id: string };
export const listingComments = (pair: [Json, Json]) => arrayOf(field(pair, 1, 'data', 'children'));
