// GitHub issues and pull requests as the REST API returns them: the issue (`/repos/O/R/issues/N`) and its
// conversation comments (`/issues/N/comments`, oldest first). Comments are flat: each replies to the issue,
// or to the earlier comment it quotes with "> " when the quoted words are clearly that comment's.
// The issue's id is "#N", as GitHub writes it; comments keep their own ids (#issuecomment-<id>).
import { htmlToText, type PostText } from '../clean/html.js';
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawPost, RawThread } from '../model.js';
import { field, isRecord } from './content.js';
import { info } from './util/diagnostics.js';
import { arrayOf, finiteNumber, idText, isoFromText, text } from './util/json.js';
import { markdownToText } from './util/markdown.js';
import { threadAsRead } from './util/thread.js';

type Json = Record<string, unknown>;

export const issueIdOf = (number: string) => `#${number}`;

export const isGithubIssue = (json: unknown): json is Json =>
  isRecord(json) && Number.isSafeInteger(json.number) && typeof json.title === 'string' &&
  isRecord(json.user) && /github/.test(text(json.html_url) ?? '');

/** A comment links to its page (`html_url`, since 2013) or at least to itself in the API (`url`, always). */
export const isGithubComment = (json: unknown): json is Json =>
  isRecord(json) && idText(json.id) !== null && isRecord(json.user) && 'body' in json &&
  (/#issuecomment-\d+$/.test(text(json.html_url) ?? '') || /\/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+$/.test(text(json.url) ?? ''));

/** A saved comments page (an array of comments), possibly with the issue first. */
export const isGithubCommentList = (json: unknown): json is unknown[] =>
  Array.isArray(json) && json.length > 0 && json.every((item, i) => isGithubComment(item) || (i === 0 && isGithubIssue(item)));

/**
 * GitHub Markdown's block markers that markdownToText leaves: code fences (```lang, ~~~) and heading
 * hashes, also inside "> " quotes. The code and the heading's words stay.
 */
const GFM_MARKERS: readonly [RegExp, string][] = [
  [/^((?:>[ \t]?)*)[ \t]*(?:```|~~~)[^\n]*$/gm, '$1'],
  [/^((?:>[ \t]?)*)[ \t]*#{1,6}[ \t]+/gm, '$1'],
];

/** `body_html` when the response has it (Accept: …full+json), else the Markdown `body`. */
function bodyOf(item: Json): PostText {
  const html = text(item.body_html);
  if (html !== null) return htmlToText(html);
  const markdown = GFM_MARKERS.reduce((body, [marker, kept]) => body.replace(marker, kept), (text(item.body) ?? '').replace(/\r\n?/g, '\n'));
  return markdownToText(markdown);
}

/** Reactions of every kind: the closest GitHub has to a score. */
const reactionsOf = (item: Json) => finiteNumber(field(item, 'reactions', 'total_count'));

export function issuePost(issue: Json): RawPost {
  const body = bodyOf(issue);
  return {
    id: issueIdOf(String(issue.number)), parentId: null, author: text(field(issue, 'user', 'login')),
    createdAt: isoFromText(issue.created_at), score: reactionsOf(issue), url: text(issue.html_url),
    title: text(issue.title), text: body.text, quotes: body.quotes,
  };
}

function commentPost(comment: Json): RawPost {
  const body = bodyOf(comment);
  return {
    id: idText(comment.id)!, parentId: null, author: text(field(comment, 'user', 'login')),
    createdAt: isoFromText(comment.created_at), score: reactionsOf(comment), url: text(comment.html_url),
    text: body.text, quotes: body.quotes,
  };
}

/** The issue a comment is on, from its `issue_url` (…/issues/N) or `html_url` (…/issues/N#issuecomment-…). */
function issueNumberOf(comment: Json): string | null {
  return /\/(?:issues|pull)\/(\d+)(?:#|$)/.exec(text(comment.issue_url) ?? text(comment.html_url) ?? '')?.[1] ?? null;
}

/** The issue when we have it; else a placeholder standing in for it, so replies still hang under one root. */
function rootOf(issue: Json | null, comments: readonly Json[], diagnostics: Diagnostic[]): RawPost {
  if (issue) return issuePost(issue);
  const number = comments.map(issueNumberOf).find((found) => found !== null);
  const id = number ? issueIdOf(number) : 'issue';
  const url = text(comments[0]?.html_url)?.split('#')[0] ?? null;
  diagnostics.push(info(`The comments of ${number ? id : 'an issue'} without the issue itself; a placeholder stands in for it.`, id));
  return { id, parentId: null, author: null, createdAt: null, score: null, url, text: '', quotes: [], placeholder: true };
}

/** The issue first, then its comments oldest first, as read: src/dedup links each to the comment it quotes, else the issue. */
export function githubThread(posts: RawPost[], url: string | null, diagnostics: Diagnostic[]): RawThread {
  const root = posts[0];
  const source = { kind: 'github' as const, url: url ?? root?.url ?? null, title: root?.title ?? null };
  return threadAsRead(source, posts, diagnostics, { flat: { startsThread: true, quotesByWords: true } });
}

/** Read the issue (if known) and its comments, oldest first, into a thread. */
export function readGithubIssue(issue: Json | null, comments: Json[], url: string | null, diagnostics: Diagnostic[] = []): RawThread {
  return githubThread([rootOf(issue, comments, diagnostics), ...comments.map(commentPost)], url, diagnostics);
}

/** A saved response: the issue alone, a comments page, or the issue followed by its comments. */
export function readSavedGithubJson(json: unknown, url: string | null): RawThread {
  const items = Array.isArray(json) ? json.filter(isRecord) : [json as Json];
  const issue = isGithubIssue(items[0]) ? items[0] : null;
  const comments = arrayOf(items).filter(isGithubComment);
  // A repository's comment list (/repos/O/R/issues/comments) mixes issues: that is not one thread.
  const issues = new Set(comments.map(issueNumberOf).filter((number) => number !== null));
  if (issues.size > 1) {
    throw new ThreadmapError('not-a-thread', `These GitHub comments are on ${issues.size} different issues, not one thread: save one issue's /issues/<number>/comments.`);
  }
  const diagnostics: Diagnostic[] = [];
  const counted = issue ? finiteNumber(issue.comments) ?? 0 : 0;
  if (counted > comments.length) {
    diagnostics.push(info(`The issue counts ${counted} comments but this file holds ${comments.length}; give the issue's URL to read them all.`));
  }
  return readGithubIssue(issue, comments, url, diagnostics);
}
