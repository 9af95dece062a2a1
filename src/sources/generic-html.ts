// HTML that no site adapter and no forum engine recognises. It is never read as pasted text (its markup
// would become "posts"). In order: schema.org microdata posts, repeated post-like blocks, and a page's
// main text as a one-post map (a news article); when none is there, a clear refusal.
import { load } from 'cheerio';
import { ThreadmapError } from '../errors.js';
import type { RawPost, RawThread, SourceContent } from '../model.js';
import { readRepeatedBlocks } from './generic/blocks.js';
import { readMainText } from './generic/main-text.js';
import { readMicrodataPosts } from './generic/microdata.js';
import { info } from './util/diagnostics.js';
import { isoFromText } from './util/json.js';
import { threadAsRead } from './util/thread.js';

/** Markup, not prose: a document or fragment that starts with a tag, or has page structure early on. */
export const looksLikeHtml = (content: SourceContent) =>
  content.json === undefined && (/^\s*<(!doctype|html|head|body|div|table|article|section|main|center|span|p)\b/i.test(content.text)
    || /<(!doctype|html|body|div|table|article)\b/i.test(content.text.slice(0, 5000)));

export const NO_THREAD_SENTENCE = "This page has no thread Threadmap can read; paste the thread's text instead.";

function titleOf($: ReturnType<typeof load>): string | null {
  return $('meta[property="og:title"]').attr('content')?.trim() || $('h1').first().text().trim() || $('title').first().text().trim() || null;
}

export function readUnknownHtml(content: SourceContent): RawThread {
  const $ = load(content.text);
  $('script, style, noscript, template').remove();
  const title = titleOf($);
  const source = { kind: 'html' as const, url: content.url, title };
  const posts = readMicrodataPosts($, content.url) ?? readRepeatedBlocks($, content.url);
  if (posts) {
    return threadAsRead(source, posts, [info(`No forum engine matched this page; ${posts.length} posts were found by their markup, so check the replies.`)]);
  }
  const main = readMainText($);
  if (!main) throw new ThreadmapError('not-a-thread', NO_THREAD_SENTENCE);
  const post: RawPost = {
    id: 'main', parentId: null, author: $('meta[name=author]').attr('content')?.trim() || null,
    createdAt: isoFromText($('meta[property="article:published_time"]').attr('content')), score: null, url: content.url, title, text: main.text, quotes: main.quotes,
  };
  return threadAsRead(source, [post], [info('The page is not a discussion: its main text is shown as one post.')]);
}
