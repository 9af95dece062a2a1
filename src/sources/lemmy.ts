// Lemmy, through its API v3: `/api/v3/post?id=N` for the post, then `/api/v3/comment/list?post_id=N` a page
// of up to 50 top-level branches at a time, each down to 8 levels; branches deeper than that are read with
// `parent_id=<comment>`. Every request counts against ctx.maxRequests. Saved responses: the post response or
// a comment list (whose comments each carry the post they are on).
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawThread, ReadContext, SourceAdapter, SourceContent } from '../model.js';
import { field, isRecord } from './content.js';
import {
  commentsCutOff, commentViews, isLemmyCommentList, isLemmyPostResponse, lemmyCommentPost, lemmyRootPost,
} from './lemmy-posts.js';
import { counted, info, warning } from './util/diagnostics.js';
import { requestJson } from './util/http.js';
import { finiteNumber, idText, text } from './util/json.js';
import { threadAsRead } from './util/thread.js';

type Json = Record<string, unknown>;

/** The largest Lemmy servers, and any host named lemmy.*; others by their API URL or a saved response. */
const LEMMY_HOSTS = new Set([
  'lemmy.ml', 'lemmy.world', 'beehaw.org', 'sh.itjust.works', 'lemm.ee', 'programming.dev', 'lemmy.ca',
  'feddit.de', 'lemmy.dbzer0.com', 'lemmy.blahaj.zone', 'discuss.tchncs.de', 'infosec.pub', 'lemmy.zip',
  'sopuli.xyz', 'midwest.social', 'lemmy.sdf.org', 'slrpnk.net', 'aussie.zone', 'feddit.uk', 'lemmy.today',
]);

/** Comment branches per page, and levels per branch, as Lemmy's own web client asks for them. */
const PAGE_LIMIT = 50;
const MAX_DEPTH = 8;

/** A post URL (`/post/N`), or the API's own post URL on any host (`/api/v3/post?id=N`); comment links below. */
export function lemmyPostId(url: URL): string | null {
  const id = /^\/post\/(\d{1,12})\/?$/.exec(url.pathname)?.[1] ?? (url.pathname === '/api/v3/post' ? url.searchParams.get('id') : null);
  return id && /^\d{1,12}$/.test(id) ? id : null;
}

/** A comment permalink (/comment/N) is read as the whole thread of the post it is on: one request finds it. */
const lemmyCommentId = (url: URL) => /^\/comment\/(\d{1,12})\/?$/.exec(url.pathname)?.[1] ?? null;

async function postOfComment(url: URL, ctx: ReadContext): Promise<string | null> {
  const commentId = lemmyCommentId(url);
  if (commentId === null) return null;
  const answer = await requestJson(ctx, `${url.origin}/api/v3/comment?id=${commentId}`);
  return idText(field(answer, 'comment_view', 'comment', 'post_id'));
}

const commentListUrl = (origin: string, query: string, page = 1) =>
  `${origin}/api/v3/comment/list?${query}&max_depth=${MAX_DEPTH}&limit=${PAGE_LIMIT}&page=${page}&type_=All&sort=Old`;

/** The post and comment views → the thread; a missing parent comment's placeholder hangs where its path says, else under the post. */
function readThread(post: Json | null, views: Json[], url: string | null, diagnostics: Diagnostic[]): RawThread {
  const postJson = (post ? field(post, 'post_view', 'post') : views[0]?.post) as Json | undefined;
  if (!isRecord(postJson)) throw new ThreadmapError('not-a-thread', `No Lemmy post in ${url ?? 'this input'}.`);
  const root = lemmyRootPost(postJson, post ? field(post, 'post_view', 'creator') : undefined, field(post, 'post_view', 'counts'));
  const comments = views.map((view) => lemmyCommentPost(view, root.id));
  const source = { kind: 'lemmy' as const, url: url ?? root.url, title: root.title ?? null };
  return threadAsRead(source, [root, ...comments], diagnostics, { rootId: root.id });
}

