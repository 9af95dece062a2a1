// One HTTP request and its answer, nothing followed: redirects come back as they are, so the caller
// can check each hop before going on.
import { request, type Dispatcher } from 'undici';
import type { HttpRequest } from '../model.js';
import { ACCEPTED_ENCODINGS, readBody } from './body.js';

export interface Exchange {
  status: number;
  /** Header names in lower case; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The decompressed body; empty for redirects. */
  bytes: Buffer;
}

export type Exchanger = (url: URL, init: HttpRequest, signal: AbortSignal) => Promise<Exchange>;

export const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function requestHeaders(init: HttpRequest, userAgent: string): Record<string, string> {
  const own = Object.fromEntries(Object.entries(init.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  // Accept-Encoding is ours alone: we can only undo the codings readBody knows.
  return { 'user-agent': userAgent, accept: '*/*', ...own, 'accept-encoding': ACCEPTED_ENCODINGS };
}

export function createExchanger(dispatcher: Dispatcher, userAgent: string, maxBytes: number): Exchanger {
  return async (url, init, signal) => {
    const response = await request(url, {
      dispatcher,
      method: init.method ?? 'GET',
      headers: requestHeaders(init, userAgent),
      body: init.body,
      signal,
    });
    const headers = flattenHeaders(response.headers);
    if (REDIRECT_STATUSES.has(response.statusCode) && headers.location) {
      await response.body.dump();
      return { status: response.statusCode, headers, bytes: Buffer.alloc(0) };
    }
    const bytes = await readBody(response.body, headers['content-encoding'], maxBytes, url.href);
    return { status: response.statusCode, headers, bytes };
  };
}
