// Lobsters (lobste.rs): a story's JSON (`/s/<short_id>.json`) holds the story and every comment, in
// page order. Comments name their parent (`parent_comment`, since 2023) or only give their depth
// (`depth` from 0, or the older `indent_level` from 1); the depth alone is enough, because the list is in
// page order: a comment's parent is the nearest earlier comment one level up. Saved pages: lobsters-html.ts.
import { htmlToText } from '../clean/html.js';
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawPost, RawThread, ReadContext, SourceAdapter, SourceContent } from '../model.js';
import { field, isRecord } from './content.js';
import { isLobstersPage, readLobstersPage } from './lobsters-html.js';
import { info } from './util/diagnostics.js';
import { requestJson } from './util/http.js';
import { arrayOf, finiteNumber, idText, isoFromText, text } from './util/json.js';
import { markdownToText } from './util/markdown.js';
import { threadAsRead } from './util/thread.js';

type Json = Record<string, unknown>;

const LOBSTERS_HOST = 'lobste.rs';

/** The story's short id in /s/<id>, /s/<id>/<slug>, /s/<id>.json. */
export function lobstersStoryId(url: URL): string | null {
  return /^\/s\/([a-z0-9]{1,12})(?:[/.]|$)/i.exec(url.pathname)?.[1] ?? null;
}

const storyJsonUrl = (id: string) => `https://${LOBSTERS_HOST}/s/${id}.json`;

const isLobstersStory = (json: unknown): json is Json =>
  isRecord(json) && typeof json.short_id === 'string' && 'submitter_user' in json && Array.isArray(json.comments);

/** `commenting_user` and `submitter_user` are a name in some versions, `{username: …}` in others. */
const userName = (value: unknown): string | null => text(value) ?? text(field(value, 'username'));

/** Rendered HTML when present (its quotes are <blockquote>s), else the Markdown source. */
function bodyOf(html: unknown, markdown: unknown) {
  const rendered = text(html);
  return rendered !== null ? htmlToText(rendered) : markdownToText(text(markdown) ?? '');
}

/** Depth from 0: `depth`, else `indent_level` (from 1). */
function depthOf(comment: Json): number {
  const depth = finiteNumber(comment.depth);
  if (depth !== null) return depth;
  return Math.max(0, (finiteNumber(comment.indent_level) ?? 1) - 1);
}

function storyPost(story: Json, url: string | null): RawPost {
  const body = bodyOf(story.description, story.description_plain);
  const link = text(story.url);
  return {
    id: text(story.short_id)!, parentId: null, author: userName(story.submitter_user), createdAt: isoFromText(story.created_at),
    score: finiteNumber(story.score), url: text(story.short_id_url) ?? url, title: text(story.title),
    // A link story has no text of its own: the link is what the thread discusses.
    text: body.text || link || '', quotes: body.quotes,
  };
}

function commentPosts(story: Json, storyId: string): RawPost[] {
  const ancestors: string[] = []; // ancestors[d] = the latest comment read at depth d
  return arrayOf(story.comments).filter(isRecord).flatMap((comment) => {
    const id = idText(comment.short_id);
    if (id === null) return [];
    const depth = depthOf(comment);
    ancestors.length = depth;
    const parentId = idText(comment.parent_comment) ?? ancestors[depth - 1] ?? storyId;
    ancestors[depth] = id;
    const gone = comment.is_deleted === true || comment.is_moderated === true;
    const body = gone ? { text: '', quotes: [] } : bodyOf(comment.comment, comment.comment_plain);
    return [{
      id, parentId, author: gone ? null : userName(comment.commenting_user), createdAt: isoFromText(comment.created_at),
      score: finiteNumber(comment.score), url: text(comment.short_id_url) ?? text(comment.url),
      text: body.text, quotes: body.quotes, ...(gone ? { placeholder: true } : {}),
    }];
  });
}

/** Read a saved or fetched `/s/<id>.json`. */
export function readLobstersStory(json: unknown, url: string | null): RawThread {
  if (!isLobstersStory(json)) {
    throw new ThreadmapError('not-a-thread', `No Lobsters story in ${url ?? 'this input'}: expected the JSON of lobste.rs/s/<id>.json.`);
  }
  const story = storyPost(json, url);
  const comments = commentPosts(json, story.id);
  const diagnostics: Diagnostic[] = [];
  const expected = finiteNumber(json.comment_count);
  if (expected !== null && expected > comments.length) {
    diagnostics.push(info(`The story counts ${expected} comments but the response holds ${comments.length}; the rest were hidden or removed.`, story.url ?? undefined));
  }
  return threadAsRead({ kind: 'lobsters', url: story.url, title: story.title ?? null }, [story, ...comments], diagnostics);
}

/** A story URL, or (found by its page) a comment permalink /c/<id> that redirected to its story. */
async function fetchStory(url: URL, ctx: ReadContext, page?: SourceContent): Promise<RawThread> {
  if (page && isLobstersStory(page.json)) return readLobstersStory(page.json, page.url);
  const landed = page?.url && URL.canParse(page.url) ? new URL(page.url) : null;
  const id = lobstersStoryId(url) ?? (landed ? lobstersStoryId(landed) : null);
  if (id === null) {
    if (page && isLobstersPage(page.text)) return readLobstersPage(page.text, page.url);
    throw new ThreadmapError('bad-input', `${url.href} is not a Lobsters story URL: expected lobste.rs/s/<id>.`);
  }
  ctx.onProgress?.({ stage: 'fetch', done: 0, total: 1, message: 'Lobsters story' });
  return readLobstersStory(await requestJson(ctx, storyJsonUrl(id)), `https://${LOBSTERS_HOST}/s/${id}`);
}

/** A saved story: its JSON, or the story page as a browser saves it. */
function readSaved(content: SourceContent): RawThread {
  if (content.json === undefined && isLobstersPage(content.text)) return readLobstersPage(content.text, content.url);
  return readLobstersStory(content.json, content.url);
}

export const lobstersAdapter: SourceAdapter = {
  name: 'lobsters',
  matchesUrl: (url) => url.hostname === LOBSTERS_HOST && lobstersStoryId(url) !== null,
  detect: (content) => isLobstersStory(content.json) || (content.json === undefined && isLobstersPage(content.text)),
  parse: readSaved,
  fetchThread: fetchStory,
};
