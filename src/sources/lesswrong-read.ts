// A ForumMagnum GraphQL response (LessWrong, EA Forum, Alignment Forum) → RawThread.
// Shape: {"data": {"post": {"result": {...}}, "comments": {"results": [...]}}}; the comments alone, or a
// bare array of comment objects (what scrapers save), read too. Comments are flat: nesting is `parentCommentId`.
import { htmlToText, type PostText } from '../clean/html.js';
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawPost, RawThread, SourceKind } from '../model.js';
import { field, isRecord } from './content.js';
import { warning } from './util/diagnostics.js';
import { arrayOf, finiteNumber, isoFromText, text } from './util/json.js';
import { markdownToText } from './util/markdown.js';
import { threadAsRead } from './util/thread.js';

/** The forums running ForumMagnum, by host (with and without www.). */
export const FORUM_HOSTS: Readonly<Record<string, SourceKind>> = {
  'lesswrong.com': 'lesswrong', 'www.lesswrong.com': 'lesswrong',
  'forum.effectivealtruism.org': 'eaforum',
  'alignmentforum.org': 'alignmentforum', 'www.alignmentforum.org': 'alignmentforum',
};

type Json = Record<string, unknown>;

/** The comment objects of a response, in any of the shapes we accept. */
export function responseComments(json: unknown): unknown[] {
  return Array.isArray(json) ? json : arrayOf(field(json, 'data', 'comments', 'results'));
}

export const responsePost = (json: unknown): Json | null => {
  const post = field(json, 'data', 'post', 'result');
  return isRecord(post) ? post : null;
};

function bodyOf(item: Json): PostText {
  const html = text(field(item, 'contents', 'html')) ?? text(item.htmlBody);
  if (html !== null) return htmlToText(html);
  const markdown = text(field(item, 'contents', 'markdown')) ?? text(field(item, 'contents', 'plaintextDescription'));
  return markdownToText(markdown ?? '');
}

const authorOf = (item: Json) => text(field(item, 'user', 'displayName')) ?? text(field(item, 'user', 'username'));

function toRawPost(item: Json, id: string, parentId: string | null, url: string | null): RawPost {
  const deleted = item.deleted === true;
  const body = deleted ? { text: '', quotes: [] } : bodyOf(item);
  return {
    id, parentId, author: deleted ? null : authorOf(item), createdAt: isoFromText(item.postedAt),
    score: finiteNumber(item.baseScore), url, text: body.text, quotes: body.quotes, ...(deleted ? { placeholder: true } : {}),
  };
}

/** Which forum: the URL it came from, else the pageUrl the API wrote, else LessWrong (it serves AF posts too). */
function forumOf(url: string | null, post: Json | null, comments: Json[]): { kind: SourceKind; origin: string } {
  for (const candidate of [url, text(post?.pageUrl), text(comments[0]?.pageUrl)]) {
    if (!candidate || !URL.canParse(candidate)) continue;
    const parsed = new URL(candidate);
    const kind = FORUM_HOSTS[parsed.host];
    if (kind) return { kind, origin: parsed.origin };
  }
  return { kind: 'lesswrong', origin: 'https://www.lesswrong.com' };
}

export function readForumMagnum(json: unknown, url: string | null): RawThread {
  const post = responsePost(json);
  const comments = responseComments(json).filter((item): item is Json => isRecord(item) && text(item._id) !== null);
  if (!post && comments.length === 0) {
    throw new ThreadmapError('not-a-thread',
      `No LessWrong-style post or comments in ${url ?? 'this response'}: expected data.post.result or data.comments.results.`);
  }
  const { kind, origin } = forumOf(url, post, comments);
  const rootId = post ? text(post._id) : null;
  const slug = post ? text(post.slug) : null;
  const postOf = new Map<string, string | null>();
  const posts: RawPost[] = [];
  if (post && rootId) {
    posts.push({ ...toRawPost(post, rootId, null, text(post.pageUrl) ?? url), title: text(post.title) });
  }
  for (const comment of comments) {
    const id = text(comment._id)!;
    const postId = text(comment.postId) ?? rootId;
    postOf.set(id, postId);
    const link = text(comment.pageUrl)
      ?? (postId ? `${origin}/posts/${postId}${postId === rootId && slug ? `/${slug}` : ''}?commentId=${id}` : null);
    const parentId = text(comment.parentCommentId) ?? postId;
    // A missing parent comment was on the same post; a missing post is a root.
    posts.push({ ...toRawPost(comment, id, parentId, link), ...(parentId && postId ? { above: [parentId, postId] } : {}) });
  }
  const diagnostics: Diagnostic[] = [];
  const postIds = new Set([...postOf.values()].filter((id) => id !== null));
  if (postIds.size > 1) {
    diagnostics.push(warning(`These comments come from ${postIds.size} different posts, so this is not one thread: each post is a separate root.`));
  }
  const title = post ? text(post.title) : null;
  return threadAsRead({ kind, url: (post && text(post.pageUrl)) ?? url, title }, posts, diagnostics);
}
