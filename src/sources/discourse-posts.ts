// A Discourse topic response (`/t/<slug>/<id>.json`, `/t/<id>/posts.json`, any schema since 2013) → RawThread.
// Discourse is flat with reply links: `reply_to_post_number` when the writer pressed a post's Reply button,
// else a quote of an earlier post in the same topic (`<aside class="quote" data-post=N data-topic=T>`),
// else the reply is to the topic, i.e. post #1. Post numbers are per topic; ids are the site's post ids.
import type { Element } from 'domhandler';
import { hasClass, htmlToText, isAsideQuote, isUploadChrome, type QuoteMarkup } from '../clean/html.js';
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawPost, RawThread } from '../model.js';
import { field, isRecord } from './content.js';
import { arrayOf, finiteNumber, idText, isoFromText, text } from './util/json.js';
import { threadAsRead } from './util/thread.js';

type Json = Record<string, unknown>;

/** Discourse post types: 1 regular, 2 moderator action, 3 small action ("closed the topic"), 4 whisper. */
const SMALL_ACTION = 3;
/** `actions_summary` id of a like. */
const LIKE = 2;

export const topicPosts = (json: unknown): Json[] => arrayOf(field(json, 'post_stream', 'posts')).filter(isRecord);

/** Quote markup in `cooked`: the aside is the quote, its `.title` ("Alice:") the header, lightbox captions chrome. */
function quoteMarkup(topicId: string | null, idOfNumber: Map<number, string>): QuoteMarkup {
  return {
    // The aside wraps a <blockquote>: that one is the aside's body, not a second quote.
    isQuote: (el) => isAsideQuote(el) || (el.name === 'blockquote' && !isAsideQuote(el.parent as Element | null)),
    isQuoteHeader: (el) => hasClass(el, 'title'),
    describe: (el) => {
      const sameTopic = !el.attribs['data-topic'] || el.attribs['data-topic'] === topicId;
      const number = Number(el.attribs['data-post']);
      return { postId: sameTopic ? idOfNumber.get(number) ?? null : null, author: el.attribs['data-username'] ?? null };
    },
    // Image captions ("image 800×600 52 KB") and the default alt text Discourse gives uploads.
    isChrome: (el) => hasClass(el, 'meta') || isUploadChrome(el),
  };
}

function likesOf(post: Json): number | null {
  if (!Array.isArray(post.actions_summary)) return finiteNumber(post.like_count);
  const like = post.actions_summary.find((action) => field(action, 'id') === LIKE);
  return finiteNumber(field(like, 'count')) ?? 0;
}

const isDeleted = (post: Json) => post.user_deleted === true || (post.deleted_at !== null && post.deleted_at !== undefined);

interface Reading {
  topicId: string | null;
  idOfNumber: Map<number, string>;
  numberOfId: Map<string, number>;
  firstId: string | null;
  base: string | null;
}

/** The id standing in for a post this response does not hold: its number in the topic, as Discourse shows it. */
const missingPostId = (number: number) => `#${number}`;

/** The post this one replies to: its reply link, else the earlier post it quotes, else post #1. */
function parentOf(post: Json, number: number, quotedIds: (string | null)[], reading: Reading): string | null {
  if (number === 1) return null;
  const replyTo = finiteNumber(post.reply_to_post_number);
  if (replyTo !== null) {
    return reading.idOfNumber.get(replyTo) ?? missingPostId(replyTo);
  }
  const quotedEarlier = quotedIds.find((id) => id !== null && (reading.numberOfId.get(id) ?? number) < number);
  return quotedEarlier ?? reading.firstId;
}

function toRawPost(post: Json, reading: Reading): RawPost | null {
  const id = idText(post.id);
  const number = finiteNumber(post.post_number);
  if (id === null || number === null || post.post_type === SMALL_ACTION) return null;
  const deleted = isDeleted(post);
  const body = deleted ? { text: '', quotes: [] } : htmlToText(text(post.cooked) ?? '', quoteMarkup(reading.topicId, reading.idOfNumber));
  const slug = text(post.topic_slug) ?? 'topic';
  return {
    id,
    parentId: parentOf(post, number, body.quotes.map((quote) => quote.postId), reading),
    author: deleted ? null : text(post.username) ?? text(post.name),
    createdAt: isoFromText(post.created_at),
    score: likesOf(post),
    url: reading.base && reading.topicId ? `${reading.base}/t/${slug}/${reading.topicId}/${number}` : null,
    text: body.text,
    quotes: body.quotes,
    ...(deleted ? { placeholder: true } : {}),
  };
}

/** The forum's root URL (origin plus any sub-folder install) from a topic URL. */
export function forumBase(url: string | null): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  const match = /^(.*?)\/t\//.exec(parsed.pathname);
  return parsed.protocol.startsWith('http') ? parsed.origin + (match?.[1] ?? '') : null;
}

/** Read a Discourse topic or posts response. `url`: where it came from, for post links. */
export function readDiscourseJson(json: unknown, url: string | null, diagnostics: Diagnostic[] = []): RawThread {
  const posts = topicPosts(json).sort((a, b) => (finiteNumber(a.post_number) ?? 0) - (finiteNumber(b.post_number) ?? 0));
  if (posts.length === 0) {
    throw new ThreadmapError('not-a-thread', `The Discourse response${url ? ` from ${url}` : ''} has no posts in post_stream.posts.`);
  }
  const idOfNumber = new Map(posts.flatMap((post) => {
    const id = idText(post.id);
    const number = finiteNumber(post.post_number);
    return id !== null && number !== null ? [[number, id] as const] : [];
  }));
  const reading: Reading = {
    topicId: idText(field(json, 'id')) ?? idText(posts[0]!.topic_id),
    idOfNumber, numberOfId: new Map([...idOfNumber].map(([number, id]) => [id, number])), firstId: idOfNumber.get(1) ?? null, base: forumBase(url),
  };
  const raw = posts.map((post) => toRawPost(post, reading)).filter((post): post is RawPost => post !== null);
  const title = text(field(json, 'title')) ?? null;
  const source = { kind: 'discourse' as const, url: url && reading.base ? url : null, title };
  // A reply to a post outside this response (another page of the topic, a deleted post): a placeholder
  // stands in for that post, under the topic's first post, where every Discourse reply belongs.
  return threadAsRead(source, raw, diagnostics, { rootId: reading.firstId });
}
