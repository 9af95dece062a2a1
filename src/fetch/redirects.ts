// Following redirects by hand, so that every hop's URL is checked (scheme, port, address, robots.txt)
// before we connect to it.
import { ThreadmapError } from '../errors.js';
import type { HttpRequest } from '../model.js';
import { REDIRECT_STATUSES, type Exchange, type Exchanger } from './exchange.js';

export interface RedirectDeps {
  exchange: Exchanger;
  /** Throws when this hop may not be fetched. */
  checkHop: (url: URL) => void | Promise<void>;
  maxRedirects: number;
  signal: AbortSignal;
}

export interface FinalExchange extends Exchange {
  url: URL;
}

/** Credentials meant for one origin are not handed to the next. */
const ORIGIN_BOUND_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

/** The request for the next hop: 303 (and 301/302 after a POST) turn into a GET without a body. */
function nextRequest(init: HttpRequest, status: number, sameOrigin: boolean): HttpRequest {
  const becomesGet = status === 303 || ((status === 301 || status === 302) && init.method === 'POST');
  const headers = Object.fromEntries(Object.entries(init.headers ?? {})
    .filter(([name]) => sameOrigin || !ORIGIN_BOUND_HEADERS.has(name.toLowerCase()))
    .filter(([name]) => !becomesGet || name.toLowerCase() !== 'content-type'));
  return becomesGet ? { method: 'GET', headers } : { ...init, headers };
}

function locationOf(exchange: Exchange, from: URL): URL {
  try {
    return new URL(exchange.headers.location ?? '', from);
  } catch {
    throw new ThreadmapError('fetch-failed', `${from.href} redirected to "${exchange.headers.location}", which is not a URL.`);
  }
}

export async function followRedirects(start: URL, init: HttpRequest, deps: RedirectDeps): Promise<FinalExchange> {
  let url = start;
  let request = init;
  for (let hops = 0; ; hops += 1) {
    await deps.checkHop(url);
    const exchange = await deps.exchange(url, request, deps.signal);
    if (!REDIRECT_STATUSES.has(exchange.status) || !exchange.headers.location) return { ...exchange, url };
    if (hops >= deps.maxRedirects) {
      throw new ThreadmapError('fetch-failed', `${start.href} redirected more than ${deps.maxRedirects} times; Threadmap stopped following.`);
    }
    const next = locationOf(exchange, url);
    request = nextRequest(request, exchange.status, next.origin === url.origin);
    url = next;
  }
}
