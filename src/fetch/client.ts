// The HttpClient every site adapter uses: SSRF-safe (address policy on every hop, checked DNS answers,
// checked sockets), polite (robots.txt, honest user agent, 2 requests per host, Retry-After) and bounded
// (timeouts, byte cap, redirect limit).
import { lookup } from 'node:dns/promises';
import { ThreadmapError } from '../errors.js';
import type { HttpClient, HttpRequest, HttpResponse } from '../model.js';
import { refuseDeepHtml } from '../guard/nesting.js';
import { checkUrl } from './address-policy.js';
import { decodeBody } from './charset.js';
import { createExchanger, type Exchanger } from './exchange.js';
import { asFetchError } from './fetch-errors.js';
import { createGuardedAgent } from './guarded-agent.js';
import { createHostLimiter } from './host-limiter.js';
import { resolveFetchOptions, type FetchOptions, type ResolvedFetchOptions } from './options.js';
import { followRedirects, type FinalExchange } from './redirects.js';
import { withRetries } from './retry.js';
import { createRobotsGate } from './robots.js';

/** Google's limit for robots.txt; the rest of a longer one is ignored by crawlers anyway. */
const ROBOTS_MAX_BYTES = 500 * 1024;

export interface ClosableHttpClient extends HttpClient {
  /** Closes kept-alive connections (idle ones never keep the process alive; this just frees them now). */
  close(): Promise<void>;
}

const systemResolve = (hostname: string) => lookup(hostname, { all: true, verbatim: true });

function parseTarget(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new ThreadmapError('bad-input', `"${url}" is not a valid URL.`);
  }
}

function toHttpResponse(final: FinalExchange): HttpResponse {
  const contentType = final.headers['content-type'] ?? null;
  const body = decodeBody(final.bytes, contentType).text;
  refuseDeepHtml(body, final.url.href); // before any adapter hands it to an HTML parser
  return { url: final.url.href, status: final.status, headers: final.headers, contentType, body };
}

/** One try of a request: redirects followed, all within the total timeout. */
function tryOnce(options: ResolvedFetchOptions, exchange: Exchanger, checkHop: (url: URL) => void | Promise<void>) {
  return async (target: URL, init: HttpRequest): Promise<FinalExchange> => {
    const signal = AbortSignal.timeout(options.totalTimeoutMs);
    try {
      return await followRedirects(target, init, { exchange, checkHop, maxRedirects: options.maxRedirects, signal });
    } catch (error) {
      throw asFetchError(error, target, signal, options);
    }
  };
}

export function createHttpClient(fetchOptions: FetchOptions = {}): ClosableHttpClient {
  const options = resolveFetchOptions(fetchOptions, systemResolve);
  const agent = createGuardedAgent(options);
  const limiter = createHostLimiter(options.perHostConcurrency);
  const checkPolicy = (url: URL) => checkUrl(url, options);

  const fetchRobots = tryOnce(options, createExchanger(agent, options.userAgent, Math.min(options.maxBytes, ROBOTS_MAX_BYTES)), checkPolicy);
  const robots = createRobotsGate(async (url) => {
    const file = await fetchRobots(url, {});
    return { status: file.status, text: decodeBody(file.bytes, file.headers['content-type'] ?? null).text };
  }, options.userAgent);
  const checkHop = async (url: URL) => {
    checkPolicy(url);
    if (options.obeyRobots) await robots.check(url);
  };
  const fetchPage = tryOnce(options, createExchanger(agent, options.userAgent, options.maxBytes), checkHop);

  let started = 0;
  let finished = 0;
  return {
    async request(url, init = {}) {
      const target = parseTarget(url);
      checkPolicy(target); // refuse before any cache lookup, progress event or connection
      const method = init.method ?? 'GET';
      options.onProgress?.({ stage: 'fetch', done: finished, total: ++started, message: `${method} ${target.host}${target.pathname}` });
      try {
        const cached = method === 'GET' ? await options.cache?.get(target.href) : undefined;
        if (cached) return cached;
        const attempt = async () => toHttpResponse(await limiter.run(target.host, () => fetchPage(target, init)));
        const response = await withRetries(attempt, options, target.href);
        if (method === 'GET' && response.status >= 200 && response.status < 300) await options.cache?.set(target.href, response);
        return response;
      } finally {
        finished += 1;
      }
    },
    close: () => agent.close(),
  };
}
