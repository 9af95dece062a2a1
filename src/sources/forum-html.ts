// The generic reader for any forum page, tried last: engines recognised by their markup (vBulletin /
// Something Awful, phpBB, XenForo, SMF), pipermail mailing-list archives, and schema.org JSON-LD threads.
// On a URL read the thread's following pages are read too ("Next" links), up to ctx.maxRequests.
import { load, type CheerioAPI } from 'cheerio';
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawThread, ReadContext, SourceAdapter, SourceContent } from '../model.js';
import { readEnginePage, type ForumEngine, type ForumPage } from './forum/engine.js';
import { ldThreadRoot, readJsonLdThread } from './forum/jsonld.js';
import { looksLikeHtml } from './generic-html.js';
import { phpbb } from './forum/phpbb.js';
import { fetchMailThread, readMailPage } from './forum/pipermail-thread.js';
import { isPipermailMessage } from './forum/pipermail.js';
import { requestPage } from './forum/request.js';
import { smf } from './forum/smf.js';
import { vbulletin } from './forum/vbulletin.js';
import { xenforo } from './forum/xenforo.js';
import { counted, warning } from './util/diagnostics.js';
import { threadAsRead } from './util/thread.js';

/** Most specific markup first. */
export const FORUM_ENGINES: readonly ForumEngine[] = [vbulletin, phpbb, xenforo, smf];

/** The engine whose rules find posts on this page, with what they found. */
function engineOf($: CheerioAPI, url: string | null): { engine: ForumEngine; page: ForumPage } | null {
  for (const engine of FORUM_ENGINES) {
    if ($(engine.post).length === 0) continue;
    const page = readEnginePage($, engine, url);
    if (page.posts.length > 0) return { engine, page };
  }
  return null;
}

function flatThread(pages: ForumPage[], url: string | null, diagnostics: Diagnostic[]): RawThread {
  const seen = new Set<string>();
  const posts = pages.flatMap((page) => page.posts).filter((post) => !seen.has(post.id) && seen.add(post.id));
  return threadAsRead({ kind: 'html', url, title: pages[0]!.title }, posts, diagnostics, { flat: { startsThread: pages[0]!.startsThread } });
}

const noThread = (url: string | null) =>
  new ThreadmapError('not-a-thread', `No forum posts were found in the page${url ? ` at ${url}` : ''}: its markup matches no forum engine Threadmap reads.`);

function readPage(content: SourceContent): RawThread {
  if (isPipermailMessage(content.text)) return readMailPage(content.text, content.url);
  const $ = load(content.text);
  const found = engineOf($, content.url);
  if (found) return flatThread([found.page], content.url, []);
  const root = ldThreadRoot($);
  if (!root) throw noThread(content.url);
  const posts = readJsonLdThread(root);
  return threadAsRead({ kind: 'html', url: content.url, title: posts[0]?.title ?? null }, posts, []);
}

/** Follow the thread's "Next" links from the first page, each page read by the first page's engine. */
async function fetchPages(url: URL, ctx: ReadContext, page: SourceContent): Promise<RawThread> {
  const found = engineOf(load(page.text), page.url ?? url.href);
  if (!found) return readPage(page);
  const pages = [found.page];
  const visited = new Set([page.url ?? url.href]);
  const diagnostics: Diagnostic[] = [];
  for (let next = found.page.nextUrl; next && !visited.has(next); next = pages.at(-1)!.nextUrl) {
    if (pages.length - 1 >= ctx.maxRequests) {
      diagnostics.push(warning(`Read ${counted(pages.length, 'page')} of the thread: the request limit (${ctx.maxRequests}) was reached before its last page.`, next));
      break;
    }
    visited.add(next);
    ctx.onProgress?.({ stage: 'fetch', done: pages.length, total: ctx.maxRequests, message: 'forum pages' });
    const content = await requestPage(ctx, next).catch((error: unknown) => {
      if (!(error instanceof ThreadmapError)) throw error;
      diagnostics.push(warning(`${error.message} The thread is shown as far as the page before it (${counted(pages.length, 'page')} read).`, next!));
      return null;
    });
    if (content === null) break;
    pages.push(readEnginePage(load(content.text), found.engine, content.url ?? next));
  }
  return flatThread(pages, url.href, diagnostics);
}

export const forumHtmlAdapter: SourceAdapter = {
  name: 'forum-html',
  matchesUrl: () => false,
  detect: (content) => {
    if (!looksLikeHtml(content)) return false;
    if (isPipermailMessage(content.text)) return true;
    const $ = load(content.text);
    return engineOf($, content.url) !== null || ldThreadRoot($) !== null;
  },
  parse: (content) => {
    if (content.json !== undefined) throw noThread(content.url);
    return readPage(content);
  },
  fetchThread: async (url, ctx, page) => {
    const first = page ?? await requestPage(ctx, url.href);
    if (isPipermailMessage(first.text)) return fetchMailThread(url, ctx, first);
    return fetchPages(url, ctx, first);
  },
};

