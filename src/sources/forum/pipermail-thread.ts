// A mailing-list thread from a pipermail archive. Each message is its own page, so a saved page is one
// message; from a URL the archive's thread index (thread.html, linked as "[ thread ]") gives the whole
// conversation: entries in thread order, each preceded by `<!--depth key -->`, a reply one level deeper
// than the message it answers. The messages of that thread are then fetched one by one.
import { load } from 'cheerio';
import type { Diagnostic, RawPost, RawThread, ReadContext, SourceContent } from '../../model.js';
import { counted, info, warning } from '../util/diagnostics.js';
import { threadAsRead } from '../util/thread.js';
import { readMailMessage } from './pipermail.js';
import { requestPage } from './request.js';

interface IndexEntry { number: string; href: string; depth: number; parentId: string | null }

const ENTRY = /<!--(\d+) \S*\s*-->\s*<LI><A HREF="([^"]+)">[\s\S]*?<\/A><A NAME="(\d+)">/gi;

/** The thread holding message `number`: from its root (depth 0) to the next root, parents from depth. */
export function threadEntries(indexHtml: string, number: string): IndexEntry[] {
  const all = [...indexHtml.matchAll(ENTRY)].map((m) => ({ depth: Number(m[1]), href: m[2]!, number: m[3]! }));
  const at = all.findIndex((entry) => entry.number === number);
  if (at === -1) return [];
  let start = at;
  while (start > 0 && all[start]!.depth > 0) start--;
  let end = at + 1;
  while (end < all.length && all[end]!.depth > 0) end++;
  const lastAtDepth: string[] = [];
  return all.slice(start, end).map((entry) => {
    lastAtDepth[entry.depth] = entry.number;
    return { ...entry, parentId: entry.depth > 0 ? lastAtDepth[entry.depth - 1] ?? null : null };
  });
}

const oneMessageNote = (where: string | null): Diagnostic =>
  info('A mailing-list archive page holds one message; read it by URL to get the whole thread from the archive\'s thread index.', where ?? undefined);

/** A saved message page: the one message, with a note on how to get the rest. */
export function readMailPage(html: string, url: string | null): RawThread {
  const { post } = readMailMessage(html, url);
  return threadAsRead({ kind: 'html', url, title: post.title ?? null }, [post], [oneMessageNote(url)]);
}

export async function fetchMailThread(url: URL, ctx: ReadContext, page?: SourceContent): Promise<RawThread> {
  const first = page ?? await requestPage(ctx, url.href);
  const pageUrl = first.url ?? url.href;
  const { post } = readMailMessage(first.text, pageUrl);
  const indexHref = load(first.text)('a[href^="thread.html"]').attr('href');
  if (!indexHref || ctx.maxRequests < 1) return readMailPage(first.text, pageUrl);
  const indexUrl = new URL(indexHref, pageUrl);
  indexUrl.hash = '';
  const entries = threadEntries((await requestPage(ctx, indexUrl.href)).text, post.id);
  if (entries.length === 0) return readMailPage(first.text, pageUrl);
  // Thread order puts every parent before its replies, so stopping early never strands a reply.
  const posts: RawPost[] = [];
  let budget = ctx.maxRequests - 1;
  for (const entry of entries) {
    ctx.onProgress?.({ stage: 'fetch', done: posts.length, total: entries.length, message: 'mailing-list messages' });
    if (entry.number === post.id) posts.push({ ...post, parentId: entry.parentId });
    else if (budget-- > 0) {
      const messageUrl = new URL(entry.href, indexUrl).href;
      posts.push({ ...readMailMessage((await requestPage(ctx, messageUrl)).text, messageUrl).post, parentId: entry.parentId });
    }
  }
  const unread = entries.length - posts.length;
  const diagnostics: Diagnostic[] = unread === 0 ? [] : [warning(
    `${unread} of ${counted(entries.length, 'message')} in the thread ${unread === 1 ? 'was' : 'were'} not read: the request limit (${ctx.maxRequests}) was reached.`,
    indexUrl.href,
  )];
  return threadAsRead({ kind: 'html', url: pageUrl, title: posts[0]?.title ?? null }, posts, diagnostics);
}
