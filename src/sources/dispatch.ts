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

/** What no adapter recognised: JSON is refused (its text is no thread), HTML goes to the generic reader, the rest is pasted text. */
function readUnrecognised(content: SourceContent, isHtml: boolean): RawThread {
  if (content.json !== undefined) {
    throw new ThreadmapError('not-a-thread', `The JSON${content.url ? ` from ${content.url}` : ''} is in no format Threadmap reads; give the thread's URL or paste its text instead.`);
  }
  return isHtml ? readUnknownHtml(content) : readText(content.text, content.url);
}

/** A saved file or pasted text: an adapter's response format, else unknown HTML, else pasted text. */
export function readContent(content: SourceContent, adapters: readonly SourceAdapter[] = ADAPTERS): RawThread {
  const adapter = adapterForContent(content, adapters);
  return adapter ? adapter.parse(content) : readUnrecognised(content, looksLikeHtml(content));
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
  return readUnrecognised(page, /html/i.test(response.contentType ?? '') || looksLikeHtml(page));
}
