// Retrying when a site says "not now" (429, 503): honour Retry-After, else back off exponentially,
// within a small total wait so a user is never left hanging. Other 5xx answers fail at once.
import { STATUS_CODES } from 'node:http';
import { ThreadmapError } from '../errors.js';
import type { HttpResponse } from '../model.js';

export interface RetryPolicy {
  maxTries: number;
  maxRetryWaitMs: number;
  retryBaseDelayMs: number;
}

const RETRYABLE_STATUSES = new Set([429, 503]);

/** The wait a Retry-After header asks for (delta-seconds or an HTTP date), or null when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const answered = (response: HttpResponse, url: string) =>
  `${new URL(url).host} answered HTTP ${response.status} (${STATUS_CODES[response.status] ?? 'unknown status'}) to ${url}`;

const siteFailed = (message: string) => new ThreadmapError('fetch-failed', message);

/** The response once the site stops saying "not now"; 'fetch-failed' for 5xx or when patience runs out. */
export async function withRetries(attempt: () => Promise<HttpResponse>, policy: RetryPolicy, url: string): Promise<HttpResponse> {
  let waitedMs = 0;
  for (let tries = 1; ; tries += 1) {
    const response = await attempt();
    if (!RETRYABLE_STATUSES.has(response.status)) {
      if (response.status >= 500) throw siteFailed(`${answered(response, url)}.`);
      return response;
    }
    const askedMs = retryAfterMs(response.headers['retry-after']);
    const delayMs = askedMs ?? policy.retryBaseDelayMs * 2 ** (tries - 1);
    if (tries >= policy.maxTries) throw siteFailed(`${answered(response, url)} ${tries} times; giving up.`);
    if (waitedMs + delayMs > policy.maxRetryWaitMs) {
      const wait = `${Math.ceil(delayMs / 1000)} s`;
      const why = askedMs === null ? `the next wait (${wait})` : `it asked to wait ${wait}, which`;
      throw siteFailed(`${answered(response, url)}; ${why} would pass the ${policy.maxRetryWaitMs / 1000} s Threadmap waits in all.`);
    }
    waitedMs += delayMs;
    await sleep(delayMs);
  }
}
