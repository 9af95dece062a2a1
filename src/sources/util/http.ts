// API calls for adapters: one request through ctx.http, an error sentence when the site says no,
// and the body as JSON. The client itself (src/fetch) throws for network failures and refused URLs.
import { ThreadmapError } from '../../errors.js';
import type { HttpRequest, HttpResponse, ReadContext } from '../../model.js';

/** A JSON API's parsed body and the response headers (pagination travels in `Link`). */
export interface JsonResponse {
  json: unknown;
  headers: Record<string, string>;
}

/** GET (or POST, with `init`) a JSON API and return its parsed body with the response headers. */
export async function requestJsonResponse(ctx: ReadContext, url: string, init?: HttpRequest): Promise<JsonResponse> {
  return jsonResponse(await ctx.http.request(url, init), url);
}

/** A JSON API's answer to `url`, or the sentence saying why there is none (site error, not JSON). */
export function jsonResponse(response: HttpResponse, url: string): JsonResponse {
  const host = new URL(url).host;
  if (response.status >= 400) {
    throw new ThreadmapError('fetch-failed', `${host} answered HTTP ${response.status} for ${url}.`);
  }
  try {
    return { json: JSON.parse(response.body), headers: response.headers };
  } catch (cause) {
    throw new ThreadmapError('not-a-thread', `${host} did not answer JSON for ${url}: the API may have changed.`, { cause });
  }
}

/** GET (or POST, with `init`) a JSON API and return its parsed body. */
export async function requestJson(ctx: ReadContext, url: string, init?: HttpRequest): Promise<unknown> {
  return (await requestJsonResponse(ctx, url, init)).json;
}

/** POST a JSON body (GraphQL) and return the parsed answer. */
export function postJson(ctx: ReadContext, url: string, body: unknown): Promise<unknown> {
  return requestJson(ctx, url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Run `tasks` a few at a time (API item fetches), keeping their order. */
export async function inBatches<T>(tasks: (() => Promise<T>)[], size: number): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < tasks.length; i += size) {
    results.push(...await Promise.all(tasks.slice(i, i + size).map((task) => task())));
  }
  return results;
}
