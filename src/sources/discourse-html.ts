// A saved Discourse topic page → RawThread. Discourse renders its topics for browsers with JavaScript, but
// every page also carries a "crawler" copy of the posts (what search engines and no-JS readers see):
// `<div id="post_N" class="topic-body crawler-post">` with schema.org microdata for author, date, likes
// and `<div class="post" itemprop="text">` holding the same `cooked` HTML as the API. Those posts are
// turned into the API's shape and read by the same code; the page carries no post ids, so the
// post number stands in as the id.
import { load, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawThread } from '../model.js';
import { readDiscourseJson } from './discourse-posts.js';

/** `<meta name="generator" content="Discourse 3.2 - …">`, attributes in either order. */
export function hasDiscourseGenerator(html: string): boolean {
  const head = html.slice(0, 60_000);
  return (head.match(/<meta\b[^>]*>/gi) ?? []).some((tag) => /\bname=["']?generator\b/i.test(tag) && /\bcontent=["']?Discourse\b/i.test(tag));
}

const attr = ($: CheerioAPI, el: Element, selector: string, name: string) => $(el).find(selector).first().attr(name)?.trim() || null;

/** Likes: `userInteractionCount` (current pages) or `interactionCount` "UserLikes:3" (pages before 2023). */
function likesOf($: CheerioAPI, el: Element): number | null {
  const count = attr($, el, '[itemprop=userInteractionCount]', 'content');
  if (count !== null) return Number(count);
  const legacy = $(el).find('[itemprop=interactionCount]').toArray().map((meta) => /^UserLikes:(\d+)$/.exec(meta.attribs.content ?? ''));
  const likes = legacy.find((match) => match !== null);
  return likes ? Number(likes[1]) : null;
}

function crawlerPost($: CheerioAPI, el: Element, topicSlug: string) {
  const number = Number(/^post_(\d+)$/.exec(el.attribs.id ?? '')?.[1]);
  const author = $(el).find('.creator [itemprop=name], .creator [itemprop=author], .creator a').first().text().trim();
  return {
    id: number,
    post_number: number,
    username: author || null,
    created_at: attr($, el, 'time[datetime]', 'datetime') ?? attr($, el, '[itemprop=datePublished]', 'content'),
    cooked: $(el).find('.post[itemprop]').first().html() ?? '',
    topic_slug: topicSlug,
    like_count: likesOf($, el),
  };
}

/** The topic's URL as the page states it (canonical link or og:url), for its id, slug and post links. */
function topicUrl($: CheerioAPI, fallback: string | null): string | null {
  return $('link[rel=canonical]').attr('href') ?? $('meta[property="og:url"]').attr('content') ?? fallback;
}

export function readDiscourseHtml(html: string, url: string | null, diagnostics: Diagnostic[] = []): RawThread {
  const $ = load(html);
  const pageUrl = topicUrl($, url);
  const topic = /\/t\/([^/]+)\/(\d+)/.exec(pageUrl ?? '');
  const posts = $('[id^=post_].crawler-post, [id^=post_][itemtype$="DiscussionForumPosting"], [id^=post_][itemtype$="Comment"]')
    .toArray().map((el) => crawlerPost($, el, topic?.[1] ?? 'topic')).filter((post) => Number.isSafeInteger(post.id));
  if (posts.length === 0) {
    throw new ThreadmapError('not-a-thread', `The Discourse page${url ? ` at ${url}` : ''} has no posts in it (a topic list or a login page?).`);
  }
  const title = $('meta[property="og:title"]').attr('content') ?? ($('#topic-title h1').text().trim() || null);
  return readDiscourseJson({ id: topic ? Number(topic[2]) : undefined, title, post_stream: { posts } }, pageUrl, diagnostics);
}
