// Disqus, the comment system embedded in blogs and news sites. Its API (`threads/listPosts`,
// `threads/listPostsThreaded`) answers `{code: 0, response: [post…]}`; the embed page a browser saves
// (disqus.com/embed/comments/…) carries the same posts as JSON in <script id="disqus-threadData">,
// `{cursor, response: {posts, thread}}`, beside markup full of vote buttons and avatars. So both are read
// from the JSON. Each post names its `parent` (null at the top): the tree is stated. The article the
// comments discuss is in neither, so the top-level comments are the thread's roots.
import { load } from 'cheerio';
import { htmlToText } from '../clean/html.js';
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawPost, RawThread, ReadContext, SourceAdapter, SourceContent } from '../model.js';
import { field, isRecord } from './content.js';
import { requestPage } from './forum/request.js';
import { counted, info } from './util/diagnostics.js';
import { requestJson } from './util/http.js';
import { finiteNumber, idText, isoFromText, text } from './util/json.js';
import { threadAsRead } from './util/thread.js';

type Json = Record<string, unknown>;

const THREAD_DATA = /<script[^>]*\bid="disqus-threadData"/;

const isDisqusPost = (value: unknown): value is Json =>
  isRecord(value) && 'parent' in value && typeof value.message === 'string' && isRecord(value.author);

/** The posts of an API answer (`response` a list) or of the embed page's thread data (`response.posts`). */
function postsOf(json: unknown): unknown[] | null {
  if (!isRecord(json) || json.code !== 0) return null;
  const posts = Array.isArray(json.response) ? json.response : field(json, 'response', 'posts');
  return Array.isArray(posts) && posts.length > 0 && posts.every(isDisqusPost) ? posts : null;
}

/** The embed page's thread data: the script's JSON, read once the page is parsed; `where` names the page in errors. */
function threadDataOf(html: string, where: string): unknown {
  const script = load(html)('script#disqus-threadData').first().text();
  try {
    return JSON.parse(script);
  } catch {
    throw new ThreadmapError('not-a-thread', `The Disqus page ${where} holds its comments in a thread-data script that is not readable JSON (cut off when saved?): save the page again once it has loaded.`);
  }
}

function readPost(post: Json): RawPost {
  const id = idText(post.id)!;
  const gone = post.isDeleted === true || post.isSpam === true;
  const body = gone ? { text: '', quotes: [] } : htmlToText(text(post.message) ?? '');
  const author = post.author as Json;
  return {
    id, parentId: idText(post.parent), author: gone ? null : text(author.name) ?? text(author.username),
    createdAt: isoFromText(post.createdAt), score: finiteNumber(post.points) ?? finiteNumber(post.likes),
    url: text(post.url), text: body.text, quotes: body.quotes, ...(gone ? { placeholder: true } : {}),
  };
}

/** The embed page's `response.thread`; an API answer asked `related=thread` puts it in each post. */
const threadOf = (json: unknown, posts: unknown[]): unknown =>
  isRecord(field(json, 'response', 'thread')) ? field(json, 'response', 'thread') : field(posts[0], 'thread');

/** Disqus read from its JSON; `where` names the input in errors. */
function readDisqusJson(json: unknown, url: string | null, where: string): RawThread {
  const code = field(json, 'code');
  if (typeof code === 'number' && code !== 0) {
    throw new ThreadmapError('fetch-failed', `Disqus refused ${where}: ${text(field(json, 'response')) ?? 'no reason given'} (Disqus error ${code}).`);
  }
  const posts = postsOf(json);
  if (posts === null) throw new ThreadmapError('not-a-thread', `No Disqus comments in ${where}: expected a Disqus API answer or a saved Disqus embed page.`);
  const thread = threadOf(json, posts);
  const title = text(field(thread, 'clean_title')) ?? text(field(thread, 'title'));
  const threadUrl = text(field(thread, 'link')) ?? url;
  const read = (posts as Json[]).filter((post) => idText(post.id) !== null).map(readPost);
  const diagnostics: Diagnostic[] = [];
  const total = finiteNumber(field(thread, 'posts')) ?? finiteNumber(field(json, 'cursor', 'total'));
  if (total !== null && total > read.length) {
    diagnostics.push(info(`Disqus counts ${counted(total, 'comment')} on this thread; ${read.length} are in ${where} (Disqus loads the rest on "Load more comments").`, threadUrl ?? undefined));
  }
  return threadAsRead({ kind: 'disqus', url: threadUrl, title }, read, diagnostics);
}

const isDisqusPage = (content: SourceContent) => content.json === undefined && THREAD_DATA.test(content.text);

function readSaved(content: SourceContent): RawThread {
  const where = content.url ?? 'this input';
  return readDisqusJson(isDisqusPage(content) ? threadDataOf(content.text, where) : content.json, content.url, where);
}

/** An API URL answers JSON; an embed page URL answers the page with its thread data. */
async function fetchDisqus(url: URL, ctx: ReadContext, page?: SourceContent): Promise<RawThread> {
  if (page) return readSaved(page);
  ctx.onProgress?.({ stage: 'fetch', done: 0, total: 1, message: 'Disqus comments' });
  if (url.pathname.startsWith('/api/')) return readDisqusJson(await requestJson(ctx, url.href), url.href, url.href);
  return readSaved(await requestPage(ctx, url.href));
}

export const disqusAdapter: SourceAdapter = {
  name: 'disqus',
  matchesUrl: (url) => url.hostname === 'disqus.com' && /^\/(embed\/comments|api\/3\.0\/(threads|posts)\/)/.test(url.pathname),
  detect: (content) => postsOf(content.json) !== null || isDisqusPage(content),
  parse: readSaved,
  fetchThread: fetchDisqus,
};
