// Hacker News: Algolia's items API (the whole tree in one request) first, the official Firebase API
// (one request per comment) when Algolia fails, and the item page when both fail.
// Saved files: Algolia, HNPWA or Firebase JSON, or the item page's HTML.
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawThread, ReadContext, SourceAdapter, SourceContent } from '../model.js';
import { fetchFirebaseItems, firebaseItems, isFirebaseItem } from './hackernews-firebase.js';
import { hnPageItems, isHnItemPage } from './hackernews-html.js';
import { hnThread, itemUrl } from './hackernews-item.js';
import { algoliaItems, hnpwaItems, isAlgoliaItem, isHnpwaItem } from './hackernews-nested.js';
import { info, warning } from './util/diagnostics.js';
import { requestJson } from './util/http.js';

/** Where an HN item id sits in each URL form people paste. */
const ITEM_URLS: readonly { host: string; id: (url: URL) => string | null | undefined }[] = [
  { host: 'news.ycombinator.com', id: (url) => (url.pathname === '/item' ? url.searchParams.get('id') : null) },
  { host: 'hn.algolia.com', id: (url) => /^\/api\/v1\/items\/(\d+)$/.exec(url.pathname)?.[1] },
  { host: 'hacker-news.firebaseio.com', id: (url) => /^\/v0\/item\/(\d+)\.json$/.exec(url.pathname)?.[1] },
  { host: 'api.hnpwa.com', id: (url) => /^\/v0\/item\/(\d+)\.json$/.exec(url.pathname)?.[1] },
];

export function hnItemId(url: URL): string | null {
  const id = ITEM_URLS.find((form) => form.host === url.host)?.id(url);
  return id && /^\d{1,12}$/.test(id) ? id : null;
}

export const algoliaItemUrl = (id: string) => `https://hn.algolia.com/api/v1/items/${id}`;

const isFirebaseFile = (json: unknown) => (Array.isArray(json) ? isFirebaseItem(json[0]) : isFirebaseItem(json));

function readSaved(content: SourceContent): RawThread {
  const { json, url } = content;
  const diagnostics: Diagnostic[] = [];
  if (isAlgoliaItem(json)) return hnThread(algoliaItems(json), url);
  if (isHnpwaItem(json)) return hnThread(hnpwaItems(json), url);
  if (isFirebaseFile(json)) return hnThread(firebaseItems(json, diagnostics), url, diagnostics);
  if (isHnItemPage(content.text)) return hnThread(hnPageItems(content.text, url, diagnostics), url, diagnostics);
  throw new ThreadmapError('not-a-thread',
    `No Hacker News item in ${url ?? 'this input'}: expected Algolia, HNPWA or Firebase item JSON, or an item?id= page.`);
}

async function fetchHnThread(url: URL, ctx: ReadContext, page?: SourceContent): Promise<RawThread> {
  const id = hnItemId(url);
  if (!id) throw new ThreadmapError('bad-input', `${url.href} is not a Hacker News item URL: expected news.ycombinator.com/item?id=<number>.`);
  const diagnostics: Diagnostic[] = [];
  try {
    const json = await requestJson(ctx, algoliaItemUrl(id));
    if (isAlgoliaItem(json)) return hnThread(algoliaItems(json), itemUrl(id));
    diagnostics.push(info(`Algolia had no item ${id}; read it from the Firebase API instead.`));
  } catch (error) {
    if (!(error instanceof ThreadmapError)) throw error;
    diagnostics.push(info(`Algolia failed (${error.message}); read the thread from the Firebase API instead.`));
  }
  try {
    return hnThread(await fetchFirebaseItems(id, ctx, diagnostics), itemUrl(id), diagnostics);
  } catch (error) {
    if (!(error instanceof ThreadmapError)) throw error;
    const html = page?.text ?? (await ctx.http.request(itemUrl(id)).catch(() => null))?.body ?? '';
    if (!isHnItemPage(html)) throw error;
    diagnostics.push(warning(`Both HN APIs failed (${error.message}); read the comments on the item page instead.`));
    return hnThread(hnPageItems(html, itemUrl(id), diagnostics), itemUrl(id), diagnostics);
  }
}

export const hackernewsAdapter: SourceAdapter = {
  name: 'hackernews',
  matchesUrl: (url) => hnItemId(url) !== null,
  detect: ({ json, text }) => isAlgoliaItem(json) || isHnpwaItem(json) || isFirebaseFile(json) || (json === undefined && isHnItemPage(text)),
  parse: readSaved,
  fetchThread: fetchHnThread,
};
