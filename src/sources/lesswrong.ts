// LessWrong, EA Forum and Alignment Forum: one engine (ForumMagnum), one GraphQL API at https://<host>/graphql.
// The post and its comments come in one query; long threads page on with the comments part alone.
import { ThreadmapError } from '../errors.js';
import type { RawThread, ReadContext, SourceAdapter, SourceContent } from '../model.js';
import { field, isRecord } from './content.js';
import { FORUM_HOSTS, readForumMagnum, responseComments, responsePost } from './lesswrong-read.js';
import { warning } from './util/diagnostics.js';
import { arrayOf } from './util/json.js';
import { postJson } from './util/http.js';

/** Comments per request. Oldest first ("postCommentsOld"), so offsets stay put while people vote. */
export const COMMENTS_PER_PAGE = 200;

// The legacy `input: {terms}` form: the EA Forum serves only this one, LessWrong both.
const COMMENTS_PART = `comments(input: {terms: {view: "postCommentsOld", postId: $postId, limit: $limit, offset: $offset}}) {
    results { _id postId parentCommentId topLevelCommentId postedAt baseScore deleted contents { html } user { username displayName } }
  }`;

export const THREAD_QUERY = `query ThreadmapThread($postId: String, $limit: Int, $offset: Int) {
  post(input: {selector: {_id: $postId}}) {
    result { _id title slug pageUrl postedAt baseScore htmlBody contents { html } user { username displayName } }
  }
  ${COMMENTS_PART}
}`;

export const COMMENTS_QUERY = `query ThreadmapComments($postId: String, $limit: Int, $offset: Int) {
  ${COMMENTS_PART}
}`;

/** Each forum's API origin: the bare hosts redirect, and a redirected POST would come back as a GET. */
const API_ORIGIN: Readonly<Record<string, string>> = {
  lesswrong: 'https://www.lesswrong.com',
  eaforum: 'https://forum.effectivealtruism.org',
  alignmentforum: 'https://www.alignmentforum.org',
};

/** The post id in /posts/<id>/<slug> or a sequence's /s/<sequence>/p/<id>. */
export function forumPostId(url: URL): string | null {
  if (!(url.host in FORUM_HOSTS)) return null;
  return /^\/(?:posts|s\/[A-Za-z0-9]+\/p)\/([A-Za-z0-9]+)(?:\/|$)/.exec(url.pathname)?.[1] ?? null;
}

const looksLikeComment = (item: unknown) =>
  isRecord(item) && typeof item._id === 'string' && ('parentCommentId' in item || 'topLevelCommentId' in item);

/** A post result, or comments whose first few carry ForumMagnum's `_id` and `parentCommentId`. */
function isForumMagnum(json: unknown): boolean {
  const comments = responseComments(json).slice(0, 3);
  return responsePost(json) !== null || (comments.length > 0 && comments.every(looksLikeComment));
}

/** GraphQL answers 200 with `errors` when the query is wrong or the post is gone. */
function graphqlData(answer: unknown, url: string): unknown {
  const message = field(answer, 'errors', 0, 'message');
  if (typeof message === 'string' && !isRecord(field(answer, 'data'))) {
    throw new ThreadmapError('fetch-failed', `${new URL(url).host} refused the thread query: ${message}`);
  }
  return answer;
}

async function fetchForumThread(url: URL, ctx: ReadContext): Promise<RawThread> {
  const postId = forumPostId(url);
  if (!postId) throw new ThreadmapError('bad-input', `${url.href} is not a post URL: expected /posts/<id>/<slug>.`);
  const endpoint = `${API_ORIGIN[FORUM_HOSTS[url.host]!]}/graphql`;
  const ask = (query: string, offset: number) =>
    postJson(ctx, endpoint, { query, variables: { postId, limit: COMMENTS_PER_PAGE, offset } }).then((a) => graphqlData(a, endpoint));
  const first = await ask(THREAD_QUERY, 0);
  if (!responsePost(first)) throw new ThreadmapError('not-a-thread', `${url.host} has no post ${postId} (${url.href}).`);
  let page = responseComments(first);
  const comments = [...page];
  let requests = 0;
  while (page.length === COMMENTS_PER_PAGE && requests < ctx.maxRequests) {
    requests++;
    ctx.onProgress?.({ stage: 'fetch', done: comments.length, total: comments.length + COMMENTS_PER_PAGE, message: `comments ${comments.length}+` });
    page = arrayOf(field(await ask(COMMENTS_QUERY, comments.length), 'data', 'comments', 'results'));
    comments.push(...page);
  }
  const thread = readForumMagnum({ data: { post: field(first, 'data', 'post'), comments: { results: comments } } }, url.href);
  if (page.length === COMMENTS_PER_PAGE) {
    thread.diagnostics.push(warning(
      `Stopped after ${comments.length} comments (request limit ${ctx.maxRequests} reached); later comments were not loaded.`, url.href));
  }
  return thread;
}

export const lesswrongAdapter: SourceAdapter = {
  name: 'lesswrong',
  matchesUrl: (url) => forumPostId(url) !== null,
  detect: (content: SourceContent) => isForumMagnum(content.json),
  parse: (content) => readForumMagnum(content.json, content.url),
  fetchThread: (url, ctx) => fetchForumThread(url, ctx),
};
