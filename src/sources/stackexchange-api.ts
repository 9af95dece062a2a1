// Stack Exchange API responses (api.stackexchange.com/2.3, `filter=withbody`) → RawThread.
// Any response wrapper `{items: [...], has_more, quota_remaining}` holding questions, answers or comments,
// or several of them (what a fetch collects); questions and answers may embed `answers[]` and `comments[]`
// (custom filters). A question is the root, answers reply to it, comments to the post they sit under.
// Questions and answers share one id space ("posts"); comments have their own, so they get `comment-N`,
// the id the question page gives their element.
import { htmlToText } from '../clean/html.js';
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawPost, RawThread } from '../model.js';
import { field, isRecord } from './content.js';
import { arrayOf, finiteNumber, idText, isoFromSeconds, text } from './util/json.js';
import { threadAsRead } from './util/thread.js';

type Json = Record<string, unknown>;

export const isApiWrapper = (json: unknown): boolean =>
  isRecord(json) && Array.isArray(json.items) && ('quota_max' in json || 'has_more' in json);

/** One question, answer or comment object as the API writes it, saved without its `{items: […]}` wrapper. */
const isApiItem = (json: unknown): boolean =>
  isRecord(json) && ['question_id', 'answer_id', 'comment_id'].some((key) => Number.isSafeInteger(json[key]))
  && Number.isSafeInteger(json.creation_date) && ('body' in json || 'owner' in json);

/** A saved API response: the wrapper, a bare item, or an array of bare items. */
export const isApiResponse = (json: unknown): boolean =>
  isApiWrapper(json) || isApiItem(json) || (Array.isArray(json) && json.length > 0 && json.every(isApiItem));

/** Any saved API response in the wrapper's shape, so one reader serves all three. */
export const asApiWrapper = (json: unknown): unknown =>
  (isApiWrapper(json) ? json : { items: Array.isArray(json) ? json : [json] });

const isQuestion = (item: Json) => item.question_id !== undefined && item.answer_id === undefined && item.comment_id === undefined;

/** Names and titles come HTML-escaped ("It Wasn&#39;t Me"). */
const unescaped = (value: unknown) => {
  const written = text(value);
  return written === null ? null : htmlToText(written).text || null;
};

/** Every item of the responses, embedded answers and comments lifted out beside their parents. */
export function apiItems(responses: unknown[]): Json[] {
  const items: Json[] = [];
  const pending = responses.flatMap((response) => arrayOf(field(response, 'items'))).reverse();
  while (pending.length > 0) {
    const item = pending.pop();
    if (!isRecord(item)) continue;
    items.push(item);
    pending.push(...[...arrayOf(item.comments), ...arrayOf(item.answers)].reverse());
  }
  return items;
}

interface Site { origin: string | null }

function basePost(item: Json, id: string, parentId: string | null, url: string | null): RawPost {
  const body = htmlToText(text(item.body) ?? '');
  return {
    id, parentId, author: unescaped(field(item, 'owner', 'display_name')), createdAt: isoFromSeconds(item.creation_date),
    score: finiteNumber(item.score), url, text: body.text, quotes: body.quotes,
  };
}

function toRawPost(item: Json, site: Site, acceptedId: string | null, questionId: string | null): RawPost | null {
  const link = text(item.link);
  if (item.comment_id !== undefined) {
    const id = idText(item.comment_id);
    const on = idText(item.post_id);
    if (!id || !on) return null;
    const comment = basePost(item, `comment-${id}`, on, site.origin && `${site.origin}/posts/comments/${id}`);
    // A comment on an answer that is missing: that answer still belongs under the question.
    return questionId ? { ...comment, above: [on, questionId] } : comment;
  }
  if (item.answer_id !== undefined) {
    const id = idText(item.answer_id);
    const question = idText(item.question_id);
    if (!id || !question) return null;
    const post = basePost(item, id, question, link ?? (site.origin && `${site.origin}/a/${id}`));
    return item.is_accepted === true || id === acceptedId ? { ...post, accepted: true } : post;
  }
  const id = idText(item.question_id);
  if (!id || !isQuestion(item)) return null;
  return { ...basePost(item, id, null, link ?? (site.origin && `${site.origin}/q/${id}`)), title: unescaped(item.title) };
}

/** The site's origin: the question's link, else the URL the response came from if it is a site page. */
function siteOf(items: Json[], url: string | null): Site {
  const link = items.map((item) => text(item.link)).find((candidate) => candidate && URL.canParse(candidate));
  if (link) return { origin: new URL(link).origin };
  const from = url && URL.canParse(url) ? new URL(url) : null;
  return { origin: from && from.hostname !== 'api.stackexchange.com' && from.protocol.startsWith('http') ? from.origin : null };
}

/** Read one saved API response, or the several a fetch collected. */
export function readStackExchangeApi(responses: unknown[], url: string | null, diagnostics: Diagnostic[] = []): RawThread {
  const items = apiItems(responses);
  const site = siteOf(items, url);
  const question = items.find(isQuestion);
  const acceptedId = question ? idText(question.accepted_answer_id) : null;
  const questionId = question ? idText(question.question_id) : null;
  const posts = items.map((item) => toRawPost(item, site, acceptedId, questionId)).filter((post): post is RawPost => post !== null);
  if (posts.length === 0) {
    throw new ThreadmapError('not-a-thread', `The Stack Exchange API response${url ? ` from ${url}` : ''} holds no questions, answers or comments.`);
  }
  const title = question ? unescaped(question.title) : null;
  const questionUrl = question ? text(question.link) : null;
  return threadAsRead({ kind: 'stackexchange', url: questionUrl ?? url, title }, posts, diagnostics);
}