function readSaved(content: SourceContent): RawThread {
  const diagnostics: Diagnostic[] = [];
  if (isLemmyPostResponse(content.json)) {
    const comments = finiteNumber(field(content.json, 'post_view', 'counts', 'comments')) ?? 0;
    if (comments > 0) diagnostics.push(info(`This is the post without its ${counted(comments, 'comment')}; save /api/v3/comment/list?post_id=… too, or give the post's URL.`));
    return readThread(content.json as Json, [], content.url, diagnostics);
  }
  const views = commentViews(content.json);
  // A user's or a community's comment list mixes posts: that is not one thread.
  const posts = new Set(views.map((view) => idText(field(view, 'comment', 'post_id'))));
  if (posts.size > 1) {
    throw new ThreadmapError('not-a-thread', `These Lemmy comments are on ${posts.size} different posts, not one thread: save one post's /api/v3/comment/list?post_id=…`);
  }
  return readThread(null, views, content.url, diagnostics);
}

async function fetchLemmyThread(url: URL, ctx: ReadContext, page?: SourceContent): Promise<RawThread> {
  const id = lemmyPostId(url) ?? await postOfComment(url, ctx);
  if (id === null) {
    if (page && (isLemmyPostResponse(page.json) || isLemmyCommentList(page.json))) return readSaved(page);
    throw new ThreadmapError('bad-input', `${url.href} is not a Lemmy post URL: expected https://<server>/post/<number>.`);
  }
  const post = await requestJson(ctx, `${url.origin}/api/v3/post?id=${id}`);
  if (!isLemmyPostResponse(post)) {
    throw new ThreadmapError('not-a-thread', `${url.host} did not answer Lemmy's API for post ${id}: it may not be a Lemmy server.`);
  }
  const expected = finiteNumber(field(post, 'post_view', 'counts', 'comments')) ?? 0;
  const byId = new Map<string, Json>();
  const add = (views: Json[]) => {
    const before = byId.size;
    views.forEach((view) => byId.set(idText(field(view, 'comment', 'id'))!, view));
    return byId.size - before;
  };
  let requests = 0;
  const progress = () => ctx.onProgress?.({ stage: 'fetch', done: byId.size, total: Math.max(expected, byId.size), message: 'Lemmy comments' });
  // Pages until one brings nothing new (servers that ignore `page` when `max_depth` is set send the same one).
  for (let pageNumber = 1; expected > 0 && requests < ctx.maxRequests; pageNumber++) {
    requests++;
    const views = commentViews(await requestJson(ctx, commentListUrl(url.origin, `post_id=${id}`, pageNumber)));
    const added = add(views);
    progress();
    if (added === 0 || views.length < PAGE_LIMIT) break;
  }
  const expanded = new Set<string>();
  for (;;) {
    const next = commentsCutOff([...byId.values()]).find((commentId) => !expanded.has(commentId));
    if (next === undefined || requests >= ctx.maxRequests) break;
    expanded.add(next);
    requests++;
    add(commentViews(await requestJson(ctx, commentListUrl(url.origin, `parent_id=${next}`))));
    progress();
  }
  const diagnostics: Diagnostic[] = [];
  if (byId.size < expected) {
    const reason = requests >= ctx.maxRequests ? `the request limit (${ctx.maxRequests}) was reached` : 'the rest were deleted or removed';
    diagnostics.push(warning(`Read ${byId.size} of the ${counted(expected, 'comment')} Lemmy counts on this post: ${reason}.`, url.href));
  }
  return readThread(post as Json, [...byId.values()], `${url.origin}/post/${id}`, diagnostics);
}

export const lemmyAdapter: SourceAdapter = {
  name: 'lemmy',
  // Never by /post/<n> alone: that is how half the web addresses an article.
  matchesUrl: (url) => (lemmyPostId(url) !== null || lemmyCommentId(url) !== null) &&
    (LEMMY_HOSTS.has(url.hostname) || url.hostname.startsWith('lemmy.') || url.pathname === '/api/v3/post'),
  detect: (content) => isLemmyPostResponse(content.json) || isLemmyCommentList(content.json),
  parse: readSaved,
  fetchThread: fetchLemmyThread,
};
