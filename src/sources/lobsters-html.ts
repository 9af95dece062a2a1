// A Lobsters story page saved from a browser. The page nests replies the way the thread does: each comment
// is a `div.comment[data-shortid]` directly inside an `li.comments_subtree`, whose `ol.comments` holds the
// replies. So a comment's parent is the comment of the subtree that encloses its own subtree.
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { htmlToText } from '../clean/html.js';
import { ThreadmapError } from '../errors.js';
import type { RawPost, RawThread } from '../model.js';
import { info } from './util/diagnostics.js';
import { isoFromSeconds, isoFromText } from './util/json.js';
import { threadAsRead } from './util/thread.js';

const LOBSTERS_PAGE = /<meta property="og:site_name" content="Lobsters"/;

export const isLobstersPage = (html: string): boolean => LOBSTERS_PAGE.test(html) && /data-shortid="[a-z0-9]+"/.test(html);

/** The byline's user link with a name in it (the avatar link before it is empty). */
const userOf = ($: CheerioAPI, byline: Cheerio<Element>) =>
  byline.find('a[href^="/~"]').toArray().map((el) => $(el).text().trim()).find(Boolean) ?? null;

/** `data-at-unix` is exact; `datetime` ("2026-07-11 21:34:31") has no zone. */
function timeOf(byline: Cheerio<Element>): string | null {
  const time = byline.find('time').first();
  return isoFromSeconds(Number(time.attr('data-at-unix'))) ?? isoFromText(time.attr('datetime'));
}

function scoreOf(item: Cheerio<Element>): number | null {
  const score = Number.parseInt(item.find('.voters .upvoter').first().text(), 10);
  return Number.isFinite(score) ? score : null;
}

function storyPost($: CheerioAPI, url: string | null): RawPost {
  const story = $('li.story[data-shortid]').first();
  const id = story.attr('data-shortid');
  if (!id) throw new ThreadmapError('not-a-thread', `The saved Lobsters page${url ? ` ${url}` : ''} is not a story: it has no li.story.`);
  const body = htmlToText($('.story_text').toArray() as AnyNode[]);
  const link = story.find('.link a').first();
  return {
    id, parentId: null, author: userOf($, story.find('.byline')), createdAt: timeOf(story.find('.byline')),
    score: scoreOf(story), url: url ?? `https://lobste.rs/s/${id}`, title: link.text().trim() || null,
    // A link story has no text of its own: the link is what the thread discusses.
    text: body.text || link.attr('href') || '', quotes: body.quotes,
  };
}

function commentPost($: CheerioAPI, el: Element, storyId: string): RawPost {
  const comment = $(el);
  const id = comment.attr('data-shortid')!;
  const enclosing = comment.parent('li.comments_subtree').parent('ol.comments').parent('li.comments_subtree').children('div.comment[data-shortid]');
  // Removed comments keep their place (replies stay under them) but their text says only that.
  const gone = /^\[Comment removed\b/.test(comment.find('.comment_text').first().text().trim());
  const body = gone ? { text: '', quotes: [] } : htmlToText(comment.find('.comment_text').toArray() as AnyNode[]);
  return {
    id, parentId: enclosing.attr('data-shortid') ?? storyId,
    author: gone ? null : userOf($, comment.find('.byline')), createdAt: timeOf(comment.find('.byline')),
    score: scoreOf(comment), url: `https://lobste.rs/c/${id}`, text: body.text, quotes: body.quotes,
    ...(gone ? { placeholder: true } : {}),
  };
}

export function readLobstersPage(html: string, url: string | null): RawThread {
  const $ = load(html);
  const pageUrl = $('link[rev="canonical"]').attr('href') ?? url;
  const story = storyPost($, pageUrl);
  const comments = $('div.comment[data-shortid]').toArray().filter((el) => el.attribs['data-shortid'])
    .map((el) => commentPost($, el as Element, story.id));
  const counted = Number.parseInt($('.comments_label a').first().text(), 10);
  const diagnostics = Number.isFinite(counted) && counted > comments.length
    ? [info(`The page counts ${counted} comments but shows ${comments.length}; the rest were hidden or removed.`, story.url ?? undefined)]
    : [];
  return threadAsRead({ kind: 'lobsters', url: story.url, title: story.title ?? null }, [story, ...comments], diagnostics);
}
