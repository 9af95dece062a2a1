// Reddit: the thread's JSON (`/comments/<id>.json?raw_json=1`), then the comments its `more` stubs hide.
// Saved files: that Listing pair (also from a comment permalink with `context=`), or a morechildren answer.
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawPost, RawThread, ReadContext, SourceAdapter, SourceContent } from '../model.js';
import {
  isListingPair, listingComments, listingPost, moreChildrenThings, readPostThing, readThings, type ThingsRead,
} from './reddit-listing.js';
import { commentJsonUrl, expandMoreStubs, stubDiagnostics, threadJsonUrl } from './reddit-more.js';
import { requestJson } from './util/http.js';
import { threadAsRead } from './util/thread.js';

/** Every reddit.com front end serves the same threads. */
const REDDIT_HOST = /^(?:(?:www|old|new|np|m|i)\.)?reddit\.com$/;

/** /r/<sub>/comments/<id>/<slug>/<comment>/, /comments/<id>/…, /user/<name>/comments/<id>/…. */
const THREAD_PATH = /^(?:\/(?:r|u|user)\/[^/]+)?\/comments\/([a-z0-9]{1,13})(?:\/[^/]*(?:\/([a-z0-9]{1,13}))?)?\/?(?:\.json)?$/i;

export interface RedditRef {
  linkId: string;
  commentId: string | null;
  /** Parent comments to show above a permalinked comment (`?context=3`). */
  context: string | null;
}

export function redditRef(url: URL): RedditRef | null {
  if (url.host === 'redd.it') {
    const id = /^\/([a-z0-9]{1,13})\/?$/i.exec(url.pathname)?.[1];
    return id ? { linkId: id.toLowerCase(), commentId: null, context: null } : null;
  }
  const match = REDDIT_HOST.test(url.host) ? THREAD_PATH.exec(url.pathname) : null;
  if (!match) return null;
  const context = url.searchParams.get('context');
  return {
    linkId: match[1]!.toLowerCase(), commentId: match[2]?.toLowerCase() ?? null,
    context: context && /^\d{1,3}$/.test(context) ? context : null,
  };
}

function redditThread(post: RawPost | null, read: ThingsRead, url: string | null, diagnostics: Diagnostic[]): RawThread {
  const linkId = post?.id ?? read.linkId;
  diagnostics.push(...stubDiagnostics(read.stubs));
  return threadAsRead(
    { kind: 'reddit', url: post?.url ?? url, title: post?.title ?? null },
    post ? [post, ...read.posts] : read.posts,
    diagnostics,
    // A missing parent comment (a permalink's cut-off context) was on the post; a missing post is a root.
    { rootId: linkId },
  );
}

function readSaved(content: SourceContent): RawThread {
  const { json, url } = content;
  if (isListingPair(json)) return redditThread(readPostThing(listingPost(json)), readThings(listingComments(json)), url, []);
  const things = moreChildrenThings(json);
  if (things) return redditThread(null, readThings(things), url, []);
  throw new ThreadmapError('not-a-thread',
    `No Reddit thread in ${url ?? 'this input'}: expected the [post, comments] Listing pair of /comments/<id>.json or a morechildren answer.`);
}

async function fetchRedditThread(url: URL, ctx: ReadContext): Promise<RawThread> {
  const ref = redditRef(url);
  if (!ref) throw new ThreadmapError('bad-input', `${url.href} is not a Reddit thread URL: expected /r/<subreddit>/comments/<id>/….`);
  const jsonUrl = ref.commentId ? commentJsonUrl(ref.linkId, ref.commentId, ref.context) : threadJsonUrl(ref.linkId);
  const answer = await requestJson(ctx, jsonUrl);
  if (!isListingPair(answer)) throw new ThreadmapError('not-a-thread', `Reddit sent no thread for ${url.href} (${jsonUrl}).`);
  const diagnostics: Diagnostic[] = [];
  const read = await expandMoreStubs(readThings(listingComments(answer)), ref.linkId, ctx, diagnostics);
  return redditThread(readPostThing(listingPost(answer)), read, url.href, diagnostics);
}

export const redditAdapter: SourceAdapter = {
  name: 'reddit',
  matchesUrl: (url) => redditRef(url) !== null,
  detect: ({ json }) => isListingPair(json) || moreChildrenThings(json) !== null,
  parse: readSaved,
  fetchThread: (url, ctx) => fetchRedditThread(url, ctx),
};
