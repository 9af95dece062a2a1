// A saved Stack Exchange question page → RawThread: question, answers (in the page's order), and the
// comments under each. Selectors cover the 2019+ markup (`.js-post-body`, `.js-vote-count[data-value]`)
// and the older one (`.post-text`, `.vote-count-post`). Pages render the first few comments of a post and
// hide the rest behind "show N more comments": those are fetched on a URL read, reported for a saved page.
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { hasClass, htmlToText } from '../clean/html.js';
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawPost, RawThread } from '../model.js';
import { isoFromForumDate } from './forum/dates.js';
import { counted, warning } from './util/diagnostics.js';
import { threadAsRead } from './util/thread.js';

/** Inside a post body: the "This question already has answers here" / "Closed" notices. */
const isChrome = (el: Element) => hasClass(el, 'js-post-notice') || hasClass(el, 's-notice');

export const isQuestionPage = (html: string) =>
  /\bdata-questionid=/.test(html) && /class="[^"]*\b(js-post-body|post-text)\b/.test(html);

const numberOr = (written: string | undefined, fallback: number | null) => {
  const value = Number(written?.trim());
  return written?.trim() && Number.isFinite(value) ? value : fallback;
};

/** A user's name as shown, without the moderator's ♦ (`.mod-flair`), which is a badge and not part of the name. */
const nameText = (names: Cheerio<Element>) => names.first().clone().find('.mod-flair').remove().end().text().trim();

/**
 * The writer in a post's signature: the profile link, else the name a deleted or anonymous user keeps ("user456814").
 * A community-wiki post signs twice, "community wiki" then its revision history: "11 revs, 7 users 58%" with its
 * main writer's profile, or, with one revision, the writer's name as the history link. So the block that says
 * "community wiki" is passed over, and a link names the writer when it goes to a profile or is a one-name history.
 */
function userName($: CheerioAPI, signature: Cheerio<Element>): string | null {
  const details = signature.find('.user-details').filter((_, el) => $(el).find('.community-wiki').length === 0).first();
  if (details.length === 0) return null;
  const linked = nameText(details.find('a[href*="/users/"]'));
  const named = details.find('[itemprop=name]').first().text().trim();
  const history = details.find('a[href*="/revisions"]').first().text().trim();
  const historyName = /^\d+ revs?\b/.test(history) ? '' : history;
  const bare = details.contents().filter((_, node) => node.type === 'text').text().trim();
  return linked || named || historyName || bare || null;
}

function commentOf($: CheerioAPI, li: Element, postId: string, origin: string | null): RawPost | null {
  const id = li.attribs['data-comment-id'] ?? /^comment-(\d+)$/.exec(li.attribs.id ?? '')?.[1];
  if (!id) return null;
  const body = htmlToText($(li).find('.comment-copy').toArray() as AnyNode[]);
  const dated = $(li).find('.comment-date [title], .relativetime-clean[title], .relativetime[title]').first().attr('title');
  return {
    id: `comment-${id}`, parentId: postId, author: nameText($(li).find('.comment-user')) || null,
    createdAt: isoFromForumDate(dated), score: numberOr($(li).find('.comment-score').text(), 0),
    url: origin && `${origin}/posts/comments/${id}`, text: body.text, quotes: body.quotes,
  };
}

/** A question or answer element → the post and its comments. */
function postOf($: CheerioAPI, el: Element, id: string, parentId: string | null, origin: string | null): RawPost[] {
  const body = htmlToText($(el).find('.js-post-body, .post-text').first().toArray() as AnyNode[], { isChrome });
  const signature = $(el).find('.post-signature').last();
  const dated = signature.find('.relativetime[title]').first().attr('title') ?? $(el).find('time[itemprop=dateCreated]').attr('datetime');
  const vote = $(el).find('.js-vote-count, .vote-count-post').first();
  const post: RawPost = {
    id, parentId, author: userName($, signature), createdAt: isoFromForumDate(dated),
    score: numberOr(vote.attr('data-value') ?? vote.text(), null),
    url: origin && `${origin}/${parentId === null ? 'q' : 'a'}/${id}`, text: body.text, quotes: body.quotes,
    ...(hasClass(el, 'accepted-answer') || el.attribs.itemprop === 'acceptedAnswer' ? { accepted: true } : {}),
  };
  const comments = $(el).find('li.comment, li.js-comment').toArray().map((li) => commentOf($, li, id, origin));
  return [post, ...comments.filter((comment): comment is RawPost => comment !== null)];
}

/** Posts whose comment list says more comments exist than the page shows, with how many. */
export function hiddenComments($: CheerioAPI): { postId: string; count: number }[] {
  return $('.comments-list[data-remaining-comments-count]').toArray().flatMap((list) => {
    const count = Number(list.attribs['data-remaining-comments-count']);
    const postId = $(list).closest('[data-post-id]').attr('data-post-id');
    return postId && count > 0 ? [{ postId, count }] : [];
  });
}

function originOf($: CheerioAPI, url: string | null): string | null {
  const stated = $('link[rel=canonical]').attr('href') ?? $('meta[property="og:url"]').attr('content') ?? url;
  return stated && URL.canParse(stated) && stated.startsWith('http') ? new URL(stated).origin : null;
}

/**
 * Read a question page. `moreComments`: comment-list HTML fetched for posts whose comments were hidden,
 * by post id; posts still missing comments are reported on the diagnostics.
 */
export function readQuestionPage($: CheerioAPI, url: string | null, moreComments = new Map<string, string>()): RawThread {
  const question = $('#question, .question[data-questionid]').first();
  const questionId = question.attr('data-questionid');
  if (!questionId) throw new ThreadmapError('not-a-thread', `The page${url ? ` at ${url}` : ''} has no Stack Exchange question in it.`);
  const origin = originOf($, url);
  const posts = postOf($, question[0]!, questionId, null, origin);
  for (const answer of $('.answer[data-answerid]').toArray()) {
    posts.push(...postOf($, answer, answer.attribs['data-answerid']!, questionId, origin));
  }
  const diagnostics: Diagnostic[] = [];
  for (const { postId, count } of hiddenComments($)) {
    const fetched = moreComments.get(postId);
    if (fetched === undefined) {
      const hidden = counted(count, 'comment');
      diagnostics.push(warning(`${hidden} under post ${postId} ${count === 1 ? 'was' : 'were'} not in the page ("show ${hidden.replace(' ', ' more ')}").`, postId));
      continue;
    }
    const $more = load(fetched);
    const shown = new Set(posts.map((post) => post.id));
    const extra = $more('li.comment, li.js-comment').toArray().map((li) => commentOf($more, li, postId, origin));
    posts.push(...extra.filter((comment): comment is RawPost => comment !== null && !shown.has(comment.id)));
  }
  const title = $('#question-header h1').first().text().trim() || ($('meta[property="og:title"]').attr('content') ?? null);
  posts[0]!.title = title;
  return threadAsRead({ kind: 'stackexchange', url: origin ? `${origin}/q/${questionId}` : url, title }, posts, diagnostics);
}

export const readStackExchangeHtml = (html: string, url: string | null) => readQuestionPage(load(html), url);
