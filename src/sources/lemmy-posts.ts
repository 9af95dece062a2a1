// Lemmy API v3 responses → RawPosts: the post (`/api/v3/post` → `post_view`) and its comments
// (`/api/v3/comment/list` → `comments[]`, each a CommentView). A comment's place in the tree is its
// `path`: "0.12.34" is comment 34, a reply to comment 12, which replies to the post ("0").
// Post and comment ids are separate sequences on a server, so ids are written "post/N" and "comment/N",
// the paths of their pages.
import { ThreadmapError } from '../errors.js';
import type { RawPost } from '../model.js';
import { field, isRecord } from './content.js';
import { arrayOf, finiteNumber, idText, isoFromText, text } from './util/json.js';
import { markdownToText } from './util/markdown.js';

type Json = Record<string, unknown>;

const postIdOf = (id: string) => `post/${id}`;
const commentIdOf = (id: string) => `comment/${id}`;

const isCommentView = (json: unknown): json is Json =>
  isRecord(json) && isRecord(json.comment) && typeof json.comment.path === 'string' && idText(json.comment.id) !== null;

export const isLemmyCommentList = (json: unknown): boolean =>
  isRecord(json) && Array.isArray(json.comments) && json.comments.length > 0 && json.comments.every(isCommentView);

export const isLemmyPostResponse = (json: unknown): boolean =>
  isRecord(field(json, 'post_view', 'post')) && idText(field(json, 'post_view', 'post', 'id')) !== null;

export const commentViews = (json: unknown): Json[] => arrayOf(field(json, 'comments')).filter(isCommentView);

/** "name" on the user's own server, "name@server" for users from elsewhere (as Lemmy shows them). */
function authorOf(creator: unknown): string | null {
  const name = text(field(creator, 'name'));
  const actor = text(field(creator, 'actor_id'));
  if (name === null || field(creator, 'local') !== false || !actor || !URL.canParse(actor)) return name;
  return `${name}@${new URL(actor).host}`;
}

const isGone = (item: unknown) => field(item, 'deleted') === true || field(item, 'removed') === true;

/** The post a thread is about, from `post_view` (or the `post` every CommentView carries). */
export function lemmyRootPost(post: Json, creator: unknown, counts: unknown): RawPost {
  const id = idText(post.id);
  if (id === null) throw new ThreadmapError('not-a-thread', 'The Lemmy response has a post without an id.');
  const body = isGone(post) ? { text: '', quotes: [] } : markdownToText(text(post.body) ?? '');
  return {
    id: postIdOf(id), parentId: null, author: creator === undefined ? null : authorOf(creator),
    createdAt: isoFromText(post.published), score: finiteNumber(field(counts, 'score')), url: text(post.ap_id),
    title: text(post.name),
    // A link post has no text of its own: the link is what the thread discusses.
    text: body.text || text(post.url) || '', quotes: body.quotes,
  };
}

/** Parent of a comment by its path; the post for top-level comments and for paths that make no sense. */
function parentOf(path: string, postId: string): string {
  const ids = path.split('.');
  const parent = ids.length >= 3 ? ids[ids.length - 2]! : '0';
  return parent === '0' || !/^\d+$/.test(parent) ? postId : commentIdOf(parent);
}

/** The comments above a comment, parent first: its path ("0.12.34.56") between the post's 0 and itself. */
const commentsAbove = (path: string): string[] => path.split('.').slice(1, -1).reverse().map(commentIdOf);

export function lemmyCommentPost(view: Json, postId: string): RawPost {
  const comment = view.comment as Json;
  const gone = isGone(comment);
  const body = gone ? { text: '', quotes: [] } : markdownToText(text(comment.content) ?? '');
  return {
    id: commentIdOf(idText(comment.id)!), parentId: parentOf(text(comment.path)!, postId),
    author: gone ? null : authorOf(view.creator), createdAt: isoFromText(comment.published),
    score: finiteNumber(field(view, 'counts', 'score')), url: text(comment.ap_id),
    text: body.text, quotes: body.quotes, ...(gone ? { placeholder: true } : {}),
    above: commentsAbove(text(comment.path) ?? ''),
  };
}

/**
 * Comments with replies (`counts.child_count`, the size of their branch) none of which were read: the
 * request's `max_depth` cut them off, and a request for their own branch reads them.
 */
export function commentsCutOff(views: readonly Json[]): string[] {
  const withReplyRead = new Set(views.flatMap((view) => (text(field(view, 'comment', 'path')) ?? '').split('.').slice(1, -1)));
  return views.flatMap((view) => {
    const id = idText(field(view, 'comment', 'id'))!;
    return (finiteNumber(field(view, 'counts', 'child_count')) ?? 0) > 0 && !withReplyRead.has(id) ? [id] : [];
  });
}
