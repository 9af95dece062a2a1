// Choosing the reader for a thread: exact host → base domain → content fingerprint → generic HTML,
// and plain text when the content is not markup (CONTRACT §2: format from content, not file name).
// HTML that nothing recognises goes to the generic reader, which maps its posts or main text or refuses:
// it is never read as pasted text.
import { ThreadmapError } from '../errors.js';
import type { RawThread, ReadContext, SourceAdapter, SourceContent } from '../model.js';
import { ADAPTERS } from './adapters.js';
import { toSourceContent } from './content.js';
import { looksLikeHtml, readUnknownHtml } from './generic-html.js';
import { readText } from './text.js';

export function adapterForUrl(url: URL, adapters: readonly SourceAdapter[] = ADAPTERS): SourceAdapter | null {
  return adapters.find((adapter) => adapter.matchesUrl(url)) ?? null;
}

export function adapterForContent(content: SourceContent, adapters: readonly SourceAdapter[] = ADAPTERS): SourceAdapter | null {
  return adapters.find((adapter) => adapter.detect(content)) ?? null;
}

/** A saved file or pasted text: an adapter's response format, else unknown HTML, else pasted text. */
export function readContent(content: SourceContent, adapters: readonly SourceAdapter[] = ADAPTERS): RawThread {
  const adapter = adapterForContent(content, adapters);
  if (adapter) return adapter.parse(content);
  return looksLikeHtml(content) ? readUnknownHtml(content) : readText(content.text, content.url);
}

/** A thread URL: the site's adapter reads it through its API or pages; unknown sites by fingerprint. */
export async function readUrl(url: URL, ctx: ReadContext, adapters: readonly SourceAdapter[] = ADAPTERS): Promise<RawThread> {
  const byHost = adapterForUrl(url, adapters);
  if (byHost) return byHost.fetchThread(url, ctx);
  const response = await ctx.http.request(url.href);
  if (response.status >= 400) {
    throw new ThreadmapError('fetch-failed', `${url.host} answered HTTP ${response.status} for ${url.href}.`);
  }
  const page = toSourceContent(response.body, response.url, response.contentType);
  const byContent = adapterForContent(page, adapters);
  if (byContent) return byContent.fetchThread(url, ctx, page);
  if (/html/i.test(response.contentType ?? '') || looksLikeHtml(page)) return readUnknownHtml(page);
  return readText(response.body, response.url);
}
