// A Discourse topic as the browser drew it (a page saved "complete" after the app ran, with no crawler
// copy left in it): `<article id="post_N" data-post-id="…">` per post, the writer in `.names
// [data-user-card]`, the time in `.relative-date[data-time]` (milliseconds), the words in `.cooked`.
// A reply shows only whom it answers (`.reply-to-tab` with their name), so it is taken to answer that
// writer's latest post above it; quotes of earlier posts link replies as in the API.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';

function writerOf($: CheerioAPI, article: Element): string | null {
  const card = $(article).find('.names [data-user-card], .topic-meta-data [data-user-card]').first();
  return card.attr('data-user-card') ?? (card.text().trim() || null);
}

/** Whom a reply answers: the name on its reply tab (an avatar's title, or the tab's words). */
function repliedToWriter($: CheerioAPI, article: Element): string | null {
  const tab = $(article).find('.reply-to-tab').first();
  return tab.find('img[title]').attr('title') ?? (tab.text().replace(/\s+/g, ' ').trim() || null);
}

function timeOf($: CheerioAPI, article: Element): string | null {
  const ms = Number($(article).find('.post-date [data-time], .relative-date[data-time]').first().attr('data-time'));
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : null;
}

/** The drawn posts in the API's shape, for readDiscourseJson. */
export function renderedPosts($: CheerioAPI, topicSlug: string): Record<string, unknown>[] {
  const latestBy = new Map<string, number>();
  return $('article[data-post-id][id^=post_]').toArray().flatMap((article) => {
    const number = Number(/^post_(\d+)$/.exec(article.attribs.id ?? '')?.[1]);
    const id = Number(article.attribs['data-post-id']);
    const cooked = $(article).find('.cooked').first();
    if (!Number.isSafeInteger(number) || !Number.isSafeInteger(id) || cooked.length === 0) return [];
    const username = writerOf($, article);
    const answered = repliedToWriter($, article);
    const replyTo = answered ? latestBy.get(answered) ?? null : null;
    if (username) latestBy.set(username, number);
    return [{ id, post_number: number, username, created_at: timeOf($, article), cooked: cooked.html() ?? '', topic_slug: topicSlug, reply_to_post_number: replyTo }];
  });
}
