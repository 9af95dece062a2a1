// A saved Discourse topic page → RawThread. Discourse renders its topics for browsers with JavaScript, but
// every page also carries a "crawler" copy of the posts (what search engines and no-JS readers see):
// `<div id="post_N" class="topic-body crawler-post">` with schema.org microdata for author, date, likes
// and `<div class="post" itemprop="text">` holding the same `cooked` HTML as the API. Those posts are
// turned into the API's shape and read by the same code; the page carries no post ids, so the
// post number stands in as the id. A page saved from a browser holds that copy inside <noscript> (parsed
// as markup here, not as the raw text a scripting browser sees), in 2.8 markup with no `id="post_N"`:
// the number is then the post's `itemprop="position"` ("#5"). Such a page also carries the topic JSON
// itself (`#data-preloaded`), with real ids and reply links; when it parses, it is read instead. A page
// with neither holds only the posts as the app drew them (discourse-rendered.ts).
import { load, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawThread } from '../model.js';
import { readDiscourseJson, topicPosts } from './discourse-posts.js';
import { renderedPosts } from './discourse-rendered.js';

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

/** The post's number: `id="post_N"`, else its `itemprop="position"` ("#N"), else its place on the page. */
function numberOf($: CheerioAPI, el: Element, index: number): number {
  const fromId = /^post_(\d+)$/.exec(el.attribs.id ?? '')?.[1];
  const fromPosition = /^#?(\d+)$/.exec($(el).find('[itemprop=position]').first().text().trim())?.[1];
  return Number(fromId ?? fromPosition ?? index + 1);
}

function crawlerPost($: CheerioAPI, el: Element, index: number, topicSlug: string) {
  const number = numberOf($, el, index);
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

/** The topic JSON a browser-saved page carries in `data-preloaded` ({"topic_<id>": "<JSON text>"}), if it parses. */
function preloadedTopic($: CheerioAPI): unknown {
  try {
    const preloaded = JSON.parse($('#data-preloaded').attr('data-preloaded') ?? '') as Record<string, unknown>;
    const key = Object.keys(preloaded).find((name) => /^topic_\d+$/.test(name));
    const topic = key && typeof preloaded[key] === 'string' ? JSON.parse(preloaded[key]) : null;
    return topicPosts(topic).length > 0 ? topic : null;
  } catch {
    return null; // a hand-edited or cut-off save: the crawler copy is still there
  }
}

/** Crawler posts: the elements carrying a post's body, in any markup since 2016. */
const CRAWLER_POSTS = '.crawler-post, [id^=post_][itemtype$="DiscussionForumPosting"], [id^=post_][itemtype$="Comment"]';

export function readDiscourseHtml(html: string, url: string | null, diagnostics: Diagnostic[] = []): RawThread {
  const $ = load(html, { scriptingEnabled: false });
  const pageUrl = topicUrl($, url);
  const preloaded = preloadedTopic($);
  if (preloaded) return readDiscourseJson(preloaded, pageUrl, diagnostics);
  const topic = /\/t\/([^/]+)\/(\d+)/.exec(pageUrl ?? '');
  const crawled = $(CRAWLER_POSTS).toArray().filter((el) => $(el).find('.post[itemprop]').length > 0)
    .map((el, index) => crawlerPost($, el, index, topic?.[1] ?? 'topic')).filter((post) => Number.isSafeInteger(post.id));
  const posts = crawled.length > 0 ? crawled : renderedPosts($, topic?.[1] ?? 'topic');
  if (posts.length === 0) {
    throw new ThreadmapError('not-a-thread', `The Discourse page${url ? ` at ${url}` : ''} has no posts in it (a topic list or a login page?).`);
  }
  const title = $('meta[property="og:title"]').attr('content') ?? ($('#topic-title h1').text().trim() || null);
  return readDiscourseJson({ id: topic ? Number(topic[2]) : undefined, title, post_stream: { posts } }, pageUrl, diagnostics);
}
