// A GitHub issue or pull-request page saved from a browser, in the server-rendered markup GitHub used until
// its React issue pages (2023): every comment is a `.js-comment-container` (`.timeline-comment`) holding the
// author (`.author`), the time (`relative-time[datetime]`) and the body (`.comment-body`); the opening post's
// element id is "issue-<id>", a comment's "issuecomment-<id>". Newer pages load comments by script: refused.
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { htmlToText } from '../clean/html.js';
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawPost, RawThread } from '../model.js';
import { githubThread, issueIdOf } from './github-issue.js';
import { isoFromText } from './util/json.js';

/** GitHub's own pages say so in a meta tag; a comment container says it is a conversation. */
const GITHUB_PAGE = /<meta (?:name="hostname" content="github\.com"|property="og:site_name" content="GitHub")/;
const CONVERSATION = /js-comment-container|timeline-comment|\/(?:issues|pull)\/\d+/;

export const isGithubIssuePage = (html: string): boolean => GITHUB_PAGE.test(html) && CONVERSATION.test(html);

/** The issue number, from the page's canonical address or its header ("#123"). */
function issueNumber($: CheerioAPI, url: string | null): string | null {
  const address = [$('meta[property="og:url"]').attr('content'), $('link[rel="canonical"]').attr('href'), url ?? undefined];
  for (const candidate of address) {
    const number = /\/(?:issues|pull)\/(\d+)/.exec(candidate ?? '')?.[1];
    if (number) return number;
  }
  return /#(\d+)/.exec($('.gh-header-number').first().text())?.[1] ?? null;
}

/** The comment's element id (on it, inside it, or on the group around it): "issue-…" for the opening post, "issuecomment-…" for the rest. */
function elementId($: CheerioAPI, container: Element): string | null {
  const around = [container, ...$(container).find('[id]').toArray(), ...$(container).parents('[id]').toArray()] as Element[];
  const ids = around.map((el) => el.attribs.id);
  return ids.find((id) => id !== undefined && /^(?:issue|issuecomment|pullrequestreview|discussion_r)-?\d+$/.test(id)) ?? null;
}

function toPost($: CheerioAPI, container: Element, rootId: string, pageUrl: string | null): RawPost | null {
  const body = $(container).find('.comment-body').first();
  if (body.length === 0) return null;
  const elementIdText = elementId($, container);
  const isOpening = elementIdText === null ? false : elementIdText.startsWith('issue-');
  const id = isOpening ? rootId : elementIdText?.replace(/^\D+-?/, '') ?? null;
  if (id === null) return null;
  const text = htmlToText(body.toArray() as AnyNode[]);
  return {
    id, parentId: null, author: $(container).find('.author').first().text().trim() || null,
    createdAt: isoFromText($(container).find('relative-time[datetime], time[datetime]').first().attr('datetime')),
    score: null, url: pageUrl && elementIdText ? `${pageUrl.split('#')[0]}#${elementIdText}` : null,
    text: text.text, quotes: text.quotes,
  };
}

export function readGithubIssuePage(html: string, url: string | null): RawThread {
  const $ = load(html);
  const number = issueNumber($, url);
  const rootId = number ? issueIdOf(number) : 'issue';
  const pageUrl = $('meta[property="og:url"]').attr('content') ?? url;
  // Review threads nest comment containers inside a review's container: read the innermost ones.
  const containers = $('.js-comment-container, .timeline-comment').toArray()
    .filter((el) => $(el).find('.js-comment-container, .timeline-comment').length === 0) as Element[];
  const posts = containers.map((el) => toPost($, el, rootId, pageUrl)).filter((post): post is RawPost => post !== null);
  if (posts.length === 0) {
    throw new ThreadmapError('not-a-thread', `The saved GitHub page${url ? ` ${url}` : ''} has no comments in its HTML (newer GitHub pages load them by script): give the issue's URL instead.`);
  }
  const diagnostics: Diagnostic[] = [];
  const title = $('.js-issue-title').first().text().trim() || null;
  if (posts[0]!.id === rootId) posts[0] = { ...posts[0]!, title };
  else posts.unshift({ id: rootId, parentId: null, author: null, createdAt: null, score: null, url: pageUrl, title, text: '', quotes: [], placeholder: true });
  return githubThread(posts, pageUrl, diagnostics);
}
